/**
 * Held-out robustness, article-like pages that are not newsroom articles: pages made with site builders (Wix,
 * Squarespace, Jimdo, Elementor, Shopify) and CMSs (TYPO3, Drupal, phpBB, Docusaurus, WordPress plugins) for
 * municipalities, universities, associations, shops, forums, documentation, events, recipes, glossaries, FAQs and
 * health guides, each written by hand with the chrome such pages carry (cookie banners of several kinds, mega
 * menus, donate and newsletter boxes, product cards, author and reviewer boxes, footers with addresses). Each test
 * states the record a reader expects from the page, field by field.
 */
import { heldoutPageReader, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-sites');

describe('Municipal FAQ page (Dutch): questions as accordion buttons, answers in panels hidden until opened', () => {
  const record = extractPage('nl-faq', null);

  it('reads title, language and the page\'s "last changed" line as its date', () => {
    expect(record.title).toBe('Veelgestelde vragen over de afvalpas');
    expect(record.language).toBe('nl-NL');
    expect(record.publishedAt).toBe('2024-02-07T00:00:00+01:00');
    expect(record.authors).toEqual([]);
  });

  it('reads every question and its answer, without the cookie bar, search box, menu or footer', () => {
    const body = paragraphs(record);
    expect(body[0]).toMatch(/^Met de afvalpas opent u de ondergrondse containers/);
    expect(body.slice(1, 9)).toEqual([
      'Hoe vraag ik een afvalpas aan?',
      'U vraagt de afvalpas aan via het digitale loket met DigiD. U krijgt de pas binnen tien werkdagen per post thuisgestuurd. Elk huishouden krijgt één pas.',
      'Wat kost een nieuwe afvalpas?',
      'De eerste pas is gratis. Bent u uw pas kwijt of is hij kapot, dan kost een vervangende pas 15 euro. De oude pas wordt direct geblokkeerd.',
      'Ik ga verhuizen. Wat moet ik met mijn pas doen?',
      expect.stringMatching(/^Verhuist u binnen de gemeente/),
      'Hoe vaak mag ik naar het afvalbrengstation?',
      expect.stringMatching(/^Met de afvalpas mag u twaalf keer per jaar/),
    ]);
    expect(record.body).not.toMatch(/cookies|Waar bent u naar op zoek|Paspoort, ID-kaart|Postbus 100|Proclaimer|laatst gewijzigd|Heeft deze informatie/);
  });
});

describe('Glossary entry (German): definition box, A–Z index, update line that names the writer last, rate box', () => {
  const record = extractPage('de-glossar', 'https://www.zinsblick.example/lexikon/grundschuld');

  it('reads the term as the title, and the writer and date from the "last updated … by" line', () => {
    expect(record.title).toBe('Grundschuld');
    expect(record.authors).toEqual(['Felix Brandt']);
    expect(record.publishedAt).toBe('2023-08-02T00:00:00+02:00');
    expect(record.language).toBe('de');
  });

  it('reads the definition and the entry, without the update line, the related terms, the rating, the rate table or the consent text', () => {
    const body = paragraphs(record);
    expect(body[0]).toMatch(/^Definition: Die Grundschuld ist ein Pfandrecht/);
    expect(body.at(-1)).toMatch(/verlangen Käufer in der Regel, dass sie gelöscht wird\.$/);
    expect(body).toContain('Löschung der Grundschuld');
    expect(record.body).not.toMatch(/Zuletzt aktualisiert|Verwandte Begriffe|Beleihungswert|Bewertungen|Bauzinsen heute|Zustimmen|Lexikon A–Z/);
  });
});

describe('Elementor blog post (Dutch): every heading and text in a widget of its own, sections side by side, CTA and share widgets', () => {
  const record = extractPage('nl-elementor-blog', 'https://www.bouwbureauvandam.example/blog/jaren-30-woning-verduurzamen/');

  it('reads title, author, date, language and the tags of the post-info widget', () => {
    expect(record.title).toBe('Zo verduurzaam je een jaren-30-woning stap voor stap');
    expect(record.tags).toEqual(['Isolatie', 'Warmtepomp', 'Jaren 30']);
    expect(record.authors).toEqual(['Ruben van Dam']);
    expect(record.publishedAt).toBe('2023-06-20T08:30:00+02:00');
    expect(record.language).toBe('nl-NL');
  });

  it('reads the text across its sections with the headings of their heading widgets, without the call to action, share buttons or related posts', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(9);
    expect(body[0]).toMatch(/^Jaren-30-woningen zijn geliefd/);
    expect([body[1], body[4], body[6]]).toEqual(['Stap 1: eerst de schil', 'Stap 2: ventileren', 'Stap 3: de warmtepomp']);
    expect(body[8]).toMatch(/onnodig grote pomp\.$/);
    expect(record.body).not.toMatch(/Benieuwd|adviesgesprek|Delen op|Lees ook|spouwmuurisolatie in 2023|Havenstraat|cookies/);
  });

  it('reads the featured picture and the captioned picture beside the text', () => {
    expect(record.images.map((image) => image.url)).toEqual([
      'https://www.bouwbureauvandam.example/wp-content/uploads/2023/06/jaren30-gevel-1024x576.jpg',
      'https://www.bouwbureauvandam.example/wp-content/uploads/2023/06/ventilatierooster-600x400.jpg',
    ]);
    expect(record.images[1].caption).toBe('Een ventilatierooster in het bovenlicht valt nauwelijks op.');
  });
});

describe('Pharmacy health guide (German): author and medical reviewer boxes, table of contents, product teaser, "Stand:" line at the foot', () => {
  const record = extractPage('de-gesundheitsratgeber', 'https://www.apotheke-am-markt.example/ratgeber/eisenmangel');

  it('reads the title, the writer (not the reviewer) and the date of the "Stand:" line', () => {
    expect(record.title).toBe('Eisenmangel: Symptome, Ursachen und was wirklich hilft');
    expect(record.authors).toEqual(['Katrin Vogt']);
    expect(record.publishedAt).toBe('2023-03-14T00:00:00+01:00');
    expect(record.language).toBe('de');
  });

  it('reads the guide from its introduction, without the author and reviewer lines, the contents, the product teaser, the sidebar or the consent text', () => {
    const body = paragraphs(record);
    expect(body[0]).toMatch(/^Eisenmangel ist der häufigste Nährstoffmangel weltweit\./);
    expect(body).toContain('Woran erkenne ich Eisenmangel?');
    expect(body).toContain('Was hilft bei Eisenmangel?');
    expect(record.body).not.toMatch(/Autorin|Medizinisch geprüft|Inhaltsverzeichnis|Passende Produkte|In den Warenkorb|12,95|Beliebte Ratgeber|Gutschein|Cookies|Packungsbeilage/);
  });
});

describe('Wix blog post (German): generated class names, post details as a list above the headline, share and like buttons, recent posts, comments', () => {
  const record = extractPage('de-wix-blog', 'https://www.gartenwerkstatt-lindenhof.example/post/warum-wir-im-herbst-obstbaeume-pflanzen');

  it('reads title, author, date, tags and the counters the post shows', () => {
    expect(record.title).toBe('Warum wir im Herbst Obstbäume pflanzen');
    expect(record.authors).toEqual(['Hanna Lindner']);
    expect(record.publishedAt).toBe('2023-10-17T10:12:44+02:00');
    expect(record.language).toBe('de');
    expect(record.tags).toEqual(['Obstbaum', 'Pflanzzeit', 'Herbst']);
    expect(record.counters).toEqual({ views: 87, comments: 2 });
  });

  it('reads the post from its first paragraph, without the date of the details row, the buttons, recent posts, comments, footer or consent text', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(6);
    expect(body[0]).toMatch(/^Der Herbst ist die beste Pflanzzeit/);
    expect(body[2]).toBe('Das Pflanzloch');
    expect(body[5]).toMatch(/^Unser nächster Pflanzkurs/);
    expect(record.body).not.toMatch(/Okt\. 2023|Lesezeit|Facebook|Gefällt mir|Aktuelle Beiträge|Rosen richtig schneiden|Kirschen|Lindenweg|Cookies/);
  });

  it('reads the captioned picture, not the avatar or the recent posts\' thumbnails', () => {
    expect(record.images).toEqual([{
      url: 'https://static.wixstatic.example/media/a1b2c3_4c5d6e~mv2.jpg/v1/fill/w_740,h_493/a1b2c3_4c5d6e~mv2.jpg',
      caption: 'Ein frisch gesetzter Apfelbaum mit Stützpfahl und Gießrand', alt: 'Junger Apfelbaum mit Stützpfahl', credit: null,
    }]);
  });
});

describe('TYPO3 municipal news item (German): tx_news detail with microdata, mega menu, breadcrumbs, "more news" list with dates, address footer', () => {
  const record = extractPage('de-typo3-gemeinde', 'https://www.gemeinde-hohenfels.example/rathaus/aktuelles/detail/sperrung-der-ortsdurchfahrt-ab-4-maerz');

  it('reads title, date, language and the labelled categories (not the breadcrumb trail), and credits no one', () => {
    expect(record.title).toBe('Sperrung der Ortsdurchfahrt ab 4. März');
    expect(record.categories).toEqual(['Verkehr', 'Bauen']);
    expect(record.publishedAt).toBe('2024-02-21T00:00:00+01:00');
    expect(record.language).toBe('de');
    expect(record.authors).toEqual([]);
  });

  it('reads the picture with its caption and the credit set apart in parentheses', () => {
    expect(record.leadImage).toEqual({
      url: 'https://www.gemeinde-hohenfels.example/fileadmin/_processed_/3/a/csm_Baustelle_Hauptstrasse_4e2f1a9b3c.jpg',
      caption: 'Die Hauptstraße wird zwischen Kirchplatz und Mühlweg gesperrt.', alt: null, credit: 'Foto: Gemeinde Hohenfels',
    });
  });

  it('reads the teaser and the four paragraphs, without the files box, the back link, the other news, the opening hours, menu or footer', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(5);
    expect(body[0]).toMatch(/^Wegen der Erneuerung der Wasserleitung/);
    expect(body[4]).toMatch(/^Für Fragen steht das Bauamt/);
    expect(record.body).not.toMatch(/Umleitungsplan|Zurück|Gemeinderatssitzung|Öffnungszeiten|Bürgerservice A–Z|Rathausplatz 1|Barrierefreiheit/);
  });
});

describe('phpBB forum thread (German): the first post is the content, poster row, signature, replies, who-is-online box', () => {
  const record = extractPage('de-forum-thread', 'https://www.haustechnik-forum.example/viewtopic.php?t=48211');

  it('reads the topic as the title (the h1 is the forum\'s name) and the first post\'s time', () => {
    expect(record.title).toBe('Heizungsthermostat zeigt falsche Temperatur an');
    // Without the address, the topic's h2 repeating the rest of <title> shows the h1 is the forum's banner.
    expect(extractPage('de-forum-thread', null).title).toBe('Heizungsthermostat zeigt falsche Temperatur an');
    expect(record.publishedAt).toBe('2023-01-09T20:41:23+01:00');
    expect(record.language).toBe('de');
  });

  it('reads the first post without its poster row and signature, and without the replies, the forum chrome or the footer', () => {
    const body = paragraphs(record);
    expect(body[0]).toBe('Hallo zusammen,');
    expect(body).toContain('Hat jemand eine Idee, woran das liegen kann? Das Modell ist etwa drei Jahre alt.');
    // The sign-off's two lines, one <br> apart, stay one paragraph.
    expect(body.at(-1)).toBe('Danke und Gruß\nRalf');
    expect(record.body).not.toMatch(/altbau_ralf|Gasbrennwert|Vorhang ist dein Problem|zurückgebunden|Wer ist online|Schnellzugriff|Antworten|phpBB/);
  });
});

describe('Recipe blog post (Spanish): affiliate disclosure, jump-to-recipe links, ad box, recipe card, author box, long comment thread', () => {
  const record = extractPage('es-receta-blog', 'https://lacocinadelucia.example/tortilla-de-patatas-jugosa/');

  it('reads title, author, the publication (not the update) date and the two categories', () => {
    expect(record.title).toBe('Tortilla de patatas jugosa (la receta de mi abuela)');
    expect(record.authors).toEqual(['Lucía Fernández']);
    expect(record.publishedAt).toBe('2022-02-08T07:00:00+00:00');
    expect(record.language).toBe('es');
    expect(record.categories).toEqual(['Huevos', 'Recetas tradicionales']);
    expect(record.counters.comments).toBe(3);
  });

  it('reads the post and its recipe card, without the disclosure, the jump links, the ad label, the author box, comments, sidebar or consent text', () => {
    const body = paragraphs(record);
    expect(body[0]).toMatch(/^Si hay un plato que en mi casa nunca falla/);
    expect(body).toContain('Los trucos de la abuela');
    expect(body).toContain('Ingredientes');
    expect(body).toContain('6 huevos');
    expect(record.body).not.toMatch(/afiliados|@lacocinadelucia|Saltar a la receta|Imprimir receta|Publicidad|Sobre Lucía|Marisa|patatas nuevas|Deja una respuesta|Últimas recetas|cookies|57 votos/);
  });

  it('reads the captioned picture in the post', () => {
    expect(record.images.map((image) => [image.url, image.caption])).toEqual([
      ['https://lacocinadelucia.example/wp-content/uploads/2022/02/tortilla-patatas-corte-800x533.jpg', 'Así tiene que quedar por dentro: cuajada pero jugosa.'],
    ]);
  });
});

describe('Jimdo club page (German): a module per block, cookie notice as a long text block at the top, nested menu, "Stand:" line, dates sidebar', () => {
  const record = extractPage('de-jimdo-verein', 'https://www.tsv-gruenwiesen.example/aktuelles/neuer-trainingsplatz/');

  it('reads the title, the date of the "Stand:" line, and no author', () => {
    expect(record.title).toBe('Neuer Trainingsplatz eingeweiht');
    expect(record.publishedAt).toBe('2023-10-12T00:00:00+02:00');
    expect(record.authors).toEqual([]);
    expect(record.language).toBe('de-DE');
  });

  it('reads the captioned picture with its credit', () => {
    expect(record.leadImage).toMatchObject({
      caption: 'Bürgermeisterin Petra Hausmann (Mitte) und der Vorstand beim Durchschneiden des Bandes.', credit: 'Foto: TSV',
    });
  });

  it('reads the four paragraphs, without the cookie text, the menu, the share buttons, the dates sidebar or the footer', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(4);
    expect(body[0]).toMatch(/^Nach zwei Jahren Planung und Bauzeit/);
    expect(body[3]).toMatch(/auch hier veröffentlicht\.$/);
    expect(record.body).not.toMatch(/Cookie|Tischtennis|Laternenlauf|Trainingszeiten|Sportplatzweg|E-Mail|Stand:/);
  });
});

describe('University news page (English): campus alert bar, utility and mega menus, eyebrow topic, media contact, related stories', () => {
  const record = extractPage('en-university-news', 'https://news.northfield.example/2024/05/student-built-satellite-first-signals');

  it('reads title, writer, date, site name and tags', () => {
    expect(record.title).toBe('Student-built satellite sends first signals from orbit');
    expect(record.authors).toEqual(['Dana Whitfield']);
    expect(record.publishedAt).toBe('2024-05-14T12:00:00+00:00');
    expect(record.siteName).toBe('Northfield University');
    expect(record.tags).toEqual(['Engineering', 'Space', 'Undergraduate research']);
  });

  it('reads the hero picture with caption and credit', () => {
    expect(record.leadImage).toEqual({
      url: 'https://news.northfield.example/sites/default/files/styles/hero/public/2024-05/cubesat-team.jpg',
      caption: 'Members of the CubeSat team with the flight unit before it was shipped to the launch provider.',
      alt: 'Five students hold a small satellite in a clean room', credit: 'Photo by Luis Ortega',
    });
  });

  it('reads the five paragraphs, without the alert bar, menus, media contact, share tools, related stories, footer or cookie popup', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(5);
    expect(body[0]).toMatch(/^At 4:17 a\.m\. on Sunday/);
    expect(body[4]).toMatch(/Everything we learn from here is a bonus\."$/);
    expect(record.body).not.toMatch(/Commencement|Graduate programs|Media contact|555-0142|Share this story|Rocket club|College Avenue|cookies/);
  });
});

describe('NGO campaign page (German): hero with lead, facts row, testimonial, donate form with progress bar, detailed consent dialog', () => {
  const record = extractPage('de-ngo-kampagne', 'https://www.brunnen-fuer-alle.example/kampagnen/wasser-fuer-schulen-malawi');

  it('reads the title, the page\'s date from its structured data, and no author', () => {
    expect(record.title).toBe('Sauberes Wasser für Schulen in Malawi');
    expect(record.publishedAt).toBe('2023-09-05T10:00:00+02:00');
    expect(record.authors).toEqual([]);
    expect(record.language).toBe('de');
  });

  it('reads the lead, the sections with their headings and the testimonial, without the donate box, newsletter, other campaigns or consent text', () => {
    const body = paragraphs(record);
    expect(body[0]).toBe('Über 40 Schulen im Süden Malawis haben keinen Zugang zu sauberem Trinkwasser. Gemeinsam können wir das ändern.');
    expect(body).toEqual(expect.arrayContaining(['Warum Schulen?', 'Was wir tun', 'So hilft Ihre Spende', '„Seit wir den Brunnen haben, fehlt kaum noch ein Kind im Unterricht.“']));
    expect(body.at(-1)).toMatch(/Bohrkosten für einen Brunnen\.$/);
    expect(record.body).not.toMatch(/Betrag wählen|Weiter zur Zahlung|gesammelt|steuerlich absetzbar|Abonnieren|Uganda|Privatsphäre|IBAN/);
  });
});

describe('Corporate newsroom press release (English): mega menu, dateline, boilerplate "About" block and media contact, downloads, latest releases', () => {
  const record = extractPage('en-press-release', 'https://newsroom.brightwell.example/press-releases/2024/brightwell-opens-battery-recycling-plant-ohio/');

  it('reads title, date, section and no author', () => {
    expect(record.title).toBe('Brightwell Energy Opens Battery Recycling Plant in Ohio');
    expect(record.publishedAt).toBe('2024-06-11T13:00:00+00:00');
    expect(record.section).toBe('Press Releases');
    expect(record.authors).toEqual([]);
    expect(record.leadImage?.url).toBe('https://newsroom.brightwell.example/wp-content/uploads/2024/06/ohio-plant-exterior.jpg');
  });

  it('reads the release from its dateline, without the media contact, downloads, share links, latest releases or the cookie banner', () => {
    const body = paragraphs(record);
    expect(body).toContainEqual(expect.stringMatching(/^LORDSTOWN, Ohio, June 11, 2024 – Brightwell Energy today opened/));
    expect(body).toContainEqual(expect.stringMatching(/^"Every tonne of metal we recover here/));
    expect(record.body).not.toMatch(/Jordan Lee|press@|Fact sheet|Print|First Quarter 2024 Results|Grid storage|Accept All Cookies|Lincoln Street/);
  });
});

describe('Shopify blog article (English): announcement bar, product cards with prices inside the text, tags, comments and comment form, product grid', () => {
  const record = extractPage('en-shopify-blog', 'https://hillsidecoffee.example/blogs/brew-guides/how-to-brew-pour-over-coffee');

  it('reads title, author, date, tags and the comment count', () => {
    expect(record.title).toBe('How to Brew Pour-Over Coffee at Home');
    expect(record.authors).toEqual(['Sam Whitaker']);
    expect(record.publishedAt).toBe('2023-11-13T10:00:00+00:00');
    expect(record.tags).toEqual(['pour-over', 'brewing']);
    expect(record.counters.comments).toBe(2);
  });

  it('reads the guide without the product cards, prices and cart buttons, the comments or the shop chrome', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(8);
    expect(body[0]).toMatch(/^A good pour-over is less about equipment/);
    expect(body.at(-1)).toBe('Taste it, write down what you did, and change one thing at a time. That is the whole secret.');
    expect(record.body).not.toMatch(/\$\d|Add to cart|Ethiopia Guji|Ceramic Dripper|V60|Leave a comment|Brew it with|Free shipping|Powered by/);
    expect(record.images.map((image) => image.url)).not.toContainEqual(expect.stringContaining('/products/'));
  });
});

describe('Docusaurus docs page (English): sidebar, breadcrumbs, table of contents, code block, admonition, footnote, "edit this page", pager', () => {
  const record = extractPage('en-docs-page', 'https://docs.pipewright.example/docs/guides/retries');

  it('reads the title without the docs site\'s name, and the last-updated date', () => {
    expect(record.title).toBe('Configuring retries');
    expect(record.publishedAt?.slice(0, 10)).toBe('2024-02-06');
    expect(record.language).toBe('en');
  });

  it('reads the page\'s text with its headings, without the sidebar, table of contents, edit link, pager or footer', () => {
    const body = paragraphs(record);
    expect(body[0]).toMatch(/^Network calls fail, runners get preempted/);
    expect(body).toEqual(expect.arrayContaining(['Defaults', 'Changing the number of attempts', 'Retrying other errors']));
    expect(body).toContain('Retrying a deploy step can deploy twice. Make deploy steps idempotent before you raise their attempts.');
    expect(record.body).not.toMatch(/Managing secrets|Caching|On this page|Edit this page|Last updated|Pipewright 2\.0 is out|Discord|Copy/);
  });
});

describe('Municipal event page (French): event details block, Event structured data, tarteaucitron banner, calendar links, event pager', () => {
  const record = extractPage('fr-evenement', 'https://www.saint-aurele.example/agenda/nuit-des-musees-2024/');

  it('reads the page\'s publication date, not the event\'s date', () => {
    expect(record.title).toBe('Nuit des musées 2024 : visites nocturnes gratuites au musée des Beaux-Arts');
    expect(record.publishedAt).toBe('2024-04-29T09:15:00+00:00');
    expect(record.language).toBe('fr-FR');
  });

  it('reads the four paragraphs, without the consent banner, menus, calendar links, event pager or town hall footer', () => {
    const body = paragraphs(record);
    expect(body[0]).toMatch(/^Pour la 20e édition de la Nuit européenne des musées/);
    expect(body).toContainEqual(expect.stringMatching(/^L'entrée est libre et sans réservation/));
    expect(record.body).not.toMatch(/services tiers|Tout accepter|Démarches administratives|Google Agenda|Marché aux fleurs|place de la République|Tous les événements/);
  });
});

describe('Squarespace blog post (English): announcement bar, folder menu, image block between HTML blocks, newsletter block, tags, pager', () => {
  const record = extractPage('en-squarespace-blog', 'https://www.tallowandthread.example/journal/five-lessons-first-year-wholesale');

  it('reads title without the site name, author, date and tags', () => {
    expect(record.title).toBe('Five Lessons From Our First Year of Wholesale');
    expect(record.authors).toEqual(['Maya Okafor']);
    expect(record.publishedAt).toBe('2023-03-27T14:05:11+01:00');
    expect(record.tags).toEqual(['wholesale', 'small business', 'candles']);
  });

  it('reads the captioned image block', () => {
    expect(record.images).toEqual([{
      url: 'https://images.squarespace-cdn.example/content/v1/5f1a/shelves/studio-shelves.jpg', caption: 'Packed orders waiting for the courier in the studio.', alt: null, credit: null,
    }]);
  });

  it('reads the text across its HTML blocks, without the details row, the newsletter block, the pager, the footer or the cookie banner', () => {
    const body = paragraphs(record);
    expect(body[0]).toMatch(/^A year ago we signed our first wholesale order/);
    expect(body).toContain('5. Visit the shops');
    expect(body.at(-1)).toMatch(/began as their suggestions\.$/);
    expect(record.body).not.toMatch(/3\/27\/23|Join the studio letter|Sign Up|Previous|Behind the wax|Mill Lane|cookies|Free UK shipping/);
  });
});

describe('Webflow blog post (English): consent text in unnamed boxes, category pill, meta row, rich-text block, sidebar column with an about box, CMS collection list', () => {
  const record = extractPage('en-webflow-blog', 'https://www.quietdesk.example/journal/why-we-switched-to-a-four-day-week');

  it('reads title, writer, date and the category', () => {
    expect(record.title).toBe('Why we switched to a four-day week');
    expect(record.authors).toEqual(['Tomás Ferreira']);
    expect(record.publishedAt).toBe('2023-03-14T00:00:00+00:00');
    expect(record.categories).toEqual(['Culture']);
  });

  it('reads the hero and the captioned picture of the post, not the about box\'s portrait or the cards\' thumbnails', () => {
    expect(record.images.map((image) => image.url)).toEqual([
      'https://cdn.prod.website-files.example/63f1a2b3/6410a1b2_four-day-week-hero.jpg',
      'https://cdn.prod.website-files.example/63f1a2b3/6410a2c3_planning-wall.jpg',
    ]);
  });

  it('reads the post, without the consent text, the meta row, the share links, the about box, the subscribe form or the other posts', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(9);
    expect(body[0]).toMatch(/^Last autumn we ran an experiment/);
    expect(body[8]).toMatch(/made everyone braver\.$/);
    expect(record.body).not.toMatch(/cookies|min read|Share this post|About Quiet Desk|Meet the team|Subscribe|Oops|More from the journal|museums|Rua das Flores/);
  });
});

describe('Job-advice guide (German): privacy layer, job search in the header, dates row, contents box, call-to-action box in the text, author card, job teasers', () => {
  const record = extractPage('de-karriere-ratgeber', 'https://www.jobweiser.example/ratgeber/gehaltsverhandlung-tipps');

  it('reads title, the writer from the author card, the publication (not the update) date and the site name', () => {
    expect(record.title).toBe('Gehaltsverhandlung: 7 Tipps für mehr Geld im Job');
    expect(record.authors).toEqual(['Miriam Ochs']);
    expect(record.publishedAt).toBe('2023-03-12T00:00:00+01:00');
    expect(record.siteName).toBe('JobWeiser');
  });

  it('reads the lead and the sections with their headings, without the dates row, the contents box, the call-to-action box or the teasers', () => {
    const body = paragraphs(record);
    expect(body[0]).toMatch(/^Wer nicht fragt, bekommt nichts/);
    expect(body).toEqual(expect.arrayContaining(['Der richtige Zeitpunkt', 'Den eigenen Marktwert kennen', 'Das Gespräch', 'Fazit']));
    expect(body).toContainEqual(expect.stringMatching(/^Eine Gehaltsverhandlung ist keine Bitte/));
    expect(record.body).not.toMatch(/Veröffentlicht:|Inhalt\n|Was verdienen Sie|Zum Gehaltsvergleich|Das könnte Sie auch|Sachbearbeiter|Privatsphäre|Jobs finden|Schanzenstraße/);
  });
});
