/**
 * The twenty-ninth round's health and medicine pages, eight of them: a US WordPress explainer on a drug that credits
 * its writer, a medical reviewer with his letters and a fact checker in one row ("Written by …", "Medically reviewed
 * by Dr. …, MD", "Fact checked by …"), opens its text with a key takeaways box, sets a dosage box and a pharmacy
 * price widget with coupon links among its paragraphs and closes on a disclaimer and a sources list; an Indian health
 * desk's Reuters story on a clinical trial, with a highlights box, an "Also Read" link, the syndicated-feed note and a
 * medical disclaimer; a windows-1256 Saudi health portal's Ramadan fasting advice for diabetics, signed "كتبت:" beside a
 * "مراجعة طبية:" reviewer, quoting a ministry of health statement, with a symptoms box, a disclaimer and a sources list;
 * a German university hospital's Drupal press release on a trial, with a teaser, the original publication, a press
 * contact who is no writer, the hospital's boilerplate and downloads; a French regional paper's AFP story on an
 * Alzheimer trial ("La Voix du Bocage avec AFP", "Publié le … à 14h10, mis à jour à 18h45") with a chapô; an Italian
 * health portal's flu explainer ("Articolo di …", "Revisione medica: Dott. …") with a symptoms box, a pharmacy banner,
 * a disclaimer and "Fonti"; a Spanish regional paper's EFE story on a hospital's transplant with an entradilla; and a
 * British health charity's explainer dated only in words ("First published", "Last updated", "Next review due"), with
 * writer and reviewer lines, superscript citations, a donation callout and a references list.
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam29-health-medicine'), NOW);
