/**
 * Red-team round 14, syndication: agency and partner stories as the sites that republish them serve them, in shapes
 * round 11 had not met. An AFP flood story as an Arabic portal with the agency as its JSON-LD author and a "المصدر:"
 * box under the story, a Lebanese site with the source in its date row and the agency's initials closing the text, a
 * partner portal whose JSON-LD names the agency as publisher beside the writer ("Aline MOREAU") and ends with the
 * desks' initials, the same portal crediting "Story by Agence France-Presse" under a `<title>` ending "| AFP" and its
 * French edition labelling the partner "Fourni par AFP" above the headline, and a French regional paper signing "Par …
 * avec AFP"; the AP's copy as a regional paper's AMP page (the writer in capitals with "Associated Press" in one
 * author name), a local TV site labelling its byline "Author: Associated Press" and another crediting two writers in
 * capitals; dpa's copy as a regional paper's "(dpa/lnw)" story signed "Von …, dpa", a portal signing "Von dpa, ank"
 * with a "Quelle: dpa" line, a short story signed "Von …, dpa" under its text, and a German partner portal's
 * "Bereitgestellt von dpa" and "Artikel von …"; EFE's as a "Redacción / Agencia EFE" story, one signed "Por … (EFE)"
 * at its foot and the partner portal's "Proporcionado por EFE" and "Historia de …"; Anadolu's as a Turkish portal's
 * "Kaynak: AA" story, a Turkish paper's "writer / AA" byline, an Arabic portal's "city - الأناضول" byline and a
 * Pakistani daily's "writer | Anadolu Agency"; and a newspaper partner's story on an aggregating portal whose
 * `<title>` adds the partner's and the portal's names and whose canonical link points at the partner, and the same
 * partner's story under a title that keeps the partner's name, opened by a note of when the partner first published it
 * and closed by its newsletter pitch. Every copy states its writer where it names one (never the agency or the site),
 * the agency as `wireSource`, the name of the site it is on, and a body without the agency's closing lines, the
 * writer's signature and the site's promos.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam14-syndication'), NOW);
