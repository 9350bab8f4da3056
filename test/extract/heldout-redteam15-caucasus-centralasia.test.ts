/**
 * The fifteenth round's pages from the Caucasus, Central Asia and the Balkans' smaller languages, as the sites there
 * serve them: a Georgian WordPress daily ("ავტორი:", "3 დეკემბერი, 2026 14:35", "1 245 ნახვა"); an Armenian portal
 * dated "16:20, 3 դեկտեմբերի 2026" with "1520 դիտում" and the writer signed at the foot ("Հեղինակ՝ …"); an
 * Azerbaijani portal on ".com" ("3 dekabr 2026 15:40", "2 345 baxış", "Müəllif:") and a Bitrix Russian edition
 * whose dateline credits Trend ("БАКУ, 3 декабря /Trend/ –"); Uzbek in Latin on ".com" ("10:15 / 03.12.2026",
 * "4 812 marta ko‘rildi") and in Cyrillic ("Манба: ЎзА"); Kazakh in Cyrillic with Kazinform's dateline and "Қаралды:"
 * and in the new Latin ("3 jeltoqsan 2026", "Avtor:"); a Kyrgyz page crediting Kabar ("/Кабар/") and a Tajik one
 * crediting Khovar ("/АМИТ «Ховар»/"); a Mongolian ".mn" page ("2026 оны 12-р сарын 3", "Үзсэн:", "(МОНЦАМЭ)"); an
 * Albanian tagDiv page ("shikime", "Burimi: ATA") whose WordPress writes its wall clock as UTC; a Macedonian page
 * ("Прегледи:", "Извор: МИА"), a Bosnian one closing "(Fena)" and a Montenegrin one on ".me" ("Autor:", "03. 12.
 * 2026. 16:25"). Then a second Georgian page dated year first ("2026 წლის 3 დეკემბერი") whose short text closes
 * "წყარო: ინტერპრესნიუსი" under its picture; an Armenian one heading the text with Armenpress's dateline in capitals
 * ("ԳՅՈՒՄՐԻ, 3 ԴԵԿՏԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ։"); a Kosovar Albanian page on ".com" ("Nga …", "Komente (5)"); a Bosnian
 * WordPress page ("Piše:", "3.418 pregleda"); a Mongolian ".com" page ("Сурвалжлагч: Б.Батболд", "2026.12.03");
 * a Macedonian ("Објавено: 03.12.2026 во 14:10") and a Tajik page ("Муаллиф:"); an Armenian page whose counters
 * stand in plain spans, known by their words alone ("Դիտումներ՝ 2 310", "Մեկնաբանություններ (4)"); an Armenian page dated
 * year first with the year's abbreviation ("2026 թ. դեկտեմբերի 3") and an Azerbaijani one with an abbreviated month ("03
 * Dek 2026 | 10:40", "1 204 baxış", "Şərhlər (2)"). Each page is stored as the site serves it; `expectations.json` states what a careful reader says
 * the record holds, dates in ISO 8601 with the offset of the zone the page prints.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam15-caucasus-centralasia'), NOW);
