/**
 * The body extraction stage: the cleaned article text, its sanitized HTML and its images, from a parsed page.
 *
 *   clean (furniture out) → measure (text statistics, one pass) → score (prose per element) → select (container
 *   and siblings) → prune (link lists inside it) → blocks (text + inline HTML) → drop repeated title, labels,
 *   teaser cards of other stories (before the images are collected, so the cards' pictures go too) and pull quotes → lead
 *   (standfirst and picture between headline and body) → fallback (JSON-LD articleBody, also over a teaser; Next.js
 *   page data; loose paragraphs) → a dateline row joined to the paragraph it opens → what follows a release's end
 *   mark, publisher notices, byline residue, a closing contact card and a closing source credit out → render text
 *   and HTML.
 *
 * Images are those of the lead and of the body, in reading order, so `images[0]` is the article's own lead
 * picture when the page has one.
 *
 * Mutates the DOM (furniture is removed), so it runs after the metadata stage. Never throws.
 */
import type { ArticleImage } from '../record';
import { withSiteCredit } from './picture-credits';
import { GENRE_WORDS } from '../metadata/byline-vocabulary';
import { type Block, buildBlocks, type FigureBlock, plainParagraph, type TextBlock } from './blocks';
import { dropCardAboveSafeHarbor, dropContactCard, dropWriterNote } from './contacts';
import { dropBylineBlocks } from './bylines';
import { cleanTree } from './clean';
import { forgetCaptionJudgements, isCaptionElement } from './captions';
import { backdropPictureOf } from './backdrop-pictures';
import { forgetDecorationVerdicts, rememberDecorationVerdicts } from './decorative-images';
import { forgetWordVerdicts } from './furniture-words';
import { isKeptPictureBox } from './structural-furniture';
import { titleAnchors } from './title-anchors';
import { childElements, declaredDirection, type DomElement, type DomNode, isAncestorOf } from './dom';
import { dropLabelBlocks } from './labels';
import { cutAtEndMark, dropInstitutionBoilerplate, dropPublisherNotices, dropRepeatedPlaceholders, dropSafeHarborStatement, dropWitnessAppeal } from './notices';
import { withoutRunInSlideNumbers } from './textual-furniture';
import { findLead, isShownSummary } from './lead';
import { renditionKey } from './images';
import { looseParagraphBlocks, structuredBodyBlocks } from './fallback';
import { pageDataBody } from './page-data';
import { type ElementIndex, indexElements, linkDensity, readingLength, type StatsTable } from './measure';
import { pruneContainer } from './prune';
import { dropPullQuotes } from './pull-quotes';
import { scoreTree } from './score';
import { dropSectionLines } from './section-lines';
import { findReplyForms, mainLandmark, selectContainer, storyAround } from './select';
import { closingNoticeAgency, dropInitialsSignOff, joinDatelineRow, splitSourceCredit } from './source-credit';
import { dropTeaserRuns } from './teasers';
import { dropRepeatedTitle } from './title';
import { forgetAttributeTokens } from './tokens';
import { blocksToHtml } from './to-html';
import { blocksToText } from './to-text';

export interface ContentContext {
  url: string | null;
  /** The headline found by the metadata stage, so the body pass can drop its repetitions. */
  title: string | null;
  /** JSON-LD articleBody, used when the main pass finds too little, or a teaser next to it. */
  structuredBody: string | null;
  /** The page's script elements, whose Next.js data may hold the story when the main pass finds too little. */
  scripts?: readonly DomElement[];
  /** The authors found by the metadata stage, so a byline left in the article container can be known. */
  authors?: readonly string[];
  /** The publication date as the page prints it (the metadata stage's raw string), which byline rows often add. */
  dateline?: string | null;
  /** The publication date the metadata stage read (ISO 8601), by which a header row printing it is known. */
  publishedAt?: string | null;
  /** The last update as the page prints it (the metadata stage's raw string), by which its line at the foot is known. */
  updateLine?: string | null;
  /** The section and the categories found by the metadata stage, by which a label line over the story is known. */
  sections?: readonly string[];
  /** The summary the page declares, by which a dek between headline and body is known whatever its class. */
  description?: string | null;
  /** The site's name the metadata stage read, by which a caption that closes on it in brackets is known as credited. */
  siteName?: string | null;
  /** The language the page declares (a BCP 47 tag), whose national agency a closing credit may write as a word. */
  declaredLanguage?: string | null;
  /** False when the page declares its story locked for readers who do not pay, as paywalled pages do. */
  isAccessibleForFree?: boolean | null;
  /**
   * The walk of the intact page (`walkDocument`), when the caller has made it: the body pass reads its elements and
   * measures by its positions instead of walking the page again before it cleans.
   */
  walk?: ElementIndex;
}

export interface ExtractedContent {
  body: string;
  bodyHtml: string;
  /** Images inside the article body, with their captions. */
  images: ArticleImage[];
  /** `main-pass`, `fallback:json-ld-articleBody`, `fallback:page-data`, `fallback:captions`, `fallback:paragraphs` or `none`. */
  method: string;
  confidence: number;
  /**
   * The agency named by the source credit line the body closed with ("Quelle: sid/dpa"), which is taken out of it,
   * or else by a dateline row over the story ("القاهرة - أ ش أ"), which is joined to the paragraph it opens.
   */
  creditedAgency: string | null;
  /**
   * The direction the page's markup sets the story in (`declaredDirection` of the story's container, or of the
   * page's body when no container was chosen); null when it declares none.
   */
  declaredDirection: 'rtl' | 'ltr' | null;
}

/**
 * Below this reading length the main pass has probably missed the article. Measured by {@link readingLength}, not in
 * characters, because a Chinese or Japanese brief of three short paragraphs is well under it in characters.
 */
const TOO_LITTLE_TEXT = 250;

/**
 * The body of the page under its document node. Never throws: a page the body pass cannot read has an empty body.
 * The per-page memos are emptied however the pass ends: their keys are slices of the page's markup, which they would
 * otherwise keep alive.
 */
export function extractContent(document: DomNode, context: ContentContext): ExtractedContent {
  try {
    return readContent(document, context);
  } catch {
    return { body: '', bodyHtml: '', images: [], method: 'none', confidence: 0, creditedAgency: null, declaredDirection: null };
  } finally {
    forgetAttributeTokens();
    forgetWordVerdicts();
    forgetDecorationVerdicts();
  }
}

function readContent(root: DomNode, context: ContentContext): ExtractedContent {
  const walk = context.walk ?? indexElements(root);
  const anchors = titleAnchors(walk.elements, context.title);
  const headline = anchors.headline;
  // Looked for before the cleaning, which drops the <header> such a heading often sits in.
  const subHeadlineStory = headline ? null : storyAround(anchors.titleHeading);
  // Read before the cleaning, which drops the forms.
  const replyForms = findReplyForms(walk);
  // Read before the cleaning too, which may drop the hero box the headline sits in along with its caption.
  const headlineAnchor = headline ?? anchors.titleHeading ?? anchors.titleLine;
  const backdrop = headlineAnchor ? backdropPictureOf(headlineAnchor, context.url, isCaptionElement) : null;
  const stats = cleanTree(root, anchors, walk, context.authors ?? []);
  forgetCaptionJudgements();
  rememberDecorationVerdicts();
  const selection = selectContainer(scoreTree(root, stats, headlineAnchor), stats, headline ? storyAround(headline) : subHeadlineStory, replyForms, mainLandmark(walk));

  let blocks: Block[] = [];
  let confidence = 0;
  let lead: ArticleImage[] = [];
  if (selection) {
    const pruned = pruneContainer(selection.nodes, stats, context.url);
    const pictureBox = (element: DomElement) => isKeptPictureBox(element, stats);
    blocks = dropWriterPortraits(dropPullQuotes(dropTeaserRuns(dropLabelBlocks(dropSectionLines(dropRepeatedTitle(buildBlocks(selection.nodes, context.url, pruned, pictureBox), context.title), context.sections ?? [])))), context.authors ?? []);
    // Rule "headline stand-in": a template without an <h1> sets the headline in an <h2> or <h3> that repeats the
    // title (`<h2 class="story__title">`), and its lead picture and dek sit under it as they would under an <h1>; so
    // do they under a headline set in a plain box (see TitleAnchors.titleLine).
    const leadAnchor = headline ?? anchors.titleHeading ?? anchors.titleLine;
    if (leadAnchor && !isAncestorOf(leadAnchor, selection.nodes[0])) {
      const found = findLead(root, leadAnchor, selection.nodes[0], stats, context.url, context.description ?? null, leadAnchor !== headline, context.authors ?? []);
      const authorNames = lowerCaseNames(context.authors ?? []);
      lead = found.images.filter((image) => !isWriterPortrait(image, authorNames));
      if (found.paragraphs.length > 0) blocks = [...unrepeatedStandfirst(buildBlocks(found.paragraphs, context.url, new Set()), blocks), ...blocks];
    }
    blocks = withoutOpeningGenreLabel(dropRepeatedCaptions(blocks, lead));
    const topStats = stats.get(selection.top);
    confidence = Math.min(0.95, 0.5 + Math.min(0.4, textLength(blocks) / 5000)) * (1 - linkDensity(topStats) / 2);
  }
  let method = blocks.length > 0 ? 'main-pass' : 'none';
  const siteCredited = (image: ArticleImage) => withSiteCredit(image, context.siteName ?? null);
  blocks = blocks.map((block) => {
    if (block.kind !== 'figure') return block;
    const image = siteCredited(block.image);
    return image === block.image ? block : { ...block, image };
  });
  const images = uniqueImages([...(backdrop ? [siteCredited(backdrop)] : []), ...lead.map(siteCredited), ...blocks.flatMap((block) => (block.kind === 'figure' ? [block.image] : []))]);

  const mainLength = textLength(blocks);
  // A text's reading length is never below its length in characters, so a main pass that long has enough.
  const tooLittle = mainLength < TOO_LITTLE_TEXT && readingLengthOf(blocks) < TOO_LITTLE_TEXT;
  const declared = structuredBodyBlocks(context.structuredBody);
  const pageData = tooLittle && declared.length <= 1 ? structuredBodyBlocks(pageDataBody(context.scripts ?? [])) : [];
  const structured = declared.length === 1 && paragraphsOfRunTogether(declared, pageData) ? [] : declared;
  const teaserRatio = tooLittle ? 0 : context.isAccessibleForFree === false && showsStartOfDeclared(blocks, structured) ? 1.5 : DECLARED_BODY_OVER_TEASER;
  if (textLength(structured) > Math.max(mainLength * 1.5, mainLength * teaserRatio)) {
    blocks = withShownStandfirst(structured, blocks, context.description ?? null);
    method = 'fallback:json-ld-articleBody';
    confidence = 0.7;
  } else if (textLength(pageData) > mainLength * 1.5) {
    blocks = pageData;
    method = 'fallback:page-data';
    confidence = 0.7;
  } else if (tooLittle) {
    const loose = dropLabelBlocks(dropRepeatedTitle(looseParagraphBlocks(root, stats, context.url), context.title));
    const captioned = withCaptionsAsText(blocks);
    const captionLength = textLength(captioned) - mainLength;
    if (captionLength > mainLength && textLength(captioned) > textLength(loose)) {
      blocks = captioned;
      method = 'fallback:captions';
      confidence = 0.4;
    } else if (textLength(loose) > mainLength) {
      blocks = loose;
      method = 'fallback:paragraphs';
      confidence = 0.4;
    }
  }
  const dateline = joinDatelineRow(blocks, context.dateline ?? null);
  const { blocks: story, creditedAgency } = splitSourceCredit(dropInitialsSignOff(dropWriterNote(dropWitnessAppeal(dropCardAboveSafeHarbor(dropContactCard(dropInstitutionBoilerplate(dropBylineBlocks(dropPublisherNotices(dropRepeatedPlaceholders(withoutRunInSlideNumbers(cutAtEndMark(dateline.blocks)))), context.authors ?? [], context.dateline ?? null, context.publishedAt ?? null, context.updateLine ?? null))), dropSafeHarborStatement)), context.authors ?? [])), context.declaredLanguage ?? null);
  const direction = declaredDirection(selection ? storyBox(selection.top, stats) : walk.byTag.get('body')?.[0] ?? walk.byTag.get('html')?.[0] ?? null);
  if (story.length === 0) return { body: '', bodyHtml: '', images, method: 'none', confidence: 0, creditedAgency: null, declaredDirection: direction };
  return {
    body: blocksToText(story), bodyHtml: blocksToHtml(unrepeatedFigures(story)), images, method, confidence: round(confidence),
    creditedAgency: creditedAgency ?? dateline.creditedAgency ?? closingNoticeAgency(dateline.blocks), declaredDirection: direction,
  };
}

/**
 * Rule "page data body", with a declared body run together: an app's JSON-LD `articleBody` is often its blocks' text
 * joined into one paragraph, while the page data it renders from keeps them apart
 * (`"articleBody":"First paragraph. Second paragraph."` beside `[{"type":"paragraph","html":"First paragraph."}, …]`).
 * The page data is then the same story in a reader's paragraphs: it has several and is not much shorter.
 */
function paragraphsOfRunTogether(declared: Block[], pageData: Block[]): boolean {
  return pageData.length > 1 && textLength(pageData) >= textLength(declared) * SAME_STORY_SHARE;
}
/** The share of the declared body's length the page data must reach to be the same story, not a teaser of it. */
const SAME_STORY_SHARE = 0.9;

/**
 * The innermost element holding every prose paragraph of the chosen container. The container often climbs past the
 * story's own box (an <article> alone in its <main>), and that box is where a page sets the story's `dir`.
 */
function storyBox(top: DomElement, stats: StatsTable): DomElement {
  let box = top;
  for (;;) {
    const prose = stats.get(box)?.prose ?? 0;
    const holder = prose > 0 ? childElements(box).find((child) => stats.get(child)?.prose === prose) : undefined;
    if (!holder) return box;
    box = holder;
  }
}

/**
 * Rule "teaser over the declared body": a page that shows a teaser (the dek, a picture, "read the full article", a
 * subscription offer) may still declare the whole story as JSON-LD articleBody. When the main pass found enough
 * text not to fall back, a declared body this many times as long says what it found was that teaser.
 */
const DECLARED_BODY_OVER_TEASER = 3;

/**
 * Rule "the wall's cut": a page that declares its story locked for readers who do not pay shows its first
 * paragraphs and may declare all of it as articleBody (Google's paywall markup asks for both). When the last
 * paragraph the page shows stands in the declared body well before its end, what the page shows is the story's
 * beginning, cut where the wall stands, and a declared body half again as long is the story read to its end. The
 * dek the page shows above it is not in articleBody, and is kept. Pages that are not locked keep the stricter
 * test: some CMSs declare their stored source as articleBody, block markers and all.
 */
function showsStartOfDeclared(shown: readonly Block[], declared: readonly Block[]): boolean {
  // The page and its JSON-LD space the same text differently (a no-break space inside « », a space the other omits).
  const comparable = (text: string) => text.replace(/\s+/g, ' ');
  const declaredText = comparable(declared.map((block) => (block.kind === 'figure' ? '' : block.text)).join(' '));
  // The wall's own offer may follow the last paragraph shown; it is not in the declared body.
  for (let index = shown.length - 1; index >= 0; index--) {
    const block = shown[index];
    if (block.kind === 'figure' || block.text.length < MIN_CUT_PARAGRAPH_CHARS) continue;
    const text = comparable(block.text);
    const at = declaredText.indexOf(text);
    if (at >= 0) return at + text.length <= declaredText.length * MAX_SHOWN_SHARE;
  }
  return false;
}
/** Shorter shown paragraphs (a label, a date line) are found in any long text and say nothing about where it stops. */
const MIN_CUT_PARAGRAPH_CHARS = 80;
/** A page that shows more of the declared body than this shows the story, not a teaser of it. */
const MAX_SHOWN_SHARE = 0.7;

/**
 * The declared body with the dek the page shows at its head, as the main pass keeps it: articleBody holds the
 * story's text alone, and the dek is the block that prints the summary the page declares.
 */
function withShownStandfirst(declared: Block[], shown: Block[], summary: string | null): Block[] {
  if (!summary) return declared;
  const dek = shown.find((block): block is TextBlock => block.kind !== 'figure' && isShownSummary(block.text, summary));
  if (!dek || declared.some((block) => block.kind !== 'figure' && block.text.includes(dek.text))) return declared;
  return [{ ...dek, standfirst: true }, ...declared];
}

/**
 * Rule "dek in a heading": Spanish and Portuguese templates set the dek in an <h2> under the headline
 * (`<h2 class="subtitulo">`, `<h2 class="linhafina">`) for its type size; it is a paragraph of summary, not the head
 * of a section, and the HTML body shows it as one.
 */
function asStandfirst(block: Block): Block {
  if (block.kind === 'figure') return block;
  return block.kind === 'h2' || block.kind === 'h3' || block.kind === 'h4' ? { ...block, kind: 'p', standfirst: true } : { ...block, standfirst: true };
}

/**
 * Rule "genre label before the dek": French papers print the piece's genre in capitals before the dek, a dash after
 * it ("CHRONIQUE - Le prix du stère a presque doublé…", "ENTRETIEN - …", "ANALYSE - …"), the label the kicker over
 * the headline shows already and no word of the dek. Only the body's opening block, and only a genre's word in
 * capitals: a dateline ("PARIS - …") opens a story's first paragraph, and stays.
 */
function withoutOpeningGenreLabel(blocks: Block[]): Block[] {
  const first = blocks.findIndex((block) => block.kind !== 'figure');
  const block = blocks[first];
  if (!block || block.kind === 'figure') return blocks;
  if (first < blocks.length - 1 && block.text.length <= MAX_GENRE_LABEL_CHARS && GENRE_LABEL_ALONE.test(block.text)) return blocks.filter((_, index) => index !== first);
  const unlabelled = withoutGenreLabel(block);
  return unlabelled === block ? blocks : blocks.map((each, index) => (index === first ? unlabelled : each));
}

function withoutGenreLabel(block: TextBlock): TextBlock {
  const label = GENRE_LABEL_BEFORE_DEK.exec(block.text);
  if (!label || label[1] !== label[1].toUpperCase()) return block;
  const html = block.html.startsWith(label[0]) ? block.html.slice(label[0].length) : block.html;
  return { ...block, text: block.text.slice(label[0].length), html };
}
/**
 * Rule "genre label alone": a template prints the piece's genre over the headline as a line of its own ("Critique",
 * "Review", "Kritik", "Crítica", "Analyse"), the kicker, in the box that holds the headline; when the headline's
 * line goes as metadata and the box is read with the text, the genre's word is left to open the body, no word of the
 * review. Only the body's opening block, only when more follows, and only the word alone.
 */
const GENRE_LABEL_ALONE = new RegExp(
  `^(?:${[...GENRE_WORDS, 'entretien', 'critique', 'review', 'kritik', 'rezension', 'cr[ií]tica', 'rese[ñn]a', 'recensione', 'نقد', 'نقد فني', 'مراجعة'].join('|')})$`,
  'iu',
);
/** "Gastkommentar", "Critique", the longest genre's word. */
const MAX_GENRE_LABEL_CHARS = 20;
const GENRE_LABEL_BEFORE_DEK = new RegExp(
  `^(${[...GENRE_WORDS, 'entretien', 'r[ée]cit', 'd[ée]cryptage', 'enqu[êe]te', '[ée]ditorial', 'analisi', 'intervista', 'entrevista', 'an[áa]lis[ie]s?'].join('|')})\\s+[-–—]\\s+(?=\\p{Lu})`,
  'iu',
);

/**
 * Rule "dek printed twice": responsive templates print the dek once for small screens and once for large ones
 * (`.description.hidden-lg`, `.description.visible-lg`), and some repeat it as the body's first paragraph; a reader
 * sees it once, so each text opens the body once.
 */
function unrepeatedStandfirst(standfirst: Block[], body: readonly Block[]): Block[] {
  const seen = new Set(body.flatMap((block) => (block.kind === 'figure' ? [] : [block.text])));
  const unrepeated: Block[] = [];
  for (const block of standfirst) {
    if (block.kind !== 'figure') {
      if (seen.has(block.text)) continue;
      seen.add(block.text);
    }
    unrepeated.push(asStandfirst(block));
  }
  return unrepeated;
}

/**
 * Writer's portrait: a picture whose alt text is exactly the name of one of the article's authors is the head
 * shot of the author box the template prints after the text (or beside the byline), not the story's picture.
 * A picture of the story's subject carries a caption or a description, not the byline's name alone; a byline row
 * that sets the name beside the head shot gives it that name for a caption (`<div><img alt="Jane Doe"><span>Jane
 * Doe</span><time>…</time></div>`), which says no more.
 *
 * Rule "writer's box": the paragraph right after such a portrait that opens with the same name and closes the body
 * ("Rachel Moss is a nurse at …") is the box's biography of the writer, not the story's last paragraph.
 */
function dropWriterPortraits(blocks: Block[], authors: readonly string[]): Block[] {
  if (authors.length === 0) return blocks;
  const names = lowerCaseNames(authors);
  const lastText = blocks.findLastIndex((block) => block.kind !== 'figure');
  let biography = -1;
  return blocks.filter((block, index) => {
    if (index === biography) return false;
    if (block.kind !== 'figure' || !isWriterPortrait(block.image, names)) return true;
    const name = (block.image.alt ?? '').toLowerCase();
    const next = blocks[index + 1];
    if (index + 1 === lastText && next.kind !== 'figure' && next.text.toLowerCase().startsWith(`${name} `)) biography = index + 1;
    return false;
  });
}

function lowerCaseNames(authors: readonly string[]): ReadonlySet<string> {
  return new Set(authors.map((name) => name.toLowerCase()));
}

/** See {@link dropWriterPortraits}: `names` are the authors' names in lower case. */
function isWriterPortrait(image: ArticleImage, names: ReadonlySet<string>): boolean {
  const name = (image.alt ?? '').toLowerCase();
  return names.has(name) && (image.caption === null || image.caption.toLowerCase() === name);
}

/**
 * Rule "caption again in the text": editors who paste agency copy into the editor paste the picture's caption with
 * it, and it lands as a paragraph of its own among the story's, often its last ("… سيراً على الأقدام.</p><p>صاحب
 * السمو … خلال اعتماد الخطة</p>"), while the theme prints the same caption under the picture. A paragraph that says
 * word for word what the caption of a picture above it says is that caption again, however far below; the picture
 * keeps it. A paragraph above the picture, or the dek, is text the caption was written from (a portal captions its
 * lead picture with the dek), and stays. Read on the main pass only: the gallery fallback (rule "captions are the text") makes captions the text.
 */
function dropRepeatedCaptions(blocks: Block[], lead: readonly ArticleImage[]): Block[] {
  if (!lead.some((image) => image.caption) && !blocks.some((block) => block.kind === 'figure' && block.image.caption)) return blocks;
  const captions = new Set<string>();
  for (const image of lead) if (image.caption) captions.add(image.caption);
  return blocks.filter((block) => {
    if (block.kind === 'figure') {
      if (block.image.caption) captions.add(block.image.caption);
      return true;
    }
    return block.kind !== 'p' || block.standfirst === true || !captions.has(block.text);
  });
}

/**
 * Rule "captions are the text": a picture gallery's only writing is its pictures' captions, which the body reads into
 * the pictures and not into the text, so a main pass over a gallery finds a headline's worth of text or less. Its
 * captions, each after its picture, are then the text a reader reads down the page. Only a page whose captions hold
 * more text than the main pass found is a gallery: a short story (a brief of three lines, a Chinese or Japanese
 * one short in characters) with captioned pictures keeps its captions on the pictures, as every other story does.
 */
function withCaptionsAsText(blocks: Block[]): Block[] {
  if (!blocks.some((block) => block.kind === 'figure' && block.image.caption)) return blocks;
  return blocks.flatMap((block): Block[] => {
    if (block.kind !== 'figure' || !block.image.caption) return [block];
    return [block, plainParagraph(block.image.caption)];
  });
}

function readingLengthOf(blocks: Block[]): number {
  let length = 0;
  for (const block of blocks) if (block.kind !== 'figure') length += readingLength(block.text);
  return length;
}

function textLength(blocks: Block[]): number {
  let length = 0;
  for (const block of blocks) if (block.kind !== 'figure') length += block.text.length;
  return length;
}

/**
 * Rule "thumbnail strip": an inline gallery sets its slides again in small renditions under them, as the strip a
 * reader clicks to move between slides (`a-1200x800.jpg` and its `a-150x150.jpg`), and lazy-loading templates set a
 * picture twice (the script's copy and the <noscript> one); the record's images already count each picture once (see
 * {@link uniqueImages}), and the HTML body shows each once too, where it first stands. A story that shows a picture
 * again under a caption of its own says something new with it, and that figure stays.
 */
function unrepeatedFigures(blocks: Block[]): Block[] {
  if (!blocks.some((block) => block.kind === 'figure')) return blocks;
  const unrepeated: Block[] = [];
  const positions = new Map<string, number>();
  for (const block of blocks) {
    if (block.kind !== 'figure') {
      unrepeated.push(block);
      continue;
    }
    const key = renditionKey(block.image.url);
    const position = positions.get(key);
    if (position === undefined) {
      positions.set(key, unrepeated.push(block) - 1);
      continue;
    }
    const kept = unrepeated[position] as FigureBlock;
    if (!block.image.caption || block.image.caption === kept.image.caption) continue;
    if (kept.image.caption) unrepeated.push(block);
    else unrepeated[position] = block;
  }
  return unrepeated;
}

/**
 * Each picture once, where the page first shows it (see rule "one picture in two renditions" in images.ts); where
 * only a later rendition has the caption (a strip of thumbnails before the slides), that one stands for it.
 */
function uniqueImages(candidates: ArticleImage[]): ArticleImage[] {
  const unique: ArticleImage[] = [];
  const positions = new Map<string, number>();
  for (const image of candidates) {
    const key = renditionKey(image.url);
    const position = positions.get(key);
    if (position === undefined) positions.set(key, unique.push(image) - 1);
    else if (!unique[position].caption && image.caption) unique[position] = image;
  }
  return unique;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
