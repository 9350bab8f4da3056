/**
 * The twentieth round's pages from Spain, Portugal, Italy and Greece: national papers, regional papers, sport dailies,
 * public broadcasters and small local portals, each in its own language and CMS habits (stamps "05 dic 2026 - 10:12
 * CET", "Actualizado a las 20:05", "Actualitzat a les 12:40 h", "Atualizado a 5 dez 2026", "(modifica il …)",
 * "Aggiornato alle 16:35", "2:40 μ.μ.", "05 Δεκ 2026"; bylines "Por", "Texto de", "di … e …", "Από", "Συντάκτης:";
 * agency copy from Europa Press, ACN, Lusa, ANSA, Adnkronos and ΑΠΕ-ΜΠΕ). Each page is stored as the site serves it,
 * and `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-06T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam20-iberia-italy-greece'), NOW);
