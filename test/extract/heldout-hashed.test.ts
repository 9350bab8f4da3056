/**
 * Held-out audit of pages whose class names say nothing (CSS-module and utility hashes: "c-77ab", "css-v7b6n5",
 * "k-5e6f"), hand-written as a German city blog, an English local paper and an Arabic site served as windows-1256.
 * Each prints its declared summary as a dek under the headline, a byline with its date, the story, and the furniture a
 * reader skips: a related-posts box whose cards carry summaries, the rules for readers' comments, and the comments
 * themselves under a heading that counts them, signed as bylines are ("Kommentar von Jens — 26.11.2026"). With no
 * class word to go by, the headings tell the furniture, and the declared summary tells the dek. Each page is read with
 * its URL and without one.
 */
import { expectBylineOf, expectParagraphsInOrder, heldoutPageReader, type HeldoutStory, paragraphs, readWithAndWithoutUrl } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-hashed');

interface HashedPage extends HeldoutStory {
  /** The dek, then the story's paragraphs, whole or as patterns. */
  body: Array<string | RegExp>;
  /** Text of the related posts, the comment rules and the comments, none of which belongs in the body. */
  furniture: RegExp;
}

function describePage(summary: string, page: HashedPage): void {
  describe(summary, () => {
    const records = readWithAndWithoutUrl(extractPage, page);
    it.each(records)('reads the title and the dek as the description %s', (_, record) => {
      expect(record.title).toBe(page.title);
      expect(record.description).toMatch(page.body[0]);
    });
    it.each(records)('credits the writer and dates the story from the byline, not from a comment %s', (_, record) => {
      expectBylineOf(record, page);
    });
    it.each(records)('opens the body with the dek and keeps the story\'s paragraphs %s', (_, record) => {
      expect(paragraphs(record)[0]).toMatch(page.body[0]);
      expectParagraphsInOrder(paragraphs(record), page.body);
      expect(paragraphs(record)).toHaveLength(page.body.length);
    });
    it.each(records)('leaves the related posts, the comment rules and the comments out %s', (_, record) => {
      expect(record.body).not.toMatch(page.furniture);
    });
  });
}

describePage('German city blog: "Ähnliche Beiträge" cards and "3 Kommentare" signed "Kommentar von …"', {
  name: 'de-hashed-blog', url: 'https://stadtnotizen.example/2026/11/radwege-kanal/',
  title: 'Neue Radwege am Kanal: Was sich ab Frühjahr ändert', authors: ['Mara Lenz'], publishedDay: '2026-11-25',
  body: [/^Die Stadt baut zwei neue Radwege entlang des Kanals/, /^Zwei neue Radwege sollen das Nordufer/, /^Auf dem Nordufer entsteht/, /^Der Fahrradclub begrüßt die Pläne/],
  furniture: /Ähnliche Beiträge|nicht verpassen|Brückensanierung|Leihräder|Kommentar|Endlich!|Schnee auf den neuen Wegen/,
});

describePage('English local paper: "HOUSE RULES" over the comment box and "2 Comments »" over the comments', {
  name: 'en-hashed-news', url: 'https://www.bayside-courier.example/news/night-ferry-trial',
  title: 'Harbour council approves night ferry trial', authors: ['Priya Natarajan'], publishedDay: '2026-11-24',
  body: [/^A six-month trial of a late-night ferry/, /^Councillors voted nine to two/, /^Residents of the island had asked/, /^The operator will report passenger numbers/],
  furniture: /HOUSE RULES|moderated|Comments|Comment by|About time|bicycles|By Priya Natarajan/,
});

describePage('Arabic site in windows-1256: "قد يهمك أيضاً" cards and "التعليقات (2)" signed "بقلم: …"', {
  name: 'ar-hashed-news-1256', url: 'http://akhbar-aldiffa.example/news/1209', charset: 'windows-1256',
  title: 'افتتاح جسر المشاة الجديد فوق النهر', authors: ['ليلى حداد'], publishedDay: '2026-11-22',
  body: [/^افتتحت البلدية صباح اليوم جسراً جديداً للمشاة/, /^وقال رئيس البلدية في كلمة/, /^ويبلغ طول الجسر/, /^وأشار المهندس المشرف/],
  furniture: /قد يهمك|مواقف|التعليقات|أبو سامر|الإنارة ضعيفة|بقلم/,
});
