/**
 * Hidden elements the cleaning keeps: an accordion's disclosed panel, the rest of a story an aggregator hides behind
 * its "Story continues" button, and the shown letter of a drop cap whose hidden copies a screen reader reads instead;
 * and one it drops that no markup hides: the tab of a story's version in another language than the one shown.
 */
import { normalizeSpace } from '../dom-walk';
import { childElements, type DomElement, descendantElements, isElement, isToggleBeforePanel, previousElement, rawText } from './dom';
import type { TextStats } from './measure';
import { isScreenReaderOnly } from './picture-credits';
import { attributeTokens, firstMatch } from './tokens';
import { STORY_CONTINUES_BUTTON } from './vocabulary';

/**
 * Rule "disclosed panel": an accordion's panels (a FAQ's answers, a guide's sections) are hidden in the markup
 * until the reader opens them with the control that names the panel in `aria-controls`, or that stands right before
 * it (rule "toggle before its panel", see isToggleBeforePanel). Their text is the page's own, which a reader reads by
 * opening them; a panel hidden with `aria-hidden` is withheld from readers as well.
 */
export function isDisclosedPanel(element: DomElement, disclosed: ReadonlySet<string>): boolean {
  if (element.attribs['aria-hidden'] === 'true') return false;
  const id = element.attribs.id;
  if (id !== undefined && disclosed.has(id)) return true;
  const control = previousElement(element);
  return control !== null && isToggleBeforePanel(control);
}

/**
 * Rule "story behind its button": aggregators (Yahoo's "Story continues", MSN's "Continue reading", "Continuar
 * leyendo") serve the whole story but show its first paragraphs, and hide the rest (`style="display:none"`, `hidden`,
 * `aria-hidden`) in the box right after the button that shows it; regional papers' "Weiterlesen" keeps it in a
 * `<template>` there, whose content the button's script puts in the button's place. A reader reads it after one click, and it is often
 * more than half of the story. Hidden boxes are otherwise rightly dropped (a modal, a menu, the mobile copy of a
 * teaser), and those follow no such button: only a box of prose right after a button, alone or alone in its
 * wrapper, that says the story goes on is kept.
 */
export function isStoryBehindButton(element: DomElement, own: TextStats | undefined, restsAbove: ReadonlySet<string> = NO_IDS): boolean {
  if (!own || (own.prose === 0 && !isShortParagraphText(own))) return false;
  if (element.attribs.id !== undefined && restsAbove.has(element.attribs.id)) return true;
  const before = previousElement(element);
  if (!before) return false;
  const control = isButton(before) ? before : descendantElements(before).find(isButton);
  if (!control) return false;
  const label = normalizeSpace(rawText(control));
  return label === normalizeSpace(rawText(before)) && STORY_CONTINUES_BUTTON.test(label || (control.attribs['aria-label'] ?? ''));
}

const NO_IDS: ReadonlySet<string> = new Set();

/**
 * Rule "story above its button": portals that clamp a story to its first paragraphs put the rest in a collapsed box
 * (`aria-hidden`, `hidden`) and the button that opens it under the box, where the fade-out ends ("Ganzen Artikel
 * lesen", "Read full story"), naming the box in `aria-controls`. The box is the story's rest as much as one after its
 * button is; the ids such buttons name, read from the page's buttons, which the walk lists by tag.
 */
export function storyRestsAboveButtons(buttons: readonly DomElement[]): Set<string> {
  const ids = new Set<string>();
  for (const button of buttons) {
    const controls = button.attribs['aria-controls'];
    if (!controls || !STORY_CONTINUES_BUTTON.test(normalizeSpace(rawText(button)) || (button.attribs['aria-label'] ?? ''))) continue;
    for (const id of controls.split(/\s+/)) ids.add(id);
  }
  return ids;
}

/**
 * Japanese and Chinese papers write paragraphs of a sentence or two, which CJK packs in fewer characters than a prose
 * paragraph's least: the rest of such a story is known by its length in all and its clause punctuation instead.
 */
function isShortParagraphText(own: TextStats): boolean {
  return own.chars >= MIN_STORY_REST_CHARS && own.punctuation > 0;
}
const MIN_STORY_REST_CHARS = 100;

function isButton(element: DomElement): boolean {
  return element.name === 'button' || element.attribs.role === 'button';
}

/**
 * Rule "drop-cap twin": a decorative drop cap is hidden from screen readers (`aria-hidden`) and followed by the same
 * letter in a screen-reader-only span, so that a listener hears "In the cutting room" rather than "I, n the".
 * Removing both hidden copies left the first word without its first letter ("n the cutting room"): the shown
 * letter is kept, and its twin goes as screen-reader furniture. Only a hidden element of one text node of one or
 * two characters is looked at further, which few hidden elements are.
 */
export function isDropCapTwin(element: DomElement): boolean {
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

/**
 * Rule "other language's tab": a bilingual newsroom sets the story's two versions in a tab set, a pane each, each
 * declaring its language (`<div class="tab-pane fade show active" lang="ar">` and `<div class="tab-pane fade"
 * lang="en">`); the pane classed active (Bootstrap's `active`, Foundation's `is-active`) is the one shown, and the
 * stylesheet hides the other, which no attribute of its own says. A pane in another language than the shown pane
 * beside it is the version the page does not show. Tabs in one language are parts of one page a reader opens in turn
 * (a product's description and its details, a guide's sections), as an accordion's panels are, and stay.
 */
export function isInactiveTabPane(element: DomElement): boolean {
  const language = element.attribs.lang?.toLowerCase();
  if (!language || !isTabPane(element) || isActivePane(element) || !element.parent) return false;
  return childElements(element.parent).some((pane) => pane !== element && isTabPane(pane) && isActivePane(pane)
    && pane.attribs.lang !== undefined && pane.attribs.lang.toLowerCase() !== language);
}
const isTabPane = (element: DomElement) => firstMatch(attributeTokens(element), TAB_PANE_CLASS) !== null;
const isActivePane = (element: DomElement) => firstMatch(attributeTokens(element), ACTIVE_CLASS) !== null;
const TAB_PANE_CLASS: ReadonlySet<string> = new Set(['tab-pane', 'tabs-panel']);
const ACTIVE_CLASS: ReadonlySet<string> = new Set(['active', 'is-active']);
