/**
 * The thirty-second round's environment, climate and agriculture coverage, sixteen pages: a Kenyan WordPress report
 * from the climate summit written by a staff reporter "and AFP", with Yoast JSON-LD, a live air-quality index widget
 * between its paragraphs, a "READ ALSO" line, an author box and a comment form; a British custom-CMS drought and
 * wheat-price story with a standfirst, a writer's card with the correspondent's post, an interactive map with an
 * "Open map" button, a "Wheat price per tonne" fact box (a table and its source, the story's own figures), a
 * "Climate explained" series promo, a newsletter box and a comment count; an Australian regional Drupal saleyard
 * report with a summary field, a "How big is your farm's carbon footprint?" calculator form between its paragraphs
 * and a table of prices in cents a kilo, dated in the page's own words only on AEDT's clock; a windows-1256 Egyptian
 * portal's water-scarcity and desertification story from the Middle East News Agency, its "القاهرة - أ ش أ" line
 * over the text, a "افتح الخريطة" map box, an "اقرأ أيضا" line and a read counter; a French regional paper's
 * republished NGO press statement, credited to the association and not to a person, with a chapô, an editor's note,
 * a "Ouvrir la carte" interactive map and an "À lire aussi" line; a Brazilian portal's soy-harvest story "Por …, de
 * Cuiabá, com Reuters", with a subtitle, a ticker of commodity prices in the header, a carbon-footprint calculator
 * and a "LEIA TAMBÉM" box; and a Hindi portal's Delhi air-pollution story with a synopsis, the writer and the agency
 * (PTI) on labelled lines, a live AQI widget with a city picker and a "ये भी पढ़ें" line; a Dutch regional paper's
 * farmers' protest over a nitrogen plan, with an intro, a "Bekijk de kaart" map block, an "Uitgelegd" explainer promo, a
 * "Lees ook" line, an ANP picture credit and a sentence naming ANP in a staff story; a UAE paper's WAM story on date
 * production, its source row "المصدر: أبوظبي - وام", a weather widget between its paragraphs and a table of date
 * prices that is the story's; and a Spanish WordPress olive-oil drought story "Carmen Ortega / Europa Press" with a
 * subtitle, a price ticker in the header, a "Precio del aceite en origen" widget, a "Ver mapa" block and a "Te puede
 * interesar" line; a Brazilian WordPress paper's republished NGO statement, its JSON-LD declaring the institute as a
 * Person author and its byline "Por Instituto Água Viva", with an editor's note over the text and an interactive map
 * in WordPress's button blocks; and a Moroccan French-language site's desertification story with a chapô, "Avec MAP" in
 * its info row, a "Voir la carte interactive" block, a "Lire aussi" line and a comment count; and a Sydney paper's
 * bushfire-smoke story "By … and AAP", dated in JSON-LD in UTC and in its byline by the update ("Updated December 6,
 * 2026 — 11.55am, first published at 9.10am"), with a key points box and an "Air quality near you" panel of the
 * nearest station's reading between its paragraphs; and a Kenyan farm site's KNA story on maize prices, "By KNA" in its
 * meta row, a weather strip, the story's table of prices per bag and a framed emissions calculator; and a Saudi
 * paper's SPA story on a Riyadh dust storm, the agency declared as its Person author and printed where the writer
 * goes, a Hijri date in the header, a read counter and an air-quality box whose age reads "آخر تحديث: منذ 10 دقائق";
 * and a Mexican paper's drought story declared in UTC and printed on Mexico City's clock ("05/12/2026 19:47 hrs"), with
 * a balazo and a water-footprint calculator of a picker and a number field. Two expectations are held
 * out: the Australian report's lead picture (the engine gives the rendition the page shows, `article_wide`, where
 * og:image names the `og` crop of the same picture), and the Egyptian story's first paragraph without its "القاهرة - أ
 * ش أ" line (the engine's rule "dateline line in a table cell" joins such a line to the paragraph it opens, as wire copy
 * prints it, by design).
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam32-environment-climate-agriculture'), NOW);
