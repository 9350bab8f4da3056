/**
 * The twenty-second round's pages from Hungary, Romania, Moldova, Bulgaria, Serbia, Bosnia, Croatia, Slovenia,
 * Albania and Kosovo, fifteen of them, as their sites serve them: WordPress themes (a Hungarian one, tagDiv's Newspaper in
 * Romanian) and home-grown portals, one Hungarian page in ISO-8859-2; the local date forms ("2026. december 5.
 * szombat, 14:05", "2026.12.05. 09:42", "ma 09:15", "pre 2 sata", "5 decembrie 2026, 14:05", "05.12.2026 14:05", "субота, 05. децембар 2026. у
 * 14:05", "05.12.2026. u 12:18", "5. 12. 2026, 14.05", "05 Dhjetor 2026"); bylines behind "Szerző:", "de", "Scris de", "Автор:",
 * "Аутор:" (with an initial), "Piše:", "Avtor:", "Shkruan:", "Nga:" over a desk account and "Autor:" over an agency; the national agencies' datelines
 * ("/AGERPRES/", "/MOLDPRES/", "(FENA)", "/ATSH/"), closing credits ("(MTI)", "Vir: STA") and agencies only credited
 * for a picture (MTI, БТА, Танјуг); counters ("Olvasva:", "vizualizări", "прочитания", "Pregleda:", "Lexime:"), captions
 * with their credits, related boxes and comment forms. `expectations.json` states, field by field, what a careful
 * reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-06T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam22-balkans-romania-hungary'), NOW);
