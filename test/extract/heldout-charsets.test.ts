/**
 * Held-out robustness, legacy Latin charsets served with no declaration at all (no Content-Type charset, no
 * `<meta charset>`), as older Central European, Baltic and Turkish news sites still serve them: hand-written pages in
 * Polish and Hungarian (windows-1250), Czech (ISO-8859-2), Croatian (windows-1250), Lithuanian (windows-1257),
 * Latvian (ISO-8859-13), Turkish (windows-1254) and a German windows-1252 control, some with `html[lang]` and some
 * without. Read as windows-1252 their letters turn into other accented letters ("Gyõrben", "Klaipëdoje",
 * "Eskiþehir"), so each test states the record a reader expects, field by field, read with the page's URL and without.
 */
import { expectParagraphsInOrder, heldoutPageReader, paragraphs, readWithAndWithoutUrl } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-charsets');

interface CharsetPage {
  name: string;
  url: string;
  /** The charset the site serves the page in, undeclared. */
  charset: string;
  title: string;
  authors: string[];
  publishedAt: string;
  language: string;
  /** The story's paragraphs in order: the first and last whole, or patterns for the ones between. */
  body: Array<string | RegExp>;
  /** Chrome around the story that must stay out of the body. */
  notInBody: RegExp;
}

function describePage(summary: string, page: CharsetPage): void {
  describe(summary, () => {
    const records = readWithAndWithoutUrl(extractPage, page);
    it.each(records)('detects the charset %s', (_, record) => {
      expect({ charset: record.extraction.charset, charsetSource: record.extraction.charsetSource }).toEqual({ charset: page.charset, charsetSource: 'detected' });
    });
    it.each(records)('reads the title %s', (_, record) => expect(record.title).toBe(page.title));
    it.each(records)('reads the writer %s', (_, record) => expect(record.authors).toEqual(page.authors));
    it.each(records)('reads the date %s', (_, record) => expect(record.publishedAt).toBe(page.publishedAt));
    it.each(records)('reads the language %s', (_, record) => expect(record.language).toBe(page.language));
    it.each(records)('reads the story\'s four paragraphs and nothing around them %s', (_, record) => {
      const body = paragraphs(record);
      expectParagraphsInOrder(body, page.body);
      expect(body).toHaveLength(4);
      expect(record.body).not.toMatch(page.notInBody);
    });
  });
}

describePage('Polish regional paper in windows-1250 with lang="pl", a layout table, "Autor:" and "Opublikowano:"', {
  name: 'pl-1250', charset: 'windows-1250', url: 'http://www.kurier-warminski.example/wiadomosci.php?id=8840',
  title: 'Olsztyn: tramwaj dojedzie do kampusu uczelni', authors: ['Małgorzata Żebrowska'], publishedAt: '2022-10-12T09:45:00+02:00', language: 'pl',
  body: [
    'Rada Miasta Olsztyna zgodziła się w środę na budowę nowego odcinka torowiska, który połączy dworzec główny z kampusem uniwersytetu w Kortowie. Prace mają ruszyć wiosną przyszłego roku.',
    /^Nowa trasa będzie miała niespełna cztery kilometry/,
    /^Studenci od lat skarżyli się na zatłoczone autobusy/,
    'Koszt inwestycji oszacowano na sto dwadzieścia milionów złotych, z czego większość ma pochodzić z funduszy unijnych. Przetarg na wykonawcę zostanie ogłoszony jeszcze przed końcem roku.',
  ],
  notInBody: /Zobacz też|Źródlanej|zastrzeżone/,
});

describePage('Czech regional paper in ISO-8859-2 without a lang attribute: "Autor: … | 18. dubna 2024 10:20"', {
  name: 'cs-iso88592', charset: 'iso-8859-2', url: 'http://www.slezsky-zpravodaj.example/zpravy/clanek.php?id=2230',
  title: 'Ostrava otevře nové koupaliště už v červnu', authors: ['Petr Dvořáček'], publishedAt: '2024-04-18T10:20:00+02:00', language: 'cs',
  body: [
    'Stavba městského koupaliště v Porubě jde rychleji, než se čekalo. Radnice proto v úterý oznámila, že první návštěvníci se do bazénů podívají už na začátku června.',
    /^Areál nabídne padesátimetrový plavecký bazén/,
    /^Podle náměstka primátora stála přestavba/,
    'Vstupné zůstane na úrovni loňského roku, děti do šesti let budou mít vstup zdarma. Rodiny s dětmi mohou využít zvýhodněnou permanentku na celou sezónu.',
  ],
  notInBody: /Související články|Vítkovicích/,
});

describePage('Hungarian county paper in windows-1250 without a lang attribute, whose ő reads as õ in windows-1252', {
  name: 'hu-1250', charset: 'windows-1250', url: 'http://www.kisalfoldi-hirmondo.example/belfold/raba-part',
  title: 'Győrben felújítják a Rába-parti sétányt', authors: ['Szőke Gergely'], publishedAt: '2023-09-21T08:15:00+02:00', language: 'hu',
  body: [
    'Győr önkormányzata csütörtökön bejelentette, hogy jövő tavasszal megkezdődik a Rába-parti sétány teljes felújítása. A munkálatok várhatóan másfél évig tartanak.',
    /^A tervek szerint a régi, töredezett burkolat/,
    /^A polgármester elmondta/,
    'A felújítás idején a sétány egyes szakaszai lezárásra kerülnek, a gyalogosokat ideiglenes útvonalon terelik. A lakosság a város honlapján követheti a munkák előrehaladását.',
  ],
  notInBody: /Kapcsolódó cikkek|Mosoni-Duna/,
});

describePage('Lithuanian port-city portal in windows-1257 with lang="lt": "Autorius:", "2024 m. birželio 14 d."', {
  name: 'lt-1257', charset: 'windows-1257', url: 'http://www.pajurio-zinios.example/naujienos/perkela',
  title: 'Klaipėdoje atnaujinta senoji perkėla', authors: ['Rūta Petrauskienė'], publishedAt: '2024-06-14T11:40:00+03:00', language: 'lt',
  body: [
    'Penktadienį Klaipėdoje po ilgo remonto vėl pradėjo veikti senoji perkėla į Kuršių neriją. Pirmuoju reisu plaukė daugiau nei šimtas keleivių.',
    /^Per remontą buvo pakeisti abu prieplaukos tiltai/,
    /^Uosto direkcijos atstovas sakė/,
    'Vietos gyventojai džiaugiasi, kad nebereikės važiuoti į naująją perkėlą, esančią už kelių kilometrų nuo senamiesčio.',
  ],
  notInBody: /Skaitomiausi|Smiltynėje/,
});

describePage('Latvian regional paper in ISO-8859-13 without a lang attribute, with „…“ quotes in the story', {
  name: 'lv-iso885913', charset: 'iso-8859-13', url: 'http://www.kurzemes-vestnesis.example/kultura/koncertzale',
  title: 'Liepājā sāk būvēt jaunu koncertzāles piebūvi', authors: ['Māris Kalniņš'], publishedAt: '2023-11-07T16:05:00+02:00', language: 'lv',
  body: [
    'Liepājas dome otrdien parakstīja līgumu par koncertzāles piebūves celtniecību. Tajā atradīsies mēģinājumu telpas orķestrim un neliela kamerzāle.',
    /^Būvdarbus plānots pabeigt divu gadu laikā/,
    /^„Pilsētai vajag vietu, kur jaunie mūziķi var strādāt katru dienu,“ sacīja/,
    'Koncertzāle darbības laikā netiks slēgta, taču daļa stāvvietu pie ēkas būs pieejama tikai brīvdienās.',
  ],
  notInBody: /Lasītākie|ūdenstorni/,
});

describePage('Turkish city paper in windows-1254 (ISO-8859-9) with lang="tr": "09.05.2024 - 13:20"', {
  name: 'tr-1254', charset: 'windows-1254', url: 'http://www.anadolu-gazetesi.example/gundem/tramvay-osb',
  title: 'Eskişehir\'de tramvay hattı Organize Sanayi Bölgesi\'ne uzatılıyor', authors: ['Ayşe Yıldırım'], publishedAt: '2024-05-09T13:20:00+03:00', language: 'tr',
  body: [
    'Eskişehir Büyükşehir Belediyesi, tramvay hattının Organize Sanayi Bölgesi\'ne kadar uzatılması için ihaleye çıktı. Yeni hattın iki yıl içinde tamamlanması planlanıyor.',
    /^Yaklaşık dokuz kilometre uzunluğundaki hat/,
    /^Sanayiciler uzun süredir servis araçlarının/,
    'Çalışmalar sırasında çevre yolunun bazı şeritleri geçici olarak trafiğe kapatılacak. Sürücülerin alternatif güzergâhları kullanması istendi.',
  ],
  notInBody: /Çok Okunanlar|Derbi|hakları saklıdır/,
});

describePage('Croatian regional paper in windows-1250 without a lang attribute: "22. studenoga 2023. u 09:30"', {
  name: 'hr-1250', charset: 'windows-1250', url: 'http://www.slavonski-glasnik.example/vijesti/most-drava',
  title: 'Osijek dobiva novi most preko Drave', authors: ['Željko Kovačević'], publishedAt: '2023-11-22T09:30:00+01:00', language: 'hr',
  body: [
    'Gradsko vijeće Osijeka u utorak je odobrilo gradnju novog pješačkog i biciklističkog mosta preko Drave. Radovi bi trebali početi sljedećeg proljeća.',
    /^Most će biti dug dvjesto šezdeset metara/,
    /^Gradonačelnik je rekao da će većina novca/,
    'Građani su na javnom savjetovanju tražili više rasvjete i klupa uz šetnicu, što je uvršteno u konačni projekt.',
  ],
  notInBody: /Najčitanije|Tvrđa/,
});

describePage('German control in windows-1252 with lang="de", whose ä ö ü ß every Latin charset reads alike', {
  name: 'de-1252', charset: 'windows-1252', url: 'http://www.lausitzer-bote.example/region/neissebruecke',
  title: 'Görlitz: Neue Fußgängerbrücke über die Neiße freigegeben', authors: ['Jürgen Weiß'], publishedAt: '2023-07-03T15:10:00+02:00', language: 'de',
  body: [
    'In Görlitz ist am Montag die neue Fußgängerbrücke über die Neiße für den Verkehr freigegeben worden. Sie verbindet die Altstadt mit dem polnischen Ufer.',
    /^Die Brücke ist rund neunzig Meter lang/,
    /^Der Oberbürgermeister sprach von einem großen Tag/,
    'Für Autos bleibt die Brücke gesperrt. Lieferverkehr für die Geschäfte am Ufer ist nur in den frühen Morgenstunden erlaubt.',
  ],
  notInBody: /Meistgelesen|Marktplatz/,
});
