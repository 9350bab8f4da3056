/**
 * The fourteenth round's pages from Africa and Southeast Asia, as the sites there serve them: a Tanzanian Jannah
 * daily crediting "Na Mwandishi Wetu" (our reporter, no one by name) with a date and no clock, a Kenyan Swahili paper
 * with its byline in capitals and its kicker too, and related cards that date other stories with `<time>`; two
 * Ethiopian pages in Amharic, one dated only in the Ethiopian calendar ("ኅዳር 24 ቀን 2019 ዓ.ም") with the reporter
 * labelled "ዘጋቢ፦", one with the Gregorian twin and the national agency's dateline credit ("(ኢዜአ)፦"); a Zulu page
 * ("NguSipho Ndlovu"), a Yoruba one ("Látọwọ́ …", tone marks and all), an Indonesian regional paper in WITA with a
 * "Reporter: … | Editor: …" row; a Nigerian
 * tagDiv page whose byline says "Editor" while the text opens "By …" and closes "(NAN)(www.nannews.ng)" and "Edited
 * by …"; a Hausa page ("Daga …", "3 Disamba 2026", "Sharhi (2)"); a Ghanaian portal with a plain section label the
 * menu words otherwise and "Source: GNA"; a South African page crediting the African News Agency at its foot; a
 * Somali WordPress page ("Qoraa:", "Disembar 3, 2026 - 2:15 pm"); a Thai daily with an abbreviated month, a
 * Buddhist-era year and a views counter; a Vietnamese daily ("Thứ Năm, 3/12/2026, 14:05 (GMT+7)") signed at the end;
 * an Indonesian portal in WIB closing "(Editor: …)"; a Malay page with Bernama's dashed sign-off; a Tagalog page ("Ni
 * Ramon dela Cruz", "Disyembre 3, 2026"); a Burmese page dated in Burmese digits and month; a Khmer page ("ដោយ៖ …",
 * "ថ្ងៃព្រហស្បតិ៍ ទី៣ ខែធ្នូ ឆ្នាំ២០២៦"). Each page is stored as the site serves it; `expectations.json` states
 * what a careful reader says the record holds, dates in ISO 8601 with the offset of the zone the page prints.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam14-africa-seasia'), NOW);
