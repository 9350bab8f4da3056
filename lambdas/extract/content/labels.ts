/**
 * Blocks that are furniture by their whole text, whatever element carried them: the label an ad slot, a player or
 * a reading tool leaves behind, the reading-time note, the date stamp, a row of post details, a picture credit, a
 * shop's price footnote, a bare credit label, a link back to the listing or on to another story, and a lead-in left dangling at the end. They
 * are often bare text between <br>s, which the element-level cleaning cannot single out, so they are dropped from
 * the block list.
 */
import { markArabicMonths, normalizeDigits } from '../metadata/arabic-dates';
import { isRelativeStamp, markCjkDateParts, normalizeOtherDigits } from '../metadata/dates';
import { MONTH_BY_NAME } from '../metadata/month-names';
import { isSolarMonthName } from '../metadata/persian-dates';
import { HOME_PAGE_NAMES } from '../metadata/breadcrumb-trail';
import { UPDATE_LABEL } from '../metadata/date-labels';
import { BYLINE_PREFIX } from '../metadata/byline-vocabulary';
import { TAG_LINE_LABEL as TAG_BOX_LABEL } from '../metadata/taxonomy-labels';
import type { Block, TextBlock } from './blocks';
import { splitCreditInText } from './picture-credits';
import { datelineAgency } from './source-credit';
import { AD_LABEL, BACK_LINK, BRACKETED_PICTURE_CREDIT, CREDIT_WORDS, CYRILLIC_PICTURE_CREDIT, LIVE_PAGE_POINTER, READ_ALSO_PREFIX, READ_MORE_LINK, CREDIT_LABEL, CJK_DATE_STAMP_LABELS, DATE_STAMP_LABEL, DATE_STAMP_WORDS, INTERFACE_LABEL, isCounterText, META_ROW_FIELD, META_ROW_START, PICTURE_CREDIT, SOURCE_ROW_START, CHART_FOOTER, GALLERY_POINTER, PRICE_NOTE, READING_TIME, RELATIVE_STAMP_LABEL, TAG_LINE_LABEL, TOOLS_ROW, TOOLS_ROW_WITH_COUNTER } from './vocabulary';

/** A paragraph this long is the story's text; the short blocks before the first of them are the article's header. */
const STORY_PARAGRAPH_CHARS = 150;

/** Longer blocks are sentences that merely start with such a word. */
const MAX_LABEL_CHARS = 40;

/** A lead-in this short is a label ("Video:", "Die Karte zum Abspeichern:"); a longer one is a sentence of the story. */
const MAX_LEAD_IN_CHARS = 40;

/**
 * Picture credit: "Foto: Kay Nietfeld", "Beitragsbild via Unsplash", "Photo Credit: ..." written as a paragraph of
 * its own under the picture rather than in a caption element, so the caption reader never saw it. Longer blocks
 * that start with "Bild:" are a sentence about a picture.
 */
const MAX_PICTURE_CREDIT_CHARS = 160;

/** "Aktualisiert am 17.01.2021, 15:42 Uhr" is the longest a stamp gets; beyond this a date is part of a sentence. */
const MAX_DATE_STAMP_CHARS = 60;

/**
 * A stamp's length, or a row's of a publication and an update stamp set apart by a bar, each a stamp's length. Rule
 * "dash before the second stamp" (see STAMP_SEPARATOR) measures a French row's two stamps apart too ("Publié le
 * 02/12/2026 à 07h45 – Mis à jour le 02/12/2026 à 18h20"), as the stamp reader reads them.
 */
export function hasStampLength(text: string): boolean {
  // Two stamps and the separator between them are the most a row holds: a longer block, most of the story's, is no
  // row of stamps, and the separator need not be looked for in it.
  if (text.length > MAX_STAMPS_IN_ROW * MAX_DATE_STAMP_CHARS + MAX_SEPARATOR_CHARS && text.trim().length > MAX_STAMPS_IN_ROW * MAX_DATE_STAMP_CHARS + MAX_SEPARATOR_CHARS) return false;
  // Most blocks print no separator: the text is then its one stamp, measured without splitting it.
  if (!text.includes('|') && !STAMP_SEPARATOR.test(text)) return text.length <= MAX_DATE_STAMP_CHARS || text.trim().length <= MAX_DATE_STAMP_CHARS;
  const stamps = text.split(STAMP_SEPARATOR);
  return stamps.length - stamps.filter(isClockPiece).length <= MAX_STAMPS_IN_ROW && stamps.every((stamp) => stamp.trim().length <= MAX_DATE_STAMP_CHARS);
}
/**
 * Rule "clock after the bar": a stamp may set its time apart from its date by a bar ("7 dicembre 2026 | 00:12"), the
 * clock alone after it, perhaps closing the bracket of an update; such a piece is the stamp's time, not a stamp.
 */
const isClockPiece = (piece: string) => CLOCK_PIECE.test(piece.trim());
const CLOCK_PIECE = /^\d{1,2}[:.]\d{2}[)）]?$/u;
const MAX_STAMPS_IN_ROW = 2;
/** A separator with the spaces around it: " | ", " – ", ", ". */
const MAX_SEPARATOR_CHARS = 8;

/**
 * Rule "stamp and counter row": older PHP and table templates print the publication's stamp and the views counter in
 * one row under the headline, a bar between them ("Mis en ligne le mercredi 2 décembre 2026 à 16h05 | Lu 842 fois");
 * the date reader reads the stamp and the counters reader the count, and no sentence of a story is made of a stamp
 * and a count alone.
 */
function isStampAndCounterRow(text: string): boolean {
  if (!text.includes('|')) return false;
  const pieces = text.split('|').map((piece) => piece.trim()).filter((piece) => piece !== '');
  const isStamp = (piece: string) => hasStampLength(piece) && isDateStamp(piece);
  return pieces.some(isCounterText) && pieces.some(isStamp) && pieces.every((piece) => isCounterText(piece) || isStamp(piece) || isBylinePiece(piece));
}

/**
 * Rule "stamp, byline and counter row": the same templates often set the writer between the stamp and the count
 * ("Mandag d. 7. december 2026, kl. 08.30 | Af Birgitte Østergaard | Læst 412 gange"); the byline reader reads the
 * labelled name, and a piece that is a byline's label and a name alone says nothing of the story either.
 */
function isBylinePiece(piece: string): boolean {
  const label = BYLINE_PREFIX.exec(piece);
  return label !== null && label[0].trim() !== '' && BYLINE_PIECE_NAME.test(piece.slice(label[0].length).trim());
}
/** A name of one to four capitalised words, as a byline prints it. */
const BYLINE_PIECE_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

export function dropLabelBlocks(blocks: Block[]): Block[] {
  const credited = creditsIntoPictures(blocks);
  const storyStart = credited.findIndex((block) => block.kind === 'p' && block.text.length >= STORY_PARAGRAPH_CHARS);
  const postClocks = credited.filter((block) => block.kind !== 'figure' && isPostClock(block.text)).length >= MIN_POST_CLOCKS;
  return dropDanglingLeadIns(credited.filter((block, index) => {
    if (block.kind === 'figure') return true;
    if (block.text.length <= MAX_REVIEW_DUE_CHARS && isReviewDue(block.text, credited[index - 1])) return false;
    if (postClocks && isPostClock(block.text)) return false;
    if (block.kind === 'p' && block.text.length <= MAX_STATE_SCORE_CHARS && STATE_SCORE_LINE.test(block.text)) return false;
    const stampRow = block.text.replace(EMPTY_CREDIT_FIELD, '');
    if ((block.kind === 'p' || isLabelledListItem(block) || (block.kind === 'li' && index < storyStart)) && hasStampLength(stampRow) && isDateStamp(stampRow)) return false;
    if ((block.kind === 'p' || block.kind === 'row') && block.text.length <= MAX_META_ROW_CHARS && isStampAndCounterRow(block.text)) return false;
    if (block.kind === 'p' && block.text.length <= MAX_RELATIVE_STAMP_ROW_CHARS && isRelativeStampRow(block.text)) return false;
    if (block.kind === 'p' && block.text.length <= MAX_PICTURE_CREDIT_CHARS && (PICTURE_CREDIT.test(block.text) || BRACKETED_PICTURE_CREDIT.test(block.text) || CYRILLIC_PICTURE_CREDIT.test(block.text))) return false;
    if (PERMALINK_LINE.test(block.text) || BREADCRUMB_LINE.test(block.text)) return false;
    if (block.text.length <= MAX_LABEL_CHARS && isWholeLink(block.html) && (BACK_LINK.test(block.text) || READ_MORE_LINK.test(block.text))) return false;
    if (block.kind === 'p' && block.text.length <= MAX_PLUG_LINE_CHARS && (isPlugLine(block.text) || LIVE_PAGE_POINTER.test(block.text) || GALLERY_POINTER.test(block.text))) return false;
    if ((block.kind === 'p' || block.kind === 'row') && block.text.length <= MAX_META_ROW_CHARS && (isMetaRow(block.text) || TOOLS_ROW_WITH_COUNTER.test(block.text) || TOOLS_ROW.test(block.text))) return false;
    if (block.kind === 'p' && block.text.length <= MAX_TAG_LINE_CHARS && isTagLine(block.text)) return false;
    if (block.kind === 'p' && block.text.length <= MAX_PRICE_NOTE_CHARS && PRICE_NOTE.test(block.text)) return false;
    if (block.kind === 'p' && block.text.length <= MAX_CHART_FOOTER_CHARS && CHART_FOOTER.test(block.text)) return false;
    if (block.kind === 'p' && REPRINT_NOTE.test(block.text)) return false;
    if (block.kind === 'p' && block.text.length <= MAX_PRINTED_IN_PAPER_CHARS && isPrintedInPaperLine(block.text)) return false;
    return block.text.length > MAX_LABEL_CHARS || !(AD_LABEL.test(block.text) || INTERFACE_LABEL.test(block.text) || READING_TIME.test(block.text) || CREDIT_LABEL.test(block.text) || isBareDateLabel(block.text));
  }));
}

/**
 * Rule "review schedule" (see DATE_STAMP_LABEL): a health page gives the month its next review falls due in, with no
 * day ("Next review due: December 2028"), on the label's line or in an element after the label's (a definition list's
 * dt and dd). A month and a year is no stamp elsewhere, where it heads a timeline's entry; after this label it is the
 * page's upkeep.
 */
function isReviewDue(text: string, previous: Block | undefined): boolean {
  const labelled = REVIEW_DUE_LABEL.exec(text);
  const value = labelled ? text.slice(labelled[0].length) : previous && previous.kind !== 'figure' && REVIEW_DUE_LABEL_ALONE.test(previous.text) ? text : null;
  const month = value === null ? null : MONTH_AND_YEAR.exec(value.trim());
  return month !== null && MONTH_BY_NAME.has(month[1].toLowerCase());
}
const REVIEW_DUE = '^(?:page |content )?(?:next review(?: due| date)?|review due)\\s*[:：]?';
const REVIEW_DUE_LABEL = new RegExp(`${REVIEW_DUE}\\s*`, 'iu');
const REVIEW_DUE_LABEL_ALONE = new RegExp(`${REVIEW_DUE}$`, 'iu');
const MONTH_AND_YEAR = /^(\p{L}+)\.?\s+\d{4}$/u;
/** "Next review due: September 2028" at most. */
const MAX_REVIEW_DUE_CHARS = 40;

/**
 * Rule "credit word without its name": a row of the article's details opens with the credit word and the writer's
 * name in an element of its own ("Par <span class=\"signature\">…</span> - Publié le … - Mis à jour le …"), which the
 * furniture rules may take out by its class, or which the template leaves empty for a story no one signed ("By  |
 * May 3, 2024"). The word alone before the row's separator credits no one; what follows it is the row's stamps.
 */
const EMPTY_CREDIT_FIELD = new RegExp(`^\\s*(?:${CREDIT_WORDS})\\s*[|·•]\\s*|^\\s*(?:${CREDIT_WORDS})\\s+[-–—]\\s+`, 'iu');

/**
 * Rule "reprint note": Arabic sites that republish a piece from another paper say so on a line of its own over the
 * text or under it ("نقلاً عن صحيفة المشرق", "نقلا عن موقع الساحل"): where the piece was first printed, no text of it.
 * "Quoting" and the source's name alone, a few words; a sentence that quotes a source goes on to say what it said.
 */
const REPRINT_NOTE = /^\s*[(*]?\s*نقل\u064B?ا\u064B?\s+عن\s+[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+){0,5}\s*\)?\s*$/u;

/**
 * Rule "printed in the paper": an obituary or a notice that a paper also ran in print closes with the line that names
 * the paper and the day or days it ran ("Published by The Millbrook Ledger on Dec. 4, 2026.", "Published in the
 * Harmon Herald from Dec. 4 to Dec. 6, 2026", "Erschienen im Kreisboten am 05.12.2026", "Paru dans Vosges Matin le
 * 04/12/2026", "Publicado en El Norte el 4 de diciembre de 2026"): the notice's record of publication, no line of it.
 * The line is the label, the paper's name and the stamp, or a run of two stamps, and nothing more.
 */
function isPrintedInPaperLine(text: string): boolean {
  const line = PRINTED_IN_PAPER.exec(text.trim());
  if (!line) return false;
  const run = line[1].split(RUN_OF_DAYS);
  return run.length <= 2 && isDateStamp(run[run.length - 1]) && (run.length === 1 || (run[0].length <= MAX_RUN_START_CHARS && /\d/.test(run[0])));
}
const PRINTED_IN_PAPER = /^(?:published|appeared|ran|printed|erschienen|veröffentlicht|paru|parue|publiée?|publicad[oa]|aparecid[oa]) (?:by|in|im|in der|dans|en) \S.{1,60}? (?:on|from|am|vom|le|du|el|del|desde el) (\S.{2,60}?)\.?$/iu;
/** "from Dec. 4 to Dec. 6, 2026", "vom 4. bis 6.12.2026", "du 4 au 6 décembre 2026", "del 4 al 6 de diciembre". */
const RUN_OF_DAYS = / (?:to|through|until|bis|au|al|hasta el) /iu;
const MAX_RUN_START_CHARS = 20;
const MAX_PRINTED_IN_PAPER_CHARS = 140;

/**
 * Rule "price footnote": a shop's guide or a deals post marks the prices of its product cards with an asterisk and
 * explains it in a line under the text (see PRICE_NOTE). The cards go as furniture; the note about their prices is
 * theirs, and left alone it closed the body. A note of a sentence or two; a longer block is the text's.
 */
const MAX_PRICE_NOTE_CHARS = 200;
/** A chart's footer is a few short fields; a paragraph that mentions a chart tool runs longer. */
const MAX_CHART_FOOTER_CHARS = 200;

/** A plug's label and the headline of another story; a line pointing to the live page (rule "live page pointer"). */
const MAX_PLUG_LINE_CHARS = 200;

/**
 * Plug line: "اقرأ أيضاً: <a>headline</a>", "Lesen Sie auch: <a>…</a>" written as a line of bare text between the
 * <br>s of a text block, where the cleaning, which judges elements, cannot single it out. The read-also label, then
 * a headline: no sentence's end. It is known by its text alone, because its link keeps no address when the page is
 * read without its URL; "Read more: the council also voted to close the pool." is a sentence and stays.
 */
function isPlugLine(text: string): boolean {
  const label = READ_ALSO_PREFIX.exec(text);
  if (!label) return false;
  const headline = text.slice(label[0].length).trim();
  return headline.split(' ').length >= MIN_PLUG_HEADLINE_WORDS && !SENTENCE_END.test(headline);
}
const MIN_PLUG_HEADLINE_WORDS = 3;

/** A line of a few tags; a longer block that opens with "Keywords:" is a paragraph about them. */
const MAX_TAG_LINE_CHARS = 300;

/** Between tags: commas (Latin and Arabic), bars, slashes and bullets. */
const TAG_SEPARATOR = /\s*[,،;|/·•]\s*/u;
/** A tag is a name or a short phrase; more words, or a sentence's end, make the line prose. */
const MAX_TAG_WORDS = 4;
/** How a sentence ends; a tag, or a name in a byline row, does not. */
const SENTENCE_END = /[.!?؟]$/u;

/**
 * Tag line: the article's tags printed as a labelled line at its foot ("Tags: fuel, Lebanon", "كلمات مفتاحية: المحروقات
 * ، لبنان") inside the story's own container. The metadata stage reads the tags; in the body the line is navigation.
 * The line is known by its text, because its links keep no address when the page is read without its URL: every
 * part after the label must be a tag-sized phrase, so "Keywords: the report names three of them." stays.
 */
function isTagLine(text: string): boolean {
  const label = TAG_LINE_LABEL.exec(text);
  if (!label) return false;
  const tags = text.slice(label[0].length).split(TAG_SEPARATOR).filter(Boolean);
  return tags.length > 0 && tags.every((tag) => tag.split(' ').length <= MAX_TAG_WORDS && !SENTENCE_END.test(tag));
}

/**
 * Rule "post clocks": Brazilian, French and Spanish live blogs stamp each post with its time as the hour mark writes it
 * ("21h15"), a line of its own over the post. One such line may be a duration (a recipe's "1h30"); a run of them,
 * one over each post, is the blog's clock.
 */
const HOUR_MARK_CLOCK = /^\d{1,2}h\d{2}$/;
/**
 * Rule "ticker's minute marks": a match's live ticker stamps each entry with the minute of play, the added time after a
 * plus ("88'", "90+4'", "90.+3'" as German writes it), a line of its own over the entry. One such line may be a quote
 * mark's stray; a run of them, one over each entry, is the ticker's clock, as the hour marks are a live blog's.
 */
const MATCH_MINUTE_MARK = /^\d{1,3}\.?(?:\s?\+\s?\d{1,2})?\s?['’′]$/;
/**
 * Rule "dotted post clocks": Nordic, Finnish and German live pages write each entry's time with a full stop ("11.48",
 * "09.30"), a line of its own over the entry. One such line may be a figure (a result, a price); a run of them, one
 * over each entry and each a time of day, is the page's clock, as the hour marks are.
 */
const DOTTED_CLOCK = /^(?:[01]?\d|2[0-3])\.[0-5]\d$/;
const isPostClock = (text: string): boolean => HOUR_MARK_CLOCK.test(text) || MATCH_MINUTE_MARK.test(text) || DOTTED_CLOCK.test(text);
const MIN_POST_CLOCKS = 2;

/**
 * Rule "score with the match's state": a live ticker's score box names no sides when the headline does, and prints
 * the match's state beside the score, the half-time score after it and perhaps the live badge before it ("LIVE
 * Endstand 2:1 (0:1)", "Full time 2-1", "Descanso 0-0"). Read as text it is a line of a badge, a word and figures
 * over the first entry; the entries and the headline say the score in words.
 */
const STATE_SCORE_LINE = new RegExp('^(?:live\\s+)?(?:endstand|halbzeit(?:stand)?|zwischenstand|spielstand|full[- ]time|half[- ]time|final(?: score)?|ft|ht|descanso|resultado final|terminé|mi-temps|score final|finale|intervallo|fim de jogo|intervalo)\\s*:?\\s*'
  + '\\d{1,2}\\s?[-–:]\\s?\\d{1,2}(?:\\s?\\(\\d{1,2}\\s?[-–:]\\s?\\d{1,2}\\))?$', 'iu');
const MAX_STATE_SCORE_CHARS = 40;

/** "Jacobo Betancur Peláez | Publicado hace 3 horas" is as long as a byline row with a relative stamp gets. */
const MAX_RELATIVE_STAMP_ROW_CHARS = 80;

/** The names before a relative stamp in a byline row: an author has a few words, a sentence more. */
const MAX_ROW_NAME_WORDS = 4;

/**
 * Relative stamp: "15 hours ago", "Last updated 2 days ago", "vor 3 Stunden", alone on its line or closing a byline
 * row ("Jane Doe | Published 15 hours ago", "03/12/2026 16h48 · Atualizado há 15 horas": a bar or a middle dot sets
 * the row's parts apart). Pages render the time since publication where the byline row sits, and a template
 * without classes leaves it as a paragraph; "It happened 15 hours ago" is a sentence and stays.
 */
function isRelativeStampRow(text: string): boolean {
  const parts = text.split(/[|·•]/).map((part) => part.trim());
  const stamp = parts.pop() ?? '';
  return isRelativeStamp(stamp.replace(RELATIVE_STAMP_LABEL, '')) && parts.every((part) => part !== '' && part.split(' ').length <= MAX_ROW_NAME_WORDS && !SENTENCE_END.test(part));
}

/** The page's permanent address offered for copying: "Permalink: https://...", the label and the address alone. */
const PERMALINK_LINE = /^permalink\s*:?\s*https?:\/\/\S+$/i;

/**
 * Breadcrumb line: the trail from the home page to the story's section, "الرئيسية > محليات", "Home » News »
 * Local", left as a line in the article's container by templates that give it no breadcrumb class. It starts at
 * the home page and goes through a few short folder names.
 */
const BREADCRUMB_LINE = new RegExp(`^${HOME_PAGE_NAMES}(?:\\s*[>»›]\\s*[^>»›]{1,40}){1,5}$`, 'iu');

/** A row of post details is one line; a longer block that starts with "Date:" is a sentence or a list. */
const MAX_META_ROW_CHARS = 200;

/**
 * Meta row: the post details a CMS prints as one line of labelled fields, "Views: 1120 | Added by: Posh | Tags: ...",
 * "Por: Ana Ruiz | Actualizado el: 19 abril", "Written: 2031-11-07 / Updated: ...". It opens with such a field and
 * holds at least two, so a sentence that starts with "Date:" or a price list ("Adults: 34 €") stays.
 */
function isMetaRow(text: string): boolean {
  if (!META_ROW_START.test(text) && !SOURCE_ROW_START.test(text)) return false;
  META_ROW_FIELD.lastIndex = 0;
  let fields = 0;
  while (META_ROW_FIELD.exec(text) && ++fields < 2);
  return fields >= 2;
}

/**
 * Back link and read-more link: a block that is nothing but a link "zurück zur Übersicht", "← Back to list" or
 * "Weiterlesen »", "Read the rest" leads out of the article, to the listing it came from or to the next teaser's
 * story, the way a breadcrumb does; a sentence that starts with "Back to" or "Read more" is not wholly a link.
 */
export function isWholeLink(html: string): boolean {
  return html.startsWith('<a ') && html.endsWith('</a>') && html.indexOf('</a>') === html.length - 4;
}

/**
 * Dangling lead-in: a body that ends on "Die Karte zum Abspeichern:" or "Watch the video:" lost what the colon
 * announced (a map, a video, a newsletter box) to the cleaning; the lead-in alone tells the reader nothing. A
 * picture after it is what it announced, so only lead-ins that end the body are dropped. So is a heading that ends
 * the body ("Pour aller plus loin", "More on this story"): it headed a list of links the cleaning took away, and a
 * heading with nothing under it heads nothing.
 *
 * Rule "tag box's label": a theme's tag box titles its links in a box of its own, not a heading
 * (`<div class="post-tags"><div class="post-tags-title">Etiquetas</div><span class="tagcloud"><a rel="tag">…</a></span></div>`).
 * The metadata stage reads the links as tags and the cleaning takes them out of the body, and the title alone, a
 * label word with no colon, was left as the body's last paragraph: a block that is a tag label and nothing more ends
 * no story.
 */
function dropDanglingLeadIns(blocks: Block[]): Block[] {
  let end = blocks.length;
  while (end > 0) {
    const last = blocks[end - 1];
    if (last.kind === 'figure' || !(isDanglingHeading(last) || (last.text.length <= MAX_LEAD_IN_CHARS && (/[:：]$/.test(last.text) || TAG_BOX_LABEL.test(last.text))) || isDanglingMediaTitle(last))) break;
    end--;
  }
  return end === blocks.length ? blocks : blocks.slice(0, end);
}

/**
 * Rule "dangling media title": a body that ends on "VÍDEOS: as últimas notícias do RJ", "Videos: Die Lage am Morgen",
 * "Assista: temporal no Rio" lost the player or playlist the line titles to the cleaning, as the player is a
 * script's box; the label names videos or bids the reader watch what the body no longer holds. A sentence after the
 * label ends in its stop, and "Video: Coastal Whale Watch", one video's label, is the credit of a video kept above.
 */
function isDanglingMediaTitle(block: TextBlock): boolean {
  return block.text.length <= MAX_DANGLING_HEADING_CHARS && MEDIA_TITLE_LABEL.test(block.text) && !SENTENCE_END.test(block.text);
}
const MEDIA_TITLE_LABEL = /^(?:v[ií]deos|watch|assista|regardez|guarda|schauen sie)\s*[:：]/iu;

/**
 * A heading that ends a sentence ("Es stützt seine Version.") is the story's closing line set in a heading's style.
 * One that names the article's sources or notes ("Sources & links", "Quellen") heads the article's own apparatus,
 * as reader-view references keep it, even where the list under it was lost.
 */
function isDanglingHeading(block: TextBlock): boolean {
  return (block.kind === 'h2' || block.kind === 'h3' || block.kind === 'h4') && block.text.length <= MAX_DANGLING_HEADING_CHARS && !SENTENCE_END.test(block.text)
    && !SOURCES_HEADING.test(block.text);
}
const SOURCES_HEADING = /^(?:sources?|references|notes|further reading|resources|quellen|literatur|anmerkungen|fuentes|referencias|notas|références|bibliograph|bibliograf|المصادر|المراجع|الهوامش)/iu;
/** A section heading's length at most; a longer "heading" is a paragraph set in a heading's style. */
const MAX_DANGLING_HEADING_CHARS = 80;

/**
 * A list item that opens with a date label ("Published: 22:04, 22 Apr 2024"): templates print the byline row's
 * stamps as a list. A bare date in a list is an entry of a timeline or a list of events, and stays, except in the
 * article's header, before its first paragraph of text: there a list of a date, a reading time and a counter is
 * the post's details row (rule "header stamp item").
 */
function isLabelledListItem(block: Block): boolean {
  return block.kind === 'li' && DATE_STAMP_LABEL.test(block.text);
}

/**
 * Bare date label: "Release Date:", "Published:", "Aktualisiert am:" alone on its line, the value printed as a block
 * of its own (and read as a date stamp). Only the label with its colon matches, never a sentence.
 */
function isBareDateLabel(text: string): boolean {
  return /[:：]$/.test(text) && text.replace(DATE_STAMP_LABEL, '') === '';
}

const NUMERIC_DATE = /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/;
/** What {@link markArabicMonths} writes for an Arabic month name: no word of any language. */
const ARABIC_MONTH_MARKER = '\u0000month';
/** What {@link markCjkDateParts} writes for a CJK date, clock time or weekday: no word of any language. */
const CJK_DATE_MARKER = '\u0000cjk-date';
/** The time zone a stamp's clock is in, as a note in parentheses: "(GMT+3)", "(Mecca time)", "(توقيت مكة المكرمة)". */
const TIME_ZONE_NOTE = /\((?:[^()]{0,30}\b(?:gmt|utc|time)\b|توقيت)[^()]{0,30}\)/giu;
/**
 * A clock time: "14:05", or with a full stop where a clock word or a zone follows it ("17.45 Uhr", "11.40 GMT", as
 * British and German live blogs stamp their posts); "11.40" alone is as likely a price or a score. Brazilian and
 * French stamps write the hour's letter between the figures ("Atualizada às 14h31"), Flemish ones the "u" of uur
 * ("14u05", rule "Flemish u for uur").
 */
const CLOCK_TIME = /\d{1,2}:\d{2}|\d{1,2}\.\d{2}\s*(?:uhr|h|gmt|utc|bst|cet|cest)(?!\p{L})|(?<!\p{L})\d{1,2}[hu]\d{2}(?!\d)/iu;
/**
 * A number, a date or a clock time, "3:55pm" with its half of the day written on, "6h30" as French and Spanish
 * write it beside a date, "6u30" as Flemish does. Alone, "1h30" is as likely a duration (a recipe's), so it makes no
 * stamp by itself.
 * Rule "ordinal day": French stamps write the first of the month as an ordinal ("Publié le 1er décembre 2026",
 * from "1<sup>er</sup>"), English ones any day ("2nd December 2026"), Spanish and Portuguese "1º"; the day is a number.
 */
const NUMBER_LIKE = /^(?:[\d.:/\-–]+(?:am|pm|a\.m|p\.m)?|\d{1,2}[hu]\d{2}|\d{1,2}(?:er|st|nd|rd|th|º))$/;

/**
 * Date stamp: a paragraph that is nothing but a publication or update date and time ("23.10.2018", "3:59 PM",
 * "Aktualisiert am 17.01.2021.", "2024年5月3日（金）10時15分", "입력 2024.05.03 10:15", a row of a labelled publication
 * and update stamp set apart by a bar), the byline row's date left
 * behind inside the article container. Readability.js drops such bylines by class; pages that give the row no class
 * leave the date as a paragraph of its own. Every word must be a number, a month or weekday name, a clock word or a
 * Chinese, Japanese or Korean date part (read by the metadata's date grammar, as those stamps run their parts
 * together), and the whole must read as a full date or a time, so a year or "March 2004" heading a timeline stays;
 * headings, list items and table rows are not read.
 */
export function isDateStamp(text: string): boolean {
  // Arabic month names are read folded, a dual form ("3 فبراير/ شباط 2024") as one month.
  // A row of two stamps labels each ("Published - March 05, 2024 02:20 pm IST | Updated - March 05, 2024 06:45 pm IST").
  // Japanese papers bracket a stamp set on a line of its own ("（最終更新：12月3日 14時05分）"); the brackets hold it whole.
  // Arab, Persian and South Asian sites print their stamps in their own digits ("٢٠٢٦/١٢/٠٣ - ١١:٢٠", "३ दिसंबर").
  const unlabelled = normalizeOtherDigits(normalizeDigits(text)).replace(WHOLLY_BRACKETED, '$1').split(STAMP_SEPARATOR).map((stamp) => withoutUpdateBracket(stamp.trim()).replace(DATE_STAMP_LABEL, '')).join(' | ').replace(CJK_DATE_STAMP_LABELS, ' ').replace(TIME_ZONE_NOTE, ' ');
  const stamp = markCjkDateParts(markArabicMonths(unlabelled, ARABIC_MONTH_MARKER), CJK_DATE_MARKER);
  if (!/\d/.test(stamp) && !stamp.includes(CJK_DATE_MARKER)) return false;
  let numbers = 0;
  let months = 0;
  let cjkParts = 0;
  for (const raw of stamp.toLowerCase().split(/[\s,，、،|]+/)) {
    const word = raw.replace(/\.$/, '');
    if (!word) continue;
    if (NUMBER_LIKE.test(word)) numbers++;
    else if (MONTH_BY_NAME.has(word) || word === ARABIC_MONTH_MARKER || isSolarMonthName(word)) months++;
    else if (word === CJK_DATE_MARKER) cjkParts++;
    else if (!DATE_STAMP_WORDS.has(word) && !isInnerStampLabel(word)) return false;
  }
  // A row of two stamps may write both months out ("… 29 novembre 2026 à 11 h 40 - Mis à jour le 30 novembre 2026 …").
  return NUMERIC_DATE.test(stamp) || CLOCK_TIME.test(stamp) || (months >= 1 && months <= MAX_STAMPS_IN_ROW && numbers >= 2 * months) || cjkParts > 0;
}

const WHOLLY_BRACKETED = /^\s*[（(]([^（()）]*)[)）]\s*$/u;

/**
 * What sets a row's stamps apart: a bar, or rule "dash before the second stamp": a spaced dash before a word, as
 * French rows print the update after the publication ("Publié le 05/12/2026 à 07h58 - Mis à jour à 12h41"), so that
 * the second stamp's label is read as a label too. A dash before a number stays inside its stamp ("05.12.2026 - 10:15").
 * Rule "comma before the update": French and Spanish regional papers run the update on after a comma, its label in
 * lower case ("Publié le 03/12/2026 à 18h05, mis à jour le 04/12/2026 à 08h30", "…, actualizado a las 13:10"); a
 * comma before an update's label sets the second stamp apart as the dash does, and a comma before anything else stays
 * inside its stamp ("Jeudi, 3 décembre 2026"). Rule "update run on after the stamp": a template that sets the two
 * stamps as spans of one row with only a space between them ("<time>29 novembre 2026 à 11 h 40</time> <span>Mis à jour
 * à 16 h 25</span>") sets them apart by the update's label after the first stamp's last digit, as the comma does; the
 * update's own lead word stays with its label ("Last updated September 14, 2016"). Rule "update in brackets": Italian
 * papers print the edit after the publication in brackets ("6 dicembre 2026 (modifica il 7 dicembre 2026 | 00:12)");
 * the bracket before the update's label sets it apart as the comma does, and the one that closes it closes the row.
 */
const STAMP_SEPARATOR = new RegExp(`\\||\\s[-–—]\\s+(?=\\p{L})|(?:,|(?<=[\\p{N}.]))\\s+[(（]?(?=${UPDATE_LABEL}(?!\\p{L}))`, 'iu');
/** A stamp without the bracket that closes a bracketed update at the row's end (rule "update in brackets"); a stamp's own brackets ("(GMT)") stay. */
const withoutUpdateBracket = (stamp: string) => (OPENING_BRACKET.test(stamp) ? stamp : stamp.replace(CLOSING_BRACKET, ''));
const OPENING_BRACKET = /[(（]/u;
const CLOSING_BRACKET = /[)）]$/u;

/**
 * Rule "second stamp's label": a row that prints the update after the publication with no bar between them labels the
 * second stamp in the row's run ("Paskelbta: 2026 m. gruodžio 3 d. 11:05 Atnaujinta: gruodžio 3 d. 13:20"); a word
 * that is a date label with its colon is that label, no word of a sentence.
 */
function isInnerStampLabel(word: string): boolean {
  return word.endsWith(':') && DATE_STAMP_LABEL.exec(word)?.[0].length === word.length;
}

/** A credit line is a name or two; longer text after a picture is its caption or the story. */
const MAX_CREDIT_LINE_CHARS = 60;
/**
 * Rule "caption row under a picture table": an old table template sets the picture in a small table of its own,
 * the caption in the row under it ending in the labelled credit ("Brugsen har været byens samlingspunkt i 62 år.
 * Foto: Birgitte Østergaard"), outside any caption element; right under a picture without a caption, a short line
 * that ends in a credit is that picture's caption and credit, as a story's sentence never closes on one. A dateline
 * row there ("الدوحة - قنا") opens the story, as it does under a credit line (see `isCreditLine`).
 */
const MAX_CAPTION_LINE_CHARS = 200;
/**
 * Rule "caption's equals sign": Japanese captions close on an equals sign and the picture's time and place, with no
 * full stop ("商店街のアーケード＝津山市で", "…＝７日午前、弘前市"), the mark papers set between a caption and that note
 * alone; a story's sentence closes on "。". Right under a picture without a caption, such a line is its caption.
 */
const JAPANESE_CAPTION_NOTE = /^[^。＝]{2,120}＝[^。＝]{1,40}$/u;

/**
 * Slash credit: "Jane Doe/Agency", "mbl.is/Jane Doe", "Foto/Privat": who took the picture and for whom, two short
 * names joined by a slash, no sentence. Only read right under a picture, where nothing else has that shape.
 */
const SLASH_CREDIT = /^[\p{L}][\p{L}.'’ -]{0,30}\/[\p{L}][\p{L}.'’ -]{0,30}$/u;
const MAX_SLASH_CREDIT_WORDS = 5;

/**
 * Credit under a picture: templates that print the picture's credit as a paragraph of its own right after it
 * ("© Getty Images", "Jane Doe/Agency") leave it outside any caption element, so it reads as a one-line
 * paragraph of the story. Right after a picture, a line that is nothing but a credit is that picture's credit:
 * it moves onto the picture (unless the picture has one) and out of the text. Rule "credit under a picture in a
 * table layout": an old template that sets the whole page in a table breaks its text with line breaks inside the
 * cell, so its lines are the table row's, not paragraphs; the credit line under the picture there is the same credit.
 */
function creditsIntoPictures(blocks: Block[]): Block[] {
  const result: Block[] = [];
  for (const block of blocks) {
    const picture = result[result.length - 1];
    if (picture?.kind === 'figure' && (block.kind === 'p' || block.kind === 'row') && block.text.length <= MAX_CREDIT_LINE_CHARS && isCreditLine(block.text)) {
      if (!picture.image.credit) result[result.length - 1] = { ...picture, image: { ...picture.image, credit: block.text } };
      continue;
    }
    const captioned = picture?.kind === 'figure' && !picture.image.caption && (block.kind === 'p' || block.kind === 'row') && block.text.length <= MAX_CAPTION_LINE_CHARS && !datelineAgency(block.text)
      ? splitCreditInText(block.text) : null;
    if (picture?.kind === 'figure' && captioned?.caption && captioned.credit) {
      result[result.length - 1] = { ...picture, image: { ...picture.image, caption: captioned.caption, credit: picture.image.credit ?? captioned.credit } };
      continue;
    }
    if (picture?.kind === 'figure' && captioned?.caption && !captioned.credit && JAPANESE_CAPTION_NOTE.test(captioned.caption)) {
      result[result.length - 1] = { ...picture, image: { ...picture.image, caption: captioned.caption } };
      continue;
    }
    result.push(block);
  }
  return result;
}

function isCreditLine(text: string): boolean {
  // A dateline row under the picture opens the story (rule "slashed dateline row"): "بغداد / واع".
  if (datelineAgency(text)) return false;
  if (SLASH_CREDIT.test(text) && text.split(' ').length <= MAX_SLASH_CREDIT_WORDS) return true;
  const { caption, credit } = splitCreditInText(text);
  return caption === null && credit !== null;
}
