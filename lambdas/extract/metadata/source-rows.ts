/**
 * The agency an article's info rows name as its source, for stories whose text carries no credit of its own.
 */
import type { Element } from 'domhandler';
import { nextElement, previousElement } from '../dom-walk';
import { isDateOnly } from './bylines/header-credits';
import { BYLINE_START, MAX_BYLINE_CHARS, namesSomeone, WRITER_CONJUNCTION } from './bylines/lines';
import { isInFigure } from './bylines/marked';
import { caseInsensitiveInitials, type IndexedPage } from './regions';
import { agenciesIn, agencyNamed, CREDIT_LEAD_IN, CREDIT_LEAD_INS, DATELINE_PLACE_DASH, SOURCE_LABEL, SOURCE_LABEL_WORDS } from './wire-agencies';
import { ROLE_WORDS } from './byline-vocabulary';
import { AGENCY_BEAT_TITLE, withoutStaffLabel } from './authors';

/**
 * Rule "source in the info row": news sites that run agency copy say so in the row of facts around the story rather
 * than in its text: "المصدر: أ ف ب" beside the date, "Источник: ТАСС" under the text, "来源：新华社" after the
 * dateline. Only a short labelled line whose rest is nothing but agencies counts, after the headline and outside
 * the regions of other items (a teaser's source is that story's).
 */
export function readSourceRowAgency(page: IndexedPage, isOwnSite: (name: string) => boolean): string | null {
  const { elements, visibleChars } = page.walk;
  const start = page.firstAfterHeadline();
  for (let index = start > 0 ? Math.max(0, start - 1 - PROVIDER_ROW_REACH) : 0; index < elements.length; index++) {
    if (visibleChars[index] === 0 || visibleChars[index] > MAX_SOURCE_ROW_CHARS) continue;
    const afterHeadline = index >= start;
    if (afterHeadline && !page.followsHeadlineAt(index)) continue;
    // A row opens with its label: the first character rules out nearly every short text before it is built.
    const initial = page.firstCharAt(index);
    const labelled = afterHeadline && SOURCE_LABEL_INITIALS.has(initial);
    const ledIn = afterHeadline && LEAD_IN_INITIALS.has(initial);
    const agencyField = afterHeadline && AGENCY_LABEL_INITIALS.has(initial);
    if (!labelled && !ledIn && !agencyField && !PROVIDER_LABEL_INITIALS.has(initial)) continue;
    const text = page.shortTextAt(index, MAX_SOURCE_ROW_CHARS) ?? '';
    const row = (labelled ? SOURCE_ROW.exec(text) : null) ?? (ledIn ? LEAD_IN_ROW.exec(text) : null) ?? (agencyField ? AGENCY_ROW.exec(text) : null) ?? PROVIDER_ROW.exec(text);
    const agencies = row ? agenciesIn(withoutOwnSite(row[1], isOwnSite), true) : [];
    // Rule "dateline in the source row": Gulf portals that run their agency's copy print its dateline after the source
    // label, the place, a dash and the agency ("المصدر: دبي - وام", "المصدر: الرياض - واس"), where others print the
    // agency alone. The one to three words before the dash are where the copy was filed from; the agency after it is
    // the source, as in a dateline over the text. A place alone, or a dash before no agency, names none.
    if (agencies.length === 0 && labelled && row) agencies.push(...agenciesIn(row[1].replace(DATELINE_PLACE_DASH, ''), true));
    if (agencies.length > 0 && !page.isAnotherItemsRegion(elements[index])) return agencies[0];
  }
  return null;
}
/**
 * Rule "partner's provider label": portals that carry their partners' stories name the partner in a label of their
 * own, in the page's language ("Provided by AFP", "Bereitgestellt von dpa", "Fourni par AFP", "Proporcionado por EFE"),
 * set with its logo just above the headline or under it; when the partner is an agency, the story is its copy. Read
 * from the few elements before the headline on, so a label in a teaser list further up is never reached.
 */
const PROVIDER_LABELS = ['provided by', 'bereitgestellt von', 'fourni par', 'proporcionado por', 'fornito da', 'fornecido por'];
const PROVIDER_ROW = new RegExp(`^(?:${PROVIDER_LABELS.join('|')})\\s*:?\\s+(.+?)\\s*$`, 'iu');
const PROVIDER_LABEL_INITIALS = caseInsensitiveInitials(PROVIDER_LABELS);
/** How many elements before the headline a provider's label may stand: its logo, its name and the strip around them. */
const PROVIDER_ROW_REACH = 8;
/**
 * Rule "own site first": news sites that rewrite agency copy credit themselves first, then the agencies and the
 * editor's initials ("Quelle: DIE WOCHE ONLINE, dpa, AFP, rav", "Quelle: example.de, mli/dpa"). A first item that is
 * the site's name or a domain is the site's own share of the story, and the items after it are read for the agencies.
 */
function withoutOwnSite(credit: string, isOwnSite: (name: string) => boolean): string {
  const comma = credit.indexOf(',');
  const first = comma > 0 ? credit.slice(0, comma).trim() : '';
  return first && (isOwnSite(first) || DOMAIN.test(first)) ? credit.slice(comma + 1).trim() : credit;
}
const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}$/u;

/**
 * Rule "agency after its lead-in alone": a paper that rewrote agency copy credits the agency in the info row with the
 * credit's lead-in and nothing before it, its own share of the story left unsaid ("Avec MAP", "Con EFE", "With AP"),
 * a field of its own beside the date. The lead-in and nothing but agencies after it make the row; "Avec des amis"
 * credits no one.
 */
const LEAD_IN_ROW = new RegExp(`^${CREDIT_LEAD_IN}\\s+(.+?)\\s*$`, 'iu');
/** The first letters of CREDIT_LEAD_IN's lead-ins, to pass over every other short text unbuilt. */
const LEAD_IN_INITIALS = caseInsensitiveInitials(CREDIT_LEAD_INS);

/**
 * Rule "agency's own field": Indian portals, and others whose byline row is a set of labelled fields, give the agency
 * a field of its own beside the writer's and the dates ("लेखक: अंकित शर्मा", "एजेंसी: पीटीआई", "Agency: PTI",
 * "Agencia: EFE"): the word "agency" as the label, then the agency. Read only with the colon and with nothing but
 * agencies after it, so a sentence about an agency or an agency's own name ("Agence France-Presse") is no such field.
 */
const AGENCY_LABELS = ['agency', 'agencia', 'agência', 'agence', 'agentur', 'एजेंसी', 'एजेन्सी'];
const AGENCY_ROW = new RegExp(`^(?:${AGENCY_LABELS.join('|')})\\s*[:：]\\s*(.+?)\\s*$`, 'iu');
const AGENCY_LABEL_INITIALS = caseInsensitiveInitials(AGENCY_LABELS);

/** A label and two agencies, with room to spare. */
const MAX_SOURCE_ROW_CHARS = 60;
const SOURCE_LABEL_INITIALS = caseInsensitiveInitials(SOURCE_LABEL_WORDS);
const SOURCE_ROW = new RegExp(`^${SOURCE_LABEL}\\s*[:：]\\s*(.+?)\\s*$`, 'iu');

/**
 * Rule "agency after the writer": a byline that links the writer's name to the writer's page sets the agencies whose
 * copy went into the story after the link, with the credit's lead-in ("Par <a>Rania Khoury</a>, avec AFP", "Par
 * <a>Yassine Alaoui</a> (avec MAP)"); the writer is read from the link or a declaration, and the rest of the line
 * credits the wire. Only a lead-in whose rest, to the line's end or its closing bracket, is nothing but agencies
 * counts ("avec des amis" credits no one).
 */
export function agencyAfterWriter(bylineLines: readonly string[]): string | null {
  for (const line of bylineLines) {
    const credit = AGENCY_AFTER_WRITER.exec(line);
    const agencies = credit ? agenciesIn(credit[1]) : [];
    if (agencies.length > 0) return agencies[0];
  }
  return null;
}

/**
 * Rule "agency closing the writers' line": a paper that runs an agency's story under its reporters' names sets the
 * agency after the names and a comma, on the byline's own line ("Amira Osman and Daniel Hale, Reuters", "By Jane
 * Doe, AP"), the way the agency's own copy signs its reporters. Where the page declares the writers, the line that
 * names the first of them and whose part after its last comma is nothing but an agency credits the wire; a post
 * ("Jane Doe, Reuters correspondent") is no agency alone and credits none here.
 */
export function agencyClosingWritersLine(lines: readonly string[], writers: readonly string[]): string | null {
  if (writers.length === 0) return null;
  for (const line of lines) {
    const [before, after] = closingEntry(line);
    if (before < 0 || !line.slice(0, before).includes(writers[0])) continue;
    const agency = agencyNamed(line.slice(after));
    if (agency) return agency;
  }
  return null;
}

/**
 * Rule "agency joined to the writers": the byline may join the agency to the writers' names with "and", as it joins a
 * second writer ("By Wanjiru Kamau and AFP", "Por Ana Ruiz y EFE", "Par Léa Martin et AFP"), where the staff reporter
 * wrote the story from the agency's copy and the agency's own. The line's last entry, after its last comma or "and",
 * is read as its closing entry: an agency there credits the wire, a second writer's name names none. The start and
 * the end of the mark before that entry, or -1 where the line has one entry only.
 */
function closingEntry(line: string): [number, number] {
  let before = line.lastIndexOf(',');
  let after = before + 1;
  for (const join of line.matchAll(ENTRY_JOIN)) {
    if (join.index <= before) continue;
    before = join.index;
    after = join.index + join[0].length;
  }
  return [before, after];
}
/** The conjunctions a byline joins its entries with, as it joins its writers. */
const ENTRY_JOIN = new RegExp(`\\s(?:${WRITER_CONJUNCTION}|&)(?=\\s)`, 'giu');

/**
 * Rule "agency's beat" (see AGENCY_BEAT_TITLE), where the page declares the writer: the post after the comma of the
 * writer's byline names the agency they write for ("By Jane Doe, PA Retail Correspondent"). The agency, or null.
 */
export function agencyInWritersPost(bylineLines: readonly string[]): string | null {
  for (const line of bylineLines) {
    const comma = line.lastIndexOf(',');
    const post = comma < 0 ? '' : line.slice(comma + 1).trim();
    const agency = AGENCY_BEAT_TITLE.test(post) ? agencyNamed(post.replace(AGENCY_BEAT_TITLE, '')) : null;
    if (agency) return agency;
  }
  return null;
}
/** A comma, an opening bracket or a space, the lead-in, and the rest of the line, bar a closing bracket. */
const AGENCY_AFTER_WRITER = new RegExp(`[\\s,(]${CREDIT_LEAD_IN}\\s+([^()]+?)\\)?\\s*$`, 'iu');

/**
 * Rule "agency beside the byline": a byline box may list the agency as an entry of its own after the writer's,
 * in a box of the same kind ("<div><span>Av <a>Johanna Lind</a></span></div><div><span><a href="/av/tt">TT</a></span></div>"),
 * where a reader sees "Johanna Lind, TT". In the article's header, a box whose whole text names an agency, right
 * after a box whose line opens with a byline word and names someone, credits the wire. A picture's credit ("AFP")
 * is no entry of the byline's, whatever it follows.
 * Rule "agency in the writer's place": papers that run agency copy unsigned print the agency where the writer's name
 * goes, opening the date row ("<span>Lusa</span> <span>3 dez 2026, 9h05</span>", "EFE · 3 dic 2026"): an agency box
 * right before a box that holds a date and nothing else credits the wire too. Rule "agency under the date": Japanese
 * and Korean papers print the agency on a line of its own under the date line ("<p>2026年12月3日 14時05分</p><p>共同通信</p>"),
 * the place of the writer's name in their own stories; an agency box right after a date's box credits the wire as well.
 * Rule "agency under the writer's name": an author module prints the writer's name with no byline word and the
 * writer's employer on the line under it ("<p>Marie-Ève Tremblay</p><p>La Presse Canadienne</p>"); right after a box
 * whose whole text is a writer the record credits, an agency box credits the wire.
 * Rule "mark before the agency's box": the agency's box may open with the mark that parts it from the writer's
 * ("<span class="author">Jane Doe</span> <span>| STT</span>", "<span>/ NTB</span>"), as a reader sees "Jane Doe | STT";
 * the mark joins the two entries and is no part of the agency's name.
 */
export function readBylineBoxAgency(page: IndexedPage, writers: readonly string[]): string | null {
  const { elements, visibleChars } = page.walk;
  const end = page.articleHeaderEnd();
  for (let index = page.firstAfterHeadline(); index < end; index++) {
    if (visibleChars[index] === 0 || visibleChars[index] > MAX_AGENCY_ENTRY_CHARS || !page.followsHeadlineAt(index)) continue;
    const text = page.shortTextAt(index, MAX_AGENCY_ENTRY_CHARS);
    const desk = text ? agencyAfterDesk(text) : null;
    const agency = desk ?? (text ? agencyNamed(text.replace(LEADING_ENTRY_MARK, '')) : null);
    if (!agency) continue;
    const box = outermostBoxOf(page, elements[index], text!);
    if (isInFigure(page, box) || page.isAnotherItemsRegion(box)) continue;
    if (desk) return desk;
    const before = previousElement(box);
    const line = before ? page.shortText(before, MAX_BYLINE_CHARS) : null;
    if (line && ((BYLINE_START.test(line) && namesSomeone(line)) || writers.includes(line))) return agency;
    if (isDateRowAfter(page, box) || isDateEntry(page, before)) return agency;
  }
  return null;
}

/** A bar, a slash, a dot or a dash that opens a row's entry, parting it from the one before. */
const LEADING_ENTRY_MARK = /^[|/·•–—-]\s*/u;

/**
 * Rule "desk and agency in the writer's place": the newsroom credits agency copy it edited to its desk and the agency
 * together ("Redacción / EFE", "Redação | Lusa", "Newsroom / AP"), or in words, a staff label and the agency after its
 * lead-in ("Rédaction en ligne avec Belga", "La rédaction avec AFP"); the desk names no writer, and the agency is the
 * wire the story came from. Such a credit needs no byline word or date beside it to be read as the story's: the
 * desk's label says it is one.
 */
function agencyAfterDesk(text: string): string | null {
  const parts = DESK_AND_AGENCY.exec(text);
  if (parts) return ROLE_WORDS.test(parts[1]) ? agencyNamed(parts[2]) : null;
  const rest = withoutStaffLabel(text);
  return rest !== text ? agenciesIn(rest, true)[0] ?? null : null;
}
/** One word, a slash, a bar or a dash, and the rest. */
const DESK_AND_AGENCY = /^(\p{L}+)\s*[/|–-]\s*(\S.*)$/u;

/**
 * Whether the boxes after the agency's box lead to a date and nothing else: right after it, or (rule "place and bars
 * between") past the bars that part the row's entries and the place the story was filed from ("<span>EFE</span>
 * <span>|</span><span>Ciudad de México</span><span>|</span><span>29.11.2026 - 14:37 hrs</span>").
 */
function isDateRowAfter(page: IndexedPage, box: Element): boolean {
  let after = nextElement(box);
  for (let skipped = 0; after && skipped <= MAX_ROW_ENTRIES_BEFORE_DATE; skipped++, after = nextElement(after)) {
    const entry = page.shortText(after, MAX_DATE_ENTRY_CHARS);
    if (entry === null) return false;
    if (isDateOnly(entry.replace(DAY_AND_CLOCK_LABELS, ''))) return true;
    if (!ROW_SEPARATOR.test(entry) && !(skipped > 0 && PLACE_ENTRY.test(entry))) return false;
  }
  return false;
}
/**
 * Rule "date and time fields": a hand-made portal's row labels the day and the clock as two fields of a form, "Date:"
 * and "Time:" ("Ημερομηνία: 04/12/2026 | Ώρα: 11:05", "Fecha: … | Hora: …", "Tarih: … | Saat: …"); the labels name
 * the fields and leave the row a date and nothing else. Only the words for date and time before their colons go.
 */
const DAY_AND_CLOCK_LABELS = /(?<!\p{L})(?:date|time|ημερομηνία|ώρα|fecha|hora|data|ora|datum|zeit|uhrzeit|tarih|saat)\s*[:：]\s*/giu;
/** The box holds a date and nothing else. */
function isDateEntry(page: IndexedPage, box: Element | null): boolean {
  const entry = box && page.shortText(box, MAX_DATE_ENTRY_CHARS);
  return Boolean(entry) && isDateOnly(entry!);
}

/** Bars and a place: the place between two bars, before the date. */
const MAX_ROW_ENTRIES_BEFORE_DATE = 3;
const ROW_SEPARATOR = /^[|·•/–-]?$/u;
/** A place name: a few capitalised words, no digits. */
const PLACE_ENTRY = /^\p{Lu}[\p{L}.'’ -]{1,40}$/u;
/** "Agence France-Presse", "The Associated Press": the longest agency entry. */
const MAX_AGENCY_ENTRY_CHARS = 30;
/** "Publicado a 3 de dezembro de 2026, 09h05": the longest date entry after an agency's. */
const MAX_DATE_ENTRY_CHARS = 50;

/** The outermost ancestor of the element, itself included, whose text is the same. */
function outermostBoxOf(page: IndexedPage, element: Element, text: string): Element {
  let box = element;
  while (box.parent && box.parent.type === 'tag' && page.shortText(box.parent as Element, MAX_AGENCY_ENTRY_CHARS) === text) box = box.parent as Element;
  return box;
}
