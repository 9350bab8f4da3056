/**
 * The twenty-fourth round's fact-checks and explainers, eleven of them: an American rating page whose only JSON-LD is a
 * ClaimReview naming the site, the claim box and its "False" meter over the headline, a sources box and a "How we
 * rate" legend after the ruling; a British charity's Q&A explainer with "What we know" and "What we don't know"
 * lists, a dated update notice, two writers and a "Reviewed by" credit; a Spanish "Engañoso" badge over a
 * "Redacción / Investigación / Edición" credits row and a "Qué se dice / Quién lo dice / Veredicto" box; a French
 * regional's windows-1252 "Vrai ou faux" page with a FAUX badge, a dated "Rectificatif" opening the text and AFP
 * in the byline's brackets; a German ClaimReview page with a verdict box, "Was wir wissen / Was wir nicht wissen",
 * a "Mitarbeit / Schlussredaktion" line and a dated "Korrektur" closing the text; a Brazilian Ghost page whose
 * callout card holds the "ENGANOSO" seal, with question headings and an "Edição:" credit; a Jordanian windows-1256
 * ASP.NET page with a "زائف" badge, a claim table and "إعداد / مراجعة" credits; an Egyptian Q&A explainer closed by
 * its list of sources, with "كتبت / تحرير / بحث" credits; a Nigerian Drupal page opening "CLAIM: / VERDICT:" with
 * a funder's note, a tip line and a ratings list under it; a Mexican Next.js page whose ClaimReview names the
 * senator who made the claim and whose NewsArticle names an editor and a data contributor; a Portuguese WordPress
 * page opening with an editor's note and closing with its writers' credit line. `expectations.json` states, field by
 * field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam24-fact-check-explainers'), NOW);
