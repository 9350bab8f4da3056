/**
 * Textual furniture: what the second cleaning pass removes by the text it shows, on fresh statistics (furniture
 * headings and the sections they head, the readers' discussion and profile boxes, "read also" plugs and labelled
 * links, counters, details rows, writer's cards, ad labels, pitch, affiliate and live coverage boxes, story and shop cards, betting promos, consent placeholders, share,
 * skip and back links, toggle labels, clip captions, market-quote boards and cards, score boxes and match sheets).
 */
import { normalizeSpace } from '../dom-walk';
import { type DomElement, type DomNode, descendantElements, HEADING_TAGS, isBoldLine, isElement, nextElement, previousElement, rawText, SECTION_HEADING_TAGS, SENTENCE_AFTER_WORD, STORY_BOX_TAGS } from './dom';
import { type ElementIndex, linkDensity, type StatsTable, type TextStats } from './measure';
import { attributeTokens } from './tokens';
import { ABOUT_US_HEADING, CALENDAR_BUTTON, MACHINE_SUMMARY_NOTE, OTHER_LANGUAGE_SUMMARY_LABEL, OTHER_LANGUAGE_VERSION, AD_LABEL, AUTHORS_BOX_HEADING, AGE_LIMIT, CALL_TO_ACTION, EMBED_CONSENT_ASK, EXTERNAL_CONTENT, MAX_SCRIPT_NOTICE_CHARS, SCRIPT_NAME, FURNITURE_HEADING, GAMBLING_NOTICE, MORE_OF_SECTION_HEADING, LIVE_COVERAGE_LINK, POLL_NOTICE_HEADING, SURVEY_SAMPLE, LIVE_PAGE_HEADLINE, MATCH_SHEET_HEADING, MAX_RATING_LINE_CHARS, RATING_LINE, PROS_HEADING, CONS_HEADING, WORK_CARD_LABEL, isChannelPrompt, isCounterText, isShareEndpoint, REACTION_COUNT, READ_ALSO_PREFIX, SENSITIVE_CONTENT_WARNING, SKIP_LINK_LABEL, SLIDE_COUNTER, SPONSOR_LABEL } from './vocabulary';
import { DISCUSSION_COUNT_HEADING, DISCUSSION_NAME_ALONE, READERS_DISCUSSION_HEADING, READERS_DISCUSSION_OPENING } from '../discussion-headings';
import { ABOUT_AUTHOR_HEADING } from '../metadata/bylines';
import { isClipBox, isClipCaption, isDurationLine, isPlayerLabel } from './player-furniture';
import { boardRows, isInlineQuote, isQuoteCard, isQuoteStrip, MAX_QUOTE_CARD_CHARS, MAX_QUOTE_STRIP_CHARS, QUOTE_BOARD_TAGS, quoteBoard, withTitleBox } from './quote-boards';
import { isScoreBetweenSides, labelledSheet, matchSheet, MAX_SCORE_CHARS, scoreBox } from './score-boxes';
import { isDetailsRow, MAX_DETAILS_ROW_CHARS } from './details-rows';
import { REGION_TAGS } from './structural-furniture';
import { isWriterCard } from './writer-cards';
import { isCaptionElement } from './captions';
import { isImageElement } from './picture-elements';
import { hasToken } from '../metadata/regions';
import { POST_SENTENCE_LEAD } from '../metadata/byline-vocabulary';
import type { Block } from './blocks';

const TABLE_CELL_TAGS = new Set(['td', 'th']);

/**
 * Rule "pictographs alone": callout cards, tip boxes and list items open with an emoji set in a box of its own
 * ("💡" beside "Municipal networks are legal here…", "📌", "🔴🔴🔴" between sections); it decorates the text beside
 * it, and on its own it is a paragraph with no word in it. A box that also holds a picture is the picture's. Only
 * the signs shown as emoji count: "©" and "™" are text, and a "©" set apart opens the rights line beside it.
 */
const PICTOGRAPHS_ALONE = /^(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|[\u200D\s])+$/u;

/** Whether the global `pattern` matches `text` at least `count` times; the search stops at the count. */
function holdsMatches(pattern: RegExp, text: string, count: number): boolean {
  let found = 0;
  for (pattern.lastIndex = 0; found < count && pattern.exec(text); ) found++;
  return found >= count;
}

/**
 * Rule "forecast box": a regional paper sets its weather widget among a story's paragraphs ("きょうの天気（札幌）
 * 雪 最高-1℃／最低-6℃ … 10日間の天気を見る", "Wetter in Kiel: 4 °C / 1 °C, Regen · Zur Vorhersage"), filled from a
 * feed beside any story. A short box with no sentence in it that gives the day's high and low (two temperature
 * readings) and links to the forecast page is that widget; a story's own temperatures stand in its sentences.
 */
function isForecastBox(text: string): boolean {
  // Most boxes print no degree sign: their text is not run through the patterns.
  if (!DEGREE_SIGNS.some((sign) => text.includes(sign)) || SENTENCE_AFTER_WORD.test(text)) return false;
  return holdsMatches(TEMPERATURE, text, MIN_FORECAST_READINGS);
}
// Rule "reading run on to the city": the widget sets the city and each reading in cells of their own, which the box's
// text runs together ("الطقس في عمان3° / -1°", "Kiel4 °C"), so a reading may follow a letter; never another digit.
const TEMPERATURE = /(?<!\p{Nd})[-−+]?\p{Nd}{1,2}(?:[.,]\p{Nd})?\s?(?:℃|℉|°\s?[CF]?)/gu;
const MIN_FORECAST_READINGS = 2;
const DEGREE_SIGNS = ['°', '℃', '℉'];
/** A day's forecast, its label and its link: a few lines. */
const MAX_FORECAST_BOX_CHARS = 200;
/** The boxes a feed's widget (a forecast, the prayer times) is set in among the paragraphs. */
const FEED_WIDGET_TAGS = new Set(['div', 'aside', 'section']);

/**
 * Rule "prayer-times box": Arabic and Muslim community portals set the day's prayer times for a city among a story's
 * paragraphs as they set them in the sidebar ("مواقيت الصلاة اليوم في القاهرة: الفجر 4:12 الظهر 12:52 …", "Fajr
 * 5:03 · Dhuhr 11:48 …"), filled from a feed beside any story. A short box with no sentence in it that gives four of
 * the five daily prayers a clock time each is that widget; a story that speaks of a prayer's time says it in a sentence,
 * and a table of the Eid prayer's time per city names no daily prayer.
 */
function isPrayerTimesBox(text: string): boolean {
  // Most boxes name no noon prayer: their text is not run through the pattern.
  if (!NOON_PRAYER.test(text)) return false;
  return holdsMatches(PRAYER_TIME, text, MIN_PRAYER_TIMES);
}
const NOON_PRAYER = /الظهر|dhuhr|zuhr/iu;
const PRAYER_TIME = /(?:الفجر|الظهر|العصر|المغرب|العشاء|fajr|dhuhr|zuhr|asr|maghrib|isha)\s*[:：]?\s*\p{Nd}{1,2}[:：.]\p{Nd}{2}(?!\p{Nd})/giu;
const MIN_PRAYER_TIMES = 4;
/** A city's name, the five prayers and their times, the sunrise: a few lines. */
const MAX_PRAYER_TIMES_BOX_CHARS = 250;

/**
 * Rule "emergency numbers box": during a storm, a flood or a fire papers set a box of the numbers to call among a
 * story's paragraphs ("Emergency contacts: Life-threatening emergencies: Triple Zero (000) · VicEmergency Hotline:
 * 1800 226 226", "أرقام الطوارئ: الطوارئ: 112 · الإطفاء العام: …", "Teléfonos de emergencia", "Acil durum
 * numaraları"), the same box under every story of the emergency. A box with no sentence in it that opens with such a
 * title and gives two numbers or more is that box; a box of the storm's figures (deaths, homes without power) has no
 * such title, and a story that gives a number to call says it in a sentence.
 */
function isEmergencyNumbersBox(text: string): boolean {
  // The box's text runs its title on into its first line ("Emergency contactsLife-threatening …"), so the title is
  // matched as it opens the text, with no word's end after it.
  if (!EMERGENCY_NUMBERS_TITLE.test(text)) return false;
  return holdsMatches(PHONE_NUMBER, text, MIN_EMERGENCY_NUMBERS);
}
const EMERGENCY_NUMBERS_TITLE = new RegExp('^(?:' + [
  'emergency (?:contacts|numbers|(?:tele)?phone numbers|hotlines|helplines)', 'useful (?:contacts|numbers|(?:tele)?phone numbers)', 'important (?:contacts|numbers|phone numbers)',
  '(?:teléfonos?|números) (?:de emergencias?|útiles|de interés)', 'numéros (?:d[\'’]urgence|utiles)', 'notrufnummern', 'wichtige (?:telefon)?nummern',
  'acil (?:durum )?(?:numaraları|telefonları)', 'önemli telefon(?:lar|numaraları)', 'أرقام (?:الطوارئ|الطوارىء|مهمة|هامة|الاتصال)', '緊急連絡先',
].join('|') + ')', 'iu');
/** Three digits or more, bracketed or in groups: "112", "(000)", "1800 226 226". */
const PHONE_NUMBER = /(?<!\p{Nd})\(?\p{Nd}{3,}\)?(?:[ -]\p{Nd}{2,}){0,3}(?!\p{Nd})/gu;
const MIN_EMERGENCY_NUMBERS = 2;
/** A title and a few services with their numbers. */
const MAX_EMERGENCY_NUMBERS_BOX_CHARS = 300;

/**
 * Rule "page list": a story split over several pages closes each page with links to the others, WordPress's "Pages:
 * 2 3" under the text in the site's language ("Seiten: 2 3", "Páginas: 1 2 3"), in a box themes name as they please.
 * A block of links whose text is page numbers, after that label or none, is the list, not the story's last line.
 */
const PAGE_LIST = /^(?:(?:pages?|seiten?|páginas?|pagine|pagina(?:['’]s)?|strony|strona|stránky|sivut|sider|sidor|sayfalar|sayfa|страницы|сторінки|الصفحات|صفحات)\s*[:：]?\s*)?\p{Nd}{1,3}(?:(?:\s*[|·,]\s*|\s+)\p{Nd}{1,3})+$/iu;

/** Subtrees this small are cheap to read as text; bigger ones are judged from statistics only. */
const SMALL_SUBTREE = 60;

/**
 * Goes through the elements left in the tree in document order, by the walk of the intact page: `removed` marks
 * those the structural pass took out, and a condemned element's subtree is passed over by its end in the walk.
 * `players`: the boxes that held a `<video>` or `<audio>` element before the structural pass took it out.
 */
export function textualFurniture(walk: ElementIndex, removed: Uint8Array, keep: Set<DomNode>, stats: StatsTable, players: ReadonlySet<DomNode>, authors: readonly string[] = []): DomNode[] {
  const doomed = new Set<DomNode>();
  const { elements, subtreeEnd } = walk;
  const switches = switchLabels(walk);
  const lastRead: ReadText = { element: null, text: '' };
  for (let at = 0; at < elements.length;) {
    const element = elements[at];
    if (removed[at] === 1 || doomed.has(element)) {
      at = subtreeEnd[at];
      continue;
    }
    judgeText(element, stats.atPosition(at), subtreeEnd[at] > at + 1 ? elements[at + 1] : undefined, keep, stats, doomed, players, switches, lastRead, authors);
    at = doomed.has(element) ? subtreeEnd[at] : at + 1;
  }
  return [...doomed];
}

/** The element whose text the pass read last, and that text; the pass changes nothing in the tree while it reads. */
interface ReadText {
  element: DomElement | null;
  text: string;
}

/**
 * The element's text, whitespace collapsed and trimmed. A wrapper around one only child, with no more than
 * whitespace beside it, shows that child's text, so the child of the wrapper read last is given the wrapper's text.
 */
function textOf(element: DomElement, lastRead: ReadText): string {
  const wrapper = lastRead.element;
  if (wrapper === null || element.parent !== wrapper || !wrapper.children.every((node) => node === element || (node.type === 'text' && BLANK.test(node.data ?? '')))) {
    lastRead.text = normalizeSpace(rawText(element));
  }
  lastRead.element = element;
  return lastRead.text;
}
const BLANK = /^\s*$/;
/** "Add this event to my Google Calendar": the longest calendar button. */
const MAX_CALENDAR_BUTTON_CHARS = 40;

/** `own`: the element's statistics; `opening`: its first element in the intact page; `lastRead`: see {@link textOf}. */
function judgeText(element: DomElement, own: TextStats | undefined, opening: DomElement | undefined, keep: Set<DomNode>, stats: StatsTable, doomed: Set<DomNode>, players: ReadonlySet<DomNode>, switches: ReadonlySet<DomNode>, lastRead: ReadText, authors: readonly string[]): void {
  if (!own || keep.has(element)) return;
  if (element.name === 'a') {
    const href = element.attribs.href ?? '';
    if (isSkipLink(element, href, own)) doomed.add(skippedBox(element, keep, stats));
    else if (isShareEndpoint(href) || isBackReference(element, href, own) || isNoteNumber(element, href, own)) doomed.add(element);
    else if (own.chars <= MAX_ENLARGE_LABEL_CHARS && isPictureTwinLink(element)) doomed.add(element);
    // Rule "calendar button" (see CALENDAR_BUTTON): a link of its own.
    else if (own.chars <= MAX_CALENDAR_BUTTON_CHARS && CALENDAR_BUTTON.test(textOf(element, lastRead))) doomed.add(element);
    return;
  }
  if (element.name === 'span' && isInlineQuote(element)) {
    doomed.add(element);
    return;
  }
  if (QUOTE_BOARD_TAGS.has(element.name)) {
    const board = quoteBoard(element, keep, stats) ?? offerTable(element, keep, stats);
    if (board) {
      doomed.add(board);
      return;
    }
  }
  if (own.elements > SMALL_SUBTREE || own.chars > 400 || own.chars === 0) return;
  if (SCORE_SHEET_LIST_TAGS.has(element.name) && own.prose === 0 && own.chars <= MAX_SCORE_SHEET_CHARS) {
    const sheet = scoreSheet(element, keep, stats);
    if (sheet) {
      doomed.add(sheet);
      return;
    }
  }
  if (isToggleLabel(element, own, switches) || isPlayerLabel(element, own, stats) || isClipCaption(element, own, players) || isClipBox(element, players, stats)) {
    doomed.add(element);
    return;
  }
  if (WORK_CARD_TAGS.has(element.name) && own.prose === 0 && isWorkCard(element)) {
    doomed.add(workCardBox(element, keep, stats));
    return;
  }
  const counterLike = own.chars <= 40;
  const headingTagLike = own.chars <= 60 && isHeadingLike(element);
  const plugLike = linkDensity(own) >= 0.3 && isBlockLike(element);
  const promptLike = own.chars <= 250 && (element.name === 'p' || element.name === 'div');
  // Rule "prompt in a section": WeChat's editors build an article of <section>s, not <div>s, and set the account's
  // follow prompt in one of its own like any other line.
  const channelPromptLike = own.chars <= MAX_CHANNEL_PROMPT_CHARS && (element.name === 'p' || element.name === 'div' || element.name === 'section');
  if (element.name === 'div' && own.linkChars > 0 && own.prose <= 1 && isInlineStoryCard(element)) {
    doomed.add(element);
    return;
  }
  if (own.linkChars > 0 && own.prose <= MAX_REFERRAL_BOX_PROSE && PITCH_BOX_TAGS.has(element.name) && isReferralBox(element)) {
    doomed.add(element);
    return;
  }
  if (own.linkChars > 0 && own.prose <= 1 && isPitchBox(element)) {
    doomed.add(element);
    return;
  }
  if (own.linkChars > 0 && own.prose === 0 && own.chars <= MAX_PAID_LINKS_BOX_CHARS && PITCH_BOX_TAGS.has(element.name) && isPaidLinksBox(element)
    && (own.punctuation === 0 || !hasClause(own, textOf(element, lastRead)))) {
    doomed.add(element);
    return;
  }
  if (opening && own.prose <= 1 && isLiveCoverageBox(element, opening)) {
    doomed.add(element);
    return;
  }
  if (isWriterCard(element, own, stats, authors)) {
    doomed.add(element);
    return;
  }
  if (own.chars <= MAX_DETAILS_ROW_CHARS && isDetailsRow(element, own)) {
    doomed.add(element);
    return;
  }
  // The element's text, read at most once: for the post metadata sentence, or for the short blocks' tests below.
  let text: string | undefined;
  // Rule "post metadata sentence" (see POST_SENTENCE_LEAD): the sentence links the post's categories and its feed,
  // so only a block with links is read for it.
  if (own.linkChars > 0 && (element.name === 'p' || element.name === 'div')) {
    text = textOf(element, lastRead);
    if (POST_SENTENCE_LEAD.test(text)) {
      doomed.add(element);
      return;
    }
    // Rule "other language's version" (see OTHER_LANGUAGE_VERSION): a line that links there.
    if (own.chars <= MAX_VERSION_POINTER_CHARS && OTHER_LANGUAGE_VERSION.test(text)) {
      doomed.add(element);
      return;
    }
    if (own.chars <= MAX_VERSION_TEASER_CHARS && isOtherVersionTeaser(element, text)) {
      doomed.add(element);
      return;
    }
  }
  // Rule "summary in the other language" (see isOtherLanguageSummary): only a box that declares its language is read.
  if (element.attribs.lang !== undefined && SUMMARY_BOX_TAGS.has(element.name) && isOtherLanguageSummary(element, text ??= textOf(element, lastRead))) {
    doomed.add(element);
    return;
  }
  // Rule "forecast box" (see isForecastBox); the text of a box with links, most of those it looks at, is read already.
  if (own.linkChars > 0 && own.prose === 0 && own.chars <= MAX_FORECAST_BOX_CHARS && FEED_WIDGET_TAGS.has(element.name) && isForecastBox(text ??= textOf(element, lastRead))) {
    doomed.add(element);
    return;
  }
  // Rule "prayer-times box" (see isPrayerTimesBox): the widget sets each prayer in a cell or an item of its own, with no
  // comma between, so only a box of several elements and no clause punctuation is read for it.
  if (own.prose === 0 && own.punctuation === 0 && own.elements > MIN_PRAYER_TIMES && own.chars <= MAX_PRAYER_TIMES_BOX_CHARS && FEED_WIDGET_TAGS.has(element.name)
    && isPrayerTimesBox(text ??= textOf(element, lastRead))) {
    doomed.add(element);
    return;
  }
  // Rule "emergency numbers box" (see isEmergencyNumbersBox): a title over lines of numbers, none a sentence.
  if (own.prose === 0 && own.elements > 1 && own.chars <= MAX_EMERGENCY_NUMBERS_BOX_CHARS && FEED_WIDGET_TAGS.has(element.name)
    && isEmergencyNumbersBox(text ??= textOf(element, lastRead))) {
    doomed.add(element);
    return;
  }
  // Rule "score between the sides" (see isScoreBetweenSides): only a few characters are read for it.
  if (own.chars <= MAX_SCORE_CHARS && own.prose === 0 && isScoreBetweenSides(element, text ??= textOf(element, lastRead))) {
    doomed.add(scoreBox(element, keep, stats));
    return;
  }
  // Rule "quote card" (see isQuoteCard): a short box of lines with no prose, read only when it holds a percent sign;
  // rule "quote strip" (see isQuoteStrip): a line of its own, read the same way.
  if (own.prose === 0 && own.chars <= MAX_QUOTE_CARD_CHARS && (isQuoteCard(element, text ??= textOf(element, lastRead))
    || (own.chars <= MAX_QUOTE_STRIP_CHARS && QUOTE_STRIP_TAGS.has(element.name) && isQuoteStrip(text)))) {
    doomed.add(element);
    return;
  }
  // Rule "discussion named under the rule" (see isUnderRule).
  if (counterLike && (element.name === 'p' || element.name === 'div') && isUnderRule(element)
    && DISCUSSION_NAME_ALONE.test(text ??= textOf(element, lastRead))) {
    for (const node of headedSection(element, keep)) doomed.add(node);
    return;
  }
  // Rule "thoughts on the post" (see DISCUSSION_COUNT_HEADING): the count heading quotes the post's title, longer
  // than other headings, so a heading tag of a title's length is read for it too.
  const titledCountHeading = !headingTagLike && own.chars <= MAX_TITLED_COUNT_HEADING_CHARS && HEADING_TAGS.has(element.name);
  // A lead-in is a short <p> or <div>, so prompt-like too: it is known by its text.
  if (!counterLike && !headingTagLike && !titledCountHeading && !plugLike && !channelPromptLike) return;
  text ??= textOf(element, lastRead);
  const headingLike = headingTagLike || (own.chars <= 60 && (isLeadIn(element, text, stats) || (own.linkChars === 0 && isLineTitle(element))));
  let sponsor: DomElement | null;
  let card: DomElement | null;
  if ((headingTagLike || titledCountHeading) && HEADING_TAGS.has(element.name) && (DISCUSSION_COUNT_HEADING.test(text) || READERS_DISCUSSION_HEADING.test(text))) {
    for (const node of headedSection(element, keep)) doomed.add(node);
  } else if (headingLike && own.linkChars === 0 && isLineTitle(element)
    && (isPastRule(element) ? DISCUSSION_COUNT_HEADING.test(text) || READERS_DISCUSSION_HEADING.test(text) : isCountedReadersDiscussion(text))) {
    for (const node of lineSection(element)) doomed.add(node);
  } else if (headingTagLike && BOX_TITLE_TAGS.has(element.name) && (DISCUSSION_COUNT_HEADING.test(text) || READERS_DISCUSSION_HEADING.test(text))) {
    doomed.add(titledBox(element, keep));
  } else if (headingLike && (ABOUT_AUTHOR_HEADING.test(text) || ABOUT_US_HEADING.test(text))) {
    for (const node of headedSection(element, keep)) doomed.add(node);
  } else if (headingTagLike && HEADING_TAGS.has(element.name) && AUTHORS_BOX_HEADING.test(text)) {
    const box = discussionUnder(element, keep);
    if (box !== element) doomed.add(box);
  } else if (counterLike && (isCounterText(text) || (!TABLE_CELL_TAGS.has(element.name) && (SLIDE_COUNTER.test(text) || REACTION_COUNT.test(text) || isCaptionSlideNumber(element, text) || isDurationLine(text))))) {
    // A table cell's "3/4" is a value of the table (a fraction, a score), not a slide's number.
    doomed.add(element);
  } else if (headingLike && SPONSOR_LABEL.test(text) && (sponsor = sponsorBox(element, keep, stats))) {
    doomed.add(sponsor);
  } else if (counterLike && own.linkChars > 0 && isBlockLike(element) && PAGE_LIST.test(text)) {
    doomed.add(element);
  } else if (counterLike && isBlockLike(element) && PICTOGRAPHS_ALONE.test(text) && !descendantElements(element).some(isImageElement)) {
    doomed.add(element);
  } else if (counterLike && AD_LABEL.test(text) && (sponsor = sponsorBox(element, keep, stats, isPaidLink))) {
    // Rule "labelled ad box": a box that opens with the ad label ("Anzeige", "Advertisement", "Publicidad") over a
    // broker's or a shop's pitch and its button is the ad the label announces, whatever the template names the box;
    // the button is the paid link search engines have sites mark as such (`rel="sponsored"`), and the pitch's small
    // print ("Capital at risk", "Totalverlust möglich") may close the box after it. A label over no paid link labels
    // an empty slot, which goes alone (rule "labelled ad slot").
    doomed.add(sponsor);
  } else if (own.chars <= MAX_LABELLED_PROMOTION_CHARS && own.linkChars > 0 && own.prose === 0 && own.punctuation === 0 && isBlockLike(element) && opensWithAdLabelBox(element, lastRead)) {
    // Rule "promotion under its own ad label": Japanese affiliate and in-house boxes set "PR" (the label the
    // country's rules on stealth marketing ask for) in a box of its own before a line and its link ("<span
    // class=pr>PR</span> 冬のボーナスで始める資産運用 ― <a>新NISA完全ガイド</a>"); German ones "Anzeige", others "AD"
    // or "Sponsored". The box names itself an ad, whatever its link leads to, and goes whole; in a line of no
    // clause, so a sentence of the story that opens with such a word is never one.
    doomed.add(element);
  } else if (counterLike && (isBlockLike(element) || SMALL_PRINT_TAGS.has(element.name)) && AD_LABEL.test(text)) {
    // Rule "labelled ad slot": a box whose only words are "Advertisement" ("إعلان", "Anzeige") is the ad slot the
    // label announces; its banner picture, linked to the advertiser, goes with it rather than into the images.
    // Rule "ad label in small print": table-layout templates set the label in the small print of a `<font size="1">`
    // or a `<small>` over the banner in a side column's cell, not in a box; a label is furniture in any type size,
    // and left behind it counts as the column's text and lets the column pass for part of the story. The banner it
    // announces, a linked picture after it with only line breaks between, goes with it as a boxed slot's does, or it
    // would be read as the page's first picture.
    doomed.add(element);
    const banner = SMALL_PRINT_TAGS.has(element.name) ? bannerAfterLabel(element) : null;
    if (banner) doomed.add(banner);
  } else if (promptLike && own.prose === 0 && own.chars <= MAX_RATING_LINE_CHARS && RATING_LINE.test(text)) {
    // Rule "critic's score" (see RATING_LINE): the review's score line, and the readers' score beside it, go whole.
    doomed.add(element);
  } else if ((headingTagLike || (own.chars <= 60 && isLeadIn(element, text, stats))) && MATCH_SHEET_HEADING.test(text)) {
    // A lead-in heads the sheet too: older templates set "Match facts:" as a paragraph of its own (see isSheetLine).
    for (const node of matchSheet(element, keep, stats)) doomed.add(node);
  } else if ((card = labelledSheet(element, keep, stats))) {
    doomed.add(card);
  } else if (headingTagLike && PROS_HEADING.test(text) && (card = prosAndConsCard(element, keep, stats))) {
    doomed.add(card);
  } else if (headingLike && POLL_NOTICE_HEADING.test(text) && (card = pollNotice(element, keep, stats))) {
    doomed.add(card);
  } else if (headingLike && FURNITURE_HEADING.test(text)) {
    for (const node of furnitureSection(element, keep, stats)) doomed.add(node);
  } else if (own.chars <= 60 && own.linkChars === 0 && MORE_OF_SECTION_HEADING.test(text) && isLinkListNext(element, stats)) {
    // Table layouts set the heading in a plain paragraph over bare links, not over a list, which no lead-in test reads.
    for (const node of furnitureSection(element, keep, stats)) doomed.add(node);
  } else if ((plugLike && (READ_ALSO_PREFIX.test(text) || isLabelledLink(text, own) || isEmphasisLabelledLink(element, text, own))) || (promptLike && CALL_TO_ACTION.test(text))) {
    doomed.add(element);
  } else if (counterLike && /^[【［[]/u.test(text) && READ_ALSO_PREFIX.exec(text)?.[0].length === text.length) {
    // Rule "read-also label alone": a line that is nothing but the label in its brackets ("【関連記事】", "【延伸閱讀】")
    // titles the links the template sets after it, in a list or a box of their own; once they are gone as furniture
    // it titles nothing. A label before a colon ("Lire aussi :") may run on into the headline's line after it, and is
    // left to the plug's rules, which take the two together.
    doomed.add(element);
  } else if (channelPromptLike && isChannelPrompt(text)) {
    // Rule "channel prompt": see CHANNEL_ASK.
    doomed.add(element);
  } else if (channelPromptLike && MACHINE_SUMMARY_NOTE.test(text)) {
    doomed.add(machineSummaryBox(element, keep, stats));
  } else if (promptLike && ((AGE_LIMIT.test(text) && GAMBLING_NOTICE.test(text)) || (own.linkChars > 0 && holdsGamblingNotice(element)))) {
    // Rule "betting promo": sports pages set a bookmaker's offer between a report's paragraphs ("Bet on League One:
    // Get £20 in free bets … 18+. T&Cs apply. BeGambleAware."), its box named by utility classes only. The notice the
    // law has such an ad carry gives it away; a story about gambling does not print the age limit beside it. The age
    // limit is looked for first: it is a quick test, and the long list of notices is then read in few blocks.
    doomed.add(element);
  } else if (promptLike && isShopCard(element, text, own)) {
    doomed.add(element);
  } else if (promptLike && CONTENT_NOUN.test(text) && EXTERNAL_CONTENT.test(text) && EMBED_CONSENT_ASK.test(text)) {
    doomed.add(consentPlaceholder(element, keep, stats));
  } else if (promptLike && own.chars <= MAX_SCRIPT_NOTICE_CHARS && SCRIPT_NAME.test(text) && EMBED_CONSENT_ASK.test(text) && (card = consentPlaceholder(element, keep, stats)) !== element) {
    // Rule "script notice in the player's place": a player or a widget a script draws into the text shows, until the
    // script runs, a line that asks the reader to turn scripts on ("لا يمكن تشغيل الفيديو. يرجى تفعيل JavaScript في
    // متصفحك.", "Please enable JavaScript to watch this video"), outside any <noscript>, in a small box of its own under
    // the clip's title ("شاهدي الوصفة بالفيديو"): the box goes whole, as a consent placeholder's does. A story's
    // sentence about scripts stands in the story's box, not in a box of its own.
    doomed.add(card);
  } else if (promptLike && SENSITIVE_CONTENT_WARNING.test(text)) {
    // Rules "sensitive-content warning" and "spoiler warning": see SENSITIVE_CONTENT_WARNING.
    doomed.add(element);
  }
}

/** The blocks a quote strip is set in (see rule "quote strip"). */
const QUOTE_STRIP_TAGS = new Set(['p', 'div']);

/** "14 thoughts on “…”": the count and its words, and a headline's length of title in quotes. */
const MAX_TITLED_COUNT_HEADING_CHARS = 200;

/**
 * Rule "sponsor's box": a newsletter issue sets a sponsor's message between its items, a box that opens with the label
 * naming the sponsor ("TOGETHER WITH HARVEST CREDIT UNION", see SPONSOR_LABEL) over a line or two of pitch and the
 * advertiser's link ("Apply today →"), in boxes its editor styles inline and names for nothing. The label opens the box,
 * which holds a link away and no more than a short pitch; the widest such box goes. A label with no such box under it
 * names no one's advertisement.
 */
/**
 * Rule "notice on a line of the promo": minified markup (Next.js, Nuxt) sets the promo's lines as blocks with no
 * space between them ("…Apostá ahora</a><p>Jugá responsablemente…"), so the box's run-together text has the notice
 * glued to the button's last word, where no word boundary finds it. A block of the box that is the notice on its own
 * marks the box, with its odds and its link to the bookmaker, as the promo.
 */
function holdsGamblingNotice(box: DomElement): boolean {
  return box.children.some((child) => {
    if (!isElement(child) || !NOTICE_LINE_TAGS.has(child.name)) return false;
    const line = normalizeSpace(rawText(child));
    return AGE_LIMIT.test(line) && GAMBLING_NOTICE.test(line);
  });
}
const NOTICE_LINE_TAGS = new Set(['p', 'div', 'span', 'small']);

function sponsorBox(label: DomElement, keep: Set<DomNode>, stats: StatsTable, isAdvertisersLink: (element: DomElement) => boolean = isLinkAway): DomElement | null {
  let box: DomElement | null = null;
  let opening: DomElement = label;
  for (let parent = label.parent; parent && isElement(parent) && !keep.has(parent) && !STORY_BOX_TAGS.has(parent.name); parent = parent.parent) {
    const parentStats = stats.get(parent);
    if (firstContent(parent) !== opening || !parentStats || parentStats.chars > MAX_SPONSOR_BOX_CHARS || parentStats.prose > 1) break;
    if (descendantElements(parent).some(isAdvertisersLink)) box = parent;
    opening = parent;
  }
  return box;
}
/** A label, a pitch of a sentence or two and the button. */
const MAX_SPONSOR_BOX_CHARS = 400;

/**
 * Rule "machine-written summary" (see MACHINE_SUMMARY_NOTE): the note that discloses the summary stands in the summary's
 * box, under the box's label; the box is the nearest around the note that a heading or a bold line opens, no longer
 * than a summary. Without such a box, the note goes alone.
 */
function machineSummaryBox(note: DomElement, keep: Set<DomNode>, stats: StatsTable): DomElement {
  for (let box = note.parent; box && isElement(box) && !keep.has(box) && !STORY_BOX_TAGS.has(box.name) && (stats.get(box)?.chars ?? Infinity) <= MAX_MACHINE_SUMMARY_CHARS; box = box.parent) {
    const first = firstContent(box);
    if (first !== note && first && isElement(first) && (HEADING_TAGS.has(first.name) || BOX_TITLE_TAGS.has(first.name) || isBoldLine(first))) return box;
  }
  return note;
}
/** A summary box holds a few sentences or bullets. */
const MAX_MACHINE_SUMMARY_CHARS = 1_500;


/**
 * Rule "pros and cons card": a product, a game or a restaurant review sums itself up in a card over or under the text,
 * the verdict in a sentence or two and the lists of what is good and what is bad about the thing ("Pros" and "Cons",
 * "Vorteile" and "Nachteile", "Points forts" and "Points faibles", "Ventajas" and "Inconvenientes", "الإيجابيات" and
 * "السلبيات"), beside its score. The review says it all at length; the card repeats it as bullets, and read as text
 * it put a run of fragments before the review's first sentence. The card is the widest box around the pros' heading
 * that holds the cons' heading too and the verdict's paragraph, no more. Pros and cons that a critic writes in the
 * run of the review's own paragraphs have no box of their own, and stay; so does a box of the two lists alone that
 * closes the text, which reads as its last word; and so do the rows of pros and cons a guide's table sets under the
 * offers it compares.
 */
function prosAndConsCard(heading: DomElement, keep: Set<DomNode>, stats: StatsTable): DomElement | null {
  let card: DomElement | null = null;
  for (let parent = heading.parent; parent && isElement(parent) && !keep.has(parent) && !STORY_BOX_TAGS.has(parent.name); parent = parent.parent) {
    // A table's rows of pros and cons compare the things in its columns: data, not a card.
    if (TABLE_CELL_TAGS.has(parent.name) || parent.name === 'tr') return null;
    const parentStats = stats.get(parent);
    if (!parentStats || parentStats.prose > 1 || parentStats.chars > MAX_VERDICT_CARD_CHARS) break;
    if (card || descendantElements(parent).some((element) => element !== heading && isConsHeading(element, stats))) card = parent;
  }
  return card && stats.get(card)?.prose === 1 ? card : null;
}
/** The verdict, two short lists and the score; a longer box holds more than the card. */
const MAX_VERDICT_CARD_CHARS = 1500;

/**
 * Rule "score sheet": a review sums itself up in marks as well as in words, a list of what it rated and the mark each
 * got ("Performance 9", "Comfort 8", "Value 7"; "Consumi: 9", "Bagagliaio: 5"; "Design 4/5"), under the sheet's title
 * ("Pagelle", "Our scores") or beside the total ("8.5 out of 10"), filled in the review template's fields. The review
 * says in its paragraphs what the marks sum up; read as text the sheet closed it on a run of labels and figures. A list
 * of three items or more, each a label of a few words and a mark out of 5 or 10, and no sentence, is that sheet; it
 * goes with the box around it that adds no more than a title and the total. A list of figures with their units or
 * their counts ("Power 402 hp", "Votes 25,912") gives no marks.
 */
function scoreSheet(list: DomElement, keep: Set<DomNode>, stats: StatsTable): DomElement | null {
  let marks = 0;
  for (const item of list.children) {
    if (!isElement(item)) {
      if (normalizeSpace(rawText(item)) !== '') return null;
      continue;
    }
    if (item.name !== 'li') return null;
    const mark = SUB_SCORE.exec(normalizeSpace(rawText(item)));
    if (!mark || Number(mark[1].replace(',', '.')) > Number(mark[2] ?? MAX_PLAIN_MARK)) return null;
    marks++;
  }
  if (marks < MIN_SCORE_SHEET_MARKS) return null;
  let sheet = list;
  for (let parent = list.parent; parent && isElement(parent) && !keep.has(parent) && !STORY_BOX_TAGS.has(parent.name); parent = parent.parent) {
    const parentStats = stats.get(parent);
    if (!parentStats || parentStats.prose > 0 || parentStats.chars > MAX_SCORE_SHEET_CHARS || SENTENCE_AFTER_WORD.test(normalizeSpace(rawText(parent)))) break;
    sheet = parent;
  }
  return sheet;
}
const SCORE_SHEET_LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol']);
/** "Performance 9", "Consumi: 9", "Design 4/5": a label of one to three words and a mark. Captured: the mark, its scale. */
const SUB_SCORE = /^\p{L}[\p{L}\p{M}'’&-]*(?: [\p{L}\p{M}'’&-]+){0,2}\s*[:：]?\s*(\d{1,2}(?:[.,]\d)?)(?:\s*\/\s*(5|10))?$/u;
/** A mark with no scale beside it is out of ten. */
const MAX_PLAIN_MARK = 10;
const MIN_SCORE_SHEET_MARKS = 3;
/** A title, a handful of marks and the total. */
const MAX_SCORE_SHEET_CHARS = 300;

function isConsHeading(element: DomElement, stats: StatsTable): boolean {
  const own = stats.get(element);
  return !!own && own.chars > 0 && own.chars <= MAX_CONS_HEADING_CHARS && isHeadingLike(element) && CONS_HEADING.test(normalizeSpace(rawText(element)));
}
/** "What we didn't like", the longest heading of the cons. */
const MAX_CONS_HEADING_CHARS = 30;

/**
 * Rule "reviewed work's card": a review sets the record of the work it reviews beside or over its text as a list of
 * labelled fields ("Auteur : Hélène Darrieux", "Éditeur : …", "Pages : 384", "Prix : 22,50 €", "ISBN : …"; "Regie",
 * "Laufzeit"; "Dirección", "Horario"; "إخراج", "مدة العرض"), filled from the catalogue, not written: the review
 * names what it needs of it in its sentences. A list every item of which is a label and its value, three or more of
 * the labels a work's record's, is that card; it goes with the box around it when that box holds nothing else but the
 * cover. A fact box of other labels ("Population:", "Area:") is the story's.
 */
function isWorkCard(list: DomElement): boolean {
  const items = list.children.filter((child): child is DomElement => isElement(child) && (child.name === 'li' || child.name === 'dt' || child.name === 'dd'));
  let fields = 0;
  let known = 0;
  for (const item of items) {
    if (item.name === 'dd') continue;
    const text = normalizeSpace(rawText(item));
    const label = item.name === 'dt' ? text.replace(/\s*[:：]$/u, '') : WORK_CARD_FIELD.exec(text)?.[1];
    if (label === undefined) return false;
    fields++;
    if (WORK_CARD_LABEL.test(label)) known++;
  }
  return fields >= MIN_WORK_CARD_FIELDS && known >= MIN_WORK_CARD_FIELDS;
}
const WORK_CARD_TAGS: ReadonlySet<string> = new Set(['ul', 'dl']);
/** "Auteur : Hélène Darrieux": a label of a few words, its colon, a value. */
const WORK_CARD_FIELD = /^([^:：]{1,25}?)\s*[:：]\s*\S/u;
const MIN_WORK_CARD_FIELDS = 3;

/**
 * The card's box: the list, or the box around it when that box holds no text of its own beside it (a cover) but,
 * perhaps, the card's title in a heading over the list (rule "card's title": "Faktenbox: Luka Kovačević", "Fiche").
 */
function workCardBox(list: DomElement, keep: Set<DomNode>, stats: StatsTable): DomElement {
  const box = list.parent;
  if (!box || !isElement(box) || keep.has(box) || STORY_BOX_TAGS.has(box.name)) return list;
  const boxChars = stats.get(box)?.chars;
  const listChars = stats.get(list)?.chars ?? 0;
  if (boxChars === listChars) return box;
  const title = previousElement(list);
  return title && HEADING_TAGS.has(title.name) && !previousElement(title) && boxChars === listChars + (stats.get(title)?.chars ?? 0) ? box : list;
}

function isLinkAway(element: DomElement): boolean {
  return element.name === 'a' && /^https?:\/\//i.test(element.attribs.href ?? '');
}

/**
 * Rule "consent placeholder": a page that holds an embedded post or video back until the reader consents sets a box
 * in its place ("Empfohlener redaktioneller Inhalt" over "An dieser Stelle finden Sie externen Inhalt … Ich bin damit
 * einverstanden, dass mir externe Inhalte angezeigt werden"), with a toggle and a link to the privacy policy. Its
 * ask (see EXTERNAL_CONTENT) gives it away whatever its class; the box goes whole, up to the largest wrapper that
 * holds nothing longer than a placeholder. {@link dropRepeatedPlaceholders} finds such boxes by repetition instead.
 */
function consentPlaceholder(ask: DomElement, keep: Set<DomNode>, stats: StatsTable): DomElement {
  let box = ask;
  for (let parent = ask.parent; parent && isElement(parent) && !keep.has(parent) && !REGION_TAGS.has(parent.name); parent = parent.parent) {
    const parentStats = stats.get(parent);
    if (!parentStats || parentStats.chars > MAX_PLACEHOLDER_CHARS || parentStats.elements > SMALL_SUBTREE || STORY_BOX_TAGS.has(parent.name)) break;
    box = parent;
  }
  return box;
}
/**
 * A channel prompt is a line or two; it runs longer than other prompts, as it spells out the channel's address
 * ("… WhatsApp Channel : https://…. Pastikan kamu sudah install aplikasi WhatsApp ya.").
 */
const MAX_CHANNEL_PROMPT_CHARS = 320;
/** The nouns {@link EXTERNAL_CONTENT} names content by: a plain test first, since most short blocks have none. */
const CONTENT_NOUN = /inhalt|content|contenu|contenid|contenut|conteúd|inhoud/i;
/** The heading, the ask, the toggle's label and the policy note of a placeholder. */
const MAX_PLACEHOLDER_CHARS = 600;

/**
 * Rule "discussion by its count": a heading that counts the readers' comments ("38 responses", "Kommentare (14)"),
 * or names them as the readers' ("Vos réactions", "Meinungen unserer Leser"), heads the discussion, whatever the
 * template calls its box (`discussion`, `talk`, `responses`, `reaction`): the box the heading opens is the comments,
 * long prose by readers that no class word gave away. A heading set inside the story's container takes the blocks
 * after it (see {@link headedSection}).
 */
function discussionUnder(heading: DomElement, keep: Set<DomNode>): DomElement {
  const box = heading.parent;
  if (!box || !isElement(box) || keep.has(box) || box.name === 'body') return heading;
  const first = firstContent(box);
  return first === heading ? box : heading;
}

/**
 * The section a heading of the readers' discussion or of a profile heads: the box the heading opens, whatever its
 * class; a heading set inside the story's container takes the blocks after it, up to the next heading ("<h2>35
 * Comments</h2><ol>…</ol>" after the story's last paragraph). Rule "profile box": a heading "About the author" ("Über
 * die Autorin", "عن الكاتب") or "About us" ("Über uns", "من نحن") heads the writer's or the site's standing profile,
 * prose that the template prints under every story and that can outweigh a short story set without paragraphs.
 */
function headedSection(heading: DomElement, keep: Set<DomNode>): DomNode[] {
  const box = discussionUnder(heading, keep);
  if (box !== heading) return [box];
  const section: DomNode[] = [heading];
  for (let sibling = nextElement(heading); sibling && !HEADING_TAGS.has(sibling.name); sibling = nextElement(sibling)) section.push(sibling);
  return section;
}

/**
 * Rule "discussion under a bold title": old table templates title the readers' comments with a bold line in the first
 * cell of their table ("<td><font><b>Reader Comments (4)</b></font></td>") rather than a heading. Such a title opens
 * its table, and the table is the discussion: the outermost box the title opens, up to a box holding more before it.
 *
 * Rule "box table in a layout cell": the same templates lay the whole page out in a table, and a sidebar box
 * ("<td width="180"><table><tr><td><b>الأكثر قراءة</b></td></tr>…") is often its row's first cell, so the title
 * opens the sidebar's cell, the layout row and the layout table too, story and all. A titled table ends at its own
 * <table>: the cell of another table around it is the layout's, not the box's.
 */
function titledBox(title: DomElement, keep: Set<DomNode>): DomElement {
  let box = title;
  for (let parent = box.parent; parent && isElement(parent) && !keep.has(parent) && !STORY_BOX_TAGS.has(parent.name); parent = parent.parent) {
    if (box.name === 'table' && TABLE_CELL_TAGS.has(parent.name)) break;
    const first = firstContent(parent);
    if (first !== box) break;
    box = parent;
  }
  return box;
}
/**
 * Rule "poll's notice": a poll story carries the poll's technical notice in a box of its own under the text, titled
 * with the word for the method (see POLL_NOTICE_HEADING): when and how the pollster asked, the sample, the margin of
 * error, where the full notice is filed ("Enquête réalisée en ligne du 1er au 3 décembre auprès d'un échantillon de
 * 612 personnes … Marge d'erreur …"). It is the poll's fine print, set in the same form under every poll, and the
 * story gives the figures that matter in its sentences. The box its heading opens goes when it states a sample (see
 * SURVEY_SAMPLE); a data story's "Methodology" over its own notes on how the desk worked names no sample, and stays,
 * as does a sentence of the story on how the poll was done, which no such heading titles.
 */
function pollNotice(heading: DomElement, keep: Set<DomNode>, stats: StatsTable): DomElement | null {
  const box = titledBox(heading, keep);
  if (box === heading || (stats.get(box)?.chars ?? Infinity) > MAX_POLL_NOTICE_CHARS) return null;
  return SURVEY_SAMPLE.test(normalizeSpace(rawText(box))) ? box : null;
}
/** The dates, the sample, the method and the margin: a paragraph or two. */
const MAX_POLL_NOTICE_CHARS = 1_200;

/** The bold line an old template titles a box with. */
const BOX_TITLE_TAGS = new Set(['b', 'strong']);

/**
 * Rule "pitch box": a box set in or under the story that asks the reader to subscribe, join, sign up or give closes
 * with the button that does it ("Hágase socio", "Subscribe", "Support the Guardian", "Yes, I'll give $10"), and its
 * heading and pitch ("We have covered the valley for 80 years…", "Before you move on… we have a small favour to
 * ask") are the publisher's appeal, not the story, whatever words they use. A box of a short pitch and at most one
 * paragraph whose last element is a link that calls to action is such a box; the link may close the pitch's last
 * line instead ("<p>Die wichtigsten Nachrichten, jeden Werktag um 6 Uhr. <a>Jetzt abonnieren</a></p>").
 *
 * Rule "live coverage box": during a running event, stories set a box of the site's live page in the text, its
 * label ("Liveblog", "Unwetter-Liveticker") over the page's latest entries ("14:21 +++ Scheitel erreicht +++"),
 * closing with the link to it ("Zum Liveticker", "Follow our live coverage", "Suivez notre direct"). It pitches
 * another page the same way, and its entries, short lines by the clock, are that page's, not the story's; the link
 * leads away from the page, where a link within it (`#live`) may close the story's own live section. Other templates
 * set the link over the entries instead, as the box's header: a badge and the live page's headline ("<div><span>LIVE
 * </span> <a href="/news/…">Ring road live traffic updates</a></div>"), the entries under it stamped by the clock
 * ("<li><time>11:48</time> Queues at the harbour junction …</li>"). A header closing with a link away that names a
 * live page, over lines that tell the time, makes the same box (see {@link isLiveCoverageBox}).
 */
function isPitchBox(box: DomElement): boolean {
  if (!PITCH_BOX_TAGS.has(box.name)) return false;
  let last = lastContent(box);
  if (last && isElement(last) && last.name === 'a' && isSponsoredLink(last)) return true;
  // Rule "button block": WordPress's Buttons block and the page builders wrap the closing button in a box or two of
  // its own (`wp-block-buttons > wp-block-button > a`): the call inside closes the box as a bare one does. A paid link
  // so wrapped is left to the rule "paid links only", which keeps a live entry's table over its shop button.
  for (let depth = 0; depth < MAX_BUTTON_WRAPPERS && last && isElement(last) && PITCH_BOX_TAGS.has(last.name) && last.children.filter(isContent).length === 1; depth++) last = lastContent(last);
  if (last && isElement(last) && PITCH_LINE_TAGS.has(last.name)) last = lineCloser(last);
  if (!last || !isElement(last) || last.name !== 'a') return holdsButtonRows(box);
  const label = normalizeSpace(rawText(last));
  return CALL_TO_ACTION.test(label) || (LIVE_COVERAGE_LINK.test(label) && !(last.attribs.href ?? '#').startsWith('#')) || holdsButtonRows(box);
}
const PITCH_BOX_TAGS = new Set(['div', 'section', 'aside']);

/**
 * Rule "rows of buttons": a tour's or a festival's ticket box lists the dates, each row closed by the seller's
 * button ("10 Ocak – Ankara, Congresium <a>Bilet al</a>", "12 Dec – Manchester AO Arena <a>Buy tickets</a>"), under
 * its title and over its note on prices ("Biletler 750 TL'den başlayan fiyatlarla satışta."). The rows call to action
 * as one closing button does, and the box is the seller's, title and note with it. Every item of a list of the box's
 * own must close on such a button; a story's list of dates names places, and sells nothing from each line.
 */
function holdsButtonRows(box: DomElement): boolean {
  return box.children.some((child) => isElement(child) && BUTTON_ROW_LIST_TAGS.has(child.name) && isButtonRowList(child));
}
/**
 * A list whose every item closes on a button that calls to action. The box may set another list before it ("Doors
 * open at 19:00", "All ages"), which leaves the rows what they are.
 */
function isButtonRowList(list: DomElement): boolean {
  let rows = 0;
  for (const item of list.children) {
    if (!isElement(item)) continue;
    const closer = item.name === 'li' ? lastContent(item) : undefined;
    if (!closer || !isElement(closer) || closer.name !== 'a' || !CALL_TO_ACTION.test(normalizeSpace(rawText(closer)))) return false;
    rows++;
  }
  return rows >= MIN_BUTTON_ROWS;
}
const BUTTON_ROW_LIST_TAGS = new Set(['ul', 'ol']);
const MIN_BUTTON_ROWS = 2;
/** The Buttons block's two wrappers, and a builder's third. */
const MAX_BUTTON_WRAPPERS = 3;

/**
 * Rule "referral box": a newsletter issue closes with its referral programme ("Share The Millbrook Minute", "You
 * currently have 0 referrals, only 3 away from …", "Click to Share", "Or copy and paste this link to others: …"), a
 * box around the sign-up address that carries the reader's referral code (`/subscribe?ref=…`). Whatever its words, a
 * short box that links to a sign-up page with such a code asks the reader to recruit others; a story links to a
 * newsletter's sign-up page without one.
 */
function isReferralBox(box: DomElement): boolean {
  return descendantElements(box).some((link) => link.name === 'a' && REFERRAL_SIGN_UP.test(link.attribs.href ?? ''));
}
const REFERRAL_SIGN_UP = /\/(?:subscribe|signup|sign-up|join)\/?\?(?:[^#]*&)?(?:ref|referral|referral_code)=[^&#]+/i;
/** The pitch, the count of referrals so far and the line that prints the address. */
const MAX_REFERRAL_BOX_PROSE = 2;

/**
 * The live coverage box by its header (see the rule "live coverage box"): `header`, the box's first element in the
 * intact page, which the structural pass may have taken out already as a header by its class, closes with a link away
 * that names a live page, and what is left of the box tells the time.
 */
function isLiveCoverageBox(box: DomElement, header: DomElement): boolean {
  if (!PITCH_BOX_TAGS.has(box.name) || (header.parent === box && header === lastContent(box))) return false;
  let link: DomNode | undefined = header;
  while (link && isElement(link) && link.name !== 'a') link = lastContent(link);
  if (!link || !isElement(link) || (link.attribs.href ?? '#').startsWith('#') || !LIVE_PAGE_HEADLINE.test(normalizeSpace(rawText(link)))) return false;
  return CLOCK_TIME.test(rawText(box));
}
/** An entry's time: "11:48", "09.15". */
const CLOCK_TIME = /(?<!\d)\d{1,2}[:.][0-5]\d(?!\d)/u;
/** The blocks a pitch's last line is set in. */
const PITCH_LINE_TAGS = new Set(['p', 'div']);

/**
 * Rule "pitch's terms": the link may be followed on its line by the offer's terms, a price or a period ("<a>Become a
 * supporter</a> from £3 a month.", "<a>Jetzt abonnieren</a> – ab 4,99 € im Monat"). A few words after the line's
 * last link leave it the line's closer; a clause after it makes the link one of the line's words.
 */
function lineCloser(line: DomElement): DomNode | undefined {
  const last = lastContent(line);
  if (!last || last.type !== 'text' || normalizeSpace(last.data ?? '').length > MAX_PITCH_TERMS_CHARS) return last;
  return line.children.slice(0, line.children.lastIndexOf(last)).findLast(isContent);
}
/** "from £3 a month.", "ab 4,99 € im Monat" */
const MAX_PITCH_TERMS_CHARS = 30;

/**
 * Rule "affiliate box": a travel or product blog sets a box in the text that sells a hotel or a product for a
 * commission ("Where we stayed" over the hotel's name, stars and rate, closed by "Check prices on Booking.com"). Its
 * closing button is the paid link, which search engines have sites mark as such (`rel="sponsored"`), whatever the
 * button says: a box whose last element is a sponsored link is the advertiser's. A sponsored link within a sentence
 * of the story is one of its words, and stays.
 */
function isSponsoredLink(link: DomElement): boolean {
  return hasToken(link.attribs.rel?.toLowerCase(), SPONSORED_REL);
}
const SPONSORED_REL: ReadonlySet<string> = new Set(['sponsored']);
/** A link marked as paid (see rule "affiliate box"). */
function isPaidLink(element: DomElement): boolean {
  return element.name === 'a' && isSponsoredLink(element);
}

/**
 * Rule "paid links only": a review or a launch story sets a line or a button row in the text that sends the reader
 * to a shop for a commission ("Buy on Amazon: … for <a>$799.99 at Amazon</a>", "<a>Check price on Flipkart</a>"
 * over "Affiliate link: … may earn a commission"), in a box of its own, and what closes it is as often the price or
 * the disclosure as the button (see rule "affiliate box"). Every link in it is the paid link search engines have
 * sites mark as such (`rel="sponsored"`). A short box of no sentence, heading or table whose links are all
 * sponsored is the shop's. What else holds such a link is not: the story's sentence that names a price or a place
 * with one ("We stayed at <a>Casa Azul</a>, …") has its clause punctuation or is a paragraph of prose, a box that also
 * links the site's own pages is the site's, and a live blog's entry that gives the prices in a table under its
 * heading and closes on such a button is the story's entry.
 */
function isPaidLinksBox(box: DomElement): boolean {
  let paid = false;
  for (const element of descendantElements(box)) {
    if (element.name === 'table' || HEADING_TAGS.has(element.name)) return false;
    if (element.name !== 'a') continue;
    if (!isSponsoredLink(element)) return false;
    paid = true;
  }
  return paid;
}
/** A shop's name, the product, its price, a button or two and the disclosure line. */
const MAX_PAID_LINKS_BOX_CHARS = 160;

/**
 * Rule "offer table": personal-finance and comparison pages set into their stories a table of their partners' offers
 * ("Featured high-yield savings accounts" over a bank, its rate, the minimum deposit and an "Open account" button on
 * each row), every row's button a paid link, which search engines have sites mark as such (`rel="sponsored"`). The
 * partners pay for the rows; a table of the story's own figures links to no one for pay, and a sponsored link on one
 * row of it is the row's word, and a sponsored post's list names its sponsor's pages in its items' words. A table of
 * two rows or more whose every row closes on a cell with a sponsored link, the offer's button, is such a table, and it
 * goes with the box that adds to it no more than its title, its "Ad" label and the date of its rates.
 */
function offerTable(element: DomElement, keep: ReadonlySet<DomNode>, stats: StatsTable): DomElement | null {
  if (element.name !== 'table') return null;
  let rows = 0;
  for (const row of boardRows(element)) {
    const lastCell = row.children.findLast(isElement);
    if (!lastCell || !descendantElements(lastCell).some((child) => child.name === 'a' && isSponsoredLink(child))) return null;
    rows++;
  }
  return rows >= MIN_OFFER_ROWS ? withTitleBox(element, keep, stats, MAX_OFFER_BOX_EXTRA_CHARS, MAX_OFFER_BOX_NOTES) : null;
}
const MIN_OFFER_ROWS = 2;
/** "Featured high-yield savings accounts", "Ad", "APYs as of Dec 3, 2026. Rates may change.": a title and a note. */
const MAX_OFFER_BOX_EXTRA_CHARS = 160;
/**
 * Rule "offer box's small print": the box closes on the date of its rates and the warning a lender's offer must carry
 * ("Rates correct at 3 December 2026. Your home may be repossessed if you do not keep up repayments on your
 * mortgage."), sentences the reader reads as a paragraph, but the offers' small print, within the box's few characters
 * beside the table; a story's paragraph beside a table is more than a title and a note.
 */
const MAX_OFFER_BOX_NOTES = 1;

/** The first element or non-blank text among the node's children. */
function firstContent(node: DomElement): DomNode | undefined {
  return node.children.find(isContent);
}

/** The last element or non-blank text among the node's children. */
function lastContent(node: DomElement): DomNode | undefined {
  return node.children.findLast(isContent);
}

function isContent(child: DomNode): boolean {
  return isElement(child) || (child.type === 'text' && (child.data ?? '').trim() !== '');
}

/**
 * Rule "inline story card": a card for another story set between two paragraphs of the text, whose template names
 * it with no word the cleaning knows (`c-card c-card--inline`): the other story's picture and its headline, both
 * linked to it, and under them a dek that is a whole sentence, so neither link density nor a cut-off excerpt gives
 * it away. The picture and the headline pointing at the same address make it a card; standing alone between the
 * text's paragraphs makes it an insert, where a listicle's items, which may look the same, follow one another.
 * Asked of small <div>s with links only, and read further only between two paragraphs.
 */
function isInlineStoryCard(card: DomElement): boolean {
  if (previousElement(card)?.name !== 'p' || nextElement(card)?.name !== 'p') return false;
  const pictureLinks = new Set<string>();
  const headlineLinks: string[] = [];
  for (const element of descendantElements(card)) {
    if (element.name === 'a' && element.attribs.href && !IMAGE_FILE.test(element.attribs.href) && descendantElements(element).some((child) => child.name === 'img')) pictureLinks.add(element.attribs.href);
    else if (SECTION_HEADING_TAGS.has(element.name)) {
      const link = wholeLinkOf(element);
      if (link) headlineLinks.push(link);
    }
  }
  return headlineLinks.some((href) => pictureLinks.has(href));
}

/** A link to the picture's own file opens it larger: the box is the article's picture with its title, not a card. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

/** The address of the one link a heading's whole text is, if it is one. */
function wholeLinkOf(heading: DomElement): string | null {
  const links = descendantElements(heading).filter((element) => element.name === 'a');
  if (links.length !== 1 || !links[0].attribs.href) return null;
  return normalizeSpace(rawText(links[0])) === normalizeSpace(rawText(heading)) ? links[0].attribs.href : null;
}

/**
 * Rule "shop card": a box set in the text that sells a product (its picture, its name, its price, a "Buy now" link)
 * with no sentence in it: a price, a link, a picture, no clause punctuation and no prose paragraph. A fact box
 * that gives a price in a sentence ("Tickets cost $25, …") has its punctuation; the decimal comma of a price
 * ("249,95 €") is no clause's. The price is looked for in the text the rule is given (a short box's, read once
 * already), the picture only in a box that names a single price.
 *
 * Rule "shop shelf": a shop's guide sets a row of its products in the text ("Passende Produkte" over cards of a
 * linked name and a price each, "<a>Trekkinglite Synthetic</a> 119,95 €*"), their pictures often loaded by script
 * and absent from the page. A box of linked names and two prices or more, and no sentence, sells them as the card
 * does; the row's title goes with it.
 */
function isShopCard(element: DomElement, text: string, own: TextStats): boolean {
  if (element.name !== 'div' || own.linkChars === 0 || own.prose > 0 || hasClause(own, text)) return false;
  const prices = text.match(PRICES)?.length ?? 0;
  return prices >= MIN_SHELF_PRICES || (prices > 0 && descendantElements(element).some((child) => child.name === 'img'));
}
/**
 * An amount with its currency sign or code before or after it: "$39.99", "12,95 €", "£8", "EUR 20". The card's
 * lines run together in its text ("Chain Tool$39.99Buy now"), so no space need set it apart. Rule "won prices":
 * Korean shops and the beauty pages' product sliders print the won after the amount, as a word ("32,000원") or a
 * sign ("₩32,000"); the slider of a K-beauty story's "에디터 추천 아이템" stayed between its paragraphs for want of them.
 * Rule "Arab prices": Gulf and Arab shops print the currency after the amount, abbreviated or as a word ("3,499
 * ر.س", "1,299 د.إ", "20 د.ك", "250 جنيه", "SAR 3,499"); the Saudi phone review's "السعر وأماكن الشراء" card kept its
 * title and its "prices updated on …" note once its shop rows had gone as buttons. Rule "shekel prices": Israeli
 * shops and the plan comparisons of Hebrew telecom pages print the shekel's sign after the amount ("29.90 ₪") or
 * before it; the cellular price-war story kept its "השוואת חבילות" box of three plans between the paragraphs.
 * Rule "lira prices": Turkish shops print the lira after the amount as "TL" or its sign ("4.999 TL", "5.149 ₺"), or
 * the sign before it ("₺5.149").
 */
const PRICES = /(?:[$€£¥₩₪₺]\s?\d{1,6}(?:[.,]\d{2})?|(?:EUR|USD|GBP|CHF|SAR|AED|EGP)\s\d{1,6}(?:[.,]\d{2})?|(?<!\d)\d{1,6}(?:[.,]\d{2})?\s?(?:€|£|EUR|USD|GBP|CHF|SAR|AED|EGP|TL|₺|원|₪|ر\.س|د\.إ|د\.ك|ر\.ق|ر\.ع|د\.ب|ج\.م|ريال|درهم|جنيه|دينار))(?!\d)/gu;
const DECIMAL_COMMA = /\d,\d/g;

/** Clause punctuation beyond the commas inside figures ("249,95 €", "$1,049"): a sentence of the box's text. */
function hasClause(own: TextStats, text: string): boolean {
  return own.punctuation > (text.match(DECIMAL_COMMA)?.length ?? 0);
}
const MIN_SHELF_PRICES = 2;


/** "Skip past newsletter promotion" is as long as a skip link's label gets. */
const MAX_SKIP_LINK_CHARS = 60;

/**
 * Skip link: a link within the page (`href="#after-promo"`) labelled "Skip to content", "Skip past newsletter
 * promotion", "Skip advertisement", which lets keyboard and screen-reader users jump over a box. Templates leave it
 * in front of the box they skip, inside the article; once the box is cleaned away the label reads as a paragraph.
 * A link to an anchor with any other label (a table of contents, a footnote) is the article's own.
 */
function isSkipLink(element: DomElement, href: string, own: TextStats): boolean {
  return href.startsWith('#') && own.chars <= MAX_SKIP_LINK_CHARS && SKIP_LINK_LABEL.test(normalizeSpace(rawText(element)));
}

/**
 * Rule "skip link closing its box": a broadcaster's embed sets its skip link as the last line of the box it skips
 * (the consent placeholder of a post from X or YouTube: "This external content may contain adverts", "View original
 * content on X", "Skip twitter post by …"), pointing past the box's end. That box is what the link skips, and goes
 * with it; a box with a prose paragraph in it is the story's, which no skip link skips.
 */
function skippedBox(link: DomElement, keep: Set<DomNode>, stats: StatsTable): DomElement {
  const box = link.parent;
  if (!box || !isElement(box) || keep.has(box) || STORY_BOX_TAGS.has(box.name) || REGION_TAGS.has(box.name)) return link;
  const last = lastContent(box);
  const boxStats = stats.get(box);
  return last === link && boxStats !== undefined && boxStats.prose === 0 && boxStats.chars <= MAX_PLACEHOLDER_CHARS ? box : link;
}

/**
 * Footnote back-reference: the arrow at the end of a note ("↩", "↑", "^") that jumps back to where the text cites
 * it. The note is the article's; the arrow is a control, and read as text it ended every note with a stray sign.
 */
function isBackReference(element: DomElement, href: string, own: TextStats): boolean {
  return href.startsWith('#') && own.chars <= 2 && BACK_REFERENCE_SIGN.test(normalizeSpace(rawText(element)));
}
const BACK_REFERENCE_SIGN = /^[↩↑⤴^]\uFE0E?$/u;

/**
 * Rule "note number": a footnote opens with its number, linked back to where the text cites it (`<div
 * class="footnote"><a href="#footnote-anchor-1">1</a><div><p>…</p></div></div>`). Set apart from the note's text, it
 * read as a paragraph "1" of its own; the note stays. A citation in the text is a number within a sentence or alone
 * in its <sup>, never a box's opening with more after it.
 */
function isNoteNumber(element: DomElement, href: string, own: TextStats): boolean {
  if (!href.startsWith('#') || own.chars > 3 || !/^\d+$/.test(normalizeSpace(rawText(element)))) return false;
  const box = element.parent;
  if (!box || !isElement(box)) return false;
  const opening = firstContent(box);
  return opening === element && nextElement(element) !== null;
}

/**
 * Rule "enlarge link": a picture box links the picture to its own page or lightbox and sets a second, worded link to
 * the same address beside it ("写真を拡大する", "Foto vergrößern", "Enlarge image"), the box's control. Its words
 * work the page; the picture's link twin says what the link is in any language.
 */
function isPictureTwinLink(link: DomElement): boolean {
  const href = link.attribs.href;
  // "#" is a script's control, which any number of a slideshow's links share, not an address.
  if (!href || href.startsWith('#')) return false;
  // Most links have no link to the same address just before them: the siblings are asked before the link's contents.
  for (let sibling = previousElement(link), steps = 0; sibling && steps < MAX_TWIN_DISTANCE; sibling = previousElement(sibling), steps++) {
    if (sibling.name === 'a' && sibling.attribs.href === href && descendantElements(sibling).some(isImageElement)) {
      return !descendantElements(link).some(isImageElement);
    }
  }
  return false;
}
/** An enlarge control's label is a few words. */
const MAX_ENLARGE_LABEL_CHARS = 30;
/** The control sits right after the picture, or after its caption too. */
const MAX_TWIN_DISTANCE = 2;

/** A toggle's label is a word or two ("Bild anzeigen", "Quellen ausblenden", "Show more"). */
const MAX_TOGGLE_LABEL_CHARS = 30;

/**
 * Rule "slide number in the caption": a gallery prints each slide's place in an element of its own at the head of
 * the slide's caption, often with no space around the slash ("<figcaption><span>3/8</span> The choir played …").
 * Unspaced, "3/8" elsewhere may be a fraction or a span of years (see SLIDE_COUNTER); opening a picture's caption as
 * an element alone, and no larger than the number it counts to, it is the slide's number, not caption text. Sliders
 * set the caption in a box of their own rather than a figcaption (`<div class="slide-legende"><span>1/3</span>
 * <p>…</p></div>`), which is the caption all the same.
 */
function isCaptionSlideNumber(element: DomElement, text: string): boolean {
  const number = UNSPACED_SLIDE_NUMBER.exec(text);
  if (!number || Number(number[1]) < 1 || Number(number[1]) > Number(number[2])) return false;
  const caption = element.parent;
  if (!caption || !isElement(caption)) return false;
  if (!isCaptionElement(caption)) return isSlideNumberBesidePicture(caption);
  for (const node of caption.children) {
    if (node === element) return true;
    if (isElement(node) || (node.type === 'text' && normalizeSpace(node.data ?? '') !== '')) return false;
  }
  return false;
}

/**
 * Rule "slide number beside the picture": a gallery's template sets the slide's number on the slide itself, in an
 * element of its own beside the picture rather than in the caption (`<div class="slide"><span>3/6</span><img …>
 * <div class="pie">…</div></div>`), where it is drawn over the picture's corner. A box that holds the picture itself
 * among its children is that slide: a story's paragraph that holds "3/6" holds words with it, and a table's cell is
 * left to the table. `slide`: the number's parent.
 */
function isSlideNumberBesidePicture(slide: DomElement): boolean {
  let children = 0;
  for (const child of slide.children) {
    if (!isElement(child)) continue;
    if (++children > MAX_SLIDE_CHILDREN) return false;
    if (isImageElement(child) || child.name === 'picture') return true;
  }
  return false;
}
/** A slide holds its number, its picture, a caption's box and a control or two; a story's box holds many more. */
const MAX_SLIDE_CHILDREN = 6;
const UNSPACED_SLIDE_NUMBER = /^(\d{1,3})\s*\/\s*(\d{1,3})$/;

/**
 * Toggle label: the show/hide control of a collapsible box names itself a toggle (`citation__toggle`,
 * `image-toggle__open`); its words work the page, they do not tell the story. An accordion's question is a
 * heading or asks something, and stays. `switches`: see {@link switchLabels}.
 */
function isToggleLabel(element: DomElement, own: TextStats, switches: ReadonlySet<DomNode>): boolean {
  if (own.chars > MAX_TOGGLE_LABEL_CHARS || HEADING_TAGS.has(element.name)) return false;
  if (switches.has(element)) return true;
  const tokens = attributeTokens(element);
  if (!tokens.has('toggle') && !tokens.has('toggler')) return false;
  return !rawText(element).includes('?');
}

/**
 * Rule "switch's label": a switch is a checkbox or a radio button, and the `<label>` that opens with it names what it
 * switches (a live page's `<label><input type="checkbox" checked> Auto-refresh</label>` beside its "Show new posts"
 * button); the structural pass takes out the control, and its label is a toggle's. A page's settings are a switch
 * or a few. A checklist gives each of its items a box (a recipe's ingredients to tick off, a poll's answers), and
 * those labels are the story's list; a disabled box switches nothing, it marks a task list's item. The labels of the
 * intact page that open with an enabled switch, or none when there are more than a page's settings.
 */
function switchLabels(walk: ElementIndex): ReadonlySet<DomNode> {
  const labels = walk.byTag.get('label');
  if (!labels) return NO_SWITCHES;
  const switches = new Set<DomNode>();
  for (const label of labels) {
    const at = walk.position.get(label);
    const opening = at !== undefined && walk.subtreeEnd[at] > at + 1 ? walk.elements[at + 1] : undefined;
    if (opening?.name !== 'input' || opening.attribs.disabled !== undefined || !SWITCH_TYPES.has(opening.attribs.type?.toLowerCase() ?? '')) continue;
    switches.add(label);
    if (switches.size > MAX_SWITCHES) return NO_SWITCHES;
  }
  return switches;
}
/** The input types that switch something on or off. */
const SWITCH_TYPES: ReadonlySet<string> = new Set(['checkbox', 'radio']);
const MAX_SWITCHES = 3;
const NO_SWITCHES: ReadonlySet<DomNode> = new Set();

/** A short lead-in and its colon: "Lea:", "MIRA:", "Le puede interesar:", "Update:". */
const LINK_LABEL = /^([^:：]{1,30})[:：]\s*/u;

/**
 * A labelled link line, "<lead-in>: <headline of another story>", plugs another page whatever the language of
 * its lead-in: everything after the short unlinked label is one link of several words. A sentence that merely
 * contains a link has text after it, and a "Website: example.com" contact line has no headline.
 */
function isLabelledLink(text: string, own: TextStats): boolean {
  const label = LINK_LABEL.exec(text);
  if (!label || label[1].trim().split(' ').length > 4) return false;
  const rest = text.slice(label[0].length);
  return own.linkChars >= rest.length - 1 && own.linkChars <= rest.length + 1 && rest.split(' ').length >= 3;
}

/**
 * The same plug with its lead-in set apart by bold type instead of a colon ("<strong>RELATED STORY</strong> <a>Metro
 * line gets more trains</a>", "<b>İLGİLİ HABER</b> <a>…</a>"): a short bold label opening the block, and one link of
 * several words that is all the rest.
 */
function isEmphasisLabelledLink(element: DomElement, text: string, own: TextStats): boolean {
  const first = firstContent(element);
  if (!first || !isElement(first) || (first.name !== 'strong' && first.name !== 'b')) return false;
  const label = normalizeSpace(rawText(first));
  if (!label || label.split(' ').length > 4 || !text.startsWith(label)) return false;
  const rest = text.slice(label.length).trim();
  return own.linkChars >= rest.length - 1 && own.linkChars <= rest.length + 1 && rest.split(' ').length >= 3;
}

/**
 * Tags of a short bold or plain block that plays the role of a heading when it opens its container. Old table
 * layouts title each box under the story with the cell that opens its first row ("<tr><td class="reltitle">أخبار ذات
 * صلة</td></tr>").
 */
const HEADING_ROLE_TAGS = new Set(['strong', 'b', 'span', 'div', 'p', 'label', 'legend', 'header', 'td']);

function isHeadingLike(element: DomElement): boolean {
  if (HEADING_TAGS.has(element.name)) return true;
  // A short bold or plain block opening its container plays the role of a heading ("Read also", "Comments").
  if (!HEADING_ROLE_TAGS.has(element.name)) return false;
  const parent = element.parent;
  return parent?.children?.find(isContent) === element;
}

/**
 * A short paragraph that ends in a colon ("Das Thema könnte dich auch interessieren:") introduces what follows
 * it the way a heading does, wherever it sits in its container. `text`: its text, whitespace collapsed and trimmed.
 *
 * Rule "title over a list of links": old table templates title a box with a plain block set right over its list in
 * the story's cell, with no heading tag and no colon ("<div class="box-title">مقالات سابقة للكاتب</div><ul><li><a>…"),
 * and the list goes as links while its title stays behind as the story's last line. A short block whose next
 * element is a list made mostly of links heads it.
 */
function isLeadIn(element: DomElement, text: string, stats: StatsTable): boolean {
  if (element.name !== 'p' && element.name !== 'div') return false;
  if (/[:：]$/.test(text)) return true;
  const next = nextElement(element);
  const list = next && LINK_LIST_TAGS.has(next.name) ? stats.get(next) : undefined;
  return list !== undefined && linkDensity(list) >= 0.5;
}
const LINK_LIST_TAGS = new Set(['ul', 'ol']);
/** "للاطلاع على الخبر باللغة الإنجليزية اضغط هنا" is as long as the pointer gets. */
const MAX_VERSION_POINTER_CHARS = 80;
/** The other version's headline or a sentence of its summary, with the label and the pointer. */
const MAX_VERSION_TEASER_CHARS = 320;

/**
 * Rule "other version's teaser": a bilingual paper closes a story, inside its text's box, with a teaser of its version
 * in the other language, the other edition's headline or summary under the pointer to it ("<div lang="fr">Version
 * française : L’université … ouvre un master … <a>Lire l’article en français</a></div>" under an Arabic story): a
 * box that links with a pointer to the other language's version, written in another language than the text around
 * it (its `lang` says so) or opened by the version's label before a colon, is the other edition's, not the story.
 */
function isOtherVersionTeaser(box: DomElement, text: string): boolean {
  const colon = text.search(/[:：]/);
  const labelled = colon > 0 && OTHER_LANGUAGE_VERSION.test(text.slice(0, colon).trim());
  if (!labelled && !inAnotherLanguage(box)) return false;
  return descendantElements(box).some((link) => link.name === 'a' && OTHER_LANGUAGE_VERSION.test(normalizeSpace(rawText(link))));
}

/**
 * Rule "summary in the other language" (see OTHER_LANGUAGE_SUMMARY_LABEL): a box written in another language than the
 * text around it, opened by a label, a heading or a run before a colon, that names a summary or that language, sums
 * the story up for other readers; the story is told in the page's language.
 */
function isOtherLanguageSummary(box: DomElement, text: string): boolean {
  if (!inAnotherLanguage(box)) return false;
  const first = descendantElements(box)[0];
  const firstText = first && SUMMARY_LABEL_TAGS.has(first.name) ? normalizeSpace(rawText(first)) : '';
  if (firstText && text.startsWith(firstText) && OTHER_LANGUAGE_SUMMARY_LABEL.test(firstText)) return true;
  const colon = text.search(/[:：]/);
  return colon > 0 && colon <= MAX_SUMMARY_LABEL_CHARS && OTHER_LANGUAGE_SUMMARY_LABEL.test(text.slice(0, colon).trim());
}
const SUMMARY_BOX_TAGS = new Set(['div', 'aside', 'section', 'p']);
const SUMMARY_LABEL_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'span', 'p']);
/** "Resumen en castellano:" is as long as the label gets. */
const MAX_SUMMARY_LABEL_CHARS = 40;

/** Whether the element's `lang` names another language than the one its nearest ancestor that declares one does. */
function inAnotherLanguage(element: DomElement): boolean {
  const own = element.attribs.lang?.trim().toLowerCase().split('-')[0];
  if (!own) return false;
  for (let node = element.parent; node && isElement(node); node = node.parent) {
    const inherited = node.attribs.lang?.trim().toLowerCase().split('-')[0];
    if (inherited) return inherited !== own;
  }
  return false;
}

/**
 * Rule "title on a line of its own": font-tag layouts set the whole page in one cell, the story's lines and the boxes
 * under it alike parted by line breaks, and title each box with a styled run alone on its line ("<br><font
 * class="more">أخبار أخرى</font><br><a>…</a><br>"), where another template has a heading. A short run of text, no link,
 * with a line break after it and one or the cell's start before it, plays that heading's part.
 */
function isLineTitle(element: DomElement): boolean {
  if (!LINE_TITLE_TAGS.has(element.name)) return false;
  let before = contentBeside(element, 'prev');
  while (before !== null && isElement(before) && isEmptyAnchor(before)) before = contentBeside(before, 'prev');
  const after = contentBeside(element, 'next');
  return after !== null && isElement(after) && after.name === 'br' && (before === null || (isElement(before) && LINE_ENDS.has(before.name)));
}
const LINE_TITLE_TAGS = new Set(['font', 'b', 'strong', 'span']);
/**
 * Rule "anchor before the line title": the same layouts set the target the tools row's "Comments (2)" link jumps to
 * right before the box's title (`<hr><a name="comments"></a><font><b>Comments (2)</b></font><br>`); the anchor shows
 * nothing, and the title still opens its line.
 */
function isEmptyAnchor(element: DomElement): boolean {
  return element.name === 'a' && element.attribs.href === undefined && !element.children.some(isElement) && rawText(element).trim() === '';
}
/**
 * Rule "rule above the line title": the same layouts draw a rule (`<hr>`) between the story and the box under it, and
 * the box's title then stands on its line after the rule, as it does after a line break.
 */
const LINE_ENDS = new Set(['br', 'hr']);

/**
 * Rule "discussion named under the rule": old table templates set the readers' comments in the story's own cell,
 * after a rule (`<hr>`) and a plain paragraph that names the discussion with no count ("MGA KOMENTO", "Comments"),
 * each comment a paragraph of its own. A story draws no rule inside its text to head a section of its own so; the
 * layout does, between the story and what it shows under it. Empty anchors the comments are linked to may stand
 * between the rule and the name.
 */
function isUnderRule(element: DomElement): boolean {
  for (let node = element.prev; node; node = node.prev) {
    if (!isContent(node)) continue;
    if (!isElement(node)) return false;
    if (node.name === 'hr') return true;
    if (node.name !== 'a' || rawText(node).trim() !== '') return false;
  }
  return false;
}

/**
 * Rule "discussion's line title past the rule": the same cells set the discussion's count as a line title ("<font><b>
 * Reacties (3)</b></font><br>") some lines under the rule, past the tools row, and the comments and the reply form's
 * label after it as lines of the cell, with no box around them. Once the rule stands between the story and it, the
 * title heads the rest of the cell: the story never goes on under its own discussion.
 */
function isPastRule(element: DomElement): boolean {
  for (let node = element.prev; node; node = node.prev) if (isElement(node) && node.name === 'hr') return true;
  return false;
}

/**
 * Rule "the readers' discussion, counted, on a line of its own": where no rule is drawn, a line title that names the
 * discussion as the readers' and gives its count ("<b>تعليقات القراء (1)</b><br>", "Commenti dei lettori (2)") heads
 * the rest of the cell all the same: the count is the thread's tally, which no subheading of a story prints, and the
 * readers' name is the discussion's own, where "Comments (2)" alone may still title a box of the story's tools.
 */
function isCountedReadersDiscussion(text: string): boolean {
  return DISCUSSION_COUNT_HEADING.test(text) && READERS_DISCUSSION_OPENING.test(text);
}

/** A line title and every node after it in its cell. */
function lineSection(title: DomElement): DomNode[] {
  const section: DomNode[] = [];
  for (let node: DomNode | null | undefined = title; node; node = node.next) section.push(node);
  return section;
}

/** The nearest sibling on one side that is an element or text with letters in it. */
function contentBeside(element: DomElement, side: 'prev' | 'next'): DomNode | null {
  for (let node = element[side]; node; node = node[side]) if (isContent(node)) return node;
  return null;
}

/**
 * Rule "box under a furniture heading": a heading that opens its box ("<div><h4>Related posts</h4><div>Don't miss
 * these</div><div>teaser cards…</div></div>", "<div><p>HOUSE RULES</p><ol>…</ol></div>") names what the whole box
 * holds, the cards with their summaries (text that is not link text) as much as their linked headlines. A link is no
 * such heading: a "Read more" toggle opens the box that holds the rest of the story.
 */
function opensBoxAsHeading(heading: DomElement, box: DomElement, keep: Set<DomNode>, stats: StatsTable): boolean {
  return BOX_HEADING_TAGS.has(heading.name) && discussionUnder(heading, keep) === box && stats.get(heading)?.linkChars === 0;
}
/**
 * Blocks that head a box. An inline label does not name its box so surely: an info box in the story opens with a
 * "Further information" label kept for screen readers ("<span class="hideCompletely">Weitere Informationen</span>").
 */
const BOX_HEADING_TAGS = new Set([...HEADING_TAGS, 'p', 'div']);

/** The linked picture that follows an ad label set in small print, past line breaks and blank text only. */
function bannerAfterLabel(label: DomElement): DomElement | null {
  for (let node = label.next; node; node = node.next) {
    if (node.type === 'text') {
      if (normalizeSpace(node.data ?? '').trim() !== '') return null;
    } else if (isElement(node) && node.name !== 'br') {
      return node.name === 'a' && normalizeSpace(rawText(node)).trim() === '' && descendantElements(node).some(isImageElement) ? node : null;
    }
  }
  return null;
}

/** Tags that set text in small print, where older templates put a label rather than a box of its own. */
const SMALL_PRINT_TAGS = new Set(['font', 'small']);
const BLOCK_LIKE_TAGS = new Set(['p', 'div', 'li', 'section', 'aside', 'blockquote', 'span', 'strong', 'b', 'em', 'h3', 'h4', 'h5', 'h6']);

/** The box's first node is an element whose text is an ad label alone: "PR", or any of {@link AD_LABEL}'s words. */
function opensWithAdLabelBox(box: DomElement, lastRead: ReadText): boolean {
  const first = box.children.find((node) => node.type !== 'text' || !BLANK.test(node.data ?? ''));
  if (!first || first.type !== 'tag' || first.name === 'a') return false;
  const label = textOf(first as DomElement, lastRead);
  return label.length <= MAX_AD_LABEL_CHARS && (PROMOTION_LABEL.test(label) || AD_LABEL.test(label));
}
/** "PR" is the ad label of Japanese pages, read only in a box of its own (a race's "PR" is a personal record). */
const PROMOTION_LABEL = /^(?:pr|ad)$/i;
const MAX_AD_LABEL_CHARS = 20;
/** A promotion's line and its link: "Sponsored: Save 50% on your first box of meals at Example Kitchen". */
const MAX_LABELLED_PROMOTION_CHARS = 120;

function isBlockLike(element: DomElement): boolean {
  return BLOCK_LIKE_TAGS.has(element.name);
}

/**
 * A furniture heading takes its section with it: the enclosing box when that box is mostly links or small, or when
 * the heading opens it; otherwise the heading and the link lists that follow it.
 */
function furnitureSection(heading: DomElement, keep: Set<DomNode>, stats: StatsTable): DomNode[] {
  // A table cell heading its box heads the table its row opens: the rows under it are the box's links and pictures.
  if (TABLE_CELL_TAGS.has(heading.name)) {
    const table = titledBox(heading, keep);
    if ((stats.get(table)?.chars ?? Infinity) <= MAX_FURNITURE_BOX_CHARS) return [table];
  }
  const box = heading.parent;
  if (box && isElement(box) && !keep.has(box)) {
    const boxStats = stats.get(box);
    if (boxStats && (((linkDensity(boxStats) >= 0.35 || boxStats.chars <= 300) && !hasProseAbove(heading, stats)) || opensBoxAsHeading(heading, box, keep, stats)) && boxStats.chars <= MAX_FURNITURE_BOX_CHARS) return [box];
  }
  const section: DomNode[] = [heading];
  for (let sibling = heading.next; sibling; sibling = sibling.next) {
    if (sibling.type === 'text') {
      const text = (sibling.data ?? '').trim();
      if (text === '') continue;
      if ((TEASER_DATE.test(text) && sibling.prev && isElement(sibling.prev) && sibling.prev.name === 'a') || (TEASER_BULLET.test(text) && isLinkNext(sibling))) {
        section.push(sibling);
        continue;
      }
      break;
    }
    if (!isElement(sibling)) continue;
    // The line breaks between a line title's links (rule "title on a line of its own") go with them.
    if (sibling.name === 'br') {
      section.push(sibling);
      continue;
    }
    const siblingStats = stats.get(sibling);
    if (!siblingStats || HEADING_TAGS.has(sibling.name)) break;
    // A bare link is all link, though its own measure counts only the links inside it.
    if (siblingStats.chars === 0 || sibling.name === 'a' || linkDensity(siblingStats) >= 0.5 || isCardUnderHeading(sibling, siblingStats)) section.push(sibling);
    else break;
  }
  return section;
}
/** A box longer than this holds more than the furniture its heading names. */
const MAX_FURNITURE_BOX_CHARS = 5000;
/**
 * Rule "the teaser's date beside its link": font-tag layouts print each linked headline of the section's other stories
 * with its date after it, in brackets or after a dash ("<a>…</a> (03.12.2026)<br>"); the date is the list's, as the
 * link is, and the list goes on after it.
 */
const TEASER_DATE = /^(?:[-–—|]\s*)?\(?\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:,?\s+\d{1,2}:\d{2})?\)?$/u;
/**
 * Rule "the teaser's bullet": the same layouts mark each linked headline of the list with a bullet typed as text
 * before its link ("&middot; <a>…</a><br>"), where a newer template would set an `<li>`; the mark is the list's, as
 * the link is, and the list goes on after it. Only a mark alone, with a link after it.
 */
const TEASER_BULLET = /^[·•▪▫►▸»›◦∙*-]$/u;
/** Whether a link, or a block that is mostly links, is the next thing after `heading` (line breaks aside). */
function isLinkListNext(heading: DomElement, stats: StatsTable): boolean {
  let next = heading.next;
  while (next && ((next.type === 'text' && !/\S/.test(next.data ?? '')) || (isElement(next) && next.name === 'br'))) next = next.next;
  if (!next || !isElement(next)) return false;
  const nextStats = stats.get(next);
  return next.name === 'a' || (nextStats !== undefined && nextStats.chars > 0 && linkDensity(nextStats) >= 0.5);
}

function isLinkNext(text: DomNode): boolean {
  let next = text.next;
  while (next && next.type === 'text' && !/\S/.test(next.data ?? '')) next = next.next;
  return next !== null && next !== undefined && isElement(next) && next.name === 'a';
}

/**
 * Rule "cards under the heading": under a related heading set in the story's own box, the list is a run of cards, each
 * its linked headline and the other story's summary ("<div><a href="…"><h4>…</h4></a><p>Las obras obligarán …</p>
 * </div>"); the summary outweighs the link, so the card is no link list by its measure. A box that opens with its link
 * and holds no more than a teaser's text is such a card.
 */
function isCardUnderHeading(sibling: DomElement, siblingStats: TextStats): boolean {
  if (siblingStats.linkChars === 0 || siblingStats.chars > MAX_CARD_CHARS || siblingStats.prose > 1) return false;
  let opening: DomNode | undefined = firstContent(sibling);
  while (opening && isElement(opening) && opening.name !== 'a' && HEADING_OR_BOX_TAGS.has(opening.name)) opening = firstContent(opening);
  return opening !== undefined && isElement(opening) && opening.name === 'a';
}
/** A card's headline and summary; a longer box is a story's section. */
const MAX_CARD_CHARS = 400;
/** What a card's link may be wrapped in: its headline's heading, or a box of its own. */
const HEADING_OR_BOX_TAGS = new Set([...HEADING_TAGS, 'div', 'header', 'figure', 'span', 'strong', 'b']);

/**
 * Rule "story above the heading": a brief of a paragraph or two is set in the same box as the related list the
 * template closes it with ("<div class="news-body"><p>Madrid, 5 dic (EFE).- …</p><h3>Te puede interesar</h3><ul>…</ul>
 * </div>"), and three linked headlines outweigh the brief, so the box reads as mostly links. A box that holds a
 * paragraph of prose before the heading is the story's: the heading heads only the lists under it.
 */
function hasProseAbove(heading: DomElement, stats: StatsTable): boolean {
  for (let sibling = heading.prev; sibling; sibling = sibling.prev) {
    if (isElement(sibling) && (stats.get(sibling)?.prose ?? 0) > 0) return true;
  }
  return false;
}

/**
 * Rule "slide numbers run into the captions": a gallery set between a story's paragraphs may print each slide's place
 * in the caption's own text, with no element of its own and no space around the slash ("1/3 Fast attack craft …",
 * "2/3 Helicopters over …"). Alone, an unspaced "1/3" at a paragraph's head may be a fraction; a run of such
 * paragraphs that count up one by one from the first slide to the last they all name (1/3, 2/3, 3/3) is a gallery
 * counting its slides, and the numbers are the gallery's, the captions the story's pictures'.
 */
export function withoutRunInSlideNumbers(blocks: Block[]): Block[] {
  const numbered = new Set<number>();
  let run: number[] = [];
  let total = 0;
  const close = () => {
    if (run.length === total) for (const index of run) numbered.add(index);
    run = [];
  };
  blocks.forEach((block, index) => {
    if (block.kind === 'figure') return;
    const number = block.kind === 'p' ? RUN_IN_SLIDE_NUMBER.exec(block.text) : null;
    const place = number ? Number(number[1]) : 0;
    const of = number ? Number(number[2]) : 0;
    if (number && run.length > 0 && of === total && place === run.length + 1) {
      run.push(index);
      return;
    }
    close();
    if (number && place === 1 && of >= MIN_NUMBERED_SLIDES) {
      run = [index];
      total = of;
    }
  });
  close();
  if (numbered.size === 0) return blocks;
  return blocks.map((block, index) => {
    if (!numbered.has(index) || block.kind === 'figure') return block;
    const prefix = RUN_IN_SLIDE_NUMBER.exec(block.text)![0];
    return block.html.startsWith(prefix) ? { ...block, text: block.text.slice(prefix.length), html: block.html.slice(prefix.length) } : block;
  });
}
const RUN_IN_SLIDE_NUMBER = /^(\d{1,3})\/(\d{1,3})\s+(?=\S)/u;
/** A gallery counts two slides at least; a single "1/2" opening a paragraph is a half. */
const MIN_NUMBERED_SLIDES = 2;
