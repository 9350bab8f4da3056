/**
 * Sign-up and poll boxes: the newsletter box around a form that asks for an e-mail address, and the poll around a
 * form of radio choices, which go whole with their title and pitch or question when the form goes as furniture.
 */
import { type DomElement, type DomNode, descendantElements, isElement } from './dom';
import type { StatsTable } from './measure';

/**
 * Rule "sign-up box": a newsletter box set between the paragraphs (a title such as "The Tynedale Daily", one line
 * of pitch, an e-mail field and a button) often carries no class word a template would name it by
 * (`box box--inline`, `kasten`). Its form goes as furniture, and its title and pitch were left in the text as
 * paragraphs of their own. A form that asks for an e-mail address names its box: the nearest wrapper around it that
 * holds more text than the form, when that text is no longer than such a box's. Only a form is asked about, which
 * few elements are.
 *
 * Rule "poll box": a poll set in the story ("ENCUESTA", the question, the choices, "Votar", "1.204 votos · Ver
 * resultados") is such a box around a form of radio choices: its title, question and tally would stay in the text
 * as paragraphs of their own once the form went.
 */
export function formBox(form: DomElement, keep: Set<DomNode>, stats: StatsTable): DomElement | null {
  if (!descendantElements(form).some(isEmailField) && !isChoiceOfAnswers(form)) return null;
  const formChars = stats.get(form)?.chars ?? 0;
  let box = form.parent;
  for (let depth = 0; depth < MAX_SIGN_UP_BOX_DEPTH && box && isElement(box) && !keep.has(box) && SIGN_UP_BOX_TAGS.has(box.name); depth++, box = box.parent) {
    const own = stats.get(box);
    if (!own) return null;
    if (own.chars === formChars) continue;
    return own.chars <= MAX_SIGN_UP_BOX_CHARS && own.prose <= 1 ? widestBox(box, keep, stats) : null;
  }
  return null;
}

/**
 * The box's title may sit a level up, beside the part that holds the pitch and the form ("<div><section><h2>The
 * Weekly</h2></section><section><p>Sign up …</p><form>…</form></section></div>"): the box widens to the wrapper
 * around both while that wrapper still holds no more than a box's text.
 */
function widestBox(box: DomElement, keep: Set<DomNode>, stats: StatsTable): DomElement {
  let widest = box;
  let outer = box.parent;
  for (let depth = 0; depth < MAX_TITLE_LEVELS && outer && isElement(outer) && !keep.has(outer) && SIGN_UP_BOX_TAGS.has(outer.name); depth++, outer = outer.parent) {
    const own = stats.get(outer);
    if (!own || own.chars > MAX_SIGN_UP_BOX_CHARS || own.prose > 1) break;
    widest = outer;
  }
  return widest;
}
/** Levels above the pitch's part at which the box's title may sit. */
const MAX_TITLE_LEVELS = 2;
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

/** A form whose core is a choice among answers: radio buttons of one name, two at least. */
function isChoiceOfAnswers(form: DomElement): boolean {
  const choices = new Map<string, number>();
  for (const element of descendantElements(form)) {
    if (element.name !== 'input' || element.attribs.type?.toLowerCase() !== 'radio') continue;
    const name = element.attribs.name ?? '';
    const count = (choices.get(name) ?? 0) + 1;
    if (count >= MIN_POLL_CHOICES) return true;
    choices.set(name, count);
  }
  return false;
}
const MIN_POLL_CHOICES = 2;
