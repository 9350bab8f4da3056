/**
 * Held-out body shapes: hand-written news pages whose text is set in ways the paragraph model has to read as a reader
 * does — verse and an address broken into lines with <br> inside one <p>; a story of bare text in a <div> (one
 * paragraph, or several split by <br><br>) over "About the author" and "About us" boxes; posts embedded with the
 * networks' embed code (tweets, an Instagram post, a Facebook post, a TikTok). Each page is read with its URL and
 * without one, as the grader reads it, and each case states the body a reader expects: its first and last
 * paragraphs, how many there are, the HTML of the shaped parts, and what must stay out.
 */
import type { ArticleRecord } from '../../lambdas/extract';
import { type ExpectedParagraph, expectParagraphsInOrder, heldoutPageReader, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-shapes');

interface ShapePage {
  name: string;
  url: string;
  title: string;
  authors: string[];
  publishedAt: string;
  language: string;
  first: string;
  last: string;
  paragraphCount: number;
  /** Paragraphs between the first and the last, in order. */
  holds: ExpectedParagraph[];
  /** Fragments the body's HTML must contain, where the shape shows in it. */
  htmlHolds?: string[];
  /** What must stay out of the body. */
  notInBody: RegExp;
  /** The agency the story is credited to, when it is. */
  wireSource?: string;
}

function describePage(summary: string, page: ShapePage): void {
  describe(summary, () => {
    const records: Array<[string, ArticleRecord]> = [
      ['with its URL', extractPage(page.name, page.url)],
      ['without a URL', extractPage(page.name, null)],
    ];
    it.each(records)('reads the title, writer, date and language %s', (_, record) => {
      expect(record.title).toBe(page.title);
      expect(record.authors).toEqual(page.authors);
      expect(record.publishedAt).toBe(page.publishedAt);
      expect(record.language).toBe(page.language);
    });
    it.each(records)('starts and ends where the story does, with its paragraphs in order %s', (_, record) => {
      const body = paragraphs(record);
      expect(body[0]).toBe(page.first);
      expect(body.at(-1)).toBe(page.last);
      expect(body).toHaveLength(page.paragraphCount);
      expectParagraphsInOrder(body, page.holds);
    });
    it.each(records)('keeps the furniture out %s', (_, record) => {
      expect(record.body).not.toMatch(page.notInBody);
      expect(record.bodyHtml).not.toMatch(page.notInBody);
    });
    if (page.htmlHolds) {
      const fragments = page.htmlHolds;
      it.each(records)('prints the shaped parts in the HTML %s', (_, record) => {
        for (const fragment of fragments) expect(record.bodyHtml).toContain(fragment);
      });
    }
    it.each(records)('credits the story %s', (_, record) => expect(record.wireSource).toBe(page.wireSource ?? null));
  });
}

describePage('English local paper: a stanza and a postal address, each one <p> with a <br> after every line', {
  name: 'en-poem', url: 'https://tidewaterledger.example/arts/2026/10/14/marram-bay-poet-laureate',
  title: 'Harbour town names its first poet laureate', authors: ['Imogen Calloway'], publishedAt: '2026-10-14T08:30:00+00:00', language: 'en',
  first: 'Marram Bay has chosen a retired ferry engineer as its first poet laureate, ending a search that drew more than two hundred entries from across the county.',
  last: "The council said the winning young writer would be announced at the library's winter fair.",
  paragraphCount: 9,
  holds: [
    /^The selection panel said his short poems/,
    'The ferry hums its one low note\nacross the water, cold and grey;\nI count the rivets on the boat\nand wait for light to end the day.',
    /^Pennywell will receive a small stipend/,
    /^Entries for the young writers' prize/,
    'Marram Bay Library\n14 Quay Street\nMarram Bay MB3 9QT',
  ],
  htmlHolds: [
    '<p>The ferry hums its one low note<br>across the water, cold and grey;<br>I count the rivets on the boat<br>and wait for light to end the day.</p>',
    '<p>Marram Bay Library<br>14 Quay Street<br>Marram Bay MB3 9QT</p>',
  ],
  notInBody: /Tidewater Ledger|Privacy|Terms|Imogen Calloway|October 14, 2026/,
});

describePage('German local paper: the whole story one <div> of text with <br><br> between paragraphs, "Über die Autorin" and "Über uns" boxes under it', {
  name: 'de-brbr', url: 'https://landbote-nordheide.example/lokales/kleinbahn-moorsee',
  title: 'Kleinbahn am Moorsee fährt wieder', authors: ['Henrike Stöver'], publishedAt: '2026-09-03T06:15:00+02:00', language: 'de',
  first: 'Nach drei Jahren Stillstand rollt die historische Kleinbahn am Moorsee wieder. Am Sonntag fuhr der erste Zug mit rund achtzig Fahrgästen von Gut Ellerbrock bis zum Aussichtsturm am Nordufer, begleitet von einer Blaskapelle aus dem Nachbardorf.',
  last: 'Bis Ende Oktober fährt die Bahn an jedem Wochenende viermal am Tag. Fahrkarten gibt es nur am Bahnsteig, Kinder unter sechs Jahren fahren umsonst.',
  paragraphCount: 4,
  holds: [/^Der Förderverein hatte die sechs Kilometer lange Strecke/, /^„Viele haben nicht mehr daran geglaubt", sagte die Vereinsvorsitzende/],
  htmlHolds: ['umsonst.</p>'],
  notInBody: /Über die Autorin|Über uns|Bahnwärterhaus|Heimatzeitung|Molkerei|Impressum|Landbote Nordheide/,
});

describePage('English city paper: a one-paragraph story as bare text in a <div>, above an "About the author" box and an "About us" box longer than it', {
  name: 'en-onepara', url: 'https://northfoldherald.example/transport/n40-night-bus-returns',
  title: 'Night bus to the airport returns after two-year gap', authors: ['Cormac Ellery'], publishedAt: '2026-02-11T17:05:00+00:00', language: 'en',
  first: 'The N40 night bus between Northfold city centre and Brackley airport will run again from March, two years after it was cut when the operator could not find enough drivers for the late shifts. Buses will leave the central station every forty minutes from midnight until five in the morning, and a single fare will cost £3.20, the same as before the route was withdrawn. Airport staff, many of whom have been sharing taxis to reach early shifts, had collected more than four thousand signatures asking for the service to come back.',
  last: 'The N40 night bus between Northfold city centre and Brackley airport will run again from March, two years after it was cut when the operator could not find enough drivers for the late shifts. Buses will leave the central station every forty minutes from midnight until five in the morning, and a single fare will cost £3.20, the same as before the route was withdrawn. Airport staff, many of whom have been sharing taxis to reach early shifts, had collected more than four thousand signatures asking for the service to come back.',
  paragraphCount: 1,
  holds: [],
  notInBody: /About the author|About us|Kelsby|charitable trust|Most read|Ring road|Privacy/,
});

describePage('English local paper: two embedded tweets, one with an attached picture, each closed by "— Name (@handle) date"', {
  name: 'en-tweet', url: 'https://valleycourier.example/local/2024/03/06/fenwick-river-crests',
  title: 'Fenwick river crests overnight as embankment holds', authors: ['Dorothea Quill'], publishedAt: '2024-03-06T07:10:00-05:00', language: 'en',
  first: 'The Lusk River crested just below the top of the Fenwick embankment early on Wednesday, sparing the low streets of the old mill district a second flood in as many years.',
  last: "Residents were allowed back into their homes at nine o'clock, though the county said the riverside footpath would stay closed until engineers had inspected it.",
  paragraphCount: 8,
  holds: [
    'The agency posted its warning shortly before midnight:',
    'The Lusk has reached 6.2 metres at the Fenwick gauge and is still rising. Stay off the embankment paths tonight and do not drive through standing water.',
    /^By four in the morning the gauge had stopped climbing/,
    'Nobody in Fenwick slept much last night. Thank you to every volunteer who filled a sandbag. We will review the evacuation plan with the county this week.',
  ],
  htmlHolds: [
    '<blockquote><p>The Lusk has reached 6.2 metres at the Fenwick gauge and is still rising. Stay off the embankment paths tonight and do not drive through standing water.</p></blockquote>',
    '<blockquote><p>Nobody in Fenwick slept much last night.',
  ],
  notInBody: /pic\.twitter\.com|@FenwickCountyEM|@MayorAchterberg|— Fenwick County Emergency|— Rosalind Achterberg|March 5, 2024|March 6, 2024|t\.co/,
});

describePage('Spanish regional paper: an Instagram post with its caption, a Facebook post and a TikTok video embedded in the story', {
  name: 'es-embeds', url: 'https://diariodelaltiplano.example/cultura/banda-villacerro-centenario',
  title: 'La banda de música de Villacerro celebra su centenario en la plaza', authors: ['Leocadia Barroso'], publishedAt: '2025-06-22T19:40:00+02:00', language: 'es',
  first: 'La banda municipal de Villacerro cumplió el sábado cien años con un concierto al aire libre que llenó la plaza Mayor y las calles de alrededor hasta pasada la medianoche.',
  last: 'La banda tocará de nuevo el 15 de agosto en la procesión de la Virgen, como cada año desde su fundación.',
  paragraphCount: 9,
  holds: [
    /^Su directora, Amparo Villalba, compartió en redes sociales/,
    'Cien años después seguimos ensayando en el mismo lavadero, con las mismas goteras y muchas más partituras.',
    /^El ayuntamiento entregó a la banda una placa/,
    'Gracias a todos los vecinos que llenasteis la plaza anoche. ¡Por otros cien años de música en Villacerro!',
    /^Un vídeo del pasodoble final/,
    'El pasodoble del centenario desde mi balcón, con toda la plaza cantando #villacerro',
  ],
  htmlHolds: ['<blockquote><p>Gracias a todos los vecinos que llenasteis la plaza anoche. ¡Por otros cien años de música en Villacerro!</p></blockquote>'],
  notInBody: /Ver esta publicación|publicación compartida|@amparo|Publicado por|Domingo, 22 de junio|@rociobalcon|sonido original|♬|Diario del Altiplano/,
});

describePage('Lebanese daily: the dateline "بيروت (أ ف ب) -" in a <p> of its own over the story, a "من نحن" box under it', {
  name: 'ar-dateline', url: 'https://aldiffa.example/lebanon/2026/05/18/litani-bridge',
  title: 'افتتاح جسر جديد فوق نهر الليطاني بعد عامين من الأشغال', authors: [], publishedAt: '2026-05-18T10:20:00+03:00', language: 'ar',
  first: 'بيروت (أ ف ب) - افتتحت السلطات اللبنانية الاثنين جسراً جديداً فوق نهر الليطاني يربط بلدات الجنوب بالطريق الساحلي، بعد عامين من أعمال البناء التي تأخرت مراراً بسبب نقص التمويل وارتفاع أسعار مواد البناء.',
  last: 'وأوضحت وزارة الأشغال العامة أن كلفة المشروع بلغت نحو أحد عشر مليون دولار، ساهمت فيها قروض ميسرة من صناديق عربية للتنمية.',
  paragraphCount: 4,
  holds: [/^ويبلغ طول الجسر مئة وعشرين متراً/, /^وقال رئيس بلدية إحدى القرى المجاورة/],
  htmlHolds: ['<p>بيروت (أ ف ب) - افتتحت السلطات اللبنانية'],
  notInBody: /من نحن|يومية مستقلة|جميع الحقوق|صحيفة الضفة|اقتصاد/,
  wireSource: 'AFP',
});

describePage('Moroccan portal: a bold "الرباط - رويترز" line over the first paragraph\'s text, a lone "(رويترز)" row closing the story', {
  name: 'ar-credit', url: 'https://bawabat-alatlas.example/maghreb/2026/04/02/train-electrique-sud',
  title: 'المغرب يطلق أول قطار كهربائي بين مدينتين في الجنوب', authors: [], publishedAt: '2026-04-02T15:45:00+01:00', language: 'ar',
  first: 'الرباط - رويترز أطلق المغرب الخميس أول خط للقطار الكهربائي يربط مدينتين في جنوب البلاد، في إطار خطة وطنية لتحديث شبكة السكك الحديدية وتقليص الاعتماد على الحافلات في النقل بين المدن.',
  last: 'وقال مسؤول في المكتب الوطني للسكك الحديدية إن أسعار التذاكر ستبقى في متناول الطلاب والعمال، وإن المكتب يدرس تمديد الخط نحو مدن ساحلية أخرى خلال السنوات الخمس القادمة.',
  paragraphCount: 3,
  holds: [/^وتستغرق الرحلة على الخط الجديد نحو ساعتين/],
  htmlHolds: ['<p><strong>الرباط - رويترز</strong> أطلق المغرب الخميس'],
  notInBody: /\(رويترز\)|الرئيسية|المغرب العربي|بوابة الأطلس/,
  wireSource: 'Reuters',
});
