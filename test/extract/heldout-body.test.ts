/**
 * Held-out audit of body structures: small hand-written pages whose main text has a hard shape (a live blog, a Q&A
 * interview, a listicle, a long read in <section>s with a pull quote, a data table, a how-to, a recipe card, a
 * review, code blocks, text without <p>, a short brief beside long teasers, embeds and read-also plugs, a paywall,
 * footnotes, a poem, a layout table, a press release, comments under an opinion piece, a picture gallery), in
 * English, German, French, Spanish and Arabic. Each case states the paragraphs a reader sees as the article: where
 * it starts and ends, what it holds, and the furniture it must not; the page is read without a URL and with one,
 * as the pipeline may receive either.
 */
import { type ExpectedParagraph, expectParagraphsInOrder, heldoutPageReader, imageUrls, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-body');

interface BodyCase {
  page: string;
  url: string;
  charset?: string;
  /** The structure the page tests, as a reader sees it. */
  shape: string;
  first: string | RegExp;
  last: string | RegExp;
  /** How many paragraphs the article has, when the count is the point. */
  count?: number;
  /** Paragraphs the body must hold, in this order. */
  holds?: ExpectedParagraph[];
  /** Furniture that must not be in the body. */
  without: RegExp;
  images?: string[];
}

const cases: BodyCase[] = [
  {
    page: 'en-liveblog-entries', url: 'https://www.harbourgazette.example/news/live/2023/nov/02/storm-ciaran-live',
    shape: 'live blog in plain boxes: timestamped entries newest first, a "Key events" box of links to them, share links per entry',
    first: /^Amber warnings in force/, last: /^Good morning and welcome to our live coverage/,
    holds: ['Rail operators extend cancellations into Friday', /^Great Western Railway says/, 'Falling tree kills driver near Exeter', /^Our reporter in Falmouth/, '150,000 homes without power', 'Welcome'],
    without: /Key events|Show key events|2h ago|\d{2}\.\d{2} GMT|Advertisement|Load earlier|Most viewed|Council tax|Share|All rights/,
    images: ['https://img.harbourgazette.example/2023/11/falmouth-waves.jpg'],
  },
  {
    page: 'de-interview', url: 'https://www.rheinblick.example/wissen/interview-anna-berger-hitze-staedte-100234.html',
    shape: 'Q&A interview (German): bold questions, answers in paragraphs, an "Interview:" credit row, a "Zur Person" box',
    first: /^Die Klimaforscherin Anna Berger erklärt/, last: /^Anna Berger, 46, leitet die Arbeitsgruppe Stadtklima/,
    holds: [/^Frau Berger, dieser Sommer ist erst zur Hälfte vorbei/, /^Leider ja\./, 'Warum trifft es die Städte stärker?', 'Was können Städte tun?', /^Morgens lüften/],
    without: /Interview: Jonas Keller|15\.07\.2024|Teilen|WhatsApp|Meistgelesen|Rheinpegel|Impressum/,
    images: ['https://cdn.rheinblick.example/bilder/2024/07/anna-berger.jpg'],
  },
  {
    page: 'ar-interview', url: 'https://alfunoun.example/cinema/interview-salma-husseini',
    shape: 'Q&A interview (Arabic): "س:" questions in bold, "ج:" answers, a "حاورها:" credit row',
    first: /^فاز فيلم «بيت على الشاطئ»/, last: /^ج: أكتب الآن فيلماً عن عازفة عود/, count: 9,
    holds: ['س: كيف ولدت فكرة الفيلم؟', /^ج: بدأت الفكرة من صورة قديمة/, 'س: ما مشروعك القادم؟'],
    without: /حاورها|وسوم|مقالات ذات صلة|عشرة أفلام|جميع الحقوق/,
  },
  {
    page: 'en-listicle', url: 'https://wayfarer.example/uk/yorkshire-coast-walks/',
    shape: 'listicle: numbered h2 sections, each with a captioned picture, an ad slot and a newsletter box between them',
    first: /^The Yorkshire coast packs cliffs/, last: /^Ravenscar is the town that never was/, count: 15,
    holds: ["1. Robin Hood's Bay to Boggle Hole", /^Check the tide tables/, '4. Staithes to Port Mulgrave', '7. Ravenscar to the seal colony'],
    without: /Advertisement|Get our walks|Sign up|newsletter|You might also like|lakeside pubs|Yorkshire Coast Walks|By Sam Hollis/,
    images: ['robin-hoods-bay', 'saltburn-pier', 'flamborough', 'staithes', 'whitby-sands', 'filey-brigg', 'ravenscar'].map((name) => `https://wayfarer.example/img/2024/05/${name}.jpg`),
  },
  {
    page: 'fr-longread', url: 'https://www.courrierdusud.example/grand-format/cevennes-dernier-chataignier',
    shape: 'long read (French): chapters as <section>s with h2s, a pull quote repeating a sentence of the text',
    first: /^Autrefois, l'arbre nourrissait des villages entiers/, last: /^Le parc national des Cévennes finance/, count: 10,
    holds: ["Une vallée qui vivait de l'arbre à pain", 'Le cynips, un ennemi minuscule', /^Les producteurs ont lâché dans les vergers/, "La sécheresse, l'autre menace"],
    without: /^« Un châtaignier, on le plante pour ses petits-enfants\. »$|Par Claire Roussel|Partager|À lire aussi|miel de garrigue|Grand format/m,
    images: ['https://static.courrierdusud.example/2023/10/chataignier-sec.jpg'],
  },
  {
    page: 'es-data-table', url: 'https://www.diariodelebro.example/economia/2024/02/19/precio-alquiler-capitales.html',
    shape: 'data story (Spanish): a <table> with caption and header row between paragraphs, a "Fuente:" line under it',
    first: /^Zaragoza registra un aumento del 9,4 %/, last: /^El Gobierno de Aragón estudia declarar zonas tensionadas/,
    holds: [/^El alquiler de una vivienda se encareció/, 'Precio medio del alquiler (euros/m² al mes)', 'Ciudad | 2022 | 2023 | Variación', 'Zaragoza | 9,0 | 9,8 | +9,4 %', 'Teruel | 6,1 | 6,1 | -0,5 %', 'Fuente: Ministerio de Vivienda y Agenda Urbana.', /^Los expertos atribuyen la subida/],
    without: /Lucía Gracia|Facebook|WhatsApp|Lo más leído|Real Zaragoza|derechos reservados/,
  },
  {
    page: 'en-tech-code', url: 'https://lina.example/posts/debounce/',
    shape: 'tech post: <pre><code> blocks with a copy toolbar, inline <code> in the sentences, tags and a post pager',
    first: /^A search box that sends a request on every keystroke/, last: /^That's all there is to it\./, count: 11,
    holds: ['The basic version', /^function debounce\(fn, wait\) \{\n  let timer;\n  return \(\.\.\.args\) => \{/, /so fn only runs once wait milliseconds have passed/, /^const input = document\.querySelector\('#search'\);/, 'debounced.cancel = () => clearTimeout(timer);'],
    without: /Copy|Tagged|Throttling vs|AbortController|Built with Hugo|5 min read/,
  },
  {
    page: 'ar-div-paragraphs', url: 'https://www.alshorouk-jadeed.example/news/55120',
    shape: 'Arabic news page whose paragraphs are <div>s, an empty spacer <div> and an inline "اقرأ أيضاً:" link among them',
    first: /^افتتح وزير المياه صباح اليوم محطة جديدة/, last: /^ويأتي افتتاح المحطة ضمن خطة وطنية/, count: 5,
    without: /اقرأ أيضاً|ارتفاع استهلاك المياه|الكلمات المفتاحية|فيسبوك|الأكثر قراءة|أسعار الذهب|جميع الحقوق/,
    images: ['https://cdn.alshorouk-jadeed.example/uploads/2024/06/desal-plant.jpg'],
  },
  {
    page: 'ar-table-columns', url: 'http://www.wadi-news.example/news.php?id=9911',
    shape: 'legacy Arabic page: the text in two cells of a layout table, <br><br> between paragraphs, latest-news column beside it',
    first: /^انطلقت مساء أمس فعاليات الدورة العاشرة/, last: /^ويستمر المهرجان عشرة أيام/, count: 6,
    holds: [/^وقال رئيس اللجنة المنظمة/, /^وأضاف أن المهرجان يهدف إلى دعم المزارعين/],
    without: /آخر الأخبار|قافلة مساعدات|طباعة|أرسل لصديق|الرئيسية|جميع الحقوق/,
  },
  {
    page: 'de-br-text', url: 'http://www.kreisbote-online.example/artikel.php?id=4711', charset: 'windows-1252',
    shape: 'old German table layout: menu column of links beside a cell with breadcrumb, headline in an h2, date row, <br><br> text, print links',
    first: /^Oberhofen\. Nach fast zwei Jahren Diskussion/, last: /^Die Grundstücke sollen nach einem Punktesystem vergeben werden/, count: 4,
    without: /Kleinanzeigen|Lokales|Gemeinderat beschließt neues|von Karl Huber|Drucken|empfehlen|Impressum/,
  },
  {
    page: 'de-readalso-embeds', url: 'https://www.nordkurier-digital.example/wirtschaft/bahnstreik-pendler-fragen-antworten',
    shape: 'German explainer: "Lesen Sie auch:" plugs between paragraphs, an embedded tweet, an Instagram embed, a YouTube player with a caption',
    first: /^Die Lokführergewerkschaft GDL hat ab Mittwoch/, last: /^Die GDL fordert unter anderem eine Senkung/,
    holds: [/^Ab Mittwochmorgen, 2 Uhr/, /^Wer ein Ticket für einen Streiktag gebucht hat/, /^Auch die S-Bahnen/, /^Pendler sollten sich nach Alternativen umsehen/],
    without: /Lesen Sie auch|Tarifstreit zwischen GDL|Fünf Tipps|View this post on Instagram|A post shared by|So lief der letzte Streik|Von Miriam Scholz/,
  },
  {
    page: 'fr-readalso-embeds', url: 'https://www.sportcentre.example/cyclisme/tour-puy-de-dome',
    shape: 'French sports report: a "Lire aussi :" plug between paragraphs, a YouTube iframe, an embedded tweet',
    first: /^Le Tour de France a retrouvé dimanche le Puy de Dôme/, last: /^Lundi, les coureurs profitent de la première journée de repos/,
    holds: [/^Derrière, Tadej Pogačar/, /^Les spectateurs n'étaient pas autorisés/],
    without: /Lire aussi|parcours complet|Par Léa Fontaine/,
  },
  {
    page: 'en-footnotes', url: 'https://historyquarterly.example/essays/canal-mania-1790s',
    shape: 'essay with superscript note markers, a "Notes" list of endnotes, a "Further reading" list and a "Cite this article" box',
    first: /^Between 1791 and 1796, Parliament passed more than fifty acts/, last: 'Anthony Burton, The Canal Builders (London, 1972).',
    holds: ['Notes', 'J. R. Ward, The Finance of Canal Building in Eighteenth-Century England (Oxford, 1974), p. 98.', 'The canal was finally abandoned in 1858 and sold to a railway company.', 'Further reading', 'Charles Hadfield, The Canal Age (Newton Abbot, 1968).'],
    without: /↩|Cite this article|Pryce, E\. \(2023\)|History Quarterly Online 2023/,
  },
  {
    page: 'es-poem', url: 'https://revistaalondra.example/poesia/cancion-del-agua-quieta',
    shape: 'poem (Spanish): stanzas as <p>s with a <br> after every line, an italic note above it',
    // Each stanza is one paragraph that keeps its lines, as the page shows it.
    first: /^Con motivo del Día Mundial de la Poesía/, last: 'Por eso vengo sin piedras,\nme siento al borde y no digo nada,\ny el agua me devuelve entera\nla cara que tenía de niña.', count: 4,
    holds: ['El agua quieta del estanque\nguarda la luz de la mañana,\nla sombra larga de los álamos\ny el nombre que no dije nunca.', /^Si tiro una piedra, tiembla el cielo,\nse rompe el álamo en cien hojas,\n/],
    without: /Compartir|Últimos poemas|Invierno en Lugo|Marta Salcedo/,
  },
  {
    page: 'de-press-release', url: 'https://www.sonnfeld-solar.example/presse/modulwerk-bitterfeld',
    shape: 'German press release: bold dateline, "Über …" boilerplate (the company\'s own text, kept), "Pressekontakt" card, downloads, more releases',
    first: /^Bitterfeld-Wolfen, 17\. April 2024 – Die Sonnfeld Solar GmbH/, last: /^Die Sonnfeld Solar GmbH mit Sitz in Leipzig/,
    holds: [/^Das Unternehmen hat rund 180 Millionen Euro/, 'Über Sonnfeld Solar'],
    without: /Pressekontakt|Sarah Vogt|\+49 341|presse@|Downloads|PDF|Weitere Pressemitteilungen|Glas-Glas|Impressum/,
  },
  {
    page: 'es-liveblog', url: 'https://www.farodevigodigital.example/galicia/elecciones-directo',
    shape: 'Spanish live blog: entries as <article>s with their time, newest first, a summary box of unlinked bullet points',
    first: /^Sigue minuto a minuto la noche electoral/, last: /^Cierran los colegios electorales\./,
    holds: ['Lo más importante', 'El PP revalida la mayoría absoluta con el 99 % escrutado', /^El candidato del PP comparece/, 'El BNG, segunda fuerza', /^Comienza el escrutinio\./],
    without: /Cargar más|Lo más visto|Celta|Directo/,
  },
  {
    page: 'en-brief-sidebar', url: 'https://www.valleycourier.example/local/2024/08/16/elm-street-library-reopens',
    shape: 'two-paragraph news brief beside a column of other stories, each a linked headline over a longer full-sentence excerpt',
    first: /^The Elm Street branch of the county library will reopen Monday/, last: /^Repairs cost about \$240,000/, count: 2,
    without: /Staff report|More local news|Council approves budget|city council voted|county fair|Subscribe/,
  },
  {
    page: 'de-recipe', url: 'https://kuechenliebe.example/zwetschgendatschi-vom-blech/',
    shape: 'recipe blog post (German): "Zum Rezept springen" and print links, a recipe card with stars, times, buttons, ingredients and steps, a rating widget, comments',
    first: /^Wenn im September die ersten Zwetschgen vom Markt kommen/, last: /^Im vorgeheizten Ofen bei 180 Grad etwa 40 Minuten backen/,
    holds: [/^Dazu gehört unbedingt ein Klecks geschlagene Sahne/, 'Zutaten', '500 g Mehl', 'Zimt und Zucker zum Bestreuen', 'Zubereitung', /^Die Hefe in der Milch auflösen/],
    without: /Zum Rezept springen|drucken|Drucken|Pinnen|Sternen|Bewertungen|Rezept bewerten|Markiere|Kommentare|Streusel|Impressum/,
    images: ['https://kuechenliebe.example/wp-content/uploads/2023/09/datschi-blech.jpg'],
  },
  {
    page: 'en-comments', url: 'https://riversidepost.example/opinion/night-bus',
    shape: 'opinion piece followed by the writer\'s box (portrait and biography) and a "38 responses" thread of long comments in unnamed boxes',
    first: /^Every Friday night, the last bus out of the town centre/, last: /^Other towns our size have done it\./, count: 3,
    without: /is a nurse at Riverside General|responses|Gordon B\.|Red Lion|who is going to pay|hospital porter/,
    images: [],
  },
  {
    page: 'es-gallery', url: 'https://www.cronicalevante.example/fotos/fallas-2024-imagenes',
    shape: 'picture gallery (Spanish): slides of a picture, a "1 / 4" counter, a caption-classed paragraph and a credit; the captions are all the text',
    first: /^La falla municipal de la plaza del Ayuntamiento, de 24 metros de altura/, last: /^La cremà de la falla municipal cierra las fiestas/, count: 4,
    holds: [/^Miles de falleras llevan flores/, /^El público abarrota la plaza/],
    without: /\d \/ 4|Foto: |Anterior|Siguiente|Más galerías|Carnaval/,
    images: ['falla-plaza-ayuntamiento', 'ofrenda-virgen', 'mascleta', 'crema'].map((name) => `https://fotos.cronicalevante.example/2024/03/${name}.jpg`),
  },
  {
    page: 'fr-paywall', url: 'https://www.echodurhone.example/lyon/2024/09/02/loyers-etudiants-record',
    shape: 'paywalled article (French): subscriber badge, byline row with the "Publié le … à 6h30" stamp, two teaser paragraphs, then the paywall box with offers',
    first: /^Un studio se loue en moyenne 610 euros par mois/, last: /^« J'ai visité onze appartements en trois semaines/, count: 3,
    without: /réservé aux abonnés|Par Julien Moreau|Publié le|Il vous reste|Abonnez-vous|Offre numérique|Je m'abonne|Déjà abonné|Se connecter|Sur le même sujet/,
  },
  {
    page: 'en-howto', url: 'https://spokepedal.example/guides/replace-bike-chain/',
    shape: 'how-to: a "What you\'ll need" list, ordered steps with a bold lead each, a tip box, a product card with price and "Buy now", a helpfulness widget',
    first: /^A worn chain wears out your cassette/, last: /^Tip: Clean and lube the new chain/, count: 15,
    holds: ["What you'll need", 'A chain checker or a ruler', 'Degreaser and a rag', 'Steps', /^Check the wear\. Place the chain checker/, /^Test the gears\./],
    without: /Park Tool|\$39\.99|Buy now|Was this article helpful|Popular guides|true a wheel|Dana Whitfield|6 min read|Home/,
    images: [],
  },
  {
    page: 'en-review', url: 'https://www.gadgetdesk.example/reviews/lumo-air-3',
    shape: 'product review: a verdict box over the text (score, pros and cons lists, shop buttons with prices), h2 sections, a specs table, an affiliate disclosure',
    first: /^Lumo has spent three years making earbuds/, last: 'Water resistance | IPX4',
    holds: ['Design and fit', 'Sound and noise cancelling', 'Verdict', /^If you want good noise cancelling/, 'Battery | 8 hours (ANC on), 32 hours with case', 'Bluetooth | 5.3'],
    without: /\$59\.99 at Amazon|Best Buy|affiliate commission|Best earbuds 2024|Chris Tanaka/,
  },
  {
    page: 'ar-br-readalso', url: 'https://www.madina-portal.example/eco/8830',
    shape: 'Arabic text block of <br><br>-separated paragraphs with a bold "اقرأ أيضاً:" plug line and a "تابعونا على" line among them',
    first: /^شهدت أسواق الخضار في المدينة ارتفاعاً ملحوظاً/, last: /^ويتوقع التجار أن تعود الأسعار إلى الانخفاض/, count: 4,
    without: /اقرأ أيضاً|الحكومة تعلن خطة|تابعونا|الأكثر قراءة|انقطاع المياه|جميع الحقوق/,
  },
  {
    page: 'en-pullquote', url: 'https://northerntides.example/features/last-lighthouse-keeper-cape-farewell/',
    shape: 'WordPress feature: a pull quote block repeating a sentence of the text, with the speaker\'s name under it; the author\'s block after the text',
    first: /^For thirty-one years, Malcolm Reid climbed/, last: /^He still walks up to the tower every evening at dusk/, count: 6,
    holds: [/^"People think it was lonely," he says/, /^The work was mostly cleaning/, 'A light without a keeper'],
    without: /^The sea talks to you all day|^Malcolm Reid$|Isla Fraser|Scottish lighthouses/m,
  },
];


describe.each(cases)('$page: $shape', ({ page, url, charset, first, last, count, holds, without, images }) => {
  describe.each([['without a URL', null], ['with its URL', url]])('read %s', (_, pageUrl) => {
    const record = extractPage(page, pageUrl, charset);
    const body = paragraphs(record);

    it('starts and ends where the article does, each paragraph once', () => {
      expect(body[0]).toEqual(typeof first === 'string' ? first : expect.stringMatching(first));
      expect(body.at(-1)).toEqual(typeof last === 'string' ? last : expect.stringMatching(last));
      if (count !== undefined) expect(body).toHaveLength(count);
      expect(new Set(body).size).toBe(body.length);
    });

    it('holds the article\'s parts in order and none of the furniture', () => {
      expectParagraphsInOrder(body, holds ?? []);
      expect(record.body).not.toMatch(without);
    });

    if (images) it('reads the article\'s pictures and no others', () => expect(imageUrls(record)).toEqual(images));
  });
});
