/**
 * The twenty-fourth round's Arabic pages of news agencies' copy, fifteen of them: a Saudi daily whose row prints the
 * story number, the Hijri and Gregorian dates and a "ص" clock in a row over an SPA story datelined "الرياض 05 ديسمبر
 * 2026 (واس) -"; a Kuwaiti windows-1256 page of KUNA copy in Arabic-Indic digits (as character references), its
 * dateline "الكويت - ٥ - ١٢ (كونا) --" and its closing "(النهاية)" initials and GMT stamp; an Emirati WordPress page
 * whose WAM story ("أبوظبي في 5 ديسمبر / وام /") links its English and French versions under the headline; a Moroccan
 * page closing its first paragraph with the unspaced "(ومع)" and linking the French version; a Syrian page opening
 * on "دمشق-سانا" alone, dated in Arabic-Indic digits with a "م" clock; an Egyptian noon bulletin of five MENA items
 * under subheadings; an Iraqi private agency's own site, named only by its logo, with a story number and a stamp in a
 * row; a Jordanian windows-1256 font layout dated Hijri beside Gregorian with a "ص" clock over Petra copy; the seed's
 * shape, an AFP story on a WordPress site (Jannah and Yoast) crediting "أ ف ب" as the writer and on a line of its
 * own at the end; a Lebanese Drupal page of dpa copy closed by "(د ب أ)" alone; a Tunisian windows-1256 Joomla page
 * whose row reads "رقم: … - 2026/12/05 - 16:40" over TAP copy; an Omani page dated Hijri "الموافق" Gregorian with a "ص"
 * clock over Reuters copy closed by "رويترز" alone, its picture credited to Anadolu; a Libyan page stamped "12:10 ص",
 * ten past midnight, over LANA copy and a desk's "متابعة: هيئة التحرير"; an Iraqi page whose INA copy opens "بغداد/ واع/", the
 * slash joined to the place, under a "نشر في" and an "آخر تحديث" row on the "م" clock; a Bahraini page of BNA copy
 * ("المنامة في 5 ديسمبر / بنا /") closed, inside the text's box, by "للاطلاع على الخبر باللغة الإنجليزية اضغط هنا".
 * `expectations.json` states, field by field, what a
 * careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-06T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam24-arabic-news-agencies'), NOW);
