/**
 * Words that identify page furniture, kept in one place so the rules that use them stay readable.
 * Class/id tokens are matched whole (split on spaces, `-` and `_`), so `ad` does not match `head` or `shadow`.
 */
import { COUNTER_WORDS_AFTER, COUNTER_WORDS_BEFORE, MULTIPLIER_ALTERNATION } from '../metadata/counter-words';
import { foldArabic } from '../metadata/arabic-dates';
import { CJK_PUBLISHED_LABELS, CJK_UPDATE_LABELS, CJK_UPDATE_LEAD_WORDS, DATE_LABEL, labelAlternation, UPDATE_LABEL } from '../metadata/date-labels';
import { WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from '../metadata/month-names';
import { TAG_LINE_WORDS } from '../metadata/taxonomy-labels';
import { SOURCE_LABEL } from '../metadata/wire-agencies';

/**
 * Rule "Arabic marks": Arabic writes its short vowels, tanween and shadda as marks over and under the letters, and a
 * page sets them or not as it likes, where it likes: "اقرأ أيضا", "اقرأ أيضاً" (the tanween on the alif) and "اقرأ
 * أيضًا" (on the letter before it, as Egyptian papers write it) are the same words, and so are "حمل" and "حمّل"; a
 * title may also stretch its words with the tatweel ("اقـرأ"). A vocabulary pattern is written without them, and lets
 * any follow each Arabic letter (or a bracket of letters, "[أا]") it names.
 */
function withArabicMarks(pattern: string): string {
  return pattern.replace(PATTERN_PIECE, (piece) => (ARABIC_LETTER.test(piece) ? piece + ARABIC_MARKS : piece));
}
/** An escape, a bracket of characters or one character of a pattern's source. */
const PATTERN_PIECE = /\\.|\[(?:\\.|[^\]\\])*\]|[\s\S]/gu;
const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF]/u;
const ARABIC_MARKS = '[\\u064B-\\u065F\\u0670\\u0640]*';

/**
 * Compiled at once: V8 runs a pattern's first test in its bytecode interpreter and compiles it to machine
 * code only on the next, unless the first text it is asked about is long (1,000 characters or more). For the
 * largest case-insensitive patterns here the bytecode step costs more than the machine-code compilation: the first
 * three tests of {@link FURNITURE_HEADING} take 19.8 ms from a fresh pattern, against 8.0 ms when it is compiled at
 * once (2026-12-04, once per process). So each is first asked about a long blank text, only to have V8 compile it
 * straight to machine code; a test leaves a pattern without the `g` or `y` flag as it was. A process started with
 * the engine's V8 flags (../v8-flags.ts) skips the bytecode step anyway; this spares it to the others (the tests,
 * scripts run through tsx).
 */
function compiledAtOnce(pattern: RegExp): RegExp {
  pattern.test(LONG_BLANK_TEXT);
  return pattern;
}
const LONG_BLANK_TEXT = ' '.repeat(1000);

/**
 * Alternatives tested as a few patterns, each well under the size past which V8 stops optimising a pattern (20 KB of
 * source): past it, V8 compiles the pattern without the analyses that let it rule out most start positions at once.
 * {@link PUBLISHER_NOTICE}, grown to 21,322 characters as one pattern, took 1,562 ms to test the 16,180 short
 * paragraphs of the dev corpus's bodies, against 197 ms as two patterns, and 5% of the engine's time (2026-12-04).
 * `frame` makes a part's source of its alternatives joined by `|` (an anchor and a common ending around them, the
 * Arabic marks); a text matches when one part matches it, as it would match the whole framed pattern.
 */
function patternInParts(alternatives: readonly string[], flags: string, frame = (joined: string) => joined): { test(text: string): boolean } {
  const parts: RegExp[] = [];
  let start = 0;
  let chars = 0;
  const frameChars = frame('').length;
  alternatives.forEach((alternative, index) => {
    // An alternative's size in the framed source, where an Arabic letter takes its marks.
    const size = frame(alternative).length - frameChars;
    if (index > start && chars + size > MAX_PATTERN_PART_CHARS) {
      parts.push(compiledAtOnce(new RegExp(frame(alternatives.slice(start, index).join('|')), flags)));
      start = index;
      chars = 0;
    }
    chars += size + 1;
  });
  parts.push(compiledAtOnce(new RegExp(frame(alternatives.slice(start).join('|')), flags)));
  return { test: (text) => parts.some((part) => part.test(text)) };
}
const MAX_PATTERN_PART_CHARS = 10_000;

/**
 * Class/id tokens of comment areas. Rule "obituary guest book": an obituary's readers write their condolences in its
 * guest book (`guestbook`, `condolences`), the discussion under a death notice; funeral homes' platforms call it the tribute wall (`tribute-wall`), where readers
 * "share a memory". Rule "condolences in the site's
 * language": German funeral portals name it the Kondolenzbuch (`kondolenzbuch`, `kondolenzen`), French funeral
 * homes the register of condoléances (`condoleances`, written without the accent a class cannot carry), Spanish ones
 * the condolencias; each holds the readers' messages under the notice, often longer than the notice itself.
 */
export const COMMENT_TOKENS: ReadonlySet<string> = new Set([
  'comment', 'comments', 'commentlist', 'commentform', 'kommentar', 'kommentare', 'commentaire', 'commentaires', 'comentarios', 'disqus', 'respond', 'replies',
  'guestbook', 'condolences', 'tribute-wall', 'tributewall', 'kondolenzbuch', 'kondolenzen', 'condoleances', 'condolencias',
  // Rule "talkbacks": the Israeli press's name for the readers' comments (see metadata/regions.ts).
  'talkback', 'talkbacks',
  // Rule "comments in the Slavic languages": Serbian, Croatian, Bosnian, Montenegrin and Macedonian templates, and
  // Bulgarian ones in Latin letters, name the readers' area "komentari", Slovenian ones "komentarji", Polish ones
  // "komentarze" and Czech and Slovak ones "komentare" (komentáře, komentáre, as a class writes them without accents);
  // the box holds the readers' posts and the form, never the story.
  'komentari', 'komentarji', 'komentarze', 'komentare',
  // Rule "comments in the Baltic languages": Lithuanian templates name the readers' area "komentarai", Estonian ones
  // "kommentaarid" (Latvian "komentāri" is written "komentari" in a class, as above); the box holds the readers' posts,
  // the form and the note on who may comment, never the story.
  'komentarai', 'kommentaarid',
]);

/**
 * Class/id tokens that name a fact-check's verdict as a rating, the verdict word joined to its part (see rule
 * "verdict's rating"), in the languages the pipeline ingests.
 */
export const VERDICT_RATING_TOKENS: ReadonlySet<string> = new Set(['verdict-rating', 'veredicto-rating', 'veredito-rating', 'verdetto-rating']);

/** Class/id tokens that name an ad slot. */
export const AD_WORDS: ReadonlySet<string> = new Set(['ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'adslot', 'adunit', 'dfp']);

/** Class/id tokens of blocks that are never article text: comments, share bars, related lists, ads, consent... */
export const BOILERPLATE_TOKENS: ReadonlySet<string> = new Set([
  ...COMMENT_TOKENS, ...AD_WORDS,
  'share', 'shares', 'sharing', 'sharebar', 'shariff', 'social', 'socials', 'sociallinks', 'addthis',
  // Rule "share box in the Romance languages": Brazilian, Portuguese, Spanish, Italian and French templates name the
  // share row in the site's language ("compartilhe", "partilhar", "compartir", "condividi", "partager"), the verb or
  // its noun, as English ones write `share`; the row holds the label and the networks' buttons, never the story.
  'compartilhe', 'compartilhar', 'compartilhamento', 'partilhe', 'partilhar', 'partilha', 'compartir', 'condividi', 'condivisione', 'partager', 'partage',
  'related', 'relatedposts', 'relatedarticles', 'relatedstories', 'relatedcontent', 'relatedlinks', 'relatednews',
  'nextstory', 'next-story', 'nextpost', 'next-post', 'recommended', 'recommendations', 'recirculation', 'readmore', 'readalso', 'more-stories', 'morestories',
  'newsletter', 'newsletters', 'news-letter', 'subscribe', 'subscription', 'signup', 'login', 'cookie', 'cookies', 'consent', 'gdpr',
  // Rule "newsletter box in Spanish": Spanish templates name the box for the bulletin (`boletin`, written without the
  // accent a class cannot carry), its title "Recibe nuestro boletín" over a pitch line and the e-mail field.
  'boletin', 'boletines',
  // Rule "table plugin's controls": DataTables, which TablePress and most sortable tables on news sites run on, names the
  // boxes it sets around a story's table for what they do: the rows-per-page picker ("Mostrar 10 registros"), the
  // search field, the count of rows shown ("Showing 1 to 6 of 6 entries") and the page links; the table is the story's,
  // its controls are the plugin's.
  'datatables_length', 'datatables_filter', 'datatables_info', 'datatables_paginate',
  // Rule "Joomla's pathway": Joomla 1.0 and Mambo name the breadcrumb trail the "pathway" (`<span class="pathway">`,
  // Joomla 1.5 keeps it beside "breadcrumbs"); its crumbs and the headline it ends with are the site's navigation.
  'pathway',
  'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'outbrain', 'taboola', 'sponsor', 'sponsored', 'promo', 'promotion', 'popular', 'mostread', 'most-read',
  'most-viewed', 'trending', 'modal', 'popup', 'overlay', 'skiplink', 'skip-link', 'sr-only', 'screen-reader-text',
  'visually-hidden', 'visuallyhidden', 'counter', 'counters', 'viewcount', 'view-count', 'views', 'rating', 'votes',
  'tags', 'taglist', 'tag-list', 'tagcloud', 'keywords', 'byline', 'dateline', 'author-bio', 'authorbio', 'author-box', 'authorbox', 'about-author', 'author-info', 'authorinfo', 'author-details', 'author-profile', 'author-description', 'meta',
  'postmeta', 'entry-meta', 'post-meta', 'sidebar', 'widget', 'widgets', 'menu', 'nav', 'navbar', 'navigation', 'masthead',
  'header', 'footer', 'banner', 'toolbar', 'copyright', 'copyrights', 'follow', 'donate', 'app-promo', 'caption-credit',
  // A column's writer box, named for the writer (كاتب) as Arabic column templates name it where others say author
  // (`<div class="writer-bio"><img><p><strong>Jane Doe</strong> teaches urban planning …</p></div>`): the writer's
  // standing profile under every column, not the column.
  'writer-bio', 'writerbio', 'writer-box', 'writerbox', 'about-writer', 'writer-info', 'writerinfo', 'writer-details', 'writer-profile', 'writer-description',
  // Rule "writer box in Turkish": Turkish templates name the same box for the writer (yazar) and the box (kutu, kutusu)
  // or the information (bilgi, bilgileri), the reporter's standing profile under each of their stories.
  'yazar-kutu', 'yazar-kutusu', 'yazarkutu', 'yazar-bilgi', 'yazar-bilgileri',
  // Rule "reporter's box": Korean and Japanese broadcasters' and papers' templates name it for the reporter (기자, 記者)
  // in English (`<div class="reporter_box"><img><p><strong>정유나 기자</strong> jyn@…</p><a>기자 다른기사 보기</a></div>`).
  'reporter-box', 'reporterbox', 'reporter-info', 'reporter-bio', 'reporter-profile',
  // A forum post's signature: the poster's standing footer under every post, not the post.
  'signature',
  // A magazine story's production credits ("Interview …, Fotograf …, Styling …") under the text: who made the pages,
  // not the story; a live page's contributors ("Live Reporting", "Edited by …") are its byline.
  'credits', 'contributors',
  // Rule "credits in Spanish": a podcast's or a video's notes close on who produced, edited and scored it ("Producción:
  // …. Edición de audio: …. Música: …"), in a box Spanish templates name `creditos`.
  'creditos',
  // A blog's "about me" / "about us" box beside or under the post: the writer's or the studio's standing profile.
  'about-box', 'aboutbox', 'about-me', 'aboutme', 'about-us-box',
  // A call-to-action box set in the text ("Was verdienen Sie im Vergleich? … Zum Gehaltsvergleich") sells the site's
  // own service; Ghost's call-to-action card pitches the membership.
  'cta-box', 'ctabox', 'cta-card',
  // A link's preview card set in the text (Ghost's bookmark card: the other page's title, description, site and
  // picture) is a "read also" for that page.
  'bookmark-card',
  // WordPress's embed of another post of the site (`<blockquote class="wp-embedded-content">`, a link to it, which the
  // iframe after it shows as a card) is the same "read also", set by the core editor on every WordPress site.
  'wp-embedded-content',
  // The readers' reactions box under the story (emoji buttons, "Contribuer", "Réutiliser ce contenu"), not the story.
  // Rule "reaction box": South Asian portals name the box of mood buttons in the singular (`reaction-box`), its
  // counts under a heading that asks the reader's reaction ("तपाईंको प्रतिक्रिया": "खुसी ४ दु:खी ५७ …"), no more the story.
  'reactions', 'reaction-box', 'reactionbox',
  // Rule "gift box": a paywalled site lets subscribers give articles away, and says so in a box by the story ("Offrir
  // cet article – Abonné, vous pouvez offrir jusqu'à 15 articles par mois", "المشتركون يمكنهم إهداء 5 مقالات شهريا",
  // "This article was gifted to you by a subscriber"), named for the gift; the word alone may name a gift guide's card.
  'gift-banner', 'giftbanner', 'article-gift', 'gift-article', 'gifted-article', 'gift-link',
  // A print button's label ("Drucken", "drukuj") is a control left in the article's container, not its text.
  'print-button', 'printbutton',
  // MediaWiki's furniture around an article: the "[edit]" link beside every heading, and the navigation box of sister
  // articles under it.
  'editsection', 'navbox',
  // Rule "reader poll": a poll set between a newsletter's or a post's sections (its question, the answers as links or
  // buttons, "Login or Subscribe to participate in polls") asks the readers; WordPress's poll plugins and the
  // newsletter platforms name its box `poll` (`wp-polls`, `yop-poll-container`). Once its answers, a list of links, are
  // dropped, the question and the prompt would be left as paragraphs.
  'poll', 'polls',
  // Rule "reader quiz": entertainment pages set a quiz in the story the same way ("QUIZ: Which character are you?",
  // "Question 1 of 8", its answers as buttons, "48,219 people played"), a game for the readers that its plugin names
  // `quiz`; once its buttons go, its title and question would be left as a subheading and a line of the story.
  'quiz', 'quizzes',
  // Rule "odds box": sports sites set a bookmaker's odds in a box by or inside the match story ("أفضل الاحتمالات …
  // راهن الآن 18+", "Best odds … Bet now"), a partner's advertisement named for the odds or the betting, not the report.
  'odds', 'odds-box', 'oddsbox', 'odds-widget', 'betting', 'sportsbook', 'bookmaker',
  // Rule "live-score widget": sports sites run the day's other matches with their running scores in a box the results
  // feed fills ("مباريات اليوم: … 1 - 0 … 78'"), over the page or set inside the report's text, named for the live
  // scores; a story's own list of a round's results is set as its text is, in no such box.
  'livescore', 'livescores', 'live-score', 'live-scores', 'scores-ticker', 'score-ticker', 'results-ticker', 'matches-ticker',
  // Rule "standings widget": the same feed fills the league's or the series' standings, which sports sites set beside
  // the report or between its paragraphs in a box named for the widget ("World Marathon Series standings", "Alemu 50
  // pts"), the same box under every story of the sport; a story about the standings gives them in its own table, set
  // as its text is, in no such box.
  'standings-box', 'standings-widget', 'standingswidget', 'standings-module', 'ladder-widget',
  // Rule "data ticker": markets and election pages run a strip of running figures across the page or inside the story
  // ("DAX 24.318,52 +0,91 %", "County Executive: Harlan 52.9%"), filled by the feed and named for the ticker of what it
  // shows; the story gives its own figures in its text and tables. A bare `ticker` or `live-ticker` also names a live
  // blog's stream of entries, which is the story, and is left out.
  'stock-ticker', 'stockticker', 'stocks-ticker', 'market-ticker', 'markets-ticker', 'marketticker', 'price-ticker', 'prices-ticker', 'quote-ticker', 'quotes-ticker',
  'ticker-tape', 'tickertape', 'election-ticker', 'elections-ticker', 'vote-ticker', 'currency-ticker', 'fx-ticker',
  // Rule "mission tracker": space and flight pages set a live panel of a craft's readings in the story or beside it
  // ("MISSION TRACKER · LIVE", "Altitude 25.3 km", "Velocity 1.68 km/s", "Data refreshed every 60 seconds"), and the
  // launch's countdown clock ("T-02:16:07:45"), filled by the feed and named for the tracker, the telemetry or the
  // countdown: the readings of the moment the page was loaded, not the story, which gives its figures in its
  // sentences. A bare `tracker` also names an analytics pixel or a data page's own tool, and is left out.
  'mission-tracker', 'missiontracker', 'launch-tracker', 'flight-tracker', 'flighttracker', 'spacecraft-tracker', 'live-tracker', 'livetracker',
  'telemetry', 'live-telemetry', 'countdown', 'countdown-timer', 'countdowntimer', 'launch-countdown',
  // Rule "appeal and disclaimer boxes": a crime report sets the police's appeal for witnesses in a box named for it,
  // inside the text or under it ("Anyone with information is asked to call 101 …", `police-appeal`, `appeal-box`),
  // and law firms' and legal news sites' posts their legal disclaimer ("This article is not legal advice …",
  // `legal-disclaimer`): the page's standing boxes, the same under every such story, not the report. A bare
  // `disclaimer` also names a recipe card's nutrition note or a shop widget's price note, which are theirs.
  'police-appeal', 'policeappeal', 'witness-appeal', 'appeal-box', 'appealbox', 'legal-disclaimer', 'legal-notice',
  // Rule "shop and booking boxes": lifestyle and travel stories carry a retailer's or a booking partner's box inside
  // the text ("Shop the story" over product cards with their prices and "Buy now", a hotel search form, "Prenota ora …
  // Scopri le offerte"), filled from the partner's feed and named for the story's shop, the widget or the partner, not
  // for the story; the story's own "Where to stay" lines are set as its text is. A bare `shop` or `partner` also names
  // a section's or a sponsor's heading, and a `product-carousel` a shop's own product page, and are left out.
  'shop-the-story', 'shopthestory', 'shop-the-look', 'shopthelook', 'shop-the-post',
  'booking-widget', 'bookingwidget', 'hotel-widget', 'hotelwidget', 'partner-box', 'partnerbox', 'affiliate-box', 'affiliatebox', 'affiliate-widget',
  // Rule "rate box": money and property pages set the day's mortgage, loan or deposit rates in a box inside the text or
  // beside it ("Today's mortgage rates", "30-year fixed 5.94%", "Compare rates"; "أسعار التمويل العقاري اليوم"; "आज के
  // होम लोन रेट"), filled from the lenders' or the partners' feed and named for the rates it shows, the same beside
  // every story; the story gives the rates it reports in its own sentences and tables. A bare `rate` or `rates` also
  // names a star rating or a story's own figures, and is left out.
  'rate-box', 'ratebox', 'rates-box', 'ratesbox', 'rate-card', 'ratecard', 'rates-card', 'rate-table', 'ratetable', 'rates-table', 'ratestable',
  'rate-widget', 'rates-widget', 'mortgage-rates', 'loan-rates', 'savings-rates', 'deposit-rates', 'todays-rates',
  // Rule "review's score and price boxes": game, film and gadget reviews set the score in a box over or under the text
  // ("8/10 Great", "Ocena końcowa 7,5/10") with the product's facts ("Reviewed on PS5", "Testowano na: PC"), the game's
  // card beside it, and a comparison of shops' prices ("Najtańsze oferty … Kup teraz"), named for the review's box, the
  // score, the game or the price comparison: the review plugin's or the shop feed's widget, the same on every review.
  // The critic's verdict is written in the text, under its heading. A bare `review` or `score` names the text itself
  // or a match's result, and is left out.
  'review-box', 'reviewbox', 'review-score', 'review-scores', 'final-score', 'game-box', 'gamebox',
  'price-compare', 'price-comparison', 'pricecompare', 'price-box', 'pricebox', 'buy-box', 'buybox',
]);

/**
 * Class tokens of a verse's half-line (hemistich) that Arabic, Persian and Urdu poetry is set in, each half a box of
 * its own side by side: Arabic "sadr" and "ajuz" (the opening and closing halves, also "ajz"), "shatr" (a half),
 * Persian and Urdu "misra" / "mesra", and the English "hemistich".
 */
export const HEMISTICH_TOKENS: ReadonlySet<string> = new Set(['sadr', 'ajuz', 'ajz', 'shatr', 'hemistich', 'misra', 'mesra']);
/**
 * Class/id tokens of the standfirst (dek, teaser, summary) a template sets between the headline and the text, with
 * the words French (chapo, chapeau), Portuguese (sapo, linha-fina), Spanish (entradilla, bajada, copete, sumario),
 * Italian (sommario, catenaccio), German (vorspann), Czech and Slovak (perex, anotace, and `opener`, the block that
 * opens the article) newsrooms name it by, and `introtext`, Joomla's name for an article's intro, one word that splits
 * into no parts, which news agencies' CMSs print the dek under the headline in, and `sub`, which Arab portals' custom
 * templates name the subtitle under the headline by (`news_sub`, `sub_title`). Rule "announce": Russian, Ukrainian and
 * Bulgarian newsrooms call the dek the story's announcement ("анонс") and their templates name its block so
 * (`article__announce`, `news-anons`). Rule "release's subhead": press-release wires and companies' newsrooms call the
 * block under a release's headline its subhead (`release-subhead`), the release's dek or the list of its highlights
 * ("Earnings of $1.42 billion; $1.63 per share", "Record Permian production …"), which the release opens with.
 * Rule "Turkish spot and özet": Turkish newsrooms call the dek the story's summary, "özet", and their PHP templates
 * name its block so (`haber_ozet`, `ozet`), with the dotless ASCII spelling. Their other word for it, "spot", is left
 * out: templates give it to a short line under the headline too (`news-spot`), which the subtitle rule judges.
 */
export const STANDFIRST_TOKENS: ReadonlySet<string> = new Set([
  'lead', 'lede', 'teaser', 'intro', 'introtext', 'summary', 'dek', 'deck', 'standfirst', 'excerpt', 'subtitle', 'sub', 'subhead', 'subheadline', 'description', 'abstract', 'epigraph',
  'vorspann', 'chapo', 'chapeau', 'sapo', 'linha-fina', 'entradilla', 'bajada', 'copete', 'sumario', 'sommario', 'catenaccio', 'perex', 'anotace', 'opener', 'announce', 'anons',
  'ozet',
]);

/**
 * The headings of a match sheet (see score-boxes.ts, rule "match sheet"), in the languages the pipeline ingests: the
 * line-ups ("Line-ups", "Aufstellungen", "Les compositions", "Alineaciones", "Formazioni", "تشكيل المباراة") and the
 * match's statistics ("Match stats", "Spielstatistik", "Statistiques du match", "إحصائيات المباراة"). "Teams" and a
 * bare "Statistics" head a story's own sections too, and are no such heading. Rule "ratings panel": a match report
 * sets the players' marks beside it under "Player ratings", "Le pagelle", "Spielernoten", "Notes des joueurs" or
 * "Notas dos jogadores", a panel of a name and a mark a line; a story of the ratings runs in paragraphs, which the
 * rule keeps.
 */
export const MATCH_SHEET_HEADING = new RegExp(withArabicMarks('^(?:'
  + [
    '(?:(?:the |team |starting |confirmed )?line-?ups?|team news and line-?ups|match (?:stats|statistics|facts)|key stats)',
    // Rule "box score": a basketball or baseball report sets the feed's box score under it, the players' minutes,
    // points and rebounds in a table under a heading of its own ("Box score", "Boxscore", German "Statistik"), for
    // every game alike; the recap tells the game in words.
    'box ?score',
    '(?:die )?(?:aufstellung(?:en)?|mannschaftsaufstellung(?:en)?)|spielstatistik(?:en)?|(?:die )?statistik(?: zum spiel)?|spieldaten',
    '(?:les )?compositions(?: (?:des équipes|d[\'’]équipe))?|(?:les )?statistiques du match|la feuille de match|feuille de match',
    '(?:las )?alineaciones|estadísticas del partido|ficha del partido', '(?:le )?formazioni(?: ufficiali)?|tabellino|statistiche (?:del match|della partita)',
    // Rule "the side's marks": the French press heads the panel with the side's name ("Les notes des Bleus", "Les
    // notes des Maritimes", "Les notes du PSG"), as often as with "joueurs".
    'player ratings|(?:le )?pagelle|spielernoten|les notes (?:des|du) [\\p{L}\\p{M}\'’-]+|(?:les )?notes des joueurs|notas (?:de los jugadores|dos jogadores)',
    'تشكيل(?:ة)? (?:المباراة|الفريقين)|التشكيل(?:ة)? (?:الأساسي(?:ة)?|الرسمي(?:ة)?)|إحصائيات المباراة|احصائيات المباراة',
  ].join('|')
  + ')\\s*:?$'), 'iu');

/**
 * The labels of a match's facts on a match sheet (see score-boxes.ts, rule "sheet by its labels"): the scorers and
 * goals, the cards, the referee, the ground, the crowd, the coach, in the languages the pipeline ingests ("Scorers",
 * "Att", "Booked", "Tore", "Gelbe Karten", "Schiedsrichter", "Zuschauer", "Gol", "Goles", "Árbitro", "Estadio", "DT",
 * "Incidencias", "Buts", "Arbitre", "Spectateurs", "Marcatori", "Arbitro", "الحكم", "الأهداف").
 */
export const MATCH_SHEET_LABEL = new RegExp(withArabicMarks('^(?:' + [
  'scorers?|goals?|att(?:endance)?|booked|bookings|sent off|referee|man of the match|subs(?: not used)?|venue',
  'tore|torschützen|gelbe karten?|gelb-rote karten?|rote karten?|schiedsrichter(?:in)?|zuschauer|stadion',
  'gol(?:es)?|árbitro|estadio|dt|incidencias|amonestados|expulsados|cancha',
  'buts?|arbitre|spectateurs|avertissements?|expulsions?|stade',
  'marcatori|reti|arbitro|ammoniti|espulsi|spettatori',
  'الحكم|الأهداف|الإنذارات|الملعب|الحضور',
].join('|') + ')$'), 'iu');

/** What a counter counts, in the languages the pipeline ingests: the view and comment labels the counters are read by, and shares and likes. */
const COUNTED_THINGS = ['shares?', 'likes?', 'إعجاب', ...COUNTER_WORDS_AFTER].join('|');
/**
 * The labels a counter prints before its count: the words above, and those only written first, such as the definite
 * Arabic "الزيارات: 1204" of Joomla's Arabic "Hits:" and "Просмотров: 1 204".
 */
const COUNTER_LABELS = [COUNTED_THINGS, ...COUNTER_WORDS_BEFORE].join('|');
/**
 * The word for "times" that closes a "read so many times" counter: French, Italian, Spanish, Portuguese, Indonesian,
 * Bengali, and Czech (Joomla K2's "Zobrazeno 1287 krát"); and the Nordic ones of "Læst 412 gange", "Lest … ganger",
 * "Läst … gånger" and "Luettu … kertaa" (see the counters reader's rule "read so many times, in the Nordic languages").
 * Rule "viewed so many times, in English": older American templates print "Viewed 1,284 times", the English word
 * after the count, where a bare count would read as views too. Rule "read so many times, in Arabic": Maghreb and older
 * Arab portals print the passive "قرئ 1204 مرة" (it was read 1,204 times) and "شوهد 518 مرة" as a field of the row
 * under the headline; the counters reader takes its count, and the field closes on "مرة" (or the plural "مرات"), so
 * the row it sits in is a details row and leaves the story's text.
 */
const TIMES_WORDS = ['fois', 'volte', 'veces', 'vezes', 'kali', 'বার', 'बार', 'krát', 'gange?', 'ganger', 'gånger', 'gång', 'kertaa', 'kerran', 'times', 'مرة', 'مرات'];
/**
 * What an English tools row says was viewed before its label ("Story viewed 1,284 times", "Article viewed 86 times"):
 * the template's own item, named as a noun before the participle, where other languages print the participle alone.
 */
const VIEWED_ITEM = '(?:(?:story|article|page|post) (?=viewed))?';
const READ_TIMES_SENTENCE = '(?:(?:est[ae]|ess[ae]) (?:notícia|noticia|matéria|reportagem|nota|página|artigo|artículo|texto)'
  + ' (?:já )?(?:foi|ha sido) (?:lid[oa]|leíd[oa]|visualizad[oa]|acessad[oa])|questo articolo è stato letto|cet article a été lu)'
  + ' [\\p{Nd}.,]+ (?:vezes|veces|volte|fois)\\.?';

/**
 * Discussion areas and consent dialogs: removed even when they hold plenty of prose, because that prose is
 * readers' comments or legal text, never the article.
 */
export const DISCUSSION_TOKENS: ReadonlySet<string> = new Set([...COMMENT_TOKENS, 'cookie', 'cookies', 'consent', 'gdpr', 'onetrust']);

/**
 * Tokens of containers that hold the article; they outweigh a weak boilerplate token on the same element. Rule "text
 * in the Slavic and Nordic languages": Serbian, Croatian, Bosnian, Slovenian, Polish, Norwegian, Danish and Dutch
 * templates name the story's text box in their word for text (`tekst-vesti`, `tekst-clanka`, "the news' text"), as
 * English ones write `text`; without it the wrapper whose `article` class names the whole page part wins, with the
 * stamp row and the furniture around the text.
 */
export const CONTENT_TOKENS: ReadonlySet<string> = new Set([
  'article', 'articlebody', 'article-body', 'article-content', 'content', 'entry', 'entry-content', 'post', 'post-body',
  'post-content', 'story', 'story-body', 'body', 'text', 'tekst', 'main', 'maincontent', 'main-content', 'blog', 'prose', 'rich-text', 'richtext',
]);

/** Boilerplate tokens that may sit on a wrapper around the article too (`page-header-wrap`, `has-sidebar`). */
export const WEAK_BOILERPLATE_TOKENS: ReadonlySet<string> = new Set([
  'header', 'footer', 'sidebar', 'menu', 'nav', 'banner', 'widget', 'meta', 'toolbar', 'overlay', 'modal', 'promo', 'views', 'follow',
]);

/**
 * The article tools of older templates, a link each, separated by bars: print, save, send or recommend to a friend. Levantine
 * portals write "send to a friend" with "إلى" ("أرسل إلى صديق") and set spaced dashes between the links. Somali
 * portals' rows print "Daabac" (print) and "U dir saaxiib" (send to a friend). Rule "send by mail": Spanish rows send
 * the story by mail ("Enviar por correo") and share it on one network by name ("Compartir en Facebook"). Rule "Greek
 * tools row": Greek templates print "Εκτύπωση" (print) and "Αποστολή σε φίλο" (send to a friend). Rule "Central
 * European tools row": Polish, Czech, Slovak and Hungarian templates print "drukuj", "vytisknout", "tlačiť",
 * "nyomtatás" (print) and "poleć znajomemu", "wyślij znajomemu" (recommend, send to a friend), and open the row with
 * the arrowed link back to the listing ("« powrót | drukuj"), the same link the back-link rule reads on its own.
 * Rule "Romanian tools row": Romanian templates print "Versiune de tipărit" or "Tipărește" (print) and "Trimite unui
 * prieten" (send to a friend), in the comma-below letters or the cedilla ones older templates type.
 * Rule "Albanian tools row": Albanian templates print "Printo" (print) and "Dërgoja një shoku" or "Dërgoja një miku"
 * (send it to a friend), the ë often typed as e.
 * Rule "Indonesian and Malay tools row": Indonesian portals' old PHP templates print "Cetak" or "Versi Cetak" (print)
 * and "Kirim ke Teman" (send to a friend), Malay ones "Hantar kepada rakan", under the text in the story's own cell.
 * Rule "Russian tools row": the Russian-built templates that older papers across the former Soviet Union still run
 * print "Версия для печати" or "Распечатать" (print) and "Отправить другу" (send to a friend), and close the row on the
 * views and the comments link, each with its count ("… | Просмотров: 412 | Комментарии (3)"): a row may end on two
 * counters as well as one.
 * Rule "English tools row, spelled out": British and Irish weeklies' hand-made templates spell the tools out, naming
 * what is sent and printed ("E-mail this story to a friend | Printer friendly version", "Send this article to a
 * friend | Printable version"); they are the same two links as "Email to a friend | Print".
 */
const ARTICLE_TOOLS = '(?:(?:\\[?(?:[«‹←]\\s*(?:powrót|zpět|späť|vissza|zurück|back|retour|volver|torna)|drukuj|(?:poleć|wyślij) znajomemu|vytisknout|tlačiť|nyomtatás|print(?: this (?:page|article|story))?|printer[- ]friendly(?: (?:version|page))?|printable (?:version|page)|drucken|imprimer|imprimir|stampa|(?:invia|segnala) (?:a|ad) un amico|طباعة|save|speichern|merken|enregistrer|guardar|salva|حفظ|(?:send|e-?mail) (?:this (?:story|article|page) )?to a friend|an einen freund senden|(?:artikel )?(?:weiter)?empfehlen|recommend (?:this )?(?:article|story)|envoyer à un ami|enviar a un amigo|enviar por (?:correo|e-?mail)|(?:share on|compartir en) (?:facebook|twitter|x|whatsapp)|daabac|u dir saaxiib|versiune(?:a)? (?:de|pentru) (?:tip[ăa]rit|tip[ăa]rire|printare|print)|tip[ăa]re[șşs]te|printeaz[ăa]|trimite(?:-l)? unui prieten|εκτύπωση|αποστολή σε φίλο|printversie|afdrukken|stuur door|doorsturen|tip een vriend|spausdinti|siųsti draugui|drukāt|sūtīt draugam|prindi|saada sõbrale|printo|d[ëe]rgo(?:ja|je)? (?:nj[ëe] )?(?:shoku(?:t)?|miku(?:t)?)|(?:versi )?cetak(?: (?:berita|artikel|halaman))?|kirim ke (?:teman|rekan|e-?mail)|(?:hantar|e-?mel) kepada rakan|версия для печати|распечатать|печать|отправить (?:другу|по e-?mail)|印刷(?:する)?|メールで送(?:る|信する)|(?:前のページに|一覧に)?戻る|打印(?:本页|此文)?|列印(?:本頁)?|关闭(?:本?窗口|本页)|關閉(?:本?視窗|本頁)|[أا]رسل (?:ل|[إا]لى )صديق|إرسال (?:ل|[إا]لى )صديق|प्रिंट करें|(?:मित्र|मित्रों|दोस्त) को भेजें)\\]?|\\[\\s*\\])(?:[\\s|｜·•・]|\\s[-–]\\s)*)+';

/**
 * Rule "condolence link in the tools row": a paper's death-notice pages set the link to the notice's condolence book in
 * the tools row, with its count in brackets as the comments link has it, first or last ("Leave a Condolence (6) |
 * Print | Email to a Friend", "Kondolenzen (3)", "Condoléances (2)"); readers' condolences are a notice's comments.
 */
const CONDOLENCE_COUNT = '(?:(?:(?:leave|post|write|sign|send|offer) (?:an? |your )?)?condolences?|kondolenz(?:en)?(?: schreiben)?|(?:d[ée]poser des )?condol[ée]ances|(?:enviar )?condolencias)\\s*\\([\\p{Nd}]+\\)(?:[\\s|｜·•・]|\\s[-–]\\s)*';

/**
 * Rule "tools row with the counter": hand-made portals run the views counter on in the article tools' row ("طباعة -
 * أرسل إلى صديق - عدد القراءات: 418"), longer than a label; the counter reader reads the count, and the row is the
 * template's, not the story's. Rule "count in brackets": older ASP and PHP templates close the row with the comments
 * link and its count in brackets ("Print this story | Email to a friend | Comments (4)"), the same counter. Rule "tools
 * in square brackets": Italian templates of the same age set each link of the row in square brackets instead of
 * between bars, and send the story to a friend with "Invia a un amico" ("[Stampa] [Invia a un amico] [Commenti (3)]").
 * Rule "Dutch tools row": Dutch templates print "Printversie" and "Stuur door" (forward) and close on the reads in a
 * sentence, the count before its words ("Printversie | Stuur door | Dit artikel is 1.877 keer gelezen"). Rule "Baltic
 * tools row": Lithuanian templates print "Spausdinti" (print) and "Siųsti draugui" (send to a friend), Latvian ones
 * "Drukāt" and "Sūtīt draugam", Estonian ones "Prindi" and "Saada sõbrale", before the comments link and its count
 * ("Spausdinti | Siųsti draugui | Komentarai (3)"). Rule "East Asian tools row": Japanese templates print "印刷する"
 * (print) and "メールで送る" (send by mail), Chinese ones "打印本页" or "列印" and "关闭窗口" (close the window the
 * story opened in), parted by the full-width bar ("印刷する　｜　メールで送る"). Rule "back link, in Japanese": the same
 * rows close on "戻る" (back; "前のページに戻る", back to the previous page), as others on "« zurück". Rule "emptied tool's
 * brackets": in a row of tools in square brackets ("[印刷する]　[メールで送る]　[戻る]"), the share pass takes out a
 * "mailto:?" link's text and leaves its brackets, an empty slot of the row. Rule "Hindi tools row": the table-layout
 * PHP sites of India's Hindi papers print "प्रिंट करें" (print) and "मित्र को भेजें" (send to a friend), and close the row
 * on the reads with the word for times after the count ("पढ़ा गया : 842 बार"), as Bengali rows close on "বার".
 */
const TOOLS_ROW_COUNTER = `(?:\\[?${VIEWED_ITEM}(?:${COUNTER_LABELS})\\s*[:：]?\\s*(?:[\\p{Nd}.,\\u066C]+(?:\\s+(?:${TIMES_WORDS.join('|')}))?|\\([\\p{Nd}.,\\u066C]+\\))\\]?|(?:[\\p{L} ]{1,30}\\s)?[\\p{Nd}.,\\u066C]+\\s*(?:${COUNTER_WORDS_AFTER.join('|')}))`;
export const TOOLS_ROW_WITH_COUNTER = new RegExp(`^(?:${CONDOLENCE_COUNT}${ARTICLE_TOOLS}|${ARTICLE_TOOLS}(?:${CONDOLENCE_COUNT}|${TOOLS_ROW_COUNTER}(?:\\s*[|｜·•]\\s*${TOOLS_ROW_COUNTER})?))$`, 'iu');
/**
 * A row of the article tools and nothing else. Spelled out (rule "English tools row, spelled out"), it runs past a
 * label's length, where the short rows ("Print | Email to a friend") are read as interface labels.
 */
export const TOOLS_ROW = new RegExp(`^${ARTICLE_TOOLS}$`, 'iu');

/** "Share", "Share this article", "Artikel teilen", "Partager cet article", "Compartir esta noticia", "شارك الخبر". */
const SHARE_LABEL = "(?:(?:social )?share(?: (?:this|the))?(?: (?:article|story|post|page))?|(?:(?:diesen |den )?(?:artikel |beitrag ))?teilen|partager(?: (?:cet|l'|l’)article)?"
  + '|compartir(?: (?:esta|la) (?:noticia|nota)|(?: este| el)? artículo)?|condividi|compartilhe|شارك(?: هذا المقال| الخبر| المقال)?)';

/**
 * "Read also" in the languages the pipeline ingests, as a furniture heading over a list of other stories and a plug
 * line for one of them open with it.
 */
const READ_ALSO = [
  'read (?:also|more|next)', 'also (?:read|see)', 'see also', 'must read', "don[’']t miss", 'lesen sie (?:auch|mehr)', '(?:lest|lies) auch', 'auch lesen', 'auch interessant', 'mehr zum thema', 'siehe auch',
  'lire aussi', 'à lire aussi', 'lee también', 'lea también', 'leer más', 'vea también', 'ver también', 'leia também', 'leia mais',
  'czytaj (?:też|także|więcej)', 'zobacz też', 'leggi anche', 'lees ook', 'اقرأ أيضا', 'إقرأ أيضا', 'اقرأ المزيد',
  // Romanian, with the comma-below letters, the cedilla ones old keyboards type, or none; Czech and Greek.
  'cite[șşs]te [șşs]i', 'citi[țţt]i [șşs]i', 'čtěte (?:také|též)', 'přečtěte si (?:také|též)', 'διαβάστε (?:επίσης|ακόμη)',
  'читайте (?:также|тоже|ещё|еще|по теме)', 'смотрите также', 'читайте також',
  // Turkish capitals dot their i ("İLGİNİZİ ÇEKEBİLİR"), which no case-insensitive match folds to "i".
  '(?:bunlar da )?[iİ]lg[iİ]n[iİ]z[iİ] çekeb[iİ]l[iİ]r', 'ayrıca (?:okuyun|bakınız)',
  'baca juga', 'simak juga', 'lihat juga', 'xem thêm', 'đọc thêm', 'यह भी पढ़ें', 'ये भी पढ़ें', 'یہ بھی پڑھیں', 'بیشتر بخوانید', 'קראו (?:גם|עוד)',
  // The rest of South Asia's: Hindi "इसे भी पढ़ें" (read this too), Marathi "हेही वाचा" (also as "हे ही", "हेदेखील"),
  // Nepali "यो पनि पढ्नुहोस्", Bengali "আরও পড়ুন" (read more, also spelled "আরো"), Tamil "இதையும் படிங்க" (and the
  // formal "படிக்க", "படியுங்கள்"), Telugu "ఇవీ చదవండి" / "ఇదీ చదవండి" (these, this, read), Kannada "ಇದನ್ನೂ ಓದಿ",
  // Malayalam "ഇതും വായിക്കുക", Gujarati "આ પણ વાંચો" and Punjabi "ਇਹ ਵੀ ਪੜ੍ਹੋ".
  'इसे भी पढ़ें', 'हे ?(?:ही|देखील) वाचा', 'यो पनि पढ्नुहोस्', 'আর(?:ও|ো) পড়ুন', 'இதையும் (?:படிங்க|படிக்க|படியுங்கள்)', 'ఇ(?:వీ|దీ) చదవండి',
  'ಇದನ್ನೂ ಓದಿ', 'ഇതും വായിക്കുക', 'આ પણ વાંચો', 'ਇਹ ਵੀ ਪੜ੍ਹੋ',
  // Japanese "related article" and "also worth reading" ("あわせて読みたい", written with 併 or 合 as well), Chinese
  // "related reading" and "further reading", Korean "related article".
  '関連記事', '(?:あわ|併|合)せて読みたい', '相关阅读', '相關閱讀', '延伸阅读', '延伸閱讀', '관련\\s?기사',
  // Rule "read more, in mainland Southeast Asia": Thai "อ่านเพิ่มเติม", Lao "ອ່ານເພີ່ມເຕີມ" and Khmer "អានបន្ថែម" (read
  // more, read further), the plug line's opening words there as "Read more:" is in English.
  'อ่านเพิ่มเติม', 'ອ່ານເພີ່ມເຕີມ', 'អានបន្ថែម',
  // Rule "read also, in the South Caucasus": Georgian "ასევე წაიკითხეთ" (also read), Armenian "Կարդացեք նաև" (and the
  // familiar "Կարդա նաև"), which Armenian sets before its own comma, "՝", where other languages put a colon, and
  // Azerbaijani "Həmçinin oxuyun" and "Oxşar xəbərlər" (similar news).
  'ასევე წაიკითხეთ', 'წაიკითხეთ ასევე', 'կարդա(?:ցեք)? նաև', 'həmçinin oxuyun', 'oxşar xəbərlər?',
];

/**
 * A newsroom's tip line, asking the reader for news ("Do you have a story to tell?", "Haben Sie einen Hinweis?", the
 * Nordic "Har du tips til oss?" / "Har du ett tips?", "Tipsa oss!", the Korean "제보하기"), over a phone number and an
 * e-mail address: the publisher's standing box under every story, not the story. British tabloids head it with the
 * offer itself ("WE PAY FOR YOUR STORIES", "We pay for videos").
 */
const TIP_LINE_ASKS = [
  '(?:do you have|have you got|got|have) a (?:story|news tip|tip)', 'we pay for (?:your )?(?:stories|videos|pictures|photos|tips)', '(?:haben sie|hast du) (?:einen hinweis|eine geschichte|einen tipp)',
  'har du (?:et |ett |en )?(?:tips|nyhetstips|sak|historie)', 'tipsa? oss', 'heb je (?:een )?(?:tip|nieuwstip)', 'hebt u (?:een )?(?:tip|nieuwstip)',
  // Korean broadcasters and papers head theirs "제보하기" (send a tip) over the messenger channel and the phone number.
  '제보하기',
];
/**
 * A question's words up to one that says the thing asked about is doubtful or is to be checked, and the rest of the
 * question: "Seen a claim [you think we should] check[?]". `stops`: the marks that end a sentence.
 */
function upToCheckWord(words: string, stops = '.!?¿'): string {
  return `[^${stops}]{0,60}?${words}[^${stops}]{0,40}`;
}
/**
 * Rule "claim tip line": a fact-checking site closes each check with its ask for the next claim, a question to the
 * reader about something doubtful they saw or were sent ("Got a claim you want checked?", "Seen a claim you think we
 * should check?", "¿Te ha llegado un bulo?", "Viu alguma informação suspeita?", "Vous avez un doute sur une
 * information ?", "هل وصلك خبر تشك في صحته؟"), over its WhatsApp number or address: its standing box, not the check.
 * The ask names the doubt or the check ("suspeita", "bulo", "checked") and its question mark closes it within a few
 * words: a story's sentence about a claim someone saw asks nothing, and a consumer piece's "¿Le ha llegado una carta
 * de Hacienda?" doubts nothing.
 */
const CLAIM_TIP_ASKS = [
  `(?:have you |you )?(?:seen|got|received|spotted|come across|found) (?:a|an|any) (?:claim|post|rumou?r|message|image|photo|video|story)(?!\\w)${upToCheckWord('(?:check|verif|debunk|suspicious|doubtful|misleading|fake|false)')}`,
  `(?:is there|do you have|got) (?:a|an) (?:claim|rumou?r)(?!\\w)[^.!?]{0,60}`,
  `¿(?:(?:te|le|os|les) ha(?:n)? llegado|(?:has|ha|habéis|han) (?:visto|recibido))${upToCheckWord('(?:bulo|dudos|sospechos|fals|engañ|verific|comprob|desinform)')}`,
  `(?:você )?(?:viu|recebeu) (?:alguma|algum|uma|um)${upToCheckWord('(?:suspeit|duvidos|fals|engan|boato|chec|verific|desinform)')}`, `tem (?:alguma )?dúvida sobre (?:o que|algo que|alguma)(?!\\w)[^.!?]{0,60}`,
  `vous avez (?:un doute|des doutes) sur [^.!?]{1,60}`, `vous avez (?:vu|reçu)${upToCheckWord('(?:douteu|suspect|intox|infox|fausse|faux|vérifi)')}`,
  `(?:ist|kommt) (?:ihnen|dir) (?:etwas|eine (?:behauptung|nachricht|meldung)) (?:verdächtig|seltsam|merkwürdig)[^.!?]{0,30}`,
  `هل (?:وصلك|وصلتك|وصلكم|رأيت|شاهدت|لديك|عندك|لديكم) (?:خبر|خبرا|ادعاء|ادعاءا|معلومة|رسالة|صورة|فيديو|منشور|منشورا)${upToCheckWord('(?:شك|صح|تحقق|مضلل|زائف|كاذب|ادعاء)', '.!?؟')}`,
].map((ask) => `${ask}\\s*[?？؟]`);
/**
 * Rule "rating legend": a fact-checking site sets its scale of verdicts and its method beside every check, under a
 * heading that says how it rates or works ("How we rate", "Our ratings", "¿Cómo trabajamos?", "Notre méthode", "Como
 * checamos", "So bewerten wir", "كيف نقيّم؟"): the same legend on every page, not the check's reasoning. The heading
 * is the whole line: "How we verified the footage", "Our methodology" over a data story's own notes, are the story's.
 */
const RATING_LEGEND_HEADINGS = [
  'how (?:we|do we) (?:rate|fact-?check|check|verify|work|grade)(?: claims| (?:the )?facts)?', 'our (?:ratings?|rating (?:scale|system)|scale)',
  '¿?cómo (?:trabajamos|verificamos|calificamos|clasificamos|chequeamos)', 'nuestra (?:escala|metodología)',
  'como (?:checamos|verificamos|classificamos|avaliamos|trabalhamos)', 'nossa (?:escala|metodologia)', 'nossas etiquetas',
  'notre (?:méthode|méthodologie|échelle)', 'comment (?:nous vérifions|nous travaillons|vérifions-nous|travaillons-nous)',
  'so (?:bewerten|prüfen|arbeiten) wir', 'unsere (?:bewertung(?:sskala)?|skala|methodik|arbeitsweise)',
  'كيف (?:نقيّم|نقيم|نعمل|نتحقق)', 'منهجيتنا', 'مقياس التقييم',
  // Rule "poll-reporting policy": a paper that publishes polls sets its standing note on how it reports them beside
  // every poll story ("How we report on polls", "Comment nous traitons les sondages", "So berichten wir über
  // Umfragen", "Cómo informamos sobre encuestas", "Como divulgamos pesquisas", "كيف نتعامل مع استطلاعات الرأي"), the
  // desk's rules, the same on every page, as a fact-checker's legend is; the poll's own figures are in the story.
  'how (?:we|do we) (?:report on|report|cover|handle|treat|use) (?:opinion )?polls(?: and surveys)?',
  'comment (?:nous (?:traitons|présentons|rendons compte des|couvrons)|traitons-nous|rendons-nous compte des) (?:les )?sondages',
  'so (?:berichten wir über|gehen wir mit) umfragen(?: um)?', 'wie wir (?:über umfragen berichten|mit umfragen umgehen)',
  '¿?cómo (?:informamos (?:sobre|de)|tratamos|publicamos) (?:las )?encuestas', 'como (?:noticiamos|divulgamos|tratamos|publicamos) (?:as )?pesquisas',
  'كيف (?:نتعامل مع|ننشر|نغطي) استطلاعات الرأي',
];
/**
 * "Follow us" in the languages the pipeline ingests, as a furniture heading, a prompt and a publisher's notice open
 * with it. Arabic is left to each: "تابعنا" alone is also "we followed", which opens sentences.
 */
const FOLLOW_US = ['follow us', 'folge uns', 'folgt uns', 'folgen sie uns', 'suivez-nous', 's[ií]guenos', 'seguici', 'siga-nos', 'nos siga', 'segueix-nos', 'volg ons'];

/**
 * What a news site calls the summary a language model wrote for it: "AI", "generative AI", "künstliche Intelligenz",
 * "l'IA", "la inteligencia artificial", "الذكاء الاصطناعي".
 */
const AI_WORDS = "(?:(?:an? |generative |der |einer |une? |l['’]\\s?|la |una |uma |a )?(?:ai|a\\.i\\.|ki|ia|artificial intelligence|(?:a )?(?:large )?language model|künstliche[rn]? intelligenz|intelligence artificielle|inteligencia artificial|intelligenza artificiale|inteligência artificial)(?: tools?| models?)?|الذكاء الاصطناعي)";
/**
 * Labels of a machine-written summary's box ("AI-generated summary", "KI-Zusammenfassung", "Résumé généré par IA",
 * "ملخص بالذكاء الاصطناعي"): the label alone says what the box holds.
 */
const MACHINE_SUMMARY_LABELS = [
  `(?:ai|ki|ia)[- ](?:generated |generierte |généré )?(?:summary|zusammenfassung|résumé|resumen)`, `(?:summary|zusammenfassung|résumé|resumen|riassunto|resumo) (?:generated |generiert |généré |generado |generato |gerado )?(?:by|with|durch|von|per|par|por|con|da|pela) ${AI_WORDS}`,
  `ملخص (?:ب|من إعداد |بواسطة )?الذكاء الاصطناعي`,
];
/**
 * Rule "machine-written summary": news sites set a summary that a language model wrote over or under the story, in a
 * box of its own under a label ("Summary", "Key points", "Zusammenfassung", "ملخص"), and disclose it in a note in the
 * box ("This summary was generated with the help of AI and reviewed by our newsroom", "Diese Zusammenfassung wurde mit
 * Hilfe von KI erstellt", "Ce résumé a été généré par l'IA", "تم إعداد هذا الملخص بالذكاء الاصطناعي"). It retells the
 * story in other words; the body is the story as its writers wrote it. Only a note that opens by naming the summary
 * and how it was made: a story's sentence about a tool that summarises something names no summary of its own.
 */
export const MACHINE_SUMMARY_NOTE = new RegExp(withArabicMarks('^[*\\s]*(?:' + [
  `(?:(?:this|our) (?:article |story )?(?:summary|key points|takeaways|highlights)(?: (?:above|below))?|the (?:summary|key points|takeaways|highlights) (?:above|below)) (?:was|were|is|are|has been|have been) (?:(?:automatically|partly|partially) )?(?:generated|created|produced|written|drafted|compiled)(?: automatically| in part)? (?:with the (?:help|support|assistance) of|using|by|with) ${AI_WORDS}`,
  `diese (?:zusammenfassung|kurzfassung|stichpunkte)(?: wurde| wurden| ist)? (?:(?:automatisch|teilweise) )?(?:mit(?: der)? hilfe (?:von|einer)|mithilfe (?:von|einer)|unter zuhilfenahme (?:von|einer)|durch|von) ${AI_WORDS}`,
  `ce résumé (?:a été |est )?(?:généré|rédigé|réalisé|produit|créé)(?: automatiquement)? (?:par|(?:avec|à) l['’]aide (?:de|d['’]une?)|grâce à) ${AI_WORDS}`,
  `este resumen (?:ha sido |fue |se ha |está )?(?:generado|elaborado|creado|redactado|hecho)(?: automáticamente)? (?:por|con(?: (?:la )?ayuda de)?|mediante|usando) ${AI_WORDS}`,
  `(?:تم )?(?:إعداد|اعداد|إنشاء|انشاء|توليد) (?:هذا )?الملخص (?:بواسطة |باستخدام |عبر |بمساعدة |ب)?الذكاء الاصطناعي`,
  `هذا الملخص (?:مولد|تم إعداده|تم توليده|أعد|من إعداد) (?:بواسطة |باستخدام |عبر |بمساعدة |ب)?الذكاء الاصطناعي`,
].join('|') + ')(?![\\p{L}])'), 'iu');

/**
 * Rule "more of the section": a template heads the links to its section's other stories with "More" and the section's
 * name ("MORE POLICE & COURTS", "More Local News", "More in Crime & Courts"). A story's subheading may open with "More"
 * too ("More officers on the beat"), so the heading is furniture only where links follow it (see textual-furniture).
 */
export const MORE_OF_SECTION_HEADING = /^more (?:in |from )?[\p{L}&,'’ -]{2,40}:?$/iu;

/**
 * Headings and lead-ins of furniture blocks, in the languages the pipeline ingests. A block introduced by one
 * of these is a list of links to other stories, a comment area, a share/follow prompt, or a rating widget
 * ("Rate this article" over its stars, which say nothing about the story).
 */
export const FURNITURE_HEADING = patternInParts(
  [
    // Rule "top reads": oil and markets analysis sites close each column with "More Top Reads From …" over their links.
    ...READ_ALSO, 'related(?: (?:articles|stories|posts|content|news|coverage|searches))?', 'more (?:top )?(?:on|from|about|stories|news|reads)\\b.*',
    'recommended(?: for you)?', 'you (?:may|might) (?:also )?like',
    // Rule "also consider": a review's box of the products it would send a reader to instead, each a link to the
    // other product's review with a line on how it differs ("Aerion X13: brighter screen, shorter battery life").
    '(?:you (?:may|might|should|could) )?also consider', 'most (?:read|popular|viewed|shared)', 'trending(?: now)?', 'popular',
    // Rule "other news": Central European templates head the links to the section's other stories "Inne wiadomości",
    // "Pozostałe wiadomości", "Další zprávy", "Ďalšie správy", "További hírek" (other, more news), as "Latest news".
    '(?:inne|pozostałe) wiadomości', 'další zprávy', 'ďalšie správy', 'további hírek',
    // Romanian templates head them "Alte știri din Administrație" (other news from the section), "Mai multe știri",
    // "Articole similare", the "ș" and "ț" in their comma-below or their older cedilla forms.
    '(?:alte|mai multe) (?:[șşs]tiri|articole)(?: din (?:categoria |rubrica |sec[țţt]iunea )?[\\p{L} ,.-]{1,40})?', 'articole (?:similare|asem[ăa]n[ăa]toare)',
    // Spanish, Italian and French templates head them "Otras noticias de Comunidad", "Más noticias", "Altre notizie di
    // Cronaca", "Autres articles de la rubrique", the section's name after the preposition or none.
    '(?:otras|m[aá]s) noticias(?: de(?:l| la)? [\\p{L} ,.-]{1,40})?', 'altre notizie(?: d[ia] [\\p{L} ,.-]{1,40})?',
    'autres (?:actualit[ée]s|articles|infos)(?: d(?:e la|u|e) [\\p{L} ,.-]{1,40})?',
    // Rule "Albanian other news": Albanian templates head them "Lajme të tjera nga Ekonomia" (other news from the
    // section), "Lajme të ngjashme" and "Artikuj të ngjashëm" (similar news, articles), the ë often typed as e.
    '(?:lajme|lajmet|artikuj|artikujt) t[ëe] (?:tjer[ëe]|tjera|ngjashme|ngjash[ëe]m)(?: (?:nga|n[ëe]|p[ëe]r|mbi) (?:rubrika |kategoria )?[\\p{L} ,.-]{1,40})?',
    // Rule "other death notices": a paper's obituary and death-notice pages close with links to its other notices,
    // headed in the language's own words for them ("Recent Death Notices", "More obituaries", "Weitere
    // Traueranzeigen aus Hameln", "Derniers avis de décès", "Otras esquelas de hoy", "وفيات أخرى").
    '(?:recent|latest|more|other) (?:death notices|obituaries|funeral notices)(?: (?:in|from) [\\p{L} ,.\'’-]{1,40})?',
    'weitere (?:traueranzeigen|todesanzeigen|nachrufe)(?: (?:aus|in) [\\p{L} ,.-]{1,40})?', '(?:derniers|autres) avis de d[ée]c[èe]s',
    '(?:otras|últimas) esquelas(?: de hoy)?', 'وفيات أخرى',
    // Rule "other news in Indonesian and Malay": portals head the links under the text "Berita Lainnya" (other news),
    // "Berita Terkait" and "Artikel Terkait" (related), Malaysian and Bruneian ones "Berita Berkaitan", "Artikel
    // Berkaitan" and "Berita Lain"; old table-layout portals set the heading in bold in the story's own cell, with
    // the links after line breaks, where no box marks the list.
    '(?:berita|artikel) (?:lainnya|lain|terkait|berkaitan)(?: (?:dari|di) [\\p{L} ,.-]{1,40})?',
    // Rule "other news in Hindi": Hindi portals head the same list "अन्य समाचार" or "अन्य खबरें" (other news) and
    // "संबंधित समाचार" (related news), which old table layouts set in bold in the story's cell, as Indonesian ones do.
    '(?:अन्य|संबंधित|सम्बन्धित) (?:समाचार|खबरें|ख\u093Cबरें|\u0959बरें)',
    'top stories', 'latest news', 'comments?', 'leave a (?:reply|comment)', 'add a comment', 'post a comment', 'write a comment',
    // The rules a site sets for its readers' comments, printed over the comment box.
    'house rules', 'community (?:guidelines|standards|rules)', 'comment(?:ing)? (?:rules|policy|guidelines)', 'netiquette', '(?:kommentar|diskussions)regeln',
    'règles de (?:modération|la communauté|conduite)', 'normas de (?:participación|la comunidad)', 'قواعد التعليق', 'شروط التعليق',
    '(?:kommentare?|einen kommentar) (?:schreiben|verfassen|hinterlassen)', 'schreibe?n? (?:sie )?einen kommentar', 'escrib[ea] (?:un|tu) comentario', 'deja (?:un|tu) comentario',
    '(?:écrire|laisser|ajouter) un commentaire', 'napisz komentarz', 'dodaj komentarz', 'scrivi un commento', 'lascia un commento', SHARE_LABEL,
    ...FOLLOW_US, ...CLAIM_TIP_ASKS, `(?:${RATING_LEGEND_HEADINGS.join('|')})\\s*[?？؟]?\\s*[:.-]?`, `(?:${TIP_LINE_ASKS.join('|')})(?: (?:for|til|till|für|voor) (?:us|oss|uns|ons|the [\\p{L}\\d .'’-]{1,40})| to (?:tell|share|sell))?\\s*[?？]?`, 'sign up.*newsletter.*',
    // A newsletter box's title asks the reader to subscribe in the site's language: "Abonnez-vous à la newsletter",
    // "Abonează-te la newsletter", "Suscríbete a nuestra newsletter", "Iscriviti alla newsletter", "Assine a newsletter".
    '(?:abon\\p{L}*|suscr[ií]b\\p{L}*|inscr[ií]b\\p{L}*|inscrev\\p{L}*|iscriv\\p{L}*|abbona\\p{L}*|assin[ae]\\p{L}*)(?:-\\p{L}+)? (?:\\p{L}+ ){0,3}newsletter\\p{L}*',
    'rate this (?:article|story|post|page)', 'bewerten sie (?:diesen|den) (?:artikel|beitrag)', 'artikel bewerten',
    'valor[ae] (?:esta|la) (?:noticia|nota|receta)', 'califica (?:esta|la) (?:noticia|nota|receta)', 'évaluez cet article', 'noter cet article',
    // Korean templates head their reaction buttons ("좋아요 41", "화나요 12") with "I recommend this article".
    '이 기사를 추천합니다',
    // Rule "the site's poll, in the Caucasus": portals there set a readers' poll beside the story under the bare word,
    // Azerbaijani "Sorğu", Russian "Опрос", Georgian "გამოკითხვა", Armenian "Հարցում", its question and answers under
    // it: the site's widget, which asks and reports nothing of the story.
    'sorğu', 'опрос', 'გამოკითხვა', 'հարցում',
    // A recipe card's rating widget under the steps: "Rezept bewerten" over its empty stars.
    'rate this recipe', 'rezept bewerten', 'bewerte(?:n sie)? (?:dieses|das) rezept', '(?:évaluez|notez|noter) cette recette', 'oceń (?:ten )?artykuł',
    // Rule "made this recipe?": the rating box under a recipe asks whether the reader cooked it before it asks for the
    // stars ("Have you made this recipe? Rate it", "¿Has preparado esta receta? Valórala", "قيّمي هذه الوصفة", the
    // Arabic addressing the reader as a woman or as many as often as as a man): the site's form, not the recipe.
    '(?:did you|have you) (?:make|made|try|tried|cook|cooked) this(?: recipe)?\\s*\\?.*', '¿?has (?:preparado|hecho|probado|cocinado) esta receta\\s*\\?.*',
    '(?:vous avez|avez-vous) (?:testé|essayé|réalisé|fait) cette recette\\s*\\?.*', 'قيم(?:ي|وا)? (?:هذه )?الوصفة', 'subscribe.*', 'newsletter', 'tags?', 'topics',
    // Rule "call for readers' announcements": a local paper's or portal's announcements, obituaries and community
    // calendar close each item with the box that asks readers for their own ("Share your news", "Have an event?",
    // "Submit an obituary", "Annoncez votre événement", "Veranstaltung melden", "Envía tu evento"), over the terms and
    // the form's link: the section's standing box, not the item.
    '(?:have|got|planning|hosting) an? (?:event|announcement|celebration|milestone)(?: (?:coming up|to (?:share|announce|list|promote)))?\\s*\\?',
    'share your (?:news|good news|celebrations?|milestones?|announcements?|events?)',
    'submit (?:an?|your) (?:announcements?|events?|obituar(?:y|ies)|notices?|wedding|engagement|birth|anniversary|news|photos?)',
    '(?:annoncez|proposez|signalez) (?:votre|un) (?:événement|évènement|manifestation|avis)', '(?:ihre )?(?:veranstaltung|termin)e? (?:melden|eintragen|einreichen)',
    '(?:envía|envíe|publica|publique|anuncia|anuncie) (?:tu|su) (?:evento|esquela|anuncio|noticia)',
    // Rule "sympathy flowers": a funeral home's or a paper's obituary sets its florist's box beside the notice ("Send
    // Flowers", "Sympathy gifts", "Envoyer des fleurs", "Nos compositions florales", "Blumen senden", "Enviar flores"),
    // a shop's offer to the mourners, no part of the notice.
    'send (?:sympathy )?flowers', 'sympathy (?:flowers|gifts)', 'envoyer des fleurs', 'nos compositions florales', 'fleurs de deuil',
    'blumen (?:senden|schicken|bestellen)', 'trauerfloristik', '(?:enviar|envíe|envía) (?:flores|una corona)', 'flores de condolencia',
    // Rule "review's side boxes": a review closes with the boxes its template fills from the reviewed work's record,
    // under headings of their own: the album's tracklist or the concert's setlist, where to stream or buy it ("Where to
    // watch", "Où regarder", "Buch kaufen", "Acheter ce livre"). They list, they do not review; the prose has said what
    // counts. A spec sheet is no such box: a test report sets it among its sections, as part of the report.
    'track ?list(?:ing)?', 'titelliste', 'set ?list(?: highlights)?', 'liste des (?:titres|morceaux)', 'lista de (?:canciones|temas)',
    'where to (?:watch|stream|buy|listen)', 'wo (?:streamen|schauen|kaufen)', 'où (?:regarder|voir|écouter|acheter)', 'dónde (?:ver(?:la|lo)?|comprar|escuchar)', 'أين تشاهد(?: الفيلم| المسلسل)?',
    // Rule "listing box": a TV story sets the programme's slot between its paragraphs in a box of its own ("Watch it",
    // "Tonight at 9pm on …", "All episodes on … Player", "Add to watchlist"), titled with how or when to watch it in
    // words alone: the channel's timetable, the same box under every story on the programme, not what the story
    // reports. A subheading of a story's section names what is to be watched ("How to watch the eclipse").
    '(?:watch|stream) it', '(?:how|when)(?: and where)? to (?:watch|stream)(?: it)?', 'comment (?:le |la |les )?regarder',
    'cómo ver(?:la|lo)?', '(?:onde|como) assistir', '(?:nereden|nasıl) izlenir',
    'buy (?:this|the) (?:book|album|record)', 'acheter (?:ce|le) (?:livre|disque|album)', '(?:buch|album|platte) kaufen', 'comprar (?:este|el) (?:libro|disco)',
    // SPIP's forum, the comment form every SPIP site prints under its articles, is headed "Un message, un commentaire ?".
    'un message, un commentaire\\s*\\?',
    // Rule "cite-this box": think tanks, research centres and journals close each paper with a box that gives the
    // reference to cite it by ("Cite this brief", "How to cite this paper", "Suggested citation", "Citer cette note",
    // "Cómo citar este documento", "Zitiervorschlag", "Zitierhinweis", "للاقتباس"), or a paragraph under the label: the same line
    // built from the paper's own title, authors and date under every paper, the library's card and no part of the text.
    'cite this(?: \\p{L}+){0,2}', 'how to cite(?: this(?: \\p{L}+){1,2})?', '(?:suggested|recommended|preferred) citation',
    '(?:pour )?citer (?:cet(?:te)?|ce) \\p{L}+', 'comment citer(?: (?:cet(?:te)?|ce) \\p{L}+)?', 'c[oó]mo citar(?: (?:este|esta) \\p{L}+)?',
    'cita (?:sugerida|recomendada)', 'come citare(?: quest[oa] \\p{L}+)?', 'zitiervorschlag', 'zitierhinweis', '(?:empfohlene )?zitierweise', 'للاقتباس', 'طريقة الاقتباس',
    // Rule "ask-the-doctor mailbox": an advice column (a doctor's, a family counsellor's, a cook's) closes each answer with
    // the box that asks for the next question, over its address ("Have a question for our doctor?", "Vous avez une
    // question ?", "هل لديك سؤال لعيادة الأسبوع؟ أرسلي سؤالك عبر البريد …"): the column's standing box, not the answer.
    // Only the heading that is the question, its mark included: a story's subheading states, it does not ask the reader.
    '(?:do you have|have you got|got|have) a question(?: for [\\p{L}\\d .\'’-]{1,40})?\\s*[?？]', 'vous avez une question(?: pour [\\p{L}\\d .\'’-]{1,40})?\\s*[?？]',
    'هل (?:لديك|لديكِ|عندك|لديكم|عندكم) (?:سؤال|استفسار|أسئلة)(?: [\\p{L} ]{1,40})?\\s*؟',
    // Rule "machine-written summary" (see MACHINE_SUMMARY_NOTE): the label that says so heads the box.
    ...MACHINE_SUMMARY_LABELS,
    // "Auch auf example.de", "Also on example.com": the site pointing to more of itself, by its own domain.
    '(?:auch (?:auf|bei)|also on|more on|más en|también en|aussi sur|anche su|więcej na) [\\p{L}\\d-]+\\.\\p{L}{2,}',
    // Rule "more at the source": a portal that runs an agency's copy keeps the agency's own "Más en Andina:" over the
    // links it closes the copy with, the agency's pointers to more of its own stories, as "More on …" is in English.
    // Only with its colon, a name of a word or three before it: a subhead "Más en juego" (more at stake) stays.
    'más en [\\p{L}\\d.\'’-]+(?: [\\p{L}\\d.\'’-]+){0,2}\\s*:',
    'lesen sie (?:auch|mehr)\\b.*', 'mehr (?:themen|artikel|beiträge|nachrichten|news) (?:auf|bei) [\\p{L}\\d-]+\\.\\p{L}{2,}', 'para saber más', 'zum weiterlesen', 'weitere informationen', 'kontakt',
    '(?:das|dies(?:es|e)?)(?: thema)? könnte (?:sie|dich|euch) (?:auch )?interessieren', 'meistgelesen', 'kommentare?',
    'weitere (?:beiträge|artikel|themen|nachrichten)\\b.*', 'mehr (?:themen|artikel|beiträge|kolumnen|nachrichten)(?: (?:auf|bei) [\\p{L}\\d.-]+)?', 'mehr (?:zu|zum|zur|über|von|aus) .*',
    '(?:ähnliche|verwandte|passende) (?:beiträge|artikel|themen|nachrichten|posts)', 'similar (?:articles|stories|posts)',
    'you may also be interested in', 'sur le même sujet', 'les plus lus', 'commentaires?', 'articles (?:similaires|liés|connexes)',
    'à lire (?:également|aussi)', '(?:también )?(?:te|le) puede interesar', '(?:noticias|notas|artículos) relacionad[oa]s', 'más noticias',
    'más leídas', 'comentarios', 'mais lidas', '(?:notícias|artigos|matérias) relacionad[oa]s', 'veja também',
    'komentarze', '(?:podobne|powiązane) (?:artykuły|wpisy)', 'zobacz (?:także|również)', 'i più letti', 'commenti',
    'articoli (?:correlati|simili)', '(?:ti )?potrebbe(?:ro)? (?:anche )?interessar(?:ti|e)', 'gerelateerde (?:artikelen|berichten)',
    '(?:ilgili|benzer) haberler',
    // The Indonesian and Malay comment box's heading: "Berikan Komentar", "Tulis komentar Anda".
    '(?:berikan|tulis|tinggalkan|kirim) komentar(?: anda)?',
    // A paywall's box where the locked text would go opens with the share of the article left unread.
    'il vous reste [\\d.,]+ ?% de cet article à lire',
    'مواضيع ذات صلة', 'أخبار ذات صلة', 'مقالات ذات صلة', 'ذات صلة',
    // Rule "related, in the Maghreb": Tunisian and Algerian portals say "ذات علاقة" (having to do with) where the
    // Mashriq says "ذات صلة", over the same list of the section's earlier stories ("مقالات ذات علاقة:").
    '(?:مواضيع|أخبار|اخبار|مقالات) ذات علاقة', 'قد يهمك(?: أيضا)?', 'قد يعجبك(?: أيضا)?', 'أخبار متعلقة', 'مواضيع متعلقة',
    // "Other news", the title old table portals give the list of the section's other stories under the text; the
    // Russian and Ukrainian ones add "of the section" ("Другие новости рубрики", "Інші новини розділу").
    'أخبار أخرى', 'اخبار اخرى', '(?:другие|последние) (?:новости|материалы|статьи)(?: (?:рубрики|раздела|по теме))?', '(?:інші|останні) (?:новини|матеріали|статті)(?: (?:рубрики|розділу|за темою))?',
    // An Arabic portal's album of its other galleries, set under the story as a row of linked thumbnails.
    'ألبوم الصور',
    // A column's list of its writer's other columns, headed "مقالات سابقة للكاتب" (earlier articles by the writer),
    // "أحدث مقالات الكاتبة" (the writer's latest), "مقالات أخرى للكاتب" (other articles by the writer).
    '(?:(?:كل|جميع|أحدث|آخر|المزيد من) )?(?:ال)?مقالات (?:(?:أخرى|اخرى|الأخرى|سابقة|السابقة) )?(?:لل|ال)كاتب(?:ة)?',
    'الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر تداولا', 'التعليقات', 'تعليقات', 'إضافة تعليق', 'أضف تعليق', 'اترك تعليقا',
    // Rule "of the day box": religion and portal pages set a standing box that changes each day beside or under the
    // story, the day's supplication, hadith, verse or word of wisdom ("دعاء اليوم العاشر من رمضان", "حديث اليوم", "آية
    // اليوم", "Verse of the day", "Quote of the day"); it is the same box on every page that day, no part of the story.
    // "حديث اليوم" alone is also "today's talk", so only the heading that is these words, or names a day of Ramadan.
    '(?:دعاء|حديث|آية|اية|حكمة|ذكر) اليوم(?: (?:ال)?\\p{L}+(?: و\\p{L}+)? من (?:شهر )?رمضان| \\(?\\d+\\)?)?',
    '(?:bible )?(?:verse|quote|word|prayer|hadith|dua) of the day',
    // Rule "horoscope of the day": women's and family magazines set the day's horoscope in the same kind of box, beside
    // the story or between its paragraphs ("حظك اليوم", "برجك اليوم", "توقعات الأبراج اليوم", "Votre horoscope du
    // jour", "Your horoscope today", "Horóscopo de hoy", "Tageshoroskop"), a sign or two and a link to the rest: the
    // same box on every page that day. Only the heading that is these words; a horoscope page's own signs are headed
    // by the sign.
    '(?:حظك|برجك|أبراجك|ابراجك) (?:اليوم|لليوم)(?: مع [\\p{L} ]{1,30})?', 'توقعات (?:ال)?(?:أبراج|ابراج)(?: (?:اليوم|لليوم))?',
    '(?:(?:votre|ton|your|today[\'’]s|daily|the daily) )?horoscope (?:du jour|of the day|for today|today)', '(?:tu |su )?horóscopo (?:de hoy|del día)',
    '(?:ihr |dein )?tageshoroskop', '(?:ihr |dein )?horoskop (?:für )?heute',
    'تابعونا', 'تابعنا', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'وسوم', 'الوسوم', 'الكلمات الدلالية', 'كلمات دلالية', 'الكلمات الدالة', 'كلمات دالة',
  ],
  'iu',
  // The heading is the whole line: one of the alternatives, then no more than spaces and a colon or stop.
  (alternatives) => withArabicMarks(`^(?:${alternatives})\\s*[:：.!…]*$`),
);

/**
 * The callings an Arabic note on a writer opens with, in the masculine; the feminine adds the ta marbuta ("كاتبة",
 * "باحثة"). A source for the patterns of content/contacts.ts (rule "asterisked role note") and content/bylines.ts
 * (rule "calling under the card's name").
 */
const WRITER_CALLINGS = ['كاتب', 'أكاديمي', 'باحث', 'صحفي', 'صحافي', 'إعلامي', 'أستاذ', 'محلل', 'خبير', 'محامي', 'دبلوماسي', 'روائي', 'شاعر', 'مستشار'];
export const ARABIC_WRITER_CALLING = `(?:${WRITER_CALLINGS.map((calling) => `${calling}(?:ة)?`).join('|')})(?![\\u0621-\\u064A])`;

/**
 * The headings of a paper's own summary and notes (see rule "the text's own summary and notes" in
 * content/structural-furniture.ts), in the languages of the think tanks the pipeline reads: the summary by the name
 * papers give it ("Executive summary", "Résumé exécutif", "Synthèse", "Kurzfassung", "Resumen ejecutivo", "ملخص
 * تنفيذي") and the notes ("Endnotes", "Footnotes", "Notes", "Anmerkungen", "Fußnoten", "Références", "Notas",
 * "الهوامش"). A newspaper's "Key points" box set beside a long read retells the story in other words, and is not
 * among them.
 */
export const OWN_PART_HEADING = new RegExp(withArabicMarks(`^(?:${[
  'executive summary', 'r[ée]sum[ée] ex[ée]cutif', 'synth[èe]se', 'management-zusammenfassung', 'kurzfassung', 'resumen ejecutivo', '(?:ال)?ملخص (?:ال)?تنفيذي',
  '(?:end|foot)?notes', 'references', 'anmerkungen', 'fu(?:ß|ss)noten', 'endnoten', 'r[ée]f[ée]rences', 'notes (?:de bas de page|et r[ée]f[ée]rences)', 'notas', 'referencias', '(?:ال)?هوامش', '(?:ال)?مراجع',
].join('|')})\\s*:?$`), 'iu');

/**
 * Rule "authors box": think tanks and journals head the box of their writers' cards (name, post, a line of
 * biography) with the word alone: "Authors", "Autoren", "Auteurs", "Autores". Set among the story's blocks, the
 * same word is a bare credit label, so only a box the heading opens counts (see content/textual-furniture.ts).
 * Rule "the authors, with the article": French, Spanish, German and Italian head it with the word's article, as
 * English does with "The authors" ("Les auteurs", "Los autores", "Die Autoren", "Gli autori").
 * Rule "authors in inclusive writing": French and Québec think tanks write the plural for both genders with the
 * middle dot or the full stop ("Les auteur·e·s", "auteur.e.s", "Les auteur·rice·s"); the same heading.
 */
export const AUTHORS_BOX_HEADING = /^(?:(?:the|les|los|las|die|gli|os|as)\s+)?(?:authors?|autor(?:en|innen)|auteur(?:[·.](?:e|rice)[·.]?)?s|autores|autori)\s*:?$/iu;

/** The heading of a site's standing "about us" box: "About us", "Über uns", "Qui sommes-nous ?", "من نحن". */
export const ABOUT_US_HEADING = /^(?:about\s+us|who\s+we\s+are|über\s+uns|wer\s+wir\s+sind|à\s+propos(?:\s+de\s+nous)?|qui\s+sommes[-\s]nous|sobre\s+nosotros|quiénes\s+somos|quem\s+somos|chi\s+siamo|over\s+ons|o\s+nas|من\s+نحن|عن\s+الموقع|عن\s+الجريدة)\s*[:?]?$/iu;

/**
 * Rule "safe harbor statement": the heading of the legal notice a listed company closes its releases with, in the
 * words securities lawyers give it: "Forward-Looking Statements", "Safe Harbor Statement", "Cautionary Note
 * Regarding Forward-Looking Statements", "Special Note About Forward-Looking Information", and with the notice it
 * shares its section with, "Forward-Looking Statements and Risk Factors" (see content/notices.ts). Rule "cautionary
 * statement relevant to": oil majors' results releases head it "Cautionary Statement Relevant to Forward-Looking
 * Information", the words of the 1995 act's safe-harbor provisions, over the same notice.
 */
export const SAFE_HARBOR_HEADING = /^(?:(?:(?:special|cautionary|important)\s+)?(?:note|statement|language|information)s?\s+(?:regarding|concerning|about|on|relating\s+to|relevant\s+to)\s+)?(?:forward[-\u2010\u2011\s]looking\s+(?:statements?|information)|safe\s+harbou?r(?:\s+statements?)?)(?:\s+and\s+\p{L}+(?:\s+\p{L}+){0,2})?\s*:?$/iu;
/**
 * Rule "institution's boilerplate": a university's, a ministry's or a company's release closes with the paragraph it
 * sets under every release, under a heading that names the institution after "About" ("About Northfield State
 * University", "À propos de …", "Acerca de …", "Sobre …", "Tentang …", the Turkish "Kuzey Ege Üniversitesi
 * Hakkında"). The name is capitalised, and captured: the paragraph under the heading names the institution again.
 * "About the author" names no one; German, which capitalises every noun ("Über die Studie"), is left out.
 */
export const INSTITUTION_BOILERPLATE_HEADING = /^(?:(?:[Aa]bout|ABOUT|[ÀàAa] propos (?:de|du|des)|[ÀàAa] propos d['’]|[Aa]cerca del?|[Ss]obre|[Tt]entang)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+|a\s+|o\s+)?(\p{Lu}[^.!?:]{1,70}?)|(\p{Lu}[^.!?:]{1,70}?)\s+(?:[Hh]akkında|HAKKINDA))\s*:?$/u;

/**
 * The heading of the police's appeal box a crime story closes with (see content/notices.ts, rule "witness appeal
 * box"): "Zeugenaufruf", "Zeugen gesucht", "Police appeal", "Witness appeal", "Can you help?", "Appel à témoins",
 * "Llamamiento a testigos".
 */
export const WITNESS_APPEAL_HEADING = /^(?:zeugenaufruf|zeugen gesucht|(?:die )?polizei sucht zeugen|hinweise an die polizei|(?:police|witness) appeal|appeal for (?:witnesses|information)|can you help\??|appel à témoins|llamamiento a (?:testigos|la colaboración ciudadana)|appello ai testimoni)\s*[:!]?$/iu;
/** What the notice under such a heading speaks of. */
export const FORWARD_LOOKING = /forward[-\u2010\u2011\s]looking/iu;

/**
 * A one-line plug for another story, e.g. "Read also: <link>" or "اقرأ أيضا: <link>", inside the article text. Rule
 * "bracketed read-also label": Japanese and Chinese papers set the label in lenticular brackets instead of before a
 * colon ("【関連記事】<a>…</a>", "【延伸閱讀】").
 */
// Rule "listen on": a music review closes on the row of streaming services that carry the record ("Listen on:
// Spotify | Apple Music | Bandcamp", "Écouter sur :", "Escúchalo en:", "Ouça no:", "Jetzt anhören auf:"), a label over
// links away as a "read also" line is; a critic's sentence about where the album streams has no label before a colon.
// Rule "read also, by the writer": a column plugs the writer's earlier column with the label naming its writer
// ("اقرأ أيضاً للكاتبة: <a>…</a>", "اقرأ للكاتب نفسه:", "Read more from this columnist:"); the plug is the template's
// as a bare "read also" line is, and the words after the label name a column, not a byline.
const READ_ALSO_LABELS = [...READ_ALSO, 'related', 'more', 'watch', 'listen', '(?:listen|stream) (?:to it |it )?on', 'écouter sur', 'escúchalo en', 'ouça no', '(?:jetzt )?anhören (?:auf|bei)', 'شاهد أيضا', 'طالع أيضا',
  '[اإ]قرأ (?:أيضا )?(?:ل(?:نفس )?ال|لل)(?:كاتب|مؤلف)(?:ة)?(?: نفس(?:ه|ها))?', 'read (?:more )?(?:from|by) (?:this|the) (?:author|writer|columnist)'].join('|');
export const READ_ALSO_PREFIX = new RegExp(withArabicMarks(`^(?:(?:${READ_ALSO_LABELS})\\s*[:：՝|>»-]|[【［\\[]\\s*(?:${READ_ALSO_LABELS})\\s*[】］\\]])`), 'iu');

/**
 * Rule "critic's score": a review prints its verdict as a score on a line of its own, over or beside the text, the
 * rating's label before it ("Note : 3/5", "Wertung: 8/10", "Our rating: 4 out of 5", "Cote : ★★★½", "Valoración:
 * 4/5", "التقييم: 3.5 / 5", "Оценка редакции: 8/10") or the score alone in words ("4.5 out of 5"), with the readers'
 * own score and the ask to vote beside it ("Leserwertung: 7,4/10 (53 Stimmen) Jetzt bewerten"). The critic's prose says what the score sums
 * up; the line is the template's widget. A bare "3/5" is left to the slide counter's rule: it is no rating by itself.
 * Rule "score over its label": a badge sets the figure first and its label under it, the two run together in the text
 * ("7,5 Il voto di MotoriPiù", "8/10 Our rating", "4.5 Note de la rédaction"): the same widget, read in the other order.
 * Rule "score with a decimal": a badge under the verdict may give the score with no scale, its decimal telling it from
 * a footnote's or a list's number ("Nota 8,0", "Score 7.5", "Wertung 8,5").
 */
const RATING_LABELS = [
  '(?:our |the |critic[\'’]s |readers[\'’]? |user )?(?:rating|score|verdict)', 'notre (?:note|avis)', 'la note', 'note', 'cote', 'notation',
  '(?:unsere |redaktions|leser|gesamt)?(?:wertung|bewertung|note)', '(?:nuestra )?(?:valoración|puntuación|calificación|nota)', 'valutazione', 'voto', 'avaliação',
  '(?:ال)?تقييم(?:نا)?', 'تقييم (?:الناقد|المحرر)', 'درجة التقييم',
  // Russian and Ukrainian reviews: "Оценка редакции: 8,2", "Наша оценка: 4/5", "Оцінка редакції".
  '(?:наша )?оценка(?: редакции| читателей| автора)?', '(?:наша )?оцінка(?: редакції| читачів)?',
];
/** The scale is one critics use: out of 5, 10, 20 or 100, in either digits; "Note : 2/3 des votants" is no score. */
const RATING_DIGIT = '[\\d\\u0660-\\u0669]';
const RATING_SCORE = `(?:${RATING_DIGIT}{1,3}(?:[.,]${RATING_DIGIT})?\\s*(?:/|out of|of|von|sur|de|su|من)\\s*(?:5|10|20|100|\u0665|\u0661\u0660|\u0662\u0660|\u0661\u0660\u0660)(?!${RATING_DIGIT})|[★☆✩✪⭐]{1,5}\\s*½?)`;
export const RATING_LINE = new RegExp(withArabicMarks(
  `^(?:(?:${RATING_LABELS.join('|')})\\s*[:：]\\s*${RATING_SCORE}|[\\d.,]{1,4}\\s*(?:out of|von|sur|de) (?:5|10)(?:\\s*(?:stars|étoiles|sternen|estrellas)|\\s*[★☆½]+)?$`
  + `|${RATING_DIGIT}{1,3}(?:[.,]${RATING_DIGIT})?(?:\\s*/\\s*(?:5|10|20|100))?\\s*(?:(?:il|la|le|el|the|a) )?(?:${RATING_LABELS.join('|')})(?: (?:di|de|des|du|della|del|da|do|der|von|of) [^.!?:]{1,30})?$`
  + `|(?:${RATING_LABELS.join('|')})\\s*[:：]?\\s*${RATING_DIGIT}{1,2}[.,]${RATING_DIGIT}$)`,
), 'iu');
/** A score line, the readers' score and the ask to vote beside it; a longer block holds more than the widget. */
export const MAX_RATING_LINE_CHARS = 120;

/**
 * Rule "poll's notice": the heading a paper sets over a poll's technical notice, the bare word for the method or the
 * poll's particulars ("Methodology", "Méthodologie", "Methodik", "Metodología", "Ficha técnica", "Notice", "About
 * this poll", "منهجية الاستطلاع"), in the languages the pipeline ingests; see {@link SURVEY_SAMPLE}.
 */
export const POLL_NOTICE_HEADING = /^(?:methodology|méthodologie|méthode|methodik|methode|metodolog[íi]a|ficha técnica|notice|about (?:this|the) (?:poll|survey)|(?:à propos de|sur) ce sondage|zur umfrage|sobre (?:esta|la|a) (?:encuesta|pesquisa)|منهجية (?:الاستطلاع|الاستبيان))\s*[:.]?$/iu;
/**
 * What a poll's notice states and a data story's own notes seldom do: the sample it asked, a number of people beside
 * the word for them ("échantillon de 612 personnes", "a sample of 1,012 adults", "1.004 Befragte", "muestra de 800
 * entrevistas", "amostra de 1.200 eleitores", "عينة من 1500 شخص").
 */
export const SURVEY_SAMPLE = /(?:échantillon|sample|stichprobe|muestra|amostra|campione|عينة)\b[^.]{0,40}?\d|\d[\d.,  ]* (?:befragte|personnes interrogées|respondents|adults interviewed|entrevistad[oa]s|entrevistas|eleitores entrevistados)/iu;

/**
 * The headings of a review's lists of what is good and what is bad about the thing reviewed (rule "pros and cons
 * card", see content/textual-furniture.ts), in the languages the pipeline ingests.
 */
export const PROS_HEADING = new RegExp(withArabicMarks(
  '^(?:pros|the good|what we liked|plus(?:punkte)?|vorteile|stärken|points? forts?|on a aimé|les plus|ventajas|a favor|lo mejor|pr[oó]s|punti di forza|(?:ال)?إيجابيات|(?:ال)?مزايا)\\s*[:：]?$',
), 'iu');
export const CONS_HEADING = new RegExp(withArabicMarks(
  '^(?:cons|the bad|what we didn[\'’]t like|minus(?:punkte)?|nachteile|schwächen|points? faibles?|on n[\'’]a pas aimé|les moins|inconvenientes|desventajas|en contra|lo peor|contras|punti deboli|(?:ال)?سلبيات|(?:ال)?عيوب)\\s*[:：]?$',
), 'iu');

/**
 * The labels of the fields a review's card gives the reviewed work (rule "reviewed work's card", see
 * content/textual-furniture.ts): the book's author, publisher, pages, price and ISBN, the film's director, cast and
 * running time, the album's label and release, the restaurant's address and hours, in the languages the pipeline
 * ingests.
 */
export const WORK_CARD_LABEL = new RegExp(withArabicMarks(`^(?:${[
  'author', 'title', 'publisher', 'pages', 'price', 'isbn', 'director', 'directed by', 'cast', 'starring', 'runtime', 'running time', 'genre', 'label',
  'release(?: date)?', 'released', 'format', 'screenplay', 'country', 'address', 'phone', 'hours', 'opening hours', 'cuisine', 'price range', 'translator', 'translated by',
  'auteure?', 'titre', 'éditeur', 'éditions', 'parution', 'prix', 'réalisat(?:eur|rice|ion)', 'avec', 'durée', 'sortie', 'adresse', 'téléphone', 'horaires', 'traduction', 'traduit par',
  'autor(?:in)?', 'titel', 'verlag', 'seiten', 'preis', 'regie', 'darsteller', 'besetzung', 'laufzeit', 'vö', 'erscheinungs(?:datum|termin)', 'telefon', 'öffnungszeiten', 'übersetzung',
  'título', 'editorial', 'páginas', 'precio(?: medio)?', 'dirección', 'director(?:a)?', 'reparto', 'duración', 'género', 'sello', 'estreno', 'teléfono', 'horario', 'traducción',
  'المؤلف', 'الكاتب', 'الناشر', 'دار النشر', 'عدد الصفحات', 'السعر', 'إخراج', 'تأليف', 'بطولة', 'مدة العرض', 'النوع', 'العنوان', 'الهاتف',
  // Rule "player's card": a transfer story sets the player's record beside it as the database gives it, his club, his
  // position, his contract and his market value ("Verein:", "Position:", "Vertrag bis:", "Marktwert:"; "Club", "Valor
  // de mercado", "Contratto fino al", "القيمة السوقية"), the card a review sets of the work it reviews.
  'club', 'current club', 'position', 'contract(?: until| expires)?', 'market value', 'date of birth', 'nationality',
  'verein', 'aktueller verein', 'vertrag bis', 'marktwert', 'geburtsdatum', 'nationalität',
  'posición', 'contrato(?: hasta| até)?', 'valor de mercado', 'clube', 'posição', 'fecha de nacimiento', 'data de nascimento', 'nacionalidad(?:e)?',
  'squadra', 'ruolo', 'contratto(?: fino al)?', 'scadenza(?: contratto)?', 'valore di mercato', 'poste', 'contrat(?: jusqu[\'’]en)?', 'valeur marchande',
  'kulüp', 'mevki', 'sözleşme(?: bitişi)?', 'piyasa değeri', 'النادي', 'المركز', 'مدة العقد', 'نهاية العقد', 'القيمة السوقية', 'الجنسية',
].join('|')})$`), 'iu');

/**
 * Rule "calendar button": an event page or a funeral's service times close with the button that files the event in
 * the reader's calendar ("Add to my calendar", "Zum Kalender hinzufügen", "Ajouter à mon agenda", "Añadir al
 * calendario", "أضف إلى التقويم"), a whole line or link of its own, no part of the item.
 */
const CALENDAR_BUTTONS = [
  '(?:\\+\\s*)?add (?:this (?:event )?)?to (?:my |your )?(?:calendar|google calendar|outlook|ical)$', '(?:zum|in den|in meinen) kalender (?:hinzufügen|eintragen|übernehmen)$',
  'ajouter (?:à mon |à votre |au |à l[\'’] ?)(?:agenda|calendrier)$', '(?:añadir|agregar) (?:a mi|a tu|al) (?:calendario|agenda)$', '(?:أضف|إضافة) (?:إلى|الى) (?:التقويم|الرزنامة)$',
];
export const CALENDAR_BUTTON = new RegExp(`^\\s*(?:${CALENDAR_BUTTONS.join('|')})`, 'iu');

/** The networks a line asks the reader to follow the site on ("Follow the Courier on Bluesky"). */
const SOCIAL_NETWORKS = 'twitter|facebook|instagram|x|bluesky|threads|mastodon|tiktok|youtube|linkedin|whatsapp|telegram|google news';

/**
 * Rule "readers' pictures ask": during a storm, a flood or a fire a paper sets its ask for the readers' photos and
 * videos between the story's paragraphs or under them, often after a question to those on the spot ("Have you been
 * affected by Storm Idris? Send us your photos …", "¿Estás en la zona afectada? Envíanos tus fotos y vídeos …",
 * "Envoyez-nous vos photos", "Schicken Sie uns Ihre Bilder", "شارك بصورك: أرسل صورك …"), with the desk's address
 * or messenger number: the desk's standing ask, not the story. The ask opens the line, in the imperative and to the
 * reader ("your", "tus", "vos", "صورك"); a story that reports that the police asked for footage says so in the third
 * person.
 */
const READERS_PICTURES_ASK = `(?:¿?[^?？؟¿.!]{1,60}[?？؟]\\s+)?(?:${[
  '(?:please )?(?:send|share|email|e-mail|upload|whatsapp) (?:us |them to us )?your (?:own )?(?:photos|pictures|images|videos|footage)',
  '(?:env[ií](?:a|e)(?:nos)?|m[aá]nd(?:a|e)nos|comp[aá]rte(?:nos)?) (?:tus|sus) (?:fotos|fotograf[ií]as|v[ií]deos|im[aá]genes)',
  'envoyez[- ]nous vos (?:photos|vidéos|images)', '(?:schicken|senden) sie uns ihre (?:fotos|bilder|videos)', 'schick(?:t)? uns (?:deine|eure) (?:fotos|bilder|videos)',
  '(?:fotoğraflarınızı|videolarınızı) (?:bize )?(?:gönderin|iletin)',
  '(?:أرسل|ارسل|شارك)(?:وا|ي)? (?:لنا )?ب?(?:صورك|صوركم)(?![\\u0621-\\u064A])',
].join('|')})`;

/**
 * Short paragraphs that address the reader instead of telling the story: subscription walls, app and social
 * prompts. Anchored at the start so a sentence that merely mentions subscribers stays. Rule "question before the ask":
 * a partner's promo at a republished story's foot opens with a question to the reader, then asks ("Want more local
 * news? Sign up for …", "Enjoyed this story? Subscribe …"); the ask after it is what counts.
 */
export const CALL_TO_ACTION = new RegExp(withArabicMarks(
  `^(?:(?:want|looking for|enjoy(?:ed)?|like(?:d)?|(?:sie )?wollen(?: sie)?|möchten sie|(?:du )?möchtest(?: du)?|willst du|vuoi|quer|quieres) [^?]{1,40}\\?\\s+)?(?:` + [
    'subscribe\\b', 'to (?:view|read|continue reading) (?:the|this) (?:full )?(?:story|article)', `follow (?:us|[\\w ]{1,40}? on (?:${SOCIAL_NETWORKS}))`,
    // A registration wall's offer: "Unlock this article by signing up for a free account", "Unlock the full story".
    'unlock (?:this|the|the full|the rest of (?:this|the)) (?:story|article)',
    // Rule "preferred source ask": since Google let readers pick the sources their results favour, news sites ask for
    // it under every story ("Make us a preferred source on Google", "Add The Courier as a preferred source on Google",
    // "Fügen Sie uns als bevorzugte Quelle bei Google hinzu", "Ajoutez-nous comme source préférée sur Google").
    '(?:make|add|set) (?:us|[^.!?]{1,40}?) (?:as )?(?:a|your) preferred source', '(?:als )?bevorzugte quelle (?:bei|in|auf) google', '(?:fügen sie|füge) (?:uns|[^.!?]{1,40}?) als bevorzugte quelle',
    '(?:ajoutez|ajoute)[- ](?:nous|[^.!?]{1,40}?) comme source préférée', '(?:añádenos|agréganos|añade a [^.!?]{1,40}?) como fuente preferida',
    'download (?:our|the)\\b.*\\bapps?\\b', 'sign up\\b',
    // Rule "get it on the app": the line over the app-store badges promises the news in the publisher's app ("Get the
    // latest tech news on the TechBharat app", "Get breaking news alerts on our app"), an imperative that closes on
    // the app; a story's sentence about an app states what it does, and does not open by telling the reader to get.
    "get (?:the |all the |our )?(?:latest|breaking|top|all)\\b[^.!?]{0,60}\\b(?:on|in|with) (?:the|our)\\b[^.!?]{0,30}\\bapp$",
    // The app's download, the subscription's offer and the paywall's login in the languages of the European press:
    // "Download de app van …", "Téléchargez notre application", "Descarga nuestra app", "Scarica l'app", "Jetzt Abo
    // abschließen", "Abbonati per leggere tutti gli articoli", "Già abbonato? Accedi".
    "(?:download|installeer) (?:de|onze)\\b.*\\bapp\\b", "(?:laden sie (?:sich )?|jetzt )(?:unsere |die )?[^.!?]{0,30}app (?:herunter|laden|herunterladen)",
    // Rule "German asks to get the app and to sign up": "Holen Sie sich die … App!", "Hol dir die App", and a
    // community's or a comment thread's "Jetzt (kostenlos) registrieren!", "Jetzt bei der … registrieren!"; each the
    // whole line, as a story's sentence that opens on "Jetzt" goes on past the verb. An event's "Jetzt anmelden" is
    // the event's own registration, which a story about it keeps.
    "hol(?:en sie sich|t euch| dir) (?:die |unsere |jetzt die )[^.!?]{0,40}\\bapp\\b[.!]?$", "jetzt (?:[^.!?]{0,40} )?registrieren[.!]?$",
    "t[ée]l[ée]chargez (?:notre|l['’]\\s?)(?:application|appli)", "descarga (?:nuestra|la) app", "scarica (?:la |l['’]\\s?)app",
    // Rule "the news app's box in Indonesian and Malay": portals set a box in the text that tells the reader to get
    // their app for the news ("Download aplikasi … di Play Store dan App Store untuk berita … tercepat", "Unduh
    // aplikasi … berita terkini di genggaman", Malay "Muat turun aplikasi …"). A how-to story's step ("Unduh aplikasi
    // Mobile JKN di Play Store") also opens so, and names no news: only the ask that offers the news is the box.
    "(?:download|unduh|muat turun) aplikasi\\b[^.!?]{0,80}\\bberita\\b",
    // Rule "download the app, right to left": the box under an Arabic, Urdu or Hebrew story closes on the button that
    // asks for the app ("حمّل التطبيق الآن", "نزّل تطبيقنا"), or opens on the app's name and the ask, Urdu setting the
    // verb last ("ٹیک اردو ایپ ڈاؤن لوڈ کریں"), over the stores' badges; Hebrew asks "הורידו את האפליקציה". A story
    // reports that an app was downloaded, in the past and with its figures, and tells no reader to get it.
    '(?:حمل|نزل)(?:وا)? (?:التطبيق|تطبيقنا)(?: (?:الآن|الان|مجانا|مجاناً))?$', '[^.!?۔]{0,40}ایپ ڈاؤن ?لوڈ کریں', 'הורידו את האפליקציה',
    'jetzt (?:abo|abonnement|zugang) (?:abschließen|sichern|testen|holen|wählen)', 'abbonati (?:a|per|ora|subito)\\b', 'già abbonat[oa]\\s*\\?', "if you(?:'|’)re (?:seeing this|already a subscriber)", 'already a subscriber',
    ...FOLLOW_US, 'abonnieren sie', 'jetzt abonnieren', 'suscr[ií]bete', 'h(?:azte|ágase) (?:miembro|socio|suscriptor)',
    // Rule "subscribe in Spain's other languages": Catalan, Galician and Basque papers sell the subscription in the
    // imperative at the line's start, as Spanish ones do ("Subscriu-te per llegir…", "Subscríbete e le sen límites",
    // "Harpidetu eta jaso…", "Harpidetu orain"); a story reports subscribers, it does not order the reader.
    'subscriu-te', 'subscr[ií]bete', 'harpidetu(?!\\p{L})',
    // Rule "follow the show": a podcast's page closes its notes by asking the listener to follow it in the app they
    // use ("Follow the show wherever you get your podcasts.", "Never miss an episode: …", "Síguenos en tu aplicación de
    // pódcast favorita", "Abonnez-vous sur votre plateforme d'écoute préférée"). Asked at the line's start, in the
    // imperative: a story reports that a show is out "wherever you get your podcasts", and asks nothing.
    'never miss an episode', "(?:follow|listen to|find) [^.!?]{1,60} wherever you (?:get|listen to|find) (?:your )?podcasts",
    's[ií]guenos [^.!?]{0,40}(?:en tu (?:aplicación|app|plataforma) de (?:pódcast|podcast)s?|dondequiera que escuches)',
    "(?:abonnez-vous|retrouvez-nous) [^.!?]{0,40}sur (?:votre|toutes les) (?:application|plateforme)s? (?:de podcasts?|d['’]écoute)",
    // The Arabic "تابعوا بودكاست … على جميع منصات البودكاست" (follow … on all the podcast platforms) and the Turkish
    // "Bizi tüm podcast platformlarında takip edin" (follow us on all podcast platforms).
    'تابع(?:وا|ونا)? [^.!?]{0,40}(?:على|عبر) (?:جميع |كل )?منصات (?:البودكاست|الاستماع)', 'bizi [^.!?]{0,40}podcast platformlar[ıi]nda takip edin',
    // "Already a subscriber?" prompts of a paywall; asked as a question, so a sentence that starts alike stays.
    `¿?(?:(?:sie sind )?(?:bereits|schon) (?:abonnent(?:in)?|abonniert|registriert)|déjà abonné|ya (?:eres|es) (?:suscriptor|socio)|já é assinante|sei già abbonato|al abonnee)(?!\\p{L})[^.!?]{0,30}\\?`,
    // Rule "subscription button": French papers close the box that sells a locked story with the reader's own words,
    // "Je m'abonne", a whole line; the box's pitch above it ("Profitez de l'offre découverte : 1 € le premier mois")
    // goes with it as any pitch box's does.
    'abonnez-vous', "je m['’]abonne$", 'zapraszamy (?:też |także )?do (?:subskrypcji|prenumeraty)',
    // The button that closes a reader-revenue appeal, a whole line of its own: "Support the Guardian", "Yes, I'll give
    // $5/month", "Donate now", "Make a contribution", "Jetzt unterstützen", "Become a supporter", "Mitglied werden".
    // Rule "gift in the first person": French reader-funded reviews word the button as the reader's own act, "Je fais un
    // don" beside "Je m'abonne", as often as "Faire un don".
    `(?:support|back) (?:us|the [\\p{L}\\d.'’ -]{1,40}|our (?:work|journalism|newsroom|reporting))$`,
    'become a (?:supporter|patron|member|paying member|subscriber)(?: (?:today|now))?$', '(?:jetzt )?(?:unterstützer(?:in)?|mitglied|fördermitglied) werden$',
    `(?:yes, )?i['’]ll (?:give|donate|contribute)(?: [$€£]\\s?\\d[\\d.,]*(?:\\s?/\\s?(?:month|year|mo|yr))?)?$`,
    '(?:donate|contribute|give)(?: (?:now|today|monthly|once))?$', 'make a (?:one-(?:time|off) |monthly )?(?:donation|contribution|gift)$',
    '(?:jetzt )?(?:spenden|unterstützen)$', '(?:faire|je fais|faites) un don$', '(?:haz una )?donación$', 'dona(?:r)? ahora$',
    // Rule "the reader's own ask, in Spanish": Latin American reader-funded and exiled newsrooms word the button as the
    // reader's wish, "Quiero apoyar", "Quiero donar", as the French one is worded "Je fais un don".
    'quiero (?:apoyar|donar|contribuir|colaborar|aportar)$',
    ...CALENDAR_BUTTONS,
    // The button that closes a company blog's sales box ("See how … / Get a personalized walkthrough / Book a demo",
    // "Start your free trial", "Talk to sales"), and a platform's sign-in wall under a post ("Sign in to view more
    // content … <a>Sign in</a>"): a whole line of its own.
    '(?:book|request|schedule|get|see) a (?:free |live )?demo$', 'start (?:your|a) free trial$', '(?:talk|speak) to (?:sales|an expert|our team)$',
    '(?:sign|log) in$', 'join now$',
    // Rule "dealer's button": motoring and travel pages set a dealer's or an agent's offer between a story's paragraphs
    // ("عرض خاص", "Finanzierung ab 0 %", "Varenta Lumo Tourer: bis zu 19 % Rabatt"), closed by the button that asks the
    // reader for a quote, a booking or a comparison of offers ("Get a quote", "Book now", "Angebote vergleichen",
    // "Richiedi un preventivo", "اطلب عرض سعر", "احجز الآن", "無料で見積もりする"): a whole line of its own, the seller's, and the offer above
    // it goes with it as a pitch box's does. A story reports that a dealer offers a price, and asks nothing.
    '(?:get|request) (?:a |an |my |your )?(?:free |local )?(?:price |insurance )?(?:quote|offer)s?(?: (?:now|today|from (?:a |the |your )?dealers?))?$',
    '(?:get|see|view|check|compare) (?:the )?(?:best |latest |dealer )?(?:offers|deals|on-road price)$', '(?:book|reserve) (?:now|a test drive|your test drive)$', 'find a dealer(?: near you)?$',
    // The comparison tool's button under a few priced cars ("قارن الآن", "Compare now", "Jetzt vergleichen", "Confronta ora").
    'compare (?:now|cars|prices|models)$', 'jetzt vergleichen$', 'confronta (?:ora|le auto|i prezzi)$', 'compar(?:a|e) (?:agora|ahora|ya|já)$', 'قارن (?:الآن|الان|بينها)$',
    '(?:jetzt )?(?:angebote?|preise) (?:vergleichen|anfordern|sichern)$', 'probefahrt (?:vereinbaren|buchen)$', 'händler finden$',
    'demander (?:un devis|une offre|un essai)$', 'réserver (?:maintenant|un essai)$', 'trouver un concessionnaire$',
    'solicit(?:a|e|ar) (?:una |uma )?(?:cotización|cotação|oferta|prueba de manejo|test drive)$', 'reserv(?:a|e|ar) (?:ahora|agora|ya|já)$', 'encontr(?:a|e|ar) (?:un |uma )?(?:concesionario|concessionária)$',
    'richiedi (?:un |il )?(?:preventivo|offerta|test drive)$', 'prenota (?:ora|subito|un test drive)$', 'trova (?:il |un )?concessionario$',
    'اطلب (?:عرض سعر|عرض السعر|تجربة قيادة)$', 'احجز (?:الآن|الان|سيارتك(?: الآن| الان)?|تجربة قيادة)$', 'teklif al(?:ın)?$',
    // Rule "shop button": fashion and beauty pages set a product's box between a story's paragraphs (its price, where
    // it is sold) closed by the shop's button, "Buy now", "Shop now", "Acquista ora", "Achetez maintenant", "Jetzt
    // kaufen", "Comprar ahora", "Hemen satın al", "구매하기", "اشتري الآن": a whole line of its own, the seller's, and
    // the box goes with it as a dealer's offer does. A story reports what a product costs; it does not tell the reader
    // to buy it in a line that is nothing else.
    '(?:buy|shop|order) (?:it |this |them )?(?:now|here|today)$', 'acquista(?:lo|la)? (?:ora|subito|qui)$', 'achete[zr] (?:maintenant|ici)$',
    'jetzt (?:kaufen|bestellen|shoppen)$', 'c[oó]mpra(?:r|lo|la)? (?:ahora|aqu[ií]|já|agora)$', '(?:hemen )?satın al(?:ın)?$', '(?:지금 )?구매하기$',
    'اشتر(?:ي|ِ|وا)? (?:الآن|الان)$',
    // Rule "ticket button": concert, festival and tour pages set the promoter's box between a story's paragraphs (the
    // next dates, "Boletos desde $890", "Ingressos a partir de R$ 190") closed by the seller's button, "Buy tickets",
    // "Get tickets", "Tickets kaufen", "Réserver vos billets", "Comprar boletos", "Comprar ingressos", "Bilet al",
    // "احجز تذكرتك الآن": a whole line of its own, and the box goes with it as a shop's does. A story reports that
    // tickets sold out or went on sale; it does not tell the reader to buy them in a line that is nothing else.
    '(?:buy|get|book) (?:your |the )?tickets?(?: (?:now|here|today))?$', '(?:jetzt )?tickets? (?:kaufen|sichern|buchen)$', '(?:acheter|réserver|réservez) (?:vos |des |les )?(?:billets|places)$',
    'compr(?:ar|a|e) (?:tus |seus |os |los )?(?:boletos|entradas|ingressos)(?: (?:ahora|aqu[ií]|agora|já))?$', 'bilet(?:ini)? al(?:ın)?$', 'احجز (?:تذكرتك|تذاكرك)(?: (?:الآن|الان))?$',
    // The finance box's button, which asks the reader to work out the instalments of a loan or a buying pool ("Consórcio
    // Tupã: parcelas a partir de R$ 1.899 … Simule agora", "Simulate your finance", "Rate berechnen", "Calcola la rata"),
    // or to apply for it under the lender's representative example ("Check your eligibility", "Apply for finance").
    '(?:simul(?:e|a|ar)|simulate) (?:agora|ahora|já|ya|now|(?:o |el |seu |su |tu |your )?(?:financiamento|financiación|finance|loan|consórcio|cr[eé]dito|payments|parcelas|cuotas))$',
    '(?:jetzt )?(?:rate|finanzierung|leasingrate) berechnen$', 'calcola (?:la )?rata$',
    'check (?:your )?(?:eligibility|finance options)$', 'apply for (?:finance|a (?:car )?loan)$',
    // Japanese car sites' buttons for a dealer's estimate and a trade-in valuation: "無料で見積もりする", "見積もりを依頼する",
    // "今すぐ査定する".
    '(?:無料で|今すぐ)?(?:見積もり|見積り|見積|査定)(?:する|を?依頼(?:する)?)$',
    // Rule "click button": a results page's lookup box, a scholarship's application box or a document's box closes
    // with a button that says only where to click, and for what ("SONUÇ ÖĞRENMEK İÇİN TIKLAYIN", "Click here to check
    // your result", "Haga clic aquí", "Cliquez ici", "اضغط هنا", "Klik di sini"): a whole line of its own, the tool's,
    // and the box's title and prompt above it are the tool's too. A story never tells its reader to click; a sentence
    // that ends on "click here" does so after a clause of its own, not in a line that is nothing else. Turkish capitals
    // are spelt out, for the dotted İ does not fold to i.
    '(?:please )?(?:click|tap) (?:here|below|the (?:link|button)(?: below)?)(?: (?:to|for) [^.!?|]{1,60})?$',
    '(?:haga|haz|dar) clic (?:aquí|aqui)$', 'pinch(?:a|e) (?:aquí|aqui)$', 'cliquez ici$',
    '(?:[^.!?]{1,60} [iİ]ç[iİ]n )?(?:buraya )?t[ıi]kla(?:y[ıi]n(?:[ıi]z)?)?$', '(?:[اإ]ضغط|انقر)(?:وا)? هنا$', 'klik (?:di ?sini|link ini)$',
    // Rule "result button": a results story's button names what it looks up instead ("CONSULTA AQUÍ TUS RESULTADOS",
    // "Check your result", "Consultez vos résultats", "اعرف نتيجتك", "Sonucunu öğren"), the same whole line in the
    // imperative, to the reader; a story reports that candidates can check their results, in the third person.
    '(?:check|view|see|get) (?:your |the )?(?:results?|scores?|marks?)(?: (?:here|now|online))?$',
    '(?:consulta|consulte|revisa|revise|checa|verifica|verifique) (?:aqu[ií] )?(?:tus|sus|los|tu|su|el) (?:resultados?|calificaci[oó]n(?:es)?)$',
    'consultez (?:vos|votre|les) (?:résultats?|notes)$', '(?:[اإ]عرف|استعلم عن) (?:نتيجتك|النتيجة)$', 'sonuc(?:unu|unuzu) öğren(?:in)?$',
    'اشترك', 'تابعونا', 'تابعنا على', 'حمل تطبيق', ...CLAIM_TIP_ASKS, READERS_PICTURES_ASK,
    // Rule "membership ask": Japanese papers close a story with the box that states its access and asks the reader to
    // register ("この記事は会員限定記事です。", "この記事は会員限定記事ではありません。会員登録すると、速報メールを受け取れます。",
    // "無料会員登録はこちら"), the same under every story; the paid-story badge (rule "paid-story badge") is its
    // label over the headline.
    'この記事は(?:有料)?(?:会員限定|有料)(?:記事)?(?:です|ではありません)', '(?:無料)?会員登録(?:すると|して|いただくと|(?:は|を)こちら|する$|$)',
  ].join('|') + ')'),
  'iu',
);

/**
 * Rule "other language's version": agencies and papers that publish in two or three languages point from a story to
 * its version in another, on a line of its own in the text's box: "للاطلاع على الخبر باللغة الإنجليزية اضغط هنا"
 * ("to see the story in English, click here"), "اقرأ الخبر بالفرنسية", "Read this story in English", "Lire cet
 * article en français", "Version française". The whole line: the verb that sends the reader there, the language, and
 * at most "click here"; a sentence that mentions a language goes on past it.
 */
const OTHER_LANGUAGE_AR = '(?:إنجليزية|انجليزية|إنكليزية|انكليزية|فرنسية|إسبانية|اسبانية|عربية)';
const OTHER_LANGUAGE_LATIN = '(?:english|french|arabic|spanish|anglais|français|francais|arabe|espagnol)';
export const OTHER_LANGUAGE_VERSION = new RegExp(withArabicMarks(
  '^(?:' + [
    `(?:للاطلاع على|لقراءة|اقرأ|إقرأ|اقرا|طالع)(?:\\s+(?:هذا\\s+)?(?:الخبر|المقال|الموضوع|التقرير|النسخة))?\\s+(?:باللغة\\s+ال|بال)${OTHER_LANGUAGE_AR}(?:\\s*[،,]?\\s*(?:اضغط|انقر)\\s+هنا)?`,
    `النسخة\\s+ال${OTHER_LANGUAGE_AR}(?:\\s+من\\s+(?:الخبر|المقال))?`,
    `(?:read|view|see)(?:\\s+(?:this|the)\\s+(?:story|article|news))?\\s+in\\s+${OTHER_LANGUAGE_LATIN}`, `${OTHER_LANGUAGE_LATIN}\\s+version`,
    `(?:lire|voir)(?:\\s+(?:cet|l[’'])\\s*article|\\s+la\\s+version)?\\s+en\\s+${OTHER_LANGUAGE_LATIN}`, `version\\s+(?:française|anglaise|arabe)`,
  ].join('|') + ')\\s*[.:!]?$'),
  'iu',
);

/**
 * Rule "summary in the other language": papers in a regional or minority language close a story, or set in its
 * text, a short box that sums it up in the state's or a wider language for readers who do not read the page's
 * ("Resumen en castellano" under a Basque story, "English summary" under a Welsh one, "In English" in an Irish one,
 * "En français :" under a Breton one). The box's label names a summary or the language the box is written in.
 */
const SUMMARY_LANGUAGE = '(?:english|français|francais|castellano|español|espanol|català|catala|deutsch|nederlands|italiano|português|portugues)';
export const OTHER_LANGUAGE_SUMMARY_LABEL = new RegExp(
  `^(?:(?:summary|résumé|resume|resumen|resum|riassunto|zusammenfassung|samenvatting|resumo)(?:\\s+(?:in|en|em|auf)\\s+${SUMMARY_LANGUAGE})?`
  + `|${SUMMARY_LANGUAGE}\\s+(?:summary|version)|(?:in|en|em|auf)\\s+${SUMMARY_LANGUAGE})\\s*[:：.]?$`,
  'iu',
);

/**
 * The link that closes a box of the site's live page set in a story (see the rule "live coverage box"): "Zum
 * Liveblog", "Alle Entwicklungen im Newsticker", "Go to our live blog", "Follow live", "Suivez notre direct",
 * "Sigue el directo", "Segui la diretta", "Acompanhe ao vivo", "Naar het liveblog"; and the links that close other boxes
 * pitching another page the same way: the stream's and the results feed's full table (rules below).
 */
export const LIVE_COVERAGE_LINK = new RegExp(
  '^(?:' + [
    '(?:zum|zur|alle (?:infos|news|entwicklungen|updates) im|mehr im) (?:live-?blog|live-?ticker|news-?ticker|news-?blog|ticker|live-?berichterstattung)',
    '(?:go to|follow|read|open|see) (?:the |our )?(?:full )?live (?:blog|updates|coverage|page)', 'follow (?:the story |events |it )?live',
    '(?:suivez|suivre|voir|accéder|accédez|vers)(?: à| au)? (?:notre |le )?direct', '(?:sigue|siga|seguir|ir al|ver el) (?:nuestro |el )?(?:directo|minuto a minuto)',
    '(?:segui|seguite|vai alla|leggi la) (?:la |nostra )?diretta', '(?:acompanhe|siga) (?:a cobertura )?(?:ao vivo|o minuto a minuto)', '(?:naar|volg) (?:het |ons )?liveblog',
    // Hindi portals close the box with "लाइव ब्लॉग पढ़ें" ("read the live blog") or "लाइव अपडेट देखें".
    'लाइव (?:ब्लॉग|अपडेट्?स?|कवरेज) (?:पढ़ें|देखें)',
    // Rule "watch-live box": esports and streaming stories set a box of the stream in the text, a badge and a line
    // over the button that sends the reader to the channel ("Watch live", "Jetzt live ansehen", "Assistir agora",
    // "Regarder en direct", "شاهد الآن", "配信を見る", "지금 생방송 보기"): a pitch for the stream's page as the live blog's
    // box is for the blog's. Launch sites set the same box for their launch broadcasts ("Regarder le direct", "Смотреть
    // трансляцию").
    'watch (?:it |them )?(?:live|now)(?: here)?', 'jetzt (?:live )?(?:ansehen|anschauen|streamen)', 'live (?:ansehen|anschauen)',
    '(?:assista|assistir|assiste) (?:ao vivo|agora)', '(?:ver|mira|mirar) (?:en vivo|en directo|ahora)', 'regarder (?:en direct|le direct|maintenant)', '(?:guarda|guardala) (?:in diretta|ora)',
    'شاهد(?:وا)? (?:الآن|الان|البث(?: المباشر)?|مباشرة)', '(?:生)?(?:配信|ライブ)を(?:見る|視聴する)', '(?:지금 )?(?:생방송|라이브|생중계) 보기', '(?:观看|觀看)直播', 'oglądaj (?:na żywo|teraz)',
    'смотреть (?:трансляцию|прямой эфир|онлайн)', 'смотрите (?:трансляцию|прямой эфир)',
    // Rule "full table's link": sports and esports stories set the results feed's bracket or standings in the text,
    // a few rows of it under its title, closing with the link to the whole table's page ("Full bracket", "See full
    // standings", "Zur kompletten Tabelle", "Classement complet", "Tabela completa", "전체 대진표 보기", "عرض الشجرة
    // كاملة"): a box that pitches another page, as the live page's does. The story's own table has no such link. A
    // tennis tournament's bracket is its draw ("Full draw"), a cricket match's sheet its scorecard ("Full scorecard"), a
    // basketball game's its box score ("Full box score").
    '(?:see |view |show )?(?:the )?full (?:bracket|draw|scorecard|box ?score|standings|table|league table|schedule|results)', 'zur (?:kompletten |ganzen )?tabelle', '(?:classement|calendrier) complet',
    '(?:clasificación|tabla) completa', '(?:classificação|tabela) completa', 'pełna (?:drabinka|tabela|klasyfikacja)', '전체 (?:대진표|순위표?|일정) 보기', 'عرض (?:الشجرة|الجدول|الترتيب) (?:كاملة|كاملا|كاملاً|الكامل)',
  ].join('|') + ')\\s*[.…»›>→]*$',
  'iu',
);

/** How a gallery says a click opens its pictures large: "a képre kattintva nagyobb méretben is megnézheti", "kliknutím na fotografii ji zvětšíte", "Click on a picture to enlarge". */
const GALLERY_CLICK_HINT = '(?:(?:a )?kép(?:ek)?re kattintva [^.!?]{0,60}(?:méretben|nagyítható)[^.!?]{0,30}|(?:po )?kliknutí(?:m)? na (?:obrázek|obrázok|fotografii|fotografiu|fotku|snímek|snímku)[^.!?]{0,60}|(?:click|tap) (?:on )?(?:the |an? |any )?(?:image|photo|picture)s? to (?:enlarge|view (?:it )?(?:larger|full[- ]size)|see (?:it )?larger))';

/**
 * Rule "live page pointer": during a running event, stories point readers to the site's live page in a line of
 * their own between paragraphs ("Follow the latest developments in our live blog.", "Alle aktuellen Entwicklungen
 * in unserem Liveblog", "Suivez notre direct", "Sigue en directo la última hora", "تابعوا تغطيتنا المباشرة"). It
 * pitches another page, as the live coverage box does, and says nothing of the story. A whole line: the verb that
 * sends the reader away opens it, and the live page closes it, give or take "here".
 */
export const LIVE_PAGE_POINTER = new RegExp(
  '^(?:' + [
    "(?:for (?:the |all the )?(?:latest|more)(?: \\p{L}+){0,3},? )?(?:follow|read|keep up with|get|see|find|stay (?:up to date|updated) (?:with|on))(?: [^.!?]{0,60})? (?:live[ -]?(?:blog|coverage|updates|page|ticker)|liveblog)(?: (?:here|below))?",
    '(?:alle|die) (?:aktuellen |neuesten |weiteren )?(?:entwicklungen|infos|informationen|news|ereignisse)[^.!?]{0,60} (?:im|in unserem) (?:live-?blog|live-?ticker|news-?blog|news-?ticker)',
    '(?:verfolgen|lesen) sie[^.!?]{0,60} (?:im |in unserem |unseren |unser )?(?:live-?blog|live-?ticker|news-?ticker)(?: (?:hier|nach|mit))?',
    '(?:suivez|retrouvez)[^.!?]{0,60} (?:notre |en )direct(?: ici)?', '(?:sigue|siga)[^.!?]{0,60} (?:en directo|minuto a minuto|nuestro directo)(?: aquí)?',
    '(?:segui|seguite)[^.!?]{0,60} (?:la |nostra )?diretta(?: qui)?', '(?:acompanhe|siga)[^.!?]{0,60} (?:ao vivo|em tempo real)(?: aqui)?',
    '(?:volg|lees)[^.!?]{0,60} (?:ons |het )?liveblog(?: hier)?', 'تابع(?:وا)?[^.!؟]{0,60} (?:التغطية المباشرة|تغطيتنا المباشرة|البث المباشر)',
  ].join('|') + ')\\s*[.!…]?$',
  'iu',
);

/**
 * Rule "gallery pointer": a story with a gallery sets, between its paragraphs or over the slides, a line that tells the
 * reader where the rest of the pictures are or how to open them ("Ďalšie fotografie nájdete v galérii.", "Další
 * fotografie najdete v galerii", "További fotók a galériában", "More photos in our gallery", "Click on a picture to
 * enlarge"), or the gallery's badge with its count and that hint run on ("Galéria: 24 fotó – a képre kattintva
 * nagyobb méretben is megnézheti"). It is the gallery's control, the same under every such story, and no line of
 * the story: a whole line, the pictures' place or the click closing it.
 */
export const GALLERY_POINTER = new RegExp(
  '^(?:' + [
    '(?:ďalšie|viac|všetky) (?:fotografie|fotky|foto|zábery)(?: (?:z [^.!?]{1,40}))? (?:nájdete|si pozrite|si môžete pozrieť) v (?:našej |celej )?(?:foto)?galérii',
    '(?:další|více|všechny) (?:fotografie|fotky|snímky|záběry)(?: (?:z [^.!?]{1,40}))? (?:najdete|si prohlédněte|si můžete prohlédnout) v (?:naší |celé )?(?:foto)?galerii',
    '(?:további|még több|az összes) (?:fotó|kép)\\p{L}*(?: [^.!?]{1,40}?)? (?:a |az )?(?:foto|kép)?galériá(?:ban|nkban)(?: \\p{L}+){0,2}',
    '(?:see |view )?more (?:photos|pictures|images) in (?:the|our) (?:photo )?gallery(?: (?:above|below))?',
    '(?:(?:foto|kép)?galéria|fotogal[eé]ri[ae]|galéria|galerie)\\s*[:(]?\\s*\\d+\\s*(?:fotó|kép|fotografi[ií]|fotiek|fotek|snímk\\p{L}*|photos)\\)?(?:\\s*[–—-]\\s*' + GALLERY_CLICK_HINT + ')?',
    GALLERY_CLICK_HINT,
  ].join('|') + ')\\s*[.!…]?$',
  'iu',
);

/**
 * The headline of a site's live page, as the header of a live coverage box links it (see the rule "live coverage
 * box"): "Ring road live traffic updates", "Storm Mara live blog", "Unwetter-Liveticker", "Tempête Mara : le
 * direct", "Elecciones en directo", "Maltempo, la diretta", "Eleições ao vivo", "Liveblog verkiezingen", "تغطية
 * مباشرة".
 */
export const LIVE_PAGE_HEADLINE = new RegExp(
  [
    '\\blive(?:[ -]\\p{L}+){0,2}[ -](?:updates|blog|coverage)\\b', 'live-?(?:blog|ticker)', 'news-?ticker', '\\b(?:le|en) direct\\b', '\\ben (?:directo|vivo)\\b',
    '\\b(?:la|in) diretta\\b', '\\bao vivo\\b', 'تغطية مباشرة',
  ].join('|'),
  'iu',
);

/**
 * The channels a publication asks its readers to follow it on, beside its site: Google News (by the name each edition
 * gives it: "Google Notícias", "Google Actualités"), a WhatsApp, Telegram or Viber channel or group, or the reader's own
 * WhatsApp the news is sent to ("no seu WhatsApp", "en tu WhatsApp"). Persian papers name their Telegram channel and
 * those on Iran's own messengers ("کانال تلگرام", "کانال ایتا", Eitaa; "بله", Bale; "روبیکا", Rubika), Hebrew ones
 * theirs "ערוץ הטלגרם", Urdu ones "واٹس ایپ چینل". Ukrainian and Russian papers name theirs "Telegram-канал" and their Viber community
 * "спільнота у Viber", Brazilian ones "grupo de WhatsApp", Spanish ones "en WhatsApp" (on WhatsApp) after an ask to follow
 * the site that only a prompt makes ("Síguenos en WhatsApp", "Seguí a … en WhatsApp"; "sigue" is as often a story's
 * "keeps on"). Rule "our app": Ukrainian and Russian papers also call the channel by the app's name alone after "our"
 * ("Підписуйтесь на наш Telegram: усі тривоги…", "в нашем Viber"); a story that writes of a messenger writes of its,
 * not the paper's. Rule "West African channels": Hausa papers name theirs "tasharmu ta WhatsApp" (our channel on
 * WhatsApp) or "tashar WhatsApp", Yoruba ones "ìkànnì WhatsApp"; both are read composed, as Yoruba pages also serve
 * their tone marks decomposed. See {@link CHANNEL_ASK}. Rule "the app's name as each
 * country spells it": Arabic writes Telegram as Egypt does ("تليجرام"), as Iraq and the Levant do ("تليغرام",
 * "تلغرام") or with the long vowel ("تيليجرام"), and WhatsApp run together or not ("واتساب", "واتس آب"). Rule "India's
 * scripts": India's regional papers spell the app and the channel in their own scripts ("व्हॉट्सॲप चॅनेल" in Marathi,
 * "ਵਟਸਐਪ ਚੈਨਲ" in Punjabi, "వాట్సాప్ ఛానెల్" in Telugu, "વોટ્સએપ ચેનલ" in Gujarati, "ವಾಟ್ಸಾಪ್ ಚಾನೆಲ್" in Kannada), and
 * Telegram too ("टेलीग्राम चैनल", "টেলিগ্রাম চ্যানেল"); rule "the district portal's group": small district portals
 * gather their readers in a WhatsApp or Telegram group rather than a channel ("व्हॉट्सॲप ग्रुपमध्ये सामील व्हा",
 * "হোয়াটসঅ্যাপ গ্রুপে যোগ দিন"), the English word in their scripts.
 * Rule "Tamil and Sinhala channels": the papers of Sri Lanka, Tamil Nadu, Malaysia and Singapore name the channel or
 * group in their own words after the app's name, in either script ("WhatsApp சேனலில்", "வாட்ஸ்அப் குழுவில்", "WhatsApp
 * නාලිකාවට", "Telegram සමූහයට"); both languages inflect the noun by a suffix (in, to), so only its stem is matched.
 * Rule "East African channels": Swahili papers name theirs "chaneli yetu ya WhatsApp" (our WhatsApp channel), "kundi
 * la Telegram" (group) or the app with "our" after it ("Telegram yetu"); Somali ones "kanaalkayaga Telegram-ka", the
 * noun carrying its possessive ("kanaalka", "kanaalkayaga"), so only its stem is matched; Amharic ones "የቴሌግራም
 * ቻናላችን" (our Telegram channel), the app's name in Ethiopic letters, where "our" turns the noun's last syllable
 * from ል to ላ ("ቻናል", "ቻናላችን").
 */
const CHANNEL_NAME = new RegExp(withArabicMarks(
  'google (?:news|notícias|noticias|actualités|notizie|nachrichten|न्यूज़|न्यूज)|गूगल (?:न्यूज़|न्यूज)|(?:no seu|en tu|sur votre|nel tuo|auf dein(?:em)?|op je) (?:whatsapp|telegram)|(?:whatsapp|telegram|viber)[ -](?:channel|kanal|group|grup|канал\\p{L}*|спільнот\\p{L}*|сообществ\\p{L}*)'
    + '|کانال (?:تلگرام|ایتا|بله|روبیکا|واتساپ)|(?:ל|ב)?ערוץ (?:ה)?(?:טלגרם|ווטסאפ|וואטסאפ)|(?:واٹس ایپ|ٹیلی گرام) چینل'
    + '|(?:saluran|grupo?|canale?|chaîne|kanaal|kanal|канал\\p{L}*|спільнот\\p{L}*|сообществ\\p{L}*|групп?\\p{L}*) (?:de |do |у |в )?(?:whatsapp|telegram|viber)|(?:auf|op) (?:whatsapp|telegram)'
    + '|(?:на |в |у )?(?:наш|нашем|нашому|нашего|нашого) (?:telegram|viber|whatsapp)(?![\\p{L}-])'
    + '|(?:seguí|seguinos|s[ií]guenos|s[ií]ganos) [^.!?]{0,40}? en (?:whatsapp|telegram)'
    + '|tasha(?:rmu|r)?(?: ta)? (?:whatsapp|telegram)|ìkànnì (?:whatsapp|telegram)'
    + '|(?:व्हॉट्स(?:ॲप|अ\u200D?ॅप|अॅप)|व्हाट्स(?:एप|ऐप|अप)|ਵਟਸ(?:ਐਪ|ਅਪ)|વોટ્સ(?:એપ|અપ)|వాట్సాప్|ವಾಟ್ಸ್?ಾಪ್|ହ୍ୱାଟସ୍?ଆପ୍?|হোৱাটছএপ|হোয়াটসঅ্যাপ|टेलीग्राम|टेलिग्राम|টেলিগ্রাম|ટેલિગ્રામ)\\s*(?:चॅनेल|चॅनल|चैनल|ਚੈਨਲ|ચેનલ|ఛానె?ల్|ಚಾನೆ?ಲ್|ଚ୍ୟାନେଲ|চেনেল|চ্যানেল|ग्रुप|গ্রুপ|ગ્રુપ)'
    + '|chaneli(?: yetu)?(?: ya)? (?:whatsapp|telegram)|kundi(?: letu)?(?: la)? (?:whatsapp|telegram)|(?:whatsapp|telegram) yetu|kanaal\\p{L}* (?:whatsapp|telegram)'
    + '|የ?(?:ቴሌግራም|ዋትስአፕ|ዋትሳፕ)\\s*(?:ቻና[ልላ]|ግሩ[ፕፐ])'
    + '|(?:whatsapp|telegram|வாட்ஸ்\\s?அப்|டெலிகிராம்)[ -]?(?:சேனல|குழு)|(?:whatsapp|telegram|වට්ස්ඇප්|ටෙලිග්‍රෑම්)[ -]?(?:නාලිකා|සමූහ)'
    + '|(?:جوجل|غوغل|قوقل) نيوز|أخبار (?:جوجل|غوغل)|قنا(?:ة|تنا)(?: (?:الموقع|الصحيفة|الجريدة))? (?:على |عبر )?(?:واتساب|واتس [اآ]ب|تيليجرام|تليجرام|تلجرام|تلغرام|تليغرام|تيليغرام)'),
  'iu',
);
/**
 * The ask of a channel prompt ("ताजा खबरों के लिए … गूगल न्यूज़ पर फॉलो करें", "Simak breaking news … WhatsApp
 * Channel : https://…", "Follow us on Google News"): follow, join, subscribe, install, in the languages the pipeline
 * ingests. A story that names such a channel asks the reader nothing.
 */
const CHANNEL_ASK = new RegExp(withArabicMarks(
  '(?<![\\p{L}\\p{M}])(?:' + [
    'follow', 'join', 'subscribe', 'install', 'download', 'फॉलो करें', 'डाउनलोड करें', 'जुड़ें', 'simak', 'ikuti', 'gabung', 'bergabung',
    'folg(?:en sie|t|e)', 'abonnieren', 'suivez', 'rejoignez', 's[ií]guenos', 'sigue', 'únete', 'siga', 'segui', 'iscriviti', 'volg',
    // Turkish puts the ask after the channel: "… Google News üzerinden takip edin", "WhatsApp kanalımıza katılın".
    'takip edin', 'katılın', 'abone olun',
    // Rule "the Rioplatense ask": Argentine, Uruguayan and Paraguayan papers speak to the reader with "vos", whose
    // imperatives stress the last syllable ("Sumate al canal de WhatsApp", "Seguinos en Telegram", "Suscribite", "Seguí
    // a … en WhatsApp"), where the rest of the Spanish-speaking world writes "únete", "síguenos", "sigue". ("Unite" is
    // English too, and stays out.)
    'sumate', 'seguí', 'seguinos', 'suscribite',
    // Hausa asks the reader to be with the paper, to join or to follow its channel ("Ku kasance tare da mu a tasharmu
    // ta WhatsApp", "Shiga", "Bi tasharmu"), Yoruba to join it ("Darapọ̀ mọ́ ìkànnì WhatsApp wa").
    'ku kasance tare da mu', 'shiga', 'bi', 'darapọ̀ mọ́',
    // Persian asks to join or follow ("عضویت در کانال …", "بپیوندید", "دنبال کنید"), Hebrew to join or follow ("הצטרפו",
    // "עקבו"), Urdu to follow or join ("فالو کریں", "جوائن کریں").
    'عضویت', 'بپیوندید', 'دنبال کنید', 'הצטרפו', 'עקבו', 'فالو کریں', 'جوائن کریں',
    // India's regional papers ask in their own scripts: Marathi "फॉलो करा", "जॉइन करा", Punjabi "ਜੁਆਇਨ ਕਰੋ", "ਫਾਲੋ ਕਰੋ",
    // Gujarati "ફોલો કરો", "જોડાઓ", Telugu "చేరండి", "ఫాలో అవ్వండి", Kannada "ಫಾಲೋ ಮಾಡಿ", "ಸೇರಿ".
    // Marathi also asks to take part ("सामील व्हा"), Bengali to join or follow ("যোগ দিন", "ফলো করুন").
    'सामील व्हा', 'যোগ দিন', 'ফলো করুন',
    'फॉलो करा', 'जॉइन करा', 'जॉईन करा', 'ਜੁਆਇਨ ਕਰੋ', 'ਫਾਲੋ ਕਰੋ', 'ਫ਼ਾਲੋ ਕਰੋ', 'ફોલો કરો', 'જોડાઓ', 'చేరండి', 'ఫాలో అవ్వండి', 'ಫಾಲೋ ಮಾಡಿ', 'ಸೇರಿ',
    // Tamil asks the readers, politely, to join or to follow ("இணையுங்கள்", "சேருங்கள்", "பின்தொடருங்கள்"), Sinhala to
    // join ("එක්වන්න", "එක් වන්න").
    'இணையுங்கள்', 'இணைந்திடுங்கள்', 'சேருங்கள்', 'பின்தொடருங்கள்', 'එක්\\s?වන්න',
    // The news offered to the reader's own phone: "Receba as notícias … no seu WhatsApp", "Recibe las noticias en tu
    // WhatsApp", "Recevez l'actualité sur votre WhatsApp".
    'receba', 'recibe', 'recevez',
    // Ukrainian and Russian ask the readers to subscribe or to join ("Підписуйтесь на наш Telegram-канал",
    // "Подписывайтесь").
    'підпис(?:уйтесь|уйтеся|ується|іться)', 'приєдну(?:йтесь|йтеся)', 'подпис(?:ывайтесь|ывайся|итесь)', 'присоединя(?:йтесь|йся)',
    // Swahili asks the reader to join or to follow ("Jiunge na chaneli yetu …", "Tufuate"), Somali to join or to keep up
    // with the paper ("Ku soo biir kanaalkayaga …", "Nala soco"), Amharic to join or follow ("ይቀላቀሉ", "ይከተሉን").
    'jiunge', 'tufuate', 'ku soo biir', 'nala soco', 'ይቀላቀሉ', 'ይከተሉን?',
    // Arabic asks one reader or all ("تابع أحدث الأخبار عبر تطبيق جوجل نيوز", "تابعوا"), or to follow "us" ("تابعونا").
    'تابع(?:وا|ونا|نا)?', 'انضم(?:وا)?', 'اشترك(?:وا)?', 'حمل(?:وا)?', 'لل?اشتراك', 'لل?انضمام',
  ].join('|') + ')(?![\\p{L}\\p{M}])'),
  'iu',
);
/**
 * Whether the text names a channel ({@link CHANNEL_NAME}) and asks the reader to follow it ({@link CHANNEL_ASK}). Every
 * channel's name has "google", "गूगल", "whatsapp", "telegram" or "viber" in it, Arabic or Hebrew letters, or WhatsApp's
 * name in one of India's scripts: this short pattern lets most texts go before the long ones are tried.
 */
export function isChannelPrompt(text: string): boolean {
  if (CHANNEL_WORD.test(text)) {
    const composed = text.normalize('NFC');
    if (CHANNEL_NAME.test(composed) && CHANNEL_ASK.test(composed)) return true;
  }
  return (text.length <= MAX_CJK_CHANNEL_PROMPT_CHARS && CJK_CHANNEL_PROMPT.test(text));
}
/**
 * Japanese, Korean and Chinese papers ask the reader to add their LINE account or follow them on X ("LINE公式アカウントを
 * 友だち追加して…", "Xで最新情報を配信中！フォローはこちら"), to subscribe on Naver or add their KakaoTalk channel ("네이버에서
 * 구독하기", "카카오톡 채널 추가하고 …"), or to follow their WeChat account ("关注我们的微信公众号"). Words run on without spaces
 * there, so the ask and the channel are read together, the ask in the forms only a prompt uses. The prompt is a line
 * of its own: a box of a few CJK paragraphs is no longer than a Latin prompt, and one that ends on the prompt is the story.
 */
const MAX_CJK_CHANNEL_PROMPT_CHARS = 80;
const CJK_CHANNEL_PROMPT = new RegExp([
  '(?:LINE|ライン)(?:公式アカウント)?[^。]{0,20}(?:友だち追加|友達追加)', '(?:公式)?(?:X|Twitter|ツイッター|Instagram|インスタグラム)[^。]{0,20}フォローはこちら',
  '(?:네이버|다음|구글)[^.]{0,20}구독하기', '카카오톡 채널[^.]{0,20}추가', '关注(?:我们的|本报的?|本网的?)?(?:微信)?公众号', '(?:扫码|扫描二维码)关注',
  // Rule "blue words": a WeChat account's banner over each article asks the reader to tap its name, set in blue under
  // the title, to follow it ("点击蓝字 关注我们", "点击上方蓝字关注").
  '点击(?:上方)?蓝字\\s*关注',
  // Rule "add us as a friend, in Thai": Thai papers ask the same of their LINE account, "ติดตาม … ผ่าน LINE OA
  // เพิ่มเพื่อน" (follow … on LINE, add as a friend); adding a friend is a messenger's button, never a story's words.
  '(?:LINE|ไลน์)(?:\\s*(?:OA|Official Account|@\\S+))?[^.]{0,20}เพิ่มเพื่อน',
].join('|'), 'u');
const CHANNEL_WORD = /google|ቴሌግራም|ዋትስ|गूगल|whatsapp|telegram|viber|[\u0600-\u06FF\u05D0-\u05EA]|व्हॉट्स|व्हाट्स|ਵਟਸ|વોટ્સ|వాట్సాప్|ವಾಟ್ಸ|ହ୍ୱାଟସ|হোৱাটছ|হোয়াটস|टेलीग्राम|टेलिग्राम|টেলিগ্রাম|ટેલિગ્રામ/iu;

/**
 * The notice the law has a betting or casino ad carry, in the markets the pipeline ingests: the responsible-gambling
 * line ("T&Cs apply. BeGambleAware.org", "Juega con responsabilidad", "Jogue com responsabilidade", "Glücksspiel kann
 * süchtig machen", "Jouer comporte des risques") beside the age limit ({@link AGE_LIMIT}). See the rule "betting promo".
 * Rule "gambling notice, in the voseo": Argentine and Uruguayan sites address the reader as "vos", so their notice
 * reads "Jugá responsablemente" (not "Juega …"), and it states the age limit in words, "Prohibida … a menores de 18
 * años", where Spain's prints "+18".
 */
export const GAMBLING_NOTICE = /(?<![\p{L}])(?:(?:be)?gambleaware|gamble responsibly|play responsibly|t&cs apply|juega con responsabilidad|jug[aá] responsablemente|jogue com responsabilidade|gioca responsabilmente|glücksspiel kann süchtig machen|jouer comporte des risques)(?![\p{L}])/iu;
/** The age limit of a gambling notice: "18+", "+18", and the voseo notice's "menores de 18 años". */
export const AGE_LIMIT = /(?<![\d\p{L}])(?:\+18|18\+|menores de 18 años)(?![\d\p{L}])/u;

/**
 * What a consent placeholder says in an embed's place until the reader lets the page load it: it names the content
 * as another party's ("externer Inhalt", "third-party content", "contenu tiers") and asks for consent to show it
 * ({@link EMBED_CONSENT_ASK}). Both must be said: a story about such content asks nothing, and a prompt to accept
 * cookies names no content.
 */
export const EXTERNAL_CONTENT = new RegExp(
  '(?<![\\p{L}])(?:' + [
    'externe[nrs]? inhalte?', 'inhalte? (?:von|aus) (?:drittanbietern|dritten|externen quellen)', 'drittanbieter-?inhalte?',
    '(?:third[- ]party|external|embedded) content', 'content from (?:a )?third[- ]part(?:y|ies)',
    'contenus? (?:externes?|tiers|de tiers)', 'contenidos? (?:externos?|de terceros)', 'contenuti? (?:esterni|esterno|di terze parti)',
    'conteúdos? (?:externos?|de terceiros)', 'externe (?:inhoud|content)', 'inhoud van derden',
  ].join('|') + ')(?![\\p{L}])',
  'iu',
);
/**
 * Rule "sensitive-content warning": war, crime and disaster coverage sets a warning over a picture or a clip that
 * shows the dead or the wounded, a line of its own between the story's paragraphs, opening with its label ("Warning:
 * this video contains graphic scenes", "تحذير: يحتوي المقطع التالي على مشاهد قاسية", "Attention : certaines images
 * peuvent choquer", "Внимание! Видео содержит кадры, которые могут вас шокировать", "אזהרה: תמונות קשות"). It is the
 * site's notice on the media, not the story. The label, a word naming pictures or footage and a word for what may
 * distress the reader must all be in the line; a story's sentence about graphic footage opens with no label.
 */
export const SENSITIVE_CONTENT_WARNING = new RegExp(withArabicMarks(
  // Rule "spoiler warning": reviews, patch notes and recaps set the same kind of notice over a part of the text that
  // gives away a plot, under a label naming the spoiler ("Spoiler warning: the section below discusses the ending",
  // "Achtung, Spoiler!", "Alerta de spoiler", "تحذير: حرق للأحداث – الفقرة التالية …", "ネタバレ注意"), and sends the
  // reader on past it: the site's notice on its text. It points at what follows ("below", "التالية"); a critic's own
  // "Spoiler alert: the butler did it" points nowhere and stays.
  '^(?:(?:spoiler (?:warning|alert)|warning\\s*:\\s*spoilers?|spoilers? ahead|spoiler-?warnung|achtung,? spoiler|alerte (?:au )?spoiler|(?:alerta|aviso) de spoilers?|uwaga,? spoiler\\p{L}*'
  + '|(?:تحذير\\s*:?\\s*)?حرق (?:لل|ل)?(?:أحداث|احداث)|ネタバレ注意|스포일러 주의)\\s*[:!：]?'
  + '(?=[^!?؟]{0,160}?(?:below|following|ahead|skip|folgend|unten|überspring|ci-dessous|suivant|siguiente|abajo|a seguir|seguinte|poniżej|التالية|التالي|أدناه|以下|아래))|'
  + '(?:content warning|warning|caution|attention|avertissement|advertencia|aviso|achtung|warnung|تحذير|تنبيه|внимание|осторожно|увага|обережно|אזהרה)\\s*[:!：]'
  + '(?=[^.!?؟]{0,160}?(?:images?|photos?|pictures?|videos?|vídeos?|vidéos?|footage|scenes?|scènes?|imágenes|escenas|bilder|aufnahmen|صور|مشاهد|مقطع|فيديو|кадр|изображен|фото|видео|відео|зображен|сцен|תמונות|סרטון|תיעוד))'
  + '(?=[^.!?؟]{0,160}?(?:graphic|disturbing|distressing|upsetting|shocking|sensitiv|violent|choqu|sensibles?|heurter|impactantes?|verstörend|قاسية|مؤلمة|صادمة|حساسة|عنيفة|шокир|чувствительн|жесток|чутлив|жорсток|насильств|קשים|קשות|קשה)))',
), 'iu');

/** The script's name a notice that asks to turn scripts on gives, the same in every language (rule "script notice"). */
export const SCRIPT_NAME = /java\s?script|جافا\s?سكري?بت/iu;
/** A script notice is a line; a story about JavaScript runs longer. */
export const MAX_SCRIPT_NOTICE_CHARS = 200;

/** The ask of a consent placeholder; see {@link EXTERNAL_CONTENT}. */
export const EMBED_CONSENT_ASK = new RegExp(
  '(?<![\\p{L}])(?:' + [
    'einverstanden', 'zustimm\\p{L}*', 'einwillig\\p{L}*', 'angezeigt werden', 'anzeigen lassen', '(?:inhalte?|alle) (?:laden|anzeigen)', 'freigeben',
    'consent', 'accept', 'allow', 'enable', 'load (?:this|the|all)', 'privacy (?:settings|preferences)',
    'accepte[rz]?', 'consentement', 'autorise[rz]?', 'afficher', 'acepta[rs]?', 'consentimiento', 'permitir', 'mostrar',
    'accetta\\p{L}*', 'consenso', 'aceita[rs]?', 'consentimento', 'exibir', 'toestemming', 'accepteer', 'laden',
    // The ask to turn the browser's scripts on (rule "script notice in the player's place"): "aktivieren Sie", "activez",
    // "activa", "habilita", "يرجى تفعيل".
    'aktivier\\p{L}*', 'activ(?:er|ez|ar|a)', 'habilit(?:ar|a|e)', 'تفعيل', 'فعّ?ل(?:ي|وا)?',
  ].join('|') + ')(?![\\p{L}])',
  'iu',
);

/**
 * Short texts that are counters rather than prose: number first ("1,234 views", "12 تعليق", "1,2 mila
 * visualizzazioni") or label first, as a field or as a widget's label ("Kommentare insgesamt: 0", "Comments: 3", "مشاهدة
 * ٥٤٣"). Arabic script sets thousands apart with its own separator ("بازدید: ۲٬۳۴۵"); the count is in the digits of
 * any script (rule "digits of any script" of the counter reader: "পড়া হয়েছে ৩,৪৫৬ বার"). A "read so many times" label
 * closes on its word for times ("Lu 1 234 fois", "Dibaca 1.234 kali", Bengali "বার"). Rule "thousands set apart by a
 * space": French, Czech, Russian and Hungarian counters print the count's thousands apart with a space, plain or
 * narrow and unbreaking ("Lu 4 210 fois" in a Joomla article-info row, "Olvasták: 12 458"), so a count after its label
 * may go on in groups of three digits after a space, as the counter reader reads it; a label's count followed by
 * other words is no counter. Rule "read so many times, in a sentence": older Romance-language templates print the
 * counter as a sentence on the story ("Esta notícia foi lida 512 vezes", "Esta noticia ha sido leída 1.234 veces",
 * "Questo articolo è stato letto 87 volte", "Cet article a été lu 640 fois"), the same count in the template's words.
 */
const COUNTER_TEXT = new RegExp(
  '^(?:[\\p{Nd}.,\\s\\u066C]+(?:' + MULTIPLIER_ALTERNATION + ')?\\s*(?:' + COUNTED_THINGS + ')'
    + '|' + READ_TIMES_SENTENCE
    + '|(?:' + COUNTER_LABELS + ')(?:\\s+(?:insgesamt|total|gesamt))?\\s*[:：]?\\s*[\\p{Nd}.,\\u066C]+(?:\\s\\p{Nd}{3})*(?:\\s+(?:' + TIMES_WORDS.join('|') + '))?)$',
  'iu',
);
/**
 * A counter's text (see COUNTER_TEXT) has a digit or a number's separator in it, or opens with a space: most short
 * texts (labels, names, headings) have neither, and are let go before the long pattern of labels is tried.
 */
export function isCounterText(text: string): boolean {
  return COUNT_CHARACTER.test(text) && COUNTER_TEXT.test(text);
}
const COUNT_CHARACTER = /^\s|[\p{Nd}.,\u066C]/u;

/**
 * The label a newsletter issue opens a sponsor's message with, naming the sponsor after it: "TOGETHER WITH Harvest
 * Credit Union", "Presented by …", "Brought to you by …", "In partnership with …", and the forms of the languages the
 * pipeline ingests most ("En colaboración con …", "Patrocinado por …", "Präsentiert von …", "In Zusammenarbeit mit
 * …", "Présenté par …", "En partenariat avec …", "In samenwerking met …", "Gesponsord door …", "بالتعاون مع …",
 * "برعاية …").
 */
const PAID_PARTNER_LABELS = ['brought to you by', 'in partnership with', 'sponsored by', 'en colaboración con', 'patrocinado por', 'in zusammenarbeit mit', 'en partenariat avec', 'sponsorisé par', 'in samenwerking met', 'gesponsord door', 'بالتعاون مع', 'برعاية'];
/**
 * The labels that name only who paid: a programme is also "presented by" its host, and a piece made "together with"
 * a co-writer (see rule "sponsor's credit").
 */
export const PAID_PARTNER_LABEL_WORDS = `(?:${PAID_PARTNER_LABELS.join('|')})`;
export const SPONSOR_LABEL_WORDS = `(?:${['together with', 'presented by', 'präsentiert von', 'présenté par', ...PAID_PARTNER_LABELS].join('|')})`;
/** The sponsor's label with a few words of the sponsor's name after it, no sentence: the line of a sponsor's box. */
export const SPONSOR_LABEL = new RegExp(`^${SPONSOR_LABEL_WORDS}\\s+[^.!?]{2,50}$`, 'iu');

/**
 * Rule "reaction count alone": a blog platform prints the count of a post's claps or likes under its icon, whose
 * button or SVG the cleaning took out, as a thousands count shortened with "K" or "M" ("1,2K", "3.4K", "12K"), in a
 * block of its own. No sentence is that short, and no counter label is left to say what it counts: only a number
 * with the shorthand is matched, so a year or a list's number stays, and the million's only in capitals, as a small
 * "m" gives minutes or metres ("20m").
 */
export const REACTION_COUNT = /^\d{1,3}(?:[.,]\d)?\s?[KkM]$/u;

/**
 * A gallery's slide counter: "1 / 4", "3 of 12", "Bild 2 von 8", "Foto 1 de 4", "Photo 5 sur 9", "صورة 1 من 5", with
 * the bar a slide sets between it and the caption ("3 of 12 |"). A slash with no space around it is a fraction or a
 * span of years ("2/3 cup", "1998/99"), not a counter. The gallery's header counts its slides the same way, as a
 * line of its own: "6 photos", "12 Bilder", "8 fotos". Rule "pager counter": a story split over pages counts them
 * the same way on a line of its own above or under the text, "Page 1 of 3", "Seite 1 von 3", "Página 1 de 2",
 * "Pagina 1 van 2", "الصفحة 1 من 3": the pager's, not the story's. Rule "look counter": a runway show's gallery counts
 * its slides by the looks the show sent out, "Look 12 of 40", "Look 3 / 38", on a line of its own by each picture:
 * the gallery's, as any slide's number is.
 */
export const SLIDE_COUNTER = /^(?:(?:(?:photo|picture|image|slide|look|bild|foto|imagen|diapositiva|صورة|page|seite|página|pagina|الصفحة)\s+)?[\d\u0660-\u0669]+(?:\s+(?:\/|of|von|van|de|sur|di|من)\s+)[\d\u0660-\u0669]+(?:\s*[|·•])?|[\d\u0660-\u0669]+\s+(?:photos|pictures|images|slides|bilder|fotos|imágenes|immagini|صور))$/iu;

/**
 * Labels of skip links: "Skip to content", "Skip past newsletter promotion", "Skip twitter post by …", "Zum Inhalt
 * springen", "Aller au contenu".
 */
export const SKIP_LINK_LABEL = new RegExp(
  '^(?:' + [
    '(?:skip|jump) (?:to|past|over|ahead)\\b', 'skip (?:ad|advertisement|this)\\b', 'skip (?:\\S+ )?(?:post|content|video|embed)\\b', '(?:zum|zur) (?:inhalt|hauptinhalt|navigation|hauptnavigation|suche)\\b', '.{1,40} überspringen$',
    'aller (?:au|à la) (?:contenu|navigation)', 'passer (?:au contenu|la publicité)', 'saltar (?:al|a la) (?:contenido|navegación|publicidad)', 'ir (?:al|para o) (?:contenido|conteúdo)',
    'pular para o conteúdo', 'vai al contenuto', 'salta (?:al|la) (?:contenuto|pubblicità)', 'naar (?:de )?(?:inhoud|hoofdinhoud)', 'ga (?:direct )?naar (?:de )?inhoud',
    'تخطي', 'انتقل إلى المحتوى',
  ].join('|') + ')',
  'iu',
);

/** Links that only share the page elsewhere: see {@link isShareEndpoint}. */
const SHARE_ENDPOINT = /(?:facebook\.com\/(?:sharer|share|dialog)|twitter\.com\/(?:intent|share)|x\.com\/intent|linkedin\.com\/(?:share|cws\/share|sharearticle)|api\.whatsapp\.com|wa\.me\/\?|whatsapp:\/\/|t\.me\/share|telegram\.me\/share|pinterest\.com\/pin\/create|reddit\.com\/submit|vk\.com\/share|plus\.google\.com\/share|^mailto:\?)/i;
/**
 * Every share endpoint's address has ".com/" or ".me/" in it, or "whatsapp", or opens "mailto:?": this short pattern
 * lets most links go (the site's own, written from its root or on another domain) before the long one is tried.
 */
const SHARE_ENDPOINT_PART = /\.com\/|\.me\/|whatsapp|^mailto:\?/i;

export function isShareEndpoint(href: string): boolean {
  return SHARE_ENDPOINT_PART.test(href) && SHARE_ENDPOINT.test(href);
}

/**
 * The label a newsroom opens a note about the story itself with: a correction, a clarification, an editor's note
 * ("Correction:", "Anm. d. Red.:", "Rectificatif :", "Nota de la redacción:", "تصحيح:"). Matched on lower-cased text.
 * German papers name the correction note as one word, "Korrekturhinweis:" (correction notice), and a note on how
 * the story came about "Transparenzhinweis:".
 */
export const EDITORIAL_NOTE_LABEL = new RegExp(
  '^(?:' + [
    'correction', 'clarification', "editor[\u2019']?s note", 'note from the editor', 'editorial note',
    'anm\\. d\\. red\\.', 'anmerkung der redaktion', 'korrekturhinweis', 'korrektur', 'richtigstellung', 'hinweis der redaktion', 'transparenzhinweis',
    'rectificatif', 'erratum', 'note de la rédaction', 'n\\.d\\.l\\.r\\.',
    'fe de errores', 'corrección', 'aclaración', 'nota de la redacción', 'nota del editor', 'rettifica', 'nota della redazione',
    'تصحيح', 'توضيح', 'ملاحظة المحرر', 'ملاحظة التحرير', 'ملاحظة من المحرر',
  ].join('|') + ')(?=[\\s:：.–—-]|$)',
  'u',
);

/**
 * A block that only labels an ad slot: "Anzeige", "- Advertisement -", "Publicité", with the one-word name of the
 * network that fills it ("Anzeige symplr"), or naming it in words ("Promoted by …", "Sponsored by …"). Ad scripts are
 * removed, their labels stay behind as text. Bilingual sites print the label in both their languages ("Publicité -
 * إشهار" in the Maghreb, where إشهار is the word for an advertisement; "Advertisement | إعلان"). South Asian sites
 * label the slot in their own scripts: Hindi and Nepali "विज्ञापन", Bengali "বিজ্ঞাপন", Marathi "जाहिरात", Tamil
 * "விளம்பரம்", Telugu "ప్రకటన", Kannada "ಜಾಹೀರಾತು", Malayalam "പരസ്യം", Sinhala "දැන්වීම", Urdu "اشتہار", and Punjabi
 * (Gurmukhi) "ਇਸ਼ਤਿਹਾਰ" (its ਸ਼ typed as one letter or with the dot), Gujarati "જાહેરાત", Odia "ବିଜ୍ଞାପନ", Assamese "বিজ্ঞাপন" as Bengali writes it.
 * tagDiv's Newspaper theme, which news sites from Bucharest to Jakarta run, prints its slot's label misspelt ("-
 * Advertisment -") unless the site edits it; Romanian sites write "Publicitate", Hungarian ones "Hirdetés", Croatian,
 * Bosnian and Serbian ones "Oglas". Rule "Kurdish ad label": Sorani sites label the slot "ڕیکلام" (also written with
 * the plain reh, or "ڕێکلام"), the Turkish and Kurmanji "reklam" in Arabic script, and the Kurdistan Region's bilingual
 * portals print it beside the Arabic word ("إعلان · ڕیکلام"). Rule "Nordic ad labels": beside Swedish "Annons",
 * Danish "Annonce" and Norwegian "Annonse", Danish and Norwegian papers label a slot "Reklame", and Icelandic ones
 * "Auglýsing", the language's one word for an advertisement. Rule "Baltic ad labels": Lithuanian sites label the slot
 * "Reklama" as the Slavic ones do, Latvian ones "Reklāma" with its long vowel, Estonian ones "Reklaam"; each is the
 * language's word for an advertisement. Rule "West African ad labels": Hausa sites label the slot "Talla", Yoruba ones
 * "Ìpolówó" and Igbo ones "Mgbasa ozi", each the language's word for an advertisement. Rule "Albanian ad label":
 * Albanian sites in Albania, Kosovo and North Macedonia label the slot "Reklamë" (an advertisement), the word in its
 * indefinite form, whose final ë the Slavic "Reklama" lacks; themes print it between dashes as the others do.
 * Rule "ad label in lenticular brackets": Chinese sites set their labels in 【】, the ad slot's too ("【广告】"), as
 * others set it between dashes. Rule "East African ad labels": Swahili sites in Tanzania and Kenya label the slot
 * "Tangazo" (plural "Matangazo"), Somali ones "Xayeysiis" and Amharic ones "ማስታወቂያ", each the language's word for
 * an advertisement, printed by the same themes in the same boxes.
 */
const AD_WORDS_IN_LABELS = [
  'anzeige', 'werbung', 'advertisement', 'advertisment', 'advertising', 'publicitate', 'hirdetés', 'oglas', 'advertentie', 'reclame', 'publicidad', 'publicidade', 'publicité', 'pubblicità',
  'reklama', 'reklāma', 'reklaam', 'reklam', 'reklame', 'реклама', 'annons', 'annonce', 'annonse', 'auglýsing', 'mainos', 'διαφήμιση', 'iklan', 'publicitat', 'quảng cáo', 'โฆษณา', 'विज्ञापन',
  'বিজ্ঞাপন', 'जाहिरात', 'விளம்பரம்', 'ప్రకటన', 'ಜಾಹೀರಾತು', 'പരസ്യം', 'දැන්වීම', 'اشتہار', 'ਇਸ਼ਤਿਹਾਰ', 'ਇ\u0A36ਤਿਹਾਰ', 'જાહેરાત', 'ବିଜ୍ଞାପନ', 'إعلان', '[إا]شهار', 'تبلیغات', 'פרסומת', '広告', '广告', '廣告', '광고', 'sponsored', 'gesponsert',
  '[ڕر][یێ]کلام', 'talla', 'ìpolówó', 'mgbasa ozi', 'reklamë', 'tangazo', 'matangazo', 'xayeysiis', 'ማስታወቂያ',
].join('|');
export const AD_LABEL = new RegExp(
  `^[\\s\\-–—*·|【]*(?:(?:${AD_WORDS_IN_LABELS})(?:\\s*[-–—|/·]\\s*(?:${AD_WORDS_IN_LABELS}))?(?:\\s+[\\p{L}\\d][\\p{L}\\d.-]{1,19})?|(?:sponsored|promoted) by [\\p{L}\\d .&'-]{1,40}`
  // "AD" alone: the slot's label in Korean and Japanese templates; a word after it would make it a sentence.
  + '|ad)[\\s\\-–—*·|:】]*$',
  'iu',
);

/** The label a relative stamp may open with: "Last updated 2 days ago", "Publicado hace 3 horas", "آخر تحديث: منذ ساعة". */
export const RELATIVE_STAMP_LABEL = new RegExp(`^${DATE_LABEL}\\s*:?\\s*`, 'iu');

/**
 * Rule "read-aloud button": news sites read their stories aloud with a button over the text that names what it reads
 * ("Listen to this article", "Artikel anhören", "Escuchar noticia", "Ouvir notícia", "Ascolta l'articolo", "Bu haberi
 * dinle", "استمع إلى الخبر", "استمع للمقال"); once the player's script is gone, its label is all that is left of it.
 */
export const READ_ALOUD_LABEL = "(?:audio\\s*:\\s*)?(?:listen to (?:this )?(?:article|story)|(?:artikel|beitrag|nachricht|text) (?:anhören|vorlesen(?: lassen)?)|[ée]couter (?:cet |l['’])?article"
  + "|escuchar (?:este |el )?artículo|escuchar (?:la )?noticia|escucha (?:esta|la) nota(?: aquí)?|ouvir (?:a |esta )?(?:notícia|matéria|reportagem)"
  + "|ascolta (?:l['’]articolo|la notizia|questo articolo)|(?:bu )?haberi dinle|(?:استمع|استمعوا) (?:(?:إلى|الى) (?:ال)?|لل)(?:خبر|مقال|تقرير))";

/**
 * What the page's controls and slots leave as text once their scripts and buttons are gone: a video player's state
 * ("Video Loading", "Click to play", "Your video will play in 00:25"), a reading tool ("Read Later", "Save",
 * "Font Size", "Artikel anhören", "Escucha esta nota aquí"), a feedback button ("Found this helpful") and the note
 * under an ad slot ("Article continues below", "Weiter nach der Anzeige").
 */
export const INTERFACE_LABEL = compiledAtOnce(new RegExp(
  '^(?:' + [
    'video (?:unavailable|abspielen|ansehen|laden)', 'watch now', 'play video', 'now playing', 'ver vídeo', 'regarder la vidéo',
    // A player's stand-in, shown until its script has loaded the clip: "Video wordt geladen...", "Chargement de la vidéo…".
    '(?:video|audio) (?:is loading|loading|(?:wird|wordt) geladen|se está cargando|está carregando)\\s*(?:\\.+|…)?',
    '(?:loading|chargement de la|cargando (?:el )?|carregando (?:o )?|caricamento (?:del )?)\\s*(?:video|vidéo|v[ií]deo)\\s*(?:\\.+|…)?',
    '(?:click|tap) to play(?:\\s*tap to play)?', 'your video will play in \\d{1,2}:\\d{2}',
    // Rule "transcript's toggle": a video page folds the clip's transcript into a box the reader opens, whose button
    // or <summary> says so ("Read the video transcript", "Lire la transcription", "Ver transcripción", "Transkripti
    // göster", "اقرأ النص الكامل للفيديو"); the transcript is the clip's words, the label the box's control.
    '(?:read|show|view|see|open|hide|expand) (?:the )?(?:full )?(?:video |episode |audio |podcast )?transcript', '(?:lire|afficher|voir) la transcription(?: (?:de la vidéo|complète))?',
    '(?:ver|leer|mostrar) (?:la )?transcripci[oó]n(?: (?:del (?:v[ií]deo|episodio)|completa))?', 'transkripti (?:göster|oku|aç)', '(?:اقرأ|عرض) (?:النص الكامل|نص)(?: (?:الفيديو|للفيديو|الحلقة|للحلقة))?',
    // Rule "share and report toggles": the toast a copy-link button leaves ("Link copied", "تم نسخ الرابط") and the
    // link that opens the form for reporting a mistake ("Report an error", "الإبلاغ عن خطأ") are the page's controls.
    '(?:link|url) copied(?: to clipboard)?', 'copy link', 'link kopiert', 'lien copié', 'enlace copiado', '(?:تم )?نسخ الرابط',
    'report (?:an error|a typo|a mistake|an issue)', 'fehler melden', 'signaler une erreur', 'reportar (?:un )?error', '(?:الإبلاغ|الابلاغ|أبلغ|ابلغ) عن (?:خطأ|خطا)',
    '(?:next|previous) page(?:\\s*:.{1,60})?', 'nächste seite', 'vorherige seite', 'page suivante', 'página siguiente',
    // Rule "gallery's buttons": a gallery set over the text steps through its pictures with buttons that name the next
    // and the previous one ("Nächstes Bild", "Next photo", "Photo suivante", "Foto successiva"), the gallery's controls
    // as its "Bild 1 von 14" is its counter.
    '(?:next|previous) (?:photo|picture|image|slide)', '(?:nächstes|vorheriges) (?:bild|foto)', 'photo (?:suivante|précédente)',
    '(?:foto|imagen) (?:siguiente|anterior)', '(?:próxima|siguiente) foto', 'foto (?:successiva|precedente)',
    // Rule "live page's refresh switch": a live page refreshes its entries by itself and says so beside the button that
    // does it by hand ("Mise à jour automatique", "Auto-refresh", "Automatische Aktualisierung", "التحديث التلقائي"),
    // a control whose switch the structural pass takes out and leaves its words over the first entry.
    '(?:mise à jour|actualisation) automatique', 'auto[- ]?(?:refresh|update)(?: (?:on|off))?', 'automatische aktualisierung', 'actualización automática', '(?:ال)?تحديث (?:ال)?تلقائي',
    // Rule "live page's order switch": beside that switch a live page lets the reader turn its entries' order ("Newest
    // first", "Oldest first", "Senaste först", "Nyeste først", "Uusimmat ensin", "Neueste zuerst"), a toggle whose
    // words stay over the first entry when its button is gone; they tell the feed's order, no entry's news.
    '(?:newest|latest|oldest|earliest) (?:first|on top)', '(?:neueste|älteste|aktuellste) (?:zuerst|oben)', "(?:les )?plus (?:récents|anciens) d['’]abord",
    '(?:nyeste|eldste|ældste|seneste) først', '(?:senaste|nyaste|äldsta) först', '(?:uusimmat|vanhimmat|uusin|vanhin) ensin',
    // Rule "clip's call with its running time": a live post or a story that carries a clip shows, in place of the
    // player until its script runs, the call to play it and the clip's length ("Watch the video 01:32", "شاهد الفيديو
    // 01:32", "Ver vídeo 2:14"); with the player gone, the call and the length are the player's face, not the post's words.
    '(?:watch (?:the )?video|video ansehen|regarder la vidéo|ver (?:el )?v[ií]deo|assista ao v[ií]deo|guarda il video|شاهد(?:وا|ي)? (?:ال)?فيديو)(?:\\s*[|·•:–-]?\\s*\\(?\\d{1,2}:\\d{2}(?::\\d{2})?\\)?)?',
    // Rule "clip's badge with its running time": the player's stand-in may print only the word for a clip and its length
    // ("Vidéo 02:14", "Video 1:05", "فيديو 03:20"), the badge over the poster frame; with a length after it, the word
    // names no subject of the story.
    '(?:video|vidéo|v[ií]deo|فيديو)\\s*[|·•:–-]?\\s*\\(?\\d{1,2}:\\d{2}(?::\\d{2})?\\)?',
    // Rule "live blog tool's credit": a live blog that a hosted tool renders into the page closes its stream with the
    // tool's credit ("Powered by …"), the tool's signature under the posts, not the last line of the last of them.
    'powered by [\\p{L}\\d][\\p{L}\\d.\\- ]{0,30}',
    'read later', 'save', 'save for later', '(?:did you )?f(?:ound|ind) this (?:article |page )?helpful\\??', 'was this (?:article |page )?helpful\\??', 'lire plus tard', 'leer más tarde', 'später lesen', 'font size', 'text size', 'schriftgröße', 'textgröße',
    READ_ALOUD_LABEL,
    '(?:(?:the )?(?:article|story|text) continues (?:below|after)|continue reading below)(?: (?:this |the )?(?:advertisement|ad|ads))?', '(?:advertisement|ad)\\s*[·•|-]?\\s*scroll to continue(?: with content)?', 'scroll to continue(?: with content)?', '(?:der )?artikel (?:wird )?(?:unter|nach) der (?:anzeige|werbung) (?:fortgesetzt|weiter)',
    'weiter nach der (?:anzeige|werbung)', 'la suite (?:après|sous) (?:la|cette) publicité', 'el artículo continúa (?:debajo|después de la publicidad)',
    'continua (?:depois|após) (?:da|a) publicidade', 'continúa después de la publicidad',
    '(?:die )?karte wird geladen(?: - bitte warten)?\\.*', 'loading map\\.*',
    // A lazy box's stand-in, shown until its script fetches what goes there (the next stories, the comments, a
    // streamed part): "Loading…", "Loading more stories", "Wird geladen …", "Chargement en cours".
    'loading(?: (?:the rest of (?:the|this) )?(?:more )?(?:stories|articles|comments|content|posts|story|article))?\\s*(?:\\.+|…)?',
    '(?:wird geladen|lädt|chargement(?: en cours)?|cargando|carregando|caricamento(?: in corso)?)\\s*(?:\\.+|…)?',
    // A live blog's badge over the post it keeps at the top of the stream, often after the pin sign ("📌 Pinned").
    '(?:\\p{Extended_Pictographic}\\uFE0F?\\s*)?(?:pinned(?: post)?|angeheftet|angepinnt|épinglé|fijado|fissato|مثبت)',
    // A live blog's stream controls, where the template makes them links (for readers without scripts) rather
    // than the buttons that go by their tag: "Load more", "Show 3 newer posts", "Charger plus de messages".
    '(?:load|show|see|view) (?:\\d+ )?(?:more|newer|new|older|earlier|previous)(?: (?:posts|updates|entries))?',
    '(?:ältere|neuere|weitere) (?:beiträge|einträge|meldungen) (?:laden|anzeigen)', 'mehr laden',
    'charger plus(?: de messages)?', 'voir (?:les )?(?:\\d+ )?(?:nouveaux|anciens) messages',
    'cargar más(?: entradas)?', 'ver (?:\\d+ )?(?:nuevas|más) entradas', 'تحميل المزيد', 'عرض المزيد',
    // A gallery's badge over its slides, with the count of pictures it may carry: "Bildergalerie", "Photo gallery ·
    // 12 photos", "Diaporama", "معرض الصور". The slides' pictures are the record's images; the badge is no story text.
    '(?:photo ?gallery|image gallery|bildergalerie|fotogalerie|fotostrecke|galerie(?: photos?)?|diaporama|galer[ií]a(?: de (?:fotos|imágenes))?|fotogalleria|galleria fotografica|معرض الصور|フォトギャラリー|写真特集)(?:\\s*[·•|:–-]?\\s*\\d+\\s*(?:photos|pictures|images|bilder|fotos|imágenes|immagini|صور|枚))?',
    // Rule "media text label": a video or podcast page heads the text under its player with the name of that part
    // ("Transcript", "Show notes", "Episode notes", "Shownotes"), as a tab or a heading; the text is the story, its
    // label names the page's parts.
    '(?:(?:full|video|episode) )?transcript', '(?:show|episode) ?notes', 'transkript', 'notas del episodio', 'transcription',
    // A feedback widget's buttons, run together once the widget's markup is gone.
    'ja ?nein', 'yes ?no', 'oui ?non', 'sí ?no',
    // A share row whose buttons were links to the networks' share endpoints, gone with them: "Compartir: | |". Rule
    // "share row with the tools": older templates run the print and send links on in the same row ("شارك: فايسبوك |
    // تويتر | طباعة"), which reads "شارك: | | طباعة" once the network links are gone.
    SHARE_LABEL + '\\s*[:：]?[\\s|·•]*(?:' + ARTICLE_TOOLS + ')?',
    // Food and travel blogs close a post with a Pinterest button spelled out ("Like this post? Pin it for later!").
    '(?:(?:like|love|enjoy(?:ed)?) this (?:post|recipe|article|guide)\\s*[?!]\\s*)?(?:pin (?:it|this|me)(?: (?:for later|now))?|save (?:it|this) (?:to|on|for later on) pinterest)\\s*[!.]?',
    // The article tools of older templates, a link each, separated by bars: print, save, send or recommend to a friend.
    // Rule "tools row after its counter": a table layout opens the row with the reads count, set apart in an element
    // of its own ("<font>عدد القراءات: 1204</font> | طباعة | أرسل لصديق"), which the counter reader takes; the row is
    // left opening on the bar that followed it.
    `(?:[|｜·•]\\s*)?${ARTICLE_TOOLS}`,
    // Rule "text size control": the buttons that make the text larger or smaller, under their label, run together once
    // the markup is gone ("حجم الخط: أ أ أ", "Schriftgröße A A", "Text size A- A+"), or one label a button
    // ("تكبير الخط تصغير الخط", "Increase font size Decrease font size"). Rule "tools row with the text size": older
    // templates run the control on in the row of the article tools ("طباعة أرسل لصديق تكبير الخط تصغير الخط", "Text
    // size A+ A- | Print | Save"), before it or after it.
    `(?:${ARTICLE_TOOLS})?` + '(?:(?:font size|text size|(?:increase|decrease|enlarge|reduce) (?:font|text)(?: size)?|schriftgr[öo](?:ß|ss)e|taille (?:du texte|de la police)|tama[ñn]o (?:de (?:la )?)?(?:letra|fuente|texto)|حجم الخط|تكبير الخط|تصغير الخط)\\s*[:：]?(?:\\s*[aأ][+\\-−]?)*\\s*)+' + `(?:[\\s|·•]*${ARTICLE_TOOLS})?`,
    // Rule "breaking badge": the badge a template sets over a fresh story, a line of its own above the text ("Breaking
    // news", "Eilmeldung", "Dernière minute", "عاجل"): how new the story is, not a word of it.
    "(?:breaking(?: news)?|just in|eilmeldung|derni[eè]re (?:minute|heure)|[uú]ltima hora|ultim['’]ora|son dakika|(?:خبر )?عاجل)",
    // Rule "paid-story badge": Japanese, Korean and Chinese portals mark a story behind their wall with a badge in the
    // row under the headline ("有料記事", "会員限定記事", "유료기사", "付費文章"): the story's access, which the record
    // states as such, and no line of its text.
    '(?:有料|会員限定|有料会員限定)記事', '会員限定', '유료\\s?(?:기사|회원 ?전용)', '(?:付費|付费)(?:文章|內容|内容|閱讀|阅读)',
  ].join('|') + ')$',
  'iu',
));

/**
 * Rule "interactive's launcher": a button or a link that opens an interactive map or graphic on a page of its own or
 * over the story ("Open map", "Explore the interactive map", "Ouvrir la carte", "Abrir el mapa", "افتح الخريطة",
 * "Kaart openen"): what the reader presses, not a line of the story. A word for opening or viewing and the map or the
 * interactive, in either order; a graphic or a chart only as an interactive one, since "View chart" may enlarge a
 * story's own chart.
 */
export const INTERACTIVE_LAUNCHER = new RegExp(withArabicMarks('^(?:' + [
  '(?:open|explore|view|see|launch) (?:the |our )?(?:full |full-screen |fullscreen )?(?:interactive )?(?:map|interactive|tracker)(?: in (?:full ?screen|a new (?:tab|window)))?',
  '(?:open|explore|view|see|launch) (?:the |our )?interactive (?:graphic|chart)',
  '(?:karte|interaktive grafik) (?:öffnen|anzeigen|ansehen)', '(?:zur|interaktive) karte(?: öffnen)?',
  "(?:ouvrir|voir|afficher|explorer|consulter) (?:la |l['’])?(?:carte(?: interactive)?|infographie interactive)",
  '(?:abrir|ver|explorar|consultar) (?:el |o )?(?:mapa(?: interactivo| interativo)?|gr[aá]fico interactivo)',
  'kaart (?:openen|bekijken)', '(?:open|bekijk) (?:de )?(?:interactieve )?kaart', '(?:open|bekijk) (?:de )?interactieve grafiek',
  '(?:افتح|فتح|اعرض|عرض|تصفح|استعرض|شاهد) (?:ال)?خريطة(?: (?:ال)?تفاعلية)?',
  '(?:नक्शा|मैप) (?:देखें|खोलें)',
].join('|') + ')\\s*[→›»>]?$'), 'iu');

/**
 * Rule "chart tool's footer": an embedded chart prints its tool's footer under it, fields parted by bullets ("Source:
 * Statistics office • Get the data • Created with Datawrapper", "Chart: Jane Doe • Made with Flourish"), and a chart
 * whose script did not run leaves its stand-in ("A Flourish chart"). Once the chart's frame is gone the footer reads as
 * a line of the story; a field that says the tool made the chart, or offers its data, marks the whole line.
 */
export const CHART_FOOTER = new RegExp(
  '^(?:[^•|·]{1,80}[•|·]\\s*)*(?:(?:created|made) with|erstellt mit|réalisé avec|cr[ée]ado con|hecho con|get the data|daten herunterladen|télécharger les données|descargar (?:los )?datos)(?:\\s+[\\p{L}\\d.]+)?(?:\\s*[•|·][^•|·]{1,80})*$'
    + '|^an? flourish (?:chart|map|visuali[sz]ation|data visuali[sz]ation)$'
    // Rule "chart's title and source": a chart drawn by a script leaves, once its frame is gone, its label and its
    // source run together on one line ("Gráfico: dólar comercial hoje Fonte: B3", "Chart: Oil price this week Source:
    // ICE"); a line that opens as a chart and closes on the chart's source is the chart's frame, not a sentence.
    + '|^(?:chart|graph|gráfico|graphique|grafik|grafico|infographic|infografik|infográfico|infografia)\\s*:[^.!?]{1,80}?\\s(?:source|fonte|fuente|quelle|sources?)\\s*:[^.!?]{1,60}$'
    // Rule "interactive's label with its call": the box that holds an interactive map names it and asks the reader to use
    // it on one line ("Interactive map: Check power outages near you", "Carte interactive : trouvez votre bureau de
    // vote"); with its frame gone, the line is the box's label, not a sentence of the story.
    + '|^(?:interactive (?:map|graphic|tracker)|interaktive (?:karte|grafik)|carte interactive|mapa interactivo|mapa interativo)\\s*:\\s*(?:check|see|find|search|look up|explore|prüfen|sehen|finden|suchen|trouvez|cherchez|consultez|consulta|busca|encuentra|veja|confira|procure)[^.!?]{0,60}$',
  'iu',
);

export const PRICE_NOTE = /^\*+\s*(?:[^*]*?(?<!\p{L}))?(?:mwst|mehrwertsteuer|ust|vat|sales tax|tva|ttc|iva|btw|versand\p{L}*|shipping|postage|frais de (?:port|livraison)|gastos de envío|spese di spedizione|verzendkosten)(?!\p{L})/iu;

const READING_TIME_LABEL_WORDS = '(?:lesezeit|lesedauer|(?:estimated )?reading time|read time|temps de lecture|tiempo de lectura|tempo de leitura|czas czytania|tempo di lettura|leestijd|lecture|lectura|lettura|leitura'
  + '|lesetid|læsetid|läsetid|lukuaika|okuma süresi|время чтения|час читання|doba čtení|čas čítania|timp de citire|timp de lectură|χρόνος ανάγνωσης|waktu baca)';
/**
 * Reading-time notes: "6 minute read", "3 Min Lesezeit", "Lesezeit: ca. 3 Minuten", "11 minut czytania", and French,
 * Spanish, Italian and Portuguese papers' label before the minutes ("Lecture 3 min.", "Lectura: 4 min", "Leitura 2 min"),
 * and Arabic ones' before or after them ("زمن القراءة: 3 دقائق", "3 دقائق للقراءة", "دقيقتان للقراءة"). Rule "reading
 * time's label in more languages": Brazilian, German, Nordic, Turkish, Slavic, Romanian, Greek and Indonesian templates
 * label the note with the whole phrase ("Tempo de leitura: 4 min", "Lesedauer: 3 Min.", "Lesetid: 5 minutter",
 * "Okuma süresi: 4 dk", "Время чтения: 3 мин"); set in a byline box's row, the label was read as a writer's name.
 */
export const READING_TIME = new RegExp(
  '^(?:'
    + '(?:jeszcze |noch )?\\d+\\s*(?:min|mins|minute|minutes|minuten|minut|minuty|minutos|minuti)\\.?\\s*(?:read|reading|lesezeit|lesen|czytania|de lectura|de lecture|de leitura|di lettura|leestijd)'
    + `|${READING_TIME_LABEL_WORDS}\\s*:?\\s*(?:ca\\.?\\s*)?\\d+\\s*(?:min|mins|minute|minutes|minuten|minut|minuty|minutos|minuti|minutter|minuter|minuuttia|dk|dakika|мин|минут|минуты|хв|хвилин|λεπτά|menit)\\.?`
    + '|(?:(?:زمن|مدة|وقت) (?:ال)?قراءة|قراءة)\\s*:?\\s*(?:\\p{Nd}+\\s*)?(?:دقائق|دقيقة|دقيقتان|دقيقتين|د)\\.?'
    + '|(?:\\p{Nd}+\\s*)?(?:دقائق|دقيقة|دقيقتان|دقيقتين)\\s*(?:لل)?قراءة'
    + ')$',
  'iu',
);
/** The reading time's label alone, once its minutes are cut off as a date's digits are: no writer's name. */
export const READING_TIME_LABEL = new RegExp(`^${READING_TIME_LABEL_WORDS}$`, 'iu');

/**
 * Word edges in the notice pattern, which is unanchored and so tried at every position of every edge block. Next to
 * a letter, `\b` says only that no word character comes before (or after); V8 runs these lookarounds about ten
 * times faster than `\b` in a case-insensitive Unicode pattern.
 */
const WORD_START = '(?<!\\w)';
const WORD_END = '(?!\\w)';

/**
 * Rule "partner's republication note, in Hebrew": Israeli regional portals that run a partner's story say so at its
 * foot or head, "הכתבה פורסמה במקור באתר "…" ומתפרסמת כאן בהסכמה" / "הידיעה פורסמה לראשונה ב…" (the article was
 * originally / first published on …), as English ones say "This story originally appeared on …" (PUBLISHER_NOTICE).
 * "Originally" or "first" right after the verb tells it from a story's sentence about a report. Hebrew sets the
 * partner's name in quotation marks, so the note is read apart from the publisher's notices, which spare a quoted
 * block as a speaker's words.
 */
export const REPUBLICATION_NOTE = /^(?:הכתבה|הידיעה|המאמר|הטור) (?:פורסמה|פורסם|התפרסמה|התפרסם) (?:במקור|לראשונה)(?=\s|$)/u;

/**
 * What a publisher tells its readers about itself, in the languages the pipeline ingests: copyright and reprint
 * terms, its apps and channels (always "our ...", "the ... app for iOS", "to your phone"), newsletter sign-ups,
 * membership and donation appeals, advertising and affiliate disclosures, and disclaimers about contributors'
 * opinions. A story mentions apps and newsletters too, so each phrase names the publisher's own outlet or
 * speaks to the reader; `dropPublisherNotices` also reads only the first and last blocks.
 */
export const PUBLISHER_NOTICE = patternInParts(
  [
    // The holder may come before the year, as a wire's feed closes a release: "Copyright Example Wire 2026.".
    '^©', '^copyright\\s*(?:©|\\(c\\)|\\d{4}|[\\p{L}\\d .&\'’-]{1,40} \\d{4}\\.?$)', 'all rights reserved', 'alle rechte vorbehalten', 'todos los derechos reservados', 'tous droits réservés', 'tutti i diritti riservati',
    // The Italian press's reprint mark: "© RIPRODUZIONE RISERVATA", "RIPRODUZIONE RISERVATA © Copyright ANSA".
    `${WORD_START}riproduzione (?:riservata|vietata)${WORD_END}`,
    'wszelkie prawa zastrzeżone', 'جميع الحقوق محفوظة', 'copyrighted (?:property|material)',
    // Reprint terms in Korean ("unauthorized reproduction and redistribution prohibited"), Japanese, Chinese, Russian
    // and Hebrew.
    '무단\\s?전재', '재배포\\s?금지', '無断転載', '版权所有', 'все права защищены', 'כל הזכויות שמורות',
    // The ask of the copyright notice Chinese portals close every story with (see NOTICE_LABEL): cite the source when
    // reprinting, or ask first ("本文由「…」原创出品，转载请联系授权").
    '(?:转载请|轉載請)(?:注明|註明|联系|聯繫|聯絡)',
    // A Chinese portal's note under copy it took from a partner: running it "does not mean we endorse its views or
    // vouch for its account" ("此消息系转载自…合作媒体，…并不意味着赞同其观点或证实其描述"), or it "does not represent
    // this site's view".
    '并不意味着赞同其观点', '並不意味著贊同其觀點', '不代表本(?:网|站|平台|報|报)(?:的)?(?:观点|立场|觀點|立場)',
    // Rule "original headline note": a Chinese portal that reposts a paper's or an agency's copy under a headline of its
    // own heads the text with the headline the copy first ran under ("原标题：…", "原標題：…"): a note about the copy,
    // which a reader skips, never the story's first line.
    '^(?:原标题|原標題)\\s*[:：]',
    // The QR box Chinese sites close a story with: "扫一扫，关注…公众号", "扫描二维码 用手机看新闻".
    '^(?:扫一扫|掃一掃|扫描二维码|掃描二維碼|扫码关注|掃碼關注)', '^用手机(?:看|阅读|浏览)', '^用手機(?:看|閱讀|瀏覽)',
    // The mark Persian news agencies close every story with ("انتهای پیام/", end of message).
    '^انتهای پیام',
    // Rule "filing stamp": Korea's agencies close every story with the time it was filed, "2026/12/04 09:30 송고" (sent),
    // under the copyright line, and the papers that run the copy keep it as it came: the wire's log entry, which the
    // page's own date already tells.
    '^\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2}\\s+\\d{1,2}:\\d{2}\\s*송고$',
    // Chinese news sites close every story with the web editor on duty and a report-an-error button: "（责任编辑：王芳）",
    // "【纠错】 【责任编辑:张樵苏 】", "(责编：杨光宇、李昉)".
    '^[【\\[（(]?\\s*(?:纠错|糾錯|责任编辑|責任編輯|责编|責編)\\s*(?:[】\\]）)：:]|$)',
    // Rule "editor and serial in brackets": Taiwan's agency, and the overseas papers that run its copy as sent, close the
    // story with its editor in brackets and the story's serial after them, the Minguo year, the month and the day
    // ("（編輯：周思宇）1151206"); the mainland's sites close theirs with the editor alone ("（编辑：王芳）"). The reporter is
    // credited in the dateline; the editor wrote none of the story.
    '^[（(]\\s*(?:编辑|編輯)\\s*[：:][^（()）]{1,30}[）)]\\s*\\d{0,8}$',
    // Rule "desk editor's line": Nigerian papers close agency copy with the editor who handled it on a line of its own
    // ("Edited by Ifeoma Nwankwo"), Indonesian portals with the editor in brackets ("(Editor: Dewi Kartika Sari)"), and
    // Brazil's public agency, and the papers that run its copy, with "Edição: Carolina Pimentel", and Estonian newsrooms
    // with "Toimetaja: Mari Kask" (editor; the Finnish "toimittaja" is the reporter, and is no such line);
    // the writer is credited elsewhere, and the editor wrote none of the story.
    '^[(\\[]?\\s*(?:edited\\s+by|editor\\s*:|penyunting\\s*:|edição\\s*:|toimetaja\\s*:)\\s*\\p{Lu}[\\p{L}\'’.-]*(?:\\s+\\p{Lu}[\\p{L}\'’.-]*){0,3}\\s*[)\\]]?$',
    // The print edition a mainland paper's web copy ran in: "《 华夏日报 》（ 2026年12月03日 02 版）".
    '^《\\s*[^》]{1,20}》\\s*[（(]\\s*\\d{4}年\\d{1,2}月\\d{1,2}日\\s*(?:第\\s*)?\\d{1,3}\\s*版\\s*[）)]$',
    `${WORD_START}(?:our|the [\\w .-]{1,40}) apps? for (?:ios|android|iphone)`,
    `${WORD_START}(?:latest|breaking) (?:news|stories|headlines|updates)${WORD_END}[^.!?]{0,60}${WORD_START}app${WORD_END}`,
    // Hindi portals close each story with the same ask in the imperative ("लेटेस्ट हिंदी समाचार … के लिए … ऐप डाउनलोड
    // करें", install the app); a story reports that someone asked people "ऐप डाउनलोड करने" (to download it).
    '(?<![\\p{L}\\p{M}])(?:ऐप|एप) (?:डाउनलोड|इंस्टॉल|इंस्टाल) करें(?![\\p{L}\\p{M}])',
    `${WORD_START}our (?:free )?(?:app|apps|newsletter|newsletters|podcast|(?:youtube|telegram|whatsapp) channel)${WORD_END}`,
    // The same ask to follow the desk's page on a network ("Follow all the latest court cases on our Facebook page").
    `${WORD_START}on our (?:facebook|instagram|linkedin|tiktok|x|twitter|threads|bluesky) (?:page|account|feed|profile)${WORD_END}`,
    `${WORD_START}straight to your (?:phone|inbox)${WORD_END}`,
    // Rule "download the station's app": a station's template closes each story by telling the reader, at a sentence's
    // start, to get its app ("►Make it easy to keep up to date with more stories like this. Download the KXRA app now.",
    // "Téléchargez l'application TVQ Nouvelles pour recevoir nos alertes", "Descarga la app de Telemundo 48"). A story
    // reports that officials asked people to download an app; it does not order its reader to.
    `(?:^|[.!?]\\s+)[►▶»•]?\\s*(?:download (?:the|our) (?:free )?[\\p{L}\\d .&'’-]{0,40}?apps?|télécharge[zr] (?:gratuitement )?(?:l['’]appli(?:cation)?|notre appli(?:cation)?)|descarga (?:la|nuestra) (?:app|aplicación))${WORD_END}`,
    `${WORD_START}(?:unsere[nr]?|unsere) (?:app|newsletter|kanal)${WORD_END}`, `${WORD_START}(?:deinen|ihren) posteingang${WORD_END}`,
    `${WORD_START}(?:nuestr[oa]s?|tenemos) (?:app|aplicación|boletín|newsletter|canal)${WORD_END}`, `${WORD_START}notre (?:application|newsletter|chaîne)${WORD_END}`,
    'sign up for (?:our|the) [\\w ]{0,30}newsletter', 'melde dich [\\w ]{0,30}newsletter', '(?:abonniere|abonnieren sie|bestelle|bestellen sie)[\\p{L}\\d ,-]{0,40}newsletter',
    `${WORD_START}(?:${FOLLOW_US.join('|')}) (?:on|auf|bei|sur|en|su|no|op)${WORD_END}`,
    'تابعونا على', 'تابعوا آخر الأخبار', 'تابع(?:وا)? (?:صفحتنا|صفحاتنا|حسابنا|حساباتنا)', 'اشتركوا? في (?:نشرتنا|النشرة البريدية|قناتنا)', 'حملوا? تطبيق',
    'support (?:our|independent|quality) journalism', `support us${WORD_END}`, 'apoya (?:el|nuestro) periodismo', 'apóyanos', 'soutenez-nous', 'wesprzyj nas', 'sostienici', 'unterstütze(?:n sie)? (?:uns|unseren journalismus)', '^unterstütze(?:n sie)?\\s',
    'unsere arbeit (?:unterstützen|finanzieren)', `${WORD_START}(?:(?:ihnen|dir|euch) gefällt|gefällt (?:ihnen|dir|euch)) unser(?:e|en)? (?:programm|angebot|arbeit|journalismus)${WORD_END}`, `supporte uns${WORD_END}`, 'soutenez (?:notre|le) (?:travail|journalisme)',
    'sostieni (?:il nostro|questo) (?:lavoro|giornalismo)', 'apoie (?:o )?(?:nosso|o) jornalismo', 'steun (?:ons|onze journalistiek)', 'necesita (?:del |el )?apoyo de (?:sus|nuestros) lectores',
    'te necesitamos', 'ادعم(?:وا)? (?:صحافتنا|عملنا)',
    // Rule "appeal, in Central Europe": Hungarian, Czech and Slovak local papers that live on their readers' money ask
    // for it in a box under the story, in the imperative to the reader ("Támogassa a független helyi újságírást!",
    // "Podpořte nezávislou regionální žurnalistiku", "Podporte nás"); a story reports that someone asked others to
    // support a cause in the third person or the past.
    `${WORD_START}támogass(?:a|on|ák|atok|átok)? (?:minket|bennünket|(?:a |az )?(?:munkánkat|szerkesztőségünket|(?:független |helyi |minőségi |hiteles )+(?:újságírást|sajtót|médiát)))${WORD_END}`,
    `${WORD_START}podpořte (?:nás|(?:naši |naší )?(?:práci|redakci)|(?:nezávislou |regionální |místní |kvalitní )+(?:žurnalistiku|novinařinu))${WORD_END}`,
    `${WORD_START}podporte (?:nás|(?:našu )?(?:prácu|redakciu)|(?:nezávislú |regionálnu |lokálnu |kvalitnú )+(?:žurnalistiku|novinárčinu))${WORD_END}`,
    // Rule "exiled newsroom's appeal": Russian- and Ukrainian-language newsrooms that live on their readers' gifts, the
    // exiled ones blocked at home, set the same ask between a story's last paragraphs as under it ("Поддержите
    // независимую журналистику — оформите ежемесячное пожертвование.", "Підтримайте незалежну журналістику"), in the
    // imperative to the reader; a story reports that someone asked others to support journalists in the third person.
    'поддержите (?:нас|(?:независимую |свободную )?журналистику|(?:нашу )?редакцию)(?![\\p{L}])', 'підтримайте (?:нас|(?:незалежну |вільну )?журналістику|(?:нашу )?редакцію)(?![\\p{L}])',
    // Rule "reader appeal": a newsroom that lives on its readers' money closes each story with a box that asks for it,
    // opening on a question about the story just read ("Cet article vous a plu ?", "Enjoyed this article?", "¿Te ha
    // gustado este artículo?", "هل أعجبك المقال؟") and pitching the gift ("please consider a contribution of any size", "Soutenez une
    // information indépendante"): a note on the newsroom, the same under every story.
    '^¿?(?:(?:did you )?(?:enjoy(?:ed)?|like[d]?|value[d]?) (?:this|the|our) (?:article|story|interview|piece|reporting)|cet article vous a plu|vous avez (?:aimé|apprécié) cet article'
      + '|(?:te|le) ha gustado (?:este|esta) (?:artículo|nota|reportaje)|هل أعجبك (?:المقال|الخبر|الموضوع|التقرير)|hat (?:ihnen|dir) (?:dieser|der) (?:artikel|beitrag) gefallen|gostou d(?:este|esta) (?:artigo|matéria|reportagem)'
      + '|ti è piaciuto (?:questo articolo|l[\'’]articolo))\\s*[?؟]',
    `${WORD_START}please consider (?:making |giving )?(?:a|an) (?:[\\p{L}-]+ ){0,2}(?:contribution|donation|gift)${WORD_END}`, `${WORD_START}(?:contribution|donation|gift) of any (?:size|amount)${WORD_END}`,
    `soutenez (?:une |l['’])?(?:information|presse|rédaction|journalisme)(?: [\\p{L}-]+){0,3} indépendante?s?${WORD_END}`,
    '(?:hazte|hágase) (?:miembro|socio|suscriptor)', '^assine (?:o|a|já|agora)\\s', `${WORD_START}inscreva-se (?:no|na|em)${WORD_END}`, 'apoie (?:o|nosso) (?:jornalismo|trabalho)',
    // A feedback widget's question about the page: "War dieser Artikel hilfreich?"
    '^(?:(?:was|did you find) this (?:article|page|post|story) (?:helpful|useful)|war dieser (?:artikel|beitrag) (?:hilfreich|nützlich)|fanden sie (?:diesen|den) (?:artikel|beitrag) (?:hilfreich|nützlich)|cet article vous a-t-il été utile|¿?te (?:ha )?(?:sido|resultado) útil (?:este|esta) (?:artículo|nota)|questo articolo (?:ti )?è stato utile|(?:heeft|hebt) (?:deze|dit) (?:informatie|pagina|artikel) (?:u|je) geholpen|war (?:diese|die) (?:information|seite) hilfreich|was this information helpful)', `^become a (?:paying )?(?:member|subscriber|patron)${WORD_END}`,
    // Rule "the press service signs the release": Ukrainian and Russian city councils, oblast administrations and
    // ministries close each news item with the name of the office that wrote it, alone on its line ("Прес-служба
    // міської ради", "Управління інформаційної політики та комунікацій з громадськістю", "Пресс-служба горсовета"):
    // the office's signature, the same under every item, and no sentence of the story.
    '^(?:прес-?служба|пресс-служба|(?:управління|відділ|департамент|сектор|управление|отдел|департамент)(?= )[^.!?:]{0,80}(?:інформаційн|комунікац|зв[\'’]язк\\p{L}* з громадськістю|пресс?-|информационн|коммуникац|связ\\p{L}* с общественностью))[^.!?:]{0,100}$',
    // Its report-an-error prompt, a line of its own under the story: "Haben Sie einen Fehler im Text gefunden? Schreiben
    // Sie uns.", "Spotted an error?", "¿Has visto un error?". Ukrainian and Russian sites print it as the keys to press
    // over a marked word (rule "error report by keys"): "Якщо ви помітили помилку, виділіть її та натисніть
    // Ctrl+Enter", "Нашли ошибку? Выделите её и нажмите Ctrl+Enter".
    '^(?:(?:якщо|если) )?(?:ви |вы )?(?:помітили|знайшли|заметили|нашли) (?:помилку|ошибку|опечатку)[,.?!]'
      + '|^(?:виділіть|выделите) (?:її|його|их|её|ее|его|текст|фрагмент)[^.!?]{0,40} (?:натисніть|нажмите) ctrl\\s*\\+\\s*enter',
    '^(?:(?:haben sie|hast du) einen fehler (?:im (?:text|artikel|beitrag) )?(?:gefunden|entdeckt|bemerkt)|fehler (?:gefunden|entdeckt)\\?|(?:einen )?fehler melden'
      + '|(?:did you )?(?:find|spot|notice) (?:an?|any) (?:error|mistake|typo)|(?:found|spotted|noticed|see) (?:an?|any) (?:error|mistake|typo)|report an? (?:error|typo|correction)'
      + '|¿(?:has|ha) (?:visto|encontrado|detectado) (?:un|algún) error|has (?:visto|encontrado|detectado) (?:un|algún) error|(?:vous avez|tu as) (?:repéré|trouvé|vu|remarqué) une (?:erreur|faute)|signaler une erreur'
      + '|(?:hai|avete) (?:trovato|notato|visto) un errore|segnala(?:ci)? un errore|(?:encontrou|viu) (?:um|algum) erro\\?|(?:heb je|hebt u|heeft u) een fout (?:gezien|gevonden))',
    // Rule "reporting scheme note": stories written under a funded reporting scheme or with a partner close with a
    // note on how they were made, the same under every such story: "This article was written by a Local Democracy
    // Reporter, a role funded by …", "This story was produced in partnership with …", "… with support from …".
    `${WORD_START}this (?:article|story|report|piece) (?:was|is|has been) (?:written|produced|reported) by an? (?:[\\p{L}-]+ ){0,3}(?:reporter|journalist|correspondent)${WORD_END}`,
    `${WORD_START}this (?:article|story|report|piece) (?:was|is|has been) (?:produced|published|reported|made possible) (?:in partnership with|with (?:the )?support (?:from|of)|with funding from|through a grant)${WORD_END}`,
    // Rule "watch us live": a station's template sets the promo for its live stream among a story's last paragraphs,
    // an order to the reader after the player's "LIVE" badge ("LIVE Watch KTBA News live on the KTBA app and at …",
    // "Stream KXYZ News live for free"); a story tells what was shown, not the reader to watch it.
    `^(?:live\\s*[:|•-]?\\s+)?(?:watch|stream) [\\p{L}\\d .&'’-]{1,40}? live${WORD_END}`,
    // Rule "tune in": a radio station closes its newsroom's story with the plug for its own show, an order to the
    // reader with the show's hours ("Listen to The Morning Drive with Curt Hollis weekdays from 5 to 9 a.m. on News
    // Talk 1170 KTUX"); a story reports who listened, it does not give the reader a timetable to.
    `^(?:listen|tune in) to [^.!?]{1,80}?${WORD_START}(?:weekdays|weeknights|weekends|mornings|afternoons|evenings|every (?:morning|afternoon|evening|weekday|day))(?: from| at)? \\d{1,2}(?:[:.]\\d{2})?${WORD_END}`,
    // Public radio stations that report as a group close the story with the group's name: "This story was produced by
    // the Mountain Rivers News Collaborative, a partnership of public media stations across the West."
    `${WORD_START}this (?:article|story|report|piece) (?:was|is|has been) (?:produced|reported) by (?:the )?[\\p{L}\\d .&'’-]{1,60}? (?:collaborative|consortium|partnership|news bureau|reporting network|news network|newsroom collective)${WORD_END}`,
    // Rule "funder's note": nonprofit newsrooms and fact-checkers close a story with who paid for the work and that
    // the funder had no say in it ("This fact-check was produced with support from the … Fund. The funder had no say
    // in its content.", "This story was made possible by a grant from …", "The funders have no editorial control").
    `${WORD_START}this (?:article|story|report|piece|fact-?check|explainer|project|reporting|investigation) (?:was|is|has been) (?:produced|made possible|funded|supported|published)(?: in part)? (?:with (?:the )?(?:support|funding|a grant|financial support) (?:from|of)|by (?:a )?(?:grant|funding|support|donation) from)${WORD_END}`,
    // Rule "series' funder": papers run a funded series under the note that it is independent of its funder, closing
    // each of its stories ("Power Shift is an editorially independent series on the energy transition, supported by
    // the … Foundation", "This article is part of …, an editorially independent series funded by …").
    `${WORD_START}(?:(?:the |our )?funders? (?:had|has|have) no (?:say|editorial (?:control|input|say|influence))|editorially independent (?:series|project|section|site|initiative)${WORD_END}[^.!?]{0,80}${WORD_START}(?:supported|funded) by)${WORD_END}`,
    // Rule "syndication note": portals that publish an agency's feed unedited say so under (or over) each story, in
    // the site's language: "(This story has not been edited by … staff and is published from a syndicated feed.)",
    // "This content was produced by … and distributed via …'s partner feed", "Dieser Artikel wurde automatisch aus dem
    // dpa-Newsfeed übernommen und nicht redaktionell bearbeitet", "Direkt aus dem dpa-Newskanal", "pubblicato in modo
    // automatico dal flusso ANSA senza modifiche al testo", "Cet article a été publié automatiquement", Hindi "यह
    // खबर सीधे सिंडिकेट फीड से पब्लिश हुई है" (published straight from the syndicate feed).
    `${WORD_START}(?:published|auto-?published|auto-?generated|generated|aggregated|sourced) (?:[\\w-]+ ){0,3}from (?:a |an |the )?(?:syndicated|wire|news agency|agency)(?: wire| news| agency)*(?: service)? feed${WORD_END}`,
    `${WORD_START}(?:has|have|was|were|is) not (?:been )?(?:created or )?(?:edited|modified|reviewed)(?: or [\\w-]+)? by [\\p{L}\\d .&'’-]{1,40}?(?:staff|editorial team|editors|newsroom)${WORD_END}`,
    `${WORD_START}distributed (?:via|through) [^.!?]{0,60}${WORD_START}(?:feed|syndication service)${WORD_END}`,
    `${WORD_START}(?:artikel|beitrag|text|meldung|nachricht|inhalt)\\p{L}* (?:wurde|ist) automatisch (?:[^.!?]{0,60} )?(?:übernommen|eingespielt|importiert|generiert|erstellt|veröffentlicht|publiziert)${WORD_END}`,
    'सिंड[िी]केट(?:ेड)? (?:फ़|फ\u093C?)ीड से',
    `${WORD_START}(?:nicht|keine?) redaktionell(?:e)? (?:bearbeitet|geprüft|überarbeitet|verändert)`, `${WORD_START}von der redaktion nicht (?:bearbeitet|geprüft|überarbeitet|verändert)`,
    `${WORD_START}aus dem [\\p{L}-]*(?:newskanal|newsfeed|nachrichtenfeed|agenturfeed)${WORD_END}`,
    `${WORD_START}(?:pubblicat|generat|importat|inserit)[oai] (?:in modo automatico|automaticamente|in automatico)${WORD_END}`, 'senza modifiche (?:al testo|da parte della redazione)',
    `${WORD_START}non (?:è stato |è )?(?:modificat|rivist|revisionat|editat)[oa] dalla redazione`,
    `${WORD_START}(?:publicad|generad|importad)[oa]s? (?:de (?:forma|manera) automática|automáticamente)${WORD_END}`, `${WORD_START}no ha sido (?:editad|revisad|modificad)[oa] por (?:la|nuestra) redacción`,
    `${WORD_START}(?:publiée?|générée?|mise? en ligne) automatiquement${WORD_END}`, `${WORD_START}n['’]a pas été (?:modifiée?|éditée?|relue?|retravaillée?) par (?:la|notre) rédaction`,
    `${WORD_START}(?:publicad|gerad)[oa] automaticamente${WORD_END}`, `${WORD_START}não foi editad[oa] pela (?:redação|equipe)`,
    `${WORD_START}automatisch (?:overgenomen|gepubliceerd|gegenereerd)${WORD_END}`, `${WORD_START}niet (?:bewerkt|geredigeerd) door (?:de|onze) redactie`,
    // Rule "advertorial note": partner content says over or under its text that the newsroom did not write it and who
    // it was made with or paid for by ("In samenwerking met … Deze bijdrage is niet geschreven door de redactie.", "This
    // content was not written by our newsroom", "Deze partnerbijdrage is tot stand gekomen in samenwerking met …",
    // "This article was paid for by …"), and a Dutch lender's page adds the warning the law asks of credit ads ("Let op!
    // Geld lenen kost geld."): notes on the page, the same on every such piece, not its text. So is the note that the
    // paper's branded-content team made the piece for its client ("Este contenido ha sido elaborado por el equipo de
    // Branded Content de … para …", "This article was produced by the Brand Studio for …").
    `${WORD_START}(?:is|was|has been|are|were) not (?:written|produced|created|prepared) by (?:the |our )?(?:editorial (?:staff|team|department)|newsroom|journalists|editors)${WORD_END}`,
    `${WORD_START}(?:is |werd |wordt )?niet (?:geschreven|gemaakt|opgesteld) door (?:de|onze) redactie${WORD_END}`, `${WORD_START}nicht von der redaktion (?:verfasst|erstellt|geschrieben)${WORD_END}`,
    `${WORD_START}n['’](?:a|ont) pas été (?:rédigée?s?|écrite?s?|réalisée?s?) par (?:la|notre) rédaction${WORD_END}`, `${WORD_START}no (?:ha sido|fue) (?:elaborad|redactad|escrit)[oa] por (?:la|nuestra) redacción${WORD_END}`,
    `${WORD_START}(?:deze|dit) (?:partnerbijdrage|advertorial|bijdrage|artikel)(?: is| werd)? (?:tot stand gekomen|gemaakt|geschreven) in samenwerking met${WORD_END}`,
    `${WORD_START}this (?:sponsored |partner |paid )?(?:content|article|post|story|piece) (?:is|was|has been) (?:paid for|sponsored|commissioned) by${WORD_END}`,
    '^(?:let op[!:.]?\\s*)?geld lenen kost geld[.!]?$',
    `${WORD_START}(?:produced|created|written|prepared|elaborad[oa]|producid[oa]|cread[oa]|realizad[oa]|réalisée?|produite?|rédigée?|erstellt|produziert|gemaakt|geproduceerd) (?:by|por|par|von|door) [^.!?]{0,40}?(?:branded content|brand studio|content studio|brand lab|estudio de contenidos|contenidos? de marca|contenu de marque|studio de contenus?|partnercontent)${WORD_END}`,
    // Rule "provisional transcript": a broadcaster's transcript page says under the text that it was typed against the
    // clock and may still change ("Transcripts are produced on a tight deadline by an outside vendor. This text may not
    // be in its final form"): a note on how the page's text was made, not the programme's words.
    `${WORD_START}(?:this )?(?:text|transcript) may not be in (?:its|their) final form${WORD_END}`,
    `${WORD_START}transcripts? (?:is|are) (?:created|produced|prepared|generated|typed) (?:on a (?:rush|tight) deadline|by (?:an? )?(?:outside )?(?:contractor|vendor|transcription service|machine|automated))`,
    `become a (?:paying )?(?:member|subscriber|patron) (?:today|now)${WORD_END}`, 'first-time subscribers', 'cancel any ?time', 'cancela cuando quieras',
    // A pointer to the rest of the newsroom's coverage: "Follow AP's coverage of the climate at https://…".
    `^follow (?:[\\p{L}'’]+ )?coverage of .{1,80} at https?://`,
    // Rule "funding note": a newsroom whose beat foundations pay for closes each story of the beat with the note that
    // says so and keeps the content its own ("The Example Press' climate coverage receives financial support from
    // several private foundations. EP is solely responsible for all content."), and the papers that run the copy print
    // it after the story's closing rule: a note on the newsroom, not the story. Its disclaimer gives it away, or the
    // support a beat's "coverage" receives.
    `${WORD_START}(?:is|are) solely responsible for all (?:content|coverage)${WORD_END}`,
    `${WORD_START}coverage receives (?:financial )?support from${WORD_END}`,
    // Rule "network membership note": nonprofit and independent newsrooms close each story with the network they belong
    // to ("… is a member of the Institute for Nonprofit News", "… is part of States Newsroom, a nonprofit news network"):
    // a note on the newsroom, not the story. A network named for news, newsrooms, journalism or publishers gives it away.
    `^[^.!?]{2,80}${WORD_START}is (?:a (?:proud )?member|part) of (?:the )?[^.!?]{0,60}${WORD_START}(?:news|newsrooms?|journalism|publishers)${WORD_END}[^!?]{0,80}$`,
    // Rule "partner newsroom's note": a story run from a partner newsroom closes with the partner's line about itself
    // ("The Prairie Ledger is a nonprofit, nonpartisan newsroom covering rural communities. Read more at …"): a note on
    // the newsroom, not the story. What the newsroom is (nonprofit, independent, nonpartisan) and the word newsroom
    // or news organization give it away, in a closing line of its own.
    `^[^.!?]{2,80}${WORD_START}is an? (?:(?:nonprofit|non-profit|independent|nonpartisan|non-partisan|reader-supported|award-winning|digital|statewide),? (?:and )?){1,4}(?:news ?room|news (?:organi[sz]ation|outlet|site|publication|service)|journalism (?:organi[sz]ation|outlet|project))${WORD_END}[^!?]{0,160}$`,
    // A paywall's message where the locked text would go, and a membership appeal set as a card in the text.
    `${WORD_START}(?:for|to) (?:paying )?(?:subscribers|members) only${WORD_END}`, '^(?:see|view|compare) (?:all )?(?:our )?subscription (?:options|plans)',
    // The share of the story the wall hides, and its offer's button: "Il vous reste 75 % de l'article à lire", "Je m'abonne".
    `^il vous reste [\\d.,]+ ?% de (?:cet|l['’])article à lire${WORD_END}`, `^you have [\\d.,]+ ?% of (?:this|the) (?:article|story) left to read${WORD_END}`,
    "^je m['’]abonne$",
    'réservée?s? aux abonnés', 'nur für abonnenten', 'exclusivo para (?:suscriptores|assinantes)', 'riservato agli abbonati', `${WORD_START}(?:is|are) (?:a )?reader-supported${WORD_END}`,
    'advertiser disclosure', 'we may (?:receive|earn) (?:a )?(?:compensation|commission)',
    // The affiliate disclosure that names the site or its owner: "TechCrunch may earn a commission when you buy through
    // links on our site", "If you buy something from a Verge link, Vox Media may earn a commission". The links or the
    // buying it speaks of tell it from a story's sentence about an agent's commission.
    `${WORD_START}(?:links?|buy|purchase)${WORD_END}[^.!?]{0,80}${WORD_START}may (?:receive|earn) (?:a |an )?(?:affiliate )?(?:compensation|commission)${WORD_END}`,
    `${WORD_START}may (?:receive|earn) (?:a |an )?(?:affiliate )?(?:compensation|commission)${WORD_END}[^.!?]{0,80}${WORD_START}(?:links?|buy|purchase)${WORD_END}`, '(?:beitrag|artikel) enthält (?:werbung|affiliate)',
    // The German affiliate disclosure: "Für Links auf dieser Seite erhält CHIP ggf. eine Provision vom Händler", "Wenn
    // Sie über diese Links einkaufen, erhalten wir eine kleine Provision". The links it speaks of tell it from a story's
    // sentence about an agent's commission.
    `${WORD_START}links?${WORD_END}[^.!?]{0,80}${WORD_START}(?:erhält|erhalten|bekommt|bekommen)${WORD_END}[^!?]{0,40}${WORD_START}(?:provision|vergütung)${WORD_END}`,
    // German money and shopping guides open with the key to their marked links instead, the commission in the next
    // sentence ("Mit * gekennzeichnete Links sind Affiliate-Links. Kommt darüber ein Abschluss zustande, erhalten wir
    // eine Provision."), as English ones do ("Links marked with * are affiliate links."): the same disclosure.
    `${WORD_START}(?:links?|verweise)${WORD_END}[^.!?]{0,30}? (?:sind|ist|are|is) (?:sogenannte |so-called )?(?:affiliate|provisions|werbe)[- ]?links?${WORD_END}`,
    // Rule "affiliate commission, in Romance languages": Spanish, French and Italian tech and shopping pages set the
    // same disclosure over or under a review, in their words ("Xataca puede recibir una comisión por las compras
    // realizadas a través de los enlaces…", "… peut percevoir une commission sur les achats effectués via ces liens").
    // The purchase or the links it speaks of tell it from a story's sentence about an agent's commission. Spanish
    // says as often that the site "takes" it ("puede llevarse una comisión si compras a través de ellos").
    `${WORD_START}(?:puede|podemos|podría|peut|pouvons|pourrait|può|possiamo|potrebbe) (?:recibir|ganar|obtener|llevarse|llevarnos|percevoir|toucher|recevoir|ricevere|guadagnare) (?:una |une |un )?(?:pequeña |petite |piccola )?(?:comisión|commission|commissione)${WORD_END}[^.!?]{0,80}${WORD_START}(?:compras?|enlaces?|achats?|liens?|acquisti|link)${WORD_END}`,
    // Rule "affiliate commission, in Arabic": Gulf and Levantine fashion and beauty magazines set the same disclosure
    // over their product lists ("نختار المنتجات بشكل مستقل، وقد نحصل على عمولة عند الشراء عبر الروابط في هذه الصفحة"). The
    // purchase or the links it speaks of tell it from a story's sentence about an agent's commission.
    `${WORD_START}(?:قد )?(?:نحصل|نتلقى|نتقاضى|يحصل|تحصل) على عمولة${WORD_END}[^.!?؟]{0,80}(?:الشراء|شراء|الروابط|روابط|رابط)`,
    // A blog's appeal to share the reader's own result: "Mention @site or tag #site", "Menciona @… o etiqueta #…".
    `${WORD_START}(?:mention|tag|menciona|etiqueta|markiere|markier|verlinke|mentionne|identifique|tagga|menziona)\\s+(?:us\\s+|uns\\s+|nos\\s+)?(?:on instagram\\s+)?@[\\w.]+`,
    // Rule "tag us, in Arabic": Arab food and beauty magazines close a recipe card or a tip with the same appeal to the
    // women who tried it ("شاركينا صورتك على إنستغرام وأشيري إلى @…", "منشنينا @…", "اعملي تاغ لـ @…"): the site's
    // call to its readers under every recipe, not the recipe.
    '(?:أشيري|أشيروا|اشيري|اشيروا|أشر|منشني|منشنينا|منشنونا|منشنوا|اذكري|اذكرينا|اذكرونا|تاغ|تاغي|اعملي تاغ|اعملوا تاغ)\\s+(?:(?:إلى|الى|لـ?|لنا)\\s*)?(?:على\\s+)?(?:حسابنا\\s+)?@[\\w.]+',
    // An affiliate disclosure over a blog post or a recipe: "This post may contain affiliate links", "Este artículo puede
    // contener enlaces de afiliados", "Cet article contient des liens affiliés".
    `${WORD_START}(?:contains?|may contain|enthält|enthalten|contiene|puede contener|pueden contener|contient|peut contenir|bevat|kan bevatten) (?:[\\p{L}-]+ ){0,2}(?:affiliate|enlaces de afiliad|links? de afiliad|liens? (?:d.affiliation|affiliés)|link di affiliazione)`,
    'as an amazon associate',
    // A station group's disclosure under every story, the owner's participation named rather than a commission's
    // link: "Hearst Television participates in various affiliate marketing programs, which means we may get paid
    // commissions on editorially chosen products …", "… participates in the Amazon Services LLC Associates Program,
    // an affiliate advertising program".
    `${WORD_START}participates? in (?:various |several |the )?[\\p{L}\\d .,&-]{0,40}?affiliate (?:marketing|advertising) programs?${WORD_END}`,
    // The sign-off Indian business dailies close every story with: "Catch all the Business News, … and updates on <site>".
    '^catch all the [\\p{L} ,&-]{0,80}news',
    // The pointer to the site's coverage page on a running topic that Philippine dailies close a story with: "For more
    // news about the national elections, visit our special page", "For more stories on the typhoon, click here".
    `^for more (?:news|stories|updates) (?:about|on) [^.!?]{1,80}?,? (?:visit|go to|check out|click)${WORD_END}`,
    // Rule "spelling note": Portuguese papers close an opinion piece with the spelling its writer keeps: "A autora
    // escreve segundo o novo Acordo Ortográfico", "O autor escreve de acordo com a antiga ortografia".
    `^(?:[oa] )?(?:autora?|cronista|colunista) escreve (?:segundo|de acordo com|ao abrigo d[oa]|em conformidade com) (?:o (?:novo |antigo )?acordo ortográfico|a (?:antiga|nova) ortografia)`,
    // Rule "programme note": public broadcasters close a story on their news site with the programme that aired it:
    // "Über dieses Thema berichtete die tagesschau am 01. Dezember 2026 um 20:00 Uhr.", "Dieses Thema im Programm: MDR
    // AKTUELL | 01. Dezember 2026 | 11:00 Uhr". The air date tells it from a story's sentence about another report.
    // Regional broadcasters label the note with the bare word for the broadcast: "Sendung: hr-iNFO, 06.12.2026, 10:00
    // Uhr", "Sendung: Antenne Brandenburg, 05.12.2026, 16:40 Uhr".
    `^(?:über dieses thema|darüber) (?:berichtete|berichteten|berichtet)${WORD_END}[^!?]{0,100}${WORD_START}(?:am|um) \\d`, '^dieses thema im programm\\s*:',
    '^sendung\\s*:\\s*[^.!?:]{1,40}?[,|]\\s*\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}',
    // Rule "partner's republication note": a portal that runs a partner's story says so at its head or foot, with the
    // day the partner published it or the place it first ran: "This article was originally published by The Harbour
    // Courier on December 3, 2026 at 8:12 AM.", "This story originally appeared on example.com." An undated note that
    // names an agency ("This story was first published by Reuters.") is left for the closing credit, which reads it.
    `^this (?:article|story|post|report) (?:was (?:first |originally )published by [^.!?]{1,60}? on (?:\\p{L}+\\.? )?\\d|(?:first |originally )(?:appeared|ran) (?:in|on)${WORD_END})`,
    // Rule "print-edition note": a paper's site closes a story it also printed with the edition it ran in: "Published
    // in The Daily Ledger, December 2nd, 2026", "A version of this article appears in print on Dec. 2, 2026", "Dieser
    // Artikel erschien in der Printausgabe vom …", "Cet article est paru dans l'édition du …". The paper's name and the
    // day, or the word print, tell it from a sentence of the story.
    `^published in (?:the )?[\\p{L}\\d .&'’-]{1,60}, (?:on )?(?:\\p{L}+\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? \\p{L}+,? \\d{4})\\.?$`,
    `^(?:a version of this|this) (?:article|story|report) (?:first )?(?:appears|appeared|was published) in (?:the )?(?:print|[\\p{L} .&'’-]{1,40}? print edition)${WORD_END}`,
    `^(?:dieser (?:artikel|beitrag|text) )?erschien (?:zuerst |auch )?in der (?:print-?ausgabe|gedruckten ausgabe|zeitungsausgabe)${WORD_END}`,
    `^(?:cet article|ce texte) (?:est paru|a été publié|a paru) dans (?:l['’]édition|le numéro|notre édition)${WORD_END}`,
    `^(?:este artículo|esta nota|este texto) (?:se publicó|fue publicad[oa]|apareció) en la edición impresa${WORD_END}`,
    // Rule "network footnote": a site of a publishing network closes every story with the line that names the network
    // it belongs to ("*example.de ist ein Angebot von IPPEN.MEDIA", "example.com is part of Future plc"). It opens
    // with the site's own domain, which a story's sentence about a company's site does not.
    `^\\*?[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,} (?:ist (?:ein angebot|teil)|is (?:part of|a (?:brand|publication|website|service) of|owned by|published by)|est (?:édité par|une publication|un site|une marque)|es (?:parte|una publicación|propiedad)|fa parte|faz parte)${WORD_END}`,
    // Rule "print view footer": a page's print view closes with the address of the page it was printed from and the
    // hour it was printed: "Retrouvez cet article sur : http://…", "Imprimé le mercredi 29 juin 2011 à 10h44", "Article
    // printed from Example News: https://…", "URL to article: …", "Gedruckt am 29.06.2011".
    '^(?:retrouvez|consultez) cet article (?:sur|à l[\'’]adresse)', `^(?:imprimé|printed|gedruckt|impreso|stampato) (?:le|on|am|el|il)${WORD_END}[^!?]{0,50}\\d`,
    `^(?:article|story|page) printed from${WORD_END}`,
    // Rule "republishing offer": nonprofit newsrooms close each story with the offer to run it elsewhere ("Republish
    // this story for free under a Creative Commons license."), the button of their republishing tool.
    `^republish (?:this|our) (?:story|article)${WORD_END}`,
    // Rule "methodology pointer": a fact-checking site closes each check with where its method is set out ("Saiba mais
    // sobre nossa metodologia.", "Read more about our methodology", "Consulta nuestra metodología"); Arabic joins the
    // "our" to the noun ("تعرّف على منهجيتنا", learn about our methodology).
    `${WORD_START}(?:our|nossa|nuestra|notre|unsere|la nostra) (?:methodology|metodologia|metodología|méthodologie|methodik)${WORD_END}`, '(?:^|\\s)(?:و|ب)?منهجيتنا(?![\\u0621-\\u064A])', '^url (?:to|of) (?:this )?(?:article|story)\\s*:', '^find this (?:article|story) (?:at|online)\\s*:',
    '^\\*?(?:werbung|anzeige)\\s*[.:|,]', 'is not responsible for the (?:opinions|content)', 'submit your letter',
    // Rule "opinion disclaimer": an opinion page closes a column with the note that its views are the writer's alone,
    // often after the writer's credentials in the same asterisked line: "*Ingeniera civil. Las opiniones expresadas son
    // responsabilidad exclusiva de su autora.", "As opiniões expressas são de inteira responsabilidade do autor", "Les
    // opinions exprimées n'engagent que leur auteur", "The views expressed are the author's own". Arabic papers close
    // every column so: "الآراء الواردة في هذا المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة موقف …" (the views in this
    // article express its writer's opinion and do not necessarily reflect …), "المقال يعبر عن رأي كاتبه".
    `${WORD_START}(?:opiniones|opiniões|opinions|opinioni|views) (?:aquí |aqui |here |ici )?(?:expresadas|expressas|expressed|espresse|exprimées)[^.!?]{0,60}${WORD_START}(?:responsabilidad|responsabilidade|responsibility|responsabilità|responsabilité|those of the (?:author|writer)|the (?:author|writer)['’]s own|n['’]engagent que)`,
    '(?:^|\\s)(?:الآراء|الاراء|المقال|المقالة|مقالات الرأي)[^.!?]{0,60}\\s(?:تعبر|يعبر|تعبّر|يعبّر) عن (?:رأي|آراء|اراء|وجهة نظر) (?:كاتبها|كاتبه|كاتبيها|كتابها|صاحبها|صاحبه|أصحابها|اصحابها|الكاتب|الكاتبة)(?![\\u0621-\\u064A])',
    // Korean papers close an outside writer's column with the note, often marked "※", that the piece "may differ from
    // this paper's editorial direction" ("외부 필자의 원고는 본지의 편집방향과 다를 수 있습니다", "… 본사의 입장과 다를 수
    // 있습니다"): the paper's note about the column, no line of it.
    // A story may say a finding "may differ from the government's position"; the note names the paper's own line.
    '(?:편집\\s?방향|(?:본지|본사|당사|본\\s?신문)의\\s?(?:입장|견해|논조))(?:과|와)\\s?(?:다를|일치하지 않을)\\s?수\\s?있습니다',
    // Disclaimers over the readers' comments, and the note a closed comment thread leaves behind; a paper's under a
    // release it runs ("… are those of the company and do not necessarily reflect those of the Register").
    '(?:do|does) not (?:necessarily )?reflect the (?:views|opinions?) of', '(?:do|does) not necessarily reflect those of', '(?:nicht|keinesfalls|nicht unbedingt) die meinung der redaktion',
    'ne reflètent pas (?:nécessairement )?(?:l.opinion|les opinions|le point de vue)', 'no reflejan? (?:necesariamente )?(?:la opinión|el punto de vista)',
    // The same disclaimer under an Italian, Portuguese or Dutch column: "… non riflettono necessariamente la linea del
    // giornale", "não refletem necessariamente a opinião do jornal", "weerspiegelen niet noodzakelijk het standpunt van".
    'non riflett(?:e|ono) (?:necessariamente )?(?:la linea|l.opinione|le opinioni|il punto di vista|la posizione)', 'não refle(?:c)?te(?:m)? (?:necessariamente )?(?:a opinião|o ponto de vista|a posição|a linha)',
    'weerspiegel(?:t|en) niet (?:noodzakelijk(?:erwijs)? )?(?:het standpunt|de mening|de visie)',
    // Romanian columns close with "… nu reprezintă neapărat poziția redacției" (does not necessarily represent the
    // newsroom's position), or say the piece "exprimă punctul de vedere al autorului", in either form of "ț".
    'nu (?:reprezint[ăa]|reflect[ăa]|angajeaz[ăa]) (?:neap[ăa]rat |[îi]n mod necesar )?(?:pozi[țţt]ia|opinia|punctul de vedere|linia) (?:redac[țţt]iei|publica[țţt]iei|ziarului)',
    '(?:articolele|materialele|textele) de opinie (?:exprim[ăa]|reprezint[ăa]|reflect[ăa]) (?:doar |numai |exclusiv )?(?:punctul de vedere|opinia|opiniile|pozi[țţt]ia)',
    // Rule "Albanian opinion disclaimer": Albanian columns close with "Qëndrimet e shprehura në këtë shkrim janë të
    // autorit …" (the positions expressed in this piece are the author's) and "… nuk përfaqësojnë domosdoshmërisht
    // qëndrimin editorial" (do not necessarily represent the editorial position), the ë often typed as e.
    '(?:q[ëe]ndrimet|pik[ëe]pamjet|mendimet|opinionet) e shprehura[^.!?]{0,60}\\s(?:jan[ëe]|i p[ëe]rkasin) (?:vet[ëe]m )?(?:t[ëe] )?(?:autorit|autores)',
    'nuk (?:p[ëe]rfaq[ëe]sojn[ëe]|pasqyrojn[ëe]|reflektojn[ëe]) (?:domosdoshm[ëe]risht |detyrimisht |n[ëe]p[ëe]r mend )?(?:q[ëe]ndrimin|pik[ëe]pamjen|mendimin|linj[ëe]n|politik[ëe]n) (?:editorial|e redaksis[ëe]|e gazet[ëe]s|e portalit)',
    // Rule "Turkish opinion disclaimer": Turkish papers close a column with the note that its views belong to the
    // writer ("Köşe yazılarındaki görüşler yazarlarına aittir", "Yazıdaki fikirler yazarına aittir") and do not bind
    // or reflect the paper ("… gazetemizi bağlamaz", "… sitemizin görüşlerini yansıtmaz"): the paper's note about the
    // column, no line of it. The owner is the writer or the paper speaking of itself ("-imiz"), which a story's
    // sentence about a ministry's views does not name.
    '(?:görüş|fikir|düşünce|ifade)(?:ler)?[^.!?]{0,60}\\s(?:yazar(?:lar)?[ıi]na|yazar[ıi]n[ıi]n|sahib(?:ine|lerine)) ait(?:tir)?(?=[\\s.,;!]|$)',
    '(?:(?:gazetemiz|sitemiz)(?:i|in)|(?:yayın kuruluşumuz|kurumumuz)(?:u|un))(?: [^.!?]{0,40})? (?:bağlamaz|yansıtmaz)',
    // A tip line ("Do you have a story to tell? Email ...") and the notes of the page's bookmark and paywall tools.
    `^(?:${TIP_LINE_ASKS.join('|')})${WORD_END}`,
    // Rule "log in to comment": where the comment form was, a site shows the reader who is not logged in the line that
    // asks them to ("Please log in to comment.", "Zum Kommentieren bitte anmelden.", "Connectez-vous pour commenter.",
    // "Inicia sesión para comentar.", "Yorum yapmak için giriş yapın.", "يجب تسجيل الدخول لإضافة تعليق"): the form's
    // stand-in, under the story.
    '^(?:please )?(?:log ?in|sign ?in|register|subscribe)(?: or (?:register|sign up|subscribe))? to (?:comment|post a comment|leave a comment|join the (?:conversation|discussion))',
    '^(?:zum kommentieren (?:bitte )?(?:anmelden|einloggen|registrieren)|(?:bitte )?melden sie sich an,? um (?:zu )?kommentieren)', '^(?:connectez-vous|identifiez-vous|inscrivez-vous) pour (?:commenter|réagir)',
    '^(?:inicia sesión|regístrate|identifícate) para (?:comentar|dejar un comentario)', '^yorum (?:yapmak|yazmak) için (?:giriş yapın|giriş yapmalısınız|üye olun)',
    '^(?:يجب )?(?:تسجيل الدخول|سجل الدخول|سجّل الدخول) (?:لإضافة|لاضافة|للتعليق|لكتابة) ?(?:تعليق)?',
    // Turkish asks for the newsletter with the verb last: "… için bültenimize abone olun."
    '(?:^|\\s)(?:e-?)?bülten(?:imiz)?e (?:ücretsiz )?(?:abone olun|kaydolun|üye olun)[.!]?$',
    // Rule "feedback ask": the desk's standing line under a story asks for the reader's questions or comments and
    // where to send them ("Haben Sie Fragen oder Anregungen? Schreiben Sie uns an …", "Questions or comments? Email us
    // at …", "Une question ? Écrivez-nous"); only a question followed at once by the ask to write, as an interviewer's
    // question is not.
    '^(?:haben sie|hast du|habt ihr) (?:fragen|anregungen|kritik|feedback|hinweise)[^?]{0,60}\\?\\s*(?:schreiben sie|schreib|mailen sie|kontaktieren sie|melden sie sich)',
    "^(?:(?:do you )?have (?:a question|questions|feedback|comments)|questions|comments|feedback)(?:,? (?:or )?(?:comments|questions|feedback|suggestions|corrections))*(?: (?:about|on) this (?:story|article))?\\?\\s*(?:e-?mail|write to|contact|send|reach)",
    // Rule "feedback line": East African papers' desks close a story with the same ask told as a statement, not a
    // question ("For feedback and story ideas, write to …", "For comments, email …"), often over a cloaked address.
    "^for (?:feedback|comments|corrections|story ideas|tips)(?:,? (?:and|or) (?:feedback|comments|corrections|story ideas|tips|suggestions))*,? (?:e-?mail|write to|contact|reach|send)",
    '^(?:une question|des questions|une remarque|des remarques)[^?]{0,60}\\?\\s*(?:écrivez|contactez)-nous',
    '^¿(?:tienes|tiene|tenéis) (?:alguna )?(?:pregunta|duda|sugerencia|comentario)s?[^?]{0,60}\\?\\s*(?:escr[ií]be(?:nos)?|cont[aá]cta(?:nos)?|env[ií]a(?:nos)?)',
    // Korean papers close a story with their tip line, its ask at the end of the sentence: "◎공감언론 뉴시스가 독자
    // 여러분의 소중한 제보를 기다립니다" (we await your tips), then where to send them.
    '제보를 기다립니다',
    // Rule "translation desk credit": Reuters' Arabic service closes each story with who translated and who edited it,
    // "(إعداد رنا حمدان للنشرة العربية - تحرير أحمد صبحي)" (prepared for the Arabic bulletin): the desk's credits,
    // not the story's text, and not its writers; the reporters' credit may come first ("(تغطية صحفية نورا القحطاني -
    // إعداد … للنشرة العربية - تحرير …)", reporting by).
    '^\\(?\\s*(?:تغطية صحفية [^()]{1,60}\\s[-–]\\s*)?[إا]عداد [^()]{1,60} للنشرة العربية',
    // Rule "camera crew credit": Korean broadcasters close a report's script with the crew who shot and cut its
    // pictures, each post before the name ("영상취재: 이태섭 / 영상편집: 한유리", video reporting and video editing;
    // "촬영기자", camera reporter): the crew's credit, not the script, and not its writers. Only a line that opens on
    // the post and a name, as a sentence of the script does not.
    '^[\\[(]?\\s*(?:영상\\s?취재|영상\\s?편집|영상\\s?기자|촬영\\s?기자)\\s*[:：]?\\s*\\p{Script=Hangul}{2,4}(?:\\s*[/·,\\])]|$)',
    // Rule "translation note": a paper that runs a story translated from another language, an agency's or a foreign
    // paper's, closes it with the note that it was ("* تُرجم هذا التقرير عن الإنجليزية، ونُشر النص الأصلي بعنوان …",
    // "This article was translated from the Hebrew", "Traduit de l’anglais par …", "Aus dem Englischen übersetzt
    // von …"): the desk's account of its source, often with the original's headline, not the story; and the
    // translator's credit ("Translated by …") is no writer's. Only a line that opens so, as a story's sentence does not.
    '^\\*?\\s*ترجم(?:ت)? (?:هذا|هذه) (?:التقرير|المقال|المقالة|الخبر|النص|المادة|القصة)(?![\\u0621-\\u064A])', '^\\*?\\s*(?:هذا|هذه) (?:التقرير|المقال|المقالة|الخبر|المادة) (?:مترجم|مترجمة) (?:عن|من)\\s',
    `^\\*?\\s*(?:(?:this|the) (?:article|story|report|piece|interview|column|text|essay) (?:was|has been|is) (?:machine[- ])?translated (?:from|by)\\s|translated (?:from (?:the )?(?:original )?\\p{L}+ )?by\\s)`,
    `^\\*?\\s*(?:(?:cet article|cet entretien|cette tribune|ce texte|ce reportage) a été traduit|(?:article )?traduit (?:de l['’]|du |de la |de |par )\\p{L})`,
    `^\\*?\\s*(?:(?:este artículo|esta nota|este texto|esta entrevista) (?:fue|ha sido) traducid[oa]|traducid[oa] (?:del |de la |de |por )\\p{L})`,
    `^\\*?\\s*(?:aus dem \\p{L}+ übersetzt|übersetzt aus dem \\p{L}+|(?:dieser|der) (?:artikel|beitrag|text) wurde aus dem \\p{L}+ übersetzt)${WORD_END}`,
    // Rule "machine-assistance note": a paper that has a language model help write, translate or sum up a story closes
    // it with the note that it did ("This article was produced with the assistance of AI and reviewed by an editor",
    // "Dieser Artikel wurde mit Unterstützung von KI erstellt", "Cet article a été rédigé avec l'aide de l'IA", "تمت
    // كتابة هذا المقال بمساعدة الذكاء الاصطناعي"): the desk's account of how the text was made, as a translation note is.
    // Only a line that opens so, naming this article and the AI: a story's sentence about an article names neither.
    `^\\*?\\s*(?:this|the) (?:article|story|report|piece|text|content) (?:was|has been|is) (?:(?:partly|partially) )?(?:written|produced|created|generated|drafted|prepared|edited|translated|summari[sz]ed)(?: in part)? (?:with the (?:help|assistance|support) of|using|by|with) ${AI_WORDS}(?![\\p{L}])`,
    `^\\*?\\s*(?:dieser|der) (?:artikel|beitrag|text) (?:wurde|ist) (?:(?:teilweise|automatisiert) )?(?:mit (?:unterstützung|hilfe) (?:von|einer)|mithilfe (?:von|einer)|unter (?:verwendung|zuhilfenahme) (?:von|einer)|von|durch) ${AI_WORDS}(?![\\p{L}])`,
    `^\\*?\\s*(?:cet article|ce texte|ce contenu) a été (?:(?:en partie|partiellement) )?(?:rédigé|généré|écrit|produit|réalisé|traduit)e? (?:avec l['’]aide (?:de|d['’]une?)|à l['’]aide (?:de|d['’]une?)|par|grâce à) ${AI_WORDS}(?![\\p{L}])`,
    `^\\*?\\s*(?:este artículo|este texto|este contenido|esta nota) (?:ha sido|fue) (?:redactad|generad|elaborad|escrit|traducid)[oa] (?:con (?:la )?ayuda de|por|mediante|con) ${AI_WORDS}(?![\\p{L}])`,
    '^\\*?\\s*(?:تمت? (?:كتابة|إعداد|اعداد|صياغة|ترجمة)|كتب|أعد) (?:هذا|هذه) (?:المقال|المقالة|الخبر|التقرير|المحتوى|المادة) (?:بمساعدة |باستخدام |بواسطة |عبر |ب)?الذكاء الاصطناعي',
    `${WORD_START}(?:find|save) this (?:story|article) (?:in|to) (?:my|your) bookmarks${WORD_END}`, `${WORD_START}saved articles? (?:limit|in your account)${WORD_END}`, 'reserved for subscribers',
    'لا (?:تعبر|تعكس) (?:بالضرورة )?(?:عن )?(?:رأي|وجهة نظر)',
    // Rule "aggregator's reprint disclaimer": Arabic aggregators close each story they take from another site with the
    // note that it was copied as it stands and speaks for that site, not for them ("هذا الخبر منقول من موقع … ولا يعبر
    // عن رأي الموقع", "تم نقل هذا الخبر بمحتواه كما هو من مصدره"): the item, masculine, "does not express".
    'لا (?:يعبر|يعكس) (?:بالضرورة )?(?:عن )?(?:رأي|وجهة نظر|سياسة) (?:الموقع|الشبكة|البوابة|الصحيفة|الجريدة|التحرير)', '^(?:تنويه\\s*:\\s*)?(?:هذا )?(?:الخبر|المحتوى|المقال) (?:منقول|تم نقله) (?:من|عن) ', '^(?:تنويه\\s*:\\s*)?تم نقل هذا (?:الخبر|المحتوى|المقال) ',
    // Rule "no investment advice": a markets portal closes each market report and company story with the note that
    // its content is no advice to buy or sell ("Die Inhalte stellen keine Anlageberatung dar", "This article does not
    // constitute investment advice", "ne constitue pas un conseil en investissement", "no constituye una recomendación
    // de inversión", "لا يعد توصية بالشراء أو البيع"): the publisher's legal note, the same under every story. The
    // story reports what a regulator found someone's posts were not in the past tense, or with another verb.
    // Gulf money pages word it as no financial advice ("لا يعد نصيحة مالية أو استثمارية"), Japanese money sites as
    // no solicitation to buy or sell, in the polite form of a notice ("特定の金融商品の売買を勧誘するものではありません",
    // "投資勧誘を目的としたものではありません"); a story reports such a denial in the plain form ("…ものではない").
    '(?:売買|購入|取引|投資)(?:を|の)?(?:勧誘|推奨)(?:する|を目的と(?:した|する))ものではありません',
    `${WORD_START}stell(?:t|en) keine (?:anlageberatung|anlageempfehlung|kaufempfehlung|aufforderung zum (?:kauf|verkauf))${WORD_END}`,
    // Rule "general-advice warning": Australian sites word it as the regulator has them, under every markets and mining
    // story ("It is not financial product advice"), with no verb between.
    `${WORD_START}(?:is|does) not (?:(?:constitute|represent|intended as|to be (?:construed|considered) as) )?(?:an? )?(?:investment|financial(?: product)?) (?:advice|recommendation)${WORD_END}`,
    `${WORD_START}ne constitue(?:nt)? (?:pas|en aucun cas) (?:un |une )?(?:conseil|recommandation)s? (?:en |d['’])investissement${WORD_END}`,
    `${WORD_START}no constituye(?:n)? (?:una |un )?(?:recomendación|asesoramiento|consejo) de inversión${WORD_END}`,
    'لا (?:يعد|يعتبر|يمثل|تعد|تعتبر|تمثل) (?:نصيحة|توصية|دعوة) (?:استثمارية|مالية|للاستثمار|بالشراء|بالبيع|للشراء|للبيع)',
    // Indonesian money desks close theirs by leaving the decision to the reader ("Disclaimer: Keputusan investasi
    // sepenuhnya berada di tangan pembaca", "… keputusan pembelian saham sepenuhnya ada di tangan investor").
    `${WORD_START}keputusan (?:investasi|pembelian|penjualan|jual beli)[^.!?]{0,40}? sepenuhnya (?:ada|berada) di tangan (?:pembaca|investor|anda)${WORD_END}`,
    // Rule "disclosure line": a crypto or markets desk closes its stories with the line that tells what its writers or
    // its owners hold ("Disclosure: Members of our staff may hold cryptocurrencies …", "Disclosure: The author owns
    // shares of …"), under its label, the same under every such story: the publisher's account of its interests, as
    // an affiliate disclosure is. Only a line that opens with the label.
    `^disclosures?\\s*:`,
    // Rule "release as provided": a paper that runs a company's release under "Press Releases" closes it with its note
    // that the text is the issuer's, passed on by a wire and not edited ("This press release was distributed by …
    // and is published as provided", "Ce communiqué a été diffusé par …", "Diese Pressemitteilung wurde von … übermittelt",
    // "Este comunicado fue distribuido por …"): the paper's account of where the text came from, the same under every
    // release it runs. Only a line that opens so, naming this release: a story's sentence about a release names whose.
    `^(?:this (?:press |news )?release|the (?:above|following) (?:press |news )?release) (?:was|is|has been) (?:distributed|provided|issued|submitted|supplied|published|sent)${WORD_END}`,
    `^ce communiqué (?:de presse )?(?:a été|est) (?:diffusé|publié|transmis|fourni)${WORD_END}`,
    `^diese (?:presse)?mitteilung (?:wurde|ist) (?:von|über|durch) `,
    `^este comunicado (?:de prensa )?(?:fue|ha sido) (?:distribuido|difundido|enviado|publicado)${WORD_END}`,
    // Rule "investment risk warning": a British money site sets the regulator's warning in a box by every piece that
    // speaks of investing ("Capital at risk. The value of investments can go down as well as up, and you may get back
    // less than you invest."), the same words under every such story, addressed to the reader. A story that reports the
    // warning quotes it, and a quoted notice is the story's.
    `^capital at risk${WORD_END}`, `${WORD_START}(?:the )?value of (?:your )?investments?(?: and (?:any )?(?:the )?income from (?:them|it))? (?:can|may) (?:go|fall) down as well as up${WORD_END}`,
    // Rule "the analysts' views": Indian business desks close each story that quotes brokerages' calls with the note
    // that the calls are the analysts' and not the publisher's, and that readers should ask an expert before investing
    // ("Disclaimer: The views and recommendations made above are those of individual analysts or broking companies,
    // and not of …", "The views and investment tips expressed by experts … are their own", "check with certified
    // experts before taking any investment decisions"): the same note under every such story. A story says whose a
    // view is with a name, not with the analysts in general.
    `${WORD_START}(?:views|opinions|recommendations)(?: and (?:views|opinions|recommendations|investment tips))? (?:made |expressed |given )?(?:above |here |in this (?:article|story|report) )?(?:by [^.!?]{1,60} )?are (?:their own|those of (?:the )?(?:individual )?(?:analysts|experts|brokerages|broking (?:companies|firms|houses)))${WORD_END}`,
    `${WORD_START}(?:check|consult) with (?:a |your )?(?:certified|registered|qualified) (?:experts?|(?:financial |investment )?(?:advisers?|advisors?|professionals?)) before (?:taking|making) any investment decisions?${WORD_END}`,
    // Rule "presumption of innocence note": a crime and court desk closes each report on a charge with the note that
    // the accused are innocent until a court finds otherwise ("All defendants are presumed innocent until proven
    // guilty.", "Toute personne mise en cause est présumée innocente tant que…", "Für die Angeklagten gilt bis zu einem
    // rechtskräftigen Urteil die Unschuldsvermutung.", "المتهم بريء حتى تثبت إدانته"): the publisher's legal note, the
    // same under every such story, in a paragraph of its own. Only a paragraph that opens with it, and speaks of the
    // accused in general; a story's own "Smith, who denies the charge, is presumed innocent" names its defendant, and a
    // story's paragraph that ends on the formula keeps it, as the paragraph is the story's.
    `^(?:(?:all |the )?(?:defendants|suspects|accused (?:persons|people)|those (?:charged|accused|arrested)) are|(?:the accused|any(?:one| person) (?:charged|accused|arrested)|every(?:one| person) (?:charged|accused|arrested)) is) presumed innocent${WORD_END}`,
    `^(?:présomption d['’]innocence\\s*[:–—-]\\s*)?(?:toute personne|tout(?:e)? (?:suspect|prévenu|accusé|mis en cause)e?|les (?:personnes |suspects |prévenus |accusés )?(?:mis(?:es)? en cause|poursuivi(?:e)?s|suspects|prévenus|accusés))[^.!?]{0,40}${WORD_START}(?:est|sont|reste|restent) présumé(?:e|s|es)? innocent`,
    `^(?:(?:es )?gilt|für (?:die|den|alle|sämtliche) [^.!?]{1,60}? gilt)(?: [^.!?]{1,80}?)? die unschuldsvermutung\\.?$`,
    '^(?:تنويه\\s*:\\s*)?(?:المتهم|المتهمون|كل متهم)\\s+(?:بريء|برئ|أبرياء)\\s+حتى\\s+تثبت\\s+إدانت',
    // Rule "helpline note": a paper closes a story on a crime, abuse or a death with the same note under every such
    // story, the help line for readers it may touch ("If you have been affected by the issues raised in this article,
    // you can contact Victim Support on …", "If you or someone you know is in crisis, call or text 988", "Wenn Sie
    // Suizidgedanken haben, … Telefonseelsorge …"): addressed to the reader, not the story, which reports a help line
    // in the third person.
    `^\\*?\\s*(?:if you(?:['’]ve| have) been affected by (?:the |any of the )?(?:issues|topics|subjects|matters)${WORD_END}|if you or someone you know (?:is|has been|needs|may be)${WORD_END}|(?:wenn|falls) sie (?:sich in einer (?:seelischen )?krise befinden|suizidgedanken haben|selbst betroffen sind)${WORD_END}|si vous (?:êtes|avez été) (?:concerné|victime|touché)e?s?${WORD_END}[^.!?]{0,80}(?:appelez|contactez|composez|numéro))`,
    // Rule "court's order note": a court desk marks a case under an order that limits what may be printed with a note of
    // its own, the same under every report on the case ("Reporting restrictions apply to this case.", "Reporting
    // restrictions are in place"), and says nothing of the hearing; a story that reports an order writes what it bars.
    '^reporting restrictions (?:apply|are in (?:place|force)|remain in (?:place|force))(?: (?:to|in) (?:this|the) (?:case|trial|hearing|proceedings))?\\.?$',
    // Rule "update note": a paper that reworks a story heads or closes it with the bare note that it did, under the
    // update's label or in a sentence of its own ("UPDATE, Dec. 4, 3:48 p.m.: This story has been updated.", "This
    // article was updated throughout.", "This story has been updated with additional developments."): the same words
    // under any story, on the page's versions. A note that names what was added ("… updated with the company's
    // statement and the corrected version") tells the reader of the story, and stays.
    `^(?:(?:update[ds]?|editor['’]s note)${WORD_END}[^!?]{0,40}?:\\s*)?(?:this|the) (?:story|article|post|report) (?:has been|was|is being) updated(?: throughout| with (?:additional|more|new|further|the latest) (?:details|information|developments|reporting|reaction|comments?))?\\.?$`,
    // Rule "no legal advice": a law firm's blog and a legal news site close each post with the note that it is no
    // advice on the reader's case ("This article is not legal advice.", "… does not constitute legal advice",
    // "ne constitue pas un conseil juridique", "stellt keine Rechtsberatung dar", "no constituye asesoramiento
    // jurídico"), as markets portals say of investment advice; and a firm's post with its call to ring for a free
    // consultation ("Call (312) 555-0148 for a free consultation", "Contact us today for a free case evaluation"), its
    // advertisement. The story reports what a court held was legal advice in other words.
    `${WORD_START}(?:(?:is|are) not(?: intended (?:as|to be))?|(?:does|do) not (?:constitute|provide|offer)|should not be (?:construed|taken|relied upon) as) (?:formal |specific )?legal advice${WORD_END}`,
    `${WORD_START}ne constitue(?:nt)? (?:pas|en aucun cas) (?:un |une )?(?:conseil|avis|consultation)s? juridiques?${WORD_END}`, `${WORD_START}stell(?:t|en) keine rechtsberatung dar${WORD_END}`,
    `${WORD_START}no constituye(?:n)? (?:un |una )?(?:asesoramiento|asesoría|consejo) (?:jurídic|legal)`, 'لا (?:يعد|يعتبر|يمثل|تعد|تعتبر|تمثل) (?:استشارة|نصيحة) قانونية',
    `(?:^|[.!?]\\s+)(?:call|contact|schedule|book|request)${WORD_END}[^.!?]{0,80}${WORD_START}(?:a|your) free(?:,? (?:and )?confidential)? (?:consultation|case (?:review|evaluation))${WORD_END}`,
    // Rule "embargo note": a science or health desk marks a story built on a journal's or an agency's release with the
    // hour the release was held to ("This story was embargoed until Tuesday, 11:00 a.m. US Eastern time", "The report
    // was provided to media under embargo until 11am AEST Friday", "Sperrfrist: …"): a note for and about the
    // newsroom, at the story's head or foot. The story's sentences about an embargo on goods name no such hour.
    `${WORD_START}(?:was|were|is|are|has been) (?:embargoed|(?:provided|released|distributed|sent|shared|made available) to (?:the )?(?:media|press|journalists|reporters|newsrooms) under (?:an )?embargo) until${WORD_END}`,
    `^sperrfrist\\s*:`, `${WORD_START}(?:stand|war|lag) (?:bis [^.!?]{1,40} )?unter sperrfrist${WORD_END}`,
    // Rule "press release note": a science desk closes a story written from a university's or a journal's release with
    // the note that it was, under the editors' label or in a sentence of its own ("Hinweis der Redaktion: Die
    // Universität hat die Ergebnisse vorab per Pressemitteilung veröffentlicht.", "Editor's note: This story is based
    // on a press release from …", "Dieser Artikel basiert auf einer Pressemitteilung der …", "Materials provided by
    // …"): the newsroom's account of its source, not the story. A note that corrects the story names its earlier
    // version, and stays.
    `^(?:hinweis|anmerkung) der redaktion\\s*:(?![^!?]{0,300}${WORD_START}(?:korrigiert|berichtigt|frühere[nr]? (?:version|fassung)))[^!?]{0,200}(?:pressemitteilung|pressemeldung|presseinformation)`,
    `^(?:editor['’]s note|note de la rédaction|nota de la redacción)\\s*:(?![^!?]{0,300}${WORD_START}(?:corrected|earlier version|previous version|corrigé|version précédente|corregid[oa]|versión anterior))[^!?]{0,200}(?:press release|news release|communiqué de presse|nota de prensa)`,
    `${WORD_START}(?:this|the) (?:article|story|text|report) (?:is|was) (?:based on|adapted from) (?:a |the )?(?:news |press )release${WORD_END}`, `${WORD_START}(?:basiert|beruht) auf einer (?:pressemitteilung|pressemeldung|presseinformation)${WORD_END}`, '^materials? provided by\\s',
    // Rule "information-only disclaimer": health sites close every article with the note that it informs and does not
    // replace a doctor ("This article is for information only and is not a substitute for professional medical
    // advice", "Cet article est fourni à titre informatif uniquement et ne remplace pas une consultation médicale",
    // "ersetzt keine ärztliche Beratung", "no sustituye la consulta médica"): the publisher's legal note, the same
    // under every story, never a sentence of one. Indian health desks word it as awareness that "should not be treated
    // as a substitute for medical advice", Italian portals as "scopo puramente informativo … non sostituiscono il
    // parere del medico", Arabic ones as "لا تغني عن استشارة الطبيب", often with "in any way" between the verb and
    // what it does not replace (rule "in any way": "ولا تغني بأي حال عن استشارة الطبيب المختص", as the French "en
    // aucun cas"), or with the doctor's examination for the doctor (rule "the doctor's examination": "ولا تغني عن
    // الفحص الطبي المباشر", as the French "un diagnostic"). Hindi money and health desks close theirs the same way, the
    // article "for information only" before the advice to ask an adviser or a doctor ("(डिस्क्लेमर: यह लेख केवल जानकारी
    // के लिए है। … अपने वित्तीय सलाहकार से सलाह लें।)"); a story's sentence says what else is for information only, not
    // the article.
    `${WORD_START}(?:is|are) (?:provided )?for (?:general )?(?:information(?:al)?|awareness|education(?:al)?) (?:purposes )?only${WORD_END}`, `${WORD_START}(?:is|are) not (?:intended (?:as|to be) )?(?:a substitute|a replacement) for (?:professional )?medical${WORD_END}`,
    `${WORD_START}(?:should|must) not be (?:treated|taken|used|considered|construed|relied (?:up)?on) as (?:a substitute|a replacement) for (?:professional )?medical${WORD_END}`,
    `${WORD_START}(?:hanno|ha|a) (?:uno )?scopo (?:puramente |esclusivamente |solo )?(?:informativo|divulgativo)${WORD_END}`, `${WORD_START}non (?:sostituisc(?:e|ono)|intend(?:e|ono) sostituire) (?:in alcun modo |in nessun caso )?(?:il parere|la visita|il consulto|la consulenza|la diagnosi) (?:(?:del|di un|dello) (?:medico|specialista)|medic[oa])${WORD_END}`,
    'لا (?:تغني|يغني|تغنى|يغنى|تُغني|يُغني) (?:ب(?:أي|أى|اي) (?:حال|شكل)(?: من الأ(?:حوال|شكال))? )?عن (?:(?:استشارة|مراجعة|زيارة|رأي) (?:ال)?طبيب|(?:ال)?(?:فحص|تشخيص|كشف) (?:ال)?طبي)',
    '(?:लेख|आर्टिकल|खबर|ख़बर|सामग्री) (?:में दी गई जानकारी )?(?:केवल|सिर्फ|मात्र) (?:सामान्य )?जानकारी (?:के (?:लिए|उद्देश्य से)|हेतु)',
    `${WORD_START}(?:fourni|fournie|donné|donnée|publié|publiée)s? (?:uniquement )?à titre (?:purement )?(?:informatif|d['’]information)${WORD_END}`, `${WORD_START}ne (?:remplace|remplacent|saurait remplacer|sauraient remplacer) (?:en aucun cas )?(?:pas )?(?:une consultation|l['’]avis|un avis|un diagnostic)(?: d['’]un)? (?:médical|médecin|professionnel)`,
    `${WORD_START}ersetz(?:t|en) (?:keine|nicht (?:die|den|eine|einen)) (?:ärztliche[nr]? |medizinische[nr]? )?(?:beratung|behandlung|diagnose|arztbesuch|untersuchung)${WORD_END}`,
    `${WORD_START}no (?:sustituye|sustituyen|reemplaza|reemplazan) (?:en ningún caso )?(?:la|el|a un|una) (?:consulta|consejo|opinión|diagnóstico|profesional)(?: médic[oa]| de (?:un|tu|su) médico)?`,
    // Rule "editorial policy pointer": a health or review site closes each article with a box on how its pieces are
    // checked, pointing to its standards ("Every health article is checked by a clinician. Read our editorial
    // policy."): a note on the publisher, the same under every story.
    `${WORD_START}(?:read )?our editorial (?:policy|standards|guidelines|process)${WORD_END}`,
    // Rule "comments not taken": a paper that takes no comments on court stories, for fear of contempt, says so in its
    // own words under each one ("Comments are not accepted on court stories.", "Comments have been disabled"), the
    // closed thread's note in another wording.
    '^comments (?:are|have been) (?:closed|disabled|switched off|turned off|not (?:accepted|allowed|enabled|open))', '^(?:die )?kommentare sind geschlossen', '^die kommentarfunktion (?:ist|wurde) (?:geschlossen|deaktiviert)',
    '^les commentaires sont fermés', '^los comentarios están cerrados', '^i commenti sono chiusi',
  ].map(withArabicMarks),
  'iu',
);

/** The word a credit opens with before the names, in the languages whose rows print it bare: "By", "Von", "Par", "Por". */
export const CREDIT_WORDS = 'by|von|par|por|door|av|af';

/**
 * Rule "more to follow": a breaking item is published as its first lines and closed by the desk's promise of more, a
 * line of its own that is only that promise ("This is a developing story and will be updated.", "+++ Mehr in Kürze
 * +++", "Plus d'informations à suivre...", "Noticia en ampliación", "Haberin detayları geliyor...", "التفاصيل بعد
 * قليل"), the same under every such item and taken down once the story is written through. It tells the reader
 * about the page, not about the story. The whole line must be the promise, one or two of its sentences between the
 * "+++", dots and brackets desks set around it, so a story's sentence that says what is to follow keeps its place.
 */
const TO_FOLLOW_SENTENCE = [
  'this (?:is an? )?(?:developing|breaking)(?: news)? (?:story|news|report|update)(?: update)?(?:,? and (?:it )?(?:will|may) be updated)?',
  // Rule "as information comes to hand": Australian, New Zealand and British desks promise the update in their own
  // idiom ("This story will be updated as information comes to hand.", "… as more details emerge"), the same promise.
  'this (?:story|article|report|page) (?:is developing|(?:will|may) be updated|is being updated)(?: as (?:more |further )?(?:information|details) (?:(?:becomes?|is|are) available|comes? to hand|comes? in|emerges?))?',
  '(?:more|further|full|additional) (?:details|information|updates) (?:to (?:follow|come)|soon|shortly)', 'more to (?:follow|come)', 'developing(?: story)?',
  'check back (?:later |soon )?for (?:more|updates|the latest|further (?:information|details|updates))(?: details| information)?',
  '(?:diese|die) (?:eil)?(?:meldung|nachricht) wird (?:laufend |fortlaufend )?aktualisiert', '(?:mehr|weitere (?:informationen|details|infos)) (?:in kürze|folgen(?: in kürze)?)', 'wir berichten weiter',
  "(?:plus|davantage) d['’](?:informations?|infos?|détails) (?:à suivre|suivront|à venir|dans quelques instants)", "(?:cet article|cette dépêche|cette information) (?:sera|est) (?:mise? à jour|actualisée?|complétée?)(?: prochainement)?",
  "(?:article|information|dépêche) en cours d['’](?:actualisation|écriture)", 'à suivre',
  '(?:noticia|información) en (?:ampliación|desarrollo|actualización)', '(?:esta|la) (?:noticia|información) (?:se está actualizando|será ampliada|se ampliará|está en desarrollo)',
  '(?:más|mayor) información en breve', 'ampliaremos (?:la |esta )?(?:información|noticia)', 'en ampliación',
  '(?:notizia|articolo) in (?:aggiornamento|via di aggiornamento)', 'seguono aggiornamenti', '(?:notícia|matéria|reportagem) em (?:atualização|desenvolvimento)', 'em atualização',
  'haberin (?:detayları|ayrıntıları) (?:geliyor|gelecek|birazdan|takip ediliyor)', '(?:detaylar|ayrıntılar) (?:geliyor|birazdan|gelecek)', '(?:haber|gelişme) güncel(?:leniyor|lenecek)',
  'التفاصيل (?:بعد قليل|لاحقاً|لاحقا|تباعاً|تباعا|قريباً|قريبا|تتبع)', '(?:ال)?مزيد(?: من (?:ال)?تفاصيل)? (?:بعد قليل|لاحقاً|لاحقا|تباعاً|تباعا)', 'الخبر قيد التحديث',
  // Arab channels' sites close a breaking item with the desk's bare "to follow" ("يتبع…", "يتبع..."), the wires' "(يتبع)"
  // without its brackets.
  'يتبع',
].join('|');
const TO_FOLLOW_DECORATION = '[\\s+*•·_()\\[\\]–—-]*';
export const STORY_TO_FOLLOW = new RegExp(
  `^${TO_FOLLOW_DECORATION}(?:${TO_FOLLOW_SENTENCE})(?:[.!…]+\\s*(?:${TO_FOLLOW_SENTENCE}))?[.!…]*${TO_FOLLOW_DECORATION}$`,
  'iu',
);
/**
 * Rule "warning strip over the story": during a storm, a heat wave or a flood, sites set the warning in force over
 * every story of it, in a strip or a coloured box at the head of the text: the warning's level as a label, then a
 * dash or a colon and the one line of advice ("Red warning – Avoid all travel", "يقظة حمراء – تجنبوا التعرض لأشعة
 * الشمس …", "Alerta roja: no se desplace", "Vigilance orange : restez chez vous", "Unwetterwarnung: …", "Kırmızı
 * kod – …"). It is the site's alert, not the story; a story that opens on a warning tells of it in a sentence,
 * with no label set off before a dash or a colon.
 */
const WARNING_LEVEL = [
  '(?:red|amber|orange|yellow) (?:weather )?(?:warning|alert)(?: in (?:force|effect)| issued)?', '(?:hurricane|tornado|tsunami|flood|bushfire|fire|storm|heat|emergency) (?:warning|alert)(?: in (?:force|effect))?', 'weather (?:warning|alert)',
  '(?:alerta|aviso) (?:roj[ao]|naranja|amarill[ao])', 'vigilance (?:rouge|orange|jaune)', '(?:unwetter|sturm|hochwasser|hitze)warnung', 'warnstufe \\d',
  '(?:kırmızı|turuncu|sarı) (?:kod|uyarı)', 'meteorolojik uyarı',
  '(?:يقظة|إنذار|انذار|تحذير|تنبيه)(?: من (?:مستوى|درجة))? (?:حمراء|برتقالية|صفراء|أحمر|برتقالي|أصفر)', 'مستوى (?:يقظة|إنذار) (?:أحمر|برتقالي|أصفر)', 'تحذير من الأرصاد',
];
export const WARNING_STRIP = new RegExp(withArabicMarks(`^(?:${WARNING_LEVEL.join('|')})\\s*[–—:|-]\\s*[^.!?؟]{1,160}[.!]?$`), 'iu');

/**
 * Rule "earlier story below": a wire that updates a breaking item in place sets the new lines over the version it sent
 * before and parts them with its note, a line of its own ("THIS IS A BREAKING NEWS UPDATE. AP’s earlier story follows
 * below.", "Check back soon for further information. The earlier story is below."), wherever the new lines end. It
 * speaks of the page's versions, not of the story; the note's last sentence points to the earlier story below.
 */
export const EARLIER_STORY_NOTE = new RegExp(
  `^${TO_FOLLOW_DECORATION}(?:(?:${TO_FOLLOW_SENTENCE})[.!…]+\\s*){0,2}(?:[\\p{L}.]+['’]s |the )?earlier (?:story|version|report) (?:follows|is|appears) below[.!…:]*${TO_FOLLOW_DECORATION}$`,
  'iu',
);

/**
 * Rule "data feed's credit": a results, markets or weather service that fills a story's table or widget has the page
 * credit it in a line of its own under the table ("Election results data provided by CivicData Results Service.",
 * "Stand: 04.12.2026, 17:45 Uhr. Marktdaten bereitgestellt von FinDatenService.", "Données fournies par OrCotations,
 * mises à jour toutes les heures.", "Resultados ofrecidos por SorteosData.", "الأسعار مقدمة من خدمة بيانات الأسواق"),
 * often after the data's "as of" stamp: the service's terms, the same under every table it fills, wherever the table
 * stands. The credit's sentence names the data and the service and ends there, the service's name in capitals where
 * the script has them; a story's sentence about data someone gave goes on to say what it shows ("Data provided by
 * the ministry show …").
 */
const FEED_DATA = '(?:[\\p{L}-]+\\s){0,2}?(?:[Dd]ata|[Qq]uotes|[Pp]rices|[Rr]esults|[Ss]cores|[Oo]dds|[\\p{L}]*[Dd]aten|[Kk]urse|[Dd]onnées|[Cc]ours|[Dd]atos|[Cc]otizaciones|[Rr]esultados|[Pp]recios)(?:\\s(?:de marché|boursières|de mercado|del mercado|electorales))?';
const FEED_VERB = '(?:(?:is|are|werden|wurden|sont)\\s)?(?:provided|supplied|powered|delivered|bereitgestellt|geliefert|fournie?s?|proporcionad[oa]s|ofrecid[oa]s|facilitad[oa]s|suministrad[oa]s|provist[oa]s)\\s(?:by|von|durch|par|por)';
const FEED_NAME = "\\p{Lu}[\\p{L}\\p{Nd}&'’.-]*(?:\\s(?:\\p{Lu}[\\p{L}\\p{Nd}&'’.-]*|&|and|und|et|y|of|de|du|des|der|del)){0,5}";
export const DATA_FEED_CREDIT = new RegExp(
  `(?:^|[.!?؟]\\s+)(?:${FEED_DATA}\\s${FEED_VERB}\\s${FEED_NAME}(?:[.;]|$|,\\s(?:mises? à jour|mis à jour|updated|aktualisiert|actualizad[oa]s))`
    + '|(?:ال)?(?:بيانات|أسعار|اسعار|نتائج)(?:\\s\\p{L}+)?\\s(?:مقدمة|مقدّمة|مقدمه)\\s(?:من|بواسطة)\\s)',
  'u',
);

/**
 * Rule "refresh line": a live table or price list sets under itself the time its figures were last fetched and the
 * control that fetches them again, on a line of their own ("Last updated 5 minutes ago · Refresh", "Actualizado hace 3
 * minutos. Actualizar datos", "آخر تحديث منذ 5 دقائق تحديث"): the widget's state and its button, not the story's, and
 * no date of the page. The line opens with the update's label and ends with the button's word.
 */
export const REFRESH_LINE = new RegExp(
  `^(?:${UPDATE_LABEL})(?!\\p{L})[^!?]{0,60}?[\\s·|:.–-](?:refresh|reload|refresh (?:results|data|prices)|aktualisieren|neu laden|actualiser|rafraîchir|actualizar(?: datos| resultados| precios)?|recargar|تحديث(?: الأسعار| البيانات| النتائج)?)\\s*$`,
  'iu',
);

/**
 * Rule "live reading box": the age of a live reading, labelled as its update, closing a line of the box that shows it
 * ("Rozelle station · updated 12 minutes ago", "Actualizado hace 5 minutos", "آخر تحديث منذ 10 دقائق"): the label and
 * what follows it, which {@link isRelativeStamp} reads as an age. Captured: the age.
 */
export const UPDATED_AGE = new RegExp(`(?:^|[|·•]\\s*)(?:${UPDATE_LABEL})(?!\\p{L})\\s*:?\\s*([^|·•]{1,40})$`, 'iu');

/**
 * Rule "live status board" (see isLiveStatusBoard in structural-furniture.ts): the line that stamps a board with the
 * clock time it shows, labelled as its update or as the moment it stands at ("Atualizado às 13h50", "Updated at
 * 12:41", "Stand: 10:45 Uhr", "As of 9:30", "Data as of 10:45 AM EST", "11:12現在", "11時12分現在"), opening the line;
 * the board's link may follow.
 */
export const AS_OF_CLOCK = new RegExp(
  `^(?:(?:(?:${UPDATE_LABEL})(?!\\p{L})\\s*:?\\s*(?:at|um|às|as|a las|à|alle|ore|в|om)?|(?:(?:data|figures|prices|times) )?as of|stand\\s*:?|estado a las|situação às|datos a las|dados às)\\s*\\d{1,2}[:h.][0-5]\\d(?!\\d)|\\d{1,2}(?::|時)[0-5]\\d分?\\s*(?:現在|现在|時点|기준))`,
  'iu',
);

/**
 * The label a publisher's notice opens with: the copyright notice Chinese portals close every story with
 * ("版权声明：凡注明“来源：江川新闻网”的所有作品，版权均属于…"), which quotes the credit line it asks reprints to carry, and
 * the disclaimer ("免责声明：本文内容仅代表作者个人观点…").
 */
export const NOTICE_LABEL = /^(?:版权声明|版權聲明|免责声明|免責聲明)\s*[：:]/u;

/**
 * Rule "disclaimer label": a release wire, and a portal that runs releases, closes each with its disclaimer under the
 * word for it in the page's language ("Disclaimer:", "Legal Disclaimer:", "Haftungsausschluss:", "Aviso legal:",
 * "إخلاء مسؤولية:", "免責事項："): the site takes no responsibility for the issuer's text. It speaks of the text, not of
 * what happened. A writer's own aside may wear the same label ("Disclaimer: if you see different sizes, that is
 * because …") and says something of the story; only a notice that disclaims (see DISCLAIMS) is the site's.
 */
export const DISCLAIMER_LABEL = /^(?:免責事項|(?:legal )?disclaimer|haftungsausschluss|aviso legal|إخلاء (?:ال)?مسؤولية)\s*[：:]/iu;
/** The label alone on its line ("Legal Disclaimer:"), its notice in the paragraph under it. */
export const DISCLAIMER_LABEL_ALONE = new RegExp(`${DISCLAIMER_LABEL.source}\\s*$`, 'iu');
/** What a disclaimer disclaims: responsibility, liability, a warranty, in the languages of its labels. */
export const DISCLAIMS = /responsib|liabilit|warrant|verantwort|haftung|responsabilidad|مسؤولية|責任/iu;

/** The word between a date's label and the date: "Published on", "Aktualisiert am", "Publié le", "نشر في". */
const DATE_LABEL_PARTICLES = 'on|am|le|el|il|op|em|às|a las|في';

/**
 * A Chinese, Japanese or Korean date label with the word for time or day it often takes: "发布时间", "更新日時",
 * "公開日", "입력", "수정일", and an update label's lead word: "最後更新", "最終更新日".
 */
const CJK_DATE_LABEL = `(?:(?:${labelAlternation(CJK_UPDATE_LEAD_WORDS)})?(?:${labelAlternation(CJK_UPDATE_LABELS)})|${labelAlternation(CJK_PUBLISHED_LABELS)})(?:时间|時間|日時|日期|日|일시|일)?`;

/**
 * The label before a date stamp: "Published:", "Aktualisiert am", "Stand:", "Publié le", "Opublikowano:", Swedish
 * "Publicerad", Norwegian "Publisert", Danish "Publiceret", Chinese "发布时间：", Korean "입력".
 *
 * Rule "review schedule": health information pages print, beside their first publication ("First published:",
 * "Originally published"), when a clinician last reviewed the page and when the next review falls due ("Page last
 * reviewed: 2 December 2026", "Next review due: December 2028"), as the health information standards they sign up to
 * ask; each is a stamp of the page's upkeep, and its label is left alone as a line of the body when the template sets
 * the date in an element of its own.
 */
export const DATE_STAMP_LABEL = new RegExp(
  '^(?:' + [
    `(?:deze pagina is )?(?:voor het )?(?:(?:first|originally) (?=published))?${DATE_LABEL}(?:\\s+(?:${DATE_LABEL_PARTICLES}))?`, 'release date', 'date', 'stand(?: vom)?', 'تاريخ النشر', CJK_DATE_LABEL,
    '(?:page |content )?(?:last (?:medically |clinically )?reviewed(?: on)?|(?:next|last) review(?: due| date)?|review due)',
  ].join('|') + ')\\s*[:：]?\\s*',
  'iu',
);

/**
 * The CJK date labels anywhere in a stamp: written without word edges (see date-labels.ts), and a Korean row prints
 * one before each of its dates ("입력 2024.05.03 10:15 수정 2024.05.03 11:20").
 */
export const CJK_DATE_STAMP_LABELS = new RegExp(`${CJK_DATE_LABEL}\\s*[:：]?`, 'gu');

/** Words a date stamp may hold besides numbers and month names: clock words and weekday names. */
export const DATE_STAMP_WORDS: ReadonlySet<string> = new Set([
  'am', 'pm', 'a.m', 'p.m', 'uhr', 'h', 'um', 'at', 'à', 'a', 'las', 'le', 'el', 'den', 'de', 'del', 'o', 'godz', '-', '–', '/',
  ...WEEKDAY_NAMES, ...WEEKDAY_ABBREVIATIONS,
  'ص', 'م', 'صباحا', 'صباحاً', 'مساء', 'مساءً', 'الساعة',
  // The same words as they read once an Arabic stamp is folded to match its month names.
  ...WEEKDAY_NAMES.map(foldArabic), 'الساعه',
  'gmt', 'utc',
  // North American and European zones as stamps abbreviate them ("3:45 PM EST"), and the Scandinavian clock word
  // ("kl 07.40", klockan, klokken).
  'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'pt', 'bst', 'cet', 'cest', 'kl',
  // Lithuanian dates mark the year and the day with abbreviated words: "2026 m. gruodžio 3 d." (metai, diena).
  'm', 'd',
  // South and East Asian zones, as Indian, Pakistani, Indonesian and East Asian stamps print them ("02:20 pm IST").
  'ist', 'pkt', 'wib', 'wita', 'ict', 'sgt', 'myt', 'pht', 'hkt', 'jst', 'kst',
  // Persian and Dari weekdays and the clock word, as Iranian and Afghan stamps print them beside a solar date
  // ("پنجشنبه ۱۳ آذر ۱۴۰۵ ساعت ۰۹:۴۵"), with or without the joiner inside "سه‌شنبه".
  'شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'سهشنبه', 'چهارشنبه', 'پنجشنبه', 'پنج‌شنبه', 'جمعه', 'ساعت',
  // Italian before the clock ("05 dicembre 2026 alle 07:02", "Aggiornato alle 13:48", "ore 11:20"), as "um", "à"
  // and "las" are in German, French and Spanish.
  'alle', 'ore',
  // Rule "the hour's article in Iberia": Galician sets "ás" (at the) before the clock, Portuguese "às" and Catalan "a
  // les", as Spanish sets "a las" ("Publicado o 5 de decembro de 2026 ás 14:40", "Publicat el 5 de desembre, a les 14:20").
  'ás', 'às', 'les',
]);

/**
 * A credit label left alone on its line ("Von:", "Autoren:", "By", "Por:"), the name that followed it in the byline
 * box being a block of its own or a link the cleaning removed. Only the bare label, with or without its colon,
 * matches, never a sentence.
 */
export const CREDIT_LABEL = /^(?:von|by|autor|autorin|autoren|author|authors|por|par|de|text|texto|redaktion|fotos?|photos?|bilder|quelle|source|fuente|المصدر)\s*[:：]?$/iu;

/**
 * The label of a picture credit line: "Foto:", "Bild:", "Beitragsbild via", "Photo Credit:", "Photos by", "Imagen:",
 * also set in brackets: "(crédito: Jane Doe/Agência)".
 */
export const PICTURE_CREDIT = new RegExp(
  '^[(\\[]?\\s*(?:' + [
    'beitragsbild', 'titelbild', 'titelfoto', 'headerbild', 'aufmacherbild', 'foto', 'fotos', 'bild', 'bilder', 'photo', 'photos', 'image', 'images',
    'picture', 'pictures', 'photo credit', 'image credit', 'featured image', 'header image', 'crédito', 'imagen', 'imágenes', 'crédit photo', 'zdjęcie', 'zdjęcia',
    'fotocredits?', 'photocredits?', 'photo credits', 'bildnachweise?', 'bildquellen?', 'fotonachweise?', '(?:fotos?|photos?|bild|bilder)\\s?/\\s?(?:illustrations?|grafik|video)',
    'صورة', 'الصورة', 'صور', 'تصوير', 'مصدر الصورة', 'عدسة',
  ].join('|') + ')\\s*(?:[:：]|via\\b|von\\b|by\\b|©)',
  'iu',
);

/**
 * Rule "bracketed picture credit": Romance-language papers credit the story's picture with "photo of" and the name,
 * in brackets on a line of their own at the end of the text or under it ("(foto di Andrea Sala)", "(foto de Ana
 * Ruiz)"). Without a colon the label could open a sentence ("Foto di gruppo per i volontari…"); the brackets around
 * the whole line are what make it a note about the picture, not prose.
 */
export const BRACKETED_PICTURE_CREDIT = /^[(\[]\s*(?:foto|fotos|photo|photos|immagine|immagini|imagen|imagem)\s+(?:di|de|da|by)\s+[^()[\]]+[)\]]\.?$/iu;

/**
 * Rule "the author's photo": Ukrainian and Russian papers credit the story's picture on a line of its own under the
 * text, with the label and its colon ("Фото: Олег Кравець", "Світлини: …") or with no colon at all, as the photo "of
 * the author" (by the writer who signed the text) or from the archive or open sources: "Фото автора", "Фото з архіву
 * редакції", "Фото из открытых источников". Only the whole line: a sentence about a photo goes on.
 */
export const CYRILLIC_PICTURE_CREDIT = /^(?:(?:фото|фотографі[яї]|фотография|світлин[аи]|ілюстрація|иллюстрация)\s*[:：]|(?:фото|світлини)\s+(?:автора|авторки|авторов|авторів|редакції|редакции|ілюстративне|иллюстративное|(?:з|із|из)\s+(?:архіву|архива|відкритих джерел|открытых источников|соцмереж|соцсетей|мережі|сети)(?:\s+[\p{L}.-]+){0,3})\.?$)/iu;

/** Links back out of the article to its listing: "zurück zur Übersicht", "← Back to list", "Volver al listado". */
export const BACK_LINK = new RegExp(
  '^(?:[«‹←<]\\s*)?(?:(?:zurück|back|volver|retour|torna|powrót|terug|العودة)$|(?:' + [
    'zurück (?:zu[rm]?|nach)', 'back to', 'return to', 'volver a[l]?', 'regresar a[l]?', 'retour (?:à|au|aux)', 'torna (?:a|al|alla)', 'powrót do',
    'terug naar', 'العودة إلى',
  ].join('|') + ')\\s)',
  'iu',
);

/** The label a tag line opens with: "Tags:", "Schlagwörter:", "Mots-clés :", "Etiquetas:", "الوسوم:", "كلمات مفتاحية:". */
export const TAG_LINE_LABEL = new RegExp(`^(?:${TAG_LINE_WORDS.join('|')})\\s*[:：]\\s*`, 'iu');

/**
 * Field labels of a post-details row: views, author, date, category, tags, rating, comments. Joomla's Portuguese and
 * Italian article-info lists label the category "Categoria" and the hits "Acessos" and "Visite", its French one the
 * hits "Affichages" ("Affichages : 689"). Rule "source field
 * of the details row": papers that run a ministry's or an agency's text give it a source field in the same row, first
 * where a byline would stand ("المصدر: وزارة الأوقاف | تاريخ النشر: 04/12/2026", "Quelle: Ministerium | Datum: …"),
 * so the source's label opens a row as the author's does.
 */
const META_ROW_LABELS = [
  'views?', 'reads?', 'hits', 'aufrufe', 'zugriffe', 'visitas', 'vues', 'wyświetle[nń]\\p{L}*', 'comments?', 'kommentare?', 'comentarios', 'commentaires?',
  'rating', 'bewertung', 'tags?', 'schlagwörter', 'etiquetas', 'category', 'categories', 'kategorie', 'rubrik', 'categoría', 'catégorie', 'kategoria', 'categoria', 'acessos', 'visite', 'affichages',
  '(?:news |post |publish )?date', 'datum', 'fecha', 'data', `${DATE_LABEL}(?:\\s+(?:${DATE_LABEL_PARTICLES}|by|von|por))?`, 'added(?: by| on)?', 'hinzugefügt von', 'von', 'by', 'autor',
  'author', 'por', 'par', 'تاريخ النشر', 'التاريخ', 'عدد القراءات', 'عدد المشاهدات', 'القراءات', 'المشاهدات', 'التعليقات', 'الكاتب', 'القسم',
];

/** A post-details row opens with one of its fields, after any separator the template prints first. */
export const META_ROW_START = new RegExp(`^[\\s|/·•]*(?:${META_ROW_LABELS.join('|')})\\s?[:：]`, 'iu');
/**
 * A row may open with the source field too (rule "source field of the details row"); a line of the source alone
 * ("Source: Harbour Council") is no row of details, and may stay as the text's credit.
 */
export const SOURCE_ROW_START = new RegExp(`^[\\s|/·•]*${SOURCE_LABEL}\\s?[:：]`, 'iu');

/** Every labelled field of a post-details row, each at the start or after a space or separator. */
export const META_ROW_FIELD = new RegExp(`(?:^|[\\s|/·•])(?:${[...META_ROW_LABELS, SOURCE_LABEL].join('|')})\\s?[:：]`, 'giu');

/**
 * The label of the button that shows the rest of a story on the same page: Yahoo's "Story continues", MSN's
 * "Continue reading" and "Continuar leyendo", the "Show full article" and "Read more" of papers that fold long
 * stories on phones, and the same words in the languages aggregators serve. Read only on a button right before a
 * hidden box of prose; a "Read more" link to another page is no button.
 */
export const STORY_CONTINUES_BUTTON = new RegExp(
  '^(?:' + [
    'story continues', '(?:continue|keep) reading', '(?:read|show|see|view) (?:the )?(?:full|whole|entire|complete) (?:story|article)', 'read (?:the )?rest(?: of (?:the|this) (?:story|article))?',
    '(?:read|show) more', 'expand (?:the )?(?:story|article)', 'mehr (?:lesen|anzeigen)', 'ganzen artikel (?:lesen|anzeigen)', 'afficher la suite', 'lire l[’\']article complet', 'leer más', 'ver más', 'leggi (?:tutto|di più)', 'continuar leyendo', 'seguir leyendo', 'sigue leyendo',
    'weiterlesen', 'artikel weiterlesen', 'lire la suite', 'continuer (?:à lire|la lecture)', 'continua a leggere', 'continue lendo', 'continuar lendo',
    'lees verder', 'czytaj dalej', 'läs vidare', 'les videre', 'læs videre', 'jatka lukemista', 'читать далее', '[اإ]قر[أا] المزيد', 'تابع القراءة',
    '続きを読む', '(?:阅读|閱讀|展开|展開)全文',
  ].join('|') + ')\\s*[.…»›>→]*$',
  'iu',
);

/**
 * Links on to another page's text: "Weiterlesen »", "Read the rest", "Mehr lesen...", "Saber más", "Lire la suite",
 * and the calls to learn more on it ("Mehr erfahren", "Learn more", "En savoir plus") under a teaser of that page.
 */
export const READ_MORE_LINK = new RegExp(
  '^(?:' + [
    'weiterlesen', 'mehr lesen', 'read (?:more|on|the rest|the full (?:story|article))', 'continue reading', 'keep reading', 'leer más', 'saber más', 'seguir leyendo',
    'lire (?:la suite|plus)', 'leia mais', 'continue lendo', 'czytaj (?:dalej|więcej)', 'continua a leggere', 'leggi (?:tutto|di più)', 'lees verder',
    'mehr erfahren', 'learn more', 'find out more', 'en savoir plus', 'más información', 'saiba mais', 'scopri di più', 'dowiedz się więcej', 'lees meer',
    // Arabic is written with and without the hamza ("إقرأ", "اقرا"); Persian, Turkish and Russian say "read the rest".
    '[اإ]قر[أا] المزيد', 'اعرف المزيد', 'ادامه مطلب', 'devamını oku', 'читать далее', 'подробнее',
    // Rule "the whole story, in Turkish": Turkish portals' AMP and mobile pages close on a link to the story's full
    // page, "Haberin tamamını oku" / "… görüntüle" (read, view the whole story), where English ones say "Read the full story".
    'haberin tamamını (?:oku|görüntüle)',
  ].join('|') + ')\\s*[.…»›>→]*$',
  'iu',
);
