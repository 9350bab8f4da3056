/**
 * The twenty-ninth round's pages on weather, disasters and emergency alerts, ten of them, as sites publish them while
 * the emergency lasts: a British regional paper's storm story under a site-wide "RED WARNING IN FORCE" strip, with the
 * Met Office's statement quoted at length, a "Send us your photos" prompt and an embedded rain radar inside the text;
 * an Australian WordPress paper's bushfire story under an "EMERGENCY WARNING" ticker, opened by timestamped updates
 * ("UPDATE 6.15pm: …"), with the fire service's warning quoted, a list of relief centres, an emergency contacts box
 * and a closing "– with AAP"; a windows-1256 Kuwaiti table-layout paper's KUNA story on deadly floods under a
 * "تحذير من الأرصاد" strip, with the met department's warning quoted, an emergency numbers box and a "شارك بصورك"
 * prompt; a Spanish regional paper's EFE story on a dana under an "Alerta roja" strip, with the Aemet's special
 * warning quoted, a 112 box and an "Envíanos tus fotos" prompt; a Turkish portal's earthquake report (its AA
 * credit given as "Kaynak: AA") with a magnitude, depth and epicentre table, AFAD's statement quoted and a "Son
 * Depremler" widget; and a Japanese regional paper's Kyodo report of an earthquake under a tsunami advisory strip,
 * with an intensity box and the JMA's press conference quoted; an American TV station's AP hurricane story under a
 * "WEATHER ALERT" bar, with a forecast widget in its header and rail, the hurricane centre's advisory quoted, an app
 * promo, a shelter list and a radar embed; and a Moroccan WordPress (Jannah) portal's MAP heat-wave story, dated
 * with the Maghreb month name ("الأحد 26 يوليوز 2026 - 13:45") and no machine-readable date, under a red vigilance
 * box ("يقظة حمراء – …") at the head of its text; and a Jordanian news network's Petra story on a snowstorm, dated
 * "عمان 6 كانون الأول (بترا)" with the Levant's month names, the civil defence's statement quoted and a forecast
 * widget among its paragraphs; and a Mexican WordPress paper's earthquake story by a named reporter, with the
 * seismological service's magnitude, epicentre and depth box, Civil Protection's statement quoted, timestamped updates
 * ("12:05 h. …") among its paragraphs, an app prompt and a "Te recomendamos" plug.
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam29-weather-emergencies'), NOW);
