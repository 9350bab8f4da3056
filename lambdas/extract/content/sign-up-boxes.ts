/**
 * Sign-up, poll and calculator boxes: the newsletter box around a form that asks for an e-mail address, the poll around
 * a form of radio choices and the calculator around fields of numbers and choices, which go whole with their title and
 * pitch, question or result when the form goes as furniture.
 */
import { type DomElement, type DomNode, descendantElements, HEADING_TAGS, isBoldLine, isElement, rawText, SENTENCE_AFTER_WORD } from './dom';
import type { StatsTable } from './measure';
import { normalizeSpace } from '../dom-walk';

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
 *
 * Rule "sign-up field without its form": sites built on a script framework post the address from the script, and
 * set the e-mail field and its button in the box with no <form> around them ("The Weekender", a line of pitch, the
 * field, "Sign me up"). Such a field, outside any form, names its box as a form would; a box that also asks for a
 * message is a comment form.
 *
 * Rule "calculator box": religion, finance and travel pages set a tool in the story or beside it, a zakat or loan
 * calculator, a booking search ("حاسبة الزكاة", amounts and weights to fill in and "احسب زكاتك"; "احجز عمرتك", a
 * city to choose, the travellers' number and "ابحث عن باقات العمرة"), its title and its labels over fields that ask
 * for a number or a choice from a list. Such a field, in a form or standing alone in its label, names its box as the
 * e-mail field does: the title and the result line are the tool's, not paragraphs of the story.
 */
export function formBox(form: DomElement, keep: Set<DomNode>, stats: StatsTable): DomElement | null {
  const loneField = form.name === 'input';
  const fields = loneField ? [form] : descendantElements(form);
  // A form that asks for a message beside the address is a comment or contact form, which a short post sits beside.
  if (fields.some((field) => field.name === 'textarea')) return null;
  if (!fields.some(isEmailField) && !fields.some(isAmountOrChoiceField) && (loneField || (!isChoiceOfAnswers(form) && !isTitledLookup(form, fields)))) return null;
  const formChars = stats.get(form)?.chars ?? 0;
  let box = form.parent;
  // A field set inside its label: the label is the field's, not its box.
  while (loneField && box && isElement(box) && box.name === 'label') box = box.parent;
  for (let depth = 0; depth < MAX_SIGN_UP_BOX_DEPTH && box && isElement(box) && !keep.has(box) && SIGN_UP_BOX_TAGS.has(box.name); depth++, box = box.parent) {
    const own = stats.get(box);
    if (!own) return null;
    if (own.chars === formChars) continue;
    if (!holdsBoxText(box, stats)) return null;
    if (loneField && descendantElements(box).some((field) => field.name === 'textarea')) return null;
    return widestBox(box, keep, stats);
  }
  return null;
}

/**
 * Rule "reply box in the page's form": ASP.NET WebForms sets the whole page in one form (see rule "page-wide form"),
 * so its comment box has no form of its own to go with: the page's form stays, the message field and the buttons go,
 * and the box's title and the fields' labels ("أضف تعليقك", "الاسم:", "التعليق:") stayed as the text's last line. A
 * field for a message of several lines in the page-wide form names its box, as an e-mail field names a sign-up box:
 * the nearest wrapper around it that holds more text than the field, when all that text is labels, each a few words.
 * A story is never labels alone, so a box that holds a sentence is left as it is. A comment box outside any form is
 * a script's, which may stand beside a short post, and is left to the rules of comment areas. `inPageWideForm`:
 * whether the field sits in the page-wide form.
 */
export function replyBox(field: DomElement, inPageWideForm: boolean, keep: Set<DomNode>, stats: StatsTable): DomElement | null {
  if (!inPageWideForm) return null;
  const fieldChars = stats.get(field)?.chars ?? 0;
  let box = field.parent;
  for (let depth = 0; depth < MAX_SIGN_UP_BOX_DEPTH && box && isElement(box) && !keep.has(box) && SIGN_UP_BOX_TAGS.has(box.name); depth++, box = box.parent) {
    const own = stats.get(box);
    if (!own) return null;
    if (own.chars === fieldChars) continue;
    return own.chars <= MAX_SIGN_UP_BOX_CHARS && holdsOnlyLabels(box) ? box : null;
  }
  return null;
}
/** Whether every run of text in the box, its message field's aside, is as short as a title or a field's label. */
function holdsOnlyLabels(box: DomElement): boolean {
  let labels = true;
  const visit = (node: DomNode): void => {
    if (!labels) return;
    if (node.type === 'text') {
      if (normalizeSpace((node as { data?: string }).data ?? '').length > MAX_LABEL_CHARS) labels = false;
      return;
    }
    if (isElement(node) && node.name !== 'textarea') for (const child of node.children ?? []) visit(child);
  };
  visit(box);
  return labels;
}
/** A box's title or a field's label: a few words ("أضف تعليقك", "Your comment:", "Name (required)"). */
const MAX_LABEL_CHARS = 40;

/**
 * The box's title may sit a level up, beside the part that holds the pitch and the form ("<div><section><h2>The
 * Weekly</h2></section><section><p>Sign up …</p><form>…</form></section></div>"): the box widens to the wrapper
 * around both while that wrapper still holds no more than a box's text. So does the landing line a template sets
 * under the box for its skip link ("<figure><div>…<form>…</form></div><div>after newsletter promotion</div></figure>").
 */
function widestBox(box: DomElement, keep: Set<DomNode>, stats: StatsTable): DomElement {
  let widest = box;
  let outer = box.parent;
  for (let depth = 0; depth < MAX_TITLE_LEVELS && outer && isElement(outer) && !keep.has(outer) && SIGN_UP_BOX_TAGS.has(outer.name); depth++, outer = outer.parent) {
    if (!holdsBoxText(outer, stats)) break;
    widest = outer;
  }
  return widest;
}
/** Levels above the pitch's part at which the box's title may sit. */
const MAX_TITLE_LEVELS = 2;
/** Wrappers the form may sit in within its box: the box itself, a form row, a column. */
const MAX_SIGN_UP_BOX_DEPTH = 3;
/** A sign-up box set between the paragraphs may be a <figure>, as the text's other inserts are. */
const SIGN_UP_BOX_TAGS = new Set(['div', 'section', 'aside', 'figure']);
/** A title, a line or two of pitch and a button label; a story paragraph beside a form is longer. */
const MAX_SIGN_UP_BOX_CHARS = 300;

/**
 * Whether the element holds no more text than a sign-up box: its privacy note ("Privacy Notice: Newsletters may
 * contain info about charities, online ads, and content funded by outside parties. For more information see our
 * Privacy Policy."), as long as a paragraph and set under many a sign-up form, is the form's, and is not counted.
 */
function holdsBoxText(element: DomElement, stats: StatsTable): boolean {
  const own = stats.get(element);
  if (!own || own.chars > MAX_SIGN_UP_BOX_CHARS + MAX_PRIVACY_NOTE_CHARS) return false;
  if (own.chars <= MAX_SIGN_UP_BOX_CHARS && own.prose <= 1) return true;
  let chars = own.chars;
  let prose = own.prose;
  descendantElements(element, (inner) => {
    if (!NOTE_TAGS.has(inner.name) || !PRIVACY_WORD.test(rawText(inner))) return false;
    const note = stats.get(inner);
    chars -= note?.chars ?? 0;
    prose -= note?.prose ?? 0;
    return true;
  });
  return chars <= MAX_SIGN_UP_BOX_CHARS && prose <= 1;
}
/** A privacy note is a sentence or three. */
const MAX_PRIVACY_NOTE_CHARS = 400;
/** The blocks a form's privacy note is set in. */
const NOTE_TAGS = new Set(['p', 'small']);
const PRIVACY_WORD = /privacy|datenschutz|confidentialité|privacidad|privacidade|recaptcha/i;

/** An e-mail field: typed as one, or a text field whose name or placeholder asks for the address. */
function isEmailField(element: DomElement): boolean {
  if (element.name !== 'input') return false;
  const type = element.attribs.type?.toLowerCase();
  if (type === 'email') return true;
  return (type === undefined || type === 'text') && EMAIL_WORD.test(`${element.attribs.name ?? ''} ${element.attribs.placeholder ?? ''}`);
}
const EMAIL_WORD = /e-?mail|correo|courriel|بريد/i;

/**
 * A calculator's or a booking search's field: a number to fill in, or a list to choose from. Rule "slider field": a
 * footprint, budget or loan calculator asks for its numbers as often with a slider as with a box to type in ("Quantos
 * km você dirige por semana?" over `<input type="range">`), a number all the same.
 */
function isAmountOrChoiceField(element: DomElement): boolean {
  if (element.name === 'select') return true;
  if (element.name !== 'input') return false;
  const type = element.attribs.type?.toLowerCase();
  return (type !== undefined && AMOUNT_FIELD_TYPES.has(type)) || ((type === undefined || type === 'text') && isAmountTextField(element));
}
const AMOUNT_FIELD_TYPES: ReadonlySet<string> = new Set(['number', 'range']);

/**
 * Rule "amount in a text field": a loan or repayments calculator often asks for its numbers in plain text fields, so
 * that it can show them with a currency sign and separators ("$800,000", "5.84%", "30 years", "50,00,000"): such a
 * field is declared numeric for the phone's keyboard, or comes filled with an amount, a number all the same. A search
 * or an e-mail field comes empty or with words. A bare count of one or two digits is a shop's quantity ("1") or a
 * recipe's servings ("15") beside the goods or the ingredients it counts, which stay.
 */
function isAmountTextField(element: DomElement): boolean {
  const mode = element.attribs.inputmode?.toLowerCase();
  if (mode === 'numeric' || mode === 'decimal') return true;
  const value = element.attribs.value;
  return value !== undefined && PREFILLED_AMOUNT.test(value) && !BARE_COUNT.test(value);
}
/** An amount: at most a currency sign before its figure, at most a unit after it ("$800,000", "5.84%", "30 years"). */
const PREFILLED_AMOUNT = /^\s*[^\s\d\p{L}]{0,3}\s?\d[\d.,\u00a0 ]*(?:\s?[%\p{Sc}]|\s?\p{L}{1,8})?\s*$/u;
const BARE_COUNT = /^\s*\d{1,2}\s*$/;

/**
 * Rule "lookup box": election, council and transport pages set a lookup tool between a story's sections, a box
 * titled with what it finds ("Find your polling station", "Wahllokal finden", "Trouvez votre bureau de vote") over
 * a line that asks for a postcode or a place and a form of that one field and its button. With the form gone, its
 * title stood as a subheading of the story over the prompt. A form of a single text field whose box opens with a
 * heading is such a tool; a site's search field without a title of its own is left to the rules for search boxes,
 * and the text beside it stays.
 *
 * Rule "result lookup": exam results are looked up the same way, in a box set between the paragraphs of the story
 * that announces them ("استعلم عن نتيجتك في امتحان التوجيهي" over a seat-number field and "عرض النتيجة"; "Consultez
 * vos résultats" over the candidate's code, a password and "Valider"). Older templates title such a box with a bold
 * line or a bare line of its own rather than a heading, and a results portal may ask for the password or the birth
 * date that goes with the number, a second field the tool's and no one else's.
 *
 * Rule "journey lookup": a journey planner or a fare search asks for two places, where from and where to ("Plan your
 * journey", "From", "To", "Search trains"; "Compare passagens", "Origem", "Destino", "Buscar voos"), and travel pages
 * set it between a story's paragraphs as the lookup box above is set, its title over two text fields and a button, a
 * line of its offers perhaps under it ("Ofertas a partir de R$ 189 por trecho"). Two text fields are as much a lookup's
 * as one; a form that asks for more, or for a message, is another form.
 */
function isTitledLookup(form: DomElement, fields: readonly DomElement[]): boolean {
  let textFields = 0;
  let secondFields = 0;
  for (const field of fields) {
    if (field.name !== 'input') continue;
    const type = field.attribs.type?.toLowerCase() ?? 'text';
    if (LOOKUP_FIELD_TYPES.has(type)) textFields++;
    else if (LOOKUP_SECOND_FIELD_TYPES.has(type)) secondFields++;
    else if (type !== 'submit' && type !== 'hidden' && type !== 'button') return false;
  }
  if (textFields === 0 || textFields > MAX_LOOKUP_TEXT_FIELDS || secondFields > 1) return false;
  const box = form.parent;
  const first = box && isElement(box) ? box.children.find(isElement) : undefined;
  return !!first && first !== form && (HEADING_TAGS.has(first.name) || isBoldLine(first) || isBareTitleLine(first));
}
/** A postcode or a seat number; a journey's origin and destination. */
const MAX_LOOKUP_TEXT_FIELDS = 2;
const LOOKUP_FIELD_TYPES: ReadonlySet<string> = new Set(['text', 'search', 'tel']);
const LOOKUP_SECOND_FIELD_TYPES: ReadonlySet<string> = new Set(['password', 'date']);

/**
 * A line of text alone in a <div> or a <span>, short and no sentence: a box's title set without a heading's tag. A
 * paragraph's line is text, which a search field may stand beside.
 */
function isBareTitleLine(element: DomElement): boolean {
  if (!TITLE_LINE_TAGS.has(element.name) || !element.children.every((child) => child.type === 'text')) return false;
  const text = rawText(element).trim();
  return text.length > 0 && text.length <= MAX_BOX_TITLE_CHARS && !SENTENCE_AFTER_WORD.test(text);
}
const MAX_BOX_TITLE_CHARS = 80;
const TITLE_LINE_TAGS: ReadonlySet<string> = new Set(['div', 'span']);

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
