/**
 * The twenty-seventh round's bilingual and mixed-direction pages, ten of them: a Lebanese paper's Arabic story under
 * an "English | Français | عربي" switcher and "Read in English / Lire en français" links, quoting an English investor,
 * her fund and her post inline in `dir="ltr"` spans, its figures and its headline wrapped in U+200F marks, its writer
 * spelled in Arabic on the page and in Latin letters in the JSON-LD; a Moroccan WordPress paper's French story
 * (`fr-MA`) with an Arabic slogan and a Tifinagh word inline, an "اقرأ هذا المقال بالعربية" link and the Arabic
 * edition's teaser after the text; an Iraqi Kurdish site's Sorani story on a template that declares `lang="ar"`, with
 * a "نووسینی:" byline, an eye-icon view count and the Arabic version's headline below it; an American public radio
 * station's English story with an Arabic verse, Hebrew and Persian names and a Persian line inline, two writers, one
 * of whom the bio names in Arabic too; a windows-1255 Israeli ASP paper's Hebrew story with an English quote, U+200E
 * and U+200F marks as bytes, an Arabic and a Russian switcher written as character references and an "Also in English"
 * teaser; an Egyptian Drupal portal's Reuters story translated into Arabic, its original English headline printed
 * under the Arabic one and in a closing translation note, its figures wrapped in U+061C marks; a Gulf paper's English
 * edition on a template that declares `lang="ar" dir="rtl"`, with an "اقرأ الخبر بالعربية" teaser; and an Iranian
 * portal's Persian story on a template that declares `lang="en"`, dated by the solar Hijri calendar only, with Latin
 * names and an English quote inline; an Algerian Joomla paper's Arabic story whose byline glosses the writer's name in
 * Latin letters in brackets, as its JSON-LD declares it, with a "Français | عربي" switcher and a "Version française"
 * teaser inside the article's text box and French words and names inline; and a Pakistani paper's Urdu story whose
 * og:title and description are the English edition's, with an "English | اردو" switcher, a "read this in English"
 * link and an English post quoted inline.
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam27-bilingual-mixed'), NOW);
