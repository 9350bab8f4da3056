/**
 * Source credit: the line a news story closes with to say where it came from, "Quelle: ntv.de, ino/dpa", "mit dpa",
 * "sid/dpa", "aja/PAP": the agency, the site and the editor's initials. It is not the story's text (fundus's
 * reviewed bodies and trafilatura's annotators leave it out), but it names the wire the story came from, so it is
 * handed back beside the body for the record's `wireSource`.
 *
 * Only the last block is read, and only when every part of it is an agency, a site's domain or an editor's
 * initials with at least one agency among them: "Quelle: Science, Rice University" names the study a story is
 * about, and stays.
 */
import { PREPARED_BY_WORDS } from '../metadata/byline-vocabulary';
import { AGENCY_CREDITS_AFTER_SENTENCE } from '../metadata/bylines/signatures';
import { agenciesIn, agencyNamed, CREDIT_LEAD_IN, EDITOR_INITIALS, homeAgencyNamed, SOURCE_LABEL } from '../metadata/wire-agencies';
import { withTatweelDashes } from '../metadata/text';
import type { Block, TextBlock } from './blocks';
import { normalizeSpace } from '../dom-walk';

/** "Quelle: ntv.de, ino/dpa" is as long as the credit gets; a longer line is a sentence. */
const MAX_CREDIT_CHARS = 60;
/** A credit worded as a note, with the day it was published, runs longer: "This report by … was first published Dec. 2, 2026." */
const MAX_NOTE_CHARS = 100;

/**
 * The label or the lead-in a credit opens with, after an optional parenthesis or dash: "Quelle:", "(Con", "— With".
 * Rule "agency's copyright line": aggregators close agency copy with the agency's copyright mark in letters, "(c)
 * Agencia EFE", "(c) 2026 Reuters", which says whose copy the story is, as a credit does.
 * Rule "dashed agency sign-off": Malaysian, Indian and Pakistani portals close agency copy with the agency's name
 * alone after a dash or two, on a line of its own ("<p>— BERNAMA</p>", "<p>--IANS</p>", "<p>-आईएएनएस</p>"): the
 * dash is the credit's opening, and the line a credit when what follows it names an agency. Chinese sets its dash
 * (破折号) as two em dashes, so the Chinese press abroad signs the same copy off "——马新社".
 */
const CREDIT_OPENING = new RegExp(`^[(\\u2013\\u2014-]?\\s*(?:${SOURCE_LABEL}\\s*[:：]?|${CREDIT_LEAD_IN})\\s+|^\\(c\\)\\s*(?:(?:19|20)\\d{2}\\s+)?|^(?:--?|\\u2014\\u2014|[\\u2013\\u2014])\\s*`, 'iu');

/** A credit behind a source label and its colon ("Izvor: Hina"), where an agency's initials may be written as a word. */
const LABELLED_CREDIT = new RegExp(`^[(\\u2013\\u2014-]?\\s*${SOURCE_LABEL}\\s*[:：]`, 'iu');

/**
 * "Reuters contributed to this report.", the note US desks close a story with when an agency's copy went into it:
 * a credit like the others, the agencies named before the verb.
 */
const CONTRIBUTION_NOTE = /^(.+?)\s+contributed(?: reporting)? to this (?:report|story|article)\.?$/iu;

/** "Material from Reuters and AFP was used.", "This story includes material from AP.": the same credit, worded round. */
const MATERIAL_NOTE = /^(?:(?:this (?:report|story|article) )?(?:includes|uses|contains) material from (.+?)|material from (.+?) (?:was|were|has been|have been) used(?: in this (?:report|story|article))?)\.?$/iu;

/**
 * Rule "reported-by note": Russian and Ukrainian portals that rewrite an agency's story close it with a line that says
 * who reported it, "Об этом сообщает РИА Новости.", "Об этом сообщил ТАСС.", "Про це повідомляє Укрінформ.": a
 * credit worded as a sentence, the agency after the verb. Read as a credit only when that part is wholly an agency's
 * name; a line that goes on ("… со ссылкой на пресс-службу") carries news of its own.
 */
const REPORTED_NOTE = /^(?:об этом|про це)\s+(?:сообщает|сообщил[аио]?|сообщают|передает|передаёт|пишет|повідомляє|повідомив|повідомило|передає|пише)\s+(.+?)\.?$/iu;
/** Ukrainian writes an agency's name in quotation marks ("«Інтерфакс-Україна»"); the name is what they hold. */
const QUOTED_NAME = /^[«"“„]\s*(.+?)\s*[»"”“]$/u;

/**
 * Rule "first-published note": Canadian agency copy closes with the note of when the agency first sent it, "This
 * report by The Canadian Press was first published Dec. 2, 2026.", and papers that run another's story close it with
 * "This story was first published by Reuters." It says whose copy the story is, as a credit does; the agency is the
 * part after "by", and the note is read as a credit only when that part names one.
 */
const PUBLISHED_NOTE = /^this (?:report|story|article) (?:by (.+?) was (?:first|originally) published\b[^.]*(?:\.\s*\d{1,2},?\s*\d{4})?|was (?:first|originally) published by (.+?))\.?$/iu;

/**
 * Rule "agency's story identifier": dpa closes every story with its identifier, the agency, a colon, the day
 * (YYMMDD), the desk and the serial number and the version ("dpa-infocom, dpa:261202-930-412877/3"), and the sites
 * that take the feed keep the line, with or without a copyright sign. The identifier names the agency as a credit
 * does; read as the agency's name, the line is a credit like "dpa-infocom, dpa".
 */
const AGENCY_STORY_ID = /(?<![\p{L}\d])(\p{L}{2,10}):\d{6}(?:-\d{2,}){1,3}(?:\/\d{1,3})?(?![\p{L}\d])/gu;

/**
 * Rule "bracketed credit parts": Nigeria's agency closes its copy with its initials and its website, each in brackets
 * of its own ("(NAN)(www.nannews.ng)"); the brackets between them part the credit as a slash does.
 */
const PART_SEPARATOR = /\s*(?:[/,;|&+،]|\)\s*\(|\s(?:and|und|y|et|e|i|و)\s)\s*/u;

/**
 * Rule "outlet beside the agency": a labelled source line may name a broadcaster or a paper by its initials beside
 * the agency ("Allikas: ERR, BNS", "Quelle: ZDF, dpa"), as it names a site by its address; the line is a credit
 * still, and the agency its wire. Initials alone name no agency, so such a line with no agency in it stays text.
 */
const OUTLET_INITIALS = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;
/** A site's address, with or without its "www." ("ntv.de", "www.nannews.ng"). */
const DOMAIN = /^(?:www\.)?[\p{L}\d-]+\.\p{L}{2,}$/u;

/** A paragraph, or the row an old table layout sets each of its lines in, the credit's too ("<tr><td>المصدر: رويترز</td></tr>"). */
const CREDIT_BLOCK_KINDS: ReadonlySet<TextBlock['kind']> = new Set(['p', 'row']);

export interface SplitBody {
  blocks: Block[];
  /** The first agency the credit names, when the body has one. */
  creditedAgency: string | null;
}

/** `language`: the page's declared language (a BCP 47 tag), whose national agency a closing credit may write as a word. */
export function splitSourceCredit(blocks: Block[], language: string | null = null): SplitBody {
  let story = blocks;
  let creditedAgency: string | null = null;
  for (let lines = 0; lines < MAX_CREDIT_LINES; lines++) {
    const credit = closingCredit(story, language);
    if (!credit) break;
    story = story.slice(0, -1);
    creditedAgency ??= credit.agency;
  }
  return { blocks: story, creditedAgency };
}

/**
 * Rule "agency's copyright notice": portals that run agency copy keep the agency's copyright notice under it, "©
 * Copyright 2026 AFP. All rights reserved.", "Copyright 2026 The Associated Press. All rights reserved. This material
 * may not be published…", Korean "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "ⓒ 뉴시스, 무단 전재…". The notice
 * goes with the publisher's others, but its holder says whose copy the story is, as a credit does. The holder is the
 * notice's words after the mark and the year, up to the first full stop or comma. Rule "agency's end mark": the
 * Portuguese agency closes its copy with its name and "end" ("Lusa/Fim"), under the desk's initials ("ACC // JMR"),
 * and the end mark goes with what follows it (rule "end mark" of the notices) but names the agency as well; so does
 * the note of an Indian paper's sources (rule "inputs note"), "(With inputs from PTI)", "(With IANS inputs)".
 * The agency of the first such notice among the last blocks, or null.
 */
export function closingNoticeAgency(blocks: Block[]): string | null {
  let read = 0;
  for (let index = blocks.length - 1; index >= 0 && read < CLOSING_NOTICE_BLOCKS; index--) {
    const block = blocks[index];
    if (block.kind === 'figure') continue;
    read++;
    const notice = AGENCY_COPYRIGHT.exec(block.text) ?? AGENCY_END_MARK.exec(block.text) ?? INPUTS_NOTE.exec(block.text);
    const agency = notice ? agencyNamed(notice[1] ?? notice[2]) : null;
    if (agency) return agency;
  }
  return null;
}
const CLOSING_NOTICE_BLOCKS = 3;
const AGENCY_END_MARK = /^\s*(\p{Lu}\p{L}{1,15})\s?\/\s?(?:Fim|FIM)\s*$/u;
const AGENCY_COPYRIGHT = /^\s*[<＜]?(?:저작권자\s*)?(?:©|ⓒ|\(c\)|copyright)(?:\s*(?:©|ⓒ|\(c\)|copyright))*\s*(?:(?:19|20)\d{2}\s+)?([^.,，、\n]{2,40}?)\s*(?:[.,，、>＞]|$)/iu;

/**
 * Rule "stacked credits": a site that takes a feed may add its own credit under the feed's closing line ("dpa/lbn"
 * over "dpa-infocom, dpa:…", "Quelle: dpa" under the identifier line); both lines are credits, no story text.
 */
const MAX_CREDIT_LINES = 2;

/** The last block as a credit, with the agency it names (null for agencies it does not name), or null when it is none. */
function closingCredit(blocks: Block[], language: string | null): { agency: string | null } | null {
  const last = blocks[blocks.length - 1];
  if (blocks.length < 2 || !last || last.kind === 'figure' || !CREDIT_BLOCK_KINDS.has(last.kind) || last.text.length > MAX_NOTE_CHARS) return null;
  const agency = creditedAgencyOf(last.text) ?? bracketedHomeAgency(last.text, language);
  return agency !== null || UNNAMED_AGENCIES_CREDIT.test(last.text) || OUTLET_CREDIT_LINE.test(last.text) ? { agency } : null;
}

/**
 * Rule "station's credit line": a TV network's site closes an affiliate's report with the station's name in brackets
 * on a line of its own ("（みなみ放送）", "（北海テレビ）"), as Japanese papers credit a partner paper's copy ("（…新聞）"):
 * where the copy came from, no sentence of it, and no agency for the record.
 */
const OUTLET_CREDIT_LINE = /^[（(]\s*[\p{L}\p{N}ー・]{1,20}(?:放送|テレビ|ラジオ|新聞)\s*[）)]$/u;

/**
 * Rule "home agency in brackets": a country's papers close their national agency's copy with its name in brackets on
 * a line of its own, written as the agency styles itself in their language ("(Hina)" under a Croatian story), as
 * its byline credits it ("Autor: Hina"; rule "agency at home" of the wire agencies). Elsewhere the word is a given
 * name; on a page in the agency's language, alone in brackets after the text, it is the credit, no sentence.
 */
function bracketedHomeAgency(text: string, language: string | null): string | null {
  const bracketed = BRACKETED_LINE.exec(text.trim());
  return bracketed ? homeAgencyNamed(bracketed[1], language) : null;
}
const BRACKETED_LINE = /^\(\s*([^()]+?)\s*\)$/u;

/**
 * Rule "unnamed agencies": a desk that writes a story from several wires credits them together without naming any
 * ("المصدر: وكالات", "(وكالات)", "Source: agencies", "Quelle: Agenturen"). The line is a credit, no text of the story,
 * though it names no agency for the record.
 */
const UNNAMED_AGENCIES_CREDIT = new RegExp(`^[(\\u2013\\u2014-]?\\s*(?:${SOURCE_LABEL}\\s*[:：]?\\s*)?(?:وكالات|agencies|agenturen|agences|agencias|agenzie)\\s*\\)?\\.?\\s*$`, 'iu');

/**
 * Rule "initials sign-off": Philippine papers close a story's last paragraph with the initials of the editor who
 * handled it after a slash, behind the last sentence ("… before the Undas season. /jpv"), as a desk's note, no part of
 * the sentence. Arab agencies (KUNA, WAM, QNA) close their copy the same way, with their end mark and the initials of
 * the writer and the editor in single letters ("… في وقت سابق. (النهاية) ع ف س / م ع ا"), which portals may set on a line
 * of their own ("<p>م ع ن / ع ج</p>"); the Levant's agencies and
 * the portals that run their copy write each desk's initials with dots, the writer's and the editor's with a slash
 * between them and no end mark ("<p>ف.ع / ر.م</p>"), which no Arabic sentence is made of. The Bulgarian agency closes
 * its copy with the editor's initials in capitals between slashes, on a line of their own ("<p>/ЕК/</p>"), and the
 * Portuguese agency with the writer's and the editor's initials in capitals set apart by a double slash, on a line of
 * their own over its end mark ("<p>ACC // JMR</p>", see rule "end mark"); the Polish agency's copy closes on a line of
 * the writer's and the editors' initials in lower case, each closed by a slash ("<p>mwj/ mok/</p>"), and the Spanish
 * agency's on a line of the same initials with slashes between them ("<p>lb/jlp/ads</p>"), and the French agency's
 * Spanish service the same, a hyphen joining the bureau's word to a desk's initials ("<p>bur-lm/nn</p>"), then, on a line of
 * its own, what it sends with the story for editors to fetch ("<p>(foto)</p>", "<p>(foto) (vídeo)</p>"; rule "agency's
 * media note"): no reader's text, and the agency's name over them is its credit; a site that sets the agency's
 * name on the note's line ("<p>EFE (foto)(vídeo)</p>") keeps the name there as the credit. Senegal's and the Congo's
 * agencies close their copy on a line of the writer's and the editors' initials in capitals, slashes between them
 * ("<p>AMD/OID/ASG</p>"), three at least: no sentence of a story reads so. Polish, Czech and
 * Slovak portals close agency copy their desk rewrote with the word "prepared" and the editor's initials on a line of
 * their own ("<p>oprac. mk</p>", "<p>Připravila: jn</p>"; rule "prepared by" in the byline vocabulary), no writer's
 * name. The agency's bracketed credits of its reporters and editors run onto the last sentence ("… portfolio.
 * (Reporting by Jane Doe; Editing by Ann Poe)"; rule "agency credits after the last sentence" in the signatures) are
 * such a note, whose reporters the byline rules read. Only such
 * a note after a sentence's closing mark or alone in its block, at the end of one of the last two text blocks: a
 * promotion the template sets under the story may follow.
 */
export function dropInitialsSignOff(blocks: Block[]): Block[] {
  // Pictures after the text (a gallery, a carousel) do not count among the last blocks.
  const texts = blocks.flatMap((block, index) => (block.kind === 'figure' ? [] : [index]));
  const firstSigned = texts.at(-SIGN_OFF_BLOCKS) ?? 0;
  const lead = blocks[texts[0] ?? -1];
  const agencyCopy = lead !== undefined && lead.kind === 'p' && opensWithAgencyDateline(lead.text);
  const bhashaNames = bhashaSignOffNames(blocks, texts.slice(-SIGN_OFF_BLOCKS));
  return blocks.flatMap((block, index) => {
    if (index < firstSigned || block.kind !== 'p') return [block];
    if (CONTRIBUTORS_LINE.test(block.text) || isReportersNote(block.text)) return [];
    if (bhashaNames && (BHASHA_SIGN_OFF.test(block.text) || bhashaNames.has(block.text.trim()))) return [];
    if (agencyCopy && TWO_CAPITAL_INITIALS_LINE.test(block.text) && creditedAgencyOf(block.text.trim()) === null) return [];
    const signOff = [INITIALS_SIGN_OFF, SLASHED_INITIALS_SIGN_OFF, DOUBLE_SLASHED_INITIALS, SLASH_CLOSED_INITIALS_LINE, CAPITAL_INITIALS_LINE, WIRE_END_SIGN_OFF, LATIN_WIRE_END_SIGN_OFF, CJK_WIRE_END_MARK, ENDITEM_AFTER_SENTENCE, AGENCY_CREDITS_AFTER_SENTENCE, INPUTS_NOTE, DEVANAGARI_INITIALS_LINE, DOTTED_INITIALS_SIGN_OFF, BRACKETED_DOTTED_INITIALS, DOTTED_INITIALS_LINE, SPACED_INITIALS_LINE, AGENCY_MARK_BEFORE_INITIALS, TRANSMISSION_STAMP, PREPARED_INITIALS_LINE, MEDIA_NOTE]
      .find((pattern) => pattern.test(block.text) && pattern.test(block.html));
    // Agencies among the initials, in lower case or in capitals ("afp/ats/jfe", "AFP/ATS"), make the line the agency's credit, and so do
    // an agency's initials written with dots ("(أ.ف.ب)").
    if (!signOff || ((signOff === SLASH_CLOSED_INITIALS_LINE || signOff === CAPITAL_INITIALS_LINE || signOff === BRACKETED_DOTTED_INITIALS) && creditedAgencyOf(block.text.match(signOff)![0].trim()) !== null)) return [block];
    if (signOff === MEDIA_NOTE && block.text.replace(MEDIA_NOTE, '') !== '' && creditedAgencyOf(block.text.replace(MEDIA_NOTE, '')) === null) return [block];
    if ((signOff === AGENCY_MARK_BEFORE_INITIALS || signOff === TRANSMISSION_STAMP) && agencyNamed(signOff.exec(block.text)![1]) === null) return [block];
    const text = block.text.replace(signOff, '');
    return text === '' ? [] : [{ ...block, text, html: block.html.replace(signOff, '') }];
  });
}
const SIGN_OFF_BLOCKS = 2;
/**
 * Rule "contributors' line": American papers close a story with the colleagues and agencies who sent it a quote or a
 * figure, labelled on a line of its own under the last sentence ("Contributing: Jane Doe, Example Courier; The
 * Associated Press"): a credit, whose people the byline does not name as writers, and no text of the story. The label
 * with its colon, as the whole block, only a credit's length. An agency's own closing credits ("Additional reporting by
 * …; Editing by …") are its copy as sent and stay.
 */
const CONTRIBUTORS_LINE = /^\s*(?:Contributing|CONTRIBUTING)\s*:\s*\p{Lu}[^\n]{0,160}$/u;
/**
 * Rule "reporters' note": Latin American papers close a story with the colleagues who sent it facts, on a line of its
 * own under the last sentence, often in italics ("Con información de Estuardo Ajú.", "Com informações de Ana Lima"):
 * the same credit as the contributors' line, worded with the lead-in an agency's credit takes. Canadian papers and
 * broadcasters close theirs the same way, in French ("Avec les informations de Jeanne Roy") and in English ("With
 * files from John Roe"). A note that names an agency is left to the source-credit split, which reads the agency from it.
 */
function isReportersNote(text: string): boolean {
  const note = REPORTERS_NOTE.exec(text);
  return note !== null && agenciesIn(note[1]).length === 0;
}
const REPORTERS_NOTE = /^\s*\(?(?:[Cc]on informaci[oó]n de\s+|[Cc]om informa[cç][oõ]es de\s+|[Aa]vec (?:les|des) informations d(?:e\s+|['’])|[Ww]ith files from\s+)(\p{Lu}[^\n.()]{1,100})\)?\.?\s*$/u;
const INITIALS_SIGN_OFF = /(?<=[.!?"”’])\s*(?:\/\p{Ll}{2,4})+\s*$/u;
const SLASHED_INITIALS_SIGN_OFF = /(?<=^|[.!?"”’»])\s*(?:\/\p{Lu}{2,4})+\/\s*$/u;
const DOUBLE_SLASHED_INITIALS = /^\s*\p{Lu}{2,4}(?:\s*\/\/\s*\p{Lu}{2,4})+\s*$/u;
/**
 * The kinds of media the Spanish agency attaches, each in brackets, closing the block: "(foto)", "(foto) (vídeo)",
 * "(infografía)", alone or after the agency's name.
 */
const MEDIA_NOTE = /(?<=^|\p{L})\s*(?:\(\s*(?:fotos?|v[ií]deos?|audios?|infograf[ií]as?|gr[aá]ficos?)\s*\)\s*)+$/iu;
/** Two desks' initials or more, in lower case, slashes between them or closing each: the whole block ("mwj/ mok/", "lb/jlp/ads"). */
const SLASH_CLOSED_INITIALS_LINE = /^\s*\p{Ll}{2,4}(?:-\p{Ll}{2,4})*(?:\s?\/\s*\p{Ll}{2,4}(?:-\p{Ll}{2,4})*)+\s?\/?\s*$/u;
/**
 * Rule "two desks under the agency's dateline": the same agencies sign a story one editor handled with two desks'
 * initials ("<p>AD/OID</p>"), which alone could be two capitalised words joined by a slash ("TGV/TER"). Under a
 * lead that opens on the agency's dateline ("Kaolack, 4 déc (APS) – …") the copy is the agency's as sent, and the
 * line closing it is the sign-off the agency closes every story with.
 */
const TWO_CAPITAL_INITIALS_LINE = /^\s*\p{Lu}{2,4}\s?\/\s?\p{Lu}{2,4}\s*$/u;
function opensWithAgencyDateline(text: string): boolean {
  const dateline = AGENCY_IN_DATELINE.exec(text);
  return dateline !== null && agencyNamed(dateline[1]) !== null;
}
/** A dateline's place and date, then the agency in brackets and a dash or a colon: "Kaolack, 4 déc (APS) –". */
const AGENCY_IN_DATELINE = /^[^()\n]{1,80}\(([^()\n]{2,24})\)\s*[-–—:]/u;
/** Three desks' initials or more, in capitals, slashes between them: the whole block ("AMD/OID/ASG"). */
const CAPITAL_INITIALS_LINE = /^\s*\p{Lu}{2,4}(?:\s?\/\s?\p{Lu}{2,4}){2,}\s*$/u;
const PREPARED_INITIALS_LINE = new RegExp(`^\\s*(?:${PREPARED_BY_WORDS.join('|')})\\s*[:：]?\\s*\\p{L}{2,4}(?:\\s*[,/]\\s*\\p{L}{2,4})*\\.?\\s*$`, 'iu');
/**
 * "(النهاية)" or "(انتهى)", "the end", or "(يتبع)", "more follows", then the initials: single letters, a slash between
 * the writer's and the editor's.
 */
const WIRE_END_SIGN_OFF = /(?<=^|[.!?"”»])\s*[(（]\s*(?:النهاية|انتهى|يتبع)\s*[)）](?:\s*\p{Script=Arabic}(?:\s+\p{Script=Arabic})*(?:\s*\/\s*\p{Script=Arabic}(?:\s+\p{Script=Arabic})*)*)?\s*$/u;
/**
 * Rule "English end mark": KUNA's English service closes its copy as its Arabic one does, with "(end)" and the writer's
 * and the editor's initials in lower case, a dot between them ("… later this month. (end) ak.gb"), and the portals
 * that run it keep the line. Rule "Spanish end mark": the Spanish-language agencies of the Andes close theirs the
 * same way with "(FIN)" and the writer's and the editor's initials in capitals, a slash between them ("(FIN) LZR/MDV"),
 * a line the desk reads and the reader does not.
 */
const LATIN_WIRE_END_SIGN_OFF = /(?<=^|[.!?"”])\s*\(\s*(?:end|fin)\s*\)(?:\s+\p{Ll}{1,4}(?:\s*[./]\s*\p{Ll}{1,4})*)?\s*$/iu;
/**
 * Rule "Chinese end mark after the sentence": the Chinese agencies close their copy with "（完）" ("end"), which portals
 * print on a line of its own (rule "end mark" of the notices) or run onto the last sentence ("……上门处理。（完）"). Either
 * way it is the desk's mark, no word of the story; only after a sentence's closing mark, so a bracketed "完" inside a
 * sentence stays.
 */
const CJK_WIRE_END_MARK = /(?<=[。！？!?”」』])\s*[（(]\s*完\s*[）)]\s*$/u;
/**
 * Rule "Xinhua's end mark after the sentence": Xinhua's English service closes its copy with "Enditem", which portals
 * print on a line of its own (rule "end mark" of the notices) or run onto the last sentence ("… government offices.
 * Enditem"); either way the desk's mark, no word of the story. Only after a sentence's closing mark, in the one
 * spelling the wire uses.
 */
const ENDITEM_AFTER_SENTENCE = /(?<=[.!?"”])\s+(?:Enditem|ENDITEM)\s*$/u;
/**
 * Rule "inputs note": Indian papers close a story they wrote from agency copy or another bureau's report with a note in
 * brackets run onto the last sentence, "(With inputs from PTI)", "(With agency inputs)", "(With inputs from our
 * Mumbai bureau)": it says where the story came from, as a credit does (the agency it names is read as the wire
 * source), and is no part of the sentence.
 */
const INPUTS_NOTE = /(?<=^|[.!?"”’])\s*\(\s*with\s+(?:inputs?\s+from\s+([^()]{2,40}?)|([^()\s]+(?:\s+[^()\s]+)?)\s+inputs?)\s*\)\s*$/iu;
/**
 * Rule "Devanagari desk initials": IANS's and PTI's Hindi services close their copy, under the agency's sign-off
 * ("<p>--आईएएनएस</p>"), with the writer's and the editor's initials spelled in Devanagari, a slash between them, on a
 * line of their own ("<p>एबीएम/एसकेपी</p>"): short runs of letters and slashes, which no Hindi sentence is made of.
 */
const DEVANAGARI_INITIALS_LINE = /^\s*[\u0900-\u097F]{2,8}(?:\s?\/\s?[\u0900-\u097F]{2,8})+\s*$/u;
/**
 * Rule "Bhasha's desk line": PTI's Hindi service closes its copy with a line of its own naming itself and the desk who
 * handled the story by their first names, no slash, no stop ("<p>भाषा आनन्द राजकुमार</p>"), and portals that paste the
 * copy keep the line the editor's name is repeated on under it ("<p>राजकुमार</p>"). Both are the agency's routing,
 * no sentence of the story (a Hindi sentence ends with its danda); only among the last two text blocks, and the lone
 * name only where the desk line names it.
 */
const BHASHA_SIGN_OFF = /^\s*भाषा(?:\s+[\u0900-\u0963\u0966-\u097F]+){1,3}\s*$/u;
function bhashaSignOffNames(blocks: Block[], last: number[]): Set<string> | null {
  const signOff = last.map((index) => blocks[index]).find((block) => block.kind === 'p' && BHASHA_SIGN_OFF.test(block.text));
  if (!signOff || signOff.kind !== 'p') return null;
  return new Set(signOff.text.trim().split(/\s+/u).slice(1));
}
/**
 * Rule "editor's initials in brackets": Egyptian portals close a story with the initials of the editor who handled
 * it, dotted Arabic letters in brackets, on a line of their own ("<p>(ع.ش)</p>") or after the last sentence ("…
 * التمويل. (ع.ش)"), no text of the story.
 */
const BRACKETED_DOTTED_INITIALS = /(?<=^|[.!?"”»])\s*[(（]\s*[\u0621-\u064A](?:\.\s?[\u0621-\u064A]){1,2}\.?\s*[)）]\s*$/u;
/**
 * The Gulf agencies' initials on a line of their own under the end mark, as the portals that take KUNA's copy print
 * it ("<p>… للدولة. (النهاية)</p><p>م ع ن / ع ج</p>"): single letters set apart by spaces, a slash between the writer's
 * and the editor's, the whole block.
 */
const SPACED_INITIALS_LINE = /^\s*[\u0621-\u064A](?:\s[\u0621-\u064A]){1,3}(?:\s*\/\s*[\u0621-\u064A](?:\s[\u0621-\u064A]){1,3})+\s*$/u;
/**
 * Rule "agency's mark before the initials": Jordan's agency closes its copy with two dashes and its name in brackets,
 * then the writer's and the editors' initials, single letters spaced apart with a slash after each desk's ("<p>--(بترا)
 * ع ح/ م ع/ س ص</p>"), and the portals that run the copy print the line as sent: a credit, no sentence of the story.
 * The whole block only, and only when the bracketed word names an agency.
 */
const AGENCY_MARK_BEFORE_INITIALS = /^\s*[-–—]{1,2}\s*[(（]\s*(\p{Script=Arabic}{2,12})\s*[)）]\s*[\u0621-\u064A](?:\s[\u0621-\u064A]){0,3}(?:\s*\/\s*[\u0621-\u064A](?:\s[\u0621-\u064A]){0,3})+\s*\/?\s*$/u;
/**
 * Rule "agency's transmission stamp": KUNA closes its copy, under the end mark and the desks' initials, with the line
 * its wire stamps each story with when it sends it: the agency's name, the day, hour and minute in six digits, the
 * clock's zone and the month and the year abbreviated ("كونا051915 جمت ديس 26", "KUNA 051915 GMT Dec 26"), and the
 * papers that take the feed print it as sent, in Arabic-Indic digits too. A machine's stamp, no sentence of the story;
 * the whole block only, and only when the word before the digits names an agency.
 */
const TRANSMISSION_STAMP = /^\s*(\p{L}{2,12})\s*[\d٠-٩]{6}\s*(?:جمت|GMT)\s+\p{L}{3,4}\s+[\d٠-٩]{2}\s*$/u;
/**
 * Rule "desk's dotted initials": Algerian and Tunisian papers close a story their desk wrote, or rewrote from agency
 * copy, with the desk's or the writer's initials alone on the last line, two or three Arabic letters each closed by a
 * dot, a space after it or none ("<p>ق. ج</p>", "<p>ق.و</p>"): a signature no reader takes for a name, and no
 * sentence of a story is made of. The whole block only.
 */
const DOTTED_INITIALS_LINE = /^\s*[\u0621-\u064A]\.\s?[\u0621-\u064A](?:\.\s?[\u0621-\u064A])?\.?\s*$/u;
/** Two or more desks' initials, each of dotted Arabic letters ("ف.ع", "م.ح"), with slashes between them. */
const DOTTED_INITIALS_SIGN_OFF = /(?<=^|[.!?"”»])\s*[\u0621-\u064A](?:\.[\u0621-\u064A]){1,2}\.?(?:\s*\/\s*[\u0621-\u064A](?:\.[\u0621-\u064A]){1,2}\.?)+\s*$/u;

/**
 * The first agency of a line whose every part is an agency, a domain or initials; null for any other line. Swiss
 * and French desks write the agencies in lower case like the initials ("(ats/afp)", "ats/afp/jfe"), so in a line
 * of two or more such parts and no agency written as one, the first part that names an agency in capitals counts.
 */
function creditedAgencyOf(text: string): string | null {
  const published = PUBLISHED_NOTE.exec(text);
  if (published) return agencyNamed(published[1] ?? published[2]);
  if (text.length > MAX_CREDIT_CHARS) return null;
  const reported = REPORTED_NOTE.exec(text.trim());
  if (reported) return agencyNamed(reported[1].replace(QUOTED_NAME, '$1'));
  const staff = agencyStaffSignOff(text);
  if (staff) return staff;
  const placed = PLACE_AND_AGENCY_LINE.exec(text.trim());
  const placedAgency = placed ? agencyNamed(placed[1]) : null;
  if (placedAgency) return placedAgency;
  const material = MATERIAL_NOTE.exec(text);
  const credited = withoutSpelledOutInitials(CONTRIBUTION_NOTE.exec(text)?.[1] ?? material?.[1] ?? material?.[2] ?? text.replace(AGENCY_STORY_ID, '$1').replace(CREDIT_OPENING, ''));
  // Japanese and Chinese papers set the credit in full-width brackets ("（ロイター）", "（共同）").
  const parts = credited.replace(/^[(（]\s*/u, '').replace(/[)）.\s]+$/u, '').split(PART_SEPARATOR).filter(Boolean);
  const labelled = LABELLED_CREDIT.test(text);
  let first: string | null = null;
  let lowerCaseAgency: string | null = null;
  for (const part of parts) {
    const agency = agencyNamed(part, labelled);
    if (agency) first ??= agency;
    else if (EDITOR_INITIALS.test(part)) lowerCaseAgency ??= parts.length > 1 ? agencyNamed(part.toUpperCase()) : null;
    else if (first !== null && SLUG_YEAR.test(part)) continue;
    else if (!DOMAIN.test(part) && !(labelled && OUTLET_INITIALS.test(part))) return null;
  }
  return first ?? lowerCaseAgency;
}

/**
 * Rule "agency's desk slug": the Caribbean Media Corporation closes its copy with its slug, its name, the writer's and
 * the editor's initials and the year, slashes between them ("CMC/ld/ir/2026"), and the region's papers keep the
 * line. The year after the agency is the slug's, as the initials are; a year alone names no agency.
 */
const SLUG_YEAR = /^(?:19|20)\d{2}$/u;

/**
 * Rule "place and agency sign-off": portals that run agency copy close it with the dateline's place and the agency on
 * a line of their own ("<p>موسكو - سبوتنيك</p>", "<p>القاهرة - أ ش أ</p>"): one to three words, a dash, and a part
 * that is wholly an agency's name.
 */
const PLACE_AND_AGENCY_LINE = /^\p{L}+(?:\s\p{L}+){0,2}\s+[-–—]\s+([^-–—]{2,40})$/u;

/**
 * Rule "agency's name and initials": Arab papers credit an agency by its full name and its initials in brackets after
 * it ("وكالة الأنباء القطرية (قنا)", "المصدر: وكالة الأنباء الألمانية (د ب أ)"); both name the one agency, which is
 * the credit, the name read without the initials that repeat it.
 */
function withoutSpelledOutInitials(credited: string): string {
  const spelled = NAME_WITH_INITIALS.exec(credited);
  if (!spelled) return credited;
  const initials = agencyNamed(spelled[2]);
  return initials !== null && agencyNamed(spelled[1]) === initials ? spelled[1] : credited;
}
const NAME_WITH_INITIALS = /^(.+?)\s*\(([^()]+)\)\s*\.?$/u;

/**
 * Rule "agency staff sign-off": the Gulf agencies close their copy with the agency, the writer and the editor, slashes
 * between them, on a line of its own ("وام/عاصم الخولي/مصطفى بدر الدين", "WAM/Hatem Mohamed/Esraa Ismail"), which the
 * papers that run it keep. The line's first part names an agency and each part after it is a name of a few words: the
 * agency is whose copy the story is, as in any credit. The agency, or null for any other line.
 */
function agencyStaffSignOff(text: string): string | null {
  const [first, ...names] = text.trim().split(/\s*\/\s*/u);
  return names.length > 0 && names.every((name) => STAFF_NAME.test(name)) ? agencyNamed(first) : null;
}
/** A name of one to four words of letters, as the sign-off prints each of the agency's staff. */
const STAFF_NAME = /^[\p{L}\p{M}'’.-]+(?:\s[\p{L}\p{M}'’.-]+){0,3}$/u;

/**
 * A dateline set as a row of its own over the story: the place and the agency ("بيروت (أ ف ب) -", "PARIS (AFP) —",
 * "القاهرة - رويترز"), one to three words of place. Captured: the agency, in its parentheses or after the dash.
 */
const DATELINE_ROW = /^[^\s()\d:–—-]+(?:\s[^\s()\d:–—-]+){0,2}\s*(?:\(([^()]{2,30})\)|[-–—]\s*([^()\d:–—-]{2,30}?))\s*[-–—:]?$/u;
/**
 * Rule "slashed dateline row": Iraqi and Gulf papers, and Anadolu's Arabic service, part the place from the agency with a slash, on a row of its own
 * over the text ("بغداد / واع", "أبوظبي / وام /", "أنقرة/ الأناضول"). Read only with a place in Arabic letters: in Latin letters a name,
 * a slash and an agency under a picture is the picture's credit ("Jane Doe/AP"), and so is a photo word before it.
 * Captured: the agency.
 */
const SLASHED_DATELINE_ROW = /^(?!(?:تصوير|صورة|الصورة|عدسة|أرشيف|ارشيف|أرشيفية|ارشيفية)\s*\/)[\u0621-\u064A]+(?:\s[\u0621-\u064A]+)?\s*\/\s*([^()\d:/–—-]{2,30}?)\s*\/?$/u;

/**
 * Rule "dateline row": templates that print the dateline in an element of its own set it above the story's first
 * paragraph, where wire copy has it at the start of that paragraph ("بيروت (أ ف ب) - افتتحت …"). Left alone it is a
 * paragraph of a place and an agency; joined to the paragraph it opens, the body reads as the wire wrote it. The
 * agency it names is handed back, as a closing credit's is.
 *
 * Rule "dateline line in a table cell": table-laid portals set the whole story in one cell, its lines parted by line
 * breaks ("<td>صنعاء - سبأ:<br><br>أطلقت …<br><br>…</td>"), and the dateline on the first line; the cell's lines are
 * its paragraphs, and a first line that names an agency opens the second as a row of its own does. A line of the place
 * and "خاص" stays apart there: such portals print their own name in its stead too ("الأفق - خاص"), a label above the
 * text rather than its opening.
 */
export function joinDatelineRow(blocks: Block[], dateRow: string | null = null): SplitBody {
  const first = blocks.findIndex((block) => block.kind !== 'figure');
  const row = blocks[first];
  const story = blocks[first + 1];
  if (!isParagraph(row) || !isParagraph(story) || story.kind !== row.kind) return { blocks, creditedAgency: null };
  const dated = DATED_AGENCY_ROW.exec(row.text);
  const datedAgency = dated ? agencyNamed(dated[1]) : null;
  if (datedAgency) return { blocks, creditedAgency: datedAgency };
  const agency = datelineAgency(row.text);
  // Rule "credit row over the date row": a template that sets the place and the agency in the article head's author
  // box ("<div class=article-author>المدينة المنورة - واس</div>") prints the date row under it, not the story; that
  // row is the head's credit line, which leaves the body with the date row after it, and names the agency.
  if (agency && dateRow !== null && normalizeSpace(story.text) === normalizeSpace(dateRow)) return { blocks: [...blocks.slice(0, first), ...blocks.slice(first + 1)], creditedAgency: agency };
  if (!agency && (row.kind !== 'p' || (!OWN_DATELINE_ROW.test(row.text) && !EXCLUSIVE_DATELINE_ROW.test(row.text)))) return { blocks, creditedAgency: null };
  const [text, html] = agency ? [row.text, row.html] : [row.text, row.html].map((part) => part.replace(SOURCE_RUN_ONTO_PLACE, '$1 $2'));
  const joined: TextBlock = { ...story, text: `${text} ${story.text}`, html: `${html} ${story.html}` };
  return { blocks: [...blocks.slice(0, first), joined, ...blocks.slice(first + 2)], creditedAgency: agency };
}

/** A paragraph, or a line of a table cell's text. */
function isParagraph(block: Block | undefined): block is TextBlock {
  return block !== undefined && PARAGRAPH_KINDS.has(block.kind);
}
const PARAGRAPH_KINDS: ReadonlySet<string> = new Set(['p', 'row']);

/**
 * Rule "dated agency row": Azerbaijan's state agency, and the papers that run its copy, set the place, the day and the
 * agency apart by commas on a row of their own over the story ("Gəncə, 5 dekabr, AZƏRTAC"). The row names whose copy
 * the story is; it is the header's date row too, which the byline pass leaves out of the body, so it is not joined
 * to the paragraph under it. Captured: the agency.
 */
const DATED_AGENCY_ROW = /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?,\s*\d{1,2}\s+\p{L}+,\s*([^,:.]{2,30}?)\s*[.:]?$/u;

/**
 * Rule "own dateline row": a story a network or a paper files itself opens on a row of the place, and often its own
 * name, that names no agency ("WASHINGTON —", "Washington (CNN) —"), which the template sets in elements of their own
 * with the brackets drawn by its stylesheet (`<cite><span>Washington</span><span>CNN</span></cite> —`). A row of one
 * to three capitalised words that ends in the dateline's dash opens the first paragraph all the same; a name in
 * capitals run onto the place ("WashingtonCNN —") is set apart from it by a space.
 */
const OWN_DATELINE_ROW = /^\p{Lu}[\p{L}.'’]*(?:\s\p{Lu}[\p{L}.'’]*){0,2}\s*[–—-]$/u;
/**
 * Rule "exclusive dateline row": Syrian, Iraqi and Lebanese sites open a story of their own reporting with the place
 * and "خاص" ("exclusive") in the agency's stead, on a row of its own over the first paragraph ("دمشق – خاص", "بغداد/
 * خاص:"); it opens that paragraph as an agency's dateline row does. One to three Arabic words of place.
 */
const EXCLUSIVE_DATELINE_ROW = /^[\u0621-\u064A]+(?:\s[\u0621-\u064A]+){0,2}\s*[-–—/]\s*خاص\s*[:：]?$/u;
const SOURCE_RUN_ONTO_PLACE = /(\p{Ll})(\p{Lu}{2,})(?=\s*[–—-]$)/u;

/** The agency a dateline row names, or null for any other text. */
export function datelineAgency(printed: string): string | null {
  const text = withTatweelDashes(printed);
  const match = DATELINE_ROW.exec(text);
  if (match) return agencyNamed(match[1] ?? match[2]);
  const slashed = SLASHED_DATELINE_ROW.exec(text);
  return slashed ? agencyNamed(slashed[1]) : null;
}
