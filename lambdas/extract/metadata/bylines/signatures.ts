/**
 * Authors from how a text is signed rather than bylined, the last sources of authors: a signature paragraph at either
 * end of the text, a copyright notice or a bracketed name closing it, a Japanese closing credit, a note on the writer,
 * and the writer's box after the text ("All posts by this author", "About the author").
 */
import type { AnyNode, Element, Text } from 'domhandler';
import { isBlank, nextElement, previousElement } from '../../dom-walk';
import { ABOUT_AUTHOR_PHRASE, JAPANESE_BUREAU, JAPANESE_ROLE, OPENING_QUOTE, POST_SENTENCE_LEAD, PREPARED_BY_WORDS, SPACED_DASH } from '../byline-vocabulary';
import { caseInsensitiveInitials, hasToken, type IndexedPage, LOWER_HEADING_TAGS } from '../regions';
import { agencyNamed, CREDIT_LEAD_IN_PREFIX, SOURCE_LABEL } from '../wire-agencies';
import { BYLINE_START, isNameList, isWriterPageHref, LINE_TAGS, openingText } from './lines';
import { isInFigure } from './marked';
import { INSTITUTION_WORD } from '../name-cleaning';
import { EDITORIAL_NOTE_LABEL } from '../../content/vocabulary';

/** Tags that set a signature apart from the paragraphs it signs. */
const EMPHASIS_TAGS = new Set(['strong', 'b', 'em', 'i', 'font']);
/** A paragraph this long is prose: the signature sits before the first such paragraph or after the last. */
const PROSE_PARAGRAPH_CHARS = 150;
/** Longer than a section heading: the paragraph after a leading signature starts the text. */
const MIN_SENTENCE_CHARS = 80;
/** The signed text is an article's, not a teaser's. */
const MIN_SIGNED_PROSE_CHARS = 500;
/** Text enough for a few sentences of an agency's notice, which a writer-and-agency line may sign. */
const MIN_AGENCY_NOTICE_CHARS = 150;
/** A signature names one to three people. */
const MAX_SIGNATURE_CHARS = 80;

/**
 * A signature paragraph: the writer's name alone in bold or italics as the first paragraph of the article text
 * ("<p><strong>Jane Doe</strong></p>") or as the last, or right-aligned after it, which is how many regional and
 * older sites credit the writer when the theme has no byline. The same look in the middle of the text is a
 * subheading. The writer's copyright notice after the text signs it too (see {@link copyrightHolder}), and so does
 * the name on the last line of the last paragraph (see {@link signatureAfterBreak}), and the name in brackets or after
 * a dash as the text's last line (see {@link closingNameLine}), and the names in a block of their own right after the
 * text's container (see {@link signatureAfterText}).
 * The last source of authors: it is a guess from layout, so a text with a signature at both ends
 * (or two) names nobody for sure and yields none.
 */
export function readSignature(page: IndexedPage): string[] {
  const { elements, position, parentIndex, visibleChars } = page.walk;
  const checked = new Set<number>();
  for (const paragraph of page.tagged('p')) {
    const container = parentIndex[position.get(paragraph)!];
    if (container < 0 || checked.has(container) || !(isSignatureLike(page, paragraph) || copyrightHolder(page, paragraph) || signatureAfterBreak(page, paragraph)
      || closingNameLine(page, paragraph) || bracketedNameAfterSentence(paragraph))) continue;
    checked.add(container);
    const all = elements[container].children.filter((child): child is Element => child.type === 'tag' && (child as Element).name === 'p');
    const paragraphs = all.slice(0, all.length - closingNotes(page, all));
    const prose = paragraphs.filter((element) => visibleChars[position.get(element)!] >= PROSE_PARAGRAPH_CHARS);
    // Rule "right-aligned signature under a brief": a news brief of sentence-long paragraphs (110, 120 characters) is
    // an article all the same where a name set flush right closes it, as Vietnamese papers sign their stories: a
    // quote's attribution runs in the text's flow, and the layout sets the writer's line apart. Its sentences count
    // toward the signed text, while only the long ones place the signature.
    const counted = isRightAligned(paragraph) ? MIN_SENTENCE_CHARS : PROSE_PARAGRAPH_CHARS;
    const sentences = paragraphs.filter((element) => visibleChars[position.get(element)!] >= counted);
    if (sentences.reduce((sum, element) => sum + visibleChars[position.get(element)!], 0) + earlierSectionsProse(page, elements[container]) < MIN_SIGNED_PROSE_CHARS) {
      const credit = labelledClosingCredit(page, paragraphs);
      if (credit) return [credit];
      continue;
    }
    const firstProse = paragraphs.indexOf(prose[0]);
    const lastProse = paragraphs.indexOf(prose[prose.length - 1]);
    // A leading signature is followed by the text it signs; a short line after it makes it a section heading.
    const opensText = (at: number) => at < firstProse && paragraphs[at + 1] !== undefined && visibleChars[position.get(paragraphs[at + 1])!] >= MIN_SENTENCE_CHARS
      && nextElement(paragraphs[at]) === paragraphs[at + 1] && !headsOneOfSections(page, paragraphs[at]);
    const signatures = paragraphs.filter((element, at) => ((opensText(at) || at > lastProse || (isRightAligned(element) && at > firstProse))
      && isSignatureLike(page, element)) || (at > lastProse && (copyrightHolder(page, element) || closingNameLine(page, element))) || (at === lastProse && signatureAfterBreak(page, element)) || (at >= lastProse && at === paragraphs.length - 1 && bracketedNameAfterSentence(element) !== null));
    if (signatures.length === 1 && !isInComment(signatures[0])) {
      return [copyrightHolder(page, signatures[0]) ?? signatureAfterBreak(page, signatures[0]) ?? closingNameLine(page, signatures[0]) ?? bracketedNameAfterSentence(signatures[0])
        ?? page.shortText(signatures[0], MAX_SIGNATURE_CHARS)!];
    }
  }
  const afterText = signatureAfterText(page);
  return afterText.length > 0 ? afterText : signedUnbrokenText(page);
}

/**
 * Rule "signature after the text's container": many portals (Vietnamese ones sign the whole team so, "Hoàng Nam -
 * Thu Trang") set the signature in a block of its own right after the element that holds the text's paragraphs,
 * rather than as its last paragraph ("<div class="content"><p>…</p></div><div><b>Jane Doe - John Roe</b></div>").
 * The block is the first with text after a container of article-length prose and holds the names alone, as text or
 * in one emphasis tag: a related-story list or a newsletter line holds links, a photo credit sits in its figure or
 * carries its label ("Photo: …"), and a box's heading ("Related Articles") is followed by the box's list. Names are
 * joined as in a byline, or by a spaced dash as Vietnamese papers join them; a single name in plain type must be set
 * as a signature is (right-aligned, or by its class). Only one such block on the page may sign.
 */
function signatureAfterText(page: IndexedPage): string[] {
  const { elements, position, parentIndex, visibleChars } = page.walk;
  const checked = new Set<number>();
  const signed: string[][] = [];
  for (const paragraph of page.tagged('p')) {
    const at = position.get(paragraph)!;
    const container = parentIndex[at];
    if (visibleChars[at] < PROSE_PARAGRAPH_CHARS || container < 0 || checked.has(container)) continue;
    checked.add(container);
    const block = nextWithText(page, elements[container]);
    const names = block && SIGNATURE_BLOCK_TAGS.has(block.name) ? namesAlone(page, block) : null;
    if (!names || signedProse(page, elements[container]) < MIN_SIGNED_PROSE_CHARS) continue;
    const after = nextWithText(page, block!);
    if ((after && LIST_TAGS.has(after.name)) || isInComment(block!) || isInFigure(page, block!) || page.isForeign(block!)) continue;
    signed.push(names);
  }
  for (const container of lineBrokenTexts(page)) {
    const block = nextWithText(page, container);
    const names = block && SIGNATURE_BLOCK_TAGS.has(block.name) ? namesAlone(page, block) : null;
    if (names && !isInComment(block!) && !page.isForeign(block!)) signed.push(names);
  }
  return signed.length === 1 ? signed[0] : [];
}
const SIGNATURE_BLOCK_TAGS = new Set(['div', 'p', 'font']);

/**
 * Rule "signature after line-broken text": older table layouts set a story as lines in one `<font>` or cell, parted by
 * line breaks with no paragraph element, and sign it with the writer's name in a block of its own after that element
 * ("…техники.<br><br></font><font><b>Михаил Ковалев</b></font>"), as a container of paragraphs is signed. Such a text
 * is a brief as often as not, so it is told by its lines rather than its length: three sentence-long lines at least,
 * where a menu or a box of links has short ones.
 */
function lineBrokenTexts(page: IndexedPage): Element[] {
  return lineBrokenBlocks(page).filter((block) => !block.children.some(isParagraph)
    && block.children.filter((child) => child.type === 'text' && (child as Text).data.trim().length >= MIN_SENTENCE_CHARS).length >= MIN_SIGNED_LINES);
}
const MIN_SIGNED_LINES = 3;

/**
 * The elements line breaks stand in, each once, in document order: the blocks older layouts set their lines in.
 * Found once for the page, as two signature readers ask for them.
 */
function lineBrokenBlocks(page: IndexedPage): Element[] {
  return page.once(findLineBrokenBlocks);
}
function findLineBrokenBlocks(page: IndexedPage): Element[] {
  const blocks = new Set<Element>();
  for (const lineBreak of page.tagged('br')) if (lineBreak.parent?.type === 'tag') blocks.add(lineBreak.parent as Element);
  return [...blocks];
}
const LIST_TAGS = new Set(['ul', 'ol']);

/** The first sibling after the element that has visible text. */
function nextWithText(page: IndexedPage, element: Element): Element | null {
  const { position, visibleChars } = page.walk;
  for (let next = nextElement(element); next; next = nextElement(next)) if (visibleChars[position.get(next)!] > 0) return next;
  return null;
}

/** The prose of the container's own paragraphs, in characters. */
function signedProse(page: IndexedPage, container: Element): number {
  const { position, visibleChars } = page.walk;
  let prose = 0;
  for (const child of container.children) {
    if (isParagraph(child) && visibleChars[position.get(child as Element)!] >= PROSE_PARAGRAPH_CHARS) prose += visibleChars[position.get(child as Element)!];
  }
  return prose;
}

/** The names a block holds as its text alone, or in one emphasis tag holding text alone; null otherwise. */
function namesAlone(page: IndexedPage, block: Element): string[] | null {
  const [content, ...rest] = block.children.filter((child) => child.type === 'tag' || (child.type === 'text' && !isBlank((child as unknown as { data: string }).data)));
  if (!content || rest.length > 0) return null;
  if (content.type === 'tag' && (!EMPHASIS_TAGS.has((content as Element).name) || (content as Element).children.some((child) => child.type === 'tag'))) return null;
  const text = page.shortText(block, MAX_SIGNATURE_CHARS);
  const names = text ? text.split(SPACED_DASH) : [];
  if (names.length === 0 || names.length > MAX_SIGNED_NAMES || !names.every(isNameList)) return null;
  // A name alone in plain type may be a label as well ("Project Archive" under a portfolio's text): it must be set as a
  // signature, or sign a team.
  const setApart = content.type === 'tag' || isRightAligned(block) || hasToken(block.attribs.class, SIGNATURE_CLASSES);
  return setApart || names.length > 1 ? names : null;
}
const MAX_SIGNED_NAMES = 3;

/**
 * Rule "signature after a line break" in a text without paragraphs: older CMSes (DataLife Engine, hand-kept pages)
 * write the whole story in one block, its paragraphs set apart by line breaks alone ("…<br><br><i>Jane Doe</i>
 * </div>"). Such a block, holding no paragraph element and the text of an article, is signed on its last line as a
 * last paragraph is; only one block on the page may be.
 */
function signedUnbrokenText(page: IndexedPage): string[] {
  const { position, visibleChars } = page.walk;
  const names: string[] = [];
  for (const block of page.tagged('div')) {
    if (visibleChars[position.get(block)!] < MIN_SIGNED_PROSE_CHARS || block.children.some(isParagraph)) continue;
    // The climb through the ancestors is made only for the few blocks that end signed.
    const name = signatureAfterBreak(page, block);
    if (name !== null && !isInComment(block)) names.push(name);
  }
  return names.length === 1 ? names : [];
}

function isParagraph(node: AnyNode): boolean {
  return node.type === 'tag' && (node as Element).name === 'p';
}

/**
 * Rule "signature after a line break": the writer's name in bold or italics on the last line of the text's last
 * paragraph, set apart from the closing sentence by a line break instead of a paragraph of its own ("… the last
 * sentence.<br><em>Jane Doe</em></p>"). Rule "labelled line after a break": older Arab news scripts write the whole
 * story as text and line breaks, and close it with the writer's credit under its label in plain type ("…<br><br>
 * متابعة: رامي الأحمد</div>"); the label says what the line is, as the emphasis does. The name, or null when the
 * paragraph does not end so.
 */
function signatureAfterBreak(page: IndexedPage, paragraph: Element): string | null {
  // Read from the end: only the last three children that are elements or text are asked about.
  const { children } = paragraph;
  const lastAt = contentChildBefore(children, children.length);
  const lastNode = children[lastAt] as AnyNode | undefined;
  const labelled = lastNode?.type === 'text' ? LABELLED_LINE.exec((lastNode as unknown as { data: string }).data.trim()) : null;
  const last = lastNode as Element | undefined;
  if (!labelled && (last?.type !== 'tag' || !EMPHASIS_TAGS.has(last.name))) return null;
  const breakAt = contentChildBefore(children, lastAt);
  const lineBreak = children[breakAt] as Element | undefined;
  if (lineBreak?.type !== 'tag' || lineBreak.name !== 'br' || contentChildBefore(children, breakAt) < 0) return null;
  if (labelled) return BYLINE_START.test(`${labelled[1]}:`) && isNameList(labelled[2]) ? labelled[2] : null;
  const name = page.shortText(last as Element, MAX_SIGNATURE_CHARS);
  const labelledName = name ? LABELLED_LINE.exec(name) : null;
  if (labelledName && BYLINE_START.test(`${labelledName[1]}:`)) return isNameList(labelledName[2]) ? labelledName[2] : null;
  return name && isNameList(name) ? name : null;
}

/**
 * Rule "bracketed name after the last sentence": German regional portals close the story with the writer's name in
 * brackets right after its last sentence, in the same paragraph ("… bleibt spannend. (Christian P. Stadtfeld) +++"),
 * as their agency copy closes with the agency's short name. Only the text's last paragraph, only a name of
 * two to four words after a sentence's end, and only its own text node: the paragraph is not read as a whole. The
 * name, or null. Rule "agency credits after the last sentence": portals that paste agency copy into their editor run
 * the agency's bracketed credits onto the last sentence ("… of its portfolio. (Reporting by Jane Doe and John Roe;
 * Editing by Ann Poe)"); the credits are given back whole, for the byline rules to read the reporters from.
 */
function bracketedNameAfterSentence(paragraph: Element): string | null {
  const last = paragraph.children[contentChildBefore(paragraph.children, paragraph.children.length)];
  if (last?.type !== 'text') return null;
  const text = (last as unknown as { data: string }).data;
  // The pattern is tried at every sentence's end of a long text; it needs a closing bracket with no letter or digit
  // after it, so a text whose last closing bracket has one after it, or that has none, cannot match.
  const close = text.lastIndexOf(')');
  if (close < 0 || LETTER_OR_DIGIT.test(text.slice(close + 1))) return null;
  const credits = AGENCY_CREDITS_AFTER_SENTENCE.exec(text)?.[1];
  if (credits) return credits;
  const name = BRACKETED_NAME_AFTER_SENTENCE.exec(text)?.[1];
  return name && isNameList(name) ? name : null;
}
/** The index of the last child before `end` that is an element or text that is not whitespace; -1 when none is. */
function contentChildBefore(children: AnyNode[], end: number): number {
  for (let at = end - 1; at >= 0; at--) {
    const child = children[at];
    if (child.type === 'tag' || (child.type === 'text' && !isBlank((child as unknown as { data: string }).data))) return at;
  }
  return -1;
}

export const AGENCY_CREDITS_AFTER_SENTENCE = /(?<=[.!?"“”»])\s*(\(\s*reporting\s+by\s[^()]{3,200}\))\s*$/iu;
const BRACKETED_NAME_AFTER_SENTENCE = /(?:^|[.!?"“”»])\s*\(\s*([^()]{3,60}?)\s*\)[^\p{L}\p{N}]*$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Rule "closing name line": regional papers and science sites end a story with the writer's name as a line of its
 * own in plain type, in brackets, after a dash or after a byline label and its colon ("(Jana Berg)", "– Jana Berg",
 * Persian "گزارش: سارا رحیمی", "report:"), or before the agency it works for (rule "writer and agency under the
 * text"). Only as the last block of the
 * text's container, where nothing with text follows it. After a quotation the same line says whose words those were
 * (a closing quote's or an epigraph's attribution), not who wrote the story. The name, or null.
 */
function closingNameLine(page: IndexedPage, paragraph: Element): string | null {
  const text = lineBeforeSource(page, paragraph);
  const line = text ? CLOSING_NAME_LINE.exec(text) : null;
  const labelled = text && !line ? LABELLED_LINE.exec(text) : null;
  const withAgency = text && !line && !labelled ? WRITER_AND_AGENCY.exec(text) : null;
  const name = line ? line[1] ?? line[2] ?? line[3] : labelled && BYLINE_START.test(`${labelled[1]}:`) ? labelled[2]
    : text && PREPARED_BY.test(text) ? text.replace(PREPARED_BY, '')
    : withAgency && agencyNamed(withAgency[2]) ? withAgency[1] : null;
  if (!name || !isNameList(name) || !closesContainer(page, paragraph)) return null;
  const before = previousElement(paragraph);
  // The agency stays on the line, so that the credit names the wire as the byline would.
  return before && (before.name === 'blockquote' || OPENING_QUOTE.test(openingText(before))) ? null : withAgency && name === withAgency[1] ? text : name;
}
/**
 * Rule "writer and agency under the text": Nordic papers sign agency copy under its last paragraph with the writer and
 * the agency after a slash or a comma, as their bylines credit it ("Lise Holm/Ritzau", "Kari Lund, NTB"); the name is
 * what precedes the agency.
 */
const WRITER_AND_AGENCY = /^([^/,]{3,60}?)\s*[/,]\s*([^/,]{2,30}?)\s*$/u;
const CLOSING_NAME_LINE = /^(?:\(\s*([^()]+?)\s*\)|[-–—]\s*(.+)|(?:das\s+interview\s+führten?|die\s+fragen\s+stellten?|(?:les\s+)?propos\s+recueillis\s+par|entrevista\s+realizada\s+por)\s+(.+?)\.?)$/iu;
/**
 * Rule "prepared-by signature": papers in Poland, Czechia, Slovakia and Ukraine sign a story put together from agency
 * copy after its text, with "prepared by" and the name ("oprac. Jane Doe", "Připravila Jana Nováková"; see rule
 * "prepared by" in the byline vocabulary), often over the source's line ("oprac. Jane Doe<br>Źródło: PAP"). The
 * name is the rest of the line.
 */
const PREPARED_BY = new RegExp(`^(?:${PREPARED_BY_WORDS.join('|')})\\s*:?\\s+`, 'iu');

/**
 * The paragraph's text, or its first line when the lines after its break credit the source ("oprac. Jane
 * Doe<br>Źródło: PAP"), which the body's source-credit split and the agency rules read; null when it is longer
 * than a signature.
 */
function lineBeforeSource(page: IndexedPage, paragraph: Element): string | null {
  const text = page.shortText(paragraph, MAX_SIGNATURE_CHARS);
  const lineBreak = text === null ? -1 : paragraph.children.findIndex((child) => child.type === 'tag' && (child as Element).name === 'br');
  if (lineBreak < 0) return text;
  const textOf = (nodes: AnyNode[]) => nodes.map((node) => (node.type === 'text' ? (node as unknown as { data: string }).data : node.type === 'tag' ? page.shortText(node as Element, MAX_SIGNATURE_CHARS) ?? '' : '')).join('').replace(/\s+/g, ' ').trim();
  return LABELLED_SOURCE.test(textOf(paragraph.children.slice(lineBreak + 1))) ? textOf(paragraph.children.slice(0, lineBreak)) : text;
}

/**
 * A label of one to three words, its colon and the rest of the line: "گزارش: سارا رحیمی", "Text: Jana Berg", "Текст и
 * фото: Анна Белова"; the byline words decide whether the label is a writer's.
 */
const LABELLED_LINE = /^([^\s:：]+(?:\s[^\s:：]+){0,2})\s*[:：]\s*(.+)$/u;

/**
 * Rule "labelled closing credit": a local paper's short story of short paragraphs, none of them long enough to count
 * as prose, may still end with its writer's credit under a byline label ("Autor: Andrei Munteanu", "Text: Jana
 * Berg"). The label says what the line is, so the text it closes need only be an article's length in all its
 * paragraphs together; a bare name there could be a quote's attribution or a teaser's credit, and is not read so.
 * A signature with its source's note ("<strong>Thanh Tâm</strong><br><em>(Theo TTXVN)</em>", see
 * {@link withoutAgencyNote}) says what it is as a label does, and is read the same way. Rule "agency notice signed":
 * a writer's name before a news agency's ("Lise Holm/Ritzau", see rule "writer and agency under the text") signs
 * agency copy, whose notices run to a few short paragraphs; the agency says what the line is, and the text it closes
 * need only hold a paragraph's worth of sentences.
 */
function labelledClosingCredit(page: IndexedPage, paragraphs: Element[]): string | null {
  const { position, visibleChars } = page.walk;
  const last = paragraphs[paragraphs.length - 1];
  if (!last) return null;
  const textBefore = paragraphs.reduce((sum, element) => sum + visibleChars[position.get(element)!], 0) - visibleChars[position.get(last)!];
  const text = page.shortText(last, MAX_SIGNATURE_CHARS);
  if (textBefore >= MIN_AGENCY_NOTICE_CHARS && text && !isInComment(last)) {
    const withAgency = WRITER_AND_AGENCY.exec(text);
    if (withAgency && agencyNamed(withAgency[2]) && closingNameLine(page, last) !== null) return text;
  }
  const signature = text ? withoutAgencyNote(text) : null;
  // Rule "noted signature under a brief": a name set flush right with its source's or unit's note under it is
  // a signature by its layout and its note both, and signs a brief of a few sentences as an agency's name signs a
  // notice ("<p align=right><b>Trần Văn Lợi</b><br><i>(Sở Nông nghiệp và Môi trường)</i></p>" under four sentences).
  const noted = signature && signature !== text && isSignatureLike(page, last) && !isInComment(last);
  if (noted && isRightAligned(last) && textBefore >= MIN_AGENCY_NOTICE_CHARS) return signature;
  if (textBefore < MIN_SIGNED_PROSE_CHARS) return null;
  if (noted) return signature;
  const labelled = text ? LABELLED_LINE.exec(text) : null;
  return labelled && BYLINE_START.test(`${labelled[1]}:`) && closingNameLine(page, last) !== null && !isInComment(last) ? labelled[2] : null;
}

/**
 * Rule "text in sections": a template that sets the story in `<section>`s, one per passage with ads between, closes
 * the last one with the signature, and the text it signs is all the sections before it too. The prose of the
 * container's earlier sibling sections, in characters; 0 for a container that is no section.
 */
function earlierSectionsProse(page: IndexedPage, container: Element): number {
  if (container.name !== 'section') return 0;
  const { position, visibleChars } = page.walk;
  let prose = 0;
  for (let section = previousElement(container); section; section = previousElement(section)) {
    if (section.name !== 'section') continue;
    for (const child of section.children) {
      if (child.type === 'tag' && (child as Element).name === 'p' && visibleChars[position.get(child as Element)!] >= PROSE_PARAGRAPH_CHARS) prose += visibleChars[position.get(child as Element)!];
    }
  }
  return prose;
}

/**
 * No text block with visible text follows the element among its siblings. Rule "share bar after the signature":
 * science and regional sites set the share buttons and the tag row in boxes of their own right after the writer's
 * line ("<p>- Jana Berg</p><div>Teilen: …</div>"); a box is no more of the text, a paragraph, heading or list is.
 */
function closesContainer(page: IndexedPage, element: Element): boolean {
  const { position, visibleChars } = page.walk;
  for (let next = nextElement(element); next; next = nextElement(next)) {
    if (TEXT_BLOCK_TAGS.has(next.name) && visibleChars[position.get(next)!] > 0 && !(next.name === 'p' && isEditorialNote(page, next))) return false;
  }
  return true;
}

/**
 * Rule "note under the signature": a newsroom appends its correction or editor's note under the text and under the
 * writer's closing line ("— Jane Doe" over "Correction: An earlier version …", "Das Interview führte Jonas Albrecht."
 * over "Korrekturhinweis: …", "Rectificatif :", "تصحيح:"). The note is about the story, not more of its text: the
 * line above it still closes the text, and the note's length makes no prose the signature must come after. The
 * number of such notes that close the paragraphs, read from the last one up.
 */
function closingNotes(page: IndexedPage, paragraphs: readonly Element[]): number {
  let notes = 0;
  while (notes < MAX_CLOSING_NOTES && notes < paragraphs.length - 1 && isEditorialNote(page, paragraphs[paragraphs.length - 1 - notes])) notes++;
  return notes;
}
const MAX_CLOSING_NOTES = 2;

function isEditorialNote(page: IndexedPage, paragraph: Element): boolean {
  const text = page.shortText(paragraph, MAX_EDITORIAL_NOTE_CHARS);
  return text !== null && EDITORIAL_NOTE_LABEL.test(text.toLowerCase());
}
/** A correction or an editor's note is a sentence or a few. */
const MAX_EDITORIAL_NOTE_CHARS = 600;
const TEXT_BLOCK_TAGS = new Set(['p', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'pre']);

/**
 * Rule "Japanese closing credit": Japanese papers sign a story with the writer's name in brackets as its last
 * paragraph ("（山本健太）", "【山本健太】") or after its last sentence ("…と述べた。（山本健太）"), where agency copy
 * carries the agency ("（共同）", read as the wire source).
 * Only the last paragraph of its container counts, after at least two paragraphs written with kana, so a bracketed
 * name inside the text, a Chinese story's closing mark ("（完）") or a desk's name ("（編集部）") is not read. The last
 * source of authors; it reads the page's paragraphs from the end, past the footer's and the sidebars' (a
 * subscription pitch or a copyright line closes its box too, and holds no credit), and stops at the first credit
 * that closes its container.
 */
export function readJapaneseClosingCredit(page: IndexedPage): string[] {
  const paragraphs = page.tagged('p');
  for (let at = paragraphs.length - 1; at >= 0; at--) {
    const paragraph = paragraphs[at];
    if (nextSiblingParagraph(paragraph) !== null || titlesList(paragraph)) continue;
    const credit = closingCredit(page.shortText(paragraph, MAX_SIGNED_PARAGRAPH_CHARS) ?? '');
    // The regions are asked last, of the few paragraphs that end with a credit.
    if (!credit || page.isForeign(paragraph) || isInComment(paragraph)) continue;
    let kanaParagraphs = 0;
    for (let before = previousSiblingParagraph(paragraph, page) ?? lastParagraphOfTextBox(paragraph); before && kanaParagraphs < MIN_SIGNED_KANA_PARAGRAPHS; before = previousSiblingParagraph(before, page)) {
      if (KANA.test(page.shortText(before, MAX_KANA_SAMPLE_CHARS) ?? '')) kanaParagraphs++;
    }
    return signingCredit(credit, kanaParagraphs);
  }
  return lineBrokenClosingCredit(page);
}

/**
 * Rule "credit closing a cell's lines": older table layouts set no paragraphs; the story's lines stand in one
 * `<font>` or cell, parted by line breaks, and the credit closes its last line ("…と述べた。（飯田支局・北原智）<br>"
 * before the `</font>`). The element a line break is in is such a block; its last line is read as a last paragraph
 * is, after two earlier lines written with kana.
 */
function lineBrokenClosingCredit(page: IndexedPage): string[] {
  for (const block of [...lineBrokenBlocks(page)].reverse()) {
    const lines = block.children.filter((child): child is Text => child.type === 'text' && !isBlank((child as Text).data)).map((child) => child.data.trim());
    const last = lines.at(-1);
    if (last === undefined) continue;
    const credit = closingCredit(last);
    if (!credit || !closesBlock(block, last) || page.isForeign(block) || isInComment(block)) continue;
    return signingCredit(credit, lines.slice(0, -1).filter((line) => KANA.test(line.slice(0, MAX_KANA_SAMPLE_CHARS))).length);
  }
  return [];
}
/** A bracketed credit closing a paragraph or a line: the names, and whether the credit stands alone. */
interface ClosingCredit {
  names: string[];
  alone: boolean;
}
function closingCredit(text: string): ClosingCredit | null {
  // Both credits close the text with their bracket: any other text is not run through the patterns.
  if (text.length > MAX_SIGNED_PARAGRAPH_CHARS || !CREDIT_CLOSING_BRACKETS.has(text.charCodeAt(text.length - 1))) return null;
  const alone = text.length <= MAX_JAPANESE_CREDIT_CHARS ? JAPANESE_CLOSING_CREDIT.exec(text)?.[1] : undefined;
  const name = alone ?? APPENDED_JAPANESE_CREDIT.exec(text)?.[1];
  if (name) return { names: [name], alone: alone !== undefined };
  return writersInClosingCredit(text);
}
/**
 * Rule "writers listed in the closing credit": a story two or three reporters wrote closes with all their names in
 * the one bracket, parted by the ideographic comma ("…を検討する。（田中一郎、佐々木花）", "（山本健太、北原智）").
 * Each part must read as a credit of one writer would, bureau and role included, so a bracketed list of places or
 * an editor's note ("（写真、図表は…）") is no credit.
 */
function writersInClosingCredit(text: string): ClosingCredit | null {
  const list = CLOSING_CREDIT_LIST.exec(text);
  if (!list) return null;
  const alone = list.index === 0;
  const names: string[] = [];
  for (const part of list[1].split(WRITERS_COMMA)) {
    const name = (alone ? JAPANESE_CLOSING_CREDIT.exec(`（${part.trim()}）`) : APPENDED_JAPANESE_CREDIT.exec(`。（${part.trim()}）`))?.[1];
    if (!name) return null;
    names.push(name);
  }
  return { names, alone };
}
const CLOSING_CREDIT_LIST = /(?:^|(?<=。)\s*)[（【(]\s*([^（）【】()。、，]{2,20}(?:[、，][^（）【】()。、，]{2,20}){1,3})\s*[）】)]$/u;
const WRITERS_COMMA = /[、，]/u;
/**
 * The writers a closing credit names, when it signs a story: no desk's name or editor's note, and after paragraphs or
 * lines written with kana. A credit after the last sentence signs a paragraph of the story, which counts among them.
 */
function signingCredit(credit: ClosingCredit, kanaBefore: number): string[] {
  if (credit.names.some((name) => DESK_NAME_END.test(name) || JAPANESE_EDITORIAL_NOTE.test(name))) return [];
  return (credit.alone ? 0 : 1) + kanaBefore >= MIN_SIGNED_KANA_PARAGRAPHS ? credit.names : [];
}

/** True when nothing but line breaks and blank text follows the block's line `last`. */
function closesBlock(block: Element, last: string): boolean {
  for (let at = block.children.length - 1; at >= 0; at--) {
    const child = block.children[at];
    if (child.type === 'text') {
      if (isBlank((child as Text).data)) continue;
      return (child as Text).data.trim() === last;
    }
    if (child.type !== 'tag' || (child as Element).name !== 'br') return false;
  }
  return false;
}
/**
 * Rule "bureau and role in the credit": the credit may name the bureau before the writer and the writer's role after
 * ("（七尾支局・山本悠記者）"); the name is what lies between, the shortest that leaves a role or nothing before the
 * bracket.
 */
const JAPANESE_CLOSING_CREDIT = new RegExp(String.raw`^[（【(]\s*(?:${JAPANESE_BUREAU})?([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・]{2,8}?(?:[\s\u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4})?)${JAPANESE_ROLE}?\s*[）】)]$`, 'u');
const CREDIT_CLOSING_BRACKETS: ReadonlySet<number> = new Set([...'）】)'].map((bracket) => bracket.charCodeAt(0)));
/**
 * The same credit written after the last sentence of the story's last paragraph: "…と述べた。（佐藤花子）", with the
 * bureau and the role as in its own paragraph ("…と述べた。（飯田支局・北原智）").
 */
const APPENDED_JAPANESE_CREDIT = new RegExp(String.raw`。\s*[（【(]\s*(?:${JAPANESE_BUREAU})?([\p{Script=Han}\p{Script=Katakana}ー・]{2,8}?(?:[\s\u3000][\p{Script=Han}\p{Script=Katakana}]{1,4})?)${JAPANESE_ROLE}?\s*[）】)]$`, 'u');
/**
 * Editors' notes set in the same brackets: "（敬称略）" (honorifics omitted), "（写真は…）", "（図表：…）". Hiragana
 * ("写真は市役所") is already kept out of an appended credit; these are written in kanji alone.
 */
const JAPANESE_EDITORIAL_NOTE = /^(?:一部)?敬称略$|^(?:写真|図|表|資料|動画|参考)/u;
/** Longer last paragraphs are not read for a credit after their last sentence. */
const MAX_SIGNED_PARAGRAPH_CHARS = 600;
/**
 * A desk, a bureau or a company signs with its kind last: 編集部, 支局, 新聞社, 広報課, 取材班. Rule "station's closing
 * credit": a network's site closes an affiliate's report with the station's name ("（みなみ放送）", "（北海テレビ）"),
 * and the kinds of outlet (放送, テレビ, ラジオ, 新聞, 通信) end no person's name either.
 */
const DESK_NAME_END = /(?:[部局社課班室]|放送|テレビ|ラジオ|新聞|通信)$/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const MAX_JAPANESE_CREDIT_CHARS = 16;
/** A paragraph's text is judged by its first characters; a short one is read whole. */
const MAX_KANA_SAMPLE_CHARS = 400;
const MIN_SIGNED_KANA_PARAGRAPHS = 2;

/**
 * Rule "bracketed title over a list": Japanese papers and portals title the links they set under a story with a word
 * in the same lenticular brackets as a credit ("【関連記事】", related articles; "【写真】", "【動画】") on a line of its
 * own, right over the list: a line followed by a list names what the list holds, and signs nothing above it.
 */
function titlesList(element: Element): boolean {
  for (let next = element.next; next; next = next.next) if (next.type === 'tag') return (next as Element).name === 'ul' || (next as Element).name === 'ol';
  return false;
}

function nextSiblingParagraph(element: Element): Element | null {
  for (let next = element.next; next; next = next.next) if (next.type === 'tag') return (next as Element).name === 'p' ? (next as Element) : null;
  return null;
}

/**
 * Rule "credit under the text box": a regional paper's template sets the story's paragraphs in a box of their own and
 * the bracketed credit right after that box ("<div class=body><p>…</p></div><p>（報道部　佐々木遥）</p>"); the
 * paragraphs it signs are then the box's, read from its last.
 */
function lastParagraphOfTextBox(element: Element): Element | null {
  let box: Element | null = null;
  for (let previous = element.prev; previous && !box; previous = previous.prev) if (previous.type === 'tag') box = previous as Element;
  if (!box || (box.name !== 'div' && box.name !== 'section')) return null;
  for (let at = box.children.length - 1; at >= 0; at--) {
    const child = box.children[at];
    if (child.type === 'tag') return (child as Element).name === 'p' ? (child as Element) : null;
  }
  return null;
}

/**
 * Rule "past the slots between paragraphs": the paragraphs a closing credit signs may be parted by a subheading or by
 * an ad slot that holds no more than its label ("PR", "広告"); neither ends the story above the credit.
 */
function previousSiblingParagraph(element: Element, page: IndexedPage): Element | null {
  for (let previous = element.prev; previous; previous = previous.prev) {
    if (previous.type !== 'tag') continue;
    const tag = previous as Element;
    if (tag.name === 'p') return tag;
    if (!LOWER_HEADING_TAGS.has(tag.name) && page.shortText(tag, MAX_SLOT_LABEL_CHARS) === null) return null;
  }
  return null;
}
/** An ad slot's label, a word or two. */
const MAX_SLOT_LABEL_CHARS = 6;

/**
 * "<em>Jane Doe ist Architektin und …</em>", "<i>Jane Doe is a professor of …</i>": essays and guest pieces end with
 * a note on the writer in italics, a sentence that opens with the writer's name. The last source of authors, read
 * only when the page credits nobody else. The note must be set apart in italics, be a sentence of its own at most a
 * few lines long, come after the headline with no prose after it, and be the page's only one: an italic sentence
 * that introduces someone inside the text is followed by more text, or is one of several.
 */
export function readWriterNote(page: IndexedPage): string[] {
  const names = new Set<string>();
  for (const tag of NOTE_TAGS) {
    for (const note of page.tagged(tag)) {
      const text = page.shortText(note, MAX_NOTE_CHARS);
      const name = text ? WRITER_NOTE.exec(text)?.[1] : undefined;
      if (name && page.followsHeadline(note) && !page.isForeign(note) && !isInFigure(page, note) && !isInComment(note) && closesText(page, note)) names.add(name);
    }
  }
  return names.size === 1 ? [...names] : [];
}

/** No paragraph of prose follows the note's block in its container: the note ends the text. */
function closesText(page: IndexedPage, note: Element): boolean {
  const block = note.parent && note.parent.type === 'tag' && (note.parent as Element).name === 'p' ? note.parent as Element : note;
  const { position, visibleChars } = page.walk;
  for (let next = nextElement(block); next; next = nextElement(next)) {
    // The blog theme's post metadata sentence (see POST_SENTENCE_LEAD) follows the post, no part of it.
    if (visibleChars[position.get(next)!] >= PROSE_PARAGRAPH_CHARS && !POST_SENTENCE_LEAD.test(page.shortText(next, MAX_POST_SENTENCE_CHARS) ?? '')) return false;
  }
  return true;
}
const NOTE_TAGS = ['em', 'i'];
/** The post metadata sentence is a line or three. */
const MAX_POST_SENTENCE_CHARS = 400;
/** A note on the writer is two or three sentences. */
const MAX_NOTE_CHARS = 400;
/**
 * Two or three capitalised words and "is"/"ist"/"est"/"es"/"è" with the rest of a sentence; or what the writer covers
 * or writes about ("Dale Whitcombe covers township government for the Dispatch.", "Jane Doe schreibt über Bildung"),
 * the local papers' note on their reporter's beat.
 */
const WRITER_NOTE = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})\s+(?:ist|is|est|es|è|covers|writes|reports|schreibt|berichtet|couvre|écrit|cubre|escribe|scrive|escreve|schrijft)\s+\p{L}[^]*[.!]$/u;

/**
 * "<div>Jane Doe</div><a href=…>zu allen Rezepten vom Autor</a>": a writer's box names the writer beside a link to
 * everything the writer published ("All posts by this author", "Mehr vom Autor"). The last source of authors: the
 * name is the element right before the link, written as names are ("Autor werden" after "Impressum" in a menu is
 * no box), and only one such box may name someone.
 */
export function readAuthorLinkBox(page: IndexedPage): string[] {
  const names = new Set<string>();
  for (const link of page.tagged('a')) {
    // Asked first: the menus above the headline hold most of a page's links, whose texts need not be read.
    if (!page.followsHeadline(link)) continue;
    const text = page.shortText(link, MAX_AUTHOR_LINK_CHARS);
    if (!text || !AUTHOR_LINK_TEXT.test(text) || BYLINE_START.test(text) || page.isForeign(link)) continue;
    const previous = previousElement(link);
    const name = previous && page.shortText(previous, MAX_SIGNATURE_CHARS);
    if (name && isNameList(name)) names.add(name);
  }
  return names.size === 1 ? [...names] : [];
}
const MAX_AUTHOR_LINK_CHARS = 60;
/** The link's text speaks of the writer: "vom Autor", "der Autorin", "by this author". */
const AUTHOR_LINK_TEXT = /\b(?:autor(?:in)?|author)\b/iu;

/**
 * Rule "portrait beside the writer's link": templates built from utility or hashed classes mark no byline box, but
 * set the writer's head shot beside the link to the writer's page, in a row over the headline or under it, or in a
 * card after the text ("<a href="/author/jane-doe/"><img …> Jane Doe</a>", "<div><img src="…/jane-doe.jpg"><div><a
 * href="/autori/jane-doe">Jane Doe</a><span>Reporter</span></div></div>"). A link to a writer's page whose text is a
 * name, in a short row that holds a picture, credits that writer. Readers' comments set an avatar beside each
 * commenter's profile link just so: comments and sidebars are left out, it is the last source of authors, and only
 * one name on the page may be read so.
 */
export function readPortraitWriterLink(page: IndexedPage): string[] {
  const names = new Set<string>();
  for (const link of page.tagged('a')) {
    if (!isWriterPageHref(link.attribs.href)) continue;
    const name = page.shortText(link, MAX_SIGNATURE_CHARS);
    if (name && isNameList(name) && !page.isForeign(link) && isBesidePortrait(page, link)) names.add(name);
  }
  return names.size === 1 ? [...names] : [];
}

/** Whether the link, or a row of a byline's length up to two levels above it, holds a picture. */
function isBesidePortrait(page: IndexedPage, link: Element): boolean {
  const { elements, position, subtreeEnd, visibleChars } = page.walk;
  let row: AnyNode | null = link;
  for (let level = 0; row && row.type === 'tag' && level <= PORTRAIT_ROW_LEVELS; level++, row = row.parent) {
    const at = position.get(row as Element);
    if (at === undefined || visibleChars[at] > MAX_PORTRAIT_ROW_CHARS) return false;
    for (let inner = at + 1; inner < subtreeEnd[at]; inner++) if (elements[inner].name === 'img') return true;
  }
  return false;
}
const PORTRAIT_ROW_LEVELS = 2;
/** The name, the writer's post and a line of biography. */
const MAX_PORTRAIT_ROW_CHARS = 200;

/**
 * Rule "about the author": a page with no byline may name its writer only in a box after the text, headed "About
 * the author" ("Über die Autorin", "À propos de l'auteur", "Sobre el autor", …), which sets the name in the block
 * right after the heading, a portrait aside. Only a heading after the headline that is that phrase alone, and only a
 * name-shaped block after it; two such boxes naming different people name nobody.
 */
export function readAboutAuthorBox(page: IndexedPage): string[] {
  const names = new Set<string>();
  for (const tag of ABOUT_HEADING_TAGS) {
    for (const heading of page.tagged(tag)) {
      if (!page.followsHeadline(heading)) continue;
      const text = page.shortText(heading, MAX_ABOUT_HEADING_CHARS);
      if (!text || !ABOUT_AUTHOR_HEADING.test(text)) continue;
      const name = nameAfterHeading(page, heading);
      if (name) names.add(name);
    }
  }
  for (const name of namedAboutHeadings(page)) names.add(name);
  return names.size === 1 ? [...names] : [];
}

/**
 * Rule "about the author, then the name": the box's heading may name the writer after the phrase ("About the Author
 * - <span>Jane Doe</span>", "Über die Autorin: Jane Doe"), in a heading or in a line set as one. The line that holds
 * the phrase and the name alone, after the headline.
 */
function namedAboutHeadings(page: IndexedPage): string[] {
  const { elements, visibleChars } = page.walk;
  const names: string[] = [];
  for (let index = page.firstAfterHeadline(); index < elements.length; index++) {
    if (visibleChars[index] === 0 || visibleChars[index] > MAX_NAMED_ABOUT_HEADING_CHARS || !ABOUT_AUTHOR_INITIALS.has(page.firstCharAt(index))) continue;
    if (!ABOUT_LINE_TAGS.has(elements[index].name) || !page.followsHeadlineAt(index)) continue;
    const name = NAMED_ABOUT_AUTHOR_HEADING.exec(page.shortTextAt(index, MAX_NAMED_ABOUT_HEADING_CHARS) ?? '')?.[1];
    if (name && isNameList(name)) names.push(name);
  }
  return names;
}
const MAX_NAMED_ABOUT_HEADING_CHARS = 80;
const NAMED_ABOUT_AUTHOR_HEADING = new RegExp(`^${ABOUT_AUTHOR_PHRASE}\\s*[-–—:|]\\s*(.+)$`, 'iu');
const ABOUT_AUTHOR_INITIALS = caseInsensitiveInitials(['about', 'über', 'zur', 'à', 'sobre', 'sull', 'over', 'o', 'عن']);
const ABOUT_LINE_TAGS = new Set([...LINE_TAGS, 'h2', 'h3', 'h4']);
const ABOUT_HEADING_TAGS = ['h2', 'h3', 'h4', 'h5', 'h6'];
const MAX_ABOUT_HEADING_CHARS = 40;
export const ABOUT_AUTHOR_HEADING = new RegExp(`^${ABOUT_AUTHOR_PHRASE}\\s*:?$`, 'iu');
/** Elements that hold the writer's portrait, skipped between the heading and the name. */
const PORTRAIT_TAGS = new Set(['img', 'picture', 'figure']);

/** The first block with text after the heading, among its next siblings, when it is a name and nothing else. */
function nameAfterHeading(page: IndexedPage, heading: Element): string | null {
  for (let next = nextElement(heading); next; next = nextElement(next)) {
    if (PORTRAIT_TAGS.has(next.name)) continue;
    const text = page.shortText(next, MAX_SIGNATURE_CHARS);
    return text && isNameList(text) ? text : null;
  }
  return null;
}

/**
 * "© 2019 Jane Doe" closing the text: small and personal sites sign an article with the writer's copyright notice,
 * in plain type. Only after the text: the same notice before it credits a picture.
 */
function copyrightHolder(page: IndexedPage, paragraph: Element): string | null {
  const text = page.shortText(paragraph, MAX_SIGNATURE_CHARS);
  const holder = text && COPYRIGHT_NOTICE.test(text) ? text.replace(COPYRIGHT_NOTICE, '') : null;
  return holder && isNameList(holder) ? holder : null;
}
/**
 * The mark, the years and a "by" that open a copyright notice, before the holder's name: "© 2019–2024 by ", also with
 * the years in Arabic-Indic or Persian digits ("© ٢٠٢٦ ").
 */
export const COPYRIGHT_NOTICE = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:[\d\u0660-\u0669\u06F0-\u06F9]{4}(?:\s*[-–]\s*[\d\u0660-\u0669\u06F0-\u06F9]{4})?\s+)?(?:by\s+)?/iu;

function isSignatureLike(page: IndexedPage, paragraph: Element): boolean {
  const text = withoutAgencyNote(page.shortText(paragraph, MAX_SIGNATURE_CHARS) ?? '');
  if (!text || BOILERPLATE_HEADING.test(text) || !isNameList(text)) return false;
  if (isRightAligned(paragraph) || hasToken(paragraph.attribs.class, SIGNATURE_CLASSES)) return true;
  const emphasis = paragraph.children.find((child) => child.type === 'tag' || (child.type === 'text' && !isBlank((child as unknown as { data: string }).data)));
  return emphasis !== undefined && emphasis.type === 'tag' && EMPHASIS_TAGS.has((emphasis as Element).name)
    && page.shortText(emphasis as Element, MAX_SIGNATURE_CHARS) === text;
}
/**
 * Rule "heading of one of the sections": a guide or a profile page sets each of its sections in a box of its own
 * that opens on a short bold line ("<div id="season"><p class="font-weight-bold">Best Season</p><p>…</p></div><div
 * id="getting-there"><p class="font-weight-bold">Getting There</p>…"), and German capitalises the nouns of such a
 * heading ("Beste Reisezeit") as it does a name. A signature signs one text; a line set apart the same way at the
 * top of the next or the previous box heads its section, and so does this one.
 */
function headsOneOfSections(page: IndexedPage, paragraph: Element): boolean {
  const box = paragraph.parent;
  if (!box || box.type !== 'tag' || firstChildParagraph(box as Element) !== paragraph) return false;
  return [nextElement(box as Element), previousElement(box as Element)].some((sibling) => {
    const opening = sibling && sibling.name === (box as Element).name ? firstChildParagraph(sibling) : null;
    return opening !== null && setApartAlike(page, opening, paragraph);
  });
}

function firstChildParagraph(box: Element): Element | null {
  const first = box.children.find((child): child is Element => child.type === 'tag');
  return first && first.name === 'p' ? first : null;
}

/** Both lines short and set apart by the same means: a signature's class, right alignment or the same emphasis tag. */
function setApartAlike(page: IndexedPage, line: Element, other: Element): boolean {
  if (page.shortText(line, MAX_SIGNATURE_CHARS) === null) return false;
  const classes = (element: Element) => (element.attribs.class ?? '').split(/\s+/).filter((token) => SIGNATURE_CLASSES.has(token));
  const shared = classes(other);
  if (classes(line).some((token) => shared.includes(token))) return true;
  if (isRightAligned(line) && isRightAligned(other)) return true;
  const emphasis = (element: Element) => element.children.find((child) => child.type === 'tag' || (child.type === 'text' && !isBlank((child as unknown as { data: string }).data)));
  const lineEmphasis = emphasis(line);
  const otherEmphasis = emphasis(other);
  return lineEmphasis?.type === 'tag' && otherEmphasis?.type === 'tag' && EMPHASIS_TAGS.has((lineEmphasis as Element).name)
    && (lineEmphasis as Element).name === (otherEmphasis as Element).name
    && page.shortText(lineEmphasis as Element, MAX_SIGNATURE_CHARS) === page.shortText(line, MAX_SIGNATURE_CHARS);
}

/**
 * Rule "issuer's boilerplate heading": a press release closes on a bold line that heads the issuer's standing
 * paragraph ("<p><b>About Northwind Grid Storage</b></p>", "Über die Stadtwerke Example", "À propos de Example"),
 * set after the text as a signature is and shaped like a name; the word before the company's name says it is none.
 */
const BOILERPLATE_HEADING = /^(?:about|über|à propos d[e']|acerca de|sobre|informazioni su|over|om)\s/iu;

/**
 * Rule "signature by its class": a theme that sets the writer's name after the text in a paragraph of its own says
 * what it is by name ("<p class="signature">", German "signatur", Spanish and Italian "firma"), or sets it bold
 * with a utility class (`font-bold`, `fw-bold`) where older themes used <strong>.
 */
const SIGNATURE_CLASSES: ReadonlySet<string> = new Set(['signature', 'signatur', 'firma', 'font-bold', 'fw-bold', 'font-weight-bold']);

/**
 * Rule "signature with its source": a writer who rewrote agency copy signs it with the agency in brackets after the
 * name ("<strong>Thu Hà</strong> (Theo <em>Reuters</em>)", "Jane Doe (with AFP)"); the note is the wire source, read
 * with the name, and the signature is the name before it. A note that opens with a source's label ("(Theo TTXVN)",
 * Vietnamese "according to"; "(Nguồn: …)") credits the source whichever agency or paper it names.
 */
function withoutAgencyNote(text: string): string {
  const note = TRAILING_NOTE.exec(text);
  return note && (agencyNamed(note[1].replace(CREDIT_LEAD_IN_PREFIX, '')) || LABELLED_SOURCE.test(note[1]) || isUnitNote(note)) ? text.slice(0, note.index) : text;
}
/**
 * Rule "signature with its unit": a provincial portal signs a story its officer wrote with the officer's unit in
 * brackets after the name, often on a line of its own ("<b>Trần Văn Lợi</b><br><i>(Sở Nông nghiệp và Môi trường)</i>",
 * "Jane Doe (Department of Health)"); a note that names a public body (see INSTITUTION_WORD) is no part of the name.
 * Read only where the line is set as a signature is, at the text's end.
 */
function isUnitNote(note: RegExpExecArray): boolean {
  return INSTITUTION_WORD.test(note[1]);
}
const TRAILING_NOTE = /\s*\(\s*([^()]+?)\s*\)$/u;
const LABELLED_SOURCE = new RegExp(`^${SOURCE_LABEL}\\s*:?\\s+\\S`, 'iu');

/**
 * A reader's comment signs its text the same way. Other foreign regions are not excluded: themes wrap the article
 * itself in "sticky sidebar" layout boxes, and a sidebar box holds no signed prose of article length.
 */
function isInComment(element: Element): boolean {
  for (let current = element.parent; current && current.type === 'tag'; current = current.parent) {
    const { class: classes, id } = (current as Element).attribs;
    if (COMMENT_REGION.test(classes ?? '') || COMMENT_REGION.test(id ?? '')) return true;
  }
  return false;
}
/** A whole word of a class or id ("comments", "comment-list", "disqus_thread"), not a part ("noloaddisqus"). */
const COMMENT_REGION = /(?:^|[\s_-])(?:comments?|disqus|discussion|replies|respond)(?:$|[\s_-])/i;


function isRightAligned(element: Element): boolean {
  const { align, style } = element.attribs;
  return align?.toLowerCase() === 'right' || /text-align\s*:\s*right/i.test(style ?? '');
}
