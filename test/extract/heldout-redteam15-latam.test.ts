/**
 * The fifteenth round's pages from Latin America, 23 of them, as the sites there serve them: a Manaus portal that prints its
 * clock "(horário de Manaus)", an hour behind Brasília's, over an update line with no zone; a Tijuana paper on Arc
 * XP that declares its times in UTC and prints "14:05 hrs" on the clock of Baja California, not Mexico City's; a
 * Globo-like page credited "Por Folhapress", dated "03/12/2026 14h05 · Atualizado há 1 hora", its section named by
 * the template's "editoria" link; a Jannah page credited "Da Redação" in the text's first line and closed
 * "Estadão Conteúdo"; a Clarín-like page ("Por … | Redacción", "3 de diciembre de 2026 - 14:05 hs", "12
 * comentarios"); a Colombian Arc page "Por Agencia EFE", "hace 2 horas"; a Chilean radio's page in "GMT-3" with its
 * trail in `<div class="migas">`; a Peruvian regional paper running the national agency's copy ("Arequipa, dic. 3
 * (ANDINA).", "Más en Andina:"); a Cuban page crediting Prensa Latina in its dateline and "(PL)" at its foot; a
 * Mexican Jannah page with Notimex's dateline, "hace 22 horas" and a views counter; a Uruguayan daily "Por Redacción
 * La Rambla" with "2.318 lecturas"; a Venezuelan page "Por AFP" that keeps AFP's desk line ("bur-lm/nn"); a
 * Guatemalan daily ("Publicado el 3 de diciembre de 2026 a las 14:05h") closing "Con información de …"; a Mexico City
 * portal on ".com" that prints "14:05 Hora CDMX" under "Por … / Corresponsal"; a Colombian page "Por: Redacción
 * Justicia", "2:05 p. m."; a Bolivian daily running the national agency's copy ("La Paz, 3 dic (ABI).-", "ABI" at the
 * foot); a Brazilian portal running Agência Brasil's copy, signed "Luana Medeiros - Repórter da Agência Brasil" in the
 * row of its date and closed "Edição: …"; a Paraguayan daily with the writer's address in the byline and "(8)
 * comentarios"; an Argentine Arc page whose byline adds "Para El Litoral Santafesino" to the writer; a Cuban page
 * credited "Por: Redacción Digital" and closed "(Con información de Prensa Latina)"; a Costa Rican weekly running EFE's
 * Central American copy ("(ACAN-EFE).-"); a Mendoza daily's "3 de diciembre de 2026 | 14.05 hs." and "Lecturas: 1.904";
 * a Brasília daily whose text opens "Por Marina Teixeira Lobo, enviada especial a Belém". Each page is stored as the site serves it;
 * `expectations.json` states what a careful reader says the record holds, dates in ISO 8601 with the offset of the
 * clock the page prints.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam15-latam'), NOW);
