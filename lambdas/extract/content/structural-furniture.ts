/**
 * Structural furniture: the elements the first cleaning pass removes by their markup (tags, ARIA roles, hidden
 * markers, class and id words, markup notes), and the wrappers, picture boxes and notes it keeps although their
 * markup looks like furniture.
 */
import { isBlank, isHiddenByMarkup, normalizeSpace } from '../dom-walk';
import { type DomElement, type DomNode, descendantElements, HEADING_TAGS, isBoldLine, isColumnSortButton, isElement, isHeadingToggle, nextElement, previousElement, rawText } from './dom';
import { CAPTION_REACH, isCaptionElement, isPictureCredit, isPictureTextBox } from './captions';
import { isCreditBox, isSignedSource, opensWithCreditLabel } from './picture-credits';
import { isPictureBox } from './picture-elements';
import { type ElementIndex, linkDensity, PROSE_MIN_CHARS, readingLength, type StatsTable, type TextStats } from './measure';
import { attributeTokens, firstMatch, idTokens } from './tokens';
import { AS_OF_CLOCK, CONTENT_TOKENS, EDITORIAL_NOTE_LABEL, INTERACTIVE_LAUNCHER, OWN_PART_HEADING, UPDATED_AGE } from './vocabulary';
import { isRelativeStamp } from '../metadata/dates';
import { type TokenVerdict, tokenVerdict, wordsVerdict } from './furniture-words';
import { isDisclosedPanel, isDropCapTwin, isInactiveTabPane, isStoryBehindButton, storyRestsAboveButtons } from './hidden-elements';
import { formBox, replyBox } from './sign-up-boxes';
import { hasColumnHeadings, isAnnouncedByText } from './quote-boards';
import { chapterListBox, isPlayerChrome, isPlayerTranscript } from './player-furniture';
import { isHeadingModule, isPanelTitle, isPostHeader, isSectionHeader } from './heading-boxes';

/** Never article text, whatever their class says. */
const ALWAYS_DROPPED_TAGS = new Set([
  'script', 'style', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'button', 'input', 'select', 'textarea',
  'option', 'link', 'meta', 'dialog', 'map', 'audio', 'video', 'head', 'title',
  // AMP's ad slots: their placeholder and fallback children ("Publicidade", "Advertisement") are the slot's, not the story's.
  'amp-ad', 'amp-sticky-ad', 'amp-auto-ads',
]);

/**
 * Rule "buttons and their count": a community page's action row sets the like and comment buttons with the likes'
 * count as bare text between them (`<button>Gefällt mir</button> 14 <button>Kommentar schreiben</button>`); the
 * buttons go as controls, and the count alone was left as a line of the story. A row of buttons whose own text beside
 * them is nothing but a number goes whole.
 */
function isButtonRowWithCount(row: DomElement): boolean {
  let buttons = 0;
  let counted = false;
  for (const child of row.children) {
    if (child.type === 'tag') {
      if (child.name !== 'button') return false;
      buttons++;
    } else if (child.type === 'text' && !isBlank(child.data ?? '')) {
      if (!BARE_COUNT_TEXT.test(child.data ?? '')) return false;
      counted = true;
    }
  }
  return buttons > 0 && counted;
}
const BARE_COUNT_TEXT = /^\s*\d[\d.,\s]*$/;
/** Two or three buttons' labels and a count. */
const MAX_BUTTON_ROW_CHARS = 80;

/** Page regions by HTML5 semantics; kept only when they wrap the headline. */
export const REGION_TAGS = new Set(['nav', 'aside', 'footer', 'menu']);

const FURNITURE_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar', 'tablist',
  // A section break drawn as an ornament ("◆", "* * *") in a box of its own: ARIA's <hr>, which says nothing.
  'separator',
]);

/**
 * Goes through the intact page's elements in document order, and past a condemned element's subtree by its end in
 * the walk: no stack of nodes, and text nodes are never visited. Comments, the doctype and CDATA go too, found
 * among the children of the page root and of the elements kept.
 */
export function structuralFurniture(root: DomNode, walk: ElementIndex, keep: Set<DomNode>, stats: StatsTable, headline: DomElement | null, players: ReadonlySet<DomNode>): DomNode[] {
  const layoutClasses = headlineWrapperClasses(headline);
  const doomed: DomNode[] = [];
  collectMarkupNotes(root, doomed);
  const { elements, subtreeEnd } = walk;
  // A disclosure control comes before the panel it opens, so its target is known by the time the panel is judged.
  const disclosed = new Set<string>();
  const restsAbove = storyRestsAboveButtons(walk.byTag.get('button') ?? []);
  for (let at = 0; at < elements.length;) {
    const element = elements[at];
    if (element.attribs['aria-expanded'] !== undefined && element.attribs['aria-controls']) for (const id of element.attribs['aria-controls'].split(' ')) disclosed.add(id);
    if (!keep.has(element) && (isStructuralFurniture(element, stats, layoutClasses, stats.atPosition(at), disclosed, restsAbove) || isPlayerChrome(element, players, stats.atPosition(at)) || isPlayerTranscript(element, players))) {
      const box = element.name === 'form' || element.name === 'input' ? formBox(element, keep, stats) : element.name === 'textarea' ? replyBox(element, inPageWideForm(element, stats), keep, stats) : null;
      if (box) {
        // The box's children judged before its form went with it; they leave the list, so nothing is removed twice.
        while (doomed.length > 0 && isInside(doomed[doomed.length - 1], box)) doomed.pop();
        doomed.push(box);
        at = subtreeEnd[walk.position.get(box) as number];
        continue;
      }
      doomed.push(element);
      at = subtreeEnd[at];
      continue;
    }
    const found = keep.has(element) ? null : chapterListBox(element, stats.atPosition(at));
    const chapters = found && keep.has(found) ? element : found;
    if (chapters) {
      // The list's title, judged before the list, leaves the list with the box that holds both.
      while (doomed.length > 0 && isInside(doomed[doomed.length - 1], chapters)) doomed.pop();
      doomed.push(chapters);
      at = subtreeEnd[walk.position.get(chapters) as number];
      continue;
    }
    collectMarkupNotes(element, doomed);
    at++;
  }
  return doomed;
}

function isInside(node: DomNode, box: DomNode): boolean {
  for (let ancestor = node.parent; ancestor; ancestor = ancestor.parent) if (ancestor === box) return true;
  return false;
}

/** Comments, doctype and CDATA among the node's children: markup about the page, never its text. */
function collectMarkupNotes(node: DomNode, doomed: DomNode[]): void {
  for (const child of node.children ?? []) {
    if (child.type === 'comment' || child.type === 'directive' || child.type === 'cdata') doomed.push(child);
  }
}

/**
 * Headline's layout classes: page builders (Elementor's `elementor-widget-container`, a theme's `widget-wrap`) give
 * every box on the page the same wrapper class, the headline's and the article paragraphs' as well as the sidebar
 * widgets'. A class value that also wraps the headline names a layout box, not a role, so it condemns nothing; the
 * box is judged by its tag, role and id as usual, and by the class of any wrapper of its own. Site builders
 * (`j-module j-header`) wrap every heading module alike, the headline's and the sections'.
 */
function headlineWrapperClasses(headline: DomElement | null): Set<string> {
  const classes = new Set<string>();
  for (let node = headline?.parent; node && isElement(node); node = node.parent) {
    const value = node.attribs.class;
    if (value) classes.add(value);
  }
  return classes;
}

/**
 * A box that a layout word names (`image-widget`, `o-overlay`) and that holds only a picture and its caption: the
 * cleaning keeps it for the picture, and the body reads its text as that picture's caption. A <figure> that is
 * such a box is one by its tag alone (see {@link isPictureFigure}).
 */
export function isKeptPictureBox(element: DomElement, stats: StatsTable): boolean {
  if (element.name === 'figure') return isPictureFigure(element, stats);
  return isLayoutPictureBox(element, tokenVerdict(element), stats);
}

/**
 * Picture figure: a <figure> that holds an article picture and no more text than a caption. HTML makes a figure
 * the picture's own box, so whatever text it holds is about the picture: the caption, and beside it a credit line
 * ("Getty Images", "Jane Doe/AFP"), a gallery counter or a screen-reader label that templates print as a plain
 * <span> outside the <figcaption>. Read as the article's text, those became paragraphs of their own.
 */
function isPictureFigure(element: DomElement, stats: StatsTable): boolean {
  return isPictureBox(element, stats.get(element));
}

/** The statistics are looked up last: the body walk asks about every element, and most have no words that name a layout. */
function isLayoutPictureBox(element: DomElement, verdict: TokenVerdict, stats: StatsTable): boolean {
  return verdict !== 'none' && verdict !== 'discussion' && !REGION_TAGS.has(element.name) && isPictureBox(element, stats.get(element));
}

/**
 * Region tags and class words are strong hints, but CMSs also put them on wrappers (`l-outer--nav`,
 * `section--has-ads`, Elementor's `widget-container`, product descriptions inside <form>). Such a wrapper is
 * kept when it holds several prose paragraphs, which no menu, ad slot or share bar does. Discussion areas are the
 * exception: reader comments are prose too, and never the article. `own`: the element's statistics.
 */
function isStructuralFurniture(
  element: DomElement, stats: StatsTable, layoutClasses: ReadonlySet<string> = new Set(), own: TextStats | undefined = stats.get(element),
  disclosed: ReadonlySet<string> = new Set(), restsAbove: ReadonlySet<string> = new Set(),
): boolean {
  const tag = element.name;
  if (tag === 'html' || tag === 'body') return false;
  // A lightbox <button> around a picture is how the page shows the article's picture.
  // The rest of a story a "Weiterlesen" button shows from a <template> (see isStoryBehindButton) is the story's own.
  if (tag === 'template') return !isStoryBehindButton(element, own);
  if (ALWAYS_DROPPED_TAGS.has(tag)) return tag !== 'button' || isHiddenByMarkup(element.attribs) || !(isPictureBox(element, own) || isHeadingToggle(element) || isColumnSortButton(element));
  if (isAmpStandIn(element)) return true;
  if (own !== undefined && own.chars <= MAX_BUTTON_ROW_CHARS && isButtonRowWithCount(element)) return true;
  if (isFramedGraphicBox(element, own) || isFrameLeadIn(element, own)) return true;
  if (isInteractiveLauncherBox(element, own, stats)) return true;
  if (isLiveReadingBox(element, own)) return true;
  if (isLiveStatusBoard(element, own)) return true;
  if (isProfileCards(element, own)) return true;
  // Lazy-loading pages put the real <img> in <noscript>; anything else in it is a "please enable JavaScript" note.
  if (tag === 'noscript') return !descendantElements(element).some((child) => child.name === 'img') || isAdFallback(element);
  if (isHiddenByMarkup(element.attribs) && !isDisclosedPanel(element, disclosed) && !isDropCapTwin(element) && !isStoryBehindButton(element, own, restsAbove)) return true;
  if (isInactiveTabPane(element)) return true;
  if (isMachineOnlyData(element)) return true;
  if (isHiddenByUtilityClass(element) && (own?.prose ?? 0) < PROSE_GUARD && !isLongPlainText(own) && !isDisclosedPanel(element, disclosed) && !isStoryBehindButton(element, own, restsAbove)) return true;
  // A page whose headline has no classed wrapper has no layout class to look this element's class up among.
  const layoutClass = layoutClasses.size > 0 && layoutClasses.has(element.attribs.class ?? '');
  const tokens = layoutClass ? idTokens(element) : attributeTokens(element);
  const verdict = tokenVerdict(element, tokens);
  // A comment form's notes ("Your email will not be published...") are prose too; the form is still discussion.
  if (verdict === 'discussion') return true;
  if (isLayoutPictureBox(element, verdict, stats)) return false;
  if (verdict !== 'none' && isCaptionCredit(element, own)) return false;
  const prose = own?.prose ?? 0;
  if (tag === 'address') return !isInlineAddressStyle(element) && prose < PROSE_GUARD_FOR[tag] && !isLongPlainText(own);
  if (tag === 'header' && (isPostHeader(element) || isSectionHeader(element))) return false;
  if (tag === 'form' && isPageWideForm(element, own, stats)) return false;
  if (tag === 'form' || tag === 'header') return prose < PROSE_GUARD_FOR[tag] && !isLongPlainText(own);
  if (REGION_TAGS.has(tag)) return !isEditorialNote(element, own) && !isFactBox(element, own, tokens) && !isDocumentNotes(element) && !isOwnSummaryOrNotes(element, own);
  if (isModalOverlay(element) || isConsentBoxByLabel(element)) return true;
  if (isPaywallOffer(element, tokens, own)) return true;
  const role = element.attribs.role?.toLowerCase();
  if (role && FURNITURE_ROLES.has(role)) return prose < PROSE_GUARD && !isLongPlainText(own);
  // Sub-headings carry anchor ids such as `nav_section_2`; only a strong word condemns a heading.
  if (verdict === 'weak-furniture' && (HEADING_TAGS.has(tag) || isHeadingModule(element) || isPanelTitle(element, own))) return false;
  if (verdict === 'weak-furniture' && isSidebarColumn(element)) return true;
  if (verdict === 'weak-furniture' && isContentWidgetBox(element)) return false;
  if (verdict === 'weak-furniture' && isCodeFrame(element)) return false;
  if (verdict === 'weak-furniture' && isDataTableFrame(element, stats)) return false;
  if (verdict === 'weak-furniture' && isPictureTextBox(element)) return false;
  if (isTableControlBar(element, own)) return true;
  if (verdict === 'furniture' && isAnnouncedTable(element, stats)) return false;
  if (verdict === 'furniture' || verdict === 'weak-furniture') return prose < PROSE_GUARD && !isLongPlainText(own) && !(tag === 'main' || (tag === 'article' && hasContentTokens(element)));
  return false;
}

/**
 * Rule "AMP stand-in": an AMP frame shows its child marked `placeholder` while it loads, the one marked `fallback`
 * where it cannot load, and the one marked `overflow` as the button that opens it to its full height. They are the
 * component's, as an ad slot's are (see ALWAYS_DROPPED_TAGS): the poll an <amp-iframe> loads shows its question
 * ("Poll: Is the fare increase fair? Yes / No") as its placeholder, a comment frame its count ("عرض التعليقات (7)") as
 * its overflow button, and neither is story text. An embedded post's placeholder (<amp-twitter>'s blockquote) is the
 * post's own words, which the story quotes: only the frame of another page is judged so.
 */
function isAmpStandIn(element: DomElement): boolean {
  const parent = element.parent;
  return !!parent && isElement(parent) && parent.name === 'amp-iframe' && AMP_STAND_IN_ATTRIBUTES.some((name) => element.attribs[name] !== undefined);
}
const AMP_STAND_IN_ATTRIBUTES = ['placeholder', 'fallback', 'overflow'];

/**
 * Rule "framed graphic's box": a data desk sets a chart, a map or a results graphic that another service draws into
 * the story in a box of its own, the graphic's title as a heading over the <iframe> and its source note under it
 * ("Notre moyenne des sondages" over the frame, "Moyenne pondérée des trois derniers sondages publiés. Infographie :
 * …" under it). The frame goes (see ALWAYS_DROPPED_TAGS), and its title and note were left as a subheading and a line
 * of the story about a graphic the text does not hold. A box whose own children are a heading, the frame right under
 * it and then short lines, no longer than a title and a note, is that graphic's; a story's section under a subheading
 * sets its text between the heading and a frame it embeds, and a picture's box is a picture's.
 *
 * Rule "trailer's frame": entertainment pages set a film's or a series' trailer the same way, a box of its own between
 * the paragraphs with its title over the player's <iframe> ("Watch the trailer", "Watch the trailer of … here:") and
 * the clip's credit under it. Two of its forms are the graphic's box as well: the frame set in the wrapper that keeps
 * a video's proportions (`<div class="video-container"><iframe>`), a box of nothing but the frame, and the title set
 * as a bold line of its own rather than a heading. Neither is a story's paragraph: a paragraph of the story is text
 * beside its bold words, and a wrapper that holds more than the frame is not the frame's.
 *
 * Rule "frame's fallback": a player that another service draws into a review or a chart story (Spotify, SoundCloud,
 * a video host) is set in a box of its own with no title, the frame first and under it the line the site shows where
 * the frame cannot play: "Your browser does not support the video", "브라우저가 동영상 재생을 지원하지 않습니다", the
 * consent wall's "Ce contenu est bloqué car vous n'avez pas accepté les cookies". The line speaks of a frame the text
 * does not hold, as a graphic's note does. Only a box whose own children open with the frame and hold no more than
 * short lines after it, none of them a credit; a story's paragraph after an embedded frame stands in the story's box
 * with the others.
 */
function isFramedGraphicBox(element: DomElement, own: TextStats | undefined): boolean {
  if (!own || own.chars > MAX_FRAMED_GRAPHIC_CHARS || !GRAPHIC_BOX_TAGS.has(element.name)) return false;
  // In document order: the title, the frame right under it, then the notes.
  let step: 'title' | 'frame' | 'notes' = 'title';
  let titled = false;
  for (const child of element.children) {
    if (!isElement(child)) {
      if (step !== 'notes' && child.type === 'text' && normalizeSpace((child as unknown as { data: string }).data) !== '') return false;
      continue;
    }
    if (step === 'title' && (HEADING_TAGS.has(child.name) || (child.name === 'p' && isBoldLine(child)))) {
      step = 'frame';
      titled = true;
    } else if (step !== 'notes' && isFrameOrItsWrapper(child)) step = 'notes';
    else if (step !== 'notes' || !GRAPHIC_NOTE_TAGS.has(child.name)) return false;
    // Rule "frame's fallback": with no title over the frame, a credit under it ("Video: Coastal Whale Watch") is the
    // story's credit of the clip, as a photo's is, and keeps the box.
    else if (!titled && opensWithCreditLabel(normalizeSpace(rawText(child)))) return false;
  }
  return step === 'notes';
}
const GRAPHIC_BOX_TAGS: ReadonlySet<string> = new Set(['div', 'figure', 'section']);

/**
 * Rule "frame's lead-in": a money or a data page announces a tool it frames into the story, a calculator or a
 * lookup, with a bold line of its own right over the frame, set among the story's paragraphs rather than in a box
 * ("Use our calculator below to see how much stamp duty you will pay:", "Check your council's rate here:"). The frame
 * goes (see ALWAYS_DROPPED_TAGS), and its lead-in was left as a line of the story about a tool the text does not hold.
 * Only a bold line that ends on the colon that points at what follows, and only right over the frame or the wrapper
 * of nothing but the frame; a subheading over the story's next section ends on no colon.
 */
function isFrameLeadIn(element: DomElement, own: TextStats | undefined): boolean {
  if (element.name !== 'p' || !own || own.chars > MAX_FRAMED_GRAPHIC_CHARS || !isBoldLine(element) || !POINTING_COLON.test(rawText(element))) return false;
  const next = nextElement(element);
  return next !== null && isFrameOrItsWrapper(next);
}
/**
 * Rule "site's own player": a site that hosts its clips itself sets its player as a <video> element in the same box
 * between the paragraphs, and under it the clip's title and the queue's next clip ("WATCH: …", "Up next: Highlights
 * from …"), lines about a clip the text does not hold, as another service's frame has them.
 */
const FRAME_TAGS: ReadonlySet<string> = new Set(['iframe', 'video']);

/** The colon a lead-in ends on, the Arabic and full-width ones too. */
const POINTING_COLON = /[:：]\s*$/u;

/** An <iframe>, or a wrapper of one level that holds the <iframe> and nothing else (see rule "trailer's frame"). */
function isFrameOrItsWrapper(child: DomElement): boolean {
  if (FRAME_TAGS.has(child.name)) return true;
  if (child.name !== 'div') return false;
  let frame = false;
  for (const node of child.children) {
    if (isElement(node)) {
      if (!FRAME_TAGS.has(node.name) || frame) return false;
      frame = true;
    } else if (node.type === 'text' && normalizeSpace((node as unknown as { data: string }).data) !== '') return false;
  }
  return frame;
}

/**
 * Rule "interactive's launcher box": a map or a graphic too large for the column is set in the story as its still
 * picture, its title and a button that opens it on a page of its own or over the story ("Map: where the rain failed
 * this autumn", "Open map"; "خريطة تفاعلية: …", "افتح الخريطة"). The graphic is not in the text, and its title and
 * button were left as lines of the story about a map the reader does not see. A short box of no prose whose one link
 * or button says it opens the map or the graphic (see INTERACTIVE_LAUNCHER), beside no more than pictures and title
 * lines, is that launcher; a box of the story's figures holds a table or a list, and a caption's box no such button.
 */
function isInteractiveLauncherBox(element: DomElement, own: TextStats | undefined, stats: StatsTable): boolean {
  if (!own || own.prose > 0 || own.chars > MAX_LAUNCHER_BOX_CHARS || own.elements > MAX_LAUNCHER_BOX_ELEMENTS || !GRAPHIC_BOX_TAGS.has(element.name)) return false;
  let launchers = 0;
  for (const child of element.children) {
    if (!isElement(child)) {
      if (child.type === 'text' && normalizeSpace((child as unknown as { data: string }).data) !== '') return false;
      continue;
    }
    const launcher = launcherIn(child);
    if (launcher) {
      if (!INTERACTIVE_LAUNCHER.test(normalizeSpace(rawText(launcher)))) return false;
      launchers++;
      continue;
    }
    if (LAUNCHER_BOX_OTHER_TAGS.has(child.name) || (stats.get(child)?.linkChars ?? 0) > 0) return false;
  }
  return launchers === 1;
}
/**
 * The link or the button a child is, or holds alone in its wrappers: `<a>Open map</a>`, `<p><a>Open map</a></p>`,
 * WordPress's `<div class="wp-block-buttons"><div class="wp-block-button"><a>…</a></div></div>`.
 */
function launcherIn(child: DomElement): DomElement | null {
  let element = child;
  for (let depth = 0; depth <= MAX_LAUNCHER_WRAPPERS; depth++) {
    if (LAUNCHER_TAGS.has(element.name)) return element;
    const inner = element.children.filter(isElement);
    if (inner.length !== 1 || !element.children.every((node) => isElement(node) || normalizeSpace(rawText(node)) === '')) return null;
    element = inner[0];
  }
  return null;
}
/** A paragraph around the link, or a page builder's row of buttons and the button's own box. */
const MAX_LAUNCHER_WRAPPERS = 2;
const LAUNCHER_TAGS: ReadonlySet<string> = new Set(['a', 'button']);
/** What a box of the story's figures holds beside its title, and a launcher's box does not. */
const LAUNCHER_BOX_OTHER_TAGS: ReadonlySet<string> = new Set(['table', 'ul', 'ol', 'dl', 'blockquote', 'form']);
/** A graphic's title, a line of its source and the button's label. */
const MAX_LAUNCHER_BOX_CHARS = 200;
/** A still picture in its wrapper, a title, a note and the button: a launcher is a handful of elements. */
const MAX_LAUNCHER_BOX_ELEMENTS = 12;

/**
 * Rule "live reading box": a site sets a panel of a live reading between a story's paragraphs, the air quality at the
 * nearest station, a river's level, a price of the hour ("Air quality near you", "318 Hazardous", "Rozelle station ·
 * updated 12 minutes ago", "Check another suburb"), which says when it was fetched as an age (see UPDATED_AGE) or,
 * rule "reading's clock", as the time of the day it stands at ("Trânsito agora", "148 km de lentidão", "atualizado às
 * 17h32"; see AS_OF_CLOCK). The reading is of the moment the page was loaded, not of the story, whose own figures are
 * in its sentences or in a table it dates. A short box of no prose and no sentence, whose line holds that labelled age
 * or time beside a figure elsewhere in the box, is that panel; a live blog's post says what happened in a sentence,
 * and a live table of results or prices in a box of its own is left to the rules for a story's tables (see
 * isDataTableFrame).
 */
function isLiveReadingBox(element: DomElement, own: TextStats | undefined): boolean {
  if (!own || own.prose > 0 || own.chars > MAX_LIVE_READING_CHARS || own.elements > MAX_LIVE_READING_ELEMENTS || !GRAPHIC_BOX_TAGS.has(element.name)) return false;
  let aged = false;
  let clocked = false;
  let figure = false;
  let reading = false;
  for (const child of element.children) {
    if (!isElement(child)) continue;
    if (LAUNCHER_BOX_OTHER_TAGS.has(child.name)) return false;
    const line = normalizeSpace(rawText(child));
    if (SENTENCE_IN_LINE.test(line)) return false;
    if (isAgedAsUpdate(line)) aged = true;
    else if (line.length <= MAX_AS_OF_LINE_CHARS && AS_OF_CLOCK.test(line)) clocked = true;
    else if (FIGURE.test(line)) {
      figure = true;
      reading ||= line.length <= MAX_READING_LINE_CHARS;
    }
  }
  // A clock time is stamped on a row of a post's details too ("Updated: 16:52" beside a long labelled field), so a
  // panel stamped with one shows its reading on a short line of its own.
  return (aged && figure) || (clocked && reading);
}
/** A title, the reading and its band, the station and the age, a link: a few short lines. */
const MAX_LIVE_READING_CHARS = 250;
const MAX_LIVE_READING_ELEMENTS = 15;
/** "148 km de lentidão", "318 Hazardous": the reading and its band or unit. */
const MAX_READING_LINE_CHARS = 40;

/**
 * Rule "live status board": transport and travel pages set a feed's board between a story's paragraphs, an airport's
 * departures ("SX101 | Sapporo | 10:05 | On time", "LA 3345 Vila Serrana → Recife · Cancelado"), the roads' and the
 * trains' live incidents ("12:58 A442 Kidderford Road: queues of 20 minutes …"), one row a flight or an incident at
 * its time, and under the rows the moment the board was fetched ("11:12現在", "Atualizado às 13h50", "Updated 4
 * minutes ago") and a link to the whole board. The rows are the service's at the moment the page was loaded, not the
 * story's, which says in its sentences what of it matters. A box of a list or a table most of whose rows, three or
 * more, carry a clock time, none of them a sentence, beside a line that stamps the box as of a time or an age, and no
 * paragraph of prose, is that board; a story's own table of results carries no time on its rows, its timeline no
 * stamp of when it was fetched, and its own list of flights comes with the paragraph that tells of them.
 */
function isLiveStatusBoard(element: DomElement, own: TextStats | undefined): boolean {
  if (!own || own.prose > 0 || own.chars > MAX_STATUS_BOARD_CHARS || own.elements > MAX_STATUS_BOARD_ELEMENTS || !STATUS_BOARD_TAGS.has(element.name)) return false;
  // The rows first: most boxes this small hold no list, and their lines need not be read at all.
  let list: DomElement | null = null;
  for (const child of element.children) {
    if (!isElement(child) || !STATUS_ROWS_TAGS.has(child.name)) continue;
    if (list) return false;
    list = child;
  }
  if (!list) return false;
  const rows = list.name === 'table' ? descendantElements(list).filter((row) => row.name === 'tr' && row.children.some((cell) => isElement(cell) && cell.name === 'td')) : list.children.filter((item): item is DomElement => isElement(item) && item.name === 'li');
  if (rows.length < MIN_STATUS_ROWS || !element.children.some((child) => isElement(child) && child !== list && isAsOfStamp(normalizeSpace(rawText(child))))) return false;
  let timed = 0;
  for (const row of rows) {
    const line = normalizeSpace(rawText(row));
    if (SENTENCE_IN_LINE.test(line)) return false;
    if (ROW_CLOCK.test(line)) timed++;
  }
  return timed * 2 > rows.length;
}
/** A few rows of a flight or an incident each, their stamp and a link. */
const MAX_STATUS_BOARD_CHARS = 700;
const MAX_STATUS_BOARD_ELEMENTS = 60;
const MIN_STATUS_ROWS = 3;
const STATUS_BOARD_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'aside', 'figure']);
const STATUS_ROWS_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'table']);
/** A row's time: "10:05", "14h05". */
const ROW_CLOCK = /(?<!\d)\d{1,2}[:h][0-5]\d(?!\d)/u;

/** The line that says when the board was fetched: an age labelled as its update, or a time labelled as the moment it shows. */
function isAsOfStamp(line: string): boolean {
  return line.length > 0 && line.length <= MAX_AS_OF_LINE_CHARS && (isAgedAsUpdate(line) || AS_OF_CLOCK.test(line));
}

/** A line that closes on an age labelled as the update ("updated 12 minutes ago", see UPDATED_AGE). */
function isAgedAsUpdate(line: string): boolean {
  const age = UPDATED_AGE.exec(line);
  return !!age && isRelativeStamp(age[1].trim());
}
/** The stamp and the board's link beside it. */
const MAX_AS_OF_LINE_CHARS = 80;

/**
 * Rule "profile cards": an election story sets the candidates' cards between its paragraphs, as a sports story sets
 * the players' and a business story the executives': a portrait and a few fields filled from the desk's database
 * under it ("Rosaura Treviño", "Coalición Avanza", "Edad: 47 años", "Trayectoria: regidora (2018-2021) …"), one card
 * a person, all alike, under a heading of the box ("Los candidatos"). Read as text they became a run of fragments
 * between the story's sentences, which say of the people what matters. A box of two or more cards of one tag and
 * class, each a picture and short lines with no sentence and no link, behind at most a heading, is that row; a
 * gallery's pictures carry captions written as sentences, and a row of teasers links its stories.
 */
function isProfileCards(element: DomElement, own: TextStats | undefined): boolean {
  if (!own || own.prose > 0 || own.linkChars > 0 || own.chars > MAX_PROFILE_CARDS_CHARS || !PROFILE_CARDS_TAGS.has(element.name)) return false;
  // A wrapper of one box is no row; read as one, each wrapper of a deep chain read its whole subtree's text again.
  if (element.children.filter(isElement).length < MIN_PROFILE_CARDS) return false;
  let cards = 0;
  let cardClass: string | undefined;
  for (const child of element.children) {
    if (!isElement(child)) {
      if (child.type === 'text' && normalizeSpace((child as unknown as { data: string }).data) !== '') return false;
      continue;
    }
    if (cards === 0 && cardClass === undefined && HEADING_TAGS.has(child.name)) continue;
    const key = `${child.name}.${child.attribs.class ?? ''}`;
    if ((cardClass !== undefined && key !== cardClass) || !isProfileCard(child)) return false;
    cardClass = key;
    cards++;
  }
  return cards >= MIN_PROFILE_CARDS;
}
const PROFILE_CARDS_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'ul', 'aside']);
const MIN_PROFILE_CARDS = 2;
/** A few cards of a name, an affiliation and two or three fields each. */
const MAX_PROFILE_CARDS_CHARS = 1_200;

/** A card: a picture and two lines or more, each short and holding no sentence (a slide's caption holds one). */
function isProfileCard(card: DomElement): boolean {
  // The picture is looked for first: the lines' text is read only in a box that sets one beside them.
  if (!card.children.some((child) => isElement(child) && PROFILE_PICTURE_TAGS.has(child.name))) return false;
  let picture = false;
  let lines = 0;
  for (const child of card.children) {
    if (!isElement(child)) {
      if (child.type === 'text' && normalizeSpace((child as unknown as { data: string }).data) !== '') return false;
      continue;
    }
    if (child.name === 'img' || child.name === 'picture' || (child.name === 'figure' && normalizeSpace(rawText(child)) === '')) {
      picture = true;
      continue;
    }
    const line = normalizeSpace(rawText(child));
    if (line.length > MAX_PROFILE_LINE_CHARS || SENTENCE_IN_LINE.test(line)) return false;
    if (line) lines++;
  }
  return picture && lines >= MIN_PROFILE_LINES;
}
const PROFILE_PICTURE_TAGS: ReadonlySet<string> = new Set(['img', 'picture', 'figure']);
const MAX_PROFILE_LINE_CHARS = 100;
const MIN_PROFILE_LINES = 2;
/** A full stop after a word, before a space, the end or the next block's text run on without one ("door.Foto: …"). */
const SENTENCE_IN_LINE = /\p{L}[.!?。！？](?:\s|$|\p{Lu})/u;
/** The lines around the frame: its note, its source, its caption. */
const GRAPHIC_NOTE_TAGS: ReadonlySet<string> = new Set(['p', 'span', 'div', 'small', 'figcaption', 'cite']);
/** A graphic's title and a note of a sentence or two. */
const MAX_FRAMED_GRAPHIC_CHARS = 300;

/**
 * Rule "code block's frame": syntax highlighters wrap a code block with its buttons ("Copy", the language's name) in a
 * box named for the bar the buttons sit in (Prism's `code-toolbar`, `code-header`), a weak furniture word. The box
 * whose own child is the <pre> frames the story's code; the bar inside it is judged, and goes, on its own.
 */
function isCodeFrame(element: DomElement): boolean {
  return element.children.some((child) => isElement(child) && child.name === 'pre');
}

/**
 * Rule "table's control bar": a sortable or live table comes with a bar of controls right above or below it, in a box
 * of its own: the sort buttons under their label ("Sortieren nach: Name Veränderung"), a refresh link or button
 * ("Aktualisieren", "Refresh"), a rows-per-page picker. With the controls gone their labels were left as a line of
 * the story ("Sortieren nach: Aktualisieren"). A short box with no sentence in it, beside a table, that holds a button,
 * a picker or a field, is the table's controls; a caption or a source note beside the table holds no control.
 */
function isTableControlBar(element: DomElement, own: TextStats | undefined): boolean {
  if (!own || own.prose > 0 || own.chars > MAX_CONTROL_BAR_CHARS || !CONTROL_BAR_TAGS.has(element.name)) return false;
  if (nextElement(element)?.name !== 'table' && previousElement(element)?.name !== 'table') return false;
  return descendantElements(element).some((child) => TABLE_CONTROL_TAGS.has(child.name));
}
const CONTROL_BAR_TAGS = new Set(['div', 'p', 'form', 'nav']);
const TABLE_CONTROL_TAGS = new Set(['button', 'select', 'input']);
/** A label, a few buttons' names and a link: "Sortieren nach: Name Veränderung Aktualisieren". */
const MAX_CONTROL_BAR_CHARS = 120;

/**
 * Rule "announced table, whatever its class": a trade paper sets the week's figures the story reports into its text
 * as a table of its own (the lanes' spot rates, the berths' waiting ships), right under the story's sentence that
 * announces it with a colon ("The week's moves on the main lanes were as follows:"), and its CMS names the table for
 * what it holds (`rates-table`), the name a lender's feed gives its box of the day's rates (rule "rate box"). The
 * feed's box stands in a box of its own under its title; a table the story's own sentence announces, in the flow of
 * its paragraphs, is the story's (see rule "table the story announces"), whatever its class says. Only the table
 * itself: a box around it named so is the box's.
 */
function isAnnouncedTable(element: DomElement, stats: StatsTable): boolean {
  return element.name === 'table' && isAnnouncedByText(element, stats);
}

/**
 * Rule "results table's frame": results services and data desks hand a story's table to the CMS in a box named for the
 * widget it came from (`results-widget`, `table-widget`), the table under its column headings and the line the
 * service sets over it (precincts reporting, a refresh button), between the story's paragraphs: an election night's
 * vote count, a poll's figures. The weak `widget` word took the story's table with it. A box whose own child is a
 * table under column headings and that stands beside a paragraph of the story's prose frames the story's table; a
 * rail's widget of standings stands beside other widgets, not beside the story's paragraphs, and a widget the site
 * sets into the story titles itself ("League table", "Markets") where the story's table stands under the story's
 * own subheading, outside the box (or in a title line of its own, rule "widget's own title line"). The service may give a race as a list instead, one line a candidate ("Jane Roe
 * (D): 29,641 votes (61.2%)"): a list whose every item gives a figure and links nowhere is such a table; a widget's
 * list of stories links each item.
 */
function isDataTableFrame(element: DomElement, stats: StatsTable): boolean {
  let table = false;
  let first = true;
  for (const child of element.children) {
    if (!isElement(child)) continue;
    if (HEADING_TAGS.has(child.name) || (first && isTitleLine(child))) return false;
    first = false;
    table ||= (child.name === 'table' && hasColumnHeadings(child)) || ((child.name === 'ul' || child.name === 'ol') && isFiguresList(child));
  }
  if (!table) return false;
  const parent = element.parent;
  return !!parent && isElement(parent) && parent.children.some((sibling) => sibling !== element && isElement(sibling) && sibling.name === 'p' && (stats.get(sibling)?.prose ?? 0) > 0);
}

/**
 * Rule "widget's own title line": a results widget titles itself as often in a line of its own as in a heading tag
 * ("<div class="ww-head">Ergebnis OB-Wahl Bad Lindenau</div>" over the count's status and the candidates' shares), and
 * is the site's widget all the same, the story's figures being in its sentences. A box's first line that is bare
 * text with no figure, and no more than a title's length, is that title; the status line a results service opens the
 * story's table's frame with counts ("Precincts reporting: 118 of 118"), and a story's table comes under the story's
 * own subheading, outside the box.
 */
function isTitleLine(element: DomElement): boolean {
  if (!TITLE_LINE_TAGS.has(element.name) || !element.children.every(isTitlePart)) return false;
  const text = normalizeSpace(rawText(element));
  return text.length > 0 && text.length <= MAX_TITLE_LINE_CHARS && !FIGURE.test(text) && !/[.!?:]$/u.test(text);
}
const TITLE_LINE_TAGS: ReadonlySet<string> = new Set(['div', 'p', 'span', 'strong', 'b']);

/**
 * Rule "title line with its badge": a live widget sets its name and a badge beside it in parts of one line ("<div
 * class="aqi-head"><span>Nairobi Air Quality Index</span> <span>LIVE</span></div>" over the reading, the pollutants'
 * figures and "Updated 5 minutes ago"); the line is the widget's title all the same. Its parts are words in inline
 * elements, with nothing inside them; a status line's figure still tells it from a title.
 */
function isTitlePart(node: DomNode): boolean {
  return !isElement(node) || (TITLE_PART_TAGS.has(node.name) && node.children.every((child) => !isElement(child)));
}
const TITLE_PART_TAGS: ReadonlySet<string> = new Set(['span', 'strong', 'b', 'em', 'i', 'small']);
const MAX_TITLE_LINE_CHARS = 80;

/** Two items or more, each a line with a figure in it and no link. */
function isFiguresList(list: DomElement): boolean {
  let items = 0;
  for (const item of list.children) {
    if (!isElement(item)) continue;
    if (item.name !== 'li' || !FIGURE.test(rawText(item)) || descendantElements(item).some((child) => child.name === 'a')) return false;
    items++;
  }
  return items > 1;
}
const FIGURE = /\p{Nd}/u;

/**
 * Rule "sidebar column": a box whose class or id is the sidebar's name and nothing more (`<div id="sidebar">`,
 * `class="sidebar-left"`) is the column beside the story, whatever it holds: small sites fill it with notices and an
 * events list written as sentences, which the prose guard would keep. A layout wrapper is named after the sidebar it
 * sits beside with more words (`main-has-sidebar`, `with-sidebar`), and a box holding the headline is never removed.
 */
function isSidebarColumn(element: DomElement): boolean {
  const { class: className, id } = element.attribs;
  return SIDEBAR_NAMES.has(id?.trim().toLowerCase() ?? '') || (className?.trim().split(/\s+/) ?? []).some((value) => SIDEBAR_NAMES.has(value.toLowerCase()));
}
const SIDEBAR_NAMES: ReadonlySet<string> = new Set(['sidebar', 'sidebar-left', 'sidebar-right', 'left-sidebar', 'right-sidebar', 'sidebar_left', 'sidebar_right']);

/**
 * Rule "content widget's box": page builders wrap every widget's output in a box of one class for the whole page
 * (Elementor's `elementor-widget-container`), and name the widget around it by what it shows: the post's text sits in
 * `elementor-widget-theme-post-content > elementor-widget-container`. Where the headline's widget has no such box
 * (newer Elementor leaves it out of the heading widget), the headline's layout classes do not name it, and the box
 * whose only furniture word is the weak `widget` went with the whole story when its paragraphs were too short in
 * characters for the prose guard (Chinese ones are), and the post excerpt's box (`…-theme-post-excerpt`) with the
 * dek. The only box inside a box whose words name the content, holding paragraphs or bare text, is that content's
 * inner wrapper; a video player or a rating table alone in a content box holds neither.
 */
function isContentWidgetBox(element: DomElement): boolean {
  const parent = element.parent;
  if (!parent || !isElement(parent) || !hasContentTokens(parent) || wordsVerdict(attributeTokens(parent)) !== 'none') return false;
  const alone = parent.children.every((child) => child === element || (!isElement(child) && normalizeSpace(rawText(child)) === ''));
  return alone && (element.children.some((child) => isElement(child) && child.name === 'p') || !element.children.some(isElement));
}

/**
 * Rule "ad tag's fallback": an ad tag is a script that writes the banner in place (`document.write`), and after it a
 * <noscript> shows readers without scripts the same banner, a picture in the ad server's click-through link, and
 * often the advertiser's line under it ("Advertisement: … - Open an account today"). A lazy-loaded picture's
 * <noscript> follows its placeholder <img>, not a script.
 */
function isAdFallback(noscript: DomElement): boolean {
  let before = noscript.prev;
  while (before && (before.type === 'text' ? !(before.data ?? '').trim() : before.type === 'comment')) before = before.prev;
  return before?.type === 'script' && descendantElements(noscript).some((child) => child.name === 'img' && child.parent?.type === 'tag' && (child.parent as DomElement).name === 'a');
}

/**
 * Rule "paywall offer": the box a paywall or a registration wall sets where the story is cut off ("Gleich können Sie
 * weiterlesen!", "3 € / Monat", "Jetzt weiterlesen", a sign-in form) is named for the wall and holds no prose
 * paragraph, or one that spells out the offer ("Sie haben Zugriff auf diesen Artikel nur mit einem Abonnement.
 * Testen Sie AR+ 30 Tage kostenlos – danach 2,95 € pro Woche") beside its button, in a box no longer than an offer.
 * Sites also name the story's own paragraphs for the wall, one by one (`<p class="paywall">`) or in a wrapper around
 * them all: those are prose without a button beside them, and stay. Piano, the paywall most news sites rent, names
 * the containers its offers are drawn in after itself ("piano-offer", "piano-inline"), and after Tinypass, the name it
 * had, where sites copy its own markup ("tp-container-inner", "tp-modal", a meter's "tp-meter-inline": "Has alcanzado
 * el límite de 10 notas gratuitas este mes").
 */
function isPaywallOffer(element: DomElement, tokens: ReadonlySet<string>, own: TextStats | undefined): boolean {
  const prose = own?.prose ?? 0;
  if (prose > 1 || !BOX_TAGS.has(element.name) || firstMatch(tokens, PAYWALL_TOKENS) === null) return false;
  if (holdsDenseParagraphs(element) || holdsLockedSentences(element)) return false;
  return prose === 0 || (own !== undefined && own.chars <= MAX_PAYWALL_OFFER_CHARS && descendantElements(element).some(isOfferButton));
}

/**
 * Rule "locked paragraphs in a dense script": the paragraphs a Japanese, Chinese or Korean site wraps for its wall
 * (`<div class="paywall"><p>一方、米国では…</p><p>市場関係者の間では…</p></div>`) say in fifty characters what a Latin
 * paragraph says in a hundred and twenty, and fall short of prose by count of characters; weighed as a reader weighs
 * those scripts, two of them are the story's locked text, not the wall's offer. Read only for a box named for the wall.
 */
function holdsDenseParagraphs(element: DomElement): boolean {
  let paragraphs = 0;
  for (const paragraph of descendantElements(element)) {
    if (paragraph.name === 'p' && readingLength(rawText(paragraph)) >= PROSE_MIN_CHARS && ++paragraphs > 1) return true;
  }
  return false;
}
/**
 * Rule "locked sentences without an offer": a box named for the wall that holds the story's locked text
 * (`<div class="paywall-content"><p>Ifølge saksdokumentene skal …</p></div>`) may hold a single paragraph shorter than
 * prose. An offer asks the reader to act, so it always carries a link, a button, a form or its headline; a box of
 * nothing but whole sentences in paragraphs, with none of those, is the story's text the wall wraps, and stays.
 */
function holdsLockedSentences(element: DomElement): boolean {
  let sentences = 0;
  for (const child of descendantElements(element)) {
    if (OFFER_PARTS.has(child.name) || HEADING_TAGS.has(child.name)) return false;
    if (child.name !== 'p') continue;
    const text = normalizeSpace(rawText(child));
    if (readingLength(text) < MIN_LOCKED_SENTENCE_CHARS || !SENTENCE_END.test(text)) return false;
    sentences += text.length;
  }
  return sentences > 0 && sentences >= normalizeSpace(rawText(element)).length;
}
const OFFER_PARTS = new Set(['a', 'button', 'form', 'input', 'select']);
/** A sentence of a story's report, longer than the wall's own "Denne saken er for abonnenter." */
const MIN_LOCKED_SENTENCE_CHARS = 60;
const SENTENCE_END = /[.!?…]["'»”’)]*$/u;
const PAYWALL_TOKENS: ReadonlySet<string> = new Set(['paywall', 'regwall', 'registerwall', 'salewall', 'piano', 'tinypass', 'tp-container', 'tp-modal', 'tp-meter']);
/** A headline, the offer's sentence or two, a button and a sign-in line. */
const MAX_PAYWALL_OFFER_CHARS = 400;

/** A button, or a link of its own beside the offer's paragraph rather than inside it: the wall's button. */
function isOfferButton(element: DomElement): boolean {
  if (element.name === 'button') return true;
  return element.name === 'a' && !!element.parent && isElement(element.parent) && !PROSE_PARENT_TAGS.has(element.parent.name);
}
const PROSE_PARENT_TAGS = new Set(['p', 'blockquote', 'li', 'dd']);

/**
 * Rule "modal overlay": `aria-modal="true"` says the box is laid over the page and shuts the page off while it is
 * open: a consent centre, a sign-in or paywall prompt. Such a box holds pages of policy prose (one paragraph per
 * cookie purpose), so the prose guard that keeps a furniture-looking wrapper of the story would keep it too, and
 * with no class word to name it, it outscored a short story. A story shown in a modal reader holds the headline,
 * which is never removed.
 */
function isModalOverlay(element: DomElement): boolean {
  return element.attribs['aria-modal']?.toLowerCase() === 'true';
}

/**
 * Rule "consent box named for screen readers": a cookie banner that is no dialog (a bar pinned to the foot of the
 * page, `<div role="region" aria-label="Cookie-Hinweis">`) carries no class a template names it by where utility or
 * hashed classes style it, but its accessible name says what it is, in any language the banner speaks ("Cookie
 * settings", "Gestion des cookies", "Consentimiento de cookies"). Its notice is a sentence or two of prose that,
 * printed after the story, drew the story's end down past the footer to itself.
 */
function isConsentBoxByLabel(element: DomElement): boolean {
  const label = element.attribs['aria-label'];
  return label !== undefined && CONSENT_LABEL.test(label);
}
const CONSENT_LABEL = /cookie|consent|gdpr|\bdsgvo\b|ملفات تعريف الارتباط/iu;

/**
 * Rule "credit in its caption": templates set a picture's credit in an element of its own inside the caption
 * (`<figcaption>Harbour at dawn <span class="copyright">Foto: Jane Doe</span></figcaption>`), named by the same
 * words as the page's copyright footer. Inside a caption, or set as a caption is, on the picture or beside its
 * caption (captions.ts), it is the picture's credit, which the images pass reads from there; the text walk skips
 * captions, so keeping it puts nothing into the body. A caption's byline is left
 * out: a player's caption box names the clip's writer, its length and its date, not a picture's credit; one that
 * opens with a credit's label ("<span class="tnt-byline">Courtesy of the Doe family</span>") is the picture's credit,
 * and so is one signed as photographers sign, the name and the paper after a slash (TownNews' "<div
 * class="tnt-byline">JANE DOE/The Courier</div>"): a writer's byline names no paper that way.
 * A credit box that holds, beside its credit, more than a label in an element of its own is left out too: that is
 * the caption text.
 */
function isCaptionCredit(element: DomElement, own: TextStats | undefined): boolean {
  if (!own || own.chars > MAX_CAPTION_CREDIT_CHARS || !isCreditBox(element)) return false;
  const text = normalizeSpace(rawText(element));
  if (attributeTokens(element).has('byline') && !opensWithCreditLabel(text) && !isSignedSource(text)) return false;
  return !descendantElements(element).some((inner) => holdsOtherText(inner, text)) && (isInsideCaption(element) || isPictureCredit(element));
}

/** An element inside a credit box that is neither its label nor a wrapper of the whole credit. */
function holdsOtherText(inner: DomElement, creditText: string): boolean {
  const text = normalizeSpace(rawText(inner));
  return text.length > MAX_CREDIT_LABEL_CHARS && text !== creditText;
}

function isInsideCaption(element: DomElement): boolean {
  let ancestor = element.parent;
  for (let level = 0; ancestor && isElement(ancestor) && level < CAPTION_REACH; level++, ancestor = ancestor.parent) {
    if (isCaptionElement(ancestor)) return true;
  }
  return false;
}
/** As long as a credit line gets; a longer box inside a caption is more than its credit. */
const MAX_CAPTION_CREDIT_CHARS = 100;
/** "Photo credit:", "Bildquelle:": the label a credit box may set in an element of its own. */
const MAX_CREDIT_LABEL_CHARS = 20;

/**
 * Rule "editor's note": templates set a correction or an editor's note in an <aside> (or a <footer>) at the top or
 * the bottom of the story ("Correction: An earlier version of this article…", "Anm. d. Red.: …"). It is the
 * newsroom's word about this very story, which a reader of the record needs, not a box about other pages. It is
 * known by the label it opens with, in a box no longer than such a note.
 */
export function isEditorialNote(element: DomElement, own: TextStats | undefined): boolean {
  if (!own || own.chars > MAX_EDITORIAL_NOTE_CHARS) return false;
  return EDITORIAL_NOTE_LABEL.test(normalizeSpace(rawText(element)).toLowerCase());
}
const MAX_EDITORIAL_NOTE_CHARS = 800;

/**
 * Rule "fact box": a story sets its key facts or background ("Key facts", "Hintergrund", "En chiffres") in an <aside>
 * between two of its paragraphs, a heading over a list or a few lines, written by the newsroom for this story. A
 * sidebar, a related box or a promotion never stands between two paragraphs of the text, and is mostly links.
 *
 * Rule "closing fact box": the box may also close the story's text, after its last paragraph, when it lists its
 * facts (a list under the heading, "Births last year: 2,140"); an author's note or a promotion there is lines of
 * prose. A fact may cite its source with a link ("the trust's <a>maternity review</a> is open until …"): a box whose
 * text is mostly its own words, its links inside its lines, is the newsroom's, where a related box opens each line
 * with the headline it links, however long the teaser after it.
 *
 * Rule "fact box before the partner's box": a travel story's "Getting there / Where to stay" box closes its text, and
 * the template may still set a booking partner's or a shop's box under it, inside the same container: the box closes
 * the text as long as no paragraph of the text follows it.
 */
function isFactBox(element: DomElement, own: TextStats | undefined, tokens: ReadonlySet<string>): boolean {
  if (element.name !== 'aside' || isNamedWidget(tokens) || !own || own.chars > MAX_FACT_BOX_CHARS || linkDensity(own) >= MAX_FACT_BOX_LINK_DENSITY) return false;
  if (own.linkChars > 0 && descendantElements(element).some(opensWithLink)) return false;
  const heading = element.children.find(isElement);
  if (!heading || !HEADING_TAGS.has(heading.name) || previousElement(element)?.name !== 'p') return false;
  const next = nextElement(element);
  return next?.name === 'p' || (!followedByParagraph(next) && element.children.some((child) => isElement(child) && FACT_LIST_TAGS.has(child.name)));
}

/**
 * Rule "widget between the paragraphs": energy and markets pages set a feed's box between a story's paragraphs as a
 * fact box is set, a heading over a list and a line under it ("Live wholesale prices", "QLD $84/MWh", "Source: market
 * data, updated every 5 minutes"), and the template names it for the widget it is (`spot-widget`, `price-widget`,
 * `weather-widget`): filled from the feed, the same beside every story. The newsroom's fact box is written for this
 * story and named for its facts (`factbox`, `key-facts`) or not at all.
 */
function isNamedWidget(tokens: ReadonlySet<string>): boolean {
  return (tokens.has('widget') || tokens.has('widgets')) && !FACT_BOX_WORDS.some((word) => tokens.has(word));
}
/** A box the template names for its facts is the newsroom's, whatever widget its theme also calls it. */
const FACT_BOX_WORDS = ['fact', 'facts', 'factbox', 'keyfacts'];

/** Whether a paragraph of the text stands at or after this sibling. */
function followedByParagraph(sibling: DomElement | null | undefined): boolean {
  for (let at = sibling; at; at = nextElement(at)) if (at.name === 'p') return true;
  return false;
}
const MAX_FACT_BOX_CHARS = 1500;

/** A line (a list item, a paragraph, a term's value) whose first words are a link. */
function opensWithLink(line: DomElement): boolean {
  if (!FACT_LINE_TAGS.has(line.name)) return false;
  const first = line.children.find((child) => !(child.type === 'text' && (child.data ?? '').trim() === ''));
  return !!first && isElement(first) && (first.name === 'a' || (first.children.length === 1 && isElement(first.children[0]) && first.children[0].name === 'a'));
}
const FACT_LINE_TAGS: ReadonlySet<string> = new Set(['li', 'p', 'dd']);
const MAX_FACT_BOX_LINK_DENSITY = 0.3;
const FACT_LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'dl']);

/**
 * Rule "the work's notes": Pandoc sets a text's endnotes in an <aside role="doc-endnotes"> (Digital Publishing ARIA's
 * role for the notes of the work it closes), and other writing tools mark a footnote `doc-footnote`. The role says
 * they are the article's own notes, which the text's numbers cite, not a box beside the page.
 */
function isDocumentNotes(element: DomElement): boolean {
  const role = element.attribs.role?.toLowerCase();
  return role === 'doc-endnotes' || role === 'doc-footnote' || isNotesLinkedBack(element);
}

/**
 * Rule "notes linked back": Markdown renderers and blog engines (kramdown, markdown-it, Hugo) set the notes in an
 * <aside class="footnotes"> or a <div> without a role, as a numbered list whose every item has the id the text's
 * number links to and a link back to that number ("↩"). A tag row or a box of links beside the story has neither.
 */
function isNotesLinkedBack(element: DomElement): boolean {
  const list = element.children.find((child): child is DomElement => isElement(child) && child.name === 'ol');
  const notes = list?.children.filter(isElement) ?? [];
  return notes.length > 0 && notes.every((note) => note.name === 'li' && !!note.attribs.id
    && descendantElements(note).some((link) => link.name === 'a' && (link.attribs.href ?? '').startsWith('#')));
}

/**
 * Rule "the text's own summary and notes": think tanks' and journals' templates set a paper's executive summary in an
 * <aside> over its first section, and its endnotes in a <footer> of the article or an <aside> after its last one,
 * each under the heading that says what it is ("Executive Summary", "Kurzfassung", "Endnotes", "Anmerkungen",
 * "Références", "الهوامش"). The summary is the paper's opening, the notes its sources, written for this text; a
 * sidebar's box is headed for what it links to, and is mostly links.
 */
function isOwnSummaryOrNotes(element: DomElement, own: TextStats | undefined): boolean {
  if (!own || own.chars > MAX_OWN_PART_CHARS || linkDensity(own) >= MAX_FACT_BOX_LINK_DENSITY) return false;
  const heading = element.children.find(isElement);
  return !!heading && HEADING_TAGS.has(heading.name) && OWN_PART_HEADING.test(normalizeSpace(rawText(heading)));
}
/** A summary of a paper, or its notes: a page or two. */
const MAX_OWN_PART_CHARS = 5000;

/** Whether the form a field sits in is the page-wide one (see rule "page-wide form"). */
function inPageWideForm(field: DomElement, stats: StatsTable): boolean {
  for (let node = field.parent; node && isElement(node); node = node.parent) {
    if (node.name === 'form') return isPageWideForm(node, stats.get(node), stats);
  }
  return false;
}

/**
 * Rule "page-wide form": ASP.NET WebForms (and other postback frameworks) wrap the whole page in one <form> so that
 * every button posts the page back: the masthead, the sidebars and the story all sit inside it. Such a form is the
 * page, not a search, sign-up or comment form on it; it is known by holding nearly all of the page's text.
 */
function isPageWideForm(element: DomElement, own: TextStats | undefined, stats: StatsTable): boolean {
  let body: DomNode | null = element.parent;
  while (body && !(isElement(body) && body.name === 'body')) body = body.parent;
  const page = body ? stats.get(body) : undefined;
  return !!own && !!page && page.chars > 0 && own.chars >= page.chars * PAGE_WIDE_SHARE;
}
/** The share of the page's text a form holds when it wraps the page: a comment form beside a story holds far less. */
const PAGE_WIDE_SHARE = 0.9;

/** Prose paragraphs that make a furniture-looking wrapper worth keeping. */
const PROSE_GUARD = 3;
/**
 * <address> is, by HTML's definition, the contact information of the article or page around it (its author's
 * mail, a last-modified line): never the story, though a site that misuses it for a paragraph keeps that.
 */
const PROSE_GUARD_FOR: Record<string, number> = { form: 2, header: 3, address: 2 };

/**
 * Rich-text editors offer "Address" as a paragraph style, and writers pick it for a centred caption between two
 * paragraphs. Contact information closes its article; an <address> with a paragraph after it is that style.
 */
function isInlineAddressStyle(element: DomElement): boolean {
  const parent = element.parent;
  if (!parent) return false;
  let styled = addressesBeforeProse.get(parent);
  if (!styled) {
    styled = addressesFollowedByProse(parent);
    addressesBeforeProse.set(parent, styled);
  }
  return styled.has(element);
}
/**
 * Found once per parent, by one pass from its last child: asked of each <address> in turn, a look along the siblings
 * after each one read a run of thousands of them once per address.
 */
const addressesBeforeProse = new WeakMap<DomNode, Set<DomElement>>();

function addressesFollowedByProse(parent: DomNode): Set<DomElement> {
  const styled = new Set<DomElement>();
  const children = parent.children ?? [];
  let proseAfter = false;
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index];
    if (!isElement(child)) continue;
    if (child.name === 'address' && proseAfter) styled.add(child);
    else if (child.name === 'p' && !proseAfter && normalizeSpace(rawText(child)) !== '') proseAfter = true;
  }
  return styled;
}

/** Text written without <p> (tables, line breaks) also shows prose by sheer length with few links. */
function isLongPlainText(stats: TextStats | undefined): boolean {
  return !!stats && stats.chars >= 1500 && linkDensity(stats) < 0.25;
}


function hasContentTokens(element: DomElement): boolean {
  return firstMatch(attributeTokens(element), CONTENT_TOKENS) !== null;
}

/**
 * Rule "structured data for machines": themes print the microdata of a post, their own or a teaser's, in spans a
 * stylesheet hides, named for it (Enfold's `<span class="av-structured-data" itemprop="image"><span
 * itemprop="url">https://…/pic.jpg</span><span itemprop="height">720</span>…`, its author, its dates, its headline):
 * values for search engines, which a reader never sees and the body would print as a run of addresses and numbers.
 * Both the class and a microdata attribute are needed: the class alone may be a theme's name for a visible box.
 */
function isMachineOnlyData(element: DomElement): boolean {
  const { class: className, itemprop, itemscope } = element.attribs;
  return className !== undefined && (itemprop !== undefined || itemscope !== undefined) && MACHINE_DATA_CLASS.test(className);
}
const MACHINE_DATA_CLASS = /structured-?data/i;

/**
 * Rule "hidden by a utility class": CSS frameworks hide an element with one class (Bootstrap's `hidden` and `d-none`,
 * Tailwind's `hidden`, Bulma's `is-hidden`, Foundation's `hide`; Webflow's CMS hides a switched-off field with
 * `w-condition-invisible`), and templates ship boxes that way for scripts to show to some readers only: the paywall's
 * offer and the sign-in prompt inside a free story, a video player's "auto-play soon" overlay, a collapsed list of
 * reviews. A class that shows the element again at some screen width (`d-none d-md-block`, `hidden md:flex`) means it
 * is on screen there. A hidden box of several prose paragraphs is kept, as the region words' wrappers are: the story a
 * script reveals when it has loaded, or to a subscriber, is still the story, and so is a paragraph of it hidden alone
 * (soft paywalls class each paragraph past the cut). Only boxes are taken out: a hidden inline element is a separator
 * the headline's parts are printed with ("<span class="hide">: </span>"), which a text reader keeps to keep the words
 * apart.
 */
function isHiddenByUtilityClass(element: DomElement): boolean {
  const className = element.attribs.class;
  if (className === undefined || !BOX_TAGS.has(element.name) || !HIDING_CLASS.test(className)) return false;
  return !className.toLowerCase().split(/\s+/).some((token) => SHOWING_CLASS.test(token));
}
const HIDING_CLASS = /(?:^|\s)(?:hidden|d-none|is-hidden|hide|w-condition-invisible)(?:\s|$)/i;
const SHOWING_CLASS = /^(?:d-\w+-(?:block|flex|inline|inline-block|inline-flex|grid|table|table-cell|contents)|[\w-]+:(?:block|flex|inline|inline-block|inline-flex|grid|table|contents)|visible-\w+)$/;
/**
 * The elements that box other elements, as a paywall's offer or a sign-in prompt is boxed; not the paragraphs, list
 * items and inline elements that hold one piece of text, which is the story's own when a wall names it.
 */
const BOX_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'aside', 'form', 'ul', 'ol', 'figure', 'table', 'header', 'footer', 'nav', 'dl']);
