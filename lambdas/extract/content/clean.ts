/**
 * Stage 1: remove page furniture before anything is scored, so that a long comment thread or a "most read" box
 * cannot win the scoring and the chosen container carries no boilerplate.
 *
 * Two passes: structural (tags, ARIA roles, hidden markers, class/id tokens) and then textual (furniture headings,
 * "read also" plugs, counters, share links), the second on fresh text statistics.
 * Nothing that contains the headline or a declared article body is ever removed: a page-wide wrapper with a
 * class like `has-sidebar` must not take the article with it.
 */
import { isHiddenByMarkup, normalizeSpace } from '../dom-walk';
import { type DomElement, type DomNode, descendantElements, HEADING_TAGS, isElement, isHeadingToggle, isLivePost, rawText, removeNodes, SECTION_HEADING_TAGS } from './dom';
import { embeddedPostFurniture } from './embeds';
import { CAPTION_REACH, isCaptionElement } from './captions';
import { PLAYER_TOKENS } from './decorative-images';
import { isCreditBox, isScreenReaderOnly } from './picture-credits';
import { isPictureBox } from './picture-elements';
import { type ElementIndex, indexElements, linkDensity, measureSubtree, measureTree, remeasureAfterRemoval, type StatsTable, type TextStats } from './measure';
import { attributeTokens, firstMatch, idTokens } from './tokens';
import {
  ABOUT_US_HEADING, AD_LABEL, BOILERPLATE_TOKENS, CALL_TO_ACTION, COMMENT_TOKENS, CONTENT_TOKENS, COUNTER_TEXT, DISCUSSION_TOKENS, EDITORIAL_NOTE_LABEL, EMBED_CONSENT_ASK, EXTERNAL_CONTENT, FURNITURE_HEADING, READ_ALSO_PREFIX, SHARE_ENDPOINT, SKIP_LINK_LABEL, SLIDE_COUNTER, WEAK_BOILERPLATE_TOKENS,
} from './vocabulary';
import { DISCUSSION_COUNT_HEADING, READERS_DISCUSSION_HEADING } from '../discussion-headings';
import { ABOUT_AUTHOR_HEADING } from '../metadata/bylines';

/** Never article text, whatever their class says. */
const ALWAYS_DROPPED_TAGS = new Set([
  'script', 'style', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'button', 'input', 'select', 'textarea',
  'option', 'link', 'meta', 'dialog', 'map', 'audio', 'video', 'head', 'title',
  // AMP's ad slots: their placeholder and fallback children ("Publicidade", "Advertisement") are the slot's, not the story's.
  'amp-ad', 'amp-sticky-ad', 'amp-auto-ads',
]);

/** Page regions by HTML5 semantics; kept only when they wrap the headline. */
const REGION_TAGS = new Set(['nav', 'aside', 'footer', 'menu']);

const FURNITURE_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar', 'tablist',
]);

const TABLE_CELL_TAGS = new Set(['td', 'th']);

/** Subtrees this small are cheap to read as text; bigger ones are judged from statistics only. */
const SMALL_SUBTREE = 60;

/** What on the page the title points at, found in one walk over the tree before anything is removed. */
export interface TitleAnchors {
  /** The headline and declared article bodies, with all their ancestors: never removed. */
  keep: Set<DomNode>;
  /** The first <h1> (or `itemprop=headline`) that reads as the title, for later stages to locate the article by. */
  headline: DomElement | null;
  /**
   * A sub-heading that is the title word for word: where a page's <h1> is a section name ("Latest stories"), the
   * story's own heading is an <h2>. Only used to tell which story of a stream the page is about: as the headline
   * it would pull bylines and author pictures above the body into the lead.
   */
  titleHeading: DomElement | null;
}

/**
 * Returns the text statistics of the cleaned tree. The page is measured once; each removal pass then updates only
 * the paths it changed. `walk`: the walk of the intact tree, when the caller has made it.
 */
export function cleanTree(root: DomNode, { keep, headline }: TitleAnchors, walk: ElementIndex = indexElements(root)): StatsTable {
  const stats = measureTree(root, walk);
  const structural = [...structuralFurniture(root, walk, keep, stats, headline), ...embeddedPostFurniture(walk.elements), ...scriptNotices(walk.elements, keep)];
  remeasureAfterRemoval(stats, removeNodes(structural));
  remeasureAfterRemoval(stats, removeNodes(textualFurniture(walk, removedSubtrees(walk, structural), keep, stats)));
  return stats;
}

/**
 * Rule "script notice": a page that builds its story with scripts gives readers without them the story in a
 * <noscript>, and beside it a line asking them to turn JavaScript on. The script's name is the same in every
 * language, and the line is short; a story about JavaScript is a noscript's paragraphs, not one short line.
 */
function scriptNotices(elements: readonly DomElement[], keep: Set<DomNode>): DomElement[] {
  const notices: DomElement[] = [];
  for (const element of elements) {
    if (element.name !== 'noscript') continue;
    // The notice's own elements are not looked into once it is found.
    descendantElements(element, (candidate) => {
      const isNotice = !keep.has(candidate) && isScriptNotice(candidate);
      if (isNotice) notices.push(candidate);
      return isNotice;
    });
  }
  return notices;
}

function isScriptNotice(element: DomElement): boolean {
  const text = normalizeSpace(rawText(element));
  return text.length <= MAX_SCRIPT_NOTICE_CHARS && SCRIPT_NAME.test(text) && !descendantElements(element).some(isPicture);
}
const MAX_SCRIPT_NOTICE_CHARS = 200;
const SCRIPT_NAME = /java\s?script|جافا\s?سكري?بت/iu;
const isPicture = (element: DomElement) => element.name === 'img' || element.name === 'picture';

/** `elements`: every element of the intact page, in document order. */
export function titleAnchors(elements: readonly DomElement[], title: string | null): TitleAnchors {
  const anchors: DomElement[] = [];
  let headline: DomElement | null = null;
  let titleHeading: DomElement | null = null;
  const wanted = title ? comparable(title) : '';
  for (const element of elements) {
    const itemprop = element.attribs.itemprop?.toLowerCase();
    if (itemprop === 'articlebody') anchors.push(element);
    else if (wanted && (element.name === 'h1' || itemprop === 'headline') && isHeadline(comparable(rawText(element)), wanted)) {
      anchors.push(element);
      headline ??= element;
    }
    if (title && !titleHeading && (element.name === 'h2' || element.name === 'h3') && comparable(rawText(element)) === wanted) titleHeading = element;
  }
  const keep = new Set<DomNode>();
  for (const anchor of anchors) for (let node: DomNode | null = anchor; node && !keep.has(node); node = node.parent) keep.add(node);
  return { keep, headline, titleHeading };
}

/**
 * A heading of a word or two ("News", "Blog") is found inside many titles, so it is the headline only when it is the
 * whole title. Rule "short headline": a guide or a profile may be titled by one name ("Zanzibar", "Lisbon"), and
 * the heading that is the title word for word is its headline, whose standfirst the lead pass then finds under it.
 */
function isHeadline(candidate: string, title: string): boolean {
  if (candidate === title) return candidate.length > 0;
  if (candidate.length < 8) return false;
  return title.includes(candidate) || candidate.includes(title);
}

export function comparable(text: string): string {
  return normalizeSpace(text.normalize('NFKC').toLowerCase().replace(PUNCTUATION_SYMBOLS_AND_TATWEEL, ' '));
}

const PUNCTUATION_SYMBOLS_AND_TATWEEL = /[\p{P}\p{S}\u0640]+/gu;

/**
 * Goes through the intact page's elements in document order, and past a condemned element's subtree by its end in
 * the walk: no stack of nodes, and text nodes are never visited. Comments, the doctype and CDATA go too, found
 * among the children of the page root and of the elements kept.
 */
function structuralFurniture(root: DomNode, walk: ElementIndex, keep: Set<DomNode>, stats: StatsTable, headline: DomElement | null): DomNode[] {
  const layoutClasses = headlineWrapperClasses(headline);
  const doomed: DomNode[] = [];
  collectMarkupNotes(root, doomed);
  const { elements, subtreeEnd } = walk;
  // A disclosure control comes before the panel it opens, so its target is known by the time the panel is judged.
  const disclosed = new Set<string>();
  const players = playerBoxes(elements);
  for (let at = 0; at < elements.length;) {
    const element = elements[at];
    if (element.attribs['aria-expanded'] !== undefined && element.attribs['aria-controls']) for (const id of element.attribs['aria-controls'].split(' ')) disclosed.add(id);
    if (!keep.has(element) && (isStructuralFurniture(element, stats, layoutClasses, stats.atPosition(at), disclosed) || isPlayerChrome(element, players, stats.atPosition(at)))) {
      const box = element.name === 'form' ? signUpBox(element, keep, stats) : null;
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
    collectMarkupNotes(element, doomed);
    at++;
  }
  return doomed;
}

/**
 * Rule "sign-up box": a newsletter box set between the paragraphs (a title such as "The Tynedale Daily", one line
 * of pitch, an e-mail field and a button) often carries no class word a template would name it by
 * (`box box--inline`, `kasten`). Its form goes as furniture, and its title and pitch were left in the text as
 * paragraphs of their own. A form that asks for an e-mail address names its box: the nearest wrapper around it that
 * holds more text than the form, when that text is no longer than such a box's. Only a form is asked about, which
 * few elements are.
 */
function signUpBox(form: DomElement, keep: Set<DomNode>, stats: StatsTable): DomElement | null {
  if (!descendantElements(form).some(isEmailField)) return null;
  const formChars = stats.get(form)?.chars ?? 0;
  let box = form.parent;
  for (let depth = 0; depth < MAX_SIGN_UP_BOX_DEPTH && box && isElement(box) && !keep.has(box) && SIGN_UP_BOX_TAGS.has(box.name); depth++, box = box.parent) {
    const own = stats.get(box);
    if (!own) return null;
    if (own.chars === formChars) continue;
    return own.chars <= MAX_SIGN_UP_BOX_CHARS && own.prose <= 1 ? box : null;
  }
  return null;
}
/** Wrappers the form may sit in within its box: the box itself, a form row, a column. */
const MAX_SIGN_UP_BOX_DEPTH = 3;
const SIGN_UP_BOX_TAGS = new Set(['div', 'section', 'aside']);
/** A title, a line or two of pitch and a button label; a story paragraph beside a form is longer. */
const MAX_SIGN_UP_BOX_CHARS = 300;

/** An e-mail field: typed as one, or a text field whose name or placeholder asks for the address. */
function isEmailField(element: DomElement): boolean {
  if (element.name !== 'input') return false;
  const type = element.attribs.type?.toLowerCase();
  if (type === 'email') return true;
  return (type === undefined || type === 'text') && EMAIL_WORD.test(`${element.attribs.name ?? ''} ${element.attribs.placeholder ?? ''}`);
}
const EMAIL_WORD = /e-?mail|correo|courriel|بريد/i;

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

/** 1 for the elements of the walk that `removed` took out of the tree, with their subtrees. */
function removedSubtrees(walk: ElementIndex, removed: readonly DomNode[]): Uint8Array {
  const flags = new Uint8Array(walk.elements.length);
  for (const node of removed) {
    const at = walk.position.get(node);
    if (at !== undefined) flags.fill(1, at, walk.subtreeEnd[at]);
  }
  return flags;
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

/**
 * Rule "disclosed panel": an accordion's panels (a FAQ's answers, a guide's sections) are hidden in the markup
 * until the reader opens them with the control that names the panel in `aria-controls`. Their text is the page's
 * own, which a reader reads by opening them; a panel hidden with `aria-hidden` is withheld from readers as well.
 */
function isDisclosedPanel(element: DomElement, disclosed: ReadonlySet<string>): boolean {
  const id = element.attribs.id;
  return id !== undefined && disclosed.has(id) && element.attribs['aria-hidden'] !== 'true';
}

/**
 * Rule "drop-cap twin": a decorative drop cap is hidden from screen readers (`aria-hidden`) and followed by the same
 * letter in a screen-reader-only span, so that a listener hears "In the cutting room" rather than "I, n the".
 * Removing both hidden copies left the first word without its first letter ("n the cutting room"): the shown
 * letter is kept, and its twin goes as screen-reader furniture. Only a hidden element of one text node of one or
 * two characters is looked at further, which few hidden elements are.
 */
function isDropCapTwin(element: DomElement): boolean {
  if (element.attribs['aria-hidden'] !== 'true' || element.children.length !== 1) return false;
  const only = element.children[0];
  if (only.type !== 'text') return false;
  const letter = normalizeSpace(only.data ?? '');
  if (letter.length === 0 || letter.length > MAX_DROP_CAP_CHARS) return false;
  const twin = element.next;
  return !!twin && isElement(twin) && isScreenReaderOnly(twin) && normalizeSpace(rawText(twin)) === letter;
}
/** A drop cap is the first letter, or two where a quotation mark opens the story ("“W"). */
const MAX_DROP_CAP_CHARS = 2;

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
export function isStructuralFurniture(
  element: DomElement, stats: StatsTable, layoutClasses: ReadonlySet<string> = new Set(), own: TextStats | undefined = stats.get(element),
  disclosed: ReadonlySet<string> = new Set(),
): boolean {
  const tag = element.name;
  if (tag === 'html' || tag === 'body') return false;
  // A lightbox <button> around a picture is how the page shows the article's picture.
  if (ALWAYS_DROPPED_TAGS.has(tag)) return tag !== 'button' || isHiddenByMarkup(element.attribs) || !(isPictureBox(element, own) || isHeadingToggle(element));
  // Lazy-loading pages put the real <img> in <noscript>; anything else in it is a "please enable JavaScript" note.
  if (tag === 'noscript') return !descendantElements(element).some((child) => child.name === 'img');
  if (isHiddenByMarkup(element.attribs) && !isDisclosedPanel(element, disclosed) && !isDropCapTwin(element)) return true;
  // A page whose headline has no classed wrapper has no layout class to look this element's class up among.
  const layoutClass = layoutClasses.size > 0 && layoutClasses.has(element.attribs.class ?? '');
  const verdict = tokenVerdict(element, layoutClass ? idTokens(element) : attributeTokens(element));
  // A comment form's notes ("Your email will not be published...") are prose too; the form is still discussion.
  if (verdict === 'discussion') return true;
  if (isLayoutPictureBox(element, verdict, stats)) return false;
  if (verdict !== 'none' && isCaptionCredit(element, own)) return false;
  const prose = own?.prose ?? 0;
  if (tag === 'address') return !isInlineAddressStyle(element) && prose < PROSE_GUARD_FOR[tag] && !isLongPlainText(own);
  if (tag === 'header' && (isPostHeader(element) || isSectionHeader(element))) return false;
  if (tag === 'form' || tag === 'header') return prose < PROSE_GUARD_FOR[tag] && !isLongPlainText(own);
  if (REGION_TAGS.has(tag)) return !isEditorialNote(element, own);
  if (isModalOverlay(element)) return true;
  const role = element.attribs.role?.toLowerCase();
  if (role && FURNITURE_ROLES.has(role)) return prose < PROSE_GUARD && !isLongPlainText(own);
  // Sub-headings carry anchor ids such as `nav_section_2`; only a strong word condemns a heading.
  if (verdict === 'weak-furniture' && (HEADING_TAGS.has(tag) || isHeadingModule(element) || isPanelTitle(element, own))) return false;
  if (verdict === 'furniture' || verdict === 'weak-furniture') return prose < PROSE_GUARD && !isLongPlainText(own) && !(tag === 'main' || (tag === 'article' && hasContentTokens(element)));
  return false;
}

/** The elements that hold a `<video>` or `<audio>` element among their children: the players' boxes. */
function playerBoxes(elements: readonly DomElement[]): Set<DomNode> {
  const boxes = new Set<DomNode>();
  for (const element of elements) if (MEDIA_TAGS.has(element.name) && element.parent) boxes.add(element.parent);
  return boxes;
}
const MEDIA_TAGS = new Set(['video', 'audio']);

/**
 * Rule "player chrome": a script player draws its controls in boxes it sets beside the `<video>` or `<audio>` element:
 * the play button, the clock ("Current Time 0:00"), the progress ("Loaded: 0%"), the caption settings with their
 * colour lists. Its class names are the player's own, often unknown, so a box beside the media element that holds a
 * control (a form control, or an element whose ARIA role makes it one) and no prose is taken for the player's, and its
 * words for its interface. A caption set beside the media holds no control.
 */
function isPlayerChrome(element: DomElement, players: ReadonlySet<DomNode>, own: TextStats | undefined): boolean {
  if (players.size === 0 || !element.parent || !players.has(element.parent) || (own?.prose ?? 0) > 0) return false;
  return element.name !== 'figcaption' && (isControl(element) || descendantElements(element).some(isControl));
}

function isControl(element: DomElement): boolean {
  return FORM_CONTROL_TAGS.has(element.name) || WIDGET_ROLES.has(element.attribs.role?.toLowerCase() ?? '');
}
const FORM_CONTROL_TAGS = new Set(['button', 'input', 'select', 'textarea']);
/** ARIA roles of controls a reader operates; a `link` is no control here, since stories hold links. */
const WIDGET_ROLES = new Set([
  'button', 'checkbox', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'progressbar', 'radio', 'scrollbar', 'slider', 'spinbutton', 'switch',
]);

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
 * Rule "credit in its caption": templates set a picture's credit in an element of its own inside the caption
 * (`<figcaption>Harbour at dawn <span class="copyright">Foto: Jane Doe</span></figcaption>`), named by the same
 * words as the page's copyright footer. Inside a caption it is the picture's credit, which the images pass reads
 * from there; the text walk skips captions, so keeping it puts nothing into the body. A caption's byline is left
 * out: a player's caption box names the clip's writer, its length and its date, not a picture's credit. So is a
 * credit box that holds, beside its credit, more than a label in an element of its own: that is the caption text.
 */
function isCaptionCredit(element: DomElement, own: TextStats | undefined): boolean {
  if (!own || own.chars > MAX_CAPTION_CREDIT_CHARS || !isCreditBox(element) || attributeTokens(element).has('byline')) return false;
  const text = normalizeSpace(rawText(element));
  return !descendantElements(element).some((inner) => holdsOtherText(inner, text)) && isInsideCaption(element);
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
function isEditorialNote(element: DomElement, own: TextStats | undefined): boolean {
  if (!own || own.chars > MAX_EDITORIAL_NOTE_CHARS) return false;
  return EDITORIAL_NOTE_LABEL.test(normalizeSpace(rawText(element)).toLowerCase());
}
const MAX_EDITORIAL_NOTE_CHARS = 800;

/**
 * Rule "post header": the <header> of a live blog's post (see {@link isLivePost}) holds the post's time and title,
 * which are the post's text, not a header row of the page's.
 */
function isPostHeader(header: DomElement): boolean {
  const post = header.parent;
  return !!post && isElement(post) && isLivePost(post) && descendantElements(header).some((child) => SECTION_HEADING_TAGS.has(child.name));
}

/**
 * Rule "panel title": an accordion item's title bar (`card-header`, `panel-heading`) holds the control that opens
 * the item's panel (`aria-controls`, `aria-expanded`), and the control's label is the title, a FAQ's question.
 * Its weak word says header, but it is the panel's: a bar whose whole text is the control's label of a few words.
 * A page header holds its logo and menu beside its menu toggle, and a toggle's label is a word ("Menu").
 */
function isPanelTitle(element: DomElement, own: TextStats | undefined): boolean {
  if (!own || own.chars > MAX_PANEL_TITLE_CHARS) return false;
  const text = normalizeSpace(rawText(element));
  return descendantElements(element).some((control) => control.attribs['aria-controls'] !== undefined && control.attribs['aria-expanded'] !== undefined
    && normalizeSpace(rawText(control)) === text) && (text.match(WORD) ?? []).length >= MIN_PANEL_TITLE_WORDS;
}
/** A FAQ's question is a sentence at most. */
const MAX_PANEL_TITLE_CHARS = 200;
const MIN_PANEL_TITLE_WORDS = 3;

/**
 * Rule "section header": HTML gives a section or an accordion item a <header> of its own, and a template may set
 * the item's title in it alone (`<li class="panel"><header><h3>Pros of leasing:</h3></header>…`). A <header> that
 * holds nothing but one section heading, as a heading module does, titles the text under it; the page's header holds
 * a logo and a menu besides. A heading of fewer than two words (an issue number, "Nr. 12/2021") is a label, not a title.
 */
function isSectionHeader(header: DomElement): boolean {
  return isHeadingModule(header) && (normalizeSpace(rawText(header)).match(WORD) ?? []).length >= MIN_SECTION_TITLE_WORDS;
}
const WORD = /\p{L}{2,}/gu;
const MIN_SECTION_TITLE_WORDS = 2;

/**
 * Rule "heading module": page builders set each section heading of a text in a widget of its own
 * (`elementor-widget-heading > elementor-widget-container > h2`), whose only furniture word is the weak `widget`.
 * A box that holds nothing but one heading, through a few single wrappers, is that heading, as a bare heading
 * with such a word is; a sidebar widget holds its list or text beside its heading, and a box whose id names it
 * furniture is judged by that.
 */
function isHeadingModule(element: DomElement): boolean {
  // An id names the one box it is on: `id="sidebar"` says where the heading stands, whatever its classes say.
  if (wordsVerdict(idTokens(element)) !== 'none') return false;
  let node: DomElement = element;
  for (let depth = 0; depth < MAX_HEADING_MODULE_DEPTH; depth++) {
    let only: DomElement | null = null;
    for (const child of node.children) {
      if (isElement(child)) {
        if (only) return false;
        only = child;
      } else if (child.type === 'text' && normalizeSpace((child as unknown as { data: string }).data) !== '') return false;
    }
    if (!only) return false;
    if (SECTION_HEADING_TAGS.has(only.name)) return true;
    node = only;
  }
  return false;
}
const MAX_HEADING_MODULE_DEPTH = 3;

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

type TokenVerdict = 'discussion' | 'furniture' | 'weak-furniture' | 'none';

/**
 * What the class/id words say. A weak word (`header`, `sidebar`, `meta`...) next to a content word is a layout
 * wrapper such as `article-header` or `main-has-sidebar`; a strong word (`share`, `related`, `ads`...) marks
 * furniture unless the block is long running prose, which no share bar or related list is.
 */
function tokenVerdict(element: DomElement, tokens = attributeTokens(element)): TokenVerdict {
  const verdict = wordsVerdict(tokens);
  if (verdict !== 'content-and-strong') return verdict;
  const own = measureSubtree(element);
  return own.chars < 1500 || linkDensity(own) > 0.3 ? 'furniture' : 'none';
}

/**
 * The verdict of the words alone, by token set. Pages repeat the same class values on many elements, which share
 * one token set, so each set is judged once; the sets live only as long as the page's token cache.
 */
const verdictByTokens = new WeakMap<ReadonlySet<string>, TokenVerdict | 'content-and-strong'>();

function wordsVerdict(tokens: ReadonlySet<string>): TokenVerdict | 'content-and-strong' {
  // Most elements carry no class or id: no words say nothing, without a table lookup.
  if (tokens.size === 0) return 'none';
  let verdict = verdictByTokens.get(tokens);
  if (verdict === undefined) {
    verdict = judgeWords(tokens);
    verdictByTokens.set(tokens, verdict);
  }
  return verdict;
}

function judgeWords(tokens: ReadonlySet<string>): TokenVerdict | 'content-and-strong' {
  let weak = false;
  let strong = false;
  const content = firstMatch(tokens, CONTENT_TOKENS) !== null;
  for (const token of tokens) {
    if (isLiveCommentary(tokens, token)) continue;
    // `comment-list` is discussion; a `post` wrapper that merely carries a `comments` modifier is not.
    if (DISCUSSION_TOKENS.has(token) && !content) return 'discussion';
    if (!BOILERPLATE_TOKENS.has(token)) continue;
    if (WEAK_BOILERPLATE_TOKENS.has(token)) weak = true;
    else strong = true;
  }
  if (!weak && !strong) return 'none';
  if (!content) return strong ? 'furniture' : 'weak-furniture';
  // A content word with a strong word: only the box's own text can tell a long story from a share bar.
  return strong ? 'content-and-strong' : 'none';
}

/**
 * Live commentary: a sports or news live ticker calls its entries comments (`live-match-comment`, `live-comments`).
 * Next to `live` in the element's own class or id, a comment word names the reporter's running commentary, which is
 * the story itself, not the readers' discussion under it.
 */
function isLiveCommentary(tokens: ReadonlySet<string>, token: string): boolean {
  return COMMENT_TOKENS.has(token) && tokens.has('live');
}

/**
 * Goes through the elements left in the tree in document order, by the walk of the intact page: `removed` marks
 * those the structural pass took out, and a condemned element's subtree is passed over by its end in the walk.
 */
function textualFurniture(walk: ElementIndex, removed: Uint8Array, keep: Set<DomNode>, stats: StatsTable): DomNode[] {
  const doomed = new Set<DomNode>();
  const { elements, subtreeEnd } = walk;
  for (let at = 0; at < elements.length;) {
    const element = elements[at];
    if (removed[at] === 1 || doomed.has(element)) {
      at = subtreeEnd[at];
      continue;
    }
    judgeText(element, stats.atPosition(at), keep, stats, doomed);
    at = doomed.has(element) ? subtreeEnd[at] : at + 1;
  }
  return [...doomed];
}

/** `own`: the element's statistics. */
function judgeText(element: DomElement, own: TextStats | undefined, keep: Set<DomNode>, stats: StatsTable, doomed: Set<DomNode>): void {
  if (!own || keep.has(element)) return;
  if (element.name === 'a') {
    const href = element.attribs.href ?? '';
    if (SHARE_ENDPOINT.test(href) || isSkipLink(element, href, own) || isBackReference(element, href, own)) doomed.add(element);
    return;
  }
  if (own.elements > SMALL_SUBTREE || own.chars > 400 || own.chars === 0) return;
  if (isToggleLabel(element, own) || isPlayerLabel(element, own)) {
    doomed.add(element);
    return;
  }
  const counterLike = own.chars <= 40;
  const headingTagLike = own.chars <= 60 && isHeadingLike(element);
  const plugLike = linkDensity(own) >= 0.3 && isBlockLike(element);
  const promptLike = own.chars <= 250 && (element.name === 'p' || element.name === 'div');
  if (element.name === 'div' && own.linkChars > 0 && own.prose <= 1 && isInlineStoryCard(element)) {
    doomed.add(element);
    return;
  }
  if (own.linkChars > 0 && own.prose <= 1 && isPitchBox(element)) {
    doomed.add(element);
    return;
  }
  // A lead-in is a short <p> or <div>, so prompt-like too: it is known by its text, which is read here once.
  if (!counterLike && !headingTagLike && !plugLike && !promptLike) return;
  const text = normalizeSpace(rawText(element));
  const headingLike = headingTagLike || (own.chars <= 60 && isLeadIn(element, text));
  if (headingTagLike && HEADING_TAGS.has(element.name) && (DISCUSSION_COUNT_HEADING.test(text) || READERS_DISCUSSION_HEADING.test(text))) {
    for (const node of headedSection(element, keep)) doomed.add(node);
  } else if (headingLike && (ABOUT_AUTHOR_HEADING.test(text) || ABOUT_US_HEADING.test(text))) {
    for (const node of headedSection(element, keep)) doomed.add(node);
  } else if (counterLike && (COUNTER_TEXT.test(text) || (!TABLE_CELL_TAGS.has(element.name) && SLIDE_COUNTER.test(text)))) {
    // A table cell's "3/4" is a value of the table (a fraction, a score), not a slide's number.
    doomed.add(element);
  } else if (counterLike && isBlockLike(element) && AD_LABEL.test(text)) {
    // Rule "labelled ad slot": a box whose only words are "Advertisement" ("إعلان", "Anzeige") is the ad slot the
    // label announces; its banner picture, linked to the advertiser, goes with it rather than into the images.
    doomed.add(element);
  } else if (headingLike && FURNITURE_HEADING.test(text)) {
    for (const node of furnitureSection(element, keep, stats)) doomed.add(node);
  } else if ((plugLike && (READ_ALSO_PREFIX.test(text) || isLabelledLink(text, own) || isEmphasisLabelledLink(element, text, own))) || (promptLike && CALL_TO_ACTION.test(text))) {
    doomed.add(element);
  } else if (promptLike && isShopCard(element, text, own)) {
    doomed.add(element);
  } else if (promptLike && CONTENT_NOUN.test(text) && EXTERNAL_CONTENT.test(text) && EMBED_CONSENT_ASK.test(text)) {
    doomed.add(consentPlaceholder(element, keep, stats));
  }
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
/** The nouns {@link EXTERNAL_CONTENT} names content by: a plain test first, since most short blocks have none. */
const CONTENT_NOUN = /inhalt|content|contenu|contenid|contenut|conteúd|inhoud/i;
/** The heading, the ask, the toggle's label and the policy note of a placeholder. */
const MAX_PLACEHOLDER_CHARS = 600;
const STORY_BOX_TAGS = new Set(['body', 'main', 'article']);

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
  const first = box.children.find((child) => isElement(child) || (child.type === 'text' && (child.data ?? '').trim() !== ''));
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
 * Rule "pitch box": a box set in or under the story that asks the reader to subscribe, join or sign up closes with
 * the button that does it ("Hágase socio", "Subscribe"), and its heading and pitch ("We have covered the valley
 * for 80 years…") are the publisher's appeal, not the story, whatever words they use. A box of a short pitch and at
 * most one paragraph whose last element is a link that calls to action is such a box.
 */
function isPitchBox(box: DomElement): boolean {
  if (!PITCH_BOX_TAGS.has(box.name)) return false;
  const last = box.children.findLast((child) => isElement(child) || (child.type === 'text' && (child.data ?? '').trim() !== ''));
  return !!last && isElement(last) && last.name === 'a' && CALL_TO_ACTION.test(normalizeSpace(rawText(last)));
}
const PITCH_BOX_TAGS = new Set(['div', 'section', 'aside']);

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

/** The element siblings around this one, across text, comments and scripts. */
function previousElement(element: DomElement): DomElement | null {
  for (let node = element.prev; node; node = node.prev) if (node.type === 'tag') return node as DomElement;
  return null;
}

function nextElement(element: DomElement): DomElement | null {
  for (let node = element.next; node; node = node.next) if (node.type === 'tag') return node as DomElement;
  return null;
}

/**
 * Rule "shop card": a box set in the text that sells a product (its picture, its name, its price, a "Buy now" link)
 * with no sentence in it: a price, a link, a picture, no clause punctuation and no prose paragraph. A fact box
 * that gives a price in a sentence ("Tickets cost $25, …") has its punctuation. The price is looked for in the text
 * the rule is given (a short box's, read once already), the picture only in a box that names a price.
 */
function isShopCard(element: DomElement, text: string, own: TextStats): boolean {
  if (element.name !== 'div' || own.linkChars === 0 || own.punctuation > 0 || own.prose > 0 || !PRICE.test(text)) return false;
  return descendantElements(element).some((child) => child.name === 'img');
}
/**
 * An amount with its currency sign or code before or after it: "$39.99", "12,95 €", "£8", "EUR 20". The card's
 * lines run together in its text ("Chain Tool$39.99Buy now"), so no space need set it apart.
 */
const PRICE = /(?:[$€£¥]\s?\d{1,6}(?:[.,]\d{2})?|(?:EUR|USD|GBP|CHF)\s\d{1,6}(?:[.,]\d{2})?|(?<!\d)\d{1,6}(?:[.,]\d{2})?\s?(?:€|£|EUR|USD|GBP|CHF))(?!\d)/u;

/** A player's title bar: "Watch: Bomb squad at the allotment", a duration, "Play video". */
const MAX_PLAYER_LABEL_CHARS = 120;

/**
 * Player label: a box the template names for a video or audio player (`video-player`, `jwplayer`) whose only
 * text is a short line holds the clip's title and controls; the clip itself (a <video>, an <iframe>, a script's
 * mount point) is gone from the text. Its words announce a clip the reader of the text cannot play. A paragraph
 * in such a box is written text, and keeps the box.
 */
function isPlayerLabel(element: DomElement, own: TextStats): boolean {
  if (own.chars > MAX_PLAYER_LABEL_CHARS || own.prose > 0) return false;
  for (const token of attributeTokens(element)) if (PLAYER_TOKENS.has(token)) return !descendantElements(element).some((child) => child.name === 'p');
  return false;
}

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
 * Footnote back-reference: the arrow at the end of a note ("↩", "↑", "^") that jumps back to where the text cites
 * it. The note is the article's; the arrow is a control, and read as text it ended every note with a stray sign.
 */
function isBackReference(element: DomElement, href: string, own: TextStats): boolean {
  return href.startsWith('#') && own.chars <= 2 && BACK_REFERENCE_SIGN.test(normalizeSpace(rawText(element)));
}
const BACK_REFERENCE_SIGN = /^[↩↑⤴^]\uFE0E?$/u;

/** A toggle's label is a word or two ("Bild anzeigen", "Quellen ausblenden", "Show more"). */
const MAX_TOGGLE_LABEL_CHARS = 30;

/**
 * Toggle label: the show/hide control of a collapsible box names itself a toggle (`citation__toggle`,
 * `image-toggle__open`); its words work the page, they do not tell the story. An accordion's question is a
 * heading or asks something, and stays.
 */
function isToggleLabel(element: DomElement, own: TextStats): boolean {
  if (own.chars > MAX_TOGGLE_LABEL_CHARS || HEADING_TAGS.has(element.name)) return false;
  const tokens = attributeTokens(element);
  if (!tokens.has('toggle') && !tokens.has('toggler')) return false;
  return !rawText(element).includes('?');
}

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
  const first = element.children.find((child) => isElement(child) || (child.type === 'text' && (child.data ?? '').trim() !== ''));
  if (!first || !isElement(first) || (first.name !== 'strong' && first.name !== 'b')) return false;
  const label = normalizeSpace(rawText(first));
  if (!label || label.split(' ').length > 4 || !text.startsWith(label)) return false;
  const rest = text.slice(label.length).trim();
  return own.linkChars >= rest.length - 1 && own.linkChars <= rest.length + 1 && rest.split(' ').length >= 3;
}

/** Tags of a short bold or plain block that plays the role of a heading when it opens its container. */
const HEADING_ROLE_TAGS = new Set(['strong', 'b', 'span', 'div', 'p', 'label', 'legend', 'header']);

function isHeadingLike(element: DomElement): boolean {
  if (HEADING_TAGS.has(element.name)) return true;
  // A short bold or plain block opening its container plays the role of a heading ("Read also", "Comments").
  if (!HEADING_ROLE_TAGS.has(element.name)) return false;
  const parent = element.parent;
  const first = parent?.children?.find((child) => isElement(child) || (child.type === 'text' && (child.data ?? '').trim() !== ''));
  return first === element;
}

/**
 * A short paragraph that ends in a colon ("Das Thema könnte dich auch interessieren:") introduces what follows
 * it the way a heading does, wherever it sits in its container. `text`: its text, whitespace collapsed and trimmed.
 */
function isLeadIn(element: DomElement, text: string): boolean {
  return (element.name === 'p' || element.name === 'div') && /[:：]$/.test(text);
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

const BLOCK_LIKE_TAGS = new Set(['p', 'div', 'li', 'section', 'aside', 'blockquote', 'span', 'strong', 'b', 'em', 'h3', 'h4', 'h5', 'h6']);

function isBlockLike(element: DomElement): boolean {
  return BLOCK_LIKE_TAGS.has(element.name);
}

/**
 * A furniture heading takes its section with it: the enclosing box when that box is mostly links or small, or when
 * the heading opens it; otherwise the heading and the link lists that follow it.
 */
function furnitureSection(heading: DomElement, keep: Set<DomNode>, stats: StatsTable): DomNode[] {
  const box = heading.parent;
  if (box && isElement(box) && !keep.has(box)) {
    const boxStats = stats.get(box);
    if (boxStats && (linkDensity(boxStats) >= 0.35 || boxStats.chars <= 300 || opensBoxAsHeading(heading, box, keep, stats)) && boxStats.chars <= 5000) return [box];
  }
  const section: DomNode[] = [heading];
  for (let sibling = heading.next; sibling; sibling = sibling.next) {
    if (sibling.type === 'text') {
      if ((sibling.data ?? '').trim() === '') continue;
      break;
    }
    if (!isElement(sibling)) continue;
    const siblingStats = stats.get(sibling);
    if (!siblingStats || HEADING_TAGS.has(sibling.name)) break;
    if (siblingStats.chars === 0 || linkDensity(siblingStats) >= 0.5) section.push(sibling);
    else break;
  }
  return section;
}
