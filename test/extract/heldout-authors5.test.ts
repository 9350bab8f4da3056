/**
 * Held-out audit of authors, round 5: hand-written pages that declare no author at all (no JSON-LD, no author meta
 * tags, no microdata), so the writer is read from what the reader sees. Each page shows one rule of the visible byline
 * reader: a byline inside the article's frame whose class names a sidebar layout, or inside a page builder's "widget"
 * modules; several names set in spans of their own; a writer's card with the name and the post in headings; a meta row
 * styled as a "caption" with no picture before it; a header whose class says it has a caption; a label for screen
 * readers before the byline; the writer's handle beside the name; a byline linking the writer's bio page; a byline box
 * that holds only the date, before the text's own credit line; a byline named only by its components' test ids; a name
 * in a box beside the date's; slashes before "By"; "About the author – name" as one line; a byline block holding the
 * date and buttons around the writer's own marked part; a list of writers where only one is linked; a "Follow" button
 * after the name. Four pages name nobody: testimonials marked as their authors', a sentence opening with "Von" before a
 * quoted name, a section link beside the date, and a desk's credit ("Redaktion: …") listing its editors. Each page is
 * read with its URL and without one, and each case states the title, the writers, the date where the page gives one
 * with its time, and the story's first and last paragraphs.
 */
import type { ArticleRecord } from '../../lambdas/extract';
import { expectParagraphsInOrder, heldoutPageReader, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-authors5');

interface BylinePage {
  name: string;
  url: string;
  title: string;
  authors: string[];
  /** The publication date, for pages that give it with its time. */
  publishedAt?: string;
  /** The story's first and last paragraphs, whole or as patterns. */
  body: Array<string | RegExp>;
  /** Credits and chrome around the story: none of it is in the body. */
  notInBody: RegExp;
}

function describePage(summary: string, page: BylinePage): void {
  describe(summary, () => {
    const records: Array<[string, ArticleRecord]> = [
      ['with its URL', extractPage(page.name, page.url)],
      ['without a URL', extractPage(page.name, null)],
    ];
    it.each(records)('reads the title %s', (_, record) => {
      expect(record.title).toBe(page.title);
      if (page.publishedAt !== undefined) expect(record.publishedAt).toBe(page.publishedAt);
    });
    it.each(records)('credits the writers %s', (_, record) => {
      expect(record.authors).toEqual(page.authors);
      expect(record.wireSource).toBeNull();
    });
    it.each(records)('reads the story\'s paragraphs and not the credits %s', (_, record) => {
      expectParagraphsInOrder(paragraphs(record), page.body);
      expect(record.body).not.toMatch(page.notInBody);
    });
  });
}

describePage('Arabic daily: "بقلم: …" in the header of an article framed by a "sidebar-grid" layout; the rail\'s teaser byline is not read', {
  name: 'ar-sidebar-frame', url: 'https://www.alwaha.example/local/2026/11/18/dates-festival',
  title: 'مهرجان التمور يعود إلى ساحة المدينة القديمة', authors: ['ليلى الزعبي'],
  body: [/^تعود فعاليات مهرجان التمور السنوي/, /^ويأمل التجار أن يسهم المهرجان/],
  notInBody: /بقلم|عمر الحداد|الأكثر قراءة/,
});

describePage('German magazine built with a page builder: "von Jana Berger" in a text module, every box named a widget', {
  name: 'de-builder-byline', url: 'https://www.bergpfad.example/touren/winterhuetten',
  title: 'Drei Hütten, die auch im Winter geöffnet haben', authors: ['Jana Berger'],
  body: [/^Wer im Winter in den Bergen unterwegs ist/, /^Alle drei Hütten bitten darum/],
  notInBody: /von Jana Berger/,
});

describePage('Austrian daily: three writers, each in a span of their own inside the byline', {
  name: 'de-names-in-spans', url: 'https://www.donaublatt.example/wien/radbruecke-kanal',
  title: 'Neue Radbrücke über den Kanal wird im Frühjahr eröffnet', authors: ['Katharina Wegscheider', 'Lukas Ebner', 'Eva Maria Holzer'],
  publishedAt: '2026-11-18T09:30:00+01:00',
  body: [/^Die neue Radbrücke über den Donaukanal/, /^Bis zur Eröffnung müssen noch das Geländer/],
  notInBody: /Wegscheider|Ebner|Holzer/,
});

describePage('German daily: a comment signed by a writer\'s card, the name and "Redakteurin" in headings, a "Weitere Beiträge" link beside it', {
  name: 'de-writer-card', url: 'https://www.nordufer.example/meinung/wochenmarkt-hafen',
  title: 'Warum der Wochenmarkt an den Hafen ziehen soll', authors: ['Greta Lindholm'],
  publishedAt: '2026-11-18T09:30:00+01:00',
  body: [/^Der Wochenmarkt auf dem Rathausplatz ist seit Jahren zu klein/, /^Der Rat sollte den Vorschlag nicht wieder vertagen/],
  notInBody: /Lindholm|Redakteurin|Weitere Beiträge/,
});

describePage('English weekly: the writer in a meta row styled "caption meta"; the photographer\'s credit sits in a real caption under the picture', {
  name: 'en-caption-meta-row', url: 'https://www.harbourledger.example/news/ferry-timetable',
  title: 'Ferry timetable to change after pier repairs', authors: ['Martha Quayle'],
  publishedAt: '2026-11-18T09:30:00+00:00',
  body: [/^The ferry operator will move its first morning sailing/, /^Evening sailings stay as they are/],
  notInBody: /Martha Quayle/,
});

describePage('French paper: two writers in the byline of a header classed "hasCaption", the picture\'s credit in its figure', {
  name: 'fr-header-has-caption', url: 'https://www.lavigiedulac.example/ville/piscine-reouverture',
  title: 'La piscine municipale rouvre après six mois de travaux', authors: ['Camille Royer', 'Luc Martin'],
  publishedAt: '2026-11-18T09:30:00+01:00',
  body: [/^La piscine municipale rouvre ses portes samedi/, /^La mairie prévoit une journée portes ouvertes/],
  notInBody: /Camille Royer|Luc Martin/,
});

describePage('Spanish daily: "Autor del artículo:" kept for screen readers before "Por" and the linked writer', {
  name: 'es-hidden-label', url: 'https://www.elfarodelvalle.example/cultura/biblioteca-horario',
  title: 'El ayuntamiento amplía el horario de la biblioteca', authors: ['Inés Calvo'],
  publishedAt: '2026-11-18T09:30:00-06:00',
  body: [/^La biblioteca municipal abrirá también los sábados/, /^El concejal de Cultura explicó/],
  notInBody: /Inés Calvo|Autor del artículo/,
});

describePage('English regional: "by Nadia Okafor" and the writer\'s handle, marked as a name, in one byline', {
  name: 'en-byline-handle', url: 'https://www.prairiecourier.example/news/grain-elevator-climbing',
  title: 'Grain elevator to become a climbing gym', authors: ['Nadia Okafor'],
  publishedAt: '2026-11-18T09:30:00-06:00',
  body: [/^The old grain elevator by the rail yard/, /^Two councillors voted against/],
  notInBody: /@nadiaokafor|Nadia Okafor/,
});

describePage('English advocacy blog: "By" and a link to the writer\'s bio page, the post and the project after it', {
  name: 'en-bio-link-byline', url: 'https://www.openliberties.example/blog/tracking-pixel',
  title: 'What a tracking pixel learns about you when you never signed up', authors: ['Owen Castellano'],
  publishedAt: '2026-11-18T09:30:00-05:00',
  body: [/^Many websites load a small image from a social network/, /^Lawmakers have proposed rules/],
  notInBody: /Open Liberties Blog|Local/,
});

describePage('Italian lender\'s guide: no byline, customers\' testimonials marked "testimonial-author" credit nobody', {
  name: 'it-testimonials-no-byline', url: 'https://www.casaserena.example/guide/mutuo-prima-casa',
  title: 'Come scegliere il mutuo giusto per la prima casa', authors: [],
  publishedAt: '2026-11-18T09:30:00+01:00',
  body: [/^Scegliere il mutuo per la prima casa/, /^Un consulente indipendente può aiutare/],
  notInBody: /Casa Serena Mutui|Local/,
});

describePage('German bike blog: no byline; a short line "Von „Flowtrail Deluxe“ zu sprechen" opens with "Von" before a quoted name', {
  name: 'de-quoted-von-line', url: 'https://www.trailgefluester.example/bikepark-neue-abfahrt',
  title: 'Bikepark am Hausberg öffnet eine neue Abfahrt', authors: [],
  publishedAt: '2026-11-18T09:30:00+01:00',
  body: [/^Der Bikepark am Hausberg hat am Wochenende/, /^Der Lift fährt bis Ende Oktober/],
  notInBody: /Trailgeflüster|Local/,
});

describePage('German column: the theme\'s byline box holds only the date; "Eine Kolumne von Till Wegener" opens the text', {
  name: 'de-dated-byline-box', url: 'https://www.kinderzimmerpolitik.example/kolumne/jungen-puppen',
  title: 'Warum Jungen auch mit Puppen spielen dürfen', authors: ['Till Wegener'],
  publishedAt: '2026-11-18T09:30:00+01:00',
  body: [/^Mein Sohn ist vier und liebt seine Puppe/, /^Vielleicht sollten wir uns weniger über spielende Jungen wundern/],
  notInBody: /Kinderzimmer Politik|Local/,
});

describePage('Arabic news portal with hashed class names: the byline named by its components\' data-testid', {
  name: 'ar-byline-component', url: 'https://www.nakheel.example/city/2026/11/18/park',
  title: 'افتتاح أول حديقة عامة صديقة لذوي الإعاقة في المدينة', authors: ['مريم السعدي'],
  publishedAt: '2026-11-18T09:30:00+03:00',
  body: [/^افتتحت بلدية المدينة صباح الأربعاء/, /^وتفتح الحديقة أبوابها يومياً/],
  notInBody: /مريم السعدي/,
});

describePage('German trade magazine: the writer\'s name in a box beside "Zuletzt aktualisiert am …", under the headline, no label and no class', {
  name: 'de-name-beside-date', url: 'https://www.waldwirtschaft.example/energie/laub-pellets',
  title: 'Pellets aus Herbstlaub: Ein Dorf heizt mit seinen Blättern', authors: ['Lea Hoffmann'],
  body: [/^Jeden Herbst sammelt die Gemeinde tonnenweise Laub/, /^Ob sich das Projekt rechnet/],
  notInBody: /Lea Hoffmann|Zuletzt aktualisiert/,
});

describePage('English daily: no byline; a section link sits beside the date under the headline and credits nobody', {
  name: 'en-section-link-beside-date', url: 'https://www.riversidedaily.example/news/parking-vote-delayed',
  title: 'Council delays vote on new parking rules', authors: [],
  publishedAt: '2026-11-18T09:30:00-05:00',
  body: [/^The city council postponed a vote/, /^The vote is now expected in January\.$/],
  notInBody: /Riverside Daily|Local/,
});

describePage('English engineering blog: "// By Priya Raman • Nov 18, 2026", a code comment\'s slashes before the byline word', {
  name: 'en-slashed-byline', url: 'https://blog.northwind.example/build-times',
  title: 'How we cut our build times in half', authors: ['Priya Raman'],
  body: [/^Our main repository had grown/, /^With stable cache keys and a shared remote cache/],
  notInBody: /Priya Raman/,
});

describePage('French gardening blog: the author box after the text heads itself "À propos de l’auteure – Margaux Lefèvre"', {
  name: 'fr-about-author-dash', url: 'https://www.jardindestoits.example/citronnier-balcon',
  title: 'Cultiver des citrons en pot sur un balcon', authors: ['Margaux Lefèvre'],
  publishedAt: '2026-11-18T09:30:00+01:00',
  body: [/^Un citronnier peut très bien vivre en pot/, /^En hiver, je rentre le mien/],
  notInBody: /Margaux Lefèvre|À propos de l’auteure/,
});

describePage('German regional broadcaster: the only marked byline credits the desk, "Redaktion: Lena Graf und Tobias Brandt", which names no writer', {
  name: 'de-desk-credit-list', url: 'https://www.mittelhessen-aktuell.example/wirtschaft/ausbildung-handwerk',
  title: 'Mehr Ausbildungsplätze für Geflüchtete im Handwerk', authors: [],
  publishedAt: '2026-11-18T09:30:00+01:00',
  body: [/^Die Handwerkskammer meldet einen deutlichen Anstieg/, /^Die Kammer will im kommenden Jahr/],
  notInBody: /Mittelhessen aktuell|©/,
});

describePage('Portuguese daily: the byline block holds the date and the sharing buttons, and marks the writer\'s part again inside', {
  name: 'pt-byline-block-with-buttons', url: 'https://www.jornaldacolina.example/cidade/mil-arvores',
  title: 'Lisboa vai plantar mil árvores nas avenidas novas', authors: ['Rita Carvalho'],
  publishedAt: '2026-11-18T09:30:00+00:00',
  body: [/^A câmara municipal anunciou esta terça-feira/, /^Os moradores podem sugerir locais/],
  notInBody: /Rita Carvalho|Partilhar/,
});

describePage('Spanish regional: "Por" and three writers, only the one with a page on the site linked', {
  name: 'es-some-writers-linked', url: 'https://www.diariodelaltozano.example/region/embalses-otono',
  title: 'Las lluvias de otoño llenan los embalses del norte', authors: ['Lucía Méndez', 'Diego Soto', 'Ana Ruiz Beltrán'],
  publishedAt: '2026-11-18T09:30:00+01:00',
  body: [/^Las lluvias de las últimas tres semanas/, /^La confederación revisará en enero/],
  notInBody: /Lucía Méndez|Diego Soto/,
});

describePage('English blogging platform: the writer\'s name and a "Follow" button in one line under the headline', {
  name: 'en-follow-button-byline', url: 'https://slowroads.example/a-year-without-a-car',
  title: 'What I learned from a year without a car', authors: ['Samuel Whitaker'],
  publishedAt: '2026-11-18T09:30:00+00:00',
  body: [/^Last November I sold my car/, /^I still do not own a car/],
  notInBody: /Samuel Whitaker|6 min read/,
});
