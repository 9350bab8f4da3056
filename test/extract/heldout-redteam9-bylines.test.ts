/**
 * The ninth round's pages on visible bylines, where the page declares no writer and the reader finds them only in
 * the text: a local paper's agency byline in capitals with the agency after the name, German "Von … und …", a
 * Spanish feature's "Texto: … / Fotos: …" over the place and day, a writer's card with avatar, title and a Follow
 * button, an agency story whose writers are named only in its bracketed closing credits (with the place each filed
 * from, the desk writer and the editor), Italian "di …", Polish "Autor:", Dutch "Door … in …", an opinion page's
 * "Guest column by Dr. …" over a closing note on the writer, three writers joined by "&" and "with" above the lead
 * writer's handle and e-mail address, a "Por Redacción" header over a closing signature, a writer "in" a town with a
 * handle over an "Updated by" line, a French special envoy's credit, two writers in capitals with the agency after a
 * pipe, an agency story's "Additional reporting by" credit under a "By using this site …" cookie notice, a byline
 * "with additional reporting by" a helper, two German writers "mit Material von dpa", "Ein Gastkommentar von Prof.
 * Dr. …", and three writers with the town they file from in a byline box that runs on into the date. Each page is
 * stored as the site serves it, and `expectations.json` states, field by field, what a careful reader says the record
 * holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-03T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam9-bylines'), NOW);
