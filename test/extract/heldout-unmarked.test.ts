/**
 * Held-out audit of pages whose class names say nothing, hand-written as a German sports site, an English local paper
 * and an Arabic city site served as windows-1256. Each sets its search-engine title as the last crumb of a
 * breadcrumb trail (an h1 that `aria-current` marks, in a row of spans or a `<nav>` list) and shows readers the
 * headline in a heading below it, with the kicker as a line of its own; a picture with its caption and credit in a
 * plain block after it; a script player's controls beside its video; an embedded post whose embed class is gone; and,
 * on two pages, a consent placeholder in an embed's place. Each page is read with its URL and without one.
 */
import { expectBylineOf, expectParagraphsInOrder, heldoutPageReader, type HeldoutStory, paragraphs, readWithAndWithoutUrl } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-unmarked');

interface UnmarkedPage extends HeldoutStory {
  picture: { url: string; caption: string; credit: string };
  /** The story's paragraphs, the embedded post's words among them. */
  body: Array<string | RegExp>;
  /** The trail's crumb, the kicker line, the caption, the player's controls, the post's signature, the placeholder. */
  furniture: RegExp;
}

function describePage(summary: string, page: UnmarkedPage): void {
  describe(summary, () => {
    const records = readWithAndWithoutUrl(extractPage, page);
    it.each(records)('takes the headline readers see under the trail, not the crumb %s', (_, record) => {
      expect(record.title).toBe(page.title);
    });
    it.each(records)('credits the writer and dates the story %s', (_, record) => {
      expectBylineOf(record, page);
    });
    it.each(records)('reads the block after the picture as its caption and credit %s', (_, record) => {
      expect(record.images.map(({ url, caption, credit }) => ({ url, caption, credit }))).toEqual([page.picture]);
    });
    it.each(records)('keeps the story\'s paragraphs and the embedded post\'s words, and nothing else %s', (_, record) => {
      expectParagraphsInOrder(paragraphs(record), page.body);
      expect(paragraphs(record)).toHaveLength(page.body.length);
      expect(record.body).not.toMatch(page.furniture);
    });
  });
}

describePage('German sports site: crumb h1 marked aria-current, kicker line, player, placeholder, tweet', {
  name: 'de-unmarked-sport', url: 'https://nordkurier-sport.example/handball/derby-kiel-flensburg',
  title: 'Kielerinnen drehen das Derby in der letzten Minute', authors: ['Jana Petersen'], publishedDay: '2026-11-28',
  picture: { url: 'https://nordkurier-sport.example/bilder/derby-jubel.webp', caption: 'Die Kielerinnen feiern den Siegtreffer vor ausverkauften Rängen.', credit: 'Foto: Lars Brodersen/Sportbild Nord' },
  body: [/^Mit einem Treffer in der letzten Spielminute/, /^Flensburg führte zur Pause/, /^Den entscheidenden Wurf/, 'Was für ein Spiel! Danke an alle, die heute in der Halle waren.', /^Mit dem Sieg rückt Kiel/],
  furniture: /Zweite Liga|Handball:|feiern den Siegtreffer|Video abspielen|Stumm|Aktuelle Zeit|Geladen|Vollbild|Empfohlener|externe|einverstanden|pic\.twitter|@HandballKielF/,
});

describePage('English local paper: crumb h1 in a <nav> list, credited caption, player with caption settings, placeholder, tweet', {
  name: 'en-unmarked-news', url: 'https://harbour-gazette.example/news/transport/ferry-fares-january',
  title: 'Island ferry fares to rise by a tenth in January', authors: ['Tom Ellery'], publishedDay: '2026-11-27',
  picture: { url: 'https://harbour-gazette.example/media/ferry.jpg', caption: 'The island ferry leaves the old harbour on Thursday morning.', credit: 'AP Photo/Ann Kerr' },
  body: [/^Fares on the island ferry will rise/, /^A single adult ticket/, /^The island council said/, /^We know this is unwelcome news\./, /^The operator last raised fares/],
  furniture: /What changes|^Transport|Thursday morning|Ann Kerr|Play|Current Time|Duration|Fullscreen|Font Family|third-party|cookies|pic\.twitter|@IslandFerries/m,
});

describePage('Arabic city site in windows-1256: crumb h1 after "الرئيسية", "تصوير:" caption, player, tweet', {
  name: 'ar-unmarked-news-1256', url: 'http://akhbar-almadina.example/thaqafa/maktaba', charset: 'windows-1256',
  title: 'افتتاح المكتبة العامة الجديدة في وسط المدينة', authors: ['سلمى العلي'], publishedDay: '2026-11-26',
  picture: { url: 'http://akhbar-almadina.example/suwar/maktaba.jpg', caption: 'قاعة المطالعة الرئيسية في المكتبة الجديدة', credit: 'تصوير: كريم يوسف' },
  body: [/^افتتحت البلدية صباح اليوم/, /^وتضم المكتبة أكثر من/, /^وقال رئيس البلدية/, /^سعداء باستقبالكم في المكتبة الجديدة/, /^وأشارت إدارة المكتبة/],
  furniture: /^ثقافة|قاعة المطالعة|كريم يوسف|تشغيل|الوقت الحالي|ملء الشاشة|pic\.twitter|@BaladiyatAlMadina/m,
});
