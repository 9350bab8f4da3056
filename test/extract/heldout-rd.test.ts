/**
 * Held-out audit in the style of a reader-view test collection: small hand-written pages of the kinds such a
 * collection gathers (a personal blog with comments, a tech post with code, a Medium-like post with a lazy picture,
 * an encyclopedia page, news pages in English, French, Spanish, Chinese and Japanese, hidden nodes, <br>-separated
 * text in <font>/<center> markup, one giant <div> with no semantic tags, "article" inside "article", <template>s and
 * SVG, schema.org microdata only, a data table, video iframes, an Arabic blog, and two pages that are no article: a
 * section listing and a sign-in page). Each case states the record a reader expects: the headline without the site's
 * name, the byline, date and language, and the paragraphs a reader sees as the article, read without a URL and with one.
 */
import { type ExpectedParagraph, expectParagraphsInOrder, heldoutPageReader, imageUrls, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-rd');

interface ReaderCase {
  page: string;
  url: string;
  /** The kind of page, as a reader sees it. */
  shape: string;
  /** Left out where the page is still read wrong (see the audit's report), so the rest of its record stays checked. */
  title?: string;
  authors?: string[];
  publishedAt?: string | null;
  language: string;
  /** Left out where the page's opening is still read wrong (see the audit's report). */
  first?: string | RegExp;
  /** Left out where the page's end is still read wrong (see the audit's report). */
  last?: string | RegExp;
  count?: number;
  /** A listing prints the same short line (a time label, "Yesterday") on several cards; an article says each thing once. */
  linesRepeat?: boolean;
  /** Paragraphs the body must hold, in this order. */
  holds?: ExpectedParagraph[];
  /** Furniture that must not be in the body. */
  without: RegExp;
  /** The article's pictures, read with the page's URL. */
  images?: string[];
}

const cases: ReaderCase[] = [
  {
    page: 'en-personal-blog', url: 'https://tinkerer.example/2019/03/own-static-site-generator.html',
    shape: 'personal blog: headline in an h2 under the blog\'s name, comments and a blogroll after the post',
    title: 'Why I Still Write My Own Static Site Generator', authors: ['Tom Hadley'], publishedAt: '2019-03-03T00:00:00+00:00', language: 'en',
    first: /^Every couple of years somebody asks me/, last: /^Would I recommend this to anyone else\?/, count: 5,
    without: /Comments|Julia|publishing the script|Blogroll|Archives|Powered by|Notes on code/,
  },
  {
    page: 'en-tech-code', url: 'https://devnotes.example/rust-lifetimes/',
    shape: 'tech article: h2 sections, <pre><code> blocks and inline <code>, a newsletter form after it',
    title: 'Understanding Rust Lifetimes with Three Small Examples', authors: ['Priya Raman'], publishedAt: '2021-06-14T00:00:00+00:00', language: 'en',
    first: /^Lifetimes are the part of Rust/, last: /^None of these examples needs more than a dozen lines/, count: 12,
    holds: ['A reference that outlives its value', /^let r;\n\{\n    let x = 5;\n    r = &x;\n\}/, /^The compiler rejects this because x is dropped/, /^fn longest<'a>\(a: &'a str, b: &'a str\) -> &'a str \{/, 'Structs that hold references'],
    without: /6 min read|Subscribe|Get new posts|MIT licensed|Tags|RSS/,
  },
  {
    page: 'en-medium-like', url: 'https://workbetter.example/the-quiet-cost-of-meetings-nobody-needs-3f9a1c',
    shape: 'Medium-like post: obfuscated classes, a lazy picture with a placeholder, a pull quote, Follow and clap buttons',
    title: 'The Quiet Cost of Meetings Nobody Needs', authors: ['Dana Whitfield'], publishedAt: '2020-09-22T08:14:03+00:00', language: 'en',
    first: /^Most teams I have worked with agree/, last: /^The rule is not clever, but it changes the default\./, count: 7,
    holds: ['Count the hours, not the meetings', 'The meeting you do not hold is the only one that never runs over.'],
    without: /Follow|min read|Sign in|Get started|412|Share|More from|Writing Docs/,
    images: ['https://cdn.workbetter.example/max/700/1*meeting-room.jpeg'],
  },
  {
    page: 'en-wiki-like', url: 'https://openpedia.example/wiki/Harbour_seal',
    shape: 'encyclopedia page: infobox, contents box, section headings with edit links, references, categories, side panel',
    title: 'Harbour seal', authors: [], language: 'en',
    first: 'Kingdom: Animalia', last: /^Thompson, P\. \(1993\)/,
    holds: [/^The harbour seal \(Phoca vitulina\), also known as the common seal/, /^Harbour seals are brown/, /^Individual harbour seals have a unique pattern/, /^Harbour seals prefer to frequent familiar resting sites/],
    without: /From Openpedia|Main page|Random article|Categories|Mammals of Europe|last edited|Creative Commons/,
  },
  {
    page: 'en-news-hidden', url: 'https://northerncourier.example/news/uk-rail-fares-2025',
    shape: 'news story with hidden nodes: a display:none cookie notice, an aria-hidden share bar, a hidden live promo and a display:none sign-up line inside the text',
    title: 'Rail fares to rise by 4.9% in England from March', authors: ['Helen Corr'], publishedAt: '2024-12-04T11:20:00+00:00', language: 'en-GB',
    first: /^Rail fares in England will rise by 4\.9% from 2 March/, last: /^Fares in Scotland are set separately/, count: 5,
    without: /cookies|Share on|Email this story|Live: follow|morning briefing|Most read|Transport correspondent|All rights/,
  },
  {
    page: 'fr-news', url: 'https://www.quotidiendusoir.example/economie/article/2024/11/28/le-prix-du-cafe-record_6412.html',
    shape: 'French news page: kicker, dek, "Lire aussi" plug inside the text, a hidden paywall line, "Les plus lus"',
    title: 'Le prix du café atteint un niveau record sur les marchés mondiaux', authors: ['Claire Dumas'], publishedAt: '2024-11-28T06:30:12+01:00', language: 'fr',
    first: 'La sécheresse au Brésil et au Vietnam a fait bondir les cours de l’arabica.', last: /^Certains distributeurs évoquent une augmentation/, count: 6,
    holds: ['Des hausses attendues en rayon'],
    without: /Lire aussi|Le cacao flambe|Il vous reste|abonnés|Les plus lus|Matières premières|Publié le|Mentions légales/,
  },
  {
    page: 'es-news', url: 'https://www.diariodelcentro.example/madrid/2025-01-15/zona-bajas-emisiones-toda-la-ciudad.html',
    shape: 'Spanish news page: kicker, subtitle, signature with place and time, an ad label and a "follow us" line in the text',
    title: 'Madrid amplía la zona de bajas emisiones a toda la ciudad', authors: ['Lucía Ferrer'], publishedAt: '2025-01-15T09:05:00+01:00', language: 'es',
    first: /^Los vehículos sin etiqueta ambiental no podrán circular/, last: /^El consistorio defiende que la calidad del aire/, count: 5,
    without: /Publicidad|Sigue toda la información|newsletter|Más información|Las claves|Movilidad|derechos reservados/,
  },
  {
    page: 'zh-portal', url: 'https://news.dongfang.example/2024-09-26/doc-ikxyz1234.shtml',
    shape: 'Chinese portal article: breadcrumb, date and source line, ideographic indents, keywords, related and ranking lists',
    title: '我国首条跨海高铁全线贯通', authors: [], publishedAt: '2024-09-26T10:32:00+08:00', language: 'zh-CN',
    first: /^新华社福州9月26日电/, last: /^预计该线路将于明年正式投入运营/, count: 4,
    without: /首页|正文|来源|责任编辑|关键词|相关新闻|热门排行|版权所有/,
  },
  {
    page: 'ja-portal', url: 'https://minato-news.example/articles/20250305/k1001.html',
    shape: 'Japanese news page: headline with an ideographic space, date line, share links, ranking sidebar',
    authors: [], publishedAt: '2025-03-05T16:40:00+09:00', language: 'ja',
    first: /^気象庁は5日、今年の桜の開花予想を発表しました。/, last: /^一方、北日本では気温の変動が大きく/, count: 3,
    without: /ツイート|シェア|LINE|アクセスランキング|Copyright/,
  },
  {
    page: 'en-legacy-br-font', url: 'http://ashbyhistory.example/mill.html',
    shape: 'hand-written 2003 page: a layout table, <font> and <center> markup, paragraphs separated by <br><br>',
    title: 'The Old Mill at Ashby Creek', authors: ['Walter Greaves'], language: 'en',
    holds: [/^The mill at Ashby Creek was built in 1832/, /^The building we see today is the second mill/, /^In the 1890s the mill was sold/, /^Milling stopped in 1927/, /^Today the mill is open to visitors/],
    // The site's name shows first, over the headline (rule 'logo in text over the headline'), so the headline line is
    // the title, and leaves the body; the byline under it, a <font> line of its own, is read as the byline and leaves too.
    first: /^The mill at Ashby Creek was built in 1832/, last: 'Page last updated 12 August 2003. Comments to the webmaster.',
    without: /Local History Pages|Churches|Links|Back to the index/,
  },
  {
    page: 'en-giant-div', url: 'https://coastlines.example/history/lighthouse-colors',
    shape: 'app shell: one giant <div> of <div>s with generated classes, no heading, paragraph or article element',
    title: 'How Lighthouses Got Their Colors', authors: ['Rosa Lindqvist'], language: 'en',
    first: /^Lighthouses are painted to be seen by day/, last: /^Today most ships navigate by satellite/, count: 4,
    without: /Subscribe|Share|Save|You might also like|Last Keepers|Privacy/,
  },
  {
    page: 'en-nested-article', url: 'https://riversideledger.example/local/2023/05/10/bike-lanes-vote',
    shape: '"article" inside "article": a related story embedded as an <article> in the text, teaser <article>s after it',
    title: 'City Council Votes to Expand Bike Lanes Downtown', authors: ['Omar Haddad'], language: 'en',
    first: /^The Riverside City Council voted 6-3 on Tuesday/, last: /^Council member Ana Ruiz, who voted against the plan/, count: 4,
    without: /Related:|Crashes involving cyclists|More Local News|superintendent|Library branch/,
  },
  {
    page: 'en-template-svg', url: 'https://crumbandcrust.example/guides/sourdough-starter',
    shape: 'inline SVG (an icon sprite, an SVG logo, a chart in a figure) and <template>s of a recipe card and a comment',
    title: "A Beginner's Guide to Sourdough Starters", authors: ['Nadia Okafor'], publishedAt: '2022-02-18T00:00:00+00:00', language: 'en',
    first: /^A sourdough starter is nothing more than flour and water/, last: /^Once it is active, you can keep it in the fridge/, count: 4,
    without: /Share icon|Print|Jump to recipe|Printable recipe card|Loading comment|Day 1/,
  },
  {
    page: 'en-microdata', url: 'https://culturalreview.example/art/bronze-figures-returned',
    shape: 'schema.org microdata only: headline, author, date, language and image in itemprops, no meta tags',
    title: 'Museum Returns Bronze Figures to Their Village of Origin', authors: ['Kwame Asante'], publishedAt: '2022-07-21T14:00:00+02:00', language: 'en',
    first: /^A regional museum has returned seven bronze figures/, last: /^The figures will be displayed in a new community centre/, count: 4,
    without: /Words by|Newsletter|every Friday|Sign up|Books|Film/,
    images: ['https://culturalreview.example/images/bronzes-returned.jpg'],
  },
  {
    page: 'en-table-article', url: 'https://budgetwise.example/money/cheapest-phone-plans',
    shape: 'consumer article with a comparison <table> between paragraphs',
    title: 'Which Phone Plan Is Cheapest? We Compared Five', authors: ['Grace Liu'], publishedAt: '2024-04-02T07:00:00+00:00', language: 'en',
    first: /^Phone plans have become harder to compare/, last: /^Whatever you choose, check whether the price includes taxes/, count: 8,
    holds: ['Plan | Monthly price | High-speed data | Hotspot', 'Basic Talk | $15 | 5 GB | No', 'Unlimited Plus | $65 | Unlimited | 30 GB'],
    without: /By Grace Liu|Deals|© Budget Wise/,
  },
  {
    page: 'en-video-iframe', url: 'https://oceantoday.example/watch/white-whale-spotted',
    shape: 'video story: YouTube and Vimeo iframes before and after the text, a video credit',
    title: 'Watch: Rare White Whale Spotted Off the Coast', authors: ["Liam O'Connor"], publishedAt: '2023-08-17T12:00:00+00:00', language: 'en',
    first: /^A rare white humpback whale has been filmed/, last: 'Video: Coastal Whale Watch', count: 4,
    holds: [/^The whale, nicknamed Frost, was first seen in 2011/, /^Researchers asked boat operators to keep their distance/],
    without: /By Liam|White whale footage|© Ocean Today/,
  },
  {
    page: 'ar-blog', url: 'https://daftar-alsafar.example/2023/10/siwa-oasis/',
    shape: 'Arabic WordPress travel blog (RTL): a picture in its own paragraph, a share box, comments and a widget area',
    title: 'رحلتي إلى واحة سيوة: أسبوع بين النخيل والملح', authors: ['سارة المصري'], publishedAt: '2023-10-09T18:00:00+03:00', language: 'ar',
    first: /^وصلت إلى سيوة بعد رحلة طويلة بالحافلة/, last: /^نصيحتي لمن يخطط للزيارة/, count: 4,
    without: /شارك هذا|فيسبوك|تعليقات|مقال رائع|أحدث التدوينات|جميع الحقوق|بقلم/,
    images: ['https://daftar-alsafar.example/wp-content/uploads/2023/10/siwa-lake.jpg'],
  },
  {
    page: 'en-long-comments', url: 'https://gvgazette.example/2022/01/14/library-weekend-hours/',
    shape: 'old blog theme: the site\'s name as the h1, the headline as an h2, a comment thread three times longer than the story',
    title: 'Library Extends Weekend Opening Hours', publishedAt: '2022-01-14T00:00:00+00:00', language: 'en',
    first: /^The Green Valley public library will open until 8 p\.m\./, last: /^Board chair Linda Moss said/, count: 3,
    without: /Responses|says:|About time|Who is paying|Leave a Reply|Filed under|published every Thursday/,
  },
  {
    page: 'en-div-br-post', url: 'https://runningdiaries.example/2016/10/first-marathon',
    shape: 'blog post as <br><br>-separated text in a <div>, a title box of two inline spans (headline, date), long sidebar widgets',
    title: 'My First Marathon: What Nobody Told Me', publishedAt: '2016-10-02T00:00:00+00:00', language: 'en',
    first: /^I ran my first marathon last Sunday/, last: 'Would I do it again? Ask me in a month.', count: 5,
    without: /What Nobody Told Me|Oct 2, 2016|About me|slow runner|Popular posts|Couch to 5K|©/,
  },
  {
    page: 'en-lazy-picture', url: 'https://railroadreview.example/features/night-train-return',
    shape: 'lazy pictures: a <picture> with data-srcset and a placeholder src, a <noscript> copy, a loading="lazy" figure',
    title: 'The Return of the Night Train', authors: ['Elena Petrova'], publishedAt: '2024-06-11T05:00:00+00:00', language: 'en',
    first: /^Ten years ago, Europe's night trains/, last: /^But the trains are still expensive to run/, count: 4,
    without: /By Elena|sleeper service leaves Vienna|two-berth cabin in one|©/,
    images: ['https://img.railroad.example/night-train-1600.jpg', 'https://img.railroad.example/cabin.jpg'],
  },
  {
    page: 'de-news-sections', url: 'https://www.nordstadt-anzeiger.example/lokales/stadtrat-radwegenetz-101.html',
    shape: 'German local news: <title> with two section segments before the site, kicker, author and date rows, teaser, a "Mehr zum Thema" box',
    title: 'Stadtrat beschließt neues Radwegenetz', authors: ['Jana Vogt'], publishedAt: '2024-03-12T17:45:00+01:00', language: 'de',
    first: 'Bis 2030 sollen 40 Kilometer neue Radwege entstehen.', last: /^Kritik kam von der Opposition/, count: 5,
    without: /Verkehr|Von Jana Vogt|12\.03\.2024|Mehr zum Thema|Fahrradstraße|Impressum/,
  },
  {
    page: 'en-bare-body', url: 'http://www.kbrandt-radio.example/radio/repair-notes.html',
    shape: 'hand-written page with no container: text straight in <body>, unclosed <p>s, a row of links under an <hr>',
    title: 'Notes on Repairing a 1970s Tube Radio', publishedAt: null, language: 'en',
    last: /^Only then should you power the set up/,
    holds: [/^These notes describe how I brought an old tabletop tube radio/, /^The first thing to replace/, /^Next, check the resistors/],
    without: /Back to my home page|Mail me/,
  },
  {
    page: 'en-paginated', url: 'https://trailworld.example/europe/best-alps-hikes',
    shape: 'first page of a paginated listicle: "(Page 1 of 3)" in <title>, numbered pages and "Next page" under the text',
    title: 'The 10 Best Hikes in the Alps', authors: ['Marco Bellini'], language: 'en',
    first: /^The Alps offer some of the finest walking/, last: /^A popular day hike in the Dolomites/, count: 7,
    holds: ['1. Tour du Mont Blanc', '2. The Eiger Trail', '3. Lago di Sorapis'],
    without: /by Marco|Next page|Page 1|© TrailWorld/,
  },
  {
    page: 'en-jetpack-related', url: 'https://allotmentyear.example/2021/07/pruning-tomatoes/',
    shape: 'WordPress post: share and like boxes and related posts with excerpts inside the entry content, a post pager after it',
    title: 'Pruning Tomatoes: When, Why and How', authors: ['Ruth'], publishedAt: '2021-07-03T09:12:44+00:00', language: 'en-US',
    first: /^Cordon tomatoes, the tall kind/, last: /^In late summer, once the plant has set four or five trusses/, count: 4,
    without: /Share this|Like this|Loading|Related|Hardening Off|Young plants raised indoors|Dealing With Blight|Posted in|Previous post|WordPress/,
  },
  {
    page: 'en-gist-code', url: 'https://shelltricks.example/2020/02/parsing-dates-without-gnu-date.html',
    shape: 'blog post with an embedded gist: code as a table of numbered lines, "view raw" and "hosted with" under it',
    title: 'Parsing Dates in Bash Without GNU date', authors: ['Sam Ortiz'], publishedAt: '2020-02-11T00:00:00+00:00', language: 'en',
    first: /^On macOS and the BSDs, the date command/, last: /^It only handles dates in the year-month-day format/, count: 7,
    holds: ['to_epoch() {', /^if date --version >\/dev\/null 2>&1; then date -d "\$1" \+%s$/, /^else date -j -f/, '}', /^The function first checks/],
    without: /view raw|hosted with|Older|Newer|February 11, 2020/,
  },
  {
    page: 'en-aria-hidden-dup', url: 'https://islandvoice.example/news/2025/ferry-timetable-cuts',
    shape: 'aria-hidden copies: a mobile summary repeating the text\'s point, a visually hidden ad label inside the article box',
    title: 'New Ferry Timetable Cuts Crossings to Two a Day', authors: ['Fiona MacLeod'], publishedAt: '2025-02-20T08:00:00+00:00', language: 'en',
    first: /^The ferry operator has confirmed that its winter timetable/, last: /^The community council has called a public meeting/, count: 4,
    without: /unable to reach hospital appointments|Advertisement|Scroll to continue|By Fiona|Island Voice Ltd/,
  },
  {
    page: 'it-news-gallery', url: 'https://www.corrierenordest.example/cronaca/venezia-acqua-alta-san-marco',
    shape: 'Italian news page: a two-slide gallery with captions and slide buttons above the text',
    title: "Venezia, l'acqua alta torna a invadere piazza San Marco", authors: ['Giulia Rossi'], publishedAt: '2024-11-12T10:15:00+01:00', language: 'it',
    first: /^L'acqua alta è tornata a invadere piazza San Marco/, last: /^Il sindaco ha chiesto una verifica/, count: 3,
    without: /1 \/ 2|‹|›|di Giulia|Cronaca|©/,
    images: ['https://img.corrierenordest.example/2024/11/sanmarco-1.jpg', 'https://img.corrierenordest.example/2024/11/sanmarco-2.jpg'],
  },
  {
    page: 'en-qa-forum', url: 'https://baking-qa.example/q/4411/how-do-i-stop-my-sourdough-from-spreading-flat',
    shape: 'Q&A page: the question and two answers with vote counts, tags and "asked/answered" rows, a sidebar of other questions',
    title: 'How do I stop my sourdough from spreading flat?', language: 'en',
    first: /^Every loaf I bake spreads out into a pancake/,
    holds: [/^I use 75% hydration/, /^Six hours at room temperature is probably too long/, /^Try cutting the bulk ferment/, 'Lowering the hydration to 70% while you practise shaping also helps a lot.'],
    without: /Hot Network|freeze cookie dough|Log in|Users/,
  },
  {
    page: 'en-title-site-first', url: 'https://filmnotes.example/reviews/the-long-winter',
    shape: 'site name first in <title> behind an em dash, the headline (a "Review:" kicker in it) in the h1, no metadata',
    title: "Review: 'The Long Winter' Is a Quiet, Devastating Debut", publishedAt: '2024-01-09T00:00:00+00:00', language: 'en',
    first: /^There are no villains in 'The Long Winter'/, last: /^The cast of mostly unknown actors/, count: 3,
    without: /Film Notes|Reviews|Festivals|January 9, 2024|independent site/,
  },
  {
    page: 'en-title-hyphens', url: 'https://framerate.example/reviews/across-the-spider-verse',
    shape: 'headline with hyphens and a spaced dash of its own, "- Site" after it in <title>',
    title: 'Spider-Man: Across the Spider-Verse - the sequel that outdoes the original', authors: ['Jordan Blake'], publishedAt: '2023-06-05T00:00:00+00:00', language: 'en',
    first: /^Sequels to surprise hits rarely manage/, last: /^If it has a flaw, it is that it ends on a cliffhanger/, count: 3,
    without: /By Jordan Blake|© Frame Rate/,
  },
  {
    page: 'en-title-small-subtitle', url: 'https://earthdesk.example/caves/deepest-cave-europe-mapped',
    shape: 'h1 with a <small> subtitle after the headline, an og:title written for search ("… (PHOTOS)"), "» Site" in <title>',
    title: 'Scientists Map the Deepest Cave System in Europe', authors: ['Irina Pavlova'], language: 'en',
    first: /^A team of cavers and geologists has completed/, last: /^Their three-dimensional map will help/, count: 3,
    without: /PHOTOS|Text: Irina|Earth Desk/,
  },
  {
    page: 'en-tweet-embed', url: 'https://metrowire.example/news/2024/10/03/airport-drone-runway',
    shape: 'news story with an embedded post (a blockquote with its author and date line, a widget script) and a mega menu of described sections',
    title: 'Airport Closes Runway After Drone Sightings', authors: ['Chris Adebayo'], publishedAt: '2024-10-03T21:10:00+00:00', language: 'en',
    first: /^The city's main airport closed one of its two runways/, last: /^Flying a drone within five kilometres of an airport/, count: 5,
    // The post's words are quoted by the story; the embed's line naming the poster and the date is its furniture.
    holds: ['Runway 27L has reopened. We thank passengers for their patience and apologise for the disruption this evening.'],
    without: /Breaking stories|Guides, deals|Personal finance|© Metro Wire|@MetroAirport|October 3, 2024/,
  },
  {
    page: 'en-toc-box', url: 'https://greenlivinghub.example/guides/composting-at-home',
    shape: 'guide with a table-of-contents box of anchor links between byline and text',
    title: 'A Complete Guide to Composting at Home', authors: ['Hannah Price'], publishedAt: '2023-04-18T10:00:00+00:00', language: 'en',
    first: /^Composting turns kitchen scraps and garden waste/, last: /^Put your bin on bare soil/, count: 7,
    holds: ['Why compost?', 'What to put in', 'How to start'],
    without: /Table of Contents|Hannah Price|© Green Living Hub/,
  },
  {
    page: 'he-news', url: 'https://www.hadashot-haemek.example/news/article/40512',
    shape: 'Hebrew news page (RTL): "מאת" byline, a most-read aside',
    title: 'הכנסת אישרה את חוק הדיור הציבורי בקריאה ראשונה', authors: ['נועה לוי'], publishedAt: '2024-07-08T19:30:00+03:00', language: 'he',
    first: /^מליאת הכנסת אישרה הערב בקריאה ראשונה/, last: /^הצעת החוק תועבר כעת לוועדת הכספים/, count: 4,
    without: /מאת|הכי נקראים|שביתה בנמלים|כל הזכויות/,
  },
  {
    page: 'en-layout-table', url: 'http://www.riversiderowing.example/reports/2001.html',
    shape: 'club page from 2001: a layout table whose left cell holds the menu and a "Next event" notice, the report in the right cell',
    title: 'Annual Report of the Riverside Rowing Club, 2001', authors: [], publishedAt: null, language: 'en',
    first: /^The club had one of its busiest years in a decade/, last: /^The committee thanks every member/, count: 5,
    without: /Club pages|Regattas|Join the club|Next event|Spring Head race/,
  },
  {
    page: 'en-comment-articles', url: 'https://valleyopinion.example/columns/keep-the-regent-cinema',
    shape: 'opinion column whose comments are <article>s inside its own <article>, a newsletter box inside the text, a <noscript> notice',
    title: 'Why Our Town Should Keep Its Last Cinema', authors: ['Peter Lund'], publishedAt: '2023-09-14T06:00:00+00:00', language: 'en',
    first: /^When the owners of the Regent announced last month/, last: 'Let us find it before the projector goes dark for good.', count: 4,
    without: /enable JavaScript|in your inbox|every Saturday|Sign up|Comments|Margaret|met my husband|potholes/,
  },
  {
    page: 'en-listing', url: 'https://morningpost.example/science',
    shape: 'no article: a section page listing five stories as cards, "Load more" after them',
    title: 'Science', authors: [], language: 'en',
    first: 'Bright comet visible to the naked eye this week', last: 'Load more stories', linesRepeat: true,
    without: /World|Tech|Health|© 2024/,
  },
  {
    page: 'en-login', url: 'https://harbortimes.example/login',
    shape: 'no article: a sign-in form under the site\'s menu, a footer of links',
    title: 'Sign in to your account', authors: [], publishedAt: null, language: 'en',
    first: /^Not a subscriber yet\?/, last: /^Not a subscriber yet\?/, count: 1,
    without: /Obituaries|Classifieds|Privacy policy|Advertise|All rights reserved|Password/,
  },
];


describe.each(cases)('$page: $shape', ({ page, url, title, authors, publishedAt, language, first, last, count, linesRepeat, holds, without, images }) => {
  describe.each([['without a URL', null], ['with its URL', url]])('read %s', (_, pageUrl) => {
    const record = extractPage(page, pageUrl);
    const body = paragraphs(record);

    it('reads the headline without the site\'s name, the byline, the date and the language', () => {
      if (title !== undefined) expect(record.title).toBe(title);
      if (authors !== undefined) expect(record.authors).toEqual(authors);
      if (publishedAt !== undefined) expect(record.publishedAt).toBe(publishedAt);
      expect(record.language).toBe(language);
    });

    it('starts and ends where the article does, each paragraph once', () => {
      if (first !== undefined) expect(body[0]).toEqual(typeof first === 'string' ? first : expect.stringMatching(first));
      if (last !== undefined) expect(body.at(-1)).toEqual(typeof last === 'string' ? last : expect.stringMatching(last));
      if (count !== undefined) expect(body).toHaveLength(count);
      if (!linesRepeat) expect(new Set(body).size).toBe(body.length);
    });

    it('holds the article\'s parts in order and none of the furniture', () => {
      expectParagraphsInOrder(body, holds ?? []);
      expect(record.body).not.toMatch(without);
    });

    if (images && pageUrl) it('reads the article\'s pictures and no others', () => expect(imageUrls(record)).toEqual(images));
  });
});
