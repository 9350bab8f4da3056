/**
 * The sixteenth round of pages written to break the engine, theme "arabic-wire": Arabic news sites across the region
 * serving agency copy as they run it, 31 pages. The Maghreb (a Moroccan Jannah site running MAP's "(ومع)" copy dated
 * "دجنبر", an Algerian windows-1256 page crediting "المصدر : وأج", a Tunisian Joomla page dated "فيفري" whose
 * author is "Super User"), the Gulf (a Saudi Drupal page with a numeric Hijri-and-Gregorian date and SPA's Hijri
 * dateline, an Emirati Newspaper-theme page whose Yoast graph and byline credit "وام" over a date in Arabic-Indic
 * digits, a Qatari ASP.NET page printing the US clock "11/29/2026 8:05:12 PM", a Kuwaiti page bylined "واشنطن - أ ف
 * ب", an Omani Drupal page with "/العُمانية/" slashes), the Levant (a Jordanian page dated "كانون الأول" whose Petra
 * dateline names the reporter, a Syrian ISO-8859-6 page of SANA copy signed "متابعة:" under its last line), Egypt (a
 * ".com" portal that prints its clock in no zone and calls itself Egyptian in its footer), Iraq (an undeclared
 * windows-1256 page of Anadolu copy) and Yemen (a Blogger site running Saba's copy as "محرر الموقع"), and one AFP
 * story as a Kuwaiti and a Moroccan site republish it. A second batch: a Sudanese Jannah page dated only "منذ 5
 * ساعات" over SUNA's numeric dateline, a Lebanese page of NNA copy ("وطنية -") dated "كانون الأول/ديسمبر" in
 * Arabic-Indic digits with "ق.ظ", KUNA copy closed "(النهاية) ع ف ك / م ع", Reuters Arabic copy on an Egyptian
 * portal at "12:00 ص" closed by its "(إعداد … للنشرة العربية - تحرير …)" credits, an Algerian K2 page with French
 * labels ("Par : ق. و", "Publié le :", "Lu 673 fois"), and a Saudi page dated Hijri first with the Gregorian date in
 * brackets, its counts labelled with emoji; and three bylines that credit no writer: a Moroccan site's numbered
 * brand with MAP's dotted initials ("الأيام 24 - و.م.ع"), a Qatari "الدوحة - الشرق", and an Egyptian "كتب: أ ش أ" run
 * into the date row; a Jordanian ".net" site that says it is Jordanian only in its `<div id="footer">`; an
 * aggregator crediting the paper it took the story from; and a Tunisian ".com" page dated "جانفي" with a
 * related-stories list inside its text; a Kuwaiti page whose headline carries a "عاجل |" label and whose tags are
 * hashtags; and an Omani paper whose name ends in "العمانية" (the Omani agency's name too) running AFP copy; a Bahraini page dated Hijri and Gregorian in Arabic-Indic digits over BNA's "/ بنا /" dateline; and a
 * Lebanese staff story whose only agency is its picture's Reuters credit; and an Iraqi WordPress page of INA copy credited to "فريق التحرير" and closed by a bare
 * "انتهى". Full chrome: tickers, prayer times, view counters, share bars, "اقرأ أيضا"
 * plugs, related boxes, tag clouds and comment forms. Each page is stored as the site serves it (the legacy-charset
 * pages as raw bytes), and `expectations.json` states what a careful reader says the record holds. Only what the
 * engine meets is stated.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam16-arabic-wire'), NOW);
