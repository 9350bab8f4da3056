/**
 * Held-out audit of visible datelines on pages that declare no date (no JSON-LD, no meta dates, no `<time datetime>`):
 * the headline set inside a layout wrapper that themes name after the sidebar beside it ("withSidebar",
 * "stickySidebarWrap", "sidebarRight"), in English, German and Arabic, and a page builder's modules
 * ("elementor-widget-post-info") in Spanish; the dateline under the headline is the page's date, while a teaser's date
 * in the real sidebar next to the story stays another item's, also on a French page whose story shows no date at
 * all. Each page is read with its URL and without one, field by field.
 */
import type { ArticleRecord } from '../../lambdas/extract';
import { expectParagraphsInOrder, heldoutPageReader, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-dates4');

interface DatedPage {
  name: string;
  url: string;
  title: string;
  /** Null where the story shows no date of its own. */
  publishedAt: string | null;
  /** The text the date was read from: the dateline or the meta line that holds it. */
  publishedAtRaw: string | null;
  language: string;
  /** The story's paragraphs in order. */
  body: Array<string | RegExp>;
  /** The sidebar, its teasers' dates and the site's chrome, which stay out of the body. */
  notInBody: RegExp;
}

function describePage(summary: string, page: DatedPage): void {
  describe(summary, () => {
    const records: Array<[string, ArticleRecord]> = [
      ['with its URL', extractPage(page.name, page.url)],
      ['without a URL', extractPage(page.name, null)],
    ];
    it.each(records)('reads the title and language %s', (_, record) => {
      expect(record.title).toBe(page.title);
      expect(record.language).toBe(page.language);
    });
    it.each(records)('reads the publication date and the text it was read from %s', (_, record) => {
      expect(record.publishedAt).toBe(page.publishedAt);
      expect(record.publishedAtRaw).toBe(page.publishedAtRaw);
    });
    it.each(records)('reads no update, as the page shows none %s', (_, record) => {
      expect({ iso: record.modifiedAt, raw: record.modifiedAtRaw }).toEqual({ iso: null, raw: null });
    });
    it.each(records)('reads the story\'s paragraphs and nothing from the sidebar %s', (_, record) => {
      expectParagraphsInOrder(paragraphs(record), page.body);
      expect(record.body).not.toMatch(page.notInBody);
    });
  });
}

describePage('English: the story in a "page-body withSidebar" wrapper, its byline line "Published 12 March 2026, 9:40 am", a "Most read" panel dated 28 November', {
  name: 'en-frame-with-sidebar', url: 'https://kestrel-bay-courier.example/news/harbour-ferry-returns',
  title: 'Harbour ferry returns after winter repairs',
  publishedAt: '2026-03-12T09:40:00+00:00', publishedAtRaw: 'By Tamsin Oduya Published 12 March 2026, 9:40 am', language: 'en',
  body: [
    /^The little ferry that links Kestrel Bay/,
    /^Engineers replaced both engines/,
    'Skipper Lorcan Mabry said regulars had been asking him every week when they could ride again. The timetable stays as it was, with the last sailing at half past six.',
  ],
  notInBody: /Most read|Lifeboat crew|28 November 2026|4 Quay Street/,
});

describePage('German: the post inside a "stickySidebarWrap", "<time>4. Februar 2026</time>" under the headline, an events widget dated 27. November beside it', {
  name: 'de-frame-sticky-sidebar', url: 'https://talblick-online.example/gemeinden/dorfladen-oberhalden-genossen',
  title: 'Dorfladen in Oberhalden sucht neue Genossen',
  publishedAt: '2026-02-04T00:00:00+01:00', publishedAtRaw: '4. Februar 2026', language: 'de',
  body: [
    /^Der Dorfladen in Oberhalden braucht frisches Kapital/,
    /^Mit dem Geld soll die alte Kühltheke/,
    'Vorstand Annelie Brugger ist zuversichtlich. Beim Infoabend im Gemeindesaal hätten sich bereits zwölf Interessierte eingetragen, sagte sie.',
  ],
  notInBody: /Veranstaltungen|Chorkonzert|27\. November 2026|Impressum/,
});

describePage('Arabic: the post in a "wrap sidebarRight" layout, "9 أبريل 2026" in its meta line, a most-read box dated 28 نوفمبر beside it', {
  name: 'ar-frame-sidebar', url: 'https://alsahil-news.example/local/palm-street-trees',
  title: 'تشجير شارع النخيل قبل موسم الصيف',
  publishedAt: '2026-04-09T00:00:00+00:00', publishedAtRaw: '9 أبريل 2026', language: 'ar',
  body: [
    /^بدأت البلدية صباح أمس حملة لزراعة/,
    /^وأوضح مدير قسم الحدائق/,
    'ورحب أصحاب المحلات بالمشروع، وقال أحدهم إن الزبائن كانوا يتجنبون الشارع في ساعات الظهيرة بسبب الحر الشديد.',
  ],
  notInBody: /الأكثر قراءة|تمديد ساعات عمل السوق|28 نوفمبر 2026|جميع الحقوق/,
});

describePage('Spanish: a page-builder layout, the date in an "elementor-widget-post-info" module under the title module, "6 de noviembre de 2026"', {
  name: 'es-modulo-constructor', url: 'https://faro-valdemora.example/barrios/mercado-trueque-san-telmo',
  title: 'Vuelve el mercado de trueque a la plaza de San Telmo',
  publishedAt: '2026-11-06T00:00:00+00:00', publishedAtRaw: '6 de noviembre de 2026', language: 'es',
  body: [
    /^El mercado de trueque regresa este sábado/,
    /^Los organizadores piden/,
    'La asociación de vecinos espera repetir la cita cada primer sábado de mes si la respuesta del público acompaña.',
  ],
  notInBody: /6 de noviembre de 2026|Aviso legal|Contacto/,
});

describePage('French: the story in a "gabarit withSidebar" wrapper shows no date; the "À lire aussi" teaser\'s "26 novembre 2026" beside it is not the page\'s', {
  name: 'fr-cadre-sans-date', url: 'https://echo-des-combes.example/vie-locale/fromagerie-du-col',
  title: 'La fromagerie du col rouvre ses portes aux visiteurs',
  publishedAt: null, publishedAtRaw: null, language: 'fr',
  body: [
    /^Fermée depuis l'incendie de son séchoir/,
    /^Les travaux ont duré plus d'un an/,
    'Les visites ont lieu chaque matin, sauf le dimanche, et se terminent par une dégustation dans l\'ancienne salle de traite.',
  ],
  notInBody: /À lire aussi|marché de Noël|26 novembre 2026|Mentions légales/,
});
