/**
 * Credits in the article's header that neither a byline word nor a class opens: a name in a box beside the date, a
 * link to the writer's page opening the meta row, the writer after the date ("March 3, 2023 by …"), after the site's
 * name ("Harbour Times | Jane Doe") or after the city ("أبوظبي: سالم الكعبي"); and the header's byline-length lines.
 */
import type { AnyNode, Element } from 'domhandler';
import { nextElement, previousElement } from '../../dom-walk';
import { isBareDate, stripTrailingDate } from '../byline-dates';
import { ARABIC_OTHER_ROLE_LABELS, BYLINE_PREFIX, CORRESPONDENT_CREDIT, KOREAN_BYLINE_LIST } from '../byline-vocabulary';
import { isLoneYearlessDay, NO_LATER_THAN, parseDate, showsWeekdayYearlessDate } from '../dates';
import { isNameShaped, isPhrase } from '../name-shapes';
import { domainSpelling, spelledAsDomain } from '../site-name';
import { caseInsensitiveInitials, hasToken, type IndexedPage, textContent } from '../regions';
import { agencyNamed } from '../wire-agencies';
import type { DomElement } from '../../content/dom';
import { attributeTokens, firstMatch } from '../../content/tokens';
import { STANDFIRST_TOKENS } from '../../content/vocabulary';
import { isInFigure } from './marked';
import { BYLINE_START, firstParagraphAfterHeadline, hasBylineLength, isInTeaserLink, isNameList, isWriterPageHref, LINE_TAGS, MAX_BYLINE_CHARS, namesSomeone, openingText, unique, WRITER_PAGE_LINK } from './lines';

/**
 * Rule "name beside the date": a meta row under the headline may show the writer's name in a box of its own right
 * beside the date's box ("<div><span>Jane Doe</span></div><div>04. Dezember 2026</div>"), with no byline
 * word, no class a reader of the markup knows and no link, as a reader sees it: the name above or before the date.
 * Only in the article's header (after the headline, before the first paragraph of story, among the first elements
 * after the headline), only a name-shaped text in a box that holds nothing else, with no words around the two boxes
 * ("Von <span>…</span> am <span>…</span>" is a line the byline-word rules read), and only when the box next to it
 * holds a date and nothing else. The dot or bar a row prints between its fields is no word ("<div><span>د. سامي
 * الرشيد</span> · <span>08-03-2026</span></div>", an Arabic column's meta row). A name that is a link to anything but
 * a writer's page is a category or a tag, and one inside a teaser's link credits the teaser. The last source of the
 * byline reader.
 */
export function nameBesideDate(page: IndexedPage): string | null {
  const { elements } = page.walk;
  const end = page.headerEnd(MAX_DATED_CREDIT_DISTANCE, STORY_PARAGRAPH_CHARS);
  for (let index = page.firstAfterHeadline(); index < end; index++) {
    if (!hasBylineLength(page, index) || !page.followsHeadlineAt(index) || !mayOpenName(page.firstCharAt(index))) continue;
    const name = page.shortTextAt(index, MAX_BYLINE_CHARS);
    if (!name || !isCreditedNames(name) || LONG_CJK_WORD.test(name)) continue;
    const box = outermostBoxOf(page, elements[index], name);
    if (isTaxonomyBox(box) || (!isDateBox(page, pastSeparator(page, nextElement(box), nextElement)) && !isDateBox(page, pastSeparator(page, previousElement(box), previousElement)))) continue;
    if (!hasOwnWords(box.parent as Element) && !linksElsewhere(box) && !isInTeaserLink(page, box, name) && !page.isAnotherItemsRegion(box)) return name;
  }
  return null;
}

/**
 * Rule "credits row under the headline": a reader view (a browser's reader mode, a read-later service's saved copy)
 * strips the page to its headline, a credits row and the text, and prints the writer's name alone in that row, with
 * no byline word and no date beside it (`<h1 class="reader-title">…</h1><div class="credits reader-credits">Jane
 * Doe</div>`). The headline's next element, named "credits" as a whole part of its class and holding nothing but
 * names, credits the writers; a credits box anywhere else is a picture's.
 */
export function creditsUnderHeadline(page: IndexedPage): string | null {
  const headline = page.headlineElement();
  const box = headline ? nextElement(headline) : null;
  if (!box || !CREDITS_CLASS.test(box.attribs.class ?? '')) return null;
  const names = textContent(box).replace(/\s+/g, ' ').trim();
  return names.length <= MAX_BYLINE_CHARS && isCreditedNames(names) ? names : null;
}
const CREDITS_CLASS = /(?:^|[\s_-])credits(?:$|[\s_-])/i;

/**
 * Whether a text opening with this character (UTF-16 code unit) may be a list of names: every reading of
 * isCreditedNames asks isNameList of the text's start, whose first word opens with a capital or a letter of a script
 * without case, so of the ASCII characters only "A" to "Z" can open one.
 */
function mayOpenName(first: number): boolean {
  return first >= 0x80 || (first >= 0x41 && first <= 0x5a);
}

/** A text child with a letter or a digit: words around the boxes, not the separators between a row's fields. */
function hasOwnWords(element: Element): boolean {
  return element.children.some((child) => child.type === 'text' && WORD_CHARACTER.test((child as unknown as { data: string }).data));
}
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Rule "agency after the names": a regional paper that rewrites wire copy credits its writer and the agency in the
 * same box ("Jana Dvořáková, ČTK", "Jane Doe / dpa"); the names before the agency are the credit's, and the agency
 * is read as the wire source with them. Rule "place after the name": Swiss papers credit the writer with the place
 * they file from and no byline word ("Jane Doe, Bern", "Jane Doe, Genf"); one capitalised word after the comma is that
 * place, which the author cleaning cuts off.
 */
function isCreditedNames(text: string): boolean {
  if (isNameList(text)) return true;
  const credit = AGENCY_AFTER_NAMES.exec(text);
  if (credit !== null && agencyNamed(credit[2]) !== null && isNameList(credit[1])) return true;
  const placed = NAME_AND_PLACE.exec(text);
  return placed !== null && isNameList(placed[1]);
}
const AGENCY_AFTER_NAMES = /^(.+?)\s*[,/|]\s*([^,/|]+)$/u;
const NAME_AND_PLACE = /^(.+?),\s*\p{Lu}\p{Ll}[\p{L}-]*$/u;

/**
 * Chinese, Japanese and Korean names are two to four characters, written without spaces: a longer run is a phrase
 * (a headline's parts set apart by a space), which the name shape, made for spaced scripts, would let through.
 */
const LONG_CJK_WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{5,}/u;

/** The outermost ancestor of the element, itself included, whose text is the same. */
function outermostBoxOf(page: IndexedPage, element: Element, text: string): Element {
  let box = element;
  while (box.parent && box.parent.type === 'tag' && page.shortText(box.parent as Element, MAX_BYLINE_CHARS) === text) box = box.parent as Element;
  return box;
}

/**
 * Rule "labels beside the date": a news list's meta row prints the post's categories or topics beside its date, with
 * no link and no separator between the words ("<span class="news-list-category">Forschung Ozean Meereis</span>"),
 * which reads as a name; the class says it is the post's labels.
 */
function isTaxonomyBox(box: Element): boolean {
  return TAXONOMY_BOX_CLASS.test(box.attribs.class ?? '');
}
const TAXONOMY_BOX_CLASS = /categor|rubri|topic|(?:^|[-_\s])tags?(?:$|[-_\s])/i;

/**
 * Rule "separator in a box of its own": themes print the bar or the dot between the row's fields in a box of its own
 * (`<span class="by">ريتا خوري</span><span class="sep">|</span><span class="on">الجمعة 4 كانون الأول 2026</span>`),
 * which parts the fields as the bare character does and is no field: the box beside the name is the one after it.
 */
function pastSeparator(page: IndexedPage, box: Element | null, step: (element: Element) => Element | null): Element | null {
  return box && FIELD_SEPARATOR_BOX.test(page.shortText(box, MAX_SEPARATOR_CHARS) ?? '') ? step(box) : box;
}
const FIELD_SEPARATOR_BOX = /^[|·•/–—-]$/u;
const MAX_SEPARATOR_CHARS = 1;

/** A box whose text is a date and nothing else. */
function isDateBox(page: IndexedPage, box: Element | null): boolean {
  const text = box && page.shortText(box, MAX_DATE_BOX_CHARS);
  return Boolean(text) && isDateOnly(text!);
}

/**
 * A text that reads as a date, with nothing beside it but the date's label (see {@link isBareDate}). Rule "portal
 * date without its year": Japanese and Korean portals date a story by month, day and weekday ("12/3(木) 14:05"),
 * whose year only a clock tells; with no clock to ask, it is a date all the same.
 */
export function isDateOnly(text: string): boolean {
  return isBareDate(text) && (parseDate(text, NO_LATER_THAN) !== null || showsWeekdayYearlessDate(text) || isLoneYearlessDay(text));
}
/** "Zuletzt aktualisiert am 18.11.2026, 14:30 Uhr": a date with its label and clock. */
const MAX_DATE_BOX_CHARS = 50;

/** The box is or holds a link to anything but a writer's page. */
function linksElsewhere(box: Element): boolean {
  if (box.name === 'a') return !isWriterPageHref(box.attribs.href);
  return box.children.some((child) => child.type === 'tag' && linksElsewhere(child as Element));
}

/**
 * Rule "writer's page link in the header": a meta row under the headline may credit the writer with nothing but a
 * link to the writer's page on the site ("<a href="/profile/jane-doe">Jane Doe</a> | Nov. 18", "/yazar/…",
 * "/kontributor/…", "/auteur/…"), no byline word and no class to say so. Those path words also lead to readers'
 * accounts, staff lists and people in the news, so only the article's header counts: after the headline, before
 * the first paragraph of story, among the first elements after the headline, outside sidebars and comments. The
 * link opens its row and the row is a byline's length, so a name linked inside a sentence of the dek is not read; a
 * second writer linked in the same row is, wrapped in an element of its own or not. The last visible source of the
 * byline reader.
 */
export function headerWriterLinks(page: IndexedPage): string[] {
  const { elements } = page.walk;
  const end = page.headerEnd(MAX_DATED_CREDIT_DISTANCE, STORY_PARAGRAPH_CHARS);
  for (let index = page.firstAfterHeadline(); index < end; index++) {
    const element = elements[index];
    if (element.name !== 'a' || !WRITER_PAGE_LINK.test(element.attribs.href ?? '') || !page.followsHeadlineAt(index) || page.isAnotherItemsRegion(element)) continue;
    // The link may hold the comma that sets the date after it ("<a …>Jane Doe,</a> <time>…").
    const name = page.shortTextAt(index, MAX_BYLINE_CHARS)?.replace(TRAILING_ROW_SEPARATOR, '');
    const row = name && isNameList(name) ? rowOpenedBy(page, index, name) : -1;
    if (row < 0) continue;
    const names: string[] = [];
    for (let inner = row + 1; inner < page.walk.subtreeEnd[row]; inner++) {
      const link = elements[inner];
      const text = link.name === 'a' && WRITER_PAGE_LINK.test(link.attribs.href ?? '') ? page.shortTextAt(inner, MAX_BYLINE_CHARS)?.replace(TRAILING_ROW_SEPARATOR, '') : null;
      if (text && isNameList(text)) names.push(text);
    }
    return unique(names);
  }
  return [];
}

const TRAILING_ROW_SEPARATOR = /\s*[,;|·•]$/u;

/**
 * The walk index of the row a linked name opens: the outermost ancestor of the link whose text is a byline's length
 * and starts with the name, past the wrappers that hold the link alone ("<span class="name"><a …>Jane Doe</a></span>
 * and <span …>…</span> | Nov. 18"); -1 when the link's own parent does not start with the name.
 */
function rowOpenedBy(page: IndexedPage, index: number, name: string): number {
  const { parentIndex } = page.walk;
  let row = -1;
  for (let ancestor = parentIndex[index]; ancestor >= 0; ancestor = parentIndex[ancestor]) {
    const text = page.shortTextAt(ancestor, MAX_BYLINE_CHARS);
    if (!text || !text.replace(ROW_OPENING_DECORATION, '').startsWith(name)) break;
    row = ancestor;
  }
  return row;
}
/** What may precede the writer's linked name in its row: an avatar leaves nothing, a decoration a dash or a bar. */
const ROW_OPENING_DECORATION = /^[\s|·•–—-]+/u;

/**
 * Rule "dated credit": blog themes print the date first and the writer after it, in one line under the headline
 * ("Posted on March 3, 2023 by Tom Hadley", "February 11, 2020 by Sam Ortiz", "Veröffentlicht am 3. März 2023 von
 * Max Muster", "Publié le 3 mars 2023 par Jean Dupont"), so no byline word opens the line. A short line close under
 * the headline whose opening words hold a year, followed by a byline word and a capitalised name, credits the
 * writer from that word on when those opening words read as a date ("Photo taken in 2019 by …" do not); a sentence
 * is longer than the few words a date takes. A page whose headline is no `<h1>` is read up to its first paragraph.
 */
const DATED_CREDIT = /^(.{4,60}?)\s*[,·|–—-]?\s+((?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\s+\p{Lu}.*)$/u;
const YEAR = /(?:^|\D)(?:19|20)\d{2}(?!\d)/;
/**
 * Rule "relative date before the byline": the date may be the row's `<time datetime>` element, shown as a day's word
 * or an age ("<time datetime="2026-12-06T09:31">gisteren</time> · Geschreven door Joris Hofman", "yesterday · By …"),
 * which holds no year; the machine value says it is the date. The participle before the byline word ("Geschreven
 * door", "written by") belongs to the credit.
 */
function opensWithShownTime(row: Element, opening: string): boolean {
  const first = row.children.find((child) => child.type !== 'text' || (child as unknown as { data: string }).data.trim() !== '');
  return first !== undefined && first.type === 'tag' && (first as Element).name === 'time' && (first as Element).attribs.datetime !== undefined
    && textContent(first as Element).trim() === opening.replace(TRAILING_ROW_MARK, '').trim();
}
const WRITTEN_PARTICIPLE_AFTER_DATE = /\s+(?:written|geschreven|geschrieben|écrit|escrito|scritto)$/iu;
const TRAILING_ROW_MARK = /[\s,·|–—-]+$/u;
/** "Posted on Tuesday, 3 March 2023 at 10:05": the most words a date and its label take. */
const MAX_DATE_WORDS = 9;
/** The line sits among the first elements after the headline (a kicker, the dek, the meta row). */
const MAX_DATED_CREDIT_DISTANCE = 30;
/** A page without an `<h1>` is looked through until its first paragraph of story (in visible characters, spaces not counted). */
const STORY_PARAGRAPH_CHARS = 120;
/** What a theme prints after the writer in the same row: "by Tom Hadley · 4 comments". */
const ROW_FIELD_SEPARATOR = /\s[·|•]\s/u;

/**
 * Rule "writer's field in the info row": Chinese portals print the story's facts in one row under the headline, the
 * fields set apart by ideographic spaces and the writer's among them, not first ("2026-11-26 09:30:12　来源：江城晚报
 * 　作者：刘建国 陈晓燕　<a>打印</a>"), so no line opens with the label. A field of such a row in the article's header
 * that opens with the writer's or the reporter's label, with its colon, credits the writer (see also rule "labelled
 * fields parted by spaces").
 */
export function infoRowWriter(page: IndexedPage): string | null {
  const { elements, visibleChars } = page.walk;
  const end = page.headerEnd(MAX_DATED_CREDIT_DISTANCE, STORY_PARAGRAPH_CHARS);
  for (let index = page.firstAfterHeadline(); index < end; index++) {
    if (visibleChars[index] === 0 || visibleChars[index] > MAX_BAR_ROW_CHARS || !page.followsHeadlineAt(index)) continue;
    for (const child of elements[index].children) {
      const data = child.type === 'text' ? (child as unknown as { data: string }).data : '';
      const writer = data.includes('|') ? barRowWriter(data, () => linkedFieldValue(page, child)) : visibleChars[index] <= MAX_INFO_ROW_CHARS ? spacedRowWriter(data) ?? paddedRowReporter(data) : null;
      if (writer && !page.isAnotherItemsRegion(elements[index])) return writer;
    }
  }
  return null;
}

function spacedRowWriter(data: string): string | null {
  if (!data.includes(IDEOGRAPHIC_SPACE) && !LABELLED_FIELD_AFTER_SPACE.test(data)) return null;
  const field = data.split(INFO_ROW_FIELD_BREAK).map((part) => INFO_ROW_WRITER.exec(part.trim())).find((match) => match !== null);
  return field ? field[1] : null;
}

/**
 * Rule "reporter's field between no-break spaces": the table layouts of older Korean papers print the story's facts in
 * one row under the headline, parted by runs of `&nbsp;` where later CMSs print a bar or a list ("입력시간 : 2026. 12.
 * 02 15:40 &nbsp; 최동훈 기자 &nbsp; 조회 : 87"), the reporter's field among them, not first. A field that is a name
 * or names and the reporter's role word, and nothing else, credits them; the role word says it is no place or label.
 */
function paddedRowReporter(data: string): string | null {
  if (!NO_BREAK_FIELD_BREAK.test(data)) return null;
  return data.split(NO_BREAK_FIELD_BREAK).map((field) => field.trim()).find((field) => KOREAN_BYLINE_LIST.test(field)) ?? null;
}
/** Two no-break spaces in a row, or one between ordinary spaces: no sentence joins its words so. */
const NO_BREAK_FIELD_BREAK = /[ \t]*\u00a0(?:[ \t]*\u00a0)+[ \t]*|[ \t]+\u00a0[ \t]+/u;

/**
 * Rule "writer's field in a row of bars": fatwa, religious-affairs and old portal pages print the item's facts as one
 * text of labelled fields between bars, the number, the date, the one who answered or wrote it and the reads ("رقم
 * الفتوى: 48213 | تاريخ النشر: 2/12/2026 | المفتي: الشيخ حسن النجار | عدد القراءات: 3127"), the writer's field not
 * first. In a row of three fields or more, the field that opens with a byline label and its colon credits the writer;
 * so it does in a row of two whose other field is the date (rule "writer after the date's field": "Geplaatst op:
 * 03-12-2026 om 10:15 | Door: Ria van Rooij").
 */
function barRowWriter(data: string, linkedValue: () => string | null): string | null {
  const fields = data.split('|');
  if (fields.length < MIN_BAR_ROW_FIELDS && !(fields.length === 2 && fields.some((field) => parseDate(field, NO_LATER_THAN) !== null))) return null;
  for (let at = 0; at < fields.length; at++) {
    const field = fields[at].trim();
    const label = BYLINE_PREFIX.exec(field);
    if (!label || !LABEL_COLON.test(label[0])) continue;
    const value = field.slice(label[0].length);
    if (value) return value;
    return at === fields.length - 1 ? linkedValue() : null;
  }
  return null;
}

/**
 * Rule "linked writer in a row of bars": the row's last field may be the label alone, its writer a link to their page
 * after it ("2026. december 4. 14:10 | Szerző: <a href="/szerzo/nagy-gabor/">Nagy Gábor</a>"), the field's value set
 * in markup of its own. The short text of the element right after the label is the value.
 */
function linkedFieldValue(page: IndexedPage, label: AnyNode): string | null {
  let next = label.next;
  while (next && next.type === 'text' && !(next as unknown as { data: string }).data.trim()) next = next.next;
  if (!next || next.type !== 'tag') return null;
  return page.shortText(next as Element, MAX_BYLINE_CHARS)?.trim() || null;
}
const MIN_BAR_ROW_FIELDS = 3;
const LABEL_COLON = /[:：]\s*$/u;
/** A row of four or five labelled fields. */
const MAX_BAR_ROW_CHARS = 200;
const IDEOGRAPHIC_SPACE = '\u3000';
/**
 * Rule "labelled fields parted by spaces": other portals part the row's fields with ordinary spaces ("2026-12-03
 * 14:05 来源：晨报 作者：王强 通讯员 李华"); a field then starts where a label of two to four characters and its colon
 * follow a space, and the writers' field runs on to the next label.
 */
const LABELLED_FIELD_AFTER_SPACE = /\s(?=\p{Script=Han}{2,4}\s*[:：])/u;
/**
 * Rule "padded fields": district and county sites pad the whole row with ideographic spaces, two between fields, one
 * after each label's colon and one inside a two-character name ("来源：　东港日报　　作者：　陈　默　　发布时间：…"); a lone
 * ideographic space breaks a field only where a label follows it, so the writer's field keeps its name.
 */
const INFO_ROW_FIELD_BREAK = /\u3000{2,}|\s+(?=\p{Script=Han}{2,4}\s*[:：])/u;
const INFO_ROW_WRITER = /^(?:作者|记者|記者)\s*[:：]\s*(\S.{0,40})$/u;
/** A row of a date, a source, a writer or two and an editor. */
const MAX_INFO_ROW_CHARS = 100;

export function datedCredit(page: IndexedPage): string | null {
  const { elements, visibleChars } = page.walk;
  const start = page.firstAfterHeadline();
  const end = start === 0 ? elements.length : Math.min(elements.length, start + MAX_DATED_CREDIT_DISTANCE);
  for (let index = start; index < end; index++) {
    if (start === 0 && elements[index].name === 'p' && visibleChars[index] >= STORY_PARAGRAPH_CHARS) return null;
    if (!LINE_TAGS.has(elements[index].name) || !hasBylineLength(page, index) || !page.followsHeadlineAt(index)) continue;
    const match = DATED_CREDIT.exec(page.shortTextAt(index, MAX_BYLINE_CHARS) ?? '');
    if (!match || match[1].split(/\s+/).length > MAX_DATE_WORDS) continue;
    const opening = match[1].replace(WRITTEN_PARTICIPLE_AFTER_DATE, '');
    const dated = YEAR.test(opening) ? parseDate(opening, NO_LATER_THAN) !== null : opensWithShownTime(elements[index], opening);
    if (!dated || page.isAnotherItemsRegion(elements[index])) continue;
    return match[2].split(ROW_FIELD_SEPARATOR)[0];
  }
  return null;
}

/**
 * Rule "city before the writer": Gulf, Levant and Iraqi papers open the story with the city the writer files from
 * and the writer's name, a colon, a slash or a spaced dash between ("أبوظبي: سالم الكعبي", "بغداد/ حيدر الربيعي",
 * "الرياض - فهد العتيبي"), on a line of its own in the meta row or as the text's first paragraph (a bold line before
 * the text's first break, too), with no byline word. Only in the article's header (up to its
 * first paragraph of story; on an old table-layout page with no <h1>, up to the first paragraph of story on the
 * page), and only a line of one Arabic word, the city, then two to four words shaped as a name:
 * another role's label ("تصوير: …", photographed by) is no city, and a headline's "speaker: words" holds a
 * preposition. The author cleaning cuts the city off, and reads an agency after it ("القاهرة - أ ش أ") as the wire
 * source; so the line of a city and an agency's name, bare or in parentheses ("تونس - (أ ف ب)", "الرياض - واس"),
 * which credits no writer but the wire, counts too.
 */
export function cityCreditLine(page: IndexedPage): string | null {
  const { elements, visibleChars } = page.walk;
  const start = page.firstAfterHeadline();
  const end = start === 0 ? elements.length : page.headerEnd(MAX_DATED_CREDIT_DISTANCE, STORY_PARAGRAPH_CHARS);
  for (let index = start; index < end; index++) {
    if (start === 0 && elements[index].name === 'p' && visibleChars[index] >= STORY_PARAGRAPH_CHARS) return null;
    if (!LINE_TAGS.has(elements[index].name) || !hasBylineLength(page, index) || !page.followsHeadlineAt(index)) continue;
    const row = page.shortTextAt(index, MAX_BYLINE_CHARS);
    if (row === null) continue;
    const text = creditBeforeDate(row);
    const named = NAME_BEFORE_CITY_LINE.exec(text);
    if (named && isNameShaped(named[1]) && !linksElsewhere(elements[index]) && !isInFigure(page, elements[index]) && !page.isAnotherItemsRegion(elements[index])) return text;
    // Rule "the outlet's own correspondent" (see authors.ts): the city, a dash, "correspondent" and its outlet, then
    // the name after the colon ("جندوبة - مراسل القناة: سامي الهمامي"), or the label alone before the name.
    const correspondent = CORRESPONDENT_CREDIT.exec(text);
    if (correspondent && ARABIC_NAME_LINE.test(text.slice(correspondent[0].length)) && !page.isAnotherItemsRegion(elements[index])) return text;
    const line = CITY_CREDIT_LINE.exec(text);
    const wire = line ? null : CITY_AGENCY_LINE.exec(text);
    const city = line?.[1] ?? wire?.[1];
    if (city === undefined || ARABIC_OTHER_ROLE_LABELS.has(city) || BYLINE_START.test(text) || isLinkedHeadline(page, elements[index], text)) continue;
    if ((line ? !isPhrase(line[2]) : agencyNamed(wire![2]) !== null) && !page.isAnotherItemsRegion(elements[index])) return text;
  }
  return null;
}
/**
 * Rule "a linked line is another story's": Arab papers head their stories "city: what happened" as their writers
 * credit themselves "city: name" ("المتلوي: احتجاجات للمطالبة بالتشغيل" beside "دبي: وليد سامي"), and the "read also"
 * lists after an old page's text, which no paragraph ends, link such headlines one to a line. A writer's credit is
 * no link to another page: the line that is the whole text of a link, other than one to a writer's page, is the
 * headline of the story it leads to.
 */
function isLinkedHeadline(page: IndexedPage, element: Element, text: string): boolean {
  let link: Element | null = null;
  for (let current: Element | null = element; current && !link; current = current.parent?.type === 'tag' ? current.parent as Element : null) {
    if (current.name === 'a') link = current;
  }
  if (!link) {
    const links = element.children.filter((child): child is Element => child.type === 'tag' && (child as Element).name === 'a');
    if (links.length !== 1) return false;
    link = links[0];
  }
  return !isWriterPageHref(link.attribs.href) && page.shortText(link, MAX_BYLINE_CHARS) === text;
}

/**
 * Rule "the agency's reporter": an agency signs its copy with the writer's name and post, the post naming the agency
 * after a spaced dash ("Luiza Tavares - Repórter da Agência Brasil", "Ana Ruiz – Redactora de EFE"), and the papers
 * that run the copy as it comes print that line as the text's first paragraph, with no byline word, while their own
 * byline names only the desk account that posted it. Only in the article's header (up to its first paragraph of
 * story), and only a name's shape before the dash and, after it, one or two words of post and a preposition before a
 * name the agency list knows: a headline's "Lula - Presidente do Brasil" names no agency, and the agency is read as
 * the wire source when the credit is cleaned.
 */
export function agencyReporterLine(page: IndexedPage): string | null {
  const { elements } = page.walk;
  const start = page.firstAfterHeadline();
  if (start === 0) return null;
  const end = page.headerEnd(MAX_DATED_CREDIT_DISTANCE, STORY_PARAGRAPH_CHARS);
  for (let index = start; index < end; index++) {
    if (!LINE_TAGS.has(elements[index].name) || !hasBylineLength(page, index) || !page.followsHeadlineAt(index)) continue;
    const text = page.shortTextAt(index, MAX_BYLINE_CHARS);
    const line = text === null ? null : REPORTER_AT_AGENCY.exec(text);
    if (line && isNameShaped(line[1]) && agencyNamed(line[2]) !== null && !page.isAnotherItemsRegion(elements[index])) return text;
  }
  return null;
}
/** The name, a spaced dash, one or two words of post, a preposition ("da", "de", "of", "der") and the agency. */
const REPORTER_AT_AGENCY = /^(\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){1,4})\s+[-–—]\s+\p{L}+(?:\s+\p{L}+)?\s+(?:da|de|do|del|di|of|der|des|du)\s+(\S.{1,40})$/u;

/** The city the header's city credit line opens with ("الرياض" of "الرياض - فهد القحطاني", see {@link cityCreditLine}), or null. */
export function creditedCity(page: IndexedPage): string | null {
  const line = cityCreditLine(page);
  return line === null ? null : CREDITED_CITY.exec(line)?.[0] ?? null;
}
const CREDITED_CITY = /^[\u0621-\u0652]+/u;

/**
 * Rule "credit leading into the story": Egyptian and Gulf papers run the credit on into the story's first paragraph,
 * closed by a colon as a speaker's name is before a quotation: the city and the writer ("القاهرة - أحمد محمود:
 * أعلنت …"), or the byline word and the writer ("كتب - أحمد محمود: …"), bold or not, with a break after the colon or
 * straight on into the text. Only the words before the first colon of the story's first paragraph are read, and only
 * when they are shaped as a city's credit line (see {@link cityCreditLine}) or as a byline word and a name: a
 * speaker's "قال الوزير:" holds neither, and a phrase before the colon ("By the numbers:") is no name.
 */
export function leadInCredit(page: IndexedPage): string | null {
  const paragraph = firstParagraphAfterHeadline(page);
  if (!paragraph) return null;
  const opening = openingText(paragraph);
  const colon = opening.search(/[:：]/u);
  if (colon < 0 || colon > MAX_BYLINE_CHARS) return null;
  const credit = opening.slice(0, colon).replace(/\s+/g, ' ').trim();
  if (BYLINE_START.test(credit)) return namesSomeone(credit) && !isPhrase(credit.replace(BYLINE_PREFIX, '')) ? credit : null;
  const line = CITY_CREDIT_LINE.exec(credit);
  return line && !ARABIC_OTHER_ROLE_LABELS.has(line[1]) && !isPhrase(line[2]) ? credit : null;
}

/**
 * Rule "credit before the row's date": an old Gulf template sets the city and the writer first in the meta row under
 * the headline and runs the row on with the date, the clock and the reads, parted by spaces alone ("الدمام - سلمان
 * الدوسري   2026/12/06 م   الساعة 8:15 م   عدد القراءات: 517"); the credit is what comes before the date's first
 * figure when the rest reads as a date, without the weekday or the month's name before it ("الرياض - واس الجمعة 5 ديسمبر
 * 2026"). A row with no such date is read whole.
 */
function creditBeforeDate(row: string): string {
  const digit = row.search(ANY_DATE_DIGIT);
  return digit > 0 && parseDate(row.slice(digit), NO_LATER_THAN) !== null ? stripTrailingDate(row) : row;
}
const ANY_DATE_DIGIT = /[\d\u0660-\u0669\u06F0-\u06F9]/u;

/**
 * The city's word may carry its vowel marks: Jordanian papers write their capital "عمّان" with the doubling mark, which
 * tells Amman from Oman ("عمان").
 */
const CITY_CREDIT_LINE = /^([\u0621-\u0652]+)(?:\s*[:/]|\s+[-–—])\s*([\u0621-\u064A]+(?:\s+[\u0621-\u064A]+){1,3})$/u;
/** Two to four Arabic words, a writer's name. */
const ARABIC_NAME_LINE = /^[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+){1,3}$/u;
/**
 * Rule "city after the writer": Turkish papers print the mirror of that line, the writer's name, a slash and the city
 * ("Ahmet Yılmaz / İstanbul", "Ayşe Demir / ANKARA"), or the agency in the city's place; a crumb trail's "Haberler /
 * Gündem" is linked, and names no one, and a caption's "Urs Flüeler / Keystone" credits the photographer.
 */
const NAME_BEFORE_CITY_LINE = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3})\s*\/\s*\p{Lu}[\p{L}-]+$/u;
/** The city, a spaced dash and what may be an agency's name, bare or in parentheses. */
const CITY_AGENCY_LINE = /^([\u0621-\u0652]+)\s+[-–—]\s+(\(?[^()]{1,30}\)?)$/u;

/**
 * The byline-length lines of the article's header: after the headline and before the first paragraph of story
 * prose. A credit further down may be a teaser's in a list of more stories, which no class marks as such. Read in
 * one pass, so a page with thousands of byline lines is not walked once for each of them.
 */
export function articleHeaderLines(page: IndexedPage): Set<string> {
  const { elements, visibleChars } = page.walk;
  const lines = new Set<string>();
  for (let index = page.firstAfterHeadline(); index < elements.length; index++) {
    if (elements[index].name === 'p' && visibleChars[index] >= STORY_PARAGRAPH_CHARS && !isStandfirstParagraph(elements[index])) break;
    const text = hasBylineLength(page, index) && page.followsHeadlineAt(index) ? page.shortTextAt(index, MAX_BYLINE_CHARS) : null;
    if (text !== null) lines.add(text);
  }
  return lines;
}

/**
 * Rule "standfirst over the byline": French and Italian templates set the chapô under the headline and the byline
 * under the chapô ("Par <a>Claire Vernet</a> avec AFP"), the chapô a paragraph as long as the story's, in a block
 * the template names for it (`field--name-field-chapo`, `article-lead`). That paragraph is the header's, and the
 * story begins after the byline.
 */
function isStandfirstParagraph(element: Element): boolean {
  const parent = element.parent;
  return firstMatch(attributeTokens(element as unknown as DomElement), STANDFIRST_TOKENS) !== null
    || (parent?.type === 'tag' && firstMatch(attributeTokens(parent as unknown as DomElement), STANDFIRST_TOKENS) !== null);
}

/**
 * The lines of the article's header (see {@link articleHeaderLines}) that open with a byline word and name someone,
 * in the order the page prints them: "by The Associated Press" from the theme, then "By JANE DOE Associated Press"
 * at the top of the story text.
 */
export function headerBylineLines(page: IndexedPage): string[] {
  return [...articleHeaderLines(page)].filter((line) => page.textVerdict(isBylineLine, line));
}

/**
 * The header's byline lines (see {@link headerBylineLines}) and, rule "writer's name opening the line", the lines that
 * open with a writer the record credits, as Swiss and Belgian templates print the linked name with no byline word
 * before it ("<a>Jane Doe</a> avec Keystone-ATS").
 */
export function headerWriterLines(page: IndexedPage, writers: readonly string[]): string[] {
  return [...articleHeaderLines(page)].filter((line) => page.textVerdict(isBylineLine, line) || writers.some((writer) => line.startsWith(writer)));
}

/** Asked of the same header lines by every reader of the header, so through {@link IndexedPage.textVerdict}. */
function isBylineLine(line: string): boolean {
  return BYLINE_START.test(line) && namesSomeone(line);
}

/**
 * Rule "site's name before the writer": papers credit a story to the site and its writer in one line of the header,
 * the site's name first ("هسبريس - عبد الرحيم العسري", "Harbour Times | Jane Doe"), with no byline word or class.
 * A header line whose part before the first separator spells the site's declared name or its domain, and whose rest
 * is one to three names and nothing else, credits the rest.
 */
export function readSiteCreditLine(page: IndexedPage, siteName: string | null, host: string | null): string[] {
  const domain = host ? domainSpelling(host) : '';
  const sites = new Set([siteName ? spelledAsDomain(siteName) : '', domain].filter((spelling) => spelling.length > 0));
  if (sites.size === 0) return [];
  // The header's lines as articleHeaderLines reads them; only those that start as the site's name does are built.
  const initials = caseInsensitiveInitials([siteName?.trim() ?? '', domain].filter(Boolean));
  const { elements, visibleChars } = page.walk;
  for (let index = page.firstAfterHeadline(); index < elements.length; index++) {
    if (elements[index].name === 'p' && visibleChars[index] >= STORY_PARAGRAPH_CHARS) break;
    if (!hasBylineLength(page, index) || !initials.has(page.firstCharAt(index)) || !page.followsHeadlineAt(index)) continue;
    const match = SITE_CREDIT_LINE.exec(page.shortTextAt(index, MAX_BYLINE_CHARS) ?? '');
    if (match && sites.has(siteSpelling(match[1])) && isNameList(match[2])) return [match[2]];
  }
  return [];
}
/** The site's part, a separator between spaces, and the rest. */
const SITE_CREDIT_LINE = /^(.{2,40}?)\s+[-–—|]\s+(.+)$/u;

/** The site's part of a credit line as a domain spells it; the part may be the site's address ("harbour24.example"). */
function siteSpelling(part: string): string {
  return ADDRESS_LIKE.test(part) ? domainSpelling(part) : spelledAsDomain(part);
}
const ADDRESS_LIKE = /^[^\s.]+(?:\.[^\s.]+)+$/u;

/**
 * Rule "opening post's poster": a community site's news is often a forum topic, the item its first post, signed by
 * the card beside it with the poster's name (phpBB's `<span class="name"><b>…</b></span>`, vBulletin's `<a
 * class="bigusername">`, phpBB 3's `<a class="username">`) over the rank, join date and post count. On a page of two
 * posts' bodies or more, the name in the last such element before the first body is the item's writer; a login no
 * reader takes for a name is left out by the name readers after.
 */
export function openingPoster(page: IndexedPage): string | null {
  const { elements } = page.walk;
  const classes = page.attributeOfAll('class');
  const ids = page.attributeOfAll('id');
  const bodies: number[] = [];
  for (let index = 0; index < elements.length && bodies.length < MIN_TOPIC_POSTS; index++) {
    if (POST_MESSAGE_ID.test(ids[index] ?? '') || hasToken(classes[index], POST_BODY_CLASS)) {
      if (bodies.length === 0 || index >= page.walk.subtreeEnd[bodies[0]]) bodies.push(index);
    }
  }
  if (bodies.length < MIN_TOPIC_POSTS) return null;
  for (let index = bodies[0] - 1; index >= Math.max(0, bodies[0] - MAX_CARD_DISTANCE); index--) {
    if (!hasToken(classes[index], POSTER_NAME_CLASS)) continue;
    const name = page.shortTextAt(index, MAX_POSTER_CHARS);
    return name && name.trim() !== '' ? name.trim() : null;
  }
  return null;
}
const MIN_TOPIC_POSTS = 2;
const POST_MESSAGE_ID = /^post_message_\d+$/;
const POST_BODY_CLASS: ReadonlySet<string> = new Set(['postbody']);
const POSTER_NAME_CLASS: ReadonlySet<string> = new Set(['name', 'bigusername', 'username', 'username-coloured', 'postauthor']);
/** The poster's card sits a few dozen elements before the post's body at most: a cell beside it, or a row above. */
const MAX_CARD_DISTANCE = 60;
const MAX_POSTER_CHARS = 60;
