/**
 * The twenty-fifth round's science, health and technology pages, eight of them: an American WordPress science story
 * citing a study, with a press embargo note over it and a "Reference:" line with the journal and DOI closing it; a
 * British health explainer with a "Key takeaways" box at its top, a "Medically reviewed by" credit beside the writer's,
 * a data table in the story and an "information only" disclaimer under it; a German ISO-8859-1 regional paper's study
 * report with a data table, an "Originalpublikation:" line closing it and an editor's note on the press release; an
 * American Next.js gadget review with an affiliate note, a product box, a specs table, an inline deal and a pros and
 * cons list; a French Drupal health story with an "Article relu et validé par" reviewer credit and a medical
 * disclaimer; a Spanish tablet review with an affiliate notice, a "Ficha técnica" table, an offer box and "Lo mejor y
 * lo peor" lists; an Australian AAP reef story with a "Key points" box at its top and an embargo note at its foot; an
 * Indian tech site's space story with "Written By | Edited By", "Read Time" and "Updated" rows and an affiliate
 * disclaimer.
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam25-science-health-tech'), NOW);
