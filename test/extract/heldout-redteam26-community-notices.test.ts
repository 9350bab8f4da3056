/**
 * The twenty-sixth round's community pages, eight of them: a Latin-1 German Trauerportal's "Traueranzeige" (a motto,
 * the family's words, "In stiller Trauer:" and the names, the Trauerfeier's time and place) under a "Veröffentlicht:"
 * line, with a candle counter and a Kondolenzbuch longer than the notice; a windows-1252 French funeral home's "avis de
 * décès" with the obsèques' date, a register of condolences, a flower shop and an alert box; a windows-1256 Saudi ASP
 * paper's obituary in a table layout ("انتقل إلى رحمة الله تعالى", the funeral prayer, a "التعازي (4)" box, views);
 * a Jordanian portal's family "نعي" from the basmala to "إنا لله وإنا إليه راجعون", the JSON-LD's author the paper
 * itself, dated the evening before the funeral it announces, with condolences and tags; an American Drupal paper's
 * wedding announcement "Submitted by the families", its ceremony two months before its publication; a British
 * student paper's WordPress news story by its News Editor with a writer's box, a donation box and comments; a
 * Spanish parish's Joomla notice "Escrito por" the priest with "Visitas: 214" and the feast days it lists; and a
 * Canadian paper's community-calendar item "Submitted by" a Lions Club, which its JSON-LD names as a Person, with an
 * event box and an Event node dated after the page.
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam26-community-notices'), NOW);
