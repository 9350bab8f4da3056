/**
 * Publisher notices at the edges of the body: the paragraphs a site prints before or after every story, in the
 * article's own container, about the publication rather than the story (copyright and reprint terms, "get our
 * app", "join our Telegram channel", newsletter and membership appeals, advertising disclosures). Trafilatura and
 * Readability.js both lose to them, because they are ordinary <p>s inside the article markup; what gives them away
 * is that they address the reader about the publisher, and that they sit at the very start or the very end.
 *
 * Only the first and last few text blocks are read, so a sentence in the middle of a story that happens to quote
 * such words is never touched, and the rule costs a handful of regex tests per page.
 *
 * Disguised copy (see {@link isDisguisedCopy}) is known by its spelling alone, so it goes wherever it sits, and a
 * release's end mark (see {@link cutAtEndMark}) by its line, which parts the story from what follows it. An unrendered
 * plugin tag standing for a module (see `isPlaceholderOnly`) goes wherever it sits too.
 */
import { RELEASE_LINE } from '../metadata/byline-vocabulary';
import { isPlaceholderOnly } from '../plain-text';
import type { Block, TextBlock } from './blocks';
import { DATA_FEED_CREDIT, EARLIER_STORY_NOTE, FORWARD_LOOKING, INSTITUTION_BOILERPLATE_HEADING, DISCLAIMER_LABEL, DISCLAIMER_LABEL_ALONE, DISCLAIMS, NOTICE_LABEL, PUBLISHER_NOTICE, REFRESH_LINE, REPUBLICATION_NOTE, SAFE_HARBOR_HEADING, STORY_TO_FOLLOW, WARNING_STRIP, WITNESS_APPEAL_HEADING } from './vocabulary';

/** Notices come first (disclosures) or last (copyright, app, newsletter); a story's own opening is longer than one block. */
const LEADING_BLOCKS = 2;
const TRAILING_BLOCKS = 5;

/** A notice is a short paragraph; a longer one that mentions an app or a newsletter is the story talking about them. */
const MAX_NOTICE_CHARS = 320;

/**
 * A closing quotation ("We launched our app in May," she said) is the story's; the publisher's own notices never
 * quote anyone. One that opens with its label (see NOTICE_LABEL) is a notice whatever it quotes.
 */
const QUOTATION = /["“”„«»]/;

export function dropPublisherNotices(blocks: Block[]): Block[] {
  let textBlocks = 0;
  for (const block of blocks) if (block.kind !== 'figure') textBlocks++;
  // In a short body the edges would cover the story itself: they never reach past its first quarter and last half.
  // Rule "head over the lead picture": a template sets the dek, the byline row and the publisher's notice over the lead
  // picture, and the story starts under it; the byline row, which goes later, takes an edge place before the notice
  // ("Von Jana Roth · Aktualisiert am …" over "Mit * gekennzeichnete Links sind Affiliate-Links …"). The few blocks
  // over the body's first picture are the story's head, wherever the edge's count ends.
  const leading = Math.max(Math.min(LEADING_BLOCKS, Math.floor(textBlocks / 4)), headOverPicture(blocks));
  const trailing = Math.min(TRAILING_BLOCKS, Math.floor(textBlocks / 2));
  let position = 0;
  let underDrawnRule = false;
  const notices = new Set<number>();
  const kept = blocks.map((block, index) => {
    if (block.kind === 'figure') return true;
    position++;
    const atEdge = position <= leading || position > textBlocks - trailing;
    if (isDisguisedCopy(block.text) || (block.kind === 'p' && isPlaceholderOnly(block.text))) return false;
    if (position <= leading && (BARE_ADDRESS.test(block.text) || isReleaseLine(block.text))) return false;
    // Rule "warning strip over the story" (see WARNING_STRIP): it heads the text, so only the first block is read.
    if (position === 1 && block.kind === 'p' && block.text.length <= MAX_NOTICE_CHARS && WARNING_STRIP.test(block.text)) return false;
    // A breaking item's promise of more (rule "more to follow", see STORY_TO_FOLLOW) closes it, so it goes at the end;
    // the last block always, for an item first published as its headline alone has the promise for its text. Rule
    // "promise over the story": a desk that updates a running story in place (a fire, a storm, a siege) sets the
    // same promise over it instead, in italics over the first update ("This story will be updated as information
    // comes to hand.", "This is a developing story."): the first block is read for it too, and only the first: between the
    // story's paragraphs the promise is kept, as the rule "more to follow" keeps it above the story's end.
    // A wire's note over the earlier version of an item it updates in place (rule "earlier story below", see
    // EARLIER_STORY_NOTE) stands wherever the new lines end.
    // A data feed's credit (rule "data feed's credit", see DATA_FEED_CREDIT) and a live table's refresh line (rule
    // "refresh line", see REFRESH_LINE) stand under the table they belong to.
    if (block.text.length <= MAX_NOTICE_CHARS && (((position > textBlocks - Math.max(trailing, 1) || position === 1) && STORY_TO_FOLLOW.test(block.text)) || EARLIER_STORY_NOTE.test(block.text) || (block.kind === 'p' && (DATA_FEED_CREDIT.test(block.text) || REFRESH_LINE.test(block.text))))) {
      notices.add(index);
      return false;
    }
    if (!atEdge || block.text.length > MAX_NOTICE_CHARS) return true;
    // A rule drawn in characters ("___", "* * *") that parts the story from the notices under it. A table's row is
    // data however it reads: the closing "}" of a line-numbered code listing.
    if (block.kind !== 'row' && !WORD_CHARACTER.test(block.text)) {
      underDrawnRule ||= position > textBlocks - trailing;
      return false;
    }
    if (isPageReferenceLine(block.text) || (underDrawnRule && isLabelledAddress(block.text))) return false;
    if (NOTICE_LABEL.test(block.text) || isLabelledDisclaimer(blocks, index) || (!QUOTATION.test(block.text) && PUBLISHER_NOTICE.test(block.text)) || REPUBLICATION_NOTE.test(block.text) || linksPolicyPages(block.html) || isLinkRow(block)) {
      notices.add(index);
      return false;
    }
    return true;
  });
  for (const index of notices) {
    if (isNoticeUnderLabel(blocks, index)) kept[index + 1] = false;
    if (isNoticeIcon(blocks[index - 1])) kept[index - 1] = false;
    if (isNoticeIcon(blocks[index + 1]) || isNoticeButton(blocks[index + 1])) kept[index + 1] = false;
  }
  // Rule "notice's heading": a box may title the notice it holds ("Como verificamos" over "Saiba mais sobre nossa
  // metodologia."); a heading right above a notice, with nothing kept under it, headed the notice and goes with it.
  const last = kept.lastIndexOf(true);
  const heading = blocks[last];
  if (heading && notices.has(last + 1) && heading.kind !== 'figure' && HEADING_KINDS.has(heading.kind)) kept[last] = false;
  return blocks.filter((_, index) => kept[index]);
}

/** The text blocks over the body's first picture, when they are few enough to be the story's head (see rule "head over the lead picture"). */
function headOverPicture(blocks: Block[]): number {
  let head = 0;
  for (const block of blocks) {
    if (block.kind === 'figure') return head;
    if (++head > MAX_HEAD_BLOCKS) return 0;
  }
  return 0;
}
/** A dek, a byline row and a notice. */
const MAX_HEAD_BLOCKS = 3;

/**
 * Rule "notice's icon": a callout box sets an emoji or a symbol beside its text, in an element of its own (Ghost's
 * `<div class="kg-callout-card"><div class="kg-callout-emoji">📩</div><div class="kg-callout-text">Suscríbete…</div>`,
 * a theme's "<span class="icon">✉</span><p>Sign up for our newsletter…</p>"), and it becomes a block of its own. When
 * the notice goes, so does the short block of no letter or digit right beside it; a story's own "* * *" between
 * sections has no notice beside it.
 */
function isNoticeIcon(block: Block | undefined): boolean {
  return block !== undefined && block.kind !== 'figure' && block.kind !== 'row' && block.text.length <= MAX_ICON_CHARS && !WORD_CHARACTER.test(block.text);
}
/** An emoji or two, with their joiners and variation selectors. */
const MAX_ICON_CHARS = 12;

/**
 * Rule "notice's button": an appeal box sets its button under the pitch, a link alone on its line that names the
 * publication rather than saying what to do ("Support Civic Ledger", "Unterstützen Sie die Rundschau"). When the pitch
 * goes as a notice, so does the lone short link right under it; a story's own closing link comes with a sentence.
 */
function isNoticeButton(block: Block | undefined): boolean {
  return block !== undefined && block.kind === 'p' && block.text.length <= MAX_BUTTON_CHARS && LONE_LINK.test(block.html);
}
/** A button's label: a few words. */
const MAX_BUTTON_CHARS = 40;
const LONE_LINK = /^<a [^>]*>[^<]*<\/a>$/;

/**
 * Rule "end mark": a press release and wire copy close the story with a mark of its own on its line, "###" (or "# #
 * #"), "-30-", "-END-", "ENDS", the Portuguese-language wire its name and "end" ("Lusa/Fim", "FIM"), the Saudi agency
 * "end" between double slashes ("//انتهى//", over the time it was sent, "16:05ت م"), the Iraqi and other Arab agencies'
 * "انتهى" or "النهاية" alone on the last line, bare, bracketed or between dashes ("انتهى", "(النهاية)", "-انتهى-"), and
 * their "more follows" the same way, bracketed or between dashes ("(يتبع)", as the English wires' "-MORE-"), for the
 * next dispatch of the story is a story of its own on the portal, Xinhua "Enditem" in English and
 * "（完）" ("end") in Chinese, the Spanish-language release's "FIN" or "-fin-" as the English one's "ENDS", and under it the
 * wire prints what is meant for editors, not readers: the media contact, the source's name ("SOURCE Example Library
 * System"), its links. Rule "end of message": Iranian agencies close each story with "انتهای پیام/" ("end of
 * message"), and under it set the story's tools (views, print version, short link) in the text's own box. What
 * follows the mark goes with it. A mark
 * set once, with less text under it than above it, is the end; a story that uses "###" to part its sections sets
 * it more than once, or has the longer part still to come.
 */
export function cutAtEndMark(blocks: Block[]): Block[] {
  const marks = blocks.flatMap((block, index) => (block.kind !== 'figure' && END_MARK.test(block.text) ? [index] : []));
  const [mark] = marks;
  return cutAtEditorsNotes(marks.length === 1 && textLength(blocks.slice(mark + 1)) < textLength(blocks.slice(0, mark)) ? blocks.slice(0, mark) : blocks);
}

/**
 * Rule "notes to editors": a charity's or a company's release closes with its notes for journalists under a heading
 * that says so ("Notes to editors", "Note aux rédactions", "Hinweis für Redaktionen"): how the research was done, the
 * organisation's standing lines, whom to call. They are the end mark's part, set with a heading instead of "###", and
 * go with everything under them; a heading with more text under it than above it heads no release's close.
 */
function cutAtEditorsNotes(blocks: Block[]): Block[] {
  const notes = blocks.findIndex((block) => block.kind !== 'figure' && block.text.length <= MAX_EDITORS_NOTES_CHARS && EDITORS_NOTES_HEADING.test(block.text));
  return notes > 0 && textLength(blocks.slice(notes + 1)) < textLength(blocks.slice(0, notes)) ? blocks.slice(0, notes) : blocks;
}
const MAX_EDITORS_NOTES_CHARS = 40;
const EDITORS_NOTES_HEADING = /^(?:notes? (?:to|for) (?:the )?editors|notes? aux rédactions|hinweise? (?:für|an) (?:die )?redaktionen|notas? para (?:los )?editores)\s*:?$/iu;
const END_MARK = /^(?:#\s?#\s?#|[-–—]\s?(?:30|end|ends|END|ENDS|fim|FIM)\s?[-–—]|ENDS|END|FIM|\p{Lu}\p{L}{1,15}\s?\/\s?(?:Fim|FIM)|\/\/\s?انتهى\s?\/\/|[-–—(（]?\s?(?:انتهى|النهاية)\s?[-–—)）]?|[-–—(（]\s?يتبع\s?[-–—)）]|[-–—]\s?MORE\s?[-–—]|Enditem|ENDITEM|[（(]\s?完\s?[）)]|FIN|[-–—]\s?(?:fin|FIN)\s?[-–—]|انتهای پیام\s?\/?)$/u;

function textLength(blocks: readonly Block[]): number {
  let length = 0;
  for (const block of blocks) if (block.kind !== 'figure') length += block.text.length;
  return length;
}

/**
 * Rule "link row": a closing paragraph that is nothing but links joined by separators ("<a>Back to my home page</a>
 * | <a>Mail me</a>", "[<a>Index</a>] [<a>Next</a>]") is the site's navigation, which a hand-written page or a
 * template sets under the text without a <nav> or a list to mark it. A story's own closing links come with words
 * of the story around them ("Read the report: <a>…</a>"), and one link alone may be the story's download or source.
 */
function isLinkRow(block: TextBlock): boolean {
  if (block.kind !== 'p' || !block.html.includes('<a ')) return false;
  let links = 0;
  const between = block.html.replace(LINK_ELEMENT, () => {
    links++;
    return ' ';
  });
  return links >= MIN_ROW_LINKS && ROW_SEPARATORS_ONLY.test(between.replace(TAG, ' '));
}
const LINK_ELEMENT = /<a [^>]*>[\s\S]*?<\/a>/g;
const TAG = /<[^>]*>/g;
const ROW_SEPARATORS_ONLY = /^[\s|·•/,;:()[\]–—-]*$/u;
const MIN_ROW_LINKS = 2;

/**
 * The site's house rules, in any language: a comment-policy or data notice ("CNN welcomes lively debate ... see our
 * guidelines, privacy policy and terms of use") links the site's own legal pages. Their addresses are named in a
 * handful of words whatever the page's language, so two such links give the paragraph away; a story that mentions
 * one company's privacy policy links it once.
 */
function linksPolicyPages(html: string): boolean {
  if (!html.includes('<a ')) return false;
  let links = 0;
  for (const match of html.matchAll(LINK_ADDRESS)) {
    if (POLICY_PAGE_ADDRESS.test(match[1]) && ++links >= MIN_POLICY_LINKS) return true;
  }
  return false;
}
const LINK_ADDRESS = /<a [^>]*href="([^"]*)"/g;
const POLICY_PAGE_ADDRESS = /privacy|terms|guidelines|datenschutz|nutzungsbedingungen|(?:^|\/)agb(?:$|[/.?#])|impressum|mentions-legales|confidentialite|cgu(?:$|[/.?#])|privacidad|aviso-legal|condiciones|privacidade|termos|informativa|(?:^|\/)policy/i;
const MIN_POLICY_LINKS = 2;

/**
 * Rule "tatweel rule": Arabic pages draw the rule under the story with the tatweel, the letter that stretches a word's
 * joins ("ـــــــــــــــــــ"), which Unicode counts among the letters; alone on its line it writes no word.
 */
const WORD_CHARACTER = /[^\P{L}\u0640]|\p{N}/u;

/**
 * Rule "page's own reference": news agencies print the story's number and its short link on lines of their own at the
 * top or the foot of the text, for readers to quote or copy ("کد خبر: ۴۵۶۷۸۹", news code; "لینک کوتاه:
 * https://…", "الرابط المختصر:", "Short link:", "Kurzlink:"). The label and a number, or the label and an address,
 * fill the line: no sentence of the story is made so. Rule "news code row": Iranian agencies set the number at the
 * head of a row of the story's particulars, its time and its service ("کد خبر: ۱۴۰۵۰۹۱۵۰۴۲۱۷ ۱۵ آذر ۱۴۰۵ - ۱۰:۴۰
 * استان‌ها > آذربایجان شرقی"); a line the label and number open, and a short run of items with no sentence's end
 * closes, is that row.
 */
const PAGE_REFERENCE_LINE = new RegExp(
  '^(?:(?:کد|کُد|شناسه) ?خبر|رقم الخبر|رمز الخبر|news (?:id|code)|article id)\\s*[:：]\\s*[\\d\\u06F0-\\u06F9\\u0660-\\u0669]+(?:\\s[^.!?؟\\n]{0,80})?$'
  + '|^(?:لینک کوتاه|نشانی کوتاه|(?:ال)?رابط (?:ال)?مختصر|short ?(?:link|url)|kurzlink|lien court|enlace corto)(?: (?:خبر|این خبر|الخبر))?\\s*[:：]\\s*(?:https?:\\/\\/\\S+)?$',
  'iu',
);

/** Whether a line is the page's own reference (see PAGE_REFERENCE_LINE): its news code or its short link. */
export function isPageReferenceLine(text: string): boolean {
  return PAGE_REFERENCE_LINE.test(text);
}

/**
 * The page's own short link ("https://p.dw.com/p/4SUrv") printed as a line of its own above the story, for readers
 * to copy. A story never opens on a bare address; one at its end is a source it cites, and stays.
 */
const BARE_ADDRESS = /^https?:\/\/\S+$/i;

/**
 * Rule "pointer under the rule": a wire parts its notes from the story with a rule drawn in characters ("___") and
 * under it points the reader to its page of the subject's coverage, a label and an address alone on a line ("AP NBA:
 * https://…", "More AP sports: https://…"). Under the closing rule, such a line is the wire's pointer; a story's own
 * sentence that gives an address is over the rule, and says more than a label.
 */
function isLabelledAddress(text: string): boolean {
  const colon = text.indexOf(':');
  return colon > 0 && colon <= MAX_POINTER_LABEL_CHARS && BARE_ADDRESS.test(text.slice(colon + 1).trimStart());
}
/** A wire's name and the subject's: a few words. */
const MAX_POINTER_LABEL_CHARS = 40;

/**
 * Rule "release line" (see RELEASE_LINE): a press release opens with its instruction to editors on a line of its own
 * ("<p><strong>FOR IMMEDIATE RELEASE</strong></p>", "EMBARGOED UNTIL 10 A.M. EST, MARCH 3"), meant for newsrooms, as
 * its end mark and what follows it are. Only a short line among the leading blocks: a sentence that opens with the
 * words ("Press release writers often …") is longer, or lies further down.
 */
function isReleaseLine(text: string): boolean {
  return text.length <= MAX_RELEASE_LINE_CHARS && RELEASE_LINE.test(text);
}
const MAX_RELEASE_LINE_CHARS = 60;

/** Letters of the scripts whose look-alikes stand in for Latin ones: "Аdvеrtіѕе" with Cyrillic А, е, і, ѕ. */
const LOOK_ALIKE_LETTER = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
/**
 * The UTF-16 code units any {@link LOOK_ALIKE_LETTER} is written with: the blocks that hold the two scripts' letters
 * in the Basic Multilingual Plane, and the lead surrogate of any character beyond it. A text without any has no
 * look-alike letter. Asked first of every block's text, because without the `u` flag the engine tests a class of
 * plain ranges several times faster than one of script properties, which it tested at every character of the body.
 */
const LOOK_ALIKE_CODE_UNIT = /[\u0370-\u052f\u1c80-\u1c8a\u1d26-\u1dbf\u1f00-\u1ffe\u2126\u2de0-\u2dff\ua640-\ua69f\uab65\ufe2e\ufe2f\ud800-\udbff]/;
const LATIN_LETTER = /\p{Script=Latin}/u;
const LETTER_RUN = /\p{L}+/gu;

/** One mixed word can be a typo or a transliteration; a sentence of them is written to pass filters. */
const MIN_MIXED_SCRIPT_WORDS = 3;
/**
 * Rule "slips of the other keyboard": writers of a language that moved from Cyrillic to Latin letters (Kazakh,
 * Uzbek) or writes both (Serbian) slip a Cyrillic letter into a few Latin words of a paragraph ("bólіndі", "óttі",
 * "ákіm" with the Cyrillic і), as their keyboards put it in reach; disguised copy swaps letters in most of its words,
 * or its words would still match. A block is disguised only when a third of its words at least are mixed.
 */
const MIN_MIXED_SCRIPT_SHARE = 1 / 3;

/**
 * Disguised copy: an advertisement or a self-promotion whose Latin letters are swapped for Cyrillic or Greek
 * look-alikes, so that ad blockers and the site's own text filters do not match its words. Writers of prose mix
 * scripts inside a word only by a slip, so a block where many words are mixed is that copy, wherever it sits in the
 * body.
 * Every block is asked, so the common answer comes from one scan: a text without a look-alike letter has no
 * mixed word. Words are then tested one by one, which stays linear where a pattern looking ahead from every
 * letter did not (it cost a millisecond per page).
 */
function isDisguisedCopy(text: string): boolean {
  if (!LOOK_ALIKE_CODE_UNIT.test(text) || !LOOK_ALIKE_LETTER.test(text)) return false;
  let mixed = 0;
  let words = 0;
  for (const [word] of text.matchAll(LETTER_RUN)) {
    words++;
    if (LATIN_LETTER.test(word) && LOOK_ALIKE_LETTER.test(word)) mixed++;
  }
  return mixed >= MIN_MIXED_SCRIPT_WORDS && mixed >= words * MIN_MIXED_SCRIPT_SHARE;
}

/**
 * Rule "disclaimer label" (see DISCLAIMER_LABEL): a paragraph under the label that disclaims, or the bare label whose
 * paragraph under it does.
 */
function isLabelledDisclaimer(blocks: readonly Block[], index: number): boolean {
  const block = blocks[index];
  if (block.kind === 'figure' || !DISCLAIMER_LABEL.test(block.text)) return false;
  return DISCLAIMS.test(block.text.replace(DISCLAIMER_LABEL, '')) || isNoticeUnderLabel(blocks, index);
}

/**
 * Rule "notice under its label": a wire sets its disclaimer's label as a bold line of its own ("<p><b>Legal
 * Disclaimer:</b></p>") and the notice under it, one paragraph that closes the body and runs longer than a notice set
 * inline, as the lawyers wrote it. The paragraph right under a bare label, when it is the body's last and disclaims,
 * goes with the label; under a label that is not the last but one block, the story goes on.
 */
function isNoticeUnderLabel(blocks: readonly Block[], label: number): boolean {
  const block = blocks[label];
  const notice = blocks[label + 1];
  return block.kind !== 'figure' && DISCLAIMER_LABEL_ALONE.test(block.text) && label + 2 === blocks.length
    && notice.kind === 'p' && notice.text.length <= MAX_LABELLED_NOTICE_CHARS && DISCLAIMS.test(notice.text);
}
/** A wire's disclaimer: three or four sentences of the lawyers'. */
const MAX_LABELLED_NOTICE_CHARS = 800;

/**
 * Rule "safe harbor statement" (see SAFE_HARBOR_HEADING): a listed company's release closes with the legal notice its
 * lawyers print under every release ("<p><b>Forward-Looking Statements</b></p><p>This press release contains
 * forward-looking statements within the meaning of …</p>"), which disclaims the story rather than tells it. A closing
 * section under such a heading, set as a heading or as a bold line of its own, whose first paragraph speaks of
 * forward-looking statements, goes whole; the company's "About" paragraph above it is left as it is. A story on
 * securities law that heads a section so has more of the story after it, or says something else under it.
 */
export function dropSafeHarborStatement(blocks: Block[]): Block[] {
  for (let index = blocks.length - 2; index > 0; index--) {
    const block = blocks[index];
    if (block.kind === 'figure' || !isSectionHeading(block)) continue;
    if (!SAFE_HARBOR_HEADING.test(block.text)) return blocks;
    const notice = blocks[index + 1];
    return notice.kind !== 'figure' && FORWARD_LOOKING.test(notice.text) ? blocks.slice(0, index) : blocks;
  }
  return blocks;
}

/**
 * Rule "witness appeal box": a crime story closes with the police's appeal in a box of its own, under a heading that
 * says so ("Zeugenaufruf", "Police appeal", "Appel à témoins") and a line or two that give the number to call ("Hinweise
 * nimmt die Kriminalpolizei unter Telefon 0351 483-2233 entgegen"): the page's service box, set the same under every
 * report on a case the police still work on, not the report. The story's last heading with no more than that box's
 * lines under it, one of them giving a number, goes with them; a story that reports the appeal writes it into its
 * paragraphs, under no such heading.
 */
export function dropWitnessAppeal(blocks: Block[]): Block[] {
  for (let index = blocks.length - 1; index > 0 && index >= blocks.length - 1 - MAX_APPEAL_LINES; index--) {
    const block = blocks[index];
    if (block.kind === 'figure' || !isSectionHeading(block)) continue;
    if (!WITNESS_APPEAL_HEADING.test(block.text)) return blocks;
    const lines = blocks.slice(index + 1);
    const isAppealLine = (line: Block) => line.kind === 'p' && line.text.length <= MAX_NOTICE_CHARS;
    return lines.length > 0 && lines.every(isAppealLine) && lines.some((line) => line.kind !== 'figure' && PHONE_NUMBER.test(line.text)) ? blocks.slice(0, index) : blocks;
  }
  return blocks;
}
/**
 * Rule "institution's boilerplate" (see INSTITUTION_BOILERPLATE_HEADING): the release's last heading, when it names
 * the institution after "About", and the paragraph or two under it to the end that name it again, are the paragraph
 * the institution sets under every release, not the news; they go, and the press contact set above them is then the
 * body's closing card. A closing section "About the Study" whose paragraph speaks of "the study" names no one.
 */
export function dropInstitutionBoilerplate(blocks: Block[]): Block[] {
  for (let index = blocks.length - 2; index > 0 && index >= blocks.length - 1 - MAX_BOILERPLATE_PARAGRAPHS; index--) {
    const block = blocks[index];
    if (block.kind === 'figure' || !isSectionHeading(block)) continue;
    const heading = block.text.length <= MAX_BOLD_HEADING_CHARS ? INSTITUTION_BOILERPLATE_HEADING.exec(block.text) : null;
    if (!heading) return blocks;
    const name = heading[1] ?? heading[2];
    const section = blocks.slice(index + 1);
    return section.every((line) => line.kind === 'p') && section.some((line) => line.kind !== 'figure' && line.text.includes(name)) ? blocks.slice(0, index) : blocks;
  }
  return blocks;
}
/** An institution's boilerplate: a paragraph, two at most, on what it is. */
const MAX_BOILERPLATE_PARAGRAPHS = 2;

/** The appeal's lines under its heading: the ask and the number, the crime reference. */
const MAX_APPEAL_LINES = 2;
/** A phone number, or the reference to quote: six digits or more, in groups. */
const PHONE_NUMBER = /\d(?:[\s/-]?\d){5,}/u;

/** A heading, or a paragraph that is one short bold line ("<p><b>Safe Harbor Statement</b></p>"). */
function isSectionHeading(block: TextBlock): boolean {
  if (HEADING_KINDS.has(block.kind)) return true;
  return block.kind === 'p' && block.lineOf === undefined && block.text.length <= MAX_BOLD_HEADING_CHARS && BOLD_LINE.test(block.html);
}
const MAX_BOLD_HEADING_CHARS = 100;
const BOLD_LINE = /^<strong>[^<]*<\/strong>$/;

/**
 * Rule "repeated placeholder": a page that holds embedded posts, charts and videos back until the reader consents
 * sets one placeholder box in each embed's place, its heading and its paragraph word for word ("External content
 * not available" over "Your privacy settings prevent…"). Without the box's class word, the cleaning keeps it. A
 * story may repeat a paragraph (a summary that repeats the lead, a song's chorus), but not a section: a paragraph
 * of a sentence or more under the same heading twice or more is the template's box, and every copy goes with its
 * heading. Only plain paragraphs under headings are compared: a table's rows and a list's items repeat as data.
 */
export function dropRepeatedPlaceholders(blocks: Block[]): Block[] {
  const copies = new Map<string, number[]>();
  for (let index = 1; index < blocks.length; index++) {
    const heading = blocks[index - 1];
    const paragraph = blocks[index];
    if (heading.kind === 'figure' || !isHeadedParagraph(heading, paragraph)) continue;
    const key = `${heading.text}\n${paragraph.text}`;
    const indexes = copies.get(key);
    if (indexes) indexes.push(index);
    else copies.set(key, [index]);
  }
  const dropped = new Set<number>();
  for (const indexes of copies.values()) {
    if (indexes.length < MIN_PLACEHOLDER_COPIES) continue;
    for (const index of indexes) dropped.add(index).add(index - 1);
  }
  return dropped.size === 0 ? blocks : blocks.filter((_, index) => !dropped.has(index));
}

function isHeadedParagraph(heading: TextBlock, paragraph: Block): paragraph is TextBlock {
  return HEADING_KINDS.has(heading.kind) && paragraph.kind === 'p' && paragraph.text.length >= MIN_PLACEHOLDER_CHARS;
}
const HEADING_KINDS: ReadonlySet<TextBlock['kind']> = new Set(['h2', 'h3', 'h4']);
/** A sentence of some length: a placeholder explains itself, where a short line under a heading may be a label. */
const MIN_PLACEHOLDER_CHARS = 80;
const MIN_PLACEHOLDER_COPIES = 2;
