/**
 * View and comment counters the page shows: structured data first (JSON-LD interaction statistics,
 * microdata commentCount), then counter widgets recognised by their class (WordPress post-views plugins,
 * comments links), then short labelled texts ("1,116 views", "١١١٦ مشاهدة", "لا توجد تعليقات").
 * Volatile numbers: useful for display, never part of an article's identity.
 */
import type { Element } from 'domhandler';
import { DISCUSSION_COUNT_HEADING, DISCUSSION_COUNT_LINE, READERS_DISCUSSION_HEADING } from '../discussion-headings';
import { type Pictogram, pictogramOf } from '../pictograms';
import { isElement, isLineBreak, nextElement, normalizeSpace } from '../dom-walk';
import { normalizeDigits } from './arabic-dates';
import { normalizeOtherDigits } from './dates';
import { MONTH_NAME_ALTERNATION } from './month-names';
import { attributeTokens, firstMatch } from '../content/tokens';
import { caseInsensitiveInitials, hasToken, IndexedPage, inOtherStoriesBox, LOWER_HEADING_TAGS, openingChild, textContent } from './regions';
import type { MetaTags } from './meta-tags';
import type { StructuredArticle } from './json-ld';
import { COMMENT_WORDS_AFTER, COMMENT_WORDS_BEFORE, COUNT_MULTIPLIERS, MULTIPLIER_ALTERNATION, VIEW_WORDS_AFTER, VIEW_WORDS_BEFORE } from './counter-words';
import { holds, inLinkedStoryList } from './foreign-dates';

export interface Counters {
  views: number | null;
  comments: number | null;
}

/**
 * Counter widgets, by the class or id names plugins and themes give them, in English, in French (`vues`,
 * `nb-commentaires`) or in Turkish (`okunma`, "reads", which Turkish portals print as an eye icon and a bare number:
 * `<span class="okunma"><i class="icon-eye"></i> 4.812</span>`); a platform's comment button shows the thread's count
 * as its label (Substack's `post-ufi-comment-button`, MSN's `commentBtn`); themes join the meta row's name with an
 * underscore (JNews's `jeg_meta_comment`), Soledad runs the count's words together (`penci-post-countview-number`, by
 * an eye icon and "1,2K" alone), and blog platforms count the replies as responses (`pw-responses-count`).
 *
 * Rule "camel-cased widget": ASP.NET WebForms and hand-written templates name a control in camel case, the counter's
 * word closing the name (`<span id="ctl00_Main_lblViews" class="newsViews">318</span>`, `lblComments`), and set its
 * label in a span of its own beside it (`<span class="newsViewsLabel">المشاهدات:</span>`). The word after a lower-case
 * letter is the widget's; the label's name, where another word follows it, is not.
 */
interface Widget {
  /** Names of words parted by hyphens, underscores or spaces, in any case. */
  named: RegExp;
  /** Names that close on the counter's capitalized word (see rule "camel-cased widget"); case-sensitive. */
  camelCased: RegExp;
  /** Names that hold the counter's word and name something else. */
  notNamed?: RegExp;
}
/**
 * Rule "Drupal's listing views": Drupal builds its lists of content with its Views module and names every part of
 * them for it (`views-element-container`, `block-views-block-related`, `view-content`, `views-row`, `views-field`,
 * `view-id-…`, `js-view-dom-id-…`), on every Drupal site's related and latest lists; the word names the module, not
 * a count of views, and a row's headline with a number ("صندوق الزكاة يوزع 40 مليون ريال") was read as the views.
 */
const DRUPAL_VIEWS_PART = /(?:^|\s)(?:block-views|views?-(?:element-container|row|field|content|header|footer|exposed-form|infinite-scroll)|view-(?:content|header|footer|empty|id|display-id|dom-id)|js-view-dom-id)(?:$|[\s_-])/i;
const VIEW_WIDGET: Widget = {
  named: /(?:^|[\s_-])(?:post-?views?(?:-count)?|views?(?:-?count)?|view-counter|hits|visits|reads|vues|okunma|entry-views|meta-views|pageviews|tie-views|ct-views|mom-post-meta-views|countview)(?:$|[\s_-])/i,
  camelCased: /[a-z](?:Views?|Hits|Visits|Reads)(?:Count)?(?:$|[\s_-])/,
  notNamed: DRUPAL_VIEWS_PART,
};
const COMMENT_WIDGET: Widget = {
  named: /(?:^|[\s_-])(?:comments?-?(?:link|count|number|num|button|btn)s?|post-comments?|meta[-_]comments?|entry-comments?|comment-bubble|comments|commentaires|responses-count)(?:$|[\s_-])/i,
  camelCased: /[a-z]Comments?(?:Count)?(?:$|[\s_-])/,
};

/** Whether a class or id value names the widget. */
function namesWidget(widget: Widget, value: string | undefined): boolean {
  return value !== undefined && (widget.named.test(value) || widget.camelCased.test(value)) && !widget.notNamed?.test(value);
}

/**
 * A multiplier is a word of its own where words are spaced ("Dibaca 1.234 kali": "k" opens "kali"); CJK ones are
 * written against the label ("3万阅读").
 * Rule "spaced thousands": a space parts a count's digits only before a group of three ("1 204", "12 458"); a meta
 * row run together from its boxes puts the date's year before the count ("December 2, 2016 11 Comments"), and the
 * count is the number after the year, not the digits of both.
 */
const NUMBER = String.raw`(\d(?:[\d.,\u066C]|\s(?=\d{3}(?!\d)))*\d|\d)\s*(?:(${MULTIPLIER_ALTERNATION})(?![\p{Script=Latin}\p{Script=Cyrillic}]))?`;
/**
 * Rule "price, not a count": a review's price widget sets each shop's price before its button ("Currys £1,049 <a>View
 * Deal</a>"), which the page's text runs together as "£1,049View Deal", a number before "view"; a currency sign makes
 * the number an amount of money, and a count is never one. Nor does a count start within the price's digits.
 */
const NOT_A_PRICE = String.raw`(?<![$€£¥₹]\s?[\d.,]*)`;
/**
 * Indic labels end in vowel signs, which are marks: a label is followed by neither a letter nor a mark. A label that
 * a colon and a number follow labels that number, not the one before it: in "الساعة 15:22   قراءات: 2104" the
 * count is 2104, not the time's minutes; so does one that a bracketed number follows, as Chinese and Japanese meta
 * rows print the comments after the clock ("2026-12-03 14:05　评论(56)": 56, not the minutes). Armenian sets its
 * comma after a label where other languages set a colon ("Դիտումներ՝ 845").
 */
const labelPattern = (after: string[], before: string[], notFollowedBy = '') =>
  new RegExp(`${NOT_A_PRICE}${NUMBER}\\s*(?:${after.join('|')})(?![\\p{L}\\p{M}])(?!\\s*[:：(（]\\s*\\d)${notFollowedBy}|(?<![\\p{L}\\p{M}])(?:${before.join('|')})\\s*[:：(՝]?\\s*${NUMBER}`, 'iu');
/**
 * Rule "view the comments": a comments link prints its count before the verb that opens the thread ("346 View
 * comments", "12 View all comments"); "view" there is an imperative, not the views label.
 */
const VIEW_LABEL = labelPattern(VIEW_WORDS_AFTER, VIEW_WORDS_BEFORE, `(?!\\s+(?:all\\s+)?(?:${COMMENT_WORDS_AFTER.join('|')}))`);
const COMMENT_LABEL = labelPattern(COMMENT_WORDS_AFTER, COMMENT_WORDS_BEFORE);
/**
 * Phrases that state there are no comments yet, e.g. the WordPress comments link before the first one, Blogger's ("No
 * comments:", in Arabic "ليست هناك تعليقات:", in Portuguese "Nenhum comentário:"), or invite the first ("be the first
 * to comment", Arabic "كن أول من يعلق").
 */
const NO_COMMENTS_PHRASES = [
  'no comments?(?: yet)?', 'leave a (?:comment|reply)', 'be the first to comment', 'keine kommentare', 'aucun commentaire', 'sin comentarios',
  'لا (?:توجد )?تعليقات', 'لا يوجد تعليقات', 'ليست هناك تعليقات', 'اضف تعليق', 'أضف تعليق', 'أضف تعليقاً', 'لا تعليق', 'нет комментариев', 'комментариев нет',
  'немає коментарів', 'yorum yok', 'henüz yorum yapılmamış', 'بدون نظر', 'belum ada komentar', 'tidak ada komentar', 'nessun commento',
  'geen reacties', 'brak komentarzy', '暂无评论', 'chưa có bình luận', 'אין תגובות', 'كن [أا]ول من يعل\u0651?ق',
  // WordPress's Persian comments link before the first one: "بدون دیدگاه" (without comments).
  'بدون دیدگاه',
  // Blogger's Portuguese, Spanish and Czech links before the first comment ("Nenhum comentário:", "No hay
  // comentarios:").
  'nenhum comentário', 'sem comentários', 'no hay comentarios', 'žádné komentáře',
  // WordPress's Nordic and Baltic comments links before the first one: Finnish "Ei kommentteja", Swedish "Inga
  // kommentarer", Norwegian and Danish "Ingen kommentarer", Estonian "Kommentaare pole", Latvian "Nav komentāru",
  // Lithuanian "Komentarų nėra", Icelandic "Engar athugasemdir".
  'ei kommentteja', 'inga kommentarer', 'ingen kommentarer', 'kommentaare pole', 'nav komentāru', 'komentarų nėra', 'engar athugasemdir',
];
const NO_COMMENTS = new RegExp(`^(?:${NO_COMMENTS_PHRASES.join('|')})`, 'iu');
/**
 * A single comment, in words or in digits, as WordPress's translations title a thread of one ("Un comentariu", "Ein
 * Kommentar", "Jeden komentarz", "Één reactie").
 */
const ONE_COMMENT_PHRASES = ['one comment', '1 comment', 'تعليق واحد', 'un comentariu', 'un comentario', 'um comentário', 'un commento',
  'un commentaire', 'ein kommentar', 'jeden komentarz', 'één reactie'];
const ONE_COMMENT = new RegExp(`^(?:${ONE_COMMENT_PHRASES.join('|')})`, 'iu');
/**
 * Rule "dual comment count": Arabic counts two of a thing with the noun's dual and no number, and WordPress's Arabic
 * comments link and thread title say two comments so ("تعليقان", "تعليقين" after a preposition).
 */
const TWO_COMMENTS_PHRASES = ['تعليقان', 'تعليقين'];
const TWO_COMMENTS = new RegExp(`^(?:${TWO_COMMENTS_PHRASES.join('|')})(?![\\p{L}\\p{M}])`, 'iu');
/** The characters the comment phrases can start with: a text starting otherwise is not read. */
const COMMENT_PHRASE_INITIALS = caseInsensitiveInitials([...NO_COMMENTS_PHRASES, ...ONE_COMMENT_PHRASES, ...TWO_COMMENTS_PHRASES]);
/**
 * Rule "count of the rest": a thread that shows its first comments links to the others by how many are left ("45 more
 * comments...", Substack's, "View 12 more replies", "12 weitere Kommentare", "Voir les 12 autres commentaires", "ещё
 * 12 комментариев", "12 yorum daha"). That number is what remains after those shown, never the total, though the link
 * is named as the comments link is (`more-comments`) and reads as a count.
 */
const REST_WORDS = [
  'more', 'other', 'remaining', 'older', 'previous', 'earlier', 'weitere[n]?', 'ältere[n]?', 'restliche[n]?', 'autres', 'précédents', 'más', 'otros',
  'restantes', 'anteriores', 'altri', 'precedenti', 'mais', 'outros', 'ещё', 'еще', 'остальные', 'więcej', 'pozostałe', 'starsze', 'meer', 'andere',
  'oudere', 'lainnya', 'lagi', 'daha', 'diğer', 'المزيد', 'أخرى', 'الأخرى', 'السابقة', 'بیشتر', 'دیگر', 'thêm', 'khác', 'נוספות', 'עוד',
];
const COUNT_OF_THE_REST = new RegExp(`(?<![\\p{L}\\p{M}])(?:${REST_WORDS.join('|')})(?![\\p{L}\\p{M}])`, 'iu');
/** A decimal digit of any script: what {@link countText} turns into a count. */
const ANY_DIGIT = /\p{Nd}/u;
/**
 * Rule "digits of any script": South Asian papers print their counters in their own digits as they print their dates
 * ("পড়া হয়েছে ৩,৪৫৬ বার", Bengali for read 3,456 times; Devanagari "१२३ बार देखा गया"), as Arabic ones do in
 * Arabic-Indic digits. A counter's text is read with every script's digits as Western ones, and in the composed form
 * the labels are written in: Bengali writes its dotted letters (ড়, য়) either as one character or as two.
 */
function countText(text: string): string {
  return normalizeOtherDigits(normalizeDigits(text)).normalize('NFC');
}
const ANY_LETTER = /\p{L}/u;
/** The emoji a count may be labelled with instead of a word (rule "emoji labels" in counter-words.ts). */
const EMOJI_LABEL = /👁|💬/u;
/**
 * Counter labels are short; long texts that happen to contain "views" are prose. In visible characters, as the walk
 * counts them.
 */
const MAX_LABEL_TEXT = 60;
/**
 * The same bound on a label's text with the spaces between its words, which the walk does not count: an old
 * template's meta row that prints the date, the time and both counters in one line ("2024/01/17 الساعة 11:20 ص
 * عدد القراءات: 3412 عدد التعليقات: 7") is within the bound, and its spaces are not a reason to pass it over.
 */
const MAX_LABEL_TEXT_WITH_SPACES = 2 * MAX_LABEL_TEXT;
/**
 * Rule "counter field of a one-line row": older templates print the article's details as one line of text, the
 * fields set apart by bars or dots ("18.06.2026 | 19:30 Uhr | Von Jane Roe und John Doe | 2.341 mal gelesen"). With
 * the writers' names the line is longer than a label, but its counter is a field of its own, as short as a label.
 * A line up to twice a label's length whose own text prints such a separator is read field by field.
 */
const MAX_ROW_TEXT = 2 * MAX_LABEL_TEXT;
const MAX_ROW_TEXT_WITH_SPACES = 2 * MAX_ROW_TEXT;
/** A bar or a dot with a space on either side; within a number ("2.341") or a word it parts nothing. */
const ROW_FIELD_SEPARATOR = /\s[|·•]\s/u;

export function readCounters(page: IndexedPage, tags: MetaTags, structured: StructuredArticle | null, dateline: string | null = null): Counters {
  const scope = articleScope(page);
  let digits: Uint8Array | undefined;
  const withDigits = () => (digits ??= shortTextsWithDigits(page));
  let header: Scope | undefined;
  const headerOverArticle = () => (header ??= headerAbove(page, scope));
  return {
    views: structured?.viewCount ?? legacyInteractionCount(tags, 'userpagevisits') ?? fromWidgets(page, scope, VIEW_WIDGET, VIEW_LABEL, false, COMMENT_WIDGET) ?? fromLabels(page, scope, VIEW_LABEL, false, withDigits)
      ?? fromLabels(page, headerOverArticle(), VIEW_LABEL, false, withDigits) ?? fromTooltips(page, scope, VIEW_TOOLTIP, VIEW_LABEL, false, withDigits)
      ?? fromIcons(page, articleHeader(page, scope), VIEW_ICON, false, withDigits) ?? fromPictograms(articleHeader(page, scope), 'views', VIEW_ICON)
      ?? readsAfterStamp(dateline),
    comments: structured?.commentCount ?? parseCount(tags.first('itemprop:commentcount') ?? '') ?? legacyInteractionCount(tags, 'usercomments')
      ?? fromWidgets(page, scope, COMMENT_WIDGET, COMMENT_LABEL, true) ?? fromCommentsTitle(page, withDigits) ?? fromLabels(page, scope, COMMENT_LABEL, true, withDigits)
      ?? fromLabels(page, headerOverArticle(), COMMENT_LABEL, true, withDigits) ?? fromTooltips(page, scope, COMMENT_TOOLTIP, COMMENT_LABEL, true, withDigits)
      ?? fromIcons(page, articleHeader(page, scope), COMMENT_ICON, true, withDigits) ?? fromPictograms(articleHeader(page, scope), 'comments', COMMENT_ICON),
  };
}

/**
 * Rule "reads after the stamp": PHP-Nuke's News module counts a story's reads in brackets right after its stamp, in
 * the same run of text as the story ("Posted by admin on Saturday, December 05 @ 09:30:00 EST (1287 reads)<br>…"),
 * where no element holds the counter alone. The dateline the dates were read from is searched for that bracket.
 */
function readsAfterStamp(dateline: string | null): number | null {
  const bracket = dateline ? BRACKETED_COUNTER.exec(dateline) : null;
  return bracket && VIEW_LABEL.test(bracket[1].trim()) ? parseCount(bracket[1].replace(/\s*\p{L}.*$/u, '')) : null;
}
const BRACKETED_COUNTER = /\(\s*(\d[\d.,]*\s+\p{L}[\p{L} ]{0,20})\)/u;

/**
 * Rule "legacy interaction count": schema.org's first vocabulary counted a page's interactions in one text property,
 * `interactionCount`, written as the kind and the count ("UserComments:3", "UserPageVisits:1540"), which WordPress
 * news themes still print as microdata in the article's footer (`<meta itemprop="interactionCount"
 * content="UserComments:3">`), also where the visible count is left to a comments service's script, and Joomla
 * beside its "Hits:" line.
 */
function legacyInteractionCount(tags: MetaTags, kind: string): number | null {
  for (const value of tags.all('interactioncount')) {
    const match = LEGACY_INTERACTION.exec(value);
    if (match && match[1].toLowerCase() === kind) return parseCount(match[2]);
  }
  return null;
}
const LEGACY_INTERACTION = /^\s*(User[A-Za-z]+)\s*:\s*(\d[\d,.]*)\s*$/i;

/**
 * Rule "counter named by its tooltip": icon rows print each count as a bare number after an eye or a speech bubble,
 * and say what it counts only in the tooltip the browser shows on hover or in the label read to screen readers
 * (`<span class="news-item__stat" title="Просмотры"><svg …/>3 412</span>`, `<a aria-label="Comments">7</a>`), with
 * classes that name no counter. A short element whose text is one number and whose `title` or `aria-label` is a
 * counter's word alone shows that count; so does one whose label states the same count with its word, as app-like
 * templates label their buttons ("<button aria-label="View comments (37)">37</button>"). Asked last, of elements
 * with a digit only: few are.
 */
function fromTooltips(page: IndexedPage, scope: Scope, tooltip: RegExp, label: RegExp, isComments: boolean, withDigits: () => Uint8Array): number | null {
  const digits = withDigits();
  for (let index = scope.start; index < scope.end; index++) {
    if (digits[index] === 0) continue;
    const element = scope.elements[index];
    const named = element.attribs.title ?? element.attribs['aria-label'];
    if (named === undefined) continue;
    const text = page.shortTextAt(index, MAX_LABEL_TEXT);
    const found = text ? bareCount(text) : null;
    if (found === null || !(tooltip.test(named.trim()) || (named.length <= MAX_LABEL_TEXT && readLabel(named, label, isComments) === found))) continue;
    if (countsAnotherStory(page, element, isComments)) continue;
    return found;
  }
  return null;
}
/**
 * Rule "counter named by its icon": hand-made templates print the counts of the meta row as a bare number after an
 * icon font's glyph, in elements whose classes name nothing (`<span><i class="fa fa-eye"></i> 3,412</span>`, `<span><i
 * class="icon-comment"></i> 2</span>`): the glyph's class names what the number counts, an eye the views and a speech
 * bubble the comments. A short element whose text is one number and whose first child is such an empty glyph, an
 * icon font's `<i>`, shows that count; only in the article's header, under the headline and before the story's
 * first paragraph, where the meta row is: a platform's eye elsewhere counts its watchers, a sidebar's its own posts'
 * readers. Asked after the tooltips, of elements with a digit only.
 */
function fromIcons(page: IndexedPage, scope: Scope, icon: RegExp, isComments: boolean, withDigits: () => Uint8Array): number | null {
  const digits = withDigits();
  for (let index = scope.start; index < scope.end; index++) {
    if (digits[index] === 0) continue;
    const element = scope.elements[index];
    const glyph = element.children.find(isElement);
    if (!glyph || glyph.name !== 'i' || !icon.test(glyph.attribs.class ?? '') || textContent(glyph).trim() !== '') continue;
    const text = page.shortTextAt(index, MAX_LABEL_TEXT);
    const found = text ? bareCount(text) : null;
    if (found === null || countsAnotherStory(page, element, isComments)) continue;
    return found;
  }
  return null;
}
/**
 * Rule "count after the pictogram": older portals draw the glyph as a small picture of its own, not an icon font's,
 * and print the count as the text right after it, at the end of the date row (`<div class="datepub">نشر في 04 ديسمبر
 * 2026 على الساعة 17:45 <img src="/images/eye.gif"> 956</div>`). The picture's file is named for what it shows, an
 * eye for the views and a speech bubble for the comments; the text that follows it in the article's header, a
 * number and nothing else, is that count. Rule "count after the glyph": a row of several fields drawn with an icon
 * font sets each glyph and its text side by side in one box (`<div class="post-meta"><i class="fa fa-user"></i> Name
 * <i class="fa fa-eye"></i> 932</div>`), where no element holds the count alone; the glyph, empty, stands for the
 * picture.
 */
function fromPictograms(scope: Scope, pictogram: Pictogram, icon: RegExp): number | null {
  for (let index = scope.start; index < scope.end; index++) {
    const element = scope.elements[index];
    const isGlyph = element.name === 'img' ? pictogramOf(element.attribs.src ?? '') === pictogram
      : element.name === 'i' && element.children.length === 0 && icon.test(element.attribs.class ?? '');
    if (!isGlyph) continue;
    const after = element.next;
    const text = after?.type === 'text' ? normalizeDigits((after as { data: string }).data).trim() : '';
    if (PICTOGRAM_COUNT.test(text)) return bareCount(text);
  }
  return null;
}
/** A count alone: digits and their group separators. */
const PICTOGRAM_COUNT = /^\d[\d.,\s]*$/;

/** The article's header: from the headline to the story's first paragraph, empty when the page has no headline. */
function articleHeader(page: IndexedPage, scope: Scope): Scope {
  const start = page.firstAfterHeadline();
  return { elements: scope.elements, start, end: start === 0 ? 0 : page.articleHeaderEnd() };
}
/** An icon font's eye (`fa-eye`, `icon-eye`, `bi-eye`) and speech bubble (`fa-comment`, `fa-comments-o`, `icon-comments`). */
const VIEW_ICON = /(?:^|[\s_-])eye(?:$|[\s_-])/i;
const COMMENT_ICON = /(?:^|[\s_-])comments?(?:$|[\s_-])/i;

/**
 * A counter's words before and after the count, each once. A label that is only a counter's when a count follows it
 * ("Read 1,234 times") cannot be a tooltip's whole text.
 */
const tooltipPattern = (words: string[]) => new RegExp(`^(?:${[...new Set(words)].filter((word) => !word.includes('\\d')).join('|')})\\s*:?$`, 'iu');
const VIEW_TOOLTIP = tooltipPattern([...VIEW_WORDS_BEFORE, ...VIEW_WORDS_AFTER]);
const COMMENT_TOOLTIP = tooltipPattern([...COMMENT_WORDS_BEFORE, ...COMMENT_WORDS_AFTER]);

/**
 * Rule "meta row above the article's container": templates that wrap only the story's text in the article's box
 * (`<article id="article-view-content-div">`, Korean papers' CMS, and many others) print the headline and its meta
 * row above it ("<h2>…</h2><ul><li>입력 …</li><li>조회수 1,234</li></ul><article>…"), out of the scope the counters are
 * looked for in. The elements between the headline and that box are the article's header, and its counters are the
 * article's, as far as the header goes. Empty when the page has no headline, or no box, or the headline is in the box.
 */
function headerAbove(page: IndexedPage, scope: Scope): Scope {
  const start = page.firstAfterHeadline();
  const end = Math.min(scope.start - 1, page.articleHeaderEnd());
  return { elements: scope.elements, start, end: Math.max(start, end) };
}

/**
 * Rule "comments title": the title over the readers' comments counts them. It names the post ("25 thoughts on
 * “Council delays bypass”", WordPress's default, "3 Responses to …", "12 Gedanken zu „…“", "One thought on …"), or
 * it is the heading the body stage knows the discussion by ({@link DISCUSSION_COUNT_HEADING}: "3 commentaires :",
 * Blogger's, "Комментарии (5)", "Responses (38)", Medium's, "Ý kiến (23)", "COMMENTI DEI LETTORI (2)"). Older and
 * smaller templates print it as the first line of the comments' box (`<div class="box-title">`, a bold line in a
 * table cell) rather than as a heading: such a title opens its box and the thread or the reply form follows it.
 * The comments are mostly out of the article's container, where the labels below are looked for.
 */
function fromCommentsTitle(page: IndexedPage, withDigits: () => Uint8Array): number | null {
  const { elements, visibleChars } = page.walk;
  for (let index = 0; index < elements.length; index++) {
    const chars = visibleChars[index];
    if (chars === 0 || chars > MAX_COMMENTS_TITLE_TEXT) continue;
    const element = elements[index];
    const isHeading = COMMENTS_TITLE_TAGS.has(element.name);
    if (!isHeading && !(chars <= MAX_LABEL_TEXT && BOX_TITLE_TAGS.has(element.name) && withDigits()[index] === 1 && (opensItsBox(element) || titlesTheLinesBelow(element)))) continue;
    const text = page.shortTextAt(index, MAX_COMMENTS_TITLE_TEXT);
    if (!text) continue;
    const normalized = countText(text);
    const namingThePost = isHeading ? COMMENTS_TITLE.exec(normalized) : null;
    if (namingThePost) return namingThePost[1] ? parseCount(namingThePost[1]) : 1;
    const arabicNaming = isHeading ? ARABIC_COMMENTS_TITLE.exec(normalized) : null;
    if (arabicNaming) return arabicNaming[1] ? parseCount(arabicNaming[1]) : arabicNaming[2] ? 2 : 1;
    if (DISCUSSION_COUNT_HEADING.test(normalized)) return parseCount(TITLE_COUNT.exec(normalized)![0]);
    // Rule "count under the discussion's name" (see DISCUSSION_COUNT_LINE): only a heading's next line is read.
    if (isHeading && READERS_DISCUSSION_HEADING.test(normalized)) {
      const next = nextElement(element);
      const at = next ? page.walk.position.get(next) : undefined;
      const line = at === undefined ? null : page.shortTextAt(at, MAX_LABEL_TEXT);
      const counted = line ? countText(line) : null;
      if (counted && DISCUSSION_COUNT_LINE.test(counted)) return parseCount(TITLE_COUNT.exec(counted)![0]);
    }
  }
  return null;
}
const COMMENTS_TITLE_TAGS: ReadonlySet<string> = LOWER_HEADING_TAGS;
/** Tags of a line that titles its box in place of a heading. */
const BOX_TITLE_TAGS = new Set(['div', 'span', 'p', 'b', 'strong', 'header']);
const MAX_COMMENTS_TITLE_TEXT = 200;
const COMMENTS_TITLE_WORDS = [
  'thoughts? on', 'responses? to', 'repl(?:y|ies) to', 'comments? on', 'gedanken zu', 'kommentare? zu', 'antworten auf', 'réflexions? sur',
  'commentaires? sur', 'réponses? à', 'comentarios? (?:en|a|sobre)', 'respuestas? a', 'comentários? (?:em|sobre)', 'respostas? para', 'commenti su',
  'risposte a', 'reacties? op',
];
const COMMENTS_TITLE = new RegExp(`^(?:(\\d[\\d.,]*)|one|un[ae]?|ein(?:e|en)?|uno|uma?)\\s+(?:${COMMENTS_TITLE_WORDS.join('|')})\\s`, 'iu');
/**
 * Rule "comments title in Arabic": WordPress's Arabic translations title the thread as the English does, the count
 * and the post after "على" ("3 تعليقات على “…”", "5 ردود على …", "تعليق واحد على …"), and Arabic says two with the
 * noun's dual and no number ("تعليقان على …", "ردان على …"): the count is the number, one, or two.
 */
const ARABIC_COMMENTS_TITLE = new RegExp(`^(?:(\\d[\\d.,]*)\\s+(?:تعليقات?|ردود|ردا?|أفكار|فكرة)|(تعليقان|ردان|ردّان|فكرتان)|(?:تعليق|رد|ردّ) واحد|فكرة واحدة)\\s+على\\s`, 'u');
/** The count in a title {@link DISCUSSION_COUNT_HEADING} accepts, digits normalised: its only number. */
const TITLE_COUNT = /\d[\d.,]*/;

/** A box title is its box's opening child, and more of the box follows it. */
function opensItsBox(element: Element): boolean {
  const box = element.parent;
  return !!box && isElement(box) && box.name !== 'body' && openingChild(box) === element && nextElement(element) !== null;
}

/**
 * Rule "bold line over the thread": a table template with no boxes sets the comments' title as a bold line of the
 * story's cell, between line breaks, and the comments as the lines below it ("…<br><b>תגובות הגולשים (3)</b><br>1.
 * <b>Yossi</b> - …<br>"). Such a line titles what follows it as a box's opening child does; a bold phrase inside a
 * sentence is not set between breaks.
 */
function titlesTheLinesBelow(element: Element): boolean {
  if (!BOLD_LINE_TAGS.has(element.name)) return false;
  const before = adjacentNode(element, 'prev');
  const after = adjacentNode(element, 'next');
  return !!before && isLineBreak(before) && !!after && isLineBreak(after) && !!adjacentNode(after as Element, 'next');
}
const BOLD_LINE_TAGS = new Set(['b', 'strong']);

/** The sibling on one side, across blank text. */
function adjacentNode(element: Element, side: 'prev' | 'next'): Element['children'][number] | null {
  for (let node = element[side]; node; node = node[side]) {
    if (node.type === 'text' && /^\s*$/.test((node as unknown as { data: string }).data)) continue;
    return node as Element['children'][number];
  }
  return null;
}

/**
 * For every element of the page with no more text than a label, 1 when that text has a digit ({@link ANY_DIGIT}),
 * found from its text nodes without building the text; other elements are 0. Children come after their parents in
 * the walk, so going through it backwards hands each child's answer to its parent before the parent is looked at.
 * An element out of the text (script, style, noscript, template) has none and hands nothing on.
 */
function shortTextsWithDigits(page: IndexedPage): Uint8Array {
  const { elements, parentIndex, visibleChars } = page.walk;
  const flags = new Uint8Array(elements.length);
  for (let index = elements.length - 1; index >= 0; index--) {
    if (visibleChars[index] === 0 || visibleChars[index] > MAX_LABEL_TEXT) continue;
    if (flags[index] === 0 && hasDigitInOwnText(elements[index])) flags[index] = 1;
    if (flags[index] === 1 && parentIndex[index] >= 0) flags[parentIndex[index]] = 1;
  }
  return flags;
}

function hasDigitInOwnText(element: Element): boolean {
  for (const child of element.children) if (child.type === 'text' && ANY_DIGIT.test((child as unknown as { data: string }).data)) return true;
  return false;
}

/**
 * Tags that hold short labelled texts in meta lines; old table templates set theirs in `<font>`, or straight in the
 * table cell (`<td class="ninfo">… قراءات: 2104</td>`).
 */
const LABEL_TAGS = new Set(['span', 'a', 'div', 'li', 'p', 'small', 'em', 'strong', 'font', 'td']);

/** Elements of the article's own container (the first one on the page), or of the whole page when it has none. */
interface Scope {
  elements: Element[];
  /** The scope is `elements[start .. end)`: a subtree is contiguous in the walk, so no copy is made. */
  start: number;
  end: number;
}

function articleScope(page: IndexedPage): Scope {
  const { elements, subtreeEnd } = page.walk;
  const classes = page.attributeOfAll('class');
  const ids = page.attributeOfAll('id');
  const index = elements.findIndex((element, at) => isArticleScope(element, classes[at], ids[at]));
  return index < 0 ? { elements, start: 0, end: elements.length } : { elements, start: index + 1, end: subtreeEnd[index] };
}

/** Where the article's own meta line lives; sidebars elsewhere show other articles' counters. */
function isArticleScope(element: Element, classes: string | undefined, id: string | undefined): boolean {
  return element.name === 'article' || element.name === 'main' || (element.attribs.itemtype ?? '').includes('Article')
    || hasToken(classes, ARTICLE_SCOPE_CLASSES) || id === 'main' || id === 'content';
}

const ARTICLE_SCOPE_CLASSES = new Set(['post', 'single', 'entry', 'hentry']);

/**
 * `otherWidget`: Rule "button to view the comments": a class that names the comments as well as views
 * (`view-comments`, the button that opens the thread) is the comments' widget, and its count is theirs; the views
 * pass leaves it to the comments pass.
 */
function fromWidgets(page: IndexedPage, scope: Scope, widget: Widget, label: RegExp, isComments: boolean, otherWidget?: Widget): number | null {
  const classNames = page.attributeOfAll('class');
  const ids = page.attributeOfAll('id');
  const { visibleChars } = page.walk;
  for (let index = scope.start; index < scope.end; index++) {
    // No text, or more than a label's: there is no count to read, whatever the element's names.
    if (visibleChars[index] === 0 || visibleChars[index] > MAX_LABEL_TEXT) continue;
    const classes = classNames[index];
    const id = ids[index];
    if (classes === undefined && id === undefined) continue;
    // The widget names hold no whitespace and the pattern accepts a string's ends as bounds, so testing class and id apart
    // answers as testing them joined by a space would, without building the joined string per element.
    if (!namesWidget(widget, classes) && !namesWidget(widget, id)) continue;
    if (otherWidget && (namesWidget(otherWidget, classes) || namesWidget(otherWidget, id))) continue;
    if (isListedStoryCounter(scope.elements[index], classes) || isStyledOutOfSight(scope.elements[index])) continue;
    const shortText = page.shortTextAt(index, MAX_LABEL_TEXT);
    if (!shortText) continue;
    const text = DIGIT_AGAINST_LETTER.test(shortText) ? normalizeSpace(textContent(scope.elements[index], ' ')) : shortText;
    const found = readLabel(text, label, isComments) ?? bareCount(text) ?? countBoxCount(scope.elements[index]);
    if (found === null || COUNT_OF_THE_REST.test(text)) continue;
    // See inReplyForm: the form is named as the comments' widget in block themes.
    if (found === 0 && isComments && !ANY_DIGIT.test(text) && inReplyForm(scope.elements[index], page)) continue;
    if (countsAnotherStory(page, scope.elements[index], isComments)) continue;
    return found;
  }
  return null;
}

/**
 * Rule "count and label in boxes of their own": a widget may set its count and its label in boxes of their own
 * (JNews's `<div class="jeg_meta_views"><span>1.2k</span><div>Views</div></div>`), which the widget's text runs
 * together ("1.2kViews"), so that the multiplier, glued to a word, reads as its first letter and the count as 12.
 * A widget whose text puts a letter right after a digit is read with its text nodes apart, as a reader sees them.
 */
const DIGIT_AGAINST_LETTER = /\d\p{L}/u;

/**
 * Rule "counter kept out of sight": a theme's script may read the count from a copy the page styles away (Soledad's
 * `<i class="penci-post-countview-number-check" style="display:none">13</i>` in the text box), which readers never
 * see; the record holds the counters the page shows.
 */
function isStyledOutOfSight(widget: Element): boolean {
  const { style } = widget.attribs;
  return style !== undefined && HIDDEN_STYLE.test(style);
}
const HIDDEN_STYLE = /(?:^|;)\s*display\s*:\s*none/i;

/**
 * Rule "listed stories' counters": a list of other stories (the "most read" box beside an old template's article)
 * prints each one's views by its headline, in a widget named as the article's own counter is (`<li><a>…</a> <span
 * class="hits">(3000)</span></li>`). A widget whose list item has a sibling item holding a widget of the same class
 * is one of those, not the article's: the article's meta line prints its counter once.
 */
function isListedStoryCounter(widget: Element, classes: string | undefined): boolean {
  if (!classes) return false;
  let item: Element | null = widget;
  for (let depth = 0; item && item.name !== 'li'; depth++) {
    if (depth === MAX_LIST_ITEM_DEPTH) return false;
    item = item.parent && isElement(item.parent) ? item.parent : null;
  }
  if (!item?.parent) return false;
  for (const sibling of item.parent.children) {
    if (sibling === item || !isElement(sibling) || sibling.name !== 'li') continue;
    if (sibling.attribs.class === classes || holdsClass(sibling, classes)) return true;
  }
  return false;
}
/** How far above a widget its list item may be: the widget in the item, or in a box of the item. */
const MAX_LIST_ITEM_DEPTH = 3;

function holdsClass(root: Element, classes: string): boolean {
  for (const child of root.children) {
    if (!isElement(child)) continue;
    if (child.attribs.class === classes || holdsClass(child, classes)) return true;
  }
  return false;
}

/**
 * A widget's text that is one number, perhaps with a word or icon label around it. A date is not one ("15.05.2024"
 * in Drupal's `views-field-created`, a Views listing's date column, would read as fifteen million views).
 */
function isBareNumber(text: string): boolean {
  return /^\D{0,20}\d[\d.,\s\u066C]*\D{0,20}$/.test(text) && !NUMERIC_DATE.test(text);
}

/**
 * Rule "count in its own box": a comments link may set a call to join in beside the count, the count in a box its
 * class names as the count (Postmedia's `<a class="comments-count"><span>Join the conversation</span> <span
 * class="count">12</span></a>`), where the widget's text as a whole is longer than a label's. The box's bare number
 * is the widget's count.
 */
function countBoxCount(widget: Element): number | null {
  for (const child of widget.children) {
    if (!isElement(child)) continue;
    const tokens = (child.attribs.class ?? '').toLowerCase().split(/[\s_-]+/);
    if (tokens.some((token) => COUNT_BOX_TOKENS.has(token))) return bareCount(normalizeSpace(textContent(child, ' ')));
  }
  return null;
}
const COUNT_BOX_TOKENS: ReadonlySet<string> = new Set(['count', 'counter', 'number', 'num']);

/** A widget's bare number ({@link isBareNumber}) as a count, scaled by a multiplier written after it ("12.5K"). */
function bareCount(text: string): number | null {
  const normalized = countText(text);
  if (!isBareNumber(normalized)) return null;
  // A bare number has a digit, so the count pattern finds it.
  const count = BARE_COUNT.exec(normalized)!;
  return parseCount(count[1], count[2]);
}
const BARE_COUNT = new RegExp(NUMBER, 'iu');

/** Day, month and year in digits, in any order: 15.05.2024, 2024-05-15, 5/15/2024. */
const NUMERIC_DATE = /\d{1,4}[./-]\d{1,2}[./-]\d{2,4}/;

/** `withDigits`: {@link shortTextsWithDigits} of the page. */
function fromLabels(page: IndexedPage, scope: Scope, label: RegExp, isComments: boolean, withDigits: () => Uint8Array): number | null {
  const { visibleChars } = page.walk;
  const digits = withDigits();
  // A label's reading depends on its text alone, and wrappers around one label (or the same label repeated) ask again.
  const readings = new Map<string, number | null>();
  for (let index = scope.start; index < scope.end; index++) {
    // No text, or more than a row's: most elements are one or the other, and need not be looked at further.
    const chars = visibleChars[index];
    if (chars === 0 || chars > MAX_ROW_TEXT) continue;
    const element = scope.elements[index];
    if (element.name === 'dt') {
      const found = describedCount(element, label, isComments);
      if (found !== null) return found;
      continue;
    }
    if (!LABEL_TAGS.has(element.name)) continue;
    if (chars > MAX_LABEL_TEXT) {
      const found = rowFieldCount(page, index, element, label, isComments);
      if (found !== null) return found;
      continue;
    }
    // A label states its count in digits; without one, only a comment phrase ("No comments") says something, and
    // the text is read only when it starts as one does. The digit flag is the cheapest test, so it comes first.
    const hasDigit = digits[index] === 1;
    if (!hasDigit && !isComments) continue;
    if (countElementChildren(element) > 3 || holdsSeveralCounts(element, page, digits)) continue;
    if (!hasDigit && !COMMENT_PHRASE_INITIALS.has(page.firstCharAt(index))) continue;
    const text = page.shortTextAt(index, MAX_LABEL_TEXT_WITH_SPACES);
    if (!text) continue;
    // The rest's count and the contents entry are asked of a text that reads as a count only: most do not.
    let found = readings.get(text);
    if (found === undefined) readings.set(text, (found = readLabel(text, label, isComments)));
    if (found === null || COUNT_OF_THE_REST.test(text) || inContentsList(element)) continue;
    // See inReplyForm.
    if (found === 0 && !hasDigit && (inReplyForm(element, page) || linksToAnotherPage(page, index))) continue;
    if (countsAnotherStory(page, element, isComments) || isHeadedListing(element)) continue;
    return found;
  }
  return null;
}

/**
 * Rule "term and its description": government boards and older news CMSs set a page's facts as a definition list, the
 * label in a `<dt>` and its value in the `<dd>` after it ("<dt>담당부서</dt><dd>…</dd><dt>조회수</dt><dd>418</dd>",
 * "<dt>Views</dt><dd>1,204</dd>"); the two read as one label, and neither holds the count alone. Only a bare number
 * is a count there: a `<dd>` of words or a date describes something else.
 */
function describedCount(term: Element, label: RegExp, isComments: boolean): number | null {
  const description = nextElement(term);
  if (!description || description.name !== 'dd') return null;
  const value = normalizeSpace(textContent(description));
  return isBareNumber(value) ? readLabel(`${normalizeSpace(textContent(term))} ${value}`, label, isComments) : null;
}

/**
 * Rule "listing under its heading": a sidebar's short box of other stories ("<h4>Most commented</h4><ul><li><a>School
 * rezoning map draws crowd</a> 58 Comments</li></ul>"), in a column a layout class names, is as short as a label and
 * reads as one. A label is no box: a text that holds a heading and a link lists a story under a title.
 */
function isHeadedListing(element: Element): boolean {
  return holds(element, (node) => LOWER_HEADING_TAGS.has(node.name)) && holds(element, (node) => node.name === 'a' && node.attribs.href !== undefined);
}

/** The count of the one field of a one-line row that reads as a counter (rule "counter field of a one-line row"). */
function rowFieldCount(page: IndexedPage, index: number, element: Element, label: RegExp, isComments: boolean): number | null {
  const separator = ownSeparator(element);
  if (separator === null) return null;
  const text = separator !== ROW_FIELD_SEPARATOR ? normalizeSpace(textContent(element).split(separator).join(' | ')) : page.shortTextAt(index, MAX_ROW_TEXT_WITH_SPACES);
  if (!text || !ROW_FIELD_SEPARATOR.test(text)) return null;
  for (const field of text.split(ROW_FIELD_SEPARATOR)) {
    if (field.length > MAX_LABEL_TEXT) continue;
    const found = readLabel(field, label, isComments);
    if (found !== null && !COUNT_OF_THE_REST.test(field)) return found;
  }
  return null;
}

/**
 * The separator the row's own text parts its fields with: a bar or a dot, else a run of no-break spaces or a dash
 * between them; null for none.
 */
function ownSeparator(element: Element): RegExp | null {
  let spaced: RegExp | null = null;
  for (const child of element.children) {
    if (child.type !== 'text') continue;
    const data = (child as unknown as { data: string }).data;
    if (data.includes('|') || data.includes('·') || data.includes('•')) return ROW_FIELD_SEPARATOR;
    if (spaced === null && data.includes('\u00a0')) spaced = DASH_BETWEEN_NO_BREAK_SPACES.test(data) ? DASH_BETWEEN_NO_BREAK_SPACES : NO_BREAK_SPACES.test(data) ? NO_BREAK_SPACES : null;
  }
  return spaced;
}
/**
 * Rule "dash between no-break spaces": other table layouts part the row's fields with a dash the template holds apart
 * with a no-break space on either side ("سبها: … &nbsp;-&nbsp; نشر بتاريخ: … - 19:30 &nbsp;-&nbsp; عدد القراءات:
 * 734"), which keeps it off the end of a line; the date's own dash, between plain spaces, parts nothing.
 */
const DASH_BETWEEN_NO_BREAK_SPACES = /[ \t]*\u00a0[-–—]\u00a0[ \t]*/u;
/**
 * Rule "fields parted by no-break spaces": the table layouts of older portals part the row's fields with a run of
 * `&nbsp;` where later themes print a bar ("بقلم: … &nbsp;&nbsp; نشر في: … &nbsp;&nbsp; قرئ 5310 مرة"); two no-break
 * spaces in a row stand between no two words of a sentence, and the row is read field by field as a barred one is.
 * Nor does one set between two plain spaces (" &nbsp; "), as a Thai template parts its row ("โดย … &nbsp; วันจันทร์ที่ 7
 * ธ.ค. 69 เวลา 09:15 น. &nbsp; เปิดอ่าน : 567 ครั้ง"): a sentence joins its words with one space, and a figure to its
 * unit with one no-break space and no other.
 */
const NO_BREAK_SPACES = /[ \t]*\u00a0(?:[ \t]*\u00a0)+[ \t]*|[ \t]+\u00a0[ \t]+/u;

/**
 * Whether a count read in the article's scope is another story's or the site's: see rules "site's hit counter",
 * "teaser card's comments", "box of other stories" (comments links in related posts, in a sidebar's "most
 * commented"), "story card above the headline" and "linked story rows" (a most-read list or table beside the article,
 * each row a link and its count).
 */
function countsAnotherStory(page: IndexedPage, element: Element, isComments: boolean): boolean {
  return (isComments ? inTeaserCard(page, element) || inOtherStoriesBox(element) : countsAnotherItem(page, element))
    || inCardAboveHeadline(page, element) || inLinkedStoryList(page, element) || inEmbeddedPost(element);
}

/**
 * Rule "embedded post's counter": a story quotes a channel's post in a card the site draws for it, and the card
 * prints the post's own figures under it, as the network shows them (a Telegram post's "👁 48.2K" and its hour,
 * a tweet's likes and replies): those count the post's readers on the network, not the article's. A count in a box
 * the page names as an embed (`class="embed"`, `Embed-module_telegram`, `telegram-post`) is the post's.
 */
function inEmbeddedPost(element: Element): boolean {
  let node: Element | null = element;
  for (let depth = 0; node && depth <= MAX_EMBED_DEPTH && node.name !== 'article' && node.name !== 'body'; depth++) {
    if (firstMatch(attributeTokens(node), EMBED_BOX_TOKENS) !== null) return true;
    node = node.parent && isElement(node.parent) ? node.parent : null;
  }
  return false;
}
/** The class and id words of a box that holds an embedded post, the site's own or the network's embed code's. */
const EMBED_BOX_TOKENS: ReadonlySet<string> = new Set(['embed', 'embedded', 'telegram-post', 'twitter-tweet', 'instagram-media', 'tiktok-embed', 'social-embed']);
/** A post's figures sit in its card's footer, a few boxes under the card. */
const MAX_EMBED_DEPTH = 4;

/**
 * Rule "story card above the headline": a strip of other stories over the article ("الأكثر مشاهدة الآن", most
 * viewed now; trending; top stories), inside the page's `<main>`, sets each as an `<article>` card with its own
 * views and comments, in widgets named as the article's are and ahead of them in the page. A card that closes before
 * the page's headline is another story's, whatever its strip is called; the story's own box holds its headline or
 * follows it.
 */
function inCardAboveHeadline(page: IndexedPage, element: Element): boolean {
  for (let node = element.parent; node && isElement(node); node = node.parent) {
    if (node.name !== 'article') continue;
    const at = page.walk.position.get(node);
    return at !== undefined && !page.followsHeadlineAt(page.walk.subtreeEnd[at] - 1);
  }
  return false;
}

/**
 * Rule "site's hit counter": a views count in another item's region counts that item or the whole site, not the
 * article: WordPress.com and Jetpack blogs print the blog's total in the footer's "Blog Stats" widget (`<div
 * class="widget widget_blog-stats"><h2>Blog Stats</h2><ul><li>52,310 hits</li></ul></div>`), Blogger its "Total
 * Pageviews", and a sidebar's most-read list each story's views. WordPress names the page on `<body>` with the words
 * of the article's box (`<body class="single single-post">`), so the article's scope does not always leave them out.
 * The comments are counted in the thread, a region of the readers' items, and are read there.
 */
function countsAnotherItem(page: IndexedPage, element: Element): boolean {
  return page.isAnotherItemsRegion(element);
}

/**
 * Rule "teaser card's comments": a box of other stories (related, more from the section) sets each as an `<article>`
 * card with its own comments link ("45 comments"), named as the article's is. The comments count in such a card is
 * that story's; the readers' thread, also a region of other items, is not a card of stories and keeps its count.
 */
function inTeaserCard(page: IndexedPage, element: Element): boolean {
  for (let node = element.parent; node && isElement(node); node = node.parent) {
    if (node.name === 'article') return page.isAnotherItemsRegion(node);
  }
  return false;
}

/**
 * Rule "contents entry": a table of contents numbers the page's sections ("3 Visits", MediaWiki's `<span
 * class="tocnumber">3</span> <span class="toctext">Visits</span>`); a section named as a counter is not one.
 */
function inContentsList(element: Element): boolean {
  for (let node: Element | null = element, depth = 0; node && depth <= MAX_CONTENTS_DEPTH; node = node.parent && isElement(node.parent) ? node.parent : null, depth++) {
    if (hasToken(node.attribs.class, CONTENTS_CLASSES) || hasToken(node.attribs.id, CONTENTS_CLASSES)) return true;
  }
  return false;
}
/** Class and id names of contents lists and their entries: MediaWiki's, and WordPress plugins' (`ez-toc-list`, `toc_list`). */
const CONTENTS_CLASSES = new Set(['toc', 'toctext', 'tocnumber', 'ez-toc-list', 'ez-toc-container', 'toc_container', 'toc_list', 'table-of-contents']);
/** A contents entry's label sits in its link, in its list item, in the list, in the contents box. */
const MAX_CONTENTS_DEPTH = 5;

/**
 * Rule "reply form's title": the form under a thread is headed "Leave a Reply" however many comments it follows;
 * only a link or label outside it says there are none. WordPress block themes class the form as the post's comments
 * (`<div id="respond" class="comment-respond wp-block-post-comments-form"><h3>Leave a Reply</h3><form>…`), so the
 * comments' widgets are read past it as the labels are.
 * Rule "page-wide form": ASP.NET WebForms sets the whole page in one server form (`<form id="aspnetForm">`, the
 * headline, the article and its "لا توجد تعليقات" inside it); a form that holds the page's headline is the page, not
 * a reply form.
 */
function inReplyForm(element: Element, page: IndexedPage): boolean {
  for (let node: Element | null = element; node; node = node.parent && isElement(node.parent) ? node.parent : null) {
    if ((node.name === 'form' && !holdsTheHeadline(node, page)) || isReplyFormBox(node)) return true;
    if (node !== element) continue;
    for (const child of node.children) if (isElement(child) && (child.name === 'form' || child.name === 'textarea')) return true;
    if (holdsOnlyReplyForm(node) || titlesFacebookComments(node)) return true;
  }
  return false;
}
const REPLY_FORM_CLASSES = new Set(['comment-respond', 'comment-form']);
/**
 * Rule "invitation to another page": a button in the text that asks the reader to "Leave a comment" on a page of
 * its own (`<p class="button-wrapper"><a href="/p/night-ferry/comments">Leave a comment</a></p>`, newsletter
 * platforms' call under every post) asks whatever the count; WordPress's comments link says there are none, and leads
 * down the same page to the form (`href="…#respond"`).
 */
function linksToAnotherPage(page: IndexedPage, index: number): boolean {
  const { elements, subtreeEnd } = page.walk;
  let link: Element | undefined;
  for (let node: Element | null = elements[index], depth = 0; node && depth <= MAX_LINK_DEPTH && !link; node = node.parent && isElement(node.parent) ? node.parent : null, depth++) {
    if (node.name === 'a') link = node;
  }
  for (let inner = index + 1; !link && inner < subtreeEnd[index]; inner++) if (elements[inner].name === 'a') link = elements[inner];
  const href = link?.attribs.href?.trim();
  return href !== undefined && href !== '' && !href.includes('#') && !/^javascript:/i.test(href);
}
/** The link around a label's text is its element or a few levels above it. */
const MAX_LINK_DEPTH = 3;

/** The reply form's own box: `<div id="respond" class="comment-respond">`. */
function isReplyFormBox(element: Element): boolean {
  return element.attribs.id === 'respond' || hasToken(element.attribs.class, REPLY_FORM_CLASSES);
}
/**
 * A comments box that holds the reply form's box and nothing else (`<div class="comments" id="comments"><div
 * id="respond">…<h3>Leave a Reply</h3>`, a thread not yet started, or one the page loads later) reads as the form's
 * title, and says no more than it does; one that heads the form with its own line ("No comments:", Blogger's) counts.
 */
function holdsOnlyReplyForm(box: Element): boolean {
  let form = false;
  for (const child of box.children) {
    if (!isElement(child)) continue;
    if (!isReplyFormBox(child)) return false;
    form = true;
  }
  return form;
}

/**
 * Rule "Facebook's comment box": a site that takes its comments through Facebook sets the box the Facebook SDK fills in
 * (`<div class="fb-comments" data-href="…">`) under a title of its own ("أضف تعليقك عبر فيسبوك", add your comment via
 * Facebook); the thread is loaded into the box later and the page prints no count, so the wrapper that holds the two,
 * whose text is the title's, asks for a comment as a reply form's title does, whatever the count.
 */
function titlesFacebookComments(box: Element): boolean {
  return box.children.some((child) => isElement(child) && hasToken(child.attribs.class, FACEBOOK_COMMENTS_CLASSES));
}
const FACEBOOK_COMMENTS_CLASSES = new Set(['fb-comments']);

/** Whether the page's first `<h1>` lies inside the form (see rule "page-wide form"). */
function holdsTheHeadline(form: Element, page: IndexedPage): boolean {
  const headline = page.walk.byTag.get('h1')?.[0];
  const at = headline && page.walk.position.get(headline);
  const formAt = page.walk.position.get(form);
  return at !== undefined && formAt !== undefined && formAt < at && at < page.walk.subtreeEnd[formAt];
}

/**
 * Rule "one count per label": a meta row that prints several counters in children of its own ("<span>阅读 1234</span>
 * <span>评论 5</span>") is read through them; its joined text puts one counter's number beside the next one's label
 * ("1234 评论"), or runs two numbers together ("۱۲۳۴ ۵"). Rule "labels in the row's own text": a row that boxes only
 * its numbers ("이 기사를 추천합니다 <span>17</span> 댓글 <span>9</span>") has no child to read a label in; its text
 * sets each label before its count, and is read whole (see rule "labels before their counts").
 */
function holdsSeveralCounts(element: Element, page: IndexedPage, digits: Uint8Array): boolean {
  const { position } = page.walk;
  let counted = 0;
  let labelled = 0;
  for (const child of element.children) {
    if (!isElement(child)) continue;
    const at = position.get(child);
    if (at === undefined || digits[at] !== 1) continue;
    counted++;
    if (!BARE_DIGITS.test(page.shortTextAt(at, MAX_LABEL_TEXT) ?? '')) labelled++;
  }
  return counted > 1 && (labelled > 0 || !element.children.some((child) => child.type === 'text' && ANY_LETTER.test(textContent(child))));
}
const BARE_DIGITS = /^[\d.,\s\u066C]+$/;

function countElementChildren(element: Element): number {
  let count = 0;
  for (const child of element.children) if (isElement(child)) count++;
  return count;
}

function readLabel(text: string, label: RegExp, isComments: boolean): number | null {
  if (isComments && NO_COMMENTS.test(text)) return 0;
  if (isComments && ONE_COMMENT.test(text)) return 1;
  if (isComments && TWO_COMMENTS.test(text)) return 2;
  // Both label patterns need a count and a word; most short texts lack one or the other (a clock, a numeric date)
  // and skip the long patterns.
  if (!ANY_DIGIT.test(text) || (!ANY_LETTER.test(text) && !EMOJI_LABEL.test(text))) return null;
  const counted = countText(text).replace(BRACKETED_LEADING_COUNT, '$1');
  const match = label.exec(counted);
  if (!match) return null;
  if (match[1] === undefined) return parseCount(match[3], match[4]);
  const before = counted.slice(0, match.index);
  if (closesADate(before, match[1])) return null;
  // Rule "labels before their counts": a row run together from its boxes ("Views 120 Comments 9", "Aufrufe 120
  // Kommentare 9", "مشاهدات 120 تعليقات 9") sets each label before its count, so the number between two labels is
  // the first one's; the label's own is the number after it.
  const following = WORD_BEFORE_COUNT.test(before) ? COUNT_AFTER_LABEL.exec(counted.slice(match.index + match[0].length)) : null;
  return following ? parseCount(following[1], following[2]) : parseCount(match[1], match[2]);
}
/** A word, and a colon or none, right before the count: the count is that word's. */
const WORD_BEFORE_COUNT = /[\p{L}\p{M}][:：]?\s*$/u;
const COUNT_AFTER_LABEL = new RegExp(`^\\s*[:：]?\\s*${NUMBER}`, 'iu');

/**
 * Rule "date before the comments link": a meta row run together from its boxes prints the date right before the
 * comments link, and a link that shows no count ("May 16, 2024 Comment", "16.05.2024 Kommentar", "2024-05-16
 * Comment") puts the end of the date where a count goes: a year after a day or a month's name (see rule "day and
 * month before the year"), a dotted date read as
 * one number, a day or minutes joined to the digits before them by a hyphen, a slash or a colon. None is a count.
 */
function closesADate(before: string, count: string): boolean {
  if (NUMERIC_DATE.test(count) || JOINED_TO_DIGITS.test(before)) return true;
  return YEAR.test(count) && (DAY_BEFORE.test(before) || MONTH_BEFORE.test(before) || DAY_AND_MONTH_BEFORE.test(before));
}
const JOINED_TO_DIGITS = /\d[-/:]$/;
/** A Gregorian year, or a Hijri one as Arabic ("1445") and Persian ("۱۴۰۵", solar) dates write it. */
const YEAR = /^(?:1[34]|19|20)\d\d$/;
const DAY_BEFORE = /(?<![\d.,])\d{1,2}(?:st|nd|rd|th)?[,.]?\s*$/;
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${MONTH_NAME_ALTERNATION})\\.?,?\\s*$`, 'iu');
/**
 * Rule "day and month before the year": a date written day, month, year puts the month's name, in any calendar and
 * language, between the day and the year ("12 مايو 2024", "۱۳ آذر ۱۴۰۵", the Hijri "15 ذو القعدة 1445", a month of
 * two words); a year after a day and one or two words is the date's.
 */
const DAY_AND_MONTH_BEFORE = /(?<![\d.,])\d{1,2}\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?\.?,?\s*$/u;

/**
 * Arabic templates may bracket the count that opens a label ("(3) تعليقات", "(1,204) مشاهدة"); read as the count
 * without its brackets. Only a pair opened at the text's start: "2) View their record" numbers a step.
 */
const BRACKETED_LEADING_COUNT = /^\(\s*(\d[\d.,\s]*)\)/;

/** "1,116", "1.116", "1 116", "١١١٦", "1.2k", "3 ألف", "1,2 тыс.", "1.2万". */
function parseCount(digits: string, multiplier?: string): number | null {
  const normalized = countText(digits).trim();
  if (!/\d/.test(normalized)) return null;
  const scale = multiplier ? COUNT_MULTIPLIERS[multiplier.toLowerCase()] ?? 1 : 1;
  if (scale > 1 && /^\d+[.,]\d{1,2}$/.test(normalized)) return Math.round(Number(normalized.replace(',', '.')) * scale);
  const integer = Number(normalized.replace(/\D/g, ''));
  return Number.isSafeInteger(integer) ? integer * scale : null;
}
