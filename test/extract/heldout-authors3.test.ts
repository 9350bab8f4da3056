/**
 * Held-out audit of authors, round 3: hand-written pages whose only credit takes a shape the first two rounds have
 * not (see heldout-authors.test.ts, heldout-authors2.test.ts): a link to the writer's page on the site as the meta
 * row's first field, with no byline word or class ("/profile/…", Turkish "/yazar/…", Indonesian "/kontributor/…",
 * French "/auteur/…"), while sidebars, comment threads and footers link other people's pages; Hebrew rows that
 * print the name before the date with no label, or label it "מאת:"; Turkish "Haber:" and Urdu "تحریر:" label rows;
 * Greek credits in the genitive ("Του …", "Της … και του …"), whose names are read as printed after the article;
 * and agency credits that name the reporters and the editor. Each page is read with its URL and without one, and
 * each case states the title, the writers, the date, the story's first and last paragraphs and the furniture that
 * must stay out of the body.
 */
import type { ArticleRecord } from '../../lambdas/extract';
import { expectParagraphsInOrder, heldoutPageReader, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-authors3');

interface CreditPage {
  name: string;
  url: string;
  title: string;
  authors: string[];
  publishedAt: string;
  /** The story's first and last paragraphs, whole or as patterns. */
  body: Array<string | RegExp>;
  /** How many paragraphs the body has, when all of them are the story's. */
  paragraphCount?: number;
  /** The byline row and the chrome around the story: none of it is in the body. */
  notInBody: RegExp;
}

function describePage(summary: string, page: CreditPage): void {
  describe(summary, () => {
    const records: Array<[string, ArticleRecord]> = [
      ['with its URL', extractPage(page.name, page.url)],
      ['without a URL', extractPage(page.name, null)],
    ];
    it.each(records)('reads the title and the date %s', (_, record) => {
      expect(record.title).toBe(page.title);
      expect(record.publishedAt).toBe(page.publishedAt);
    });
    it.each(records)('credits the writers %s', (_, record) => expect(record.authors).toEqual(page.authors));
    it.each(records)('reads the story\'s paragraphs and nothing around them %s', (_, record) => {
      const body = paragraphs(record);
      expectParagraphsInOrder(body, page.body);
      if (page.paragraphCount !== undefined) expect(body).toHaveLength(page.paragraphCount);
      expect(record.body).not.toMatch(page.notInBody);
    });
  });
}

describePage('English local paper: the writer linked to /profile/… opens the meta row; reporters\' pages in a sidebar, a commenter\'s and the staff in the footer', {
  name: 'en-profile-link', url: 'https://www.harborlight.example/local/ferry-winter-service-4471',
  title: 'Ferry service to the outer islands will run all winter', authors: ['Jordan Pike'], publishedAt: '2026-11-18T09:30:00-05:00',
  body: [/^Residents of the three outer islands will keep/, 'The boat will go into dry dock in April instead, when the tourist season has not yet begun.'],
  notInBody: /Jordan Pike|More from our reporters|Maria Santos|Eddie Marsh|About time|Our staff|Lena Ward/,
});

describePage('Turkish regional site: the writer linked to /yazar/… before the date, column writers linked the same way below the story', {
  name: 'tr-yazar-link', url: 'https://www.egepostasi.example/gundem/korfeze-yeni-bisiklet-yolu-geliyor-88213',
  title: 'Körfez\'e yeni bisiklet yolu geliyor', authors: ['Elif Aksoy'], publishedAt: '2026-11-18T09:30:00+03:00',
  body: [/^Büyükşehir belediyesi, körfez kıyısı boyunca/, 'Belediye yetkilileri, çalışmaların yaz sezonundan önce tamamlanmasının hedeflendiğini söyledi.'],
  paragraphCount: 3, notInBody: /Elif Aksoy|Köşe yazarları|Murat Çelik|Selin Öztürk|Tüm hakları/,
});

describePage('Indonesian portal: the contributor linked to /kontributor/… before "Rabu, 18 Nov 2026 09:30 WIB", another in the most-read list', {
  name: 'id-kontributor-link', url: 'https://www.wartaborneo.example/daerah/pasar-apung-kembali-dibuka',
  title: 'Pasar Apung Kembali Dibuka Setelah Renovasi', authors: ['Rudi Hartono'], publishedAt: '2026-11-18T09:30:00+07:00',
  body: [/^Pasar apung di tepi sungai kembali dibuka/, 'Seorang pedagang sayur mengatakan jumlah pembeli pada hari pertama jauh lebih banyak dari yang ia perkirakan.'],
  paragraphCount: 3, notInBody: /Rudi Hartono|Terpopuler|Sari Dewi|Hak cipta/,
});

describePage('French regional paper: the writer linked to /auteur/… beside "Publié le …", another writer in a read-also list', {
  name: 'fr-auteur-link', url: 'https://www.courrierduval.example/culture/la-mediatheque-ouvre-le-dimanche',
  title: 'La médiathèque ouvre le dimanche à partir de janvier', authors: ['Claire Fontaine'], publishedAt: '2026-11-18T09:30:00+00:00',
  body: [/^La médiathèque municipale ouvrira ses portes le dimanche/, 'Les horaires du reste de la semaine restent inchangés, précise la mairie.'],
  paragraphCount: 3, notInBody: /Claire Fontaine|Publié le|À lire aussi|Marc Dubois/,
});

describePage('Hebrew local site: "אורי שמעוני | 18.11.2026 | 09:30", the name before the date with no label', {
  name: 'he-name-date-row', url: 'https://www.hadashot-hamifrats.example/local/article/20931',
  title: 'גינה קהילתית חדשה נפתחה בשכונת הדר', authors: ['אורי שמעוני'], publishedAt: '2026-11-18T09:30:00+02:00',
  body: [/^גינה קהילתית חדשה נפתחה השבוע בשכונת הדר/, 'לדברי יושבת ראש הוועד, הגינה תהיה פתוחה לכל תושבי השכונה בכל ימות השבוע.'],
  paragraphCount: 3, notInBody: /אורי שמעוני|עוד בנושא|כל הזכויות/,
});

describePage('Hebrew city paper: "מאת: מיכל אדלר" ("by") and the date on lines of their own', {
  name: 'he-meat-label', url: 'https://www.yerushalayim-hayom.example/city/4410',
  title: 'בית הקפה הוותיק ברחוב הנביאים ייסגר בסוף החודש', authors: ['מיכל אדלר'], publishedAt: '2026-11-18T09:30:00+02:00',
  body: [/^בית הקפה שפעל ברחוב הנביאים במשך ארבעים שנה/, 'הבעלים אמרו כי הם מחפשים מקום חדש בסביבה וכי הם מקווים לפתוח מחדש בשנה הבאה.'],
  paragraphCount: 3, notInBody: /מאת|מיכל אדלר|18\.11\.2026/,
});

describePage('Turkish city paper: "Haber: Deniz Yılmaz" ("news:", the reporter\'s label) beside the date', {
  name: 'tr-yazan-label', url: 'https://www.anadolusesi.example/kultur/eski-tren-gari-kultur-merkezine-donusuyor',
  title: 'Eski tren garı kültür merkezine dönüşüyor', authors: ['Deniz Yılmaz'], publishedAt: '2026-11-18T09:30:00+03:00',
  body: [/^Kentin yüz yıllık tren garı/, 'Belediye başkanı, merkezin ilkbaharda ziyaretçilere açılacağını söyledi.'],
  paragraphCount: 3, notInBody: /Haber:|Deniz Yılmaz|Etiketler/,
});

describePage('Urdu daily: "تحریر: عائشہ ملک" ("writing:") in an unclassed row above the date', {
  name: 'ur-tahrir', url: 'https://www.roznamasahar.example/news/2026/11/18/bus-service',
  title: 'شہر میں نئی بس سروس کا آغاز', authors: ['عائشہ ملک'], publishedAt: '2026-11-18T00:00:00+00:00',
  body: [/^شہر کی انتظامیہ نے بدھ کے روز نئی بس سروس/, 'مسافروں نے نئی سروس کا خیرمقدم کیا ہے۔'],
  paragraphCount: 3, notInBody: /تحریر|عائشہ ملک|جملہ حقوق/,
});

describePage('Greek regional site: "Του Γιώργου Αντωνίου" ("of Giorgos Antoniou"), the name read as printed, in the genitive', {
  name: 'el-genitive', url: 'https://www.dytikimatia.example/topika/neo-parko-paralia-patras',
  title: 'Νέο πάρκο στην παραλία της Πάτρας', authors: ['Γιώργου Αντωνίου'], publishedAt: '2026-11-18T09:30:00+02:00',
  body: [/^Ο δήμος Πατρέων ενέκρινε την Τρίτη/, 'Οι εργασίες αναμένεται να ξεκινήσουν την άνοιξη.'],
  paragraphCount: 3, notInBody: /Γιώργου Αντωνίου|Διαβάστε επίσης|καρναβάλι/,
});

describePage('Greek paper: "Της Ελένης Μαργαρίτη και του Νίκου Σταύρου", two writers in the genitive joined by "και" ("and")', {
  name: 'el-genitive-two', url: 'https://www.ipeirotikoslogos.example/politismos/theatro-ioanninon',
  title: 'Ανοίγει ξανά το θέατρο της πόλης', authors: ['Ελένης Μαργαρίτη', 'Νίκου Σταύρου'], publishedAt: '2026-11-18T09:30:00+02:00',
  body: [/^Το δημοτικό θέατρο των Ιωαννίνων ανοίγει ξανά/, 'Τα εισιτήρια θα διατίθενται από την επόμενη εβδομάδα.'],
  paragraphCount: 3, notInBody: /Μαργαρίτη|Σταύρου|Τετάρτη 18 Νοεμβρίου/,
});

describePage('Agency copy: "Reporting by … and …; Editing by …" after the story, the only credit: the reporters are the writers', {
  name: 'en-reporting-editing', url: 'https://www.worldwiredaily.example/world/port-strike-ends-2026-11-18',
  title: 'Port strike ends after three days as unions accept pay offer', authors: ['Tomasz Wrona', 'Amara Obi'], publishedAt: '2026-11-18T09:30:00+00:00',
  body: [/^Dock workers at the country's two largest container ports/, 'Port operators said it would take about a week to clear the backlog of vessels.'],
  notInBody: /World Wire Daily|Markets/,
});
