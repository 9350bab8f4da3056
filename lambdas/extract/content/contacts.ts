/**
 * Contact card: the press contact a release or an association's page closes with ("Pressekontakt", a name, "Telefon:
 * +49 ...", an e-mail address). It tells journalists whom to call, not the reader what happened, and trafilatura's
 * and Readability's readers leave it out with the page's address block. It is known by its lines, not its markup:
 * at the very end of the body, a run of short lines in which phone numbers and e-mail addresses sit between names
 * and a contact heading. A story that ends by quoting one address keeps it: the card needs two ways to reach
 * someone (a phone and a mail, or two of either).
 *
 * Rule "leading contact card": an agency's or a company's release may open with its card instead, above the dateline
 * ("<p>Contact: Jane Roe, Public Information Officer<br>County Health Department<br>(555) 010-0188 |
 * jroe@county.example</p>", "<p><b>Media contact:</b></p><p>Jane Roe</p><p>press@example.org</p>"). Among the
 * body's first blocks, a line that opens with a contact label and a colon, or is the label alone, followed by short
 * name lines down to a phone or a mail, is that card; it goes through its last phone or mail line. One way to reach
 * someone is enough there, as the label says what the lines are; a story that opens with "Contact us …" has no colon
 * after the label, and its next line is a sentence.
 */
import { LEGAL_FORMS } from '../metadata/byline-vocabulary';
import { ARABIC_WRITER_CALLING } from './vocabulary';
import type { Block, TextBlock } from './blocks';
import { CLOSING_STOP } from './bylines';
import { HEADING_KINDS } from './title';

/** A card's lines are labels, names and numbers; a longer line is a sentence of the story. */
const MAX_CARD_LINE_CHARS = 80;

/** A name, a job title or a company line: a few words, no sentence inside. */
const MAX_NAME_LINE_WORDS = 6;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
const ENDS_IN_LEGAL_FORM = new RegExp(`[\\s,](?:${LEGAL_FORMS.join('|')})\\.$`, 'u');

/** Fewer is an address the story gives; a card has a phone and a mail, or two of either. */
const MIN_CONTACT_SIGNALS = 2;
/**
 * Rule "labelled contact card": under its heading ("Contacto de prensa:", "Media contact"), a card that gives one way
 * to reach its office is still the card, as the label says what the lines are; a story that closes on an address
 * it quotes has no such heading line above it.
 */
const MIN_LABELLED_CONTACT_SIGNALS = 1;
/**
 * Rule "bare address line": a release may close on its press office's address alone, a line that is the address
 * and nothing else ("press@example.org"), under its "About …" paragraph. It is the card with its heading left out,
 * the same lines a labelled card gives, and goes as the card does; a story that ends by giving an address writes it
 * into a sentence ("Tips go to tips@….").
 */
const BARE_EMAIL_LINE = /^\s*(?:mailto:)?[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}\s*$/u;

/**
 * A card may be one block of lines a page breaks with `<br>` ("Contacto de prensa:<br>Dirección de
 * Comunicación<br>prensa@…"): its lines, not the block, are what a card keeps short.
 */
function longestLine(text: string): number {
  let longest = 0;
  for (const line of text.split('\n')) longest = Math.max(longest, line.length);
  return longest;
}

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}/u;

/**
 * Whether the text holds an e-mail address. The pattern, unanchored, tries every run of letters in the text; a text
 * without an "@" (most of them) cannot match it and is let go at once.
 */
function holdsEmail(text: string): boolean {
  return text.includes('@') && EMAIL.test(text);
}
/**
 * A phone line's label. Rule "Hebrew phone label": Israeli municipalities' and institutions' press offices close a
 * release with "טל' 08-…" / "טלפון:" / "פקס:" (the geresh marks the abbreviation of "telephone"), their contact line.
 */
const PHONE = /(?:^|[\s:|])(?:tel(?:efon|\.)?|phone|fon|fax|mobil|mobile|móvil|teléfono|téléphone|tél\.?|هاتف|الهاتف|جوال|فاكس|电话|電話|טל['׳]|טלפון|פקס|נייד)\s*[:.：]?\s*\+?[\d(]/iu;
/** A number alone on its line, with its international prefix or area code in brackets: a calendar row has neither. */
const BARE_PHONE = /^(?:\+\d|\(\d)[\d()\s/.-]{6,}$/;
/**
 * Rule "site and social lines": a ministry's or a university's release closes with the office's ways to reach it, a
 * line each, labelled with the word for its website in the page's language ("Laman:", "Situs:", "Website:", "Site web :",
 * "Sitio web:") or with a social network and the office's handle ("Facebook: …", "Instagram: @…", "X: @…"). Each
 * such line is one way, as a mail or a phone line is.
 */
const CONTACT_LABEL = /^(?:e-?mail|mail|web|website|site web|sitio web|internet|www|laman|situs(?: web)?|facebook|instagram|x|twitter|tiktok|youtube|linkedin)\s*[:：]/iu;

/**
 * The heading a card opens with, in the languages the pipeline ingests; an Arabic one ("للتواصل الإعلامي",
 * "للاستفسارات الإعلامية") ends where its letters do, as `\b` knows Latin letters only. Rule "Chinese contact label": a
 * Chinese release's card opens with its contact person's label and a colon ("媒体联系人：", "聯絡人："), its phone
 * labelled "电话：". Rule "press office as the heading": Brazilian and Portuguese city halls, state governments and
 * companies head the card with the office's name instead of a contact label ("Assessoria de Imprensa", "Assessoria de
 * Comunicação", Portugal's "Gabinete de Imprensa"), as Spanish-speaking ones do ("Gabinete de Prensa", "Oficina de
 * Prensa"): the office is who answers the phone, which is what a contact label says.
 */
const CARD_HEADING = /^(?:(?:(?:presse|medien)?kontakt|ansprechpartner(?:in)?|pressekontakt|(?:press|media) (?:contact|enquiries|inquiries)|contact|contacts|contacto(?: de prensa)?|contact presse|kontakt dla mediów|assessoria de (?:imprensa|comunica[cç][aã]o)|gabinete de (?:imprensa|prensa|comunica[cç][aã]o|comunicaci[oó]n)|oficina de prensa)\b|(?:للتواصل|التواصل|للاستفسارات|جهة الاتصال|جهات الاتصال)(?: ال?إعلامي(?:ة)?)?(?!\p{L})|(?:媒体|媒體|新闻|新聞)?(?:联系人|聯絡人|联络人|聯繫人)(?=\s*[:：]|$))/iu;

export function dropContactCard(blocks: Block[]): Block[] {
  return dropCardBeforeClosingSection(dropClosingCard(dropLeadingCard(dropWireSourceLine(blocks))));
}

/**
 * Rule "wire's source line": a newswire closes every release with the issuer's name after the word SOURCE in its
 * capitals and no colon ("SOURCE Example Health"), and a paper that runs the release verbatim keeps the line, with no
 * card above it when the release gave none. It names who issued the text, not what happened; the story writes
 * "source" in a sentence, or in lower case. The body's last line so written goes, and a card above it is then the
 * body's closing card.
 */
function dropWireSourceLine(blocks: Block[]): Block[] {
  const last = blocks.findLastIndex((block) => block.kind !== 'figure');
  const block = blocks[last];
  return block && block.kind !== 'figure' && WIRE_SOURCE_LINE.test(block.text) ? blocks.filter((_, index) => index !== last) : blocks;
}
const WIRE_SOURCE_LINE = /^SOURCE\s+\p{Lu}[^.!?\n]{0,80}\.?$/u;

/**
 * Rule "card above the safe harbor statement": a listed company's release, Canada's above all, may set its contact
 * card ("For further information, please contact:", a name, "Tel:", "Email:") above its lawyers' closing notice on
 * forward-looking information rather than under it. Read with the notice still under it, the card is not the body's
 * end and stays; once `dropNotice` has taken the notice (see dropSafeHarborStatement), the card closes the body and is
 * read as any closing card is. A body the notice rule left whole was read for its card already.
 */
export function dropCardAboveSafeHarbor(blocks: Block[], dropNotice: (blocks: Block[]) => Block[]): Block[] {
  const kept = dropNotice(blocks);
  return kept.length < blocks.length ? dropClosingCard(kept) : kept;
}

/**
 * Rule "card before the closing section": a release on an institution's own site sets its press contact under a
 * heading of its own ("Pressekontakt", "Media contact") and closes with one more section under a heading, its "About
 * …" paragraph or its downloads, so the card is not the body's last lines. Among the body's last blocks, a contact
 * heading that is the whole line, and under it short name lines down to a phone or a mail and up to the next
 * heading, is the card all the same: the heading says what the lines are.
 */
function dropCardBeforeClosingSection(blocks: Block[]): Block[] {
  const from = Math.max(0, blocks.length - CLOSING_SECTION_BLOCKS);
  for (let start = blocks.length - 2; start >= from; start--) {
    const heading = blocks[start];
    if (heading.kind === 'figure' || heading.text.length > MAX_CARD_HEADING_CHARS || !CARD_HEADING_ALONE.test(heading.text)) continue;
    let signals = 0;
    let end = start + 1;
    for (; end < blocks.length; end++) {
      const line = blocks[end];
      if (line.kind === 'figure' || line.kind === 'h2' || line.kind === 'h3' || line.kind === 'h4') break;
      if (longestLine(line.text) > MAX_CARD_LINE_CHARS) return blocks;
      const found = line.text.split('\n').reduce((sum, part) => sum + contactSignals(part), 0);
      if (found === 0 && !line.text.split('\n').every(isNameLine)) return blocks;
      signals += found;
    }
    // The card closes where a section of its own opens; a card at the very end is the closing card's.
    if (end === blocks.length || signals < MIN_LABELLED_CONTACT_SIGNALS) return blocks;
    return [...blocks.slice(0, start), ...blocks.slice(end)];
  }
  return blocks;
}
/** The card and the closing section under it: the heading, a few card lines, the section's heading and paragraphs. */
const CLOSING_SECTION_BLOCKS = 8;
const MAX_CARD_HEADING_CHARS = 40;
const CARD_HEADING_ALONE = new RegExp(`${CARD_HEADING.source}\\s*[:：]?$`, 'iu');

function dropClosingCard(blocks: Block[]): Block[] {
  const run: TextBlock[] = [];
  let heading = -1;
  let found = 0;
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index];
    // A press photo or a logo may close the page after the card; it is left where it is.
    if (block.kind === 'figure') continue;
    if (isReleaseTrailer(block.text)) {
      run.push(block);
      continue;
    }
    if (longestLine(block.text) > MAX_CARD_LINE_CHARS) break;
    // A card set as one block of lines the page breaks with <br> is read line by line, as its lines are kept short.
    const lines = block.text.split('\n');
    const signals = lines.reduce((sum, line) => sum + contactSignals(line), 0);
    if (signals > 0) found += signals;
    else if (!lines.every(isNameLine) && !CARD_HEADING.test(block.text)) break;
    if (CARD_HEADING.test(block.text)) heading = run.length;
    run.push(block);
  }
  const needed = heading >= 0 || (run.length > 0 && run.every((block) => BARE_EMAIL_LINE.test(block.text))) ? MIN_LABELLED_CONTACT_SIGNALS : MIN_CONTACT_SIGNALS;
  if (found < needed) return blocks;
  // Short lines above the card's heading (the story's last list items, a downloads row) are not the card; the wire's
  // own lines right above it are the release's trailer, as those under it are.
  let top = heading;
  while (heading >= 0 && top + 1 < run.length && isReleaseTrailer(run[top + 1].text)) top++;
  const card = new Set<Block>(heading < 0 ? run : run.slice(0, top + 1));
  return blocks.filter((block) => !card.has(block));
}

/**
 * Rule "wire's distribution line": a release as a newswire serves it closes under its card with the line that says
 * who issued it and who passed it on ("Original-Content von: Stadtwerke Example GmbH, übermittelt durch news
 * aktuell", "Distributed by Example Wire on behalf of Example Ltd."). Rule "release trailer fields": a wire's feed,
 * as papers run it, sets its fields round the card ("View source version on examplewire.com: https://…" above it;
 * "KEYWORD: …", "INDUSTRY KEYWORD: …", "SOURCE: Example Ltd.", "消息来源：…", "PUB: 12/01/2026 11:30 AM/DISC: …" under it). Such
 * lines say nothing of what happened and go with the card they stand round; without a card they stay.
 */
function isReleaseTrailer(text: string): boolean {
  return text.length <= MAX_TRAILER_LINE_CHARS && (DISTRIBUTION_LINE.test(text) || TRAILER_FIELD.test(text));
}
const DISTRIBUTION_LINE = /^(?:original-content von|originalinhalt von)\s*:|(?<!\p{L})(?:übermittelt durch|distributed by|diffusé par|distribuido por)(?!\p{L})/iu;
const TRAILER_FIELD = /^(?:(?:industry |subject )?keywords?\s*:|source\s*:|(?:消息来源|消息來源)\s*[:：]|pub\s*:\s*\d|view source version on\s)/iu;
/** A distribution line names two companies, a source line links the wire's copy: longer than a card's line, one sentence at most. */
const MAX_TRAILER_LINE_CHARS = 160;

function dropLeadingCard(blocks: Block[]): Block[] {
  // Above the card stand short lines at most: after a paragraph of the story, the label is the story's.
  const start = blocks.slice(0, LEADING_CARD_BLOCKS).findIndex((block) => block.kind !== 'figure' && LEADING_CARD_LABEL.test(block.text));
  if (start < 0 || blocks.slice(0, start + 1).some((block) => block.kind !== 'figure' && block.text.length > MAX_CARD_LINE_CHARS)) return blocks;
  let end = -1;
  for (let index = start; index < blocks.length; index++) {
    const block = blocks[index];
    if (block.kind === 'figure' || block.text.length > MAX_CARD_LINE_CHARS) break;
    if (contactSignals(block.text) > 0) end = index;
    else if (index > start && !isNameLine(block.text)) break;
  }
  return end < 0 ? blocks : [...blocks.slice(0, start), ...blocks.slice(end + 1)];
}
/** The card opens the release, under its release line ("FOR IMMEDIATE RELEASE") or its date at most. */
const LEADING_CARD_BLOCKS = 3;
/** The label ends its line or is followed by a colon: "Contact: Jane Roe", "Media contact". */
const LEADING_CARD_LABEL = new RegExp(`${CARD_HEADING.source}\\s*(?:[:：]|$)`, 'iu');

/** How many ways to reach someone a line gives: "tel +49 ... | name@example.org" counts as a phone and a mail. */
function contactSignals(text: string): number {
  const phone = PHONE.test(text) || BARE_PHONE.test(text);
  const mail = holdsEmail(text);
  if (phone || mail) return Number(phone) + Number(mail);
  return CONTACT_LABEL.test(text) || BARE_NETWORK_LINE.test(text) ? 1 : 0;
}
/**
 * Rule "bare network links": a wire's card lists the issuer's profiles as links named for their networks alone, a
 * line each, under "Visit us on social media:" or no label at all ("LinkedIn", "X", "Facebook"). Such a line is one
 * more way to reach the office, as a labelled handle is; the story writes a network's name into a sentence.
 */
const BARE_NETWORK_LINE = /^\s*(?:facebook|instagram|x|twitter|tiktok|youtube|linkedin|threads|bluesky)\s*$/iu;

/**
 * Rule "company's legal form" (see LEGAL_FORMS): a company line ends with its legal form's dot ("Example Grid Storage,
 * Inc.", the wire's "SOURCE Example Holdings Ltd." under the card), which ends no sentence.
 *
 * Rule "ideographic full stop": Japanese and Chinese write a sentence without spaces, so a short one counts as one
 * word, and close it with "。" ("今後は、県外にも販路を広げる予定です。"), or "！" and "？". A line so closed is the story's
 * sentence, not a card's name line: without it a release's closing card ran up through its last short paragraphs.
 */
function isNameLine(text: string): boolean {
  return (!SENTENCE_END.test(text) || ENDS_IN_LEGAL_FORM.test(text)) && text.split(/\s+/).filter((word) => LETTER_OR_DIGIT.test(word)).length <= MAX_NAME_LINE_WORDS;
}
const SENTENCE_END = /[.!?。！？]$/u;

/**
 * Rule "writer's contact line": papers close a story with a line on its writer ("Marcus Hale covers education for
 * the Dispatch. Reach him at mhale@… or on X at @…", "Reach Tom Kessler at 555-0143 or tkessler@…"). A last
 * paragraph that names a writer the page credits and gives an address, a handle or a number to reach them by is the
 * newsroom's note on its writer, not the story; a story that quotes someone's address names someone else.
 *
 * Rule "writer's note": the note may say who the writers are and nothing more ("Jane Doe is a senior correspondent
 * covering cities. John Roe is a data reporter.", "Jane Doe ist Redakteurin im Ressort Politik.", "Jane Doe est
 * journaliste au service Société."), set in italics under the story or in the template's footer. A last paragraph
 * that opens with a credited writer's name and a verb that says what the writer is or does is that note; a
 * sentence of the story that names the writer ("Jane Doe contributed reporting") says something else of them.
 *
 * Rule "writer's bare address": Korean papers and the agency copy they run close the story with the reporter's
 * address alone on the last line ("jhpark@…", after "(서울=연합뉴스) 박지훈 기자 = …" opened it). On a page that
 * credits a writer, a last paragraph that is one e-mail address and nothing else is the writer's sign-off; a story
 * that gives an address to write to says so in a sentence.
 *
 * Rule "a note on each writer": a story by two writers closes with a note on each, one under the other ("Tomás Reyna
 * covers water for KRNM." over "Hallie Brandt is a reporter with KVLR."), and with the last note gone the one above
 * it is the last paragraph: the notes are read from the foot up, one for each writer the page credits at most.
 */
export function dropWriterNote(blocks: Block[], authors: readonly string[]): Block[] {
  let kept = dropWriterAddressUnderByline(blocks, authors);
  for (let note = 0; note < Math.max(1, authors.length); note++) {
    const shorter = dropLastWriterNote(kept, authors);
    if (shorter.length === kept.length) break;
    kept = shorter;
  }
  return kept.length === blocks.length && authors.length > 0 ? dropWriterNoteAboveNotes(kept, authors) : kept;
}

/**
 * Rule "writer's address under the byline": papers that print the writer's e-mail under the byline rather than
 * under the story ("Por María José Treviño" over "mtrevino@…", the US Hispanic weeklies and many regional papers)
 * leave it, once the byline is read, as the text's first line. On a page that credits a writer, a first paragraph
 * that is one e-mail address and nothing else is that writer's address: a story opens with a sentence.
 */
function dropWriterAddressUnderByline(blocks: Block[], authors: readonly string[]): Block[] {
  const first = blocks.findIndex((block) => block.kind !== 'figure');
  const block = blocks[first];
  if (authors.length === 0 || !block || block.kind !== 'p' || !BARE_EMAIL.test(block.text)) return blocks;
  return blocks.filter((_, index) => index !== first);
}

/**
 * Rule "writer's note above the notes": a long read's or a paper's notes close the text, a numbered list under their
 * heading, and the footnote plugins of WordPress append them after the post's last paragraph, which is often the
 * italic note on the writer ("Tom Harker is a visiting fellow at …"): the note stands right above the notes then,
 * no longer last. The paragraph right above a closing numbered list (and its heading) that opens with a credited
 * writer's name and what the writer is or does is that note; the story's paragraph there says something else.
 */
function dropWriterNoteAboveNotes(blocks: Block[], authors: readonly string[]): Block[] {
  let start = blocks.length;
  while (start > 0 && isNumberedItem(blocks[start - 1])) start--;
  if (start === blocks.length) return blocks;
  const heading = blocks[start - 1];
  if (heading && heading.kind !== 'figure' && HEADING_KINDS.has(heading.kind)) start--;
  const note = blocks[start - 1];
  if (!note || note.kind !== 'p' || note.text.length > MAX_WRITER_NOTE_CHARS) return blocks;
  const opens = authors.some((author) => untitledToo(author).some((name) => opensWriterNote(note.text, name.toLowerCase())));
  return opens ? blocks.filter((block) => block !== note) : blocks;
}

function isNumberedItem(block: Block): boolean {
  return block.kind === 'li' && block.list?.ordered === true;
}

function dropLastWriterNote(blocks: Block[], authors: readonly string[]): Block[] {
  const last = blocks.findLastIndex((block) => block.kind !== 'figure');
  const block = blocks[last];
  if (!block || block.kind === 'figure' || block.text.length > MAX_WRITER_NOTE_CHARS) return blocks;
  if (authors.length > 0 && (BARE_EMAIL.test(block.text) || ASTERISKED_ROLE_NOTE.test(block.text) || ASTERISKED_CALLING_NOTE.test(block.text) || ASTERISKED_AUTHOR_NOTE.test(block.text)
    || (AUTHOR_NOTE.test(block.text) && WHOLLY_ITALIC.test(block.html)))) return blocks.filter((_, index) => index !== last);
  const card = writerCardAbove(blocks, last, authors);
  if (card >= 0 && authors.some((author) => opensWriterNote(block.text, givenName(author).toLowerCase()))) return blocks.filter((_, index) => index < card || index > last);
  const text = block.text.toLowerCase();
  const credited = authors.flatMap(untitledToo).filter((author) => author.length > 0 && text.includes(author.toLowerCase()));
  if (credited.length === 0) return blocks;
  const reachable = holdsEmail(block.text) || SOCIAL_HANDLE.test(block.text) || LOCAL_PHONE.test(block.text);
  return reachable || credited.some((author) => opensWriterNote(block.text, author.toLowerCase())) ? blocks.filter((_, index) => index !== last) : blocks;
}
/**
 * Rule "writer's card at the foot": local papers' templates close the story with the writer's card, the name on a
 * line of its own, the post under it and then the note, which calls the writer by the given name ("Jane Doe" over
 * "Staff Writer" over "Jane covers the courts for the Ledger."). Where a line that is a credited writer's name and
 * nothing else stands right above the note, with at most a short post line between, the note may open with the
 * given name alone, and the card's lines go with it. A story's last paragraph that names someone by a first name
 * has no such name line above it.
 * Returns where the card starts, or -1.
 */
function writerCardAbove(blocks: readonly Block[], note: number, authors: readonly string[]): number {
  const names = new Set(authors.filter((author) => author.includes(' ')).map((author) => author.toLowerCase()));
  if (names.size === 0) return -1;
  for (let index = note - 1; index >= Math.max(0, note - 1 - MAX_POST_LINES); index--) {
    const block = blocks[index];
    if (block.kind === 'figure') return -1;
    if (names.has(block.text.replace(CLOSING_STOP, '').toLowerCase())) return index;
    if (block.text.length > MAX_POST_LINE_CHARS) return -1;
  }
  return -1;
}
/** A card prints the writer's post on a line, or the post and the desk on two. */
const MAX_POST_LINES = 2;
const MAX_POST_LINE_CHARS = 40;

/** "Jane" of "Jane Doe": the name a card's note calls its writer by. */
function givenName(author: string): string {
  return author.split(' ')[0];
}

/**
 * Rule "note without the titles": a byline gives a guest writer's academic titles ("Ein Gastkommentar von Prof. Dr.
 * Jane Doe"), and the note under the piece names her without them ("Jane Doe lehrt …").
 */
function untitledToo(author: string): string[] {
  const untitled = author.replace(ACADEMIC_TITLES, '');
  return untitled === author ? [author] : [author, untitled];
}
const ACADEMIC_TITLES = /^(?:(?:prof|dr)\.\s*)+/iu;
const BARE_EMAIL = /^\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$/u;
/**
 * Rule "asterisked role note": Arabic papers close an opinion piece with a note on its writer set apart by an
 * asterisk, which names the writer's calling and not the writer ("* أكاديمي وباحث في شؤون المياه", "* كاتبة
 * وصحافية لبنانية"): on a page that credits a writer, a last line that opens with the asterisk and such a noun is
 * that note. Without the asterisk a line of those words may be the story's own. London's pan-Arab papers set the
 * Arabic five-pointed star in the asterisk's place ("٭ كاتب وباحث فلسطيني").
 */
const ASTERISKED_ROLE_NOTE = new RegExp(`^\\s*[*\\u066D]+\\s*${ARABIC_WRITER_CALLING}`, 'u');
/**
 * Rule "asterisked calling": Argentine, Spanish, Brazilian and French papers mark the columnist's name in the byline
 * with an asterisk ("Por Martín Ríos (*)") and close the column with the note it points to, which opens with the
 * writer's calling or former seat and not with the name ("(*) Exdiputado provincial y profesor de Derecho …", "*
 * Cientista político e professor da …", "* Ancienne députée, politologue"). On a page that credits a writer, a last
 * line that opens with the asterisk and such a calling, a former one too, is that note; an asterisk over a table's
 * or a figure's footnote ("(*) Datos provisorios") names no calling.
 */
const LATIN_WRITER_CALLINGS = [
  'diputad[oa]', 'senador(?:a)?', 'concejal(?:a)?', 'legislador(?:a)?', 'ministr[oa]', 'intendente', 'gobernador(?:a)?', 'embajador(?:a)?',
  'polit[óo]log[oa]', 'soci[óo]log[oa]', 'economista', 'abogad[oa]', 'periodista', 'profesor(?:a)?', 'docente', 'investigador(?:a)?', 'analista',
  'consultor(?:a)?', 'historiador(?:a)?', 'escritor(?:a)?', 'licenciad[oa]', 'doctor(?:a)? en', 'director(?:a)? de',
  'deputad[oa]', 'vereador(?:a)?', 'cientista político', 'advogad[oa]', 'jornalista', 'professor(?:a)?', 'pesquisador(?:a)?',
  'député(?:e)?', 'sénat(?:eur|rice)', 'politologue', 'avocat(?:e)?', 'professeur(?:e)?', 'économiste', 'chercheu(?:r|se)', 'journaliste',
  'mp', 'mep', 'senator', 'congress(?:man|woman)', 'political scientist', 'professor', 'lawyer', 'economist', 'researcher', 'journalist',
];
const ASTERISKED_CALLING_NOTE = new RegExp(`^\\s*(?:\\*+|\\(\\*\\))\\s*(?:(?:an? |the )?(?:former |ex-?|ancien(?:ne)? |antig[uo][oa] ))?(?:${LATIN_WRITER_CALLINGS.join('|')})(?![\\p{L}])`, 'iu');
/**
 * Rule "asterisked note on the author": Spanish, Latin American and other papers close a column with a note on its
 * writer that names the writer as "the author" and is set apart by an asterisk, the one a byline may carry ("*El
 * autor es ingeniero hidráulico y profesor …", "(*) La autora es politóloga.", "* The writer is a former
 * ambassador."). On a page that credits a writer, a last line so opened is that note; without the asterisk, "the
 * author is" also opens a review's last judgement of a book's author.
 */
const AUTHOR_NOTE_OPENING = "(?:the (?:author|writer) is|the (?:authors|writers) are|el autor es|la autora es|los autores son|o autor é|a autora é|os autores são|l['’]aut(?:eur|eure|rice) est|l['’]autore è|der autor ist|die autorin ist|die autoren sind)(?![\\p{L}])";
const ASTERISKED_AUTHOR_NOTE = new RegExp(`^\\s*(?:\\*+|\\(\\*\\))\\s*${AUTHOR_NOTE_OPENING}`, 'iu');
/**
 * Rule "italic note on the author": Indian, British and other papers set the same note on an op-ed's writer without
 * the asterisk, as the piece's last line in italics ("<p><em>The writer is a former Rajya Sabha MP and …</em></p>").
 * The italics set the line apart from the text as the asterisk does: a last paragraph wholly in italics that opens
 * so is that note, where a review's last judgement on a book's author is set in the text's own type.
 */
const AUTHOR_NOTE = new RegExp(`^${AUTHOR_NOTE_OPENING}`, 'iu');
const WHOLLY_ITALIC = /^<em>(?:(?!<\/?em>)[^])*<\/em>[.\s]*$/u;
/** A note on the writer runs to two or three sentences. */
const MAX_WRITER_NOTE_CHARS = 300;
const SOCIAL_HANDLE = /(?<![\p{L}\d.])@[\p{L}\d_]{2,}/u;
const LOCAL_PHONE = /(?<!\d)(?:\(?\d{3}\)?[\s.-])?\d{3}[\s.-]\d{4}(?!\d)/;

/**
 * `author` lower-cased: the note opens with the name, in any case, after any dash or asterisk that sets it apart;
 * what follows is read as written, as a possessive post is known by its capitals.
 */
function opensWriterNote(text: string, author: string): boolean {
  const opening = text.replace(NOTE_MARK, '');
  return opening.slice(0, author.length).toLowerCase() === author && WRITER_NOTE_VERB.test(opening.slice(author.length));
}
const NOTE_MARK = /^[\s*—–-]+/u;
/**
 * What the writer is or does, in the languages the pipeline ingests: "is a", "covers", "ist", "schreibt", "est", "es",
 * "è", "é"; also the post at the publication, named in its possessive ("is Field & Fork’s features editor", "is
 * Reuters' Berlin correspondent"), or named as a title without an article ("was managing editor of the Herald", "is
 * senior fellow at the Institute"), or what a guest writer teaches or researches ("lehrt", "forscht", "teaches").
 * Where the writer may be found ("Jane Doe is on X at …", "ist auf Instagram") is a pointer the story may keep, not
 * the note. Rule "writer's record": the note may give the writer's record instead ("has written about mortgages for
 * more than a decade", "has covered housing since 2015", "has reported on …", "has been a reporter …"), what the writer
 * has done as a writer; a story's closing sentence on its writer says what they found or were told.
 */
const WRITER_NOTE_VERB = /^,? (?:has (?:written|covered|reported|been (?:a|an|the))|(?:is|was) (?:a|an|the|(?:(?:\p{Lu}[\p{L}.-]*|&) ){0,4}\p{Lu}[\p{L}.-]*['’]s?(?= )|(?:\p{Ll}+ ){0,2}(?:editor|reporter|correspondent|columnist|writer|journalist|producer|publisher|director|fellow|professor|founder) (?:of|at|for)(?= ))|covers|writes|reports|(?:ist|war|est|es|è|é)(?! (?:on|auf|bei|sur|en|su|no|op)(?![\p{L}]))|teaches|schreibt|berichtet|arbeitet|lehrt|forscht|écrit|enseigne|escribe|enseña|scrive|insegna|escreve|schrijft)(?![\p{L}])/u;
