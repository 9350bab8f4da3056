/**
 * Held-out audit of body boundaries: small hand-written pages, each with one hard edge of the article, where it
 * starts, where it ends, or what sits inside it. The text split into sibling containers by ad slots and widgets, a
 * related-article card or a newsletter box between paragraphs, an "Advertisement" label, a summary box, a table of
 * contents, an editor's note and a correction, an FAQ that closes an explainer, a list of further reading, a
 * standfirst in a box of its own, a lead set in bold or as a heading, drop caps, share/topics/pager rows, an
 * affiliate disclosure, a republication line, a one-paragraph story over a large footer, and long comments under a
 * short post; in English, German, French, Spanish and Arabic. Each case states the paragraphs a reader sees as the
 * article, in order and each once, and the furniture it must not hold; the page is read without a URL and with one.
 *
 * Two calls a reader could make either way, decided here:
 * - A "Key takeaways" box restates the article's points above its text. Set as a box of its own above the text's
 *   container it is left out, as reviewed news bodies leave it out; written inside the text's container it is
 *   read with the text, the writer's own opening.
 * - "This article was originally published on …" closes a republished article and is kept: it is the article's
 *   own attribution, and reader-view references keep it.
 */
import { type ExpectedParagraph, expectParagraphsInOrder, heldoutPageReader, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-bounds');

interface BoundsCase {
  page: string;
  url: string;
  /** The boundary the page tests, as a reader sees it. */
  shape: string;
  first: string | RegExp;
  last: string | RegExp;
  count: number;
  /** Paragraphs the body must hold, in this order. */
  holds?: ExpectedParagraph[];
  /** Furniture that must not be in the body. */
  without: RegExp;
}

const cases: BoundsCase[] = [
  {
    page: 'en-split-ads', url: 'https://www.harbourledger.example/news/2024/10/08/ferry-winter-timetable',
    shape: 'text split into three sibling containers by two ad slots and a video widget',
    first: /^Islanders will have just two ferry crossings a day/, last: /^The operator said it was looking at chartering/, count: 6,
    holds: [/^The company said the older/, /^Until then the remaining large ferry/, /^Haulage firms say/, /^The council's transport committee/],
    without: /Advertisement|Watch:|More videos|Most read|Lifeboat|All rights/,
  },
  {
    page: 'de-split-widgets', url: 'https://www.stadtanzeiger-wellbach.example/lokales/freibad-oststadt-2025',
    shape: 'German text split into three containers by an "Anzeige" slot and a poll widget',
    first: /^Das Freibad in der Oststadt wird auch im kommenden Sommer/, last: /^Die Verwaltung rechnet inzwischen mit Kosten/, count: 5,
    holds: [/^Grund sind neue Schäden/, /^Für die Schwimmvereine/, /^„Wir verlieren jedes Jahr Kinder/],
    without: /Anzeige|Umfrage|Abstimmen|Meistgelesen|Sanierung verzögert|Impressum/,
  },
  {
    page: 'ar-split-ads', url: 'https://alwadi-today.example/economy/2024/05/solar-plant',
    shape: 'Arabic text split into three containers by an "إعلان" slot and an inline "اقرأ أيضاً" card',
    first: /^افتتح وزير الطاقة صباح اليوم/, last: /^وتخطط الوزارة لإنشاء ثلاث محطات/, count: 5,
    holds: [/^وأوضح الوزير/, /^وأضاف أن المحطة/, /^من جهته، قال مدير المشروع/],
    without: /إعلان|اقرأ أيضاً|تعرفة الكهرباء|الأكثر قراءة|جميع الحقوق/,
  },
  {
    page: 'es-split-short-middle', url: 'https://elheraldodelduero.example/campo/2024/06/18/granizada-ribera',
    shape: 'Spanish text split by two "Publicidad" slots, its middle part a single one-line quotation',
    first: /^Una tormenta de granizo de apenas diez minutos/, last: /^Los técnicos visitarán las fincas/, count: 5,
    holds: [/^Los viticultores calculan/, '«No queda nada», resumía un agricultor.', /^Las organizaciones agrarias piden/],
    without: /Publicidad|Por Álvaro Sanz/,
  },
  {
    page: 'en-inline-card', url: 'https://metrowire.example/transportation/2024/04/grant-avenue-bike-lanes/',
    shape: 'a related-article card with picture, title and excerpt between two paragraphs',
    first: /^The city council voted 9-4 on Tuesday/, last: /^Supporters pointed to the city's own crash data/, count: 5,
    holds: [/^The lanes will run between the curb/, /^Business owners on the avenue/],
    without: /Related|more cyclist crashes|41 crashes|Share|Donate/,
  },
  {
    page: 'en-story-card-excerpt', url: 'https://chalkcourier.example/courts/2024/11/water-company-fined',
    shape: 'a story card with no class word the cleaning knows: linked picture, linked headline, a dek that is a whole sentence',
    first: /^A water company has been fined £2\.1 million/, last: /^The company pleaded guilty/, count: 4,
    holds: [/^Magistrates heard that an alarm/, /^The Environment Agency said/],
    without: /Only one in six chalk streams|coalition of angling/,
  },
  {
    page: 'es-inline-card', url: 'https://cronicadealmenara.example/local/2024/02/arboles-barrios-sur/',
    shape: 'Spanish "Te puede interesar" card between paragraphs',
    first: /^El Ayuntamiento de Almenara plantará 3\.000 árboles/, last: /^El proyecto cuesta 1,2 millones de euros/, count: 4,
    without: /Te puede interesar|cinco grados|Compartir|Lo más leído|derechos/,
  },
  {
    page: 'fr-a-lire-egalement', url: 'https://ledauphinsavoyard.example/annecy/2024/09/car-express-aeroport',
    shape: 'French "À lire également" box of two linked headlines between paragraphs',
    first: /^À partir du 1er octobre, un car sur deux/, last: /^Elle sera testée pendant deux saisons/, count: 4,
    without: /À lire également|Gare routière d'Annecy :|six destinations/,
  },
  {
    page: 'es-te-recomendamos', url: 'https://levantehoy.example/ciudad/2024/10/21/tranvia-avenida-puerto',
    shape: 'Spanish "Te recomendamos" box of two bare links between paragraphs',
    first: /^El tranvía volvió este lunes a circular/, last: /^La frecuencia será de un tranvía cada ocho minutos/, count: 4,
    without: /Te recomendamos|carril bici|piden ayudas/,
  },
  {
    page: 'ar-qad-yahimmuk', url: 'https://sawt-aljanoub.example/education/2024/07/kindergarten-registration',
    shape: 'Arabic "قد يهمك" box of two linked headlines between paragraphs',
    first: /^أعلنت مديرية التربية بدء التسجيل/, last: /^وستعطى الأولوية في القبول/, count: 4,
    without: /قد يهمك|جدول امتحانات|خمس مدارس/,
  },
  {
    page: 'en-key-takeaways', url: 'https://moneydesk.example/pensions/part-time-auto-enrolment',
    shape: '"Key takeaways" box above the text\'s container: left out (see the file\'s note)',
    first: /^Hundreds of thousands of part-time workers/, last: /^Workers who are enrolled can still opt out/, count: 5,
    without: /Key takeaways|About 900,000|Get Money Desk|Sign up|financial advice/,
  },
  {
    page: 'ar-key-points', url: 'https://alkhabar-alyaqin.example/education/2024/09/teachers-pay',
    shape: 'Arabic "أبرز النقاط" box above the text\'s container: left out, as its English counterpart (see the file\'s note)',
    first: /^أقر مجلس الوزراء في جلسته اليوم/, last: /^ورحبت نقابة المعلمين بالقرار/, count: 3,
    without: /أبرز النقاط|تطبق الزيادة اعتباراً|بقلم/,
  },
  {
    page: 'en-takeaways-inside', url: 'https://healthbulletin.example/sleep/long-commutes',
    shape: '"At a glance" summary box inside the text\'s container: read with the text (see the file\'s note)',
    first: 'At a glance', last: /^The authors say employers could help/, count: 6,
    holds: ['People who commute more than an hour each way sleep about 20 minutes less a night.', 'The link was stronger for drivers than for train passengers.', /^People who spend more than an hour/],
    without: /Health Bulletin|By Aaron Webb/,
  },
  {
    page: 'de-wichtigste-kuerze', url: 'https://www.verbraucherblick.example/energie/balkonkraftwerk-neue-regeln',
    shape: '"Das Wichtigste in Kürze" box above the text\'s container, share row below it',
    first: /^Seit Donnerstag gelten neue Regeln/, last: /^Auch technisch wird es einfacher/, count: 4,
    without: /Das Wichtigste in Kürze|nur noch in Ausnahmefällen|Artikel teilen|WhatsApp|Cookie/,
  },
  {
    page: 'fr-sommaire', url: 'https://maison-travaux.example/isolation/combles-perdus',
    shape: 'French guide: a "Sommaire" box of anchor links after the first paragraph, sub-headings it points to',
    first: /^Un tiers de la chaleur d'une maison mal isolée/, last: /^MaPrimeRénov' et les certificats/, count: 7,
    holds: ['Quels matériaux choisir ?', /^Pour des combles perdus/, 'Quelle épaisseur prévoir ?', 'Quelles aides demander ?'],
    without: /Sommaire|Nos autres guides|pompe à chaleur : le guide|Par Olivier Marchand|Mentions/i,
  },
  {
    page: 'en-editors-note-correction', url: 'https://northernpost.example/health/2024/06/cancer-target-missed',
    shape: 'an "Editor\'s note" over the text and a "Correction:" under it, both the article\'s own',
    first: "Editor's note: This article was updated on 15 June to include a response from the hospital trust.",
    last: 'Correction: An earlier version of this article said the trust managed 46 per cent. The correct figure is 64 per cent.', count: 6,
    holds: [/^Fewer than two in three cancer patients/, /^In a statement, the trust said/],
    without: /Latest|Bridge reopens|health correspondent/,
  },
  {
    page: 'fr-note-redaction', url: 'https://lepetitrhodanien.example/culture/2024/12/festival-jazz-annule',
    shape: 'French "Note de la rédaction :" over the text and "Rectificatif :" under it, both the article\'s own',
    first: 'Note de la rédaction : cet article a été mis à jour mercredi avec la réaction du maire.',
    last: /^Rectificatif : une version précédente de cet article/, count: 5,
    without: /Par Hélène Chabert|droits réservés/,
  },
  {
    page: 'de-anmerkung-korrektur', url: 'https://www.rundschau-am-main.example/stadt/kita-gebuehren-august',
    shape: 'German "Anmerkung der Redaktion:" over the text and "Korrektur:" under it, both the article\'s own',
    first: /^Anmerkung der Redaktion: Dieser Artikel wurde am Donnerstagabend/, last: /^Korrektur: In einer früheren Version dieses Artikels/, count: 5,
    without: /Von Martin Kessler|Impressum/,
  },
  {
    page: 'ar-tanwih-tashih', url: 'https://almarsad.example/economy/2024/02/vegetable-prices',
    shape: 'Arabic "ملاحظة المحرر:" over the text and "تصحيح:" under it, both the article\'s own',
    first: /^ملاحظة المحرر: جرى تحديث هذا الخبر/, last: /^تصحيح: ذكرت نسخة سابقة من هذا الخبر/, count: 5,
    without: /جميع الحقوق/,
  },
  {
    page: 'en-faq-explainer', url: 'https://riversidechronicle.example/explainers/water-bills-april',
    shape: 'explainer closing with a "Frequently asked questions" section of h3 questions and answers',
    first: /^Households in the region will pay on average £86/, last: /^Often, if you live alone or in a large house/, count: 10,
    holds: ['Frequently asked questions', 'When will the new charges start?', /^The new charges apply from 1 April/, 'Can I get help if I cannot afford the bill?', 'Would a water meter save me money?'],
    without: /More explainers|council tax|bus fare|All rights/,
  },
  {
    page: 'en-faq-sibling', url: 'https://commuterweekly.example/roads/e-scooter-rules-explained',
    shape: 'explainer whose "Your questions answered" section is a <section> of its own after the text\'s container',
    first: /^Privately owned e-scooters will be allowed on public roads/, last: /^The rental trials that run in some towns/, count: 10,
    holds: [/^Scooters will still be banned from pavements/, 'Your questions answered', 'Will I need insurance?', /^No\. Unlike cars and motorbikes/, 'Can children ride them?', 'What about rental scooters?'],
    without: /More explainers|split ticketing|Clean air zones|All rights/,
  },
  {
    page: 'en-correction-sibling', url: 'https://baysidesentinel.example/education/2024/03/07/start-times-vote-delayed',
    shape: 'a "Correction, March 8:" box after the text\'s container, share links after it',
    first: /^The Bayside school board on Thursday postponed a vote/, last: /^Correction, March 8: An earlier version of this story gave the wrong date/, count: 5,
    holds: ['The board will take up the proposal again on April 4.'],
    without: /Share on|By Marcus Lee/,
  },
  {
    page: 'es-mas-informacion', url: 'https://cronicavial.example/trafico/2024/06/radares-tramo',
    shape: 'Spanish "Más información" box of two links closing the text\'s container',
    first: /^La Dirección General de Tráfico ha empezado a instalar/, last: /^Los primeros funcionarán en julio/, count: 3,
    without: /Más información|multas por exceso|radares móviles/,
  },
  {
    page: 'fr-pour-aller-plus-loin', url: 'https://nature-atlantique.example/oiseaux/2024/02/cigognes-retour',
    shape: 'French "Pour aller plus loin" heading over a list of the site\'s links, closing the text\'s container',
    first: /^Les premières cigognes blanches sont arrivées/, last: /^Les ornithologues demandent aux promeneurs/, count: 3,
    without: /Pour aller plus loin|calendrier des oiseaux|Marais poitevin/,
  },
  {
    page: 'de-zum-thema', url: 'https://www.suedwest-echo.example/region/damm-altrhein-erhoeht',
    shape: 'German "Zum Thema" link box closing the text\'s container',
    first: /^Der Damm am Altrhein wird auf einer Länge/, last: /^Während der Bauzeit ist der Radweg/, count: 3,
    without: /Zum Thema|Anwohner bangen|Polder/,
  },
  {
    page: 'en-further-reading', url: 'https://greenthumbnotes.example/small-garden-compost/',
    shape: 'blog post closing with its own "Resources" list of links with descriptions; author card and read-next below',
    first: /^You do not need an acre of land/, last: 'The Compost Book by Ruth Okafor, the most practical book on the subject I have read.', count: 7,
    holds: ['Resources', "The horticultural society's guide to composting, with a table of what can and cannot go in the bin."],
    without: /Sarah gardens|Read next|No-dig beds|Published with Ghost/,
  },
  {
    page: 'en-one-paragraph-footer', url: 'https://devondailycourier.example/news/hallsands-landslip',
    shape: 'a one-paragraph story over a mega footer with an about text, link columns and a newsletter appeal',
    first: /^The coastal road between Beesands and Hallsands is closed/, last: /did not expect the road to reopen before the weekend\.$/, count: 1,
    without: /About us|1889|Morning briefing|Subscribe|Corrections|registered in England/,
  },
  {
    page: 'en-one-paragraph-cards', url: 'https://islandtimes.example/news/2024/12/ferry-gales',
    shape: 'a one-paragraph story in its <article>, beside a column of three other stories\' cards with whole-sentence deks',
    first: /^All ferry crossings between the island and the mainland have been cancelled/, last: /passengers booked on cancelled sailings can travel on Friday at no extra cost\.$/, count: 1,
    without: /Harbour wall|primary schools|Lifeboat|£120,000/,
  },
  {
    page: 'fr-chapo-separe', url: 'https://www.echoduval.example/actu/2024/12/ticket-bus-190',
    shape: 'French story whose chapô sits in the header box, apart from the text\'s container, over the signature and picture',
    first: /^Le syndicat des transports de l'agglomération a voté mardi/, last: /^Les abonnements jeunes et seniors restent au même tarif/, count: 5,
    holds: [/^C'est la première hausse depuis 2019/, /^Le président du syndicat/],
    without: /Transports|Par Camille Royer|Photo Marc Petit|Les plus lus|droits réservés/,
  },
  {
    page: 'ar-standfirst', url: 'https://aliqtisadi.example/agri/2024/11/dates-exports',
    shape: 'Arabic story whose summary paragraph sits in the header box above the dateline row, apart from the text',
    first: /^سجلت صادرات التمور خلال الأشهر التسعة الأولى/, last: /^وعزا مختصون هذا النمو/, count: 4,
    holds: [/^أظهرت بيانات رسمية صدرت اليوم/, /^وجاءت إندونيسيا والمغرب وفرنسا/],
    without: /الاقتصادي - الرياض|جميع الحقوق/,
  },
  {
    page: 'en-bold-first', url: 'http://www.eastboroughtimes.example/news/bin-strike-ends',
    shape: 'table-less old template whose first paragraph is all bold, with a tags row under the text',
    first: /^Bin collections across the borough will return to normal next week/, last: /^Crews will start with the roads/, count: 4,
    without: /Tags:|bins, strike|Chris Naylor|East Borough Times ©/,
  },
  {
    page: 'de-h2-lead', url: 'https://www.tagesecho-neustadt.example/neustadt/baeckerei-lindner-schliesst',
    shape: 'German story whose lead is an <h2> between the headline and the byline row',
    first: /^Vier Generationen lang hat die Familie Lindner/, last: /^Was aus den Räumen wird, ist noch offen/, count: 5,
    holds: [/^Um drei Uhr morgens brennt/],
    without: /Von Sabine Hofer|30\.07\.2024|Impressum/,
  },
  {
    page: 'en-dropcap', url: 'https://fenlandreview.example/features/river-came-into-town',
    shape: 'feature with its first letters set as drop caps in spans of their own, at the start and after a break',
    first: /^The storm reached the town a little after midnight\./, last: /^Anyone who walks along the river today/, count: 4,
    without: /\bT he\b|\bA nyone\b|Words by/,
  },
  {
    page: 'en-dropcap-hidden', url: 'https://longreadweekly.example/2024/06/last-shoe-factory',
    shape: 'a drop cap hidden from screen readers, followed by the same letter in a screen-reader-only span',
    first: /^In the cutting room, the smell of leather/, last: /^Orders, though, have never been better/, count: 4,
    without: /^n the|\bI In\b|\bIIn\b|By Ruth Mallory/m,
  },
  {
    page: 'es-capitular', url: 'https://revistamareas.example/reportajes/ultimo-farero',
    shape: 'Spanish feature whose first letter is a <b> drop cap',
    first: /^Desde hace treinta y dos años, Manuel Ferreiro/, last: /^Se jubilará en octubre\./, count: 4,
    without: /\bD esde\b|Texto: Andrés Vidal/,
  },
  {
    page: 'en-newsletter-mid', url: 'https://kitchentableeconomics.example/p/egg-prices-falling',
    shape: 'a newsletter sign-up box with a heading, a pitch and a form between two paragraphs',
    first: /^A dozen large eggs cost an average of \$3\.20/, last: /^Economists warn that the relief may not last/, count: 5,
    holds: [/^The reason is mostly bird flu/, /^Since the spring, there have been far fewer outbreaks/],
    without: /Enjoying this|every Monday|no spam|privacy policy|Subscribe/,
  },
  {
    page: 'fr-newsletter-milieu', url: 'https://planetelocale.example/sante/moustique-tigre-nord',
    shape: 'French newsletter box ("Inscrivez-vous") between two paragraphs',
    first: /^Arrivé dans le sud de la France en 2004/, last: /^Le moustique tigre peut transmettre la dengue/, count: 4,
    without: /newsletter|Inscrivez-vous|Chaque jeudi|inscris/i,
  },
  {
    page: 'en-newsletter-plain', url: 'https://tynedaletoday.example/news/2024/07/bus-depot-housing',
    shape: 'a newsletter box with no class word that names it (title, one line of pitch, e-mail form) between paragraphs',
    first: /^The county council is to sell the former bus depot/, last: /^Some residents had hoped the site would become a park/, count: 4,
    holds: [/^The depot has stood empty/, /^Half of the homes will be for social rent/],
    without: /The Tynedale Daily|inbox|Sign up/,
  },
  {
    page: 'de-newsletter-ohne-klasse', url: 'https://www.tal-kurier.example/bildung/40-neue-lehrkraefte',
    shape: 'German newsletter box ("kasten") with a bold title, a pitch and an e-mail form between paragraphs',
    first: /^Zum neuen Schuljahr beginnen an den Grundschulen/, last: /^Der Lehrerverband begrüßte die Einstellungen/, count: 4,
    without: /Tal-Kurier am Morgen|Postfach|anmelden/i,
  },
  {
    page: 'ar-newsletter-mid', url: 'https://nabd-alasima.example/education/2024/05/national-library-hours',
    shape: 'Arabic newsletter box with a bold title, "اشترك في النشرة البريدية" and an e-mail form between paragraphs',
    first: /^قررت إدارة المكتبة الوطنية تمديد ساعات العمل/, last: /^ويستمر العمل بالدوام الممتد/, count: 4,
    holds: [/^وقال مدير المكتبة/, /^وأضاف أن المكتبة ستخصص قاعة صغيرة/],
    without: /نشرة نبض العاصمة|النشرة البريدية|اشترك/,
  },
  {
    page: 'en-bare-ad-label', url: 'https://valleypost.example/news/2024/01/four-day-week-trial',
    shape: '"ADVERTISEMENT" and "- Advertisement -" as bare text between the paragraphs, in no element of their own',
    first: /^About 300 council staff will work a four-day week/, last: /^Unions welcomed the trial\./, count: 4,
    without: /advertisement/i,
  },
  {
    page: 'es-publicidad', url: 'https://www.diariodeljucar.example/comarca/2024/04/02/embalses-48',
    shape: 'Spanish story with two "PUBLICIDAD" labels over empty ad slots between paragraphs',
    first: /^Los embalses de la cuenca almacenan esta semana el 48 %/, last: /^La Agencia Estatal de Meteorología prevé/, count: 4,
    without: /PUBLICIDAD|Por Marta Giner|derechos reservados/,
  },
  {
    page: 'en-share-topics-nav', url: 'https://valevillager.example/news/2024/05/village-hall-roof/',
    shape: '"Share this article" and "Topics:" rows in the entry footer, a previous/next pager with long titles below',
    first: /^The village hall in Long Ashby has been awarded/, last: /^The committee thanked the dozens of residents/, count: 4,
    without: /Share this article|Topics:|Previous article|Next article|summer fete|number 42 bus|powered by/,
  },
  {
    page: 'de-teilen-themen-nav', url: 'https://www.heimatbote.example/stadt/2024/03/bibliothek-samstag',
    shape: 'German "Artikel teilen" list, "Themen:" row and "Vorheriger/Nächster Artikel" pager inside the article element',
    first: /^Die Stadtbibliothek öffnet ab April/, last: /^Zum Start am 6\. April gibt es eine Lesung/, count: 3,
    without: /Artikel teilen|Drucken|Themen:|Vorheriger Artikel|Nächster Artikel|Wochenmarkt|Radweg|Impressum/,
  },
  {
    page: 'ar-share-tags-nav', url: 'https://akhbar-aljamiat.example/news/2024/09/nahrain-scholarships',
    shape: 'Arabic "شارك هذا المقال" row, "الوسوم:" row and "المقال السابق/التالي" pager inside the article element',
    first: /^أطلقت جامعة النهرين برنامجاً جديداً/, last: /^ويبدأ التقديم للبرنامج/, count: 3,
    without: /شارك|الوسوم|المقال السابق|المقال التالي|القبول المركزي|علوم الحاسوب|جميع الحقوق/,
  },
  {
    page: 'es-temas-anterior', url: 'https://noticiasterueldelsur.example/cultura/2024/05/biblioteca-horario',
    shape: 'Spanish story closing with plain <p>s, no class word: a "Temas:" line, a "Compartir:" row of share links, previous/next links',
    first: /^La biblioteca municipal abrirá hasta las once de la noche/, last: /^La sala de estudio tiene capacidad para ochenta personas/, count: 3,
    without: /Temas|Compartir|Noticia anterior|Noticia siguiente|feria del libro|piscinas/,
  },
  {
    page: 'en-affiliate-disclosure', url: 'https://trailkit.example/reviews/best-rain-jackets',
    shape: 'a "We may earn a commission" disclosure between the byline and the text',
    first: /^Over three months of walking in Snowdonia/, last: /^Whichever jacket you choose/, count: 4,
    without: /commission|affect how we test|Outdoor Media Group/,
  },
  {
    page: 'en-originally-published', url: 'https://sciencecommonsdaily.example/environment/bumblebees-waking-early',
    shape: 'a republished article closing with "This article was originally published on …": kept (see the file\'s note)',
    first: /^Queen bumblebees spend the winter asleep underground/, last: 'This article was originally published on Research Digest. Read the original article.', count: 5,
    without: /Creative Commons|Helen Carver/,
  },
  {
    page: 'ar-comments-short', url: 'https://sada-almadina.example/news/coastal-road-closure',
    shape: 'a two-paragraph Arabic notice under three long readers\' comments',
    first: /^أعلنت البلدية إغلاق طريق الساحل/, last: /^ودعت البلدية السائقين/, count: 2,
    without: /التعليقات|أبو سامي|تصريف المياه|إرسال|جميع الحقوق/,
  },
  {
    page: 'fr-vos-reactions', url: 'https://lavoixdubocage.example/communes/2024/03/marche-place-mairie',
    shape: 'a two-paragraph French notice under a "Vos réactions" box of long readers\' reactions, with no class word that names them',
    first: /^À partir du 6 avril et jusqu'à la fin de l'été/, last: /^Les quarante commerçants garderont/, count: 2,
    without: /Vos réactions|Jeannine|platanes|vitrines réfrigérées/,
  },
  {
    page: 'de-leserbriefe', url: 'https://dorfzeitung-lindental.example/2024/09/ampel-schulstrasse',
    shape: 'a two-paragraph German story under a "Meinungen unserer Leser" box of long reader opinions',
    first: /^Die Fußgängerampel an der Schulstraße wird/, last: /^Die Ampel ist über vierzig Jahre alt/, count: 2,
    without: /Meinungen unserer Leser|schreibt:|gefährlich|Kreisel/,
  },
  {
    page: 'de-blog-kommentare', url: 'https://hausamhang.example/2024/03/erster-winter-waermepumpe.html',
    shape: 'a short German blog post whose comments, each longer than the post, have German class names',
    first: /^Der Winter ist vorbei, Zeit für eine erste Bilanz/, last: /^Verbraucht hat sie von Oktober bis März/, count: 2,
    without: /Kommentare|sagte…|Heizlastberechnung|Vorlauftemperatur|Eingestellt von|Archiv/,
  },
  {
    page: 'es-blog-comentarios', url: 'https://corriendosinprisa.example/2024/03/primera-media-maraton.html',
    shape: 'a short Spanish blog post under a numbered list of long comments',
    first: /^El domingo terminé mi primera media maratón/, last: /^Gracias a todos los que me habéis animado/, count: 2,
    without: /comentarios|Lourdes|kilómetro treinta|plan de doce semanas|Blog personal/,
  },
];

describe.each(cases)('$page: $shape', ({ page, url, first, last, count, holds, without }) => {
  describe.each([['without a URL', null], ['with its URL', url]])('read %s', (_, pageUrl) => {
    const record = extractPage(page, pageUrl);
    const body = paragraphs(record);

    it('starts and ends where the article does, each paragraph once', () => {
      expect(body[0]).toEqual(typeof first === 'string' ? first : expect.stringMatching(first));
      expect(body.at(-1)).toEqual(typeof last === 'string' ? last : expect.stringMatching(last));
      expect(body).toHaveLength(count);
      expect(new Set(body).size).toBe(body.length);
    });

    it('holds the article\'s parts in order and none of the furniture', () => {
      expectParagraphsInOrder(body, holds ?? []);
      expect(record.body).not.toMatch(without);
    });
  });
});
