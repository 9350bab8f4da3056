/**
 * The twenty-eighth round's religion, Ramadan and community pages, ten of them: a windows-1256 Egyptian fatwa portal
 * in a table layout whose answer opens "السؤال: … الجواب: …", quotes a verse in ornate brackets and a hadith in «»
 * with ﷺ written as character references, and names its mufti in an info row ("المفتي: الشيخ …") beside the fatwa's
 * number and a reads counter, with a prayer-times table, a "حديث اليوم" box and an ask-a-question form around it; a
 * Saudi WordPress (Jannah) paper's Ramadan report on the Grand Mosque with an imsakiya table and a prayer-times widget
 * in the sidebar and a "دعاء اليوم" box closing the post's content; a UAE paper's Eid al-Fitr moon-sighting story
 * credited to WAM, whose JSON-LD names the paper as its author, with the Eid prayer times per city as a table in the
 * story; a Kuwaiti ASP.NET paper's Friday-sermon summary written in <br> runs with the verses in blockquotes and the
 * ministry as its source ("المصدر: وزارة الأوقاف…", a Person in its JSON-LD); a Saudi Next.js paper's Umrah-season
 * report printed in Arabic-Indic digits with a Hijri and Gregorian dateline, an Umrah booking form in the story and a
 * pilgrims' counter; a Qatari Drupal zakat explainer with a zakat calculator between its sections and a donation box
 * after them; a Jordanian Joomla (K2) Ramadan diary with "دعاء اليوم", "حديث اليوم" and "آية اليوم" boxes after the
 * text and an imsakiya module; an Algerian WordPress (Newspaper) Q&A of fasting rulings in "س: … ج: …" pairs under
 * an iftar countdown bar; an Egyptian portal's Day of Arafah story with a box of the day's prayer times set between
 * its paragraphs under a title in a plain div, and the Eid takbeer quoted in a blockquote; and an Omani WordPress
 * (Astra) fatwa site whose answerer is named only in a line over the text, with his style and a blessing ("أجاب عنها:
 * فضيلة الشيخ … حفظه الله"), and whose question and answer open with bare labels.
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-08T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam28-arabic-religion-ramadan'), NOW);
