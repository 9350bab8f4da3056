/**
 * A byline split into the credits it lists: its labels, other roles' credits, the date it runs into and an interview's
 * subject cut off; co-writers and agencies in notes kept; names set apart also where Chinese, Arabic and Hebrew run
 * them together.
 */
import { DATE_LABEL } from './date-labels';
import { decodeLeftoverEntities } from '../plain-text';
import { agencyNamed, isUnnamedAgencies } from './wire-agencies';
import { AGENCY_MATERIAL_LEAD, AGENCY_TELEGRAM_ROW, ARABIC_BODY_WORD, BYLINE_PREFIX, creditsCorrespondentAtPlace, GENRE_ARTICLES, INCLUSIVE_AUTHOR_LABEL, JAPANESE_BRACKETED_BYLINE, JAPANESE_BUREAU, JOINT_CREDIT_LABEL, JOINT_WORK_LABEL, LEGAL_FORMS, LOWERCASE_AND, NAME_SEPARATOR, OTHER_ROLE_CREDIT, OUR_CORRESPONDENT_LABEL, PADDED_HAN_NAME, SPACED_DASH, TAIWANESE_REPORTER_CREDIT, TITLE_SLASH, TRIBUN_REPORTER_LABEL } from './byline-vocabulary';
import { stripTrailingDate } from './byline-dates';
import { isNameShaped } from './name-shapes';

/**
 * Rule "source field after the writer": a Chinese info row that opens with the writer's field goes on to the story's
 * source and its time ("作者：王强 来源：晨报", "记者：王强　发布时间：…"); the field from its label on names no writer.
 */
const FOLLOWING_INFO_FIELD = /\s+(?:来源|來源|发布时间|發布時間|发布日期|發布日期|时间|時間|日期)\s*[:：][\s\S]*$/u;
/**
 * "文/张伟", "文｜张伟": the Chinese text credit, whose slash or bar would otherwise split the label into a name of its
 * own; mainland tech and business sites set the bar. The Japanese "文・…", "文＝…" and "文・写真 …" and the Korean
 * "글·사진 …" (text and pictures) are the same credit (rule "Japanese text credit"), the Korean one's dot a separator of names.
 */
const SLASHED_TEXT_LABEL = /^\s*(?:(?:文\s*[・＝]\s*写真|写真\s*[・＝]\s*文)(?:\s*[＝=]|\s)|文\s*[/／｜|・＝]|글(?:\s*[·ㆍ・]\s*사진)?(?:\s*[=＝/:：]|\s))\s*/u;

/**
 * Rule "credit after the date": a date line that names its writer last ("Zuletzt aktualisiert am 2. August 2023 von
 * Jane Doe", "Last updated on May 3, 2024 by Jane Doe") credits whoever follows the byline word behind the date;
 * cut at the date as a byline that runs into one, the line would leave its label ("Zuletzt") as the name.
 */
const CREDIT_AFTER_DATE = new RegExp(String.raw`^${DATE_LABEL}(?!\p{L})[^\d]*\d[^]*?\s(?:by|von|par|por|door|di|da)\s+(\p{Lu}[^\d]*)$`, 'iu');

/**
 * Rule "interviewee after the interviewer": "Ein Interview von Jane Doe mit John Roe", "Interview by Jane Doe with
 * John Roe": an interview's credit names whoever asked the questions, then after "with" whoever answered them, the
 * piece's subject, who wrote nothing. Not a co-writers' note (see CO_WRITERS_TAIL): only after an interview label.
 * The credit is cut before the first "with" that follows a name and leaves the rest of the line free of brackets;
 * looked for with a scan, not one pattern, whose runs of spaces between label, name and "with" could each be split
 * every way over a long field.
 */
function withoutInterviewee(credit: string): string {
  const label = INTERVIEW_LABEL.exec(credit);
  if (!label) return credit;
  // The interviewee's name runs to the end of the line, past any note in parentheses ("(Foto: …)").
  const from = Math.max(label[0].length + 1, credit.lastIndexOf('(') + 1, credit.lastIndexOf(')') + 1);
  const word = INTERVIEWEE_WORD.exec(credit.slice(from));
  if (!word) return credit;
  const interviewer = credit.slice(label[0].length, from + word.index);
  return LINE_BREAK.test(interviewer) ? credit : credit.slice(0, from + word.index);
}
/** "Ein Interview von", "Interview by", "Entretien par": the label that opens an interview's credit. */
const INTERVIEW_LABEL = new RegExp(String.raw`^\s*(?:(?:${GENRE_ARTICLES.join('|')})\s+)?(?:interview|entretien|entrevista|intervista)\s+(?:by|von|par|por|di)\s+`, 'iu');
/** "with" and the spaces before it, from the first, with something after it. */
const INTERVIEWEE_WORD = /(?<!\s)\s+(?:with|mit|avec|con|com|met|med)\s[^]/iu;
/** A credit's name is on one line. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

export function splitByline(byline: string, japanese: boolean): string[] {
  // The date a byline runs into ends it; cutting it before splitting keeps a weekday ("Mi, 12. Juni") off the name.
  const decoded = withoutInterviewee(decodeLeftoverEntities(byline).replace(BRACKETED_CREDIT, unbracketed).replace(CREDIT_AFTER_DATE, '$1').replace(TAIWANESE_REPORTER_CREDIT, '$1').replace(AGENCY_TELEGRAM_ROW, '$1').replace(JAPANESE_BRACKETED_BYLINE, '$1'));
  const credited = BYLINE_PREFIX.test(decoded.trim()) || INCLUSIVE_AUTHOR_LABEL.test(decoded) || JOINT_CREDIT_LABEL.test(decoded);
  // The info field's label ends in a colon, which most credits lack: its pattern, which tries every space, is run
  // only on one that holds a colon.
  const withoutLabel = withoutCorrespondentLabel((decoded.includes(':') || decoded.includes('：') ? decoded.replace(FOLLOWING_INFO_FIELD, '') : decoded).replace(INCLUSIVE_AUTHOR_LABEL, '').replace(JOINT_CREDIT_LABEL, '').replace(JOINT_WORK_LABEL, '').replace(SLASHED_TEXT_LABEL, '').replace(TRIBUN_REPORTER_LABEL, ''));
  // Rule "another role's credit alone": a line that opens with another role's label ("责任编辑：刘静", "Photos: Jane
  // Doe") credits that role and no writer; Chinese portals mark the duty editor's line as the story's author element.
  const writersOnly = credited || OTHER_ROLE_CREDIT.exec(withoutLabel.trim())?.index === 0 ? withoutLabel.trim().replace(OTHER_ROLE_CREDIT, '') : withoutLabel;
  // Addresses go before the date is looked for: an address's digit and letter ("lee0h@…") read as a clock ("0h").
  // A URL ends at a closing parenthesis, which belongs to the note the URL sits in ("Jane Doe (https://…)").
  const withoutLinks = writersOnly.includes('://') ? writersOnly.replace(/\bhttps?:\/\/[^\s()]+/gi, ' ') : writersOnly;
  const withoutAddresses = withoutLinks.includes('@') ? withoutLinks.replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, ' ') : withoutLinks;
  const withoutUrls = withoutLegalFormCommas(withoutNotes(withCoWritersListed(stripTrailingDate(firstDatelineField(withoutBracketedOtherRoles(withoutAddresses))))))
    // Rule "writer's trade before the name" (see TITLE_SLASH): the title's slash parts no two writers.
    .replace(TITLE_SLASH, '$1 ');
  const withoutPlace = withoutUrls.includes('/') ? withoutUrls.replace(SLASHED_FILING_PLACE, (slashed: string, place: string) => (agencyNamed(place) ? slashed : '')) : withoutUrls;
  return withJoinedSurnamesKept(withoutPlace).split(NAME_SEPARATOR).map(withJoinedSurnamesRestored).flatMap((part) => part.split(LOWERCASE_AND)).flatMap((part) => (japanese ? [part.trim().replace(JAPANESE_DESK_PREFIX, '')] : splitHanNames(part))).flatMap(splitJoinedArabicNames).flatMap(splitDashedArabicNames).map((part) => withoutFilingPlace(part.trim())).filter(Boolean);
}

/**
 * Rule "filing place after the slash": Turkish papers close the writer's line with the city the story was filed from
 * behind a slash ("Ahmet Yılmaz / İstanbul", "Ayşe Demir / ANKARA", "… / İZMİR, (DHA)" before the agency). One word after a name of two words or more there
 * is the place, where a co-writer would be named in two; an agency's name is kept, as the wire the story came over.
 * The slash is looked for before the name behind it, which is read back over from each position otherwise.
 */
const SLASHED_FILING_PLACE = /(?=\s*\/)(?<=\p{L}[\p{L}.'’-]*\s+\p{L}[\p{L}.'’-]*)\s*\/\s*(\p{Lu}[\p{L}-]*)(?=\s*(?:,[^/]*)?$)/u;

/**
 * Rule "surnames joined by i or y": Catalan and Spanish writers may join their two surnames with the "and" of their
 * language ("Marta Puig i Ferrer", "José Ortega y Gasset"), the word that also joins two writers ("Per Marta Puig i
 * Ferrer i Jordi Casals Vidal"). One capitalised word after it, after a given name and a surname, that no other
 * capitalised word follows is the writer's second surname: a writer named by one word has no place there.
 * The join is held by word joiners while the credit is split, and given back its spaces after.
 */
const JOINED_SURNAMES = /(?<=(?:^|\s)\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+)\s(i|y)\s(?=\p{Lu}[\p{Ll}'’-]+(?![\p{L}'’-]|\s+\p{Lu}))/gu;
const WORD_JOINER = '\u2060';

function withJoinedSurnamesKept(credit: string): string {
  return credit.includes(' i ') || credit.includes(' y ') ? credit.replace(JOINED_SURNAMES, `${WORD_JOINER}$1${WORD_JOINER}`) : credit;
}

function withJoinedSurnamesRestored(part: string): string {
  return part.includes(WORD_JOINER) ? part.replaceAll(WORD_JOINER, ' ') : part;
}

/**
 * The credit after "our correspondent" (see OUR_CORRESPONDENT_LABEL), none when the label names only a place.
 * Rule "dated correspondent at a place": the byline row often runs on into the date ("From Our Correspondent, Abuja
 * December 3, 2026 6:40 pm"), which is cut only later; the place is told from a name without it, else the place
 * was left as the writer once the date went.
 */
function withoutCorrespondentLabel(text: string): string {
  const rest = text.replace(OUR_CORRESPONDENT_LABEL, '');
  if (rest === text) return text;
  return creditsCorrespondentAtPlace(text) || creditsCorrespondentAtPlace(stripTrailingDate(text)) ? '' : rest;
}

/**
 * The byline's notes in parentheses read: an agency's kept as an item (see AGENCY_NOTE), middle names kept in the
 * name, a social handle and every other note dropped. Each pattern needs the parenthesis or the "@" it removes, and
 * none adds one: most credits hold neither, and skip the patterns that would scan them for nothing.
 */
function withoutNotes(byline: string): string {
  const agencies = byline.includes('(')
    ? byline.replace(AGENCY_NOTE, (note, agency: string, at: number, line: string) => (agencyNamed(agency) ? `${DASH_BEFORE.test(line.slice(0, at)) ? '' : ', '}${agency}` : note))
      .replace(MIDDLE_NAMES_IN_PARENTHESES, ' $1 ')
    : byline;
  const withoutHandles = agencies.includes('@') ? agencies.replace(SOCIAL_HANDLE, ' ') : agencies;
  return withoutHandles.includes('(') ? withoutNestedNotes(withoutHandles) : withoutHandles;
}

/**
 * Rule "note within a note": French bylines name the town a correspondent files from with its département in
 * brackets inside the note ("Par Jane Doe (Florac (Lozère), envoyée spéciale)"); the inner note goes first, then the
 * note that held it, so no bracket of the outer one is left to be read as part of the name.
 */
function withoutNestedNotes(byline: string): string {
  let text = byline;
  for (let depth = 0; depth < MAX_NOTE_DEPTH && text.includes('('); depth++) text = text.replace(NOTE, ' ');
  return text;
}
const NOTE = /\s*\((?:[^()]*)\)\s*/g;
const MAX_NOTE_DEPTH = 2;

/** The comma before a legal form dropped (see COMMA_BEFORE_LEGAL_FORM), looked for only in a credit with a comma. */
function withoutLegalFormCommas(byline: string): string {
  return byline.includes(',') ? byline.replace(COMMA_BEFORE_LEGAL_FORM, ' ') : byline;
}

/**
 * Rule "role in brackets": Swiss and German features write each person's part after the name ("Anna Keller (Text)
 * und Reto Brunner (Fotos)"); a name whose note gives a picture's or an illustration's part is the photographer's or
 * the illustrator's, and leaves the list, which every other note leaves as it stands.
 */
function withoutBracketedOtherRoles(byline: string): string {
  if (!PICTURE_ROLE_NOTE.test(byline)) return byline;
  return byline.split(NAME_SEPARATOR).filter((part) => !PICTURE_ROLE_NOTE.test(part)).join(', ');
}
/**
 * Whether a byline line credits the name for another role: after another role's label ("… • Beeld Tom Wit") or with
 * a picture's note in brackets ("Tom Wit (Fotos)").
 */
export function creditsForOtherRole(line: string, name: string): boolean {
  const key = name.toLowerCase();
  if ((OTHER_ROLE_CREDIT.exec(line)?.[0].toLowerCase() ?? '').includes(key)) return true;
  return line.split(NAME_SEPARATOR).some((part) => PICTURE_ROLE_NOTE.test(part) && part.toLowerCase().includes(key));
}
const PICTURE_ROLE_NOTE = /\(\s*(?:fotos?|bilder?|photos?|photographs?|pictures?|fotografie|fotograf[ií]as?|illustrations?|illustrationen?|zdj[eę]cia)\s*\)/iu;

/**
 * Rule "bracketed agency credits" (see the byline lines): "(Reporting by Jane Doe in Mumbai; Editing by Ann Poe)" is
 * the credit line as the agency sends it, in brackets. Left in them, the line would go as a note in parentheses; a
 * whole line in brackets that opens with a byline label is read without them. Rule "reporters' sign-off in full-width
 * brackets": Hong Kong and mainland papers sign a story under its last paragraph the same way, in full-width brackets
 * ("（記者 何家朗、鄭詠琪）", "（记者 王强）"), which enclose the whole credit and no one name of it.
 */
const BRACKETED_CREDIT = /^\s*[(（]([^()（）]+)[)）]\s*$/u;
function unbracketed(line: string, inside: string): string {
  return BYLINE_PREFIX.test(inside.trim()) ? inside : line;
}

/**
 * Rule "place the writer files from": "Reporting by Jane Doe in Taipei", "Ann Poe from Kyiv": a capitalised place
 * after "in"/"from" behind a name is where the writer reported, no part of the name. Only behind capitalised words
 * shaped as a name, so an institution's name ("Institute of Example Studies in Berlin") is left to be judged whole.
 */
export function withoutFilingPlace(part: string): string {
  const match = FILING_PLACE.exec(part);
  if (match && isNameShaped(match[1].replace(BYLINE_PREFIX, ''))) return match[1];
  return withoutOutletRanIn(part);
}
const FILING_PLACE = /^(.+?)\s+(?:in|from)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u;

/**
 * Rule "paper the piece ran in": Lebanese and Syrian sites run the day's press as the papers printed it, the writer's
 * line naming the paper after "في" ("in"), in quotes or guillemets, and leading into the text with a colon ("كتبت
 * ريما صعب في "نداء الجبل":", "كتب فادي حداد في صحيفة «الأخبار»"). The paper is where the piece first ran, no part
 * of the writer's name; only a quoted title after a name of two to four Arabic words is cut, so a phrase is left whole.
 */
function withoutOutletRanIn(part: string): string {
  const match = OUTLET_RAN_IN.exec(part);
  return match && ARABIC_NAME_WORDS.test(match[1].replace(BYLINE_PREFIX, '').trim()) ? match[1] : part;
}
const OUTLET_RAN_IN = /^(.+?)\s+في\s+(?:(?:صحيفة|جريدة|مجلة|موقع)\s+)?["«“][^"«»“”]+["»”]\s*[:：]?$/u;
const ARABIC_NAME_WORDS = /^[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+){1,3}$/u;

/**
 * "محمد علي ومنى أحمد", "דנה כהן ויוסי לוי": Arabic and Hebrew write "and" (و, ו) joined to the next word, so two
 * writers of two words or more each run together. The letter opens the third word or a later one and leaves a name
 * of two words on each side; given names that start with the letter themselves ("وليد", "وائل", "ורד", …) are left
 * whole. The city a Gulf or Levant byline opens with ("دبي: وليد سامي ووائل حسن", rule "city before the writer") is
 * no name's word, and is set aside as the byline's label is. Exported for the body's byline rows, which are split as
 * the credits they repeat were.
 */
export function splitJoinedArabicNames(part: string): string[] {
  const words = part.trim().replace(BYLINE_PREFIX, '').replace(CITY_BEFORE_NAMES, '').replace(/^[-–—:|•·]+\s*/u, '').split(/\s+/);
  const script = words.length < 4 || ARABIC_BODY_WORD.test(words.join(' ')) ? undefined : JOINED_AND_SCRIPTS.find(({ word }) => word.test(words[0]));
  if (!script) return [part];
  for (let at = 2; at <= words.length - 2; at++) {
    const word = words[at];
    if (word.length > 2 && word.startsWith(script.and) && !script.givenName.test(word) && script.word.test(word)) {
      return [words.slice(0, at).join(' '), [word.slice(1), ...words.slice(at + 1)].join(' ')];
    }
  }
  return [part];
}
const ARABIC_WORD = /^[\u0621-\u064A]+$/u;
/**
 * One Arabic word and the colon, the slash or the spaced dash after it: the city the writers file from ("دبي:",
 * "بغداد/", "القاهرة -"). Left in, the dash counts as a word, and a body's name after it ("القاهرة - وزارة الصحة",
 * the ministry) is cut at its first letter as if that were "and".
 */
const CITY_BEFORE_NAMES = /^[\u0621-\u0652]+(?:\s*[:/]|\s+[-–—])\s*/u;

/**
 * Rule "co-writers across a dash": Egyptian portals list a story's writers after the writing label with spaced
 * dashes between them ("كتب: أحمد فتحي - هبة سليمان"). Elsewhere a spaced dash sets a writer beside the city they file
 * from or the agency whose copy they used ("رام الله - محمد علي", "محمد علي - رويترز"), so only a line that opens
 * with the label is split, and only into names of two to four words each, none an agency, none opening with the
 * article, as outlets' names do ("الشرق الأوسط") and given names seldom do.
 */
function splitDashedArabicNames(part: string): string[] {
  const names = part.trim().replace(BYLINE_PREFIX, '');
  if (names === part.trim()) return [part];
  const pieces = names.replace(/^[-–—:|•·]+\s*/u, '').split(SPACED_DASH);
  return pieces.length > 1 && pieces.every(isDashedCoWriter) ? pieces : [part];
}
const DASHED_CO_WRITER = /^(?!ال)[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+){1,3}$/u;

function isDashedCoWriter(piece: string): boolean {
  return DASHED_CO_WRITER.test(piece) && agencyNamed(piece) === null;
}
/**
 * Arabic words of a name that begin with the letter و, which is then no "and": given names, and (rule "son of, in
 * Mauritania") the word "ولد" ("son of") that joins a Mauritanian's name to his father's, as "ibn" once did
 * elsewhere ("محمد الأمين ولد سيدي"); read as "and", it cut one writer in two.
 */
const WAW_GIVEN_NAME = /^(?:ولد|وليد|وائل|وفاء|وسام|وجدي|وحيد|وداد|وهبة|وهيب|وصفي|ورد|وردة|وضاح|وفيق|وفيقة|وديع|وديعة|وعد|وسيم|وسيمة|ولاء|وجيه|وجيهة|والي|وقار|وجدان|وصال|وئام|ولید|وحيدة)$/u;
/** Hebrew given names that begin with the letter ו, which is then no "and". */
const VAV_GIVEN_NAME = /^(?:ורד|ורדה|ויקטור|ויקטוריה|ולדימיר|ולרי|ולריה|וולף|ויטלי|ויולט|ורה|ונסה)$/u;
/** The scripts that join "and" to the next word: the word's letters, the "and" letter, the given names it opens. */
const JOINED_AND_SCRIPTS = [
  { word: ARABIC_WORD, and: 'و', givenName: WAW_GIVEN_NAME },
  { word: /^[\u05D0-\u05EA]+$/u, and: 'ו', givenName: VAV_GIVEN_NAME },
];

/**
 * Rule "desk before the Japanese writer": a Japanese byline names the desk or bureau before the writer as its
 * signature does ("社会部・佐藤健一", "政治部　山田太郎"; see JAPANESE_BUREAU), in the header's line as in the closing
 * brackets; the desk is no part of the name.
 */
const JAPANESE_DESK_PREFIX = new RegExp(`^${JAPANESE_BUREAU}(?=\\S)`, 'u');

/**
 * "王丽 李强": Chinese bylines set several writers apart with a space alone. A Chinese name is written without
 * spaces, two to four characters, so a space between such runs separates two people. Not on Japanese pages, where
 * the space sits inside one name, between the family and the given name ("佐藤 花子").
 */
const SPACED_HAN_NAMES = /^\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,4})+$/u;

function splitHanNames(part: string): string[] {
  const unlabelled = part.trim().replace(BYLINE_PREFIX, '');
  const names = unlabelled.replace(PADDED_HAN_NAME, '$1$2');
  if (SPACED_HAN_NAMES.test(names)) return names.split(/\s+/).filter((name) => !HAN_CREDIT_TITLE.test(name));
  // Rule "padded name alone": a row that credits one writer pads a two-character name the same way, with a space or an
  // ideographic one ("作者：　陈　默"); the two characters are the name.
  return names !== unlabelled && ONE_HAN_NAME.test(names) ? [names] : [part];
}
const ONE_HAN_NAME = /^\p{Script=Han}{2}$/u;
/**
 * Rule "correspondent after the reporter": Chinese papers credit the staff reporter and then the local correspondent
 * or the intern who reported with them, each title before its names ("作者：王强 通讯员 李华", "记者 王强 实习生
 * 李华"); the titles are no names, and the names after them are the story's writers too.
 */
const HAN_CREDIT_TITLE = /^(?:通讯员|通訊員|实习生|實習生|记者|記者)$/u;

/**
 * "Bruno (Henrique Zecchin) Rodrigues", "Richard (R.J.) Eskow": capitalised words in parentheses between a given
 * name and a surname are middle names the writer sets apart, part of the name. Only before a last word that ends
 * the name: a note after a name ("Jane Doe (Reuters)", "(with …)", "Jane Doe (Berlin) John Roe" run together) is
 * dropped as a note.
 */
const MIDDLE_NAMES_IN_PARENTHESES = /(?<=(?:^|\s)\p{Lu}[\p{L}.'’-]*)\s*\(\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)\s*\)\s*(?=\p{Lu}\p{Ll}[\p{L}'’-]*\s*(?:$|[,;|&/·•،\n]|\s(?:and|und|et|y|e)\s))/gu;

/**
 * Rule "company's legal form": a company credited as the author writes its legal form after a comma ("<meta
 * name="author" content="Example Grid Storage, Inc.">", "Example Holdings, LLC"); the form ends the company's name and
 * is no second credit of a list, so the comma before it does not split. The name keeps its form, by which the name
 * cleaning knows a company.
 */
const COMMA_BEFORE_LEGAL_FORM = new RegExp(String.raw`\s*,\s*(?=(?:${LEGAL_FORMS.join('|')})\.?\s*(?:$|[,;|/&]))`, 'gu');

/**
 * Rule "handle beside the name": "Jane Doe @janedoe" shows the writer's social account next to the name; the handle
 * is a way to reach the person, no part of the name, and left in it would make the whole credit look like a login.
 */
const SOCIAL_HANDLE = /(?<![\w.])@[\p{L}\d_.]+/gu;

/**
 * "Jane Doe | Palma de Mallorca | 08/01/2014", "Jane Doe · Zaragoza · 30/11/2026 20:14": pipes, or spaced middle
 * dots and bullets, that set a date apart split a dateline into its fields (writer, place, date), not a list of
 * writers, which is joined with commas and "and". The place may be one word or several, so it cannot be told from a
 * name: only the first field names writers.
 */
function firstDatelineField(byline: string): string {
  const fields = byline.split(DATELINE_FIELD_SEPARATOR);
  return fields.length >= 3 && fields.slice(1).some((field) => /\d/.test(field)) ? fields[0] : byline;
}
/** A pipe, or a middle dot or bullet with a space on either side (one inside a name, "Anne·Marie", parts nothing). */
const DATELINE_FIELD_SEPARATOR = /\||\s[·•]\s/u;

/**
 * "Jane Doe (with John Roe and Ann Poe)", French "(avec …)", German "(mit …)": the note names the writers who
 * reported with the first, or the agency whose copy the story uses ("(with Reuters)", "(mit dpa)"), which becomes
 * the wire source. Only when every item is a name or an agency: "(with additional reporting)" and "(mit Material
 * von dpa)" describe the sources, and stay notes.
 */
const CO_WRITERS_NOTE = /\(\s*(?:with|avec|mit|con|com|met|med)\s+([^()]+)\)/giu;

/**
 * Rule "co-writers after with": "By Jane Doe with AFP", "Jane Doe with John Roe" write the same note without
 * parentheses, at the end of the byline. Only when every item is a name or an agency, as for the note, or the word
 * for agencies the credit leaves unnamed ("By Jane Doe, with agencies").
 */
const CO_WRITERS_TAIL = /,?\s+(?:with|avec|mit|con|com|met|med)\s+([^()]+)$/iu;
/**
 * Rule "agency in parentheses": "Jane Doe (Reuters)", "(dpa)": a note that is an agency's name alone credits the
 * agency whose copy the story uses; it is the wire source, where any other note is dropped. Arabic datelines set the
 * agency in parentheses after the city and a dash ("تونس - (أ ف ب)"): there the note is the dash's second field, as
 * it is unbracketed ("تونس - أ ف ب"), and no item of its own that would leave the city alone for a name.
 */
const AGENCY_NOTE = /\(\s*([^()]+?)\s*\)/gu;
/** A spaced dash right before a note. */
const DASH_BEFORE = /\s[-–—]\s*$/u;

/**
 * The byline with its co-writers' note or tail ("Jane Doe (with John Roe)", "By Jane Doe with AFP") written as more
 * items of its list ("Jane Doe, John Roe", "By Jane Doe, AFP"). Also read by the body's byline rows, which repeat
 * the credits the metadata stage split.
 */
export function withCoWritersListed(byline: string): string {
  return byline.replace(CO_WRITERS_NOTE, (note, names: string) => (names.split(NAME_SEPARATOR).every(isCoWriter) ? `, ${names}` : note))
    .replace(AGENCY_MATERIAL_TAIL, (tail, agencies: string) => (agencies.split(NAME_SEPARATOR).every((item) => agencyNamed(item) !== null) ? `, ${agencies}` : tail))
    .replace(CO_WRITERS_TAIL, (tail, names: string) => (names.split(NAME_SEPARATOR).every(isCoWriter) ? `, ${names}` : tail));
}
/**
 * Rule "agency material tail": "Von Jane Doe und John Roe mit Material von dpa", "…, with additional reporting from
 * Reuters", "…, con información de EFE": the note after the last writer names the agencies whose copy the writers
 * used. Left on, it runs into the last writer's name, which is then no name; written as one more item of the list,
 * the agency is read as the wire source.
 */
const AGENCY_MATERIAL_TAIL = new RegExp(String.raw`,?\s+${AGENCY_MATERIAL_LEAD}\s+([^()]+)$`, 'iu');

function isCoWriter(item: string): boolean {
  return isNameShaped(item) || agencyNamed(item) !== null || isUnnamedAgencies(item);
}
