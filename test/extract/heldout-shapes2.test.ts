/**
 * Held-out story shapes beyond one column of paragraphs: live blogs (posts as <div>s with a metadata row, as <div>s
 * titled by a bold paragraph, and as <article>s whose <header> holds the post's time and title), a ranked list,
 * interviews whose questions are <h3>s or bold "P:" lines, an explainer of <details> accordions under a "Key points"
 * list, and the corrections and editor's notes newsrooms set at the top or the bottom of a story, in a paragraph or
 * in an <aside> of their own.
 *
 * What a reader expects of a live blog: the posts in page order, each its title and then its text; no jump menu
 * ("Key events", "Highlights"), no "Load more" or "Show newer posts" controls (buttons or links), no "Pinned" badge.
 * A post's time stamp ("4:12 p.m.", "17:45 Uhr", "10h42", "11.40 GMT") is dropped, as every bare date or time line
 * of a body is: the record has no place for it, and alone on its line it is the post's metadata, not its words.
 *
 * Each page is read with its URL and without one, as the grader reads it.
 */
import type { ArticleRecord } from '../../lambdas/extract';
import { type ExpectedParagraph, expectParagraphsInOrder, heldoutPageReader, imageUrls, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-shapes2');

interface ShapePage {
  name: string;
  url: string;
  title: string;
  authors: string[];
  publishedAt: string;
  language: string;
  first: ExpectedParagraph;
  last: ExpectedParagraph;
  paragraphCount: number;
  /** Paragraphs between the first and the last, in order. */
  holds: ExpectedParagraph[];
  /** Fragments the body's HTML must contain, where the shape shows in it. */
  htmlHolds?: string[];
  /** What must stay out of the body. */
  notInBody: RegExp;
  images: string[];
}

function describePage(summary: string, page: ShapePage): void {
  describe(summary, () => {
    const records: Array<[string, ArticleRecord]> = [
      ['with its URL', extractPage(page.name, page.url)],
      ['without a URL', extractPage(page.name, null)],
    ];
    it.each(records)('reads the title, writers, date and language %s', (_, record) => {
      expect(record.title).toBe(page.title);
      expect(record.authors).toEqual(page.authors);
      expect(record.publishedAt).toBe(page.publishedAt);
      expect(record.language).toBe(page.language);
    });
    it.each(records)('starts and ends where the story does, with its parts in order %s', (_, record) => {
      const body = paragraphs(record);
      expectParagraphsInOrder(body.slice(0, 1), [page.first]);
      expectParagraphsInOrder(body.slice(-1), [page.last]);
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
    it.each(records)('keeps the pictures of the story %s', (_, record) => expect(imageUrls(record)).toEqual(page.images));
  });
}

describePage('German live blog: <div class="liveblog-entry"> posts under a "Highlights" menu, a pinned summary, a tweet, an ad slot, buttons for newer and older posts', {
  name: 'de-liveblog', url: 'https://www.md-rundschau.example/region/hochwasser-elster-newsblog-14-februar-id4471203.html',
  title: 'Hochwasser an der Elster: Pegel in Wendorf sinkt langsam – der Newsblog', authors: ['Katrin Wolters'], publishedAt: '2026-02-14T06:30:00+01:00', language: 'de',
  first: 'Nach tagelangem Regen ist die Weiße Elster über die Ufer getreten. Wir berichten den ganzen Tag über die Lage in Wendorf und den Nachbarorten.',
  last: 'Guten Morgen aus Wendorf. Die Nacht am Deich war lang, aber ruhig. Wir halten Sie in diesem Newsblog den ganzen Tag über die Hochwasserlage auf dem Laufenden.',
  paragraphCount: 16,
  holds: [
    'Das Wichtigste in Kürze', /^Der Pegel in Wendorf lag am Morgen bei 4,12 Metern/, /^Rund 160 Anwohner der Auenstraße/,
    'Evakuierung in der Auenstraße aufgehoben', /^Die Stadt hat die Evakuierung/,
    'Landrätin dankt den Helfern', 'Landrätin Sabine Gerlach hat sich auf dem Kurznachrichtendienst bei den Freiwilligen bedankt:',
    'Mehr als 400 Freiwillige haben in der Nacht in Wendorf Sandsäcke gefüllt. Ohne euch hätte der Deich nicht gehalten. Danke!',
    'Bundesstraße 2 wieder frei', 'Pegel hat Höchststand erreicht',
    'Anm. d. Red.: In einer früheren Fassung dieses Eintrags hieß es, der Höchststand habe bei 4,91 Metern gelegen. Wir haben den Zahlendreher korrigiert.',
    'Guten Morgen',
  ],
  htmlHolds: ['<h3>Evakuierung in der Auenstraße aufgehoben</h3><p>Die Stadt hat', '<blockquote><p>Mehr als 400 Freiwillige'],
  notInBody: /Highlights|Angeheftet|Neuere Beiträge|Ältere Beiträge|Anzeige|\d{1,2}:\d{2} Uhr|Aktualisiert|Von Katrin Wolters|@LandraetinGerlach|pic\.twitter|Meistgelesen|Kita-Gebühren|Teilen|Impressum/,
  images: ['https://bilder.md-rundschau.example/2026/02/elster-wendorf-deich-1200.jpg', 'https://bilder.md-rundschau.example/2026/02/b2-wendorf-freigabe.jpg'],
});

describePage('English live blog: <article class="live-post"> posts, each a <header> with its <time> and title, a pinned "What to know" post, "Key events", share footers, "Show newer posts" and "Load more"', {
  name: 'en-live-posts', url: 'https://www.summitledger.example/news/2026/07/09/juniper-fire-live-updates/',
  title: 'Live updates: Juniper Fire forces evacuations near Pine Hollow', authors: ['Trevor Baines', 'Ana Cordero'], publishedAt: '2026-07-09T06:00:00-06:00', language: 'en-US',
  first: 'What to know',
  last: 'The Juniper Fire more than doubled in size overnight, fire officials said at a morning briefing. Crews spent the night protecting homes along Aspen Drive, and no structures have been lost so far.',
  paragraphCount: 13,
  holds: [
    'The Juniper Fire has burned about 2,400 acres west of Pine Hollow and is zero percent contained.',
    'An evacuation shelter is open at the Summit County Fairgrounds.',
    'Evacuation order expanded to Cedar Ridge', /^The sheriff's office has extended/, /^Residents should leave by Highway 14/,
    'Air tankers return to the fire line', /^Two air tankers and a helicopter/,
    'Shelter opens at the fairgrounds', /^The Red Cross has opened a shelter/,
    'Fire grows to 2,000 acres overnight',
  ],
  htmlHolds: ['<h2>What to know</h2><ul><li>', '<h2>Air tankers return to the fire line</h2><figure>'],
  notInBody: /Key events|Pinned|Show 2 newer|Load more|Copy link|Share|Advertisement|\d{1,2}:\d{2} [ap]\.m\.|Trending|rodeo results|Terms of Use/,
  images: ['https://cdn.summitledger.example/photos/2026/07/air-tanker-drop.jpg'],
});

describePage('French live blog: posts as <div>s whose title is a bold paragraph, a "Ce qu\'il faut retenir" summary, the "new messages" and "load more" controls as links', {
  name: 'fr-direct', url: 'https://www.echodeliroise.example/bretagne/direct-tempete-morgane-littoral-breton-7741',
  title: 'DIRECT. Tempête Morgane : rafales à 170 km/h sur le littoral breton', authors: ['Yannick Le Bihan'], publishedAt: '2026-11-02T06:00:00+01:00', language: 'fr',
  first: "Ce qu'il faut retenir",
  last: 'Bienvenue dans ce direct consacré à la tempête Morgane, qui frappe depuis la nuit les côtes de la pointe bretonne. Nous suivons la situation heure par heure avec nos correspondants.',
  paragraphCount: 12,
  holds: [
    'Des rafales de 170 km/h ont été relevées à la pointe de Saint-Mathieu dans la nuit.', 'La vigilance rouge vents violents est maintenue jusqu\'à 16 heures.',
    "Les trains supprimés jusqu'à midi", /^La SNCF a suspendu toutes les circulations/,
    'Le port de Brest fermé', /^La préfecture maritime a fermé le port/,
    'Un automobiliste blessé près de Quimper', 'Bonjour à tous',
  ],
  htmlHolds: ["<h2>Ce qu'il faut retenir</h2><ul><li>", '<p><strong>Le port de Brest fermé</strong></p>'],
  notInBody: /nouveaux messages|Charger plus|Publicité|\d{1,2}h\d{2}|Par Yannick|Publié le|À lire aussi|fest-noz|Mentions légales/,
  images: ['https://photos.echodeliroise.example/2026/11/port-brest-tempete.jpg'],
});

describePage('French ranked list (WordPress): numbered <h2> items counting down, each with its picture, an ad slot and an "À lire aussi" card between items, a correction at the end', {
  name: 'fr-listicle', url: 'https://www.petitvarois.example/loisirs/plus-beaux-villages-perches-arriere-pays/',
  title: "Les 5 plus beaux villages perchés de l'arrière-pays, selon nos lecteurs", authors: ['Élodie Marchetti'], publishedAt: '2025-07-19T07:00:00+02:00', language: 'fr-FR',
  first: /^Vous avez été plus de trois mille à voter pendant le mois de juin\./,
  last: 'Rectificatif : une première version de cet article plaçait Bargème à 1 907 mètres d\'altitude. Le village culmine à 1 097 mètres.',
  paragraphCount: 13,
  holds: [
    '5. Collobrières, au cœur des Maures', /^Capitale de la châtaigne/,
    '4. Tourtour, le village dans le ciel', /^Perché à plus de six cents mètres/, 'Le marché du samedi matin attire les habitants de toute la vallée.',
    '3. Bargème, le plus haut du département', /^À 1 097 mètres, Bargème domine/,
    "2. Seillans, l'un des plus beaux villages de France", '1. Gassin, le balcon du golfe', /^Grand vainqueur de notre vote/,
  ],
  htmlHolds: ['<h2>1. Gassin, le balcon du golfe</h2><figure><img src="https://www.petitvarois.example/wp-content/uploads/2025/07/gassin-panorama.jpg"'],
  notInBody: /Publicité|À lire aussi|randonnées préférées|Partager|Étiquettes|Feux de forêt|Les plus lus|Mentions légales|Par Élodie/,
  images: ['village-perche-une', 'collobrieres-pont', 'tourtour-place', 'bargeme-chateau', 'seillans-ruelle', 'gassin-panorama'].map((name) => `https://www.petitvarois.example/wp-content/uploads/2025/07/${name}.jpg`),
});

describePage('Arabic interview (Drupal): a "تصحيح:" note over the text, questions as <h3>s, then a bold "س:" question and a "ج:" answer, a "حاورها:" credit', {
  name: 'ar-interview', url: 'https://www.almarfa.example/interviews/reem-attar-water-coast',
  title: 'المهندسة ريم العطار: المدن الساحلية تحتاج إلى خطة للمياه قبل فوات الأوان', authors: ['يوسف الخطيب'], publishedAt: '2026-05-03T10:15:00+03:00', language: 'ar',
  first: 'تصحيح: ورد في نسخة سابقة من هذا الحوار أن المحطة الجديدة تنتج عشرين ألف متر مكعب يومياً، والصحيح أنها تنتج اثني عشر ألفاً. نعتذر عن الخطأ.',
  last: 'ج: نجرب مع بلدية المدينة نظاماً لجمع مياه الأمطار من أسطح المدارس وتخزينها لري الحدائق العامة في الصيف.',
  paragraphCount: 10,
  holds: [
    /^تعمل المهندسة ريم العطار منذ خمسة عشر عاماً/,
    'ما الخطر الأكبر الذي يواجه مدننا الساحلية اليوم؟', /^الخطر الأكبر هو تسرب مياه البحر/,
    'هل التحلية هي الحل؟', /^التحلية جزء من الحل فقط/,
    'وماذا عن دور المواطن؟', /^للمواطن دور كبير/,
    'س: ما الذي تعملين عليه الآن؟',
  ],
  htmlHolds: ['<p><strong>تصحيح:</strong> ورد في نسخة سابقة', '<h3>هل التحلية هي الحل؟</h3>'],
  notInBody: /حاورها|وسوم|فيسبوك|واتساب|اقرأ أيضاً|توسعة الميناء|جميع الحقوق/,
  images: ['https://media.almarfa.example/2026/05/reem-attar.jpg'],
});

describePage('Spanish interview: bold "P:" questions, "R:" answers, an editor\'s note in italics at the end', {
  name: 'es-entrevista', url: 'https://www.heraldopirineo.example/huesca/entrevista-lucia-ferrandiz-rescate-benasque',
  title: 'Lucía Ferrándiz: «En la montaña, la prisa es lo que más mata»', authors: ['Iñaki Soler'], publishedAt: '2025-12-07T08:00:00+01:00', language: 'es',
  first: 'La jefa del grupo de rescate de Benasque repasa una temporada récord de salidas y pide prudencia a quienes suben sin experiencia.',
  last: 'Nota de la redacción: esta entrevista se ha editado por razones de longitud y claridad.',
  paragraphCount: 9,
  holds: [
    /^Lucía Ferrándiz lleva veinte años/,
    'P: ¿Por qué ha habido tantos rescates este año?', /^R: Hay mucha más gente en la montaña/,
    'P: ¿Cuál es el error más común?', /^R: Las prisas\./,
    'P: ¿Qué le pediría a quien sube por primera vez?', 'R: Que se dé la vuelta a tiempo. La cumbre va a seguir ahí el año que viene.',
  ],
  htmlHolds: ['<p><strong>P: ¿Cuál es el error más común?</strong></p>', '<p><em>Nota de la redacción:'],
  notInBody: /Entrevista$|07\/12\/2025|Iñaki Soler|Lo más leído|tres puertos|Aviso legal/m,
  images: [],
});

describePage('English explainer (Arc): a correction over the text, a "Key points" list, questions in <details><summary> accordions, an editor\'s note at the end', {
  name: 'en-explainer', url: 'https://www.lakeshoretribune.example/local/2026/08/21/harlow-street-water-main-break-what-we-know/',
  title: 'What we know about the Harlow Street water main break', authors: ['Marisol Tennant'], publishedAt: '2026-08-21T15:40:00-05:00', language: 'en-US',
  first: 'Why thousands of homes lost water, when it will be back and whether it is safe to drink.',
  last: "Editor's note: This story will be updated as the utility releases more information.",
  paragraphCount: 17,
  holds: [
    'Correction: An earlier version of this article gave the wrong diameter for the broken pipe. It is a 36-inch main, not a 48-inch main.',
    'Key points', 'About 9,400 homes on the east side lost water pressure on Thursday morning.', 'Crews expect to finish the repair by Friday night.',
    /^A 36-inch water main burst under Harlow Street/,
    'What caused the break?', /^The utility says the cast-iron pipe was laid in 1931/,
    'Is my tap water safe to drink?', /^Not yet, if you live in the advisory area/,
    'When will the advisory be lifted?', 'Where can I get bottled water?', /^The city is handing out bottled water/,
  ],
  htmlHolds: ['<h2>Key points</h2><ul><li>About 9,400 homes'],
  notInBody: /Advertisement|Gift this article|Share|Read next|budget vote|All rights reserved|Privacy Policy|By Marisol/,
  images: [],
});

describePage('English local news (WordPress): an editor\'s note in an <aside> over the text, a "Correction" box with its own heading at the end', {
  name: 'en-correction-aside', url: 'https://riverbendtimes.example/education/2026/03/02/later-start-times/',
  title: 'School board approves later start times for high schools', authors: ['Priya Lomax'], publishedAt: '2026-03-02T18:00:00-05:00', language: 'en-US',
  first: "Editor's note: Priya Lomax's children attend a Riverbend district school. She was not involved in the board's deliberations.",
  last: 'An earlier version of this story misstated the vote. It was 5-2, not 6-1.',
  paragraphCount: 7,
  holds: [/^The Riverbend school board voted 5-2 on Monday/, /^"Teenagers are not lazy\./, /^Two board members voted against the plan/, 'Correction'],
  htmlHolds: ["<p><strong>Editor's note:</strong> Priya Lomax's children"],
  notInBody: /Support local news|Become a member|Recent posts|Library cuts|Posted in|Privacy policy/,
  images: [],
});
