/**
 * Held-out robustness, round 2: realistic article pages written by hand after widespread Latin-script templates
 * and newsrooms the first round did not cover (WordPress + Yoast graph, TYPO3, Joomla, Next.js, an Indian daily,
 * a UK tabloid, a press-release wire, a Q&A interview, a recipe blog, a long read, a podcast transcript, a match
 * report), with the chrome real pages carry: cookie banners, related rails with their own bylines and dates,
 * newsletter boxes, comment threads with dates, author bio boxes, most-read lists, inline "read also" links.
 * Each test states the record a reader expects from the page, field by field.
 */
import { heldoutPageReader, imageUrls, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout');

describe('TYPO3 local paper (German): place and "12.03.2023, 14:05 Uhr" row above the headline, two authors joined by "und"', () => {
  const record = extractPage('de-typo3', 'https://www.kreisbote-oberland.example/lokales/lindach/ortsumgehung-bauarbeiten-herbst/');

  it('reads title, both authors, the microdata date, language and keywords', () => {
    expect(record.title).toBe('Neue Ortsumgehung: Bauarbeiten beginnen im Herbst');
    expect(record.authors).toEqual(['Anna Müller', 'Jens Becker']);
    expect(record.publishedAt?.slice(0, 10)).toBe('2023-03-12');
    expect(record.language).toBe('de-DE');
    expect(record.tags).toEqual(['Lindach', 'Ortsumgehung', 'Verkehr']);
  });

  it('reads the picture with caption and credit', () => {
    expect(record.leadImage).toMatchObject({
      url: 'https://www.kreisbote-oberland.example/fileadmin/_processed_/3/a/csm_umgehung_lindach_4f1c2e.jpg',
      caption: 'Die geplante Trasse verläuft östlich des Ortes.',
      credit: 'Foto: Thomas Reiter',
    });
    expect(imageUrls(record)).toHaveLength(1);
  });

  it('reads teaser and story without the date row, the read-also line, related articles, most read or cookie banner', () => {
    const body = paragraphs(record);
    expect(body[0]).toMatch(/^Nach zwölf Jahren Planung/);
    expect(body[1]).toMatch(/^Lindach – Zwölf Jahre/);
    expect(body).toHaveLength(6);
    expect(record.body).not.toMatch(/14:05 Uhr|Lesen Sie auch|Weitere Artikel|Gemeinderat beschließt|Meistgelesen|Cookies|Anna Müller/);
  });
});

describe('French regional page: update note at the top of the text, "Publié le …, mis à jour le …" row under the byline', () => {
  const record = extractPage('fr-update-note', 'https://www.courrierdumidi.example/economie/transports/greve-controleurs-aeriens-marseille-12-03-2023/');

  it('reads title, the two authors joined by "et", the day of publication, section and tags', () => {
    expect(record.title).toBe('Grève des contrôleurs aériens : plus de 300 vols annulés à Marseille');
    expect(record.authors).toEqual(['Claire Fabre', 'Mehdi Benali']);
    expect(record.publishedAt?.slice(0, 10)).toBe('2023-03-12');
    expect(record.language).toBe('fr');
    expect(record.section).toBe('Économie');
    expect(record.tags).toEqual(['Grève', 'Aéroport Marseille-Provence', 'Transport aérien']);
  });

  it('reads the picture with its caption and credit', () => {
    expect(record.leadImage).toMatchObject({
      url: 'https://www.courrierdumidi.example/images/2023/03/12/aeroport-marignane.jpg',
      caption: 'Le hall des départs de l\'aéroport Marseille-Provence, dimanche après-midi.',
      credit: '© Photo Julien Garcia',
    });
  });

  it('keeps the update note, which is news, and drops the date row, the read-also box, reader reactions and most read', () => {
    const body = paragraphs(record);
    expect(body[0]).toMatch(/^La grève a provoqué/);
    expect(body[1]).toMatch(/^Mise à jour, lundi 9 h : la Direction générale/);
    expect(body).toHaveLength(6);
    expect(record.body).not.toMatch(/Publié le|À lire aussi|Grève SNCF|Réactions|Toujours les mêmes|Les plus lus|cookies/);
  });
});

describe('Dutch match report: label, byline-and-date row, score table between the intro and the text, standings rail', () => {
  const record = extractPage('nl-sport', 'https://www.dagbladnw.example/sport/voetbal/fc-polderstad-wint-derby~a8f21c/');

  it('reads title, author, date, language, section and tags', () => {
    expect(record.title).toBe('FC Polderstad wint derby na late goal van invaller De Vries');
    expect(record.authors).toEqual(['Sanne Bakker']);
    expect(record.publishedAt).toBe('2023-10-22T17:48:00+02:00');
    expect(record.language).toBe('nl');
    expect(record.section).toBe('Sport');
    expect(record.tags).toEqual(['FC Polderstad', 'SV Dijkwerd']);
  });

  it('reads the picture with caption and credit', () => {
    expect(record.leadImage).toMatchObject({
      url: 'https://images.dagbladnw.example/sport/2023/10/derby-de-vries.jpg',
      caption: 'Jelle de Vries juicht na zijn winnende doelpunt in de 88e minuut.',
      credit: 'Foto: Pro Shots / Erik Mol',
    });
  });

  it('reads intro, score and report without the byline row, the standings or the rail of other sports', () => {
    expect(record.body).toContain('FC Polderstad | 1 - 0 | SV Dijkwerd');
    expect(paragraphs(record).at(-1)).toMatch(/^Door de zege stijgt FC Polderstad/);
    expect(paragraphs(record)[0]).toMatch(/^FC Polderstad heeft zondag de derby/);
    expect(record.body).not.toMatch(/Voetbal|Sanne Bakker|om 17:48|Stand|VV Zeewolde|Schaatsseizoen/);
  });
});

describe('Polish page: JSON-LD credits the paper, the visible row names two writers joined by "i", a date-and-update row', () => {
  const record = extractPage('pl-news', 'https://www.gazetanadwislanska.example/wiadomosci/nowy-most-otwarty/ar/c1-17654321');

  it('reads the writers the page shows rather than the organization JSON-LD names, and the dates', () => {
    expect(record.title).toBe('Nowy most na Wiśle otwarty. Kierowcy czekali na niego siedem lat');
    expect(record.authors).toEqual(['Katarzyna Nowak', 'Piotr Zieliński']);
    expect(record.publishedAt).toBe('2023-09-15T12:30:00+02:00');
    expect(record.modifiedAt).toBe('2023-09-15T16:02:00+02:00');
    expect(record.language).toBe('pl');
    expect(record.tags).toEqual(['most', 'Wisła', 'inwestycje']);
  });

  it('reads lead and story without the date row, the read-also line, comments, recommendations or the RODO popup', () => {
    const body = paragraphs(record);
    expect(body[0]).toMatch(/^Przeprawa łączy dwie części miasta/);
    expect(body).toHaveLength(5);
    expect(record.body).not.toMatch(/aktualizacja|Czytaj także|Komentarze|Wreszcie|Polecane|RODO/);
    expect(imageUrls(record)).toEqual(['https://static.gazetanadwislanska.example/2023/09/most-otwarcie.jpg']);
  });
});

describe('Joomla local paper (Spanish): article-info list with "Escrito por" two authors joined by "y", hits counter, item image', () => {
  const record = extractPage('es-joomla', 'https://www.diariodelavega.example/local/1842-el-ayuntamiento-aprueba-el-plan-de-movilidad');

  it('reads the itemprop headline, both authors, the date, the language, keywords and the hits counter', () => {
    expect(record.title).toBe('El Ayuntamiento aprueba el plan de movilidad con 18 kilómetros de carril bici');
    expect(record.authors).toEqual(['Lucía Fernández', 'Pablo Ortega']);
    expect(record.publishedAt).toBe('2023-03-12T14:05:00+00:00');
    expect(record.language).toBe('es-ES');
    expect(record.tags).toEqual(['movilidad', 'carril bici', 'ayuntamiento']);
    expect(record.counters.views).toBe(2318);
  });

  it('reads the four paragraphs without the byline, the pager, most read or the cookie bar', () => {
    expect(record.body).toMatch(/El pleno del Ayuntamiento aprobó/);
    expect(paragraphs(record).at(-1)).toMatch(/^Las obras del primer tramo/);
    expect(record.body).not.toMatch(/Escrito por|Categoría|Visitas|Anterior|Siguiente|Lo más leído|cookies/);
  });

  it('reads the item image between the info list and the text', () => {
    expect(imageUrls(record)).toEqual(['https://www.diariodelavega.example/images/2023/03/carril-bici-avenida.jpg']);
    expect(record.leadImage?.alt).toBe('Carril bici en la avenida de la Constitución');
  });
});

describe('Italian opinion column: two columnists joined by "e" under the dek, pull quote, author bio box with photos', () => {
  const record = extractPage('it-opinion', 'https://www.gazzettappennino.example/opinioni/2023/05/21/treno-piccoli-paesi/');

  it('reads title, both columnists, date, language and section', () => {
    expect(record.title).toBe('Il treno che non passa più: perché i piccoli paesi restano soli');
    expect(record.authors).toEqual(['Giulia Ferrante', 'Paolo Rinaldi']);
    expect(record.publishedAt).toBe('2023-05-21T08:00:00+02:00');
    expect(record.language).toBe('it');
    expect(record.section).toBe('Opinioni');
  });

  it('reads the column with its quoted line, without the byline row, comments or other columns', () => {
    expect(record.body).toContain('Ma i passeggeri sono pochi anche perché i treni sono pochi, lenti e in orari impossibili.');
    expect(paragraphs(record)[0]).toBe('La chiusura delle linee secondarie non è una scelta tecnica, è una scelta politica.');
    expect(record.body).not.toMatch(/Il commento|di Giulia Ferrante e Paolo Rinaldi|Commenti|Sacrosanto|Altre opinioni|cookie/);
    expect(record.leadImage).toMatchObject({
      url: 'https://www.gazzettappennino.example/foto/2023/05/stazione-chiusa.jpg',
      caption: 'La stazione di Borgo Val di Sotto, chiusa dal 2019',
      credit: 'foto Ansa',
    });
  });

  it('reads the station picture and not the columnists\' head shots from the author box', () => {
    expect(imageUrls(record)).toEqual(['https://www.gazzettappennino.example/foto/2023/05/stazione-chiusa.jpg']);
  });
});

describe('UK tabloid: name and job title in one byline box, clock-first dates, READ MORE links and a video in the text', () => {
  const record = extractPage('en-uk-tabloid', 'https://www.dailybeacon.example/news/uk-news/pensioner-finds-ww2-shell-allotment-28411234');

  it('reads title, author, date, language, section and tags', () => {
    expect(record.title).toBe('Pensioner, 82, finds WW2 shell in allotment while digging potatoes');
    expect(record.authors).toEqual(['Chloe Barnes']);
    expect(record.publishedAt).toBe('2023-08-06T13:47:00+01:00');
    expect(record.language).toBe('en-GB');
    expect(record.section).toBe('UK News');
    expect(record.tags).toEqual(['Stockport', 'Greater Manchester Police', 'Gardening']);
  });

  it('reads the story without the byline box, the date row, READ MORE links, newsletter, most read or cookie notice', () => {
    const body = paragraphs(record);
    expect(body[1]).toMatch(/^A pensioner digging up potatoes/);
    expect(body.at(-1)).toBe('Mr Hollis said he would be back on his plot this week. "The potatoes still need digging," he said.');
    expect(record.body).not.toMatch(/Senior Reporter|13:47|READ MORE|Grenade|Watch: Bomb squad|Sign up|Most Read|Strictly|cookies/);
    expect(body).toHaveLength(8);
  });

  it('reads the picture in the article, served from a host whose name holds "beacon", with its caption and credit, and not the teaser\'s', () => {
    expect(record.images).toEqual([{
      url: 'https://i2-prod.dailybeacon.example/incoming/article28411234.ece/ALTERNATES/s615/0_shell.jpg',
      caption: 'The shell was found in a vegetable bed',
      alt: 'The shell was found in a vegetable bed',
      credit: 'Image: Greater Manchester Police',
    }]);
  });
});

describe('Q&A interview: "Interview by" byline, bold questions, pull quote, contributor box', () => {
  const record = extractPage('en-qa-interview', 'https://metroreview.example/interviews/layla-haddad-heat/');

  it('reads title, the interviewer as author, date, language and tags', () => {
    expect(record.title).toBe('‘We can’t out-build the heat’: A city planner on designing for 50°C summers');
    expect(record.authors).toEqual(['Ben Okafor']);
    expect(record.publishedAt).toBe('2023-07-21T06:00:00-04:00');
    expect(record.language).toBe('en');
    expect(record.tags).toEqual(['climate', 'urban planning', 'interviews']);
  });

  it('keeps the questions as paragraphs of the text, without the contributor box or the list of other interviews', () => {
    const body = paragraphs(record);
    expect(body).toContain('You often say that air conditioning is not a heat plan. Why?');
    expect(body).toContain('So what does work?');
    expect(body.at(-1)).toMatch(/^How little data there was on who gets hurt/);
    expect(record.body).not.toMatch(/Interview by|contributing editor|Also in The Interview|transit chief/);
  });

  it('reads the portrait between the dek and the text, and not the contributor\'s head shot', () => {
    expect(imageUrls(record)).toEqual(['https://metroreview.example/media/2023/07/haddad-portrait.jpg']);
    expect(record.images[0].caption).toMatch(/^Layla Haddad on a shaded street in her city’s old quarter\./);
  });
});

describe('Long read: kicker above the headline, many h2 sections, pull quote, a data table, photographer credited in the byline', () => {
  const record = extractPage('en-longread', 'https://northernquarterly.example/long-reads/2023/oct/28/last-ferrymen/');

  it('reads title, the writer without the photographer, date, language and section', () => {
    expect(record.title).toBe('The last ferrymen: how Britain\'s river crossings are disappearing');
    expect(record.authors).toEqual(['Eleanor Pike']);
    expect(record.publishedAt).toBe('2023-10-28T07:00:00+01:00');
    expect(record.language).toBe('en-GB');
    expect(record.section).toBe('Long reads');
    expect(record.tags).toEqual([]);
  });

  it('reads standfirst, sections and table without the kicker, the support plea or the other long reads', () => {
    const body = paragraphs(record);
    expect(body[0]).toMatch(/^Dozens of small ferries have closed since 2000/);
    expect(body).toEqual(expect.arrayContaining(['A network in retreat', 'The numbers', 'Who pays', 'What comes next']));
    expect(record.body).toContain('North West | 44 | 19 | 11');
    expect(body.at(-1)).toMatch(/^Ridley is not waiting/);
    expect(record.body).not.toMatch(/The long read|18 min read|reader-funded|lighthouse keepers/);
  });

  it('reads both pictures with their captions', () => {
    expect(imageUrls(record)).toEqual([
      'https://northernquarterly.example/img/2023/ferry-lead-2000.jpg',
      'https://northernquarterly.example/img/2023/ferry-ticket-900.jpg',
    ]);
    expect(record.images[1].caption).toMatch(/^The fare board at Hollin Ford\./);
  });
});

describe('Indonesian news page: "Baca juga" links in the text, "Penulis | Editor" credit line linked into the tag archive', () => {
  const record = extractPage('id-news', 'https://www.wartanusantara.example/ekonomi/2023/10/05/harga-beras-naik-200000-ton');

  it('reads title, writer, date, language and the tags, without the editor the credit line links as a tag', () => {
    expect(record.title).toBe('Harga Beras Naik, Pemerintah Guyur 200.000 Ton ke Pasar');
    expect(record.authors).toEqual(['Dimas Pratama']);
    expect(record.publishedAt).toBe('2023-10-05T10:15:00+07:00');
    expect(record.language).toBe('id');
    expect(record.tags).toEqual(['harga beras', 'bulog', 'inflasi']);
  });

  it('reads the picture with caption and credit, and the story without the read-also lines, the credit line or most popular', () => {
    expect(record.leadImage).toMatchObject({
      url: 'https://asset.wartanusantara.example/photo/2023/10/05/pasar-beras.jpg',
      caption: 'Pedagang menata karung beras di Pasar Induk Cipinang, Jakarta, Rabu (4/10/2023).',
      credit: 'WARTA NUSANTARA/ANDI SETIAWAN',
    });
    const body = paragraphs(record);
    expect(body[0]).toMatch(/^JAKARTA, Warta Nusantara - Pemerintah akan menyalurkan/);
    expect(body).toHaveLength(5);
    expect(record.body).not.toMatch(/Baca juga|Inflasi September|Penulis|Editor|Terpopuler|Gempa/);
  });
});

describe('Indian English daily: "Name | TNN | Updated: Mar 12, 2023, 14:05 IST" row, line-broken text, caption in an abbreviated class', () => {
  const record = extractPage('en-india-daily', 'https://www.deccanledger.example/cities/pune/pune-metro-second-line-june/articleshow/98765432.cms');

  it('reads title without the section and site, the writer without the agency desk, the IST date and the visible tags', () => {
    expect(record.title).toBe('Pune metro\'s second line to open by June, says MahaMetro chief');
    expect(record.authors).toEqual(['Ashwin Kulkarni']);
    expect(record.publishedAt).toBe('2023-03-12T14:05:00+05:30');
    expect(record.language).toBe('en');
    expect(record.tags).toEqual(expect.arrayContaining(['Pune metro', 'MahaMetro', 'Vanaz Ramwadi line']));
  });

  it('reads the picture with the caption from its abbreviated class, and the caption stays out of the text', () => {
    expect(record.images).toEqual([{
      url: 'https://images.deccanledger.example/img/98765432/Master.jpg',
      caption: 'A metro train on the elevated section near Garware College. (File photo)',
      alt: 'metro pune',
      credit: null,
    }]);
    expect(record.body).not.toContain('Garware College');
  });

  it('reads the line-broken text without the also-read link, the ad label, the top comment or trending', () => {
    const body = paragraphs(record);
    expect(body[1]).toMatch(/^PUNE: The second line of the Pune metro/);
    expect(record.body).toContain('The metro currently carries about 60,000 passengers on a weekday');
    expect(body.at(-1)).toMatch(/^The metro currently carries about 60,000 passengers/);
    expect(record.body).not.toMatch(/Also Read|PMPML|ADVERTISEMENT|Catch all the|Top Comment|Rahul S|TRENDING|Coastal road/);
  });
});

describe('Recipe blog post: Yoast graph with a Recipe node, affiliate disclosure, jump links, recipe card, comments with ratings', () => {
  const record = extractPage('en-recipe-blog', 'https://butterlanekitchen.example/lemon-ricotta-pancakes/');

  it('reads title, the author the graph names by reference, date, language, categories and tags', () => {
    expect(record.title).toBe('Easy Lemon Ricotta Pancakes (Fluffy & Light!)');
    expect(record.authors).toEqual(['Hannah Lowe']);
    expect(record.publishedAt).toBe('2022-03-14T13:30:00+00:00');
    expect(record.language).toBe('en-US');
    expect(record.categories).toEqual(['Breakfast', 'Brunch']);
    expect(record.tags).toEqual(['lemon', 'pancakes', 'ricotta']);
  });

  it('reads the post and its recipe card without the affiliate disclosure, the jump links, the comments or the sidebar', () => {
    const body = paragraphs(record);
    expect(body[0]).toMatch(/^Weekend breakfasts at our house mean pancakes/);
    expect(body).toEqual(expect.arrayContaining(['Tips for the fluffiest pancakes', '1 cup ricotta', 'Cook on a buttered griddle until golden.']));
    expect(record.body).not.toMatch(/affiliate links|Amazon Associate|Jump to Recipe|Print Recipe|Made these this morning|Get new recipes|Hi, I'm Hannah/);
    expect(imageUrls(record)).toEqual(['https://butterlanekitchen.example/wp-content/uploads/2022/03/lemon-ricotta-pancakes-stack.jpg']);
  });
});

describe('WordPress + Yoast graph: the article\'s author is an @id reference to a Person node elsewhere in the graph', () => {
  const record = extractPage('en-yoast-graph', 'https://riverbendcourier.example/2023/04/18/water-district-raises-rates/');

  it('reads the author through the graph reference, the dates, section, tags and the comment count', () => {
    expect(record.title).toBe('Valley water district raises rates for the first time in a decade');
    expect(record.authors).toEqual(['Dana Whitfield']);
    expect(record.publishedAt).toBe('2023-04-18T16:12:40+00:00');
    expect(record.modifiedAt).toBe('2023-04-19T09:03:11+00:00');
    expect(record.language).toBe('en-US');
    expect(record.siteName).toBe('Riverbend Courier');
    expect(record.section).toBe('Local News');
    expect(record.tags).toEqual(['utilities', 'water rates']);
    expect(record.counters.comments).toBe(3);
  });

  it('reads the featured picture and the five paragraphs, without the related line, sharing, author box, related posts, comments or cookie bar', () => {
    expect(imageUrls(record)).toEqual(['https://riverbendcourier.example/wp-content/uploads/2023/04/reservoir-1200x800.jpg']);
    const body = paragraphs(record);
    expect(body).toHaveLength(5);
    expect(body[0]).toMatch(/^The Valley Water District board voted 4-1/);
    expect(record.body).not.toMatch(/RELATED|Pipe break|Share this|Published by|View all posts|Two newcomers|Where does it end|Library extends|cookies/);
  });
});

describe('Next.js page: thin server-rendered markup, the record in __NEXT_DATA__ and JSON-LD, a lazy hero image with a <noscript> copy', () => {
  const record = extractPage('en-nextjs', 'https://signaltech.example/energy/sodium-ion-startups');

  it('reads title, author, dates, language, section and tags', () => {
    expect(record.title).toBe('Startups race to build batteries without lithium');
    expect(record.authors).toEqual(['Priya Raman']);
    expect(record.publishedAt).toBe('2024-02-05T11:00:00+00:00');
    expect(record.modifiedAt).toBe('2024-02-05T14:30:00+00:00');
    expect(record.language).toBe('en');
    expect(record.section).toBe('Energy');
    expect(record.tags).toEqual(['batteries', 'sodium-ion', 'startups']);
  });

  it('reads the hero picture from its <noscript> copy with caption and credit, and the text without the newsletter promo or the recirculation', () => {
    expect(record.leadImage).toMatchObject({
      caption: 'Sodium-ion cells on a pilot line in Ohio.',
      credit: 'Photo: Nadia Brooks for Signal Tech',
    });
    expect(record.leadImage?.url).toMatch(/sodium-cells\.jpg/);
    const body = paragraphs(record);
    expect(body).toHaveLength(6);
    expect(body[0]).toBe('Sodium-ion cells are cheaper and safer. Can they scale?');
    expect(record.body).not.toMatch(/The Grid|Subscribe|6 min read|chip export|lunar lander/);
  });
});

describe('Press release on a wire site: "News provided by", "CITY, date /Wire/ --" lead, boilerplate, media contact, SOURCE line', () => {
  const record = extractPage('en-press-release', 'https://www.bizwirereleases.example/news-releases/northwind-robotics-series-c-301818181.html');

  it('reads title and date, and credits no person: the company issued it', () => {
    expect(record.title).toBe('Northwind Robotics Announces $85 Million Series C to Expand Warehouse Automation');
    expect(record.authors).toEqual([]);
    expect(record.publishedAt?.slice(0, 10)).toBe('2023-05-09');
    expect(record.language).toBe('en-US');
  });

  it('reads the subhead and the release text without the media contact, the SOURCE line or the other releases', () => {
    const body = paragraphs(record);
    expect(body[0]).toBe('Round led by Harbor Peak Ventures; funds to triple manufacturing capacity');
    expect(body[1]).toMatch(/^PITTSBURGH, May 9, 2023 \/BizWire\/ -- Northwind Robotics/);
    expect(record.body).toContain('Northwind\'s systems are deployed in more than 140 distribution centers');
    expect(record.body).not.toMatch(/press@northwindrobotics|\+1 412|SOURCE Northwind|Acme Logistics|GreenPack/);
  });
});

describe('Podcast episode page: PodcastEpisode JSON-LD, player and subscribe links, a transcript with speaker labels', () => {
  const record = extractPage('en-podcast', 'https://lakesidepublic.example/podcasts/pocketbook/112-grocery-bill');

  it('reads the episode title, its day, language and the declared picture', () => {
    expect(record.title).toBe('Why your grocery bill is still going up');
    expect(record.publishedAt?.slice(0, 10)).toBe('2023-09-14');
    expect(record.language).toBe('en-US');
    expect(record.leadImage?.url).toBe('https://lakesidepublic.example/images/pocketbook-ep112-1400.jpg');
  });

  it('reads the description and the transcript with its speaker labels, without the series kicker, subscribe links or other episodes', () => {
    const body = paragraphs(record);
    expect(body).toContain('MENON: Store brands are the big one. They are often made in the same plants as the name brands and cost twenty or thirty percent less.');
    expect(record.body).toMatch(/Inflation has cooled, but food prices keep climbing\. Host Mia Castillo asks/);
    expect(record.body).not.toMatch(/The Pocketbook Podcast|Apple Podcasts|Spotify|Is renting really|credit score myths/);
  });
});
