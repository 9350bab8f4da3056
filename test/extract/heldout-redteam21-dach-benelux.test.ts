/**
 * The twenty-first round's pages from German-, Dutch-, French- and Italian-speaking Central Europe: Swiss regional
 * papers (a Keystone-SDA report stamped "05.12.2026, 17.40 Uhr", an "Abo" story behind its paywall, a Ticino page
 * credited "Red./Keystone-ATS", a Romandy page "avec Keystone-ATS"), Austrian ones (an archived APA report dated in
 * "Jänner" and closed by "APA/red", a broadcaster's regional story closed by "red, …/Agenturen"), a German local paper
 * whose byline reads "Von unserer Redakteurin …", Dutch and Flemish regional sites ("gepubliceerd: 5 dec 2026 14:05",
 * "Van onze verslaggever …" on a windows-1252 page, "za 05/12/2026 - 14u05" with "Bron: Belga"), a Walloon page
 * "Par … (avec Belga)" and a Luxembourgish one ("Vum …", "um 17:40 Auer"). Later pages set the paywall's "Plus" and
 * "Abo" badges inside the headline, date a "Door ANP" row "gisteren, 21:40", credit the newsroom "Door onze redactie"
 * and the picture "Foto © Belga", count "127 Postings", and print Luxembourg French "05.12.26", Swiss "Text: …;
 * Bilder: …" credits and a Walloon update stamp without its year. Each page is stored as the site serves it, and
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-06T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam21-dach-benelux'), NOW);
