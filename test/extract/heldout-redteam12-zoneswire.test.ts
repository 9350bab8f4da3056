/**
 * The twelfth round's pages on time zones and wire copy, 24 of them: dates printed on a local clock with no zone and
 * nothing declared (a Russian city portal on Moscow time, a Russian regional under ".рф", a Belarusian, Turkish,
 * Greek, Polish, Egyptian, Saudi, Ukrainian and Japanese page), or with the zone in words ("мск", "(horário de
 * Brasília)", "بتوقيت تركيا"), a Turkish WordPress page whose SEO plugin left og:locale "en_US", agency copy as
 * regional sites and portals republish it, each agency with its own dateline and sign-off (EFE's "Madrid, 3 dic
 * (EFE).-" over "EFE", the desk's initials and "(foto)", "Agencia EFE" and "— EFE", "EFE | Madrid" over "EFE
 * (foto)(vídeo)", Lusa's "(Lusa) -" over "ABC // SF" and "Lusa/Fim", ANSA's "(ANSA) - GENOVA, 03 DIC -", dpa's story
 * identifier and its markets service's "(dpa-AFX)", PAP's "(PAP)" over the writer and the desk's initials, Anadolu's
 * "SAMSUN (AA) -", Interfax's "КРАСНОДАР, 3 дек - Интерфакс.", Adnkronos's "Roma, 3 dic. (Adnkronos) -",
 * "(FOLHAPRESS)", Anadolu's Arabic "طرابزون/ الأناضول", "(أ ف ب)", "(رويترز)", "передає Укрінформ", "（共同）"), and Greek
 * bylines in the genitive and the accusative ("Του Γιώργου Παπαδόπουλου", "Της Μαρίας Κωνσταντίνου", "Από την Ελένη
 * Μαυράκη"), read as printed without the words before the name. Each page is stored as the site serves it, and
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam12-zoneswire'), NOW);
