/**
 * Heading boxes: boxes a <header> tag or a weak furniture word would condemn that are a heading of the text (a live
 * post's header, an accordion item's title bar, a section's own header, a page builder's heading module).
 */
import { normalizeSpace } from '../dom-walk';
import { type DomElement, descendantElements, isElement, isLivePost, rawText, SECTION_HEADING_TAGS } from './dom';
import type { TextStats } from './measure';
import { idTokens } from './tokens';
import { wordsVerdict } from './furniture-words';

/**
 * Rule "post header": the <header> of a live blog's post (see {@link isLivePost}) holds the post's time and title,
 * which are the post's text, not a header row of the page's.
 */
export function isPostHeader(header: DomElement): boolean {
  const post = header.parent;
  return !!post && isElement(post) && isLivePost(post) && descendantElements(header).some((child) => SECTION_HEADING_TAGS.has(child.name));
}

/**
 * Rule "panel title": an accordion item's title bar (`card-header`, `panel-heading`) holds the control that opens
 * the item's panel (`aria-controls`, `aria-expanded`), and the control's label is the title, a FAQ's question.
 * Its weak word says header, but it is the panel's: a bar whose whole text is the control's label of a few words.
 * A page header holds its logo and menu beside its menu toggle, and a toggle's label is a word ("Menu").
 */
export function isPanelTitle(element: DomElement, own: TextStats | undefined): boolean {
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
export function isSectionHeader(header: DomElement): boolean {
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
export function isHeadingModule(element: DomElement): boolean {
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
