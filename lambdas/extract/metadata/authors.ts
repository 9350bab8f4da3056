/**
 * Authors: people only. Raw bylines ("By Jane Doe and John Roe, Staff Writer", "بقلم: فلان", "Follow @jane")
 * are split into names; emails, URLs, UI words, role suffixes, the site's own name and generic desks are dropped;
 * news agencies are set aside as the wire source instead.
 */
import { agenciesIn, agencyAtEdge, agencyNamed, CREDIT_LEAD_IN, CREDIT_LEAD_IN_PREFIX, EDITOR_INITIALS, homeAgencyNamed } from './wire-agencies';
import type { AuthorContext } from './author-context';
import { ARABIC_OTHER_ROLE_LABELS, BYLINE_PREFIX, CORRESPONDENT_CREDIT, OFFICE_POST, OUTLET_CREDIT, ROLE_WORDS } from './byline-vocabulary';
import { inReadingOrder, LATIN_SCRIPT_NAME, mailboxName, spellSameName } from './name-forms';
import { isFullName, isInstitution, isPhrase, LEADING_CONJUNCTION, NAME_PARTICLE } from './name-shapes';
import { isSiteName, isWholeSiteName, notesOwnDomain, SITE_NAME_JOIN } from './site-credits';
import { BYLINE_WORD_BEFORE_FULL_NAME, FULL_WIDTH_CREDIT_BRACKETS, INSTITUTION_WORD, STATE_BODY } from './name-cleaning';
import { fullName } from './name-completion';
import { splitByline, withCoWritersListed } from './byline-parts';
import { stripTrailingDate } from './byline-dates';
import { escapeRegExp, withTatweelDashes } from './text';
import { ARABIC_WRITER_CALLING } from '../content/vocabulary';

export interface AuthorResult {
  authors: string[];
  /** First agency found among the bylines, if any. */
  wireSource: string | null;
}

/**
 * Rule "role description after the name": "Par Jean Dupont, envoyé spécial à Kyiv", "Por Ana Ruiz, corresponsal en
 * Bruselas". Written in lowercase after a comma, the writer's post reads like prose and would make the whole byline
 * look like a sentence split at its commas; it opens with the role, so it is the post, and is no name. Arabic bylines
 * do the same after their own comma ("بقلم: سالم الهنائي، مراسل الموقع في صلالة", "…، محررة الشؤون الاقتصادية"):
 * correspondent, our correspondent, editor, journalist, with the article or without ("…، الصحفي في جريدة الأمل"). Rule "teacher's or officer's post": school, parish and club
 * pages credit the teacher or the officer who wrote the item with their post, in lowercase after the comma ("publié
 * le 3 décembre 2026 par Claire Dufresne, professeure d’histoire-géographie", "por Ana Roe, profesora de Historia",
 * "von Anna Roe, Lehrerin für Deutsch", "by Jane Doe, history teacher", "…, secrétaire du comité", "بقلم: سناء الخطيب،
 * معلمة اللغة الإنجليزية": the English teacher; also the Arabic school's head, coordinator and chair, though not
 * "أمين", the secretary, which is also a given name). Rule "health writer's post": Arab health and family pages
 * credit the doctor, the dietitian or the counsellor who wrote a column with the post after the comma ("بقلم: د. ريم
 * السعدي، أخصائية التغذية العلاجية", "…، استشاري طب الأطفال", "…، خبيرة التجميل"): specialist, consultant, doctor,
 * professor, expert, trainer, researcher, adviser (not "مرشد", the counsellor, which is also a given name), each
 * named with its field ("التغذية", "طب الأطفال"); a writer's biography joins the same words to another post with "و"
 * and "في" ("سلمى العودات كاتبة وباحثة في قضايا التنمية"), a sentence about her, not a byline. Rule
 * "court desk's posts" (see ROLE_WORDS): the court reporter's post in lowercase, "Par Camille Arnaud, chroniqueuse
 * judiciaire", "By Jane Doe, courts reporter", and the French lawyer's ("Par Me Jeanne Doe, avocate au barreau de
 * Lyon").
 */
export const ROLE_DESCRIPTION = new RegExp('^(?:envoy[ée]e?\\s+sp[ée]ciale?|correspondante?|corresponsal|enviad[oa]\\s+especial|inviat[oa]\\s+speciale|special\\s+correspondent|correspondent|reporter|staff\\s+writer|chroniqueu(?:r|se)|(?:court|courts|crime|legal(?:\\s+affairs)?)\\s+(?:reporter|correspondent)|(?:ال)?(?:مراسل(?:ة|نا|تنا)?|محرر(?:ة)?|صح(?:ا)?في(?:ة)?)'
  + '|(?:ال)?(?:معلم|مدرس|مدير|منسق|رئيس)(?:ة)?(?![\\p{L}\\p{M}])|(?:ال)?(?:أخصائي|اخصائي|اختصاصي|استشاري|طبيب|أستاذ|استاذ|خبير|مدرب|باحث|مستشار)(?:ة)?\\s+(?:ال\\p{L}+|طب)|professeure?|enseignante?|avocate?|institut(?:eur|rice)|direct(?:eur|rice)|secrétaire|présidente?|profesora?|maestra?|directora?|secretaria?|presidenta?'
  + '|[Ll]ehrer(?:in)?|[Ss]chulleiter(?:in)?|[Rr]ektor(?:in)?|[Ss]chriftführer(?:in)?|[Vv]orsitzende[r]?|(?:\\p{Ll}+\\s+)?(?:teacher|instructor|coach)|principal|head\\s?teacher|secretary|chair(?:man|woman|person)?)(?![\\p{L}\\p{M}])', 'u');
/**
 * Rule "agency's beat": a wire's writer is credited with the agency's post after the name, the beat between ("By Jane
 * Doe, PA Retail Correspondent", "By John Roe, AP Business Writer", "Jane Doe, Reuters Chief Economics
 * Correspondent"): the writer works for the agency, whose copy the story is. The part is the agency when what is left
 * of it without the post and up to three capitalised words of the beat names one; a newsroom's own "Business Editor"
 * leaves nothing, and a name before a post ("Jane Doe Business Writer") leaves a name. Read also where the writer is
 * declared, from the marked byline (see agencyInWritersPost). Rule "agency's beat desk": the agency's desk of a beat
 * signs as its staff ("PA Sport Staff", "AP Sports Staff"), the whole desk credited as the agency's staff is.
 */
export const AGENCY_BEAT_TITLE = /(?:\s+\p{Lu}[\p{Ll}-]+){0,3}\s+(?:Writer|Reporter|Correspondent|Editor|Staff)$/u;
/** "Associated Press in Valencia", "AFP aus Paris": an agency credit with the reporting location. */
const AGENCY_WITH_PLACE = /\s+(?:in|aus|from|en|à|a|em|desde)\s+\p{Lu}[\p{L}\s.-]*$/u;
/**
 * Rule "agency's bureau": sites that run agency copy credit it with the bureau that filed it, the agency's initials
 * and the city, with no word between ("EFE Madrid", "ANSA Roma") or after a bar or a comma ("EFE | Madrid"). The
 * city is one capitalised word; the agency, in capitals, is the wire source, and neither is a writer. Only initials
 * in capitals count before the city: an agency name written as a word is also a given name ("Antara Das", "Tasnim
 * Ahmed"). An agency whose name is two or three words ("Europa Press Madrid", "Associated Press Washington") is read
 * so too: a writer's given name and surname make no such name, and the one word left after it is the city.
 */
const AGENCY_BUREAU = /^(\p{Lu}{2,}(?:-\p{Lu}{2,})?|\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){1,2})\s+\p{Lu}[\p{Ll}.-]+$/u;
/**
 * Rule "agency desk": "Reuters Staff", "AFP Staff Writers", "AFP reporters", "dpa-Redaktion": the agency's newsroom
 * credited as a whole, so the agency is the wire source rather than the credit being dropped as a desk.
 */
export const AGENCY_DESK = /(?:\s+|-)(?:staff(?:\s+(?:writers?|reporters?))?|reporters|editors|correspondents?|desk|redaktion)$/iu;
/** The same newsroom named before the agency, as Romance languages word it: "Redazione ANSA", "Redacción EFE", "Redação Lusa", "Redacció ACN". */
const AGENCY_NEWSROOM = /^(?:redazione|redacci[oó]n?|reda[cç][aã]o|r[ée]daction|redaktion)\s+/iu;
/**
 * "القاهرة - أ ش أ", "دبي - وام": Arabic datelines put the city, a dash, then the agency. One word before the dash:
 * an Arabic writer's name has two or more, and "محمد علي - رويترز" credits the writer too.
 */
const ARABIC_PLACE_BEFORE_AGENCY = /^[\u0621-\u0652]+\s+[-–—]\s+/u;
/**
 * "الرياض - فهد العتيبي", "محمد علي - القاهرة": Arabic bylines add the city the writer files from, one word before or
 * after a spaced dash. Only beside a name of two words or more, so one of two one-word parts is never taken for it.
 * Rule "city and colon": papers in Sudan, Egypt and the Gulf also write the city with a colon ("الخرطوم: عوض الكريم
 * حسن"), the way other roles' labels are written ("تصوير: …", photographed by), which are no city. Iraqi papers write
 * it with a slash ("بغداد/ حيدر الربيعي"), read before the credit is split as a list at its slashes (see
 * withoutArabicCityBeforeSlash).
 */
function withoutArabicCity(credit: string): string {
  // Rule "city after the labelled name": a credit that opens with its label sets the city after the name as an
  // unlabelled one does ("كتب: أحمد علي - القاهرة", "تقرير: سارة المنصوري - دبي"); read with the label, the label
  // and its colon were taken for a city before the name, and the city after it for the writer's last name.
  // A label before no such name (an agency, "بواسطة وام - ديسمبر") leaves the credit to be read whole, as before.
  // The label may be closed by a dash as by a colon ("كتب - أحمد علي - دبي").
  const label = BYLINE_PREFIX.exec(credit)?.[0];
  if (label) {
    const named = credit.slice(label.length).replace(LABEL_DASH, '');
    const withoutCity = withoutArabicCity(named);
    if (withoutCity !== named) return label + withoutCity;
  }
  const colon = ARABIC_PLACE_BEFORE_COLON.exec(credit);
  const cityFirst = ARABIC_PLACE_BEFORE_AGENCY.exec(credit) ?? (colon && !ARABIC_OTHER_ROLE_LABELS.has(colon[1]) ? colon : null);
  const rest = cityFirst ? credit.slice(cityFirst[0].length) : credit.replace(ARABIC_CITY_AFTER_NAME, '');
  return rest !== credit && ARABIC_FULL_NAME.test(rest) ? rest : credit;
}
const LABEL_DASH = /^\s*[-–—]\s*/u;
const ARABIC_CITY_AFTER_NAME = /\s+[-–—]\s+[\u0621-\u0652]+$/u;
/** The city's word with the vowel marks it may carry ("عمّان", see cityCreditLine). */
const ARABIC_PLACE_BEFORE_COLON = /^([\u0621-\u0652]+)\s*:\s*/u;

/**
 * Rule "beat before the name": Australian broadcasters and papers set the writer's beat between the byline word and
 * the name, in lower case ("By state political reporter Jane Doe and John Roe", "By business reporter Jane Doe"). The
 * beat is the role of the name after it, as "Political reporter" is after a name, and no part of it; split as it
 * stands, the first name was read as a phrase and the whole credit dropped. Only after the byline word, lower-case
 * words closed by a role's noun, before a capitalised given name and surname. A beat of several topics lists them
 * with commas ("By environment, energy and climate reporter Jane Doe").
 */
function withoutBeatBeforeName(credit: string): string {
  return credit.replace(BEAT_BEFORE_NAME, '$1');
}
const BEAT_BEFORE_NAME = /^(\s*(?:by|By|BY)\s+)(?:\p{Ll}[\p{Ll}-]*,?\s+){0,6}(?:reporter|correspondent|editor|writer|journalist|producer|presenter|columnist)s?\s+(?=\p{Lu}[\p{L}'’-]*\s+\p{Lu})/u;

/**
 * Rule "agency's correspondent": Arabic papers that run an agency's story from the field credit its reporter as the
 * agency's correspondent, the agency named after the word and the name after a colon ("مراسل الأناضول: عثمان الطيب",
 * "مراسلة وكالة الأنباء القطرية: …"), often after the place it was filed from ("الخرطوم - مراسل الأناضول: …"). The
 * label, and the place before it, credit the wire; the name after the colon is the writer. Only where the words after
 * "correspondent" name an agency, and only with the colon: a sentence that speaks of an agency's correspondent has no
 * colon after the agency.
 * Rule "the outlet's own correspondent": Arab channels and sites credit their own reporter the same way, with the
 * outlet's word in the agency's place ("جندوبة - مراسل القناة: سامي الهمامي", "مراسل الموقع: …"). The label and the
 * place go as well, and name no wire.
 */
function correspondentLabel(credit: string): { agency: string | null; length: number } | null {
  const label = CORRESPONDENT_CREDIT.exec(credit);
  return label ? { agency: agencyNamed(label[1]), length: label[0].length } : null;
}

/**
 * The credit without the city an Iraqi byline sets before a slash ("بغداد/ حيدر الربيعي"): one Arabic word, no byline
 * word ("بقلم/ …") and no other role's label, before a name of two words or more. Split at the slash, the city
 * would be read as a writer of its own.
 */
function withoutArabicCityBeforeSlash(credit: string): string {
  const city = ARABIC_PLACE_BEFORE_SLASH.exec(credit);
  if (!city || ARABIC_OTHER_ROLE_LABELS.has(city[1]) || BYLINE_PREFIX.test(credit)) return credit;
  const rest = credit.slice(city[0].length);
  return ARABIC_FULL_NAME.test(rest) ? rest : credit;
}
const ARABIC_PLACE_BEFORE_SLASH = /^\s*([\u0621-\u0652]+)\s*\/\s*/u;

/**
 * Rule "city and outlet": Arabic papers credit their own or a partner's newsroom the way a wire dateline credits an
 * agency, the city, a dash and the outlet ("بيروت - النهار", "دبي - العربية.نت", "القاهرة - بوابة الأهرام", "غزة -
 * الجزيرة نت"). After the city, one word is no writer's full name, a domain ("….نت", "… نت") is a site, and a name
 * that opens with a medium's word (portal, site, paper, channel, network, agency, radio) is an outlet's. An agency's
 * one word there ("الرياض - واس") is the wire dateline itself, read as the wire source.
 */
function isArabicCityAndOutlet(credit: string): boolean {
  const city = ARABIC_PLACE_BEFORE_AGENCY.exec(credit);
  // "كتب - خالد", "تقرير - …": a byline word before the dash, not a city.
  if (!city || BYLINE_PREFIX.test(credit)) return false;
  const rest = credit.slice(city[0].length).trim();
  return (!/\s/.test(rest) && agencyNamed(rest) === null) || ARABIC_SITE_SUFFIX.test(rest) || ARABIC_MEDIUM_WORD.test(rest);
}
/** A second separator after the city's dash: the credit goes on past the outlet. */
const ONE_DASH_AND_MORE = /[-–—][^-–—]*[-–—،,/|]/u;
const ARABIC_SITE_SUFFIX = /(?:\.|\s)(?:نت|كوم|net|com)$/u;
const ARABIC_MEDIUM_WORD = /^(?:بوابة|موقع|صحيفة|جريدة|مجلة|قناة|شبكة|وكالة|إذاعة|اذاعة|راديو|تلفزيون|منصة)\s/u;
const ARABIC_FULL_NAME = /^[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+)+$/u;
/** A credit and what follows a spaced dash after it. */
const NAME_DASH_TAIL = /^(.+?)\s+[-–—]\s+(.+)$/u;
/** A name of words and a number of one to three digits, then a spaced dash and what follows it. */
const NUMBERED_OUTLET_AND_TAIL = /^[^\d]+\s\d{1,3}\s+[-–—]\s+(.+)$/u;

/**
 * Rule "job title run on after the name": "By Jane Doe Staff Writer", "Von Max Muster Redakteur": the writer's post
 * printed straight after the name, in capitals, with no comma to set it apart. The name is read without it when the
 * words before it are a full name.
 */
function withoutTitleRunOn(credit: string): string {
  const title = TRAILING_JOB_TITLE.exec(credit);
  if (!title) return credit;
  const name = credit.slice(0, title.index);
  return isFullName(name.replace(BYLINE_PREFIX, '')) ? name : credit;
}
const TRAILING_JOB_TITLE = /\s+(?:(?:Senior|Chief|Staff|Contributing|Special|Political|Business|Sports|Foreign|Investigative|Health|Science)\s+)?(?:Writer|Reporter|Correspondent|Columnist|Contributor|Redakteurin|Redakteur|Korrespondentin|Korrespondent|Journalist|Journalistin)$/u;

/**
 * Rule "agency run on after the name": wire copy a newsroom republishes credits "By ZEKE MILLER Associated Press",
 * the agency printed straight after its writer's name with nothing between. The credit's last one to three words
 * name an agency and the words before them are a name, ending in a letter: a dash or a colon there makes the words
 * before it a place or a label ("القاهرة - أ ش أ"), which the dateline rules read.
 */
function agencyRunOnAfterName(credit: string, context: AuthorContext): { name: string; agency: string } | null {
  // "By The Associated Press" is the agency alone, its article no name.
  if (agencyNamed(credit.replace(BYLINE_PREFIX, '').trim())) return null;
  const words = credit.trim().split(/\s+/);
  const found = agencyAtEdge(words, 'last', 2);
  const name = found ? words.slice(0, -found.words).join(' ') : '';
  return found && ENDS_IN_LETTER.test(name) && fullName(name, context) ? { name, agency: found.agency } : null;
}
const ENDS_IN_LETTER = /\p{L}$/u;
/**
 * "Jane Doe/Reuters files", "AP file photo", "Archivfoto: dpa": a picture taken from an agency's or paper's archive.
 * The whole credit names the photographer and the archive, not a writer. "files" is lowercase there; "Jane Files"
 * is a name.
 */
const ARCHIVE_PICTURE_CREDIT = /(?:^|[\s/])(?:files|[Ff]ile\s+(?:[Pp]hoto|[Pp]icture|[Ii]mage)s?|[Aa]rchivo|[Aa]rchivbild|[Aa]rchivfoto)\s*$|^(?:Archivbild|Archivfoto)\s*:/u;
/** A login with digits shown as the author ("CC7567", "user42"): not a display name. */
const NUMBERED_HANDLE = /^\p{L}+\d+$/u;
/** A letter of a script with letter case (Latin, Greek, Cyrillic, Armenian). */
const CASED_LETTER = /[\p{Lu}\p{Ll}]/u;
/** A credit that ends in a desk word ("Digital Desk", "News Bureau", Urdu "ویب ڈیسک", Hindi "डिजिटल डेस्क"). */
const DESK_CREDIT = /(?:^|\s)(?:desk|bureau|newsroom|ڈیسک|डेस्क|ब्यूरो|ডেস্ক)$/iu;
/** One capitalised word: a place in a dateline, where a name has two words or more. */
const PLACE_WORD = /^\p{Lu}[\p{L}-]*$/u;
/**
 * A byline that ends in ", Place" or "| Place" ("Por María López | Madrid"): a single capitalised word after the last
 * comma or pipe, the city the writer files from. Scripts without case (Bengali "রহিম উদ্দিন, চট্টগ্রাম", Hebrew,
 * Arabic after its own comma: "أحمد علي، القاهرة") write the place as any word.
 */
const DATELINE_PLACE = /[,،|]\s*(?:\p{Lu}[\p{L}-]*|[\p{Lo}\p{M}]+)\s*$/u;
/**
 * Rule "town and its region": US and Canadian papers credit the writer with the town and its state or province
 * ("Jane Doe, Harrisburg, PA", "Jane Doe, Albany, N.Y.", "Jane Doe, Erie, Pa."), and others with the town and its
 * country ("Jane Doe, Cork, Ireland"). Two commas after the name, the town is one capitalised word, as a place alone
 * after a name is ("Von Ines Meier, Washington"), and the region one more, the AP's abbreviation, or a postal code,
 * which an agency's initials could otherwise claim ("PA").
 */
const TOWN_AND_REGION = /,\s*\p{Lu}[\p{L}-]*\s*,\s*(?:\p{Lu}[\p{L}-]*\.?|(?:\p{Lu}\.){2,3}|\p{Lu}\.\p{Lu}\p{Ll}\.)\s*$/u;
/** The US states' and Canadian provinces' two-letter postal codes. */
const POSTAL_REGION_CODES: ReadonlySet<string> = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN',
  'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA',
  'WV', 'WI', 'WY', 'AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT',
]);

function endsInTownAndRegion(parts: string[], candidate: string): boolean {
  if (parts.length < 3 || !isFullName(parts[parts.length - 3].replace(BYLINE_PREFIX, '').replace(LEADING_CONJUNCTION, ''))) return false;
  const town = parts[parts.length - 2].trim();
  const region = parts[parts.length - 1].trim();
  if (!PLACE_WORD.test(town) || agencyNamed(town)) return false;
  if (!POSTAL_REGION_CODES.has(region) && agencyNamed(region)) return false;
  return TOWN_AND_REGION.test(creditEnding(candidate));
}

/**
 * The credit ends in a place, and the place is its last part: an other role's credit the split cut off may end the
 * credit instead ("By Jane Doe and John Roe, Edited by Ann Poe, MD", a credential the state's code "MD" spells), and
 * its ending says nothing of the writers' last part.
 */
function endsInPlace(candidate: string, last: string): boolean {
  const ending = creditEnding(candidate);
  return DATELINE_PLACE.test(ending) && ending.trimEnd().endsWith(last.trim());
}

/**
 * The credit as its place ends it: without notes in parentheses ("Köllitsch (D)" is a place with its country code)
 * and without the date a byline box runs on into ("By Jane Doe and John Roe, Nairobi Nov 24, 2026").
 */
function creditEnding(candidate: string): string {
  return stripTrailingDate(candidate.replace(NOTE_IN_PARENTHESES, ''));
}
const NOTE_IN_PARENTHESES = /\s*\([^()]*\)/g;

/**
 * Rule "place after its preposition": reporters sent out to a place are credited with it after the last name, the
 * preposition of their language before it ("Reportage : Jane Doe et John Roe, à Fos-sur-Mer", "Por Ana Ruiz, desde
 * Quito", "Jane Doe, in Kyiv"). Split at the comma, the part reads as a phrase and would sink the whole list as prose;
 * lowercase preposition, then one to three capitalised words (and the dash before a photographer's credit that was cut
 * off), it is the writers' place and no name.
 */
const PLACE_AFTER_PREPOSITION = /^\s*(?:à|au|aux|in|en|aus|from|desde|em|a)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:\s+[—–-])?\s*$/u;
/**
 * Rule "place the story names": Nigerian, Ghanaian and other Commonwealth papers print the town each writer files from
 * after the name ("By Jane Doe, Sefwi Wiawso"), and a town of two or three words is shaped as a co-writer's name. The
 * story names the town where things happen in it ("… marched in Sefwi Wiawso"), as it names no co-writer: a part of
 * capitalised words that the page's text writes after "in" or "at" is the writer's place. Read for a visible byline
 * only, and only the page's text once, when a part has that shape.
 */
function isPlaceTheStoryNames(part: string, context: AuthorContext): boolean {
  const words = part.trim().split(' ');
  if (words.length < 2 || words.length > MAX_PLACE_WORDS || !words.every((word) => PLACE_WORD.test(word))) return false;
  const place = words.join(' ');
  if (isDeclaredSection(place, context)) return true;
  if (!context.pageTexts) return false;
  const { text } = context.pageTexts();
  // The plain search first: most parts are names, which the text never writes after "in" or "at".
  if (!text.includes(`in ${place}`) && !text.includes(`at ${place}`)) return false;
  return new RegExp(`(?<!\\p{L})(?:in|at) ${escapeRegExp(place)}(?![\\p{L}\\p{M}])`, 'u').test(text);
}
const MAX_PLACE_WORDS = 3;
/**
 * Rule "Arabic place the story names": an agency's dateline credits a city of two or three words as it does one of one
 * word ("مكة المكرمة - واس", "المدينة المنورة - واس", "رأس الخيمة - وام"), shaped as a writer's name is ("محمد علي -
 * رويترز"). The story names the city where things happen in it, after "في", "إلى" or "من" or with "ب" joined to it
 * ("في المسجد الحرام بمكة المكرمة"), as it names no writer: such a part before the agency is its dateline's city.
 */
function isArabicPlaceTheStoryNames(part: string, context: AuthorContext): boolean {
  const place = part.trim();
  if (!ARABIC_PLACE_WORDS.test(place) || !context.pageTexts) return false;
  const { text } = context.pageTexts();
  // The plain search first: most parts are names, which the text rarely writes at all.
  if (!text.includes(place)) return false;
  return new RegExp(`(?:(?<![\\u0621-\\u064A])(?:في|إلى|الى|من)\\s+|(?<![\\u0621-\\u064A])[بل])${escapeRegExp(place)}(?![\\u0621-\\u064A])`, 'u').test(text);
}
/** Two or three Arabic words: a city as a dateline names it. */
const ARABIC_PLACE_WORDS = /^[\u0621-\u064A]+(?:\s[\u0621-\u064A]+){1,2}$/u;
/**
 * Rule "town's section": local papers file a story under its town's section ("articleSection": "La Louvière") and
 * print the town the writer files from after the name ("Par Jane Doe, La Louvière"); a part that is the section the
 * page declares is that town, or a topic, and never a co-writer.
 */
function isDeclaredSection(place: string, context: AuthorContext): boolean {
  const key = place.toLowerCase();
  return context.sections?.().some((section) => section.trim().toLowerCase() === key) ?? false;
}
/** A one-word label, its colon, then digits ("Data: 28-04-2021", "التاريخ: 2011-06-12"): a byline list's date or count field. */
const LABELLED_NUMBER = /^\s*\p{L}+\s*[:：]\s*\d/u;
/** Characters of one credit at most: twenty writers with their roles, as a long investigation credits them. */
const MAX_CREDIT_CHARS = 1500;

/**
 * Where candidates come from. A page's metadata declares its author on purpose, even a group ("Contributors to
 * Example projects"); a line of visible text only looks like a byline, and may be a menu item or an affiliation.
 */
export type AuthorOrigin = 'declared' | 'visible';

/**
 * Rule "bio sentence": an author box introduces its writer in a sentence ("Mia Holt is a reporter covering the
 * coast.", "Jane Doe ist Redakteurin im Ressort Politik", "Jean Dupont est journaliste"), or says what the writer
 * writes about ("Mia Holt writes about housing", "Jane Doe schreibt über Bildung", "Jean Dupont couvre la mairie"),
 * and the name is its subject, the capitalised words before the verb. Read only from a visible line that opens so: split as a list at
 * its "a", the sentence left "Mia Holt is" for a name.
 */
const BIO_SENTENCE = /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+(?:is|was|ist|war|est|était|es|era|è|é|jest|er|är|writes|covers|reports|schreibt|berichtet|écrit|couvre|escribe|cubre|scrive|escreve|schrijft)\s+\p{L}/u;

/**
 * Rule "class year": student papers and alumni magazines print each student's or graduate's class year after the
 * name ("By Jane Doe '27", "Jane Doe ’27 and John Roe ’28", "Jane Doe (SFS ’26)", "Jane Doe, Class of 2027"): the
 * year is no part of the name, and its digits cut the byline as a date's would, leaving "Jane Doe '".
 */
const CLASS_YEAR = /\s*\(\s*(?:\p{Lu}{2,6}\s+)?['’‘]\d{2}\s*\)|(?<=\p{L})\s+['’‘]\d{2}(?![\p{N}\p{L}])|,?\s+class of (?:19|20)\d{2}(?!\d)/giu;

/**
 * Cleans author candidates from one source. Returns the names in order, without repeats, plus the first agency
 * seen. A candidate that is itself a list ("A, B and C") is split.
 */
const LIST_COMMA = /[、,，]/u;

export function cleanAuthors(candidates: string[], context: AuthorContext, origin: AuthorOrigin = 'declared'): AuthorResult {
  const authors: string[] = [];
  let wireSource: string | null = null;
  const seen = new Set<string>();
  let editors: Set<string> | undefined;
  const editorKeys = () => (editors ??= new Set((context.editors?.() ?? []).map((editor) => editor.trim().toLowerCase())));
  for (const printed of candidates) {
    // A credit longer than any list of writers is a field filled with other text, or a hostile value; the name
    // patterns, some of which look around every character, are not run over it.
    if (printed.length > MAX_CREDIT_CHARS) continue;
    const credit = withTatweelDashes(printed);
    // Rule "credit in full-width brackets" (see FULL_WIDTH_CREDIT_BRACKETS) holds for a list of writers too
    // ("（佐伯陽介、宮下彩）"): the brackets enclose the whole list, and splitting first would keep one on each end. A
    // single writer's bracket keeps its desk and role for rule "bracketed Japanese byline".
    const candidate = withoutStaffLabel(origin === 'declared' ? inReadingOrder(mailboxName(credit)) : BIO_SENTENCE.exec(credit)?.[1] ?? credit).replace(CLASS_YEAR, '')
      .replace(FULL_WIDTH_CREDIT_BRACKETS, (bracketed, list: string) => (LIST_COMMA.test(list) ? list : bracketed));
    if (candidate === '') continue;
    // Checked before splitting, which would cut the digits off as a date.
    if (NUMBERED_HANDLE.test(candidate.trim())) continue;
    // A labelled field whose value is a number or a date names no one, whatever the label's language; read before
    // splitting, which would cut the date off and leave the label.
    if (LABELLED_NUMBER.test(candidate)) continue;
    if (notesOwnDomain(candidate, context)) continue;
    if (ARCHIVE_PICTURE_CREDIT.test(candidate)) continue;
    // The site's own name credited whole: read before splitting, which would cut a name with an "&" ("Mac & i")
    // into words that no longer match it.
    if (SITE_NAME_JOIN.test(candidate) && isWholeSiteName(candidate, context)) continue;
    // Rule "numbered outlet and its agency": "الأيام 24 - و.م.ع", "Info 360 - AFP": a portal whose brand carries a
    // number credits itself and the agency whose copy it ran. A person's name holds no number, and the date cut that
    // splitting makes at the first digit would take the agency with it.
    const numberedOutlet = NUMBERED_OUTLET_AND_TAIL.exec(candidate);
    const outletAgency = numberedOutlet ? agencyNamed(numberedOutlet[1]) : null;
    if (outletAgency) {
      wireSource ??= outletAgency;
      continue;
    }
    // Rule "agency word after the city": an agency's own site and the papers that run its copy credit it the way a
    // newsroom credits itself, the city, a dash and the agency's name, which opens with its word for agency ("البصرة
    // - وكالة دجلة", "بغداد - وكالة الأنباء العراقية"). That word begins with the letter Arabic writes joined to a
    // word for "and", and a split cuts it there into a city and "كالة …", two writers. Read whole before splitting, the
    // credit is a city and an outlet (see isArabicCityAndOutlet), and an agency when the outlet is one; a credit that
    // goes on to a writer after another separator is split as before.
    if (!ONE_DASH_AND_MORE.test(candidate) && isArabicCityAndOutlet(candidate)) {
      wireSource ??= agencyNamed(candidate.replace(ARABIC_PLACE_BEFORE_AGENCY, '').trim());
      continue;
    }
    const correspondent = correspondentLabel(candidate);
    if (correspondent?.agency) wireSource ??= correspondent.agency;
    const named = correspondent ? candidate.slice(correspondent.length) : candidate;
    const parts = withoutOutletCredit(withoutTitleAffiliation(splitByline(withoutArabicCityBeforeSlash(withoutBeatBeforeName(named)), context.japanese === true), context, named));
    // Rule "one name in two scripts" (see spellSameName): the writer spelled again in the other script goes.
    if (parts.length === 2 && isSecondSpelling(parts[0].replace(BYLINE_PREFIX, ''), parts[1])) parts.pop();
    if (parts.length > 1 && PLACE_AFTER_PREPOSITION.test(parts[parts.length - 1]) && isFullName(parts[parts.length - 2].replace(BYLINE_PREFIX, '').replace(LEADING_CONJUNCTION, ''))) parts.pop();
    // A "list" with a phrase among its items ("#Notes on the law in X and Y", "Martin is a full-stack engineer")
    // is prose split at an "and" or a comma: none of its items is a name. An agency behind its lowercase lead-in ("con
    // EFE y Europa Press", "avec AFP et Reuters") is a credit, no phrase.
    // A role describes the name before it: a list that opens with one ("محرر في قسم المحليات، يغطي …") is a bio.
    const posts = new Set(parts.filter((part, at) => at > 0 && isPostAfterComma(named, part, parts[at - 1])));
    if (parts.length > 1 && parts.some((part, at) => isPhrase(part.replace(BYLINE_PREFIX, '').replace(BYLINE_WORD_BEFORE_FULL_NAME, '')) && !(at > 0 && (ROLE_DESCRIPTION.test(part) || posts.has(part))) && agencyBehindLeadIn(part) === null)) continue;
    // Rule "labelled list": "Redaktion: Jane Doe und John Roe", "Fotos: Jane Doe, John Roe": a label that is no
    // byline word names the role of every name in the list, as it does of a name alone (see cleanName).
    if (parts.length > 1 && OTHER_ROLE_LABEL.test(parts[0].replace(BYLINE_PREFIX, ''))) continue;
    // "Example Times, Frankfurt, Germany": a list led by the site's own name describes the organization. Rule "site
    // and agency": "Example Times / MTI", "Example Times, ČTK": the site credits itself and the agency whose copy it
    // ran, the wire source.
    if (parts.length > 1 && isSiteName(parts[0], context)) {
      wireSource ??= parts.slice(1).map((part) => agencyNamed(part)).find((agency) => agency !== null) ?? null;
      continue;
    }
    // "Department for Economy, Education and Research": a list led by an institution is the rest of its name.
    if (parts.length > 1 && (INSTITUTION_WORD.test(parts[0]) || STATE_BODY.test(parts[0].replace(BYLINE_PREFIX, '')))) continue;
    // Rule "desk's place": "डिजिटल डेस्क, नई दिल्ली", "ویب ڈیسک، کراچی": a desk credited with the city it files from.
    // Without letter case, the city's two words would pass for a name; in a cased script ("News Desk, Jane Doe") the
    // part after a desk may be its writer, and the place rules below tell a city.
    if (parts.length === 2 && DESK_CREDIT.test(parts[0].replace(BYLINE_PREFIX, '').trim()) && !CASED_LETTER.test(parts[1])) continue;
    // "Von Ines Zöttl, Washington": one word after a comma or a pipe behind a full name is the dateline's place. A
    // surname written first ("de Jong, Michiel", "Doe, Jane") is one word or led by a particle.
    // Read on the credit's ending (see creditEnding). An agency there ("By Jane Doe, Reuters", "Jane Doe | AFP") is the
    // wire source, no place.
    const namesPlace = (part: string) => origin === 'visible' && isPlaceTheStoryNames(part, context);
    if (endsInTownAndRegion(parts, candidate)) parts.splice(-2, 2);
    // A place of several words is one the story names (see isPlaceTheStoryNames).
    else if (parts.length > 1 && isFullName(parts[parts.length - 2].replace(BYLINE_PREFIX, '').replace(LEADING_CONJUNCTION, '')) && !agencyNamed(parts[parts.length - 1])
      && (endsInPlace(candidate, parts[parts.length - 1]) || namesPlace(parts[parts.length - 1]))) parts.pop();
    // "Von Jane Doe, Berlin, und John Roe, Paris": each writer of several may carry a place of their own; a single
    // capitalised word between one full name and the next, or words the story names as a place, is the first writer's.
    // Rule "place before the agency": so is one between the writer and the agency whose copy the story runs ("Jane
    // Doe, London, Reuters"), as the bureau's city after the agency is (rule "agency's bureau").
    for (let at = parts.length - 2; at >= 1; at--) {
      const next = parts[at + 1].replace(LEADING_CONJUNCTION, '');
      if (isFullName(parts[at - 1].replace(BYLINE_PREFIX, '')) && (isFullName(next) || agencyNamed(next.trim())) && !agencyNamed(parts[at]) && (PLACE_WORD.test(parts[at]) || namesPlace(parts[at]))) parts.splice(at, 1);
    }
    let afterAgency = false;
    for (const labelled of parts) {
      // Rule "agency's dateline under the label": a label before a wire dateline ("كتب: القاهرة - أ ش أ") credits the
      // agency, and the one word before it is the dateline's city, read as the unlabelled dateline is.
      const unlabelled = labelled.replace(BYLINE_PREFIX, '');
      const place = unlabelled !== labelled ? ARABIC_PLACE_BEFORE_AGENCY.exec(unlabelled) : null;
      const credit = place && agencyNamed(unlabelled.slice(place[0].length).trim()) ? unlabelled : labelled;
      if (ROLE_DESCRIPTION.test(credit) || posts.has(labelled)) continue;
      // Rule "agency's bureau": one capitalised word after the agency's own part is its bureau's city.
      if (afterAgency && PLACE_WORD.test(credit.trim())) continue;
      // Rule "editor's initials after an agency": portals that run agency copy sign it with the agency and the
      // initials of the editor who handled it ("Von dpa, ank", JSON-LD authors "dpa" and "ank"); lower-case initials
      // beside a credited agency are that editor's shorthand, no writer's name.
      if (wireSource !== null && EDITOR_INITIALS.test(credit.trim())) continue;
      // Rule "agency's beat" (see AGENCY_BEAT_TITLE), read before a post run on after a name is cut off the part.
      const beatAgency = AGENCY_BEAT_TITLE.test(credit) ? agencyNamed(credit.replace(BYLINE_PREFIX, '').replace(AGENCY_BEAT_TITLE, '').trim()) : null;
      if (beatAgency) {
        wireSource ??= beatAgency;
        afterAgency = true;
        continue;
      }
      afterAgency = false;
      // "محمد علي - رويترز", "Jane Doe - Reuters": the writer, then the agency whose copy the story uses. One Arabic
      // word before the dash is the dateline's city ("القاهرة - أ ش أ"), read below.
      const withAgency = ARABIC_PLACE_BEFORE_AGENCY.test(credit) ? null : NAME_DASH_TAIL.exec(credit);
      const tailAgency = withAgency ? agencyNamed(withAgency[2]) : null;
      if (tailAgency && origin === 'visible' && isArabicPlaceTheStoryNames(withAgency![1], context)) {
        wireSource ??= tailAgency;
        afterAgency = true;
        continue;
      }
      const runOn = tailAgency || ARABIC_PLACE_BEFORE_AGENCY.test(credit) ? null : agencyRunOnAfterName(credit, context);
      wireSource ??= tailAgency ?? runOn?.agency ?? null;
      if (isArabicCityAndOutlet(credit)) continue;
      // Rule "city of two words before the writer": the writer's line may open with a city of two or three words and
      // a spaced dash ("مكة المكرمة - محمد بن فهد الحربي", "رأس الخيمة - سالم الشحي"), shaped as a name is; the
      // page names the city as a place, after "في", "إلى" or "من" (its prayer-times box, its text), as it names no writer.
      const cityBefore = !tailAgency && !runOn && withAgency && origin === 'visible' && ARABIC_FULL_NAME.test(withAgency[2]) && isArabicPlaceTheStoryNames(withAgency[1], context) ? withAgency[2] : null;
      const part = withoutTitleRunOn(withoutArabicCity(tailAgency ? withAgency![1] : runOn ? runOn.name : cityBefore ?? credit));
      const agency = agencyNamed(part) ?? agenciesIn(part)[0] ?? agencyNamed(part.replace(AGENCY_WITH_PLACE, '')) ?? agencyBehindLeadIn(part) ?? agencyNamed(part.replace(ARABIC_PLACE_BEFORE_AGENCY, ''))
        ?? agencyNamed(part.replace(BYLINE_PREFIX, '').replace(AGENCY_DESK, '').replace(AGENCY_NEWSROOM, '')) ?? agencyNamed(AGENCY_BUREAU.exec(part.replace(BYLINE_PREFIX, ''))?.[1] ?? '')
        ?? homeAgencyNamed(part.replace(BYLINE_PREFIX, ''), context.language);
      if (agency) {
        wireSource ??= agency;
        afterAgency = true;
        continue;
      }
      const name = fullName(part, context);
      // Rule "office after the writer": a newsroom credits its writer with the office they write for ("Story by
      // Jane Doe, University Communications & Marketing", "Jane Doe, Department of Public Works"); the part that
      // names an institution is the affiliation, as below, and its "&" leaves pieces of it ("Marketing") that are no
      // co-writers.
      if (!name && origin === 'visible' && authors.length > 0 && INSTITUTION_WORD.test(part)) break;
      if (!name) continue;
      // "By Associated Press12:20pm": the agency shows once the time glued to it is cut off.
      const cleanedAgency = agencyNamed(name);
      if (cleanedAgency) {
        wireSource ??= cleanedAgency;
        continue;
      }
      // "Jane Doe, Institute for Example Studies, Department of X": an affiliation ends the names in a visible
      // byline, and what follows it continues the institution's name.
      if (origin === 'visible' && isInstitution(name)) break;
      const key = name.toLowerCase();
      if (seen.has(key) || (origin === 'declared' && editorKeys().has(key))) continue;
      seen.add(key);
      authors.push(name);
    }
  }
  // A writer named in full and then by the given name alone ("Mia Holt", then "Mia is a reporter …") is one writer.
  return { authors: authors.filter((name) => name.includes(' ') || !authors.some((other) => other.startsWith(`${name} `))), wireSource };
}

/**
 * Rule "job title ends the writers": "By Ann Lee, Senior Staff Technologist, Speech, Privacy, and Technology Project",
 * "Von Mara Holm, Redakteurin, Ressort Wirtschaft". A job title behind a name describes that writer, and the parts
 * after it name the desk, programme or place the title belongs to, whose capitalised words would pass for names.
 * A co-writer after a title brings a title of their own ("Ann Lee, Staff Writer, and Bo Park, Senior Editor"), so
 * the list is cut only at a title whose next-but-one part is no title. A title that opens the credit is the post line a
 * byline box sets under the name ("Amara Nwosu<br>Programme Officer, West Africa", see rule "office posts"), and its
 * parts after it are the same affiliation.
 * Rule "agency after the title": an agency among those parts is the writer's employer ("By Jane Doe, Staff Writer,
 * AP", "Jane Doe, Health Reporter, Associated Press"), whose copy the story is; it stays, to credit the wire.
 * Rule "beat of several topics": a title may end a beat that lists its topics ("Jane Doe, Environment, Energy and
 * Climate reporter"); split as a list, each topic is one capitalised word between the writer's full name and the
 * title, where a co-writer would bring a full name of their own.
 */
function withoutTitleAffiliation(parts: string[], context: AuthorContext, credit: string): string[] {
  const isTitle = (part: string | undefined) => part !== undefined && isJobTitle(part, context);
  const last = parts.length - 1;
  if (last >= 2 && isTitle(parts[last]) && isFullName(parts[0].replace(BYLINE_PREFIX, '')) && parts.slice(1, last).every((part) => BEAT_TOPIC.test(part.trim()))) {
    return [parts[0], parts[last]];
  }
  for (let at = 0; at < last; at++) {
    // A label or a desk opens a list of the writers it credits ("Author, Jane Doe", "News Desk, Jane Doe and John Roe").
    if (at === 0 && !OFFICE_POST.test(parts[0])) continue;
    if (isTitle(parts[at]) && !isTitle(parts[at - 1]) && !isTitle(parts[at + 2]) && !joinsCoWriter(credit, parts[at], parts[at + 1])) {
      if (isCoWriterAfterAffiliation(credit, parts, at, isTitle)) return [...parts.slice(0, at + 1), ...withoutTitleAffiliation(parts.slice(at + 2), context, credit)];
      return [...parts.slice(0, at + 1), ...parts.slice(at + 1).filter((part) => agencyNamed(part.trim()) !== null)];
    }
  }
  return parts;
}
/**
 * Rule "co-writer after the affiliation": a think tank credits each writer with a post and the programme it belongs to
 * ("By Jane Ortega, Senior Fellow, Energy Program, and Marcus Bell, Research Assistant"): after the first writer's
 * title and affiliation, an "and" brings a full name with a title of its own, the next writer, whom the cut at the
 * first title dropped.
 */
function isCoWriterAfterAffiliation(credit: string, parts: readonly string[], title: number, isTitle: (part: string | undefined) => boolean): boolean {
  const affiliation = parts[title + 1];
  const next = parts[title + 2];
  if (next === undefined || !isFullName(next.replace(LEADING_CONJUNCTION, '')) || !isTitle(parts[title + 3])) return false;
  const at = credit.indexOf(affiliation);
  return at >= 0 && TITLE_THEN_AND.test(credit.slice(at + affiliation.length));
}
/**
 * Rule "post after the comma": a byline tells the writer's post or calling after the comma in words of its own, in
 * lower case where the language writes a post so ("By Jane Doe, senior fellow at the Harbour Institute", "Par Claire
 * Dufresne, chercheuse associée à l'Institut", "Di Anna Rossi, ricercatrice dell'Istituto", "Von Anna Roe, freie
 * Journalistin in Berlin"), and in Arabic opening with the calling ("بقلم: سامر العطار، باحث في الشؤون الاقتصادية",
 * rule "calling after the comma"). It is the writer's post, as a title in capitals is, and no second writer; told in a
 * phrase, it made the whole credit read as prose, and the page had no author. A writer named after the comma is
 * capitalised; a conjunction or "with" brings a co-writer, an agency may be written in lower case ("Ann Lee, dpa"),
 * and a relative clause ("who taught history here") makes the credit a sentence about the writer. Only after a full
 * name: "Par filière, les taux de réussite …" is a sentence that opens as a byline does. Joined to the name by "و", the Arabic calling is a biography's sentence
 * ("سلمى العودات كاتبة وباحثة في …"), no byline.
 */
function isPostAfterComma(credit: string, part: string, before: string): boolean {
  const text = part.trim();
  if (!isFullName(before.replace(BYLINE_PREFIX, '').replace(LEADING_CONJUNCTION, '').trim())) return false;
  if (!CALLING_OPENING.test(text) && !(LOWERCASE_OPENING.test(text) && !NO_POST_OPENING.test(text) && agencyNamed(text) === null)) return false;
  const at = credit.indexOf(text);
  return at > 0 && COMMA_BEFORE.test(credit.slice(0, at));
}
const CALLING_OPENING = new RegExp(`^(?:ال)?${ARABIC_WRITER_CALLING}`, 'u');
const COMMA_BEFORE = /[،,]\s*$/u;
const LOWERCASE_OPENING = /^\p{Ll}/u;
/** Words that open a co-writer, a clause about the writer, or a name's particle, not a post. */
const NO_POST_OPENING = /^(?:and|with|who|whose|which|that|by|et|avec|qui|que|dont|par|y|e|con|quien|cuyo|cuya|por|com|quem|und|mit|der|die|das|von|vom|che|ed|di|de|da|du|des|del|dos|van|ter)(?!\p{L})/u;

/** One capitalised word: a topic of a beat ("Energy"), where a writer has a full name. */
const BEAT_TOPIC = /^\p{Lu}\p{Ll}+$/u;

/**
 * Rule "co-writer after a title": "By Ana Ruiz, Reporter and Ben Otieno", the house style of TV-station bylines. An
 * "and" straight after a writer's title brings the next writer, whose own title may be one the vocabulary lacks
 * ("Photojournalist"); an affiliation goes on after its title with a comma.
 */
function joinsCoWriter(credit: string, title: string, next: string): boolean {
  const at = credit.indexOf(title);
  return at >= 0 && TITLE_THEN_AND.test(credit.slice(at + title.length)) && isFullName(next);
}
const TITLE_THEN_AND = /^\s*,?\s*(?:and|und|et|y|e|en|og|och|i|ve)\s/iu;

/**
 * Rule "outlet after the writers" (see OUTLET_CREDIT): read as an item of the list, the outlet's lowercase brand is
 * a phrase that makes the whole byline prose. Behind a full name it ends the writers, and the parts after it credit
 * desks too.
 */
function withoutOutletCredit(parts: string[]): string[] {
  for (let at = 1; at < parts.length; at++) {
    if (OUTLET_CREDIT.test(parts[at]) && !NAME_PARTICLE.test(parts[at]) && agenciesIn(parts[at]).length === 0 && isFullName(parts[at - 1].replace(BYLINE_PREFIX, '').replace(LEADING_CONJUNCTION, ''))) return parts.slice(0, at);
  }
  return parts;
}

/** Whether the second part spells the first's name in the other script, Arabic and Latin either way round. */
function isSecondSpelling(first: string, second: string): boolean {
  const arabicFirst = ARABIC_SCRIPT_NAME.test(first) && LATIN_SCRIPT_NAME.test(second);
  if (!arabicFirst && !(LATIN_SCRIPT_NAME.test(first) && ARABIC_SCRIPT_NAME.test(second))) return false;
  return arabicFirst ? spellSameName(first, second) : spellSameName(second, first);
}
const ARABIC_SCRIPT_NAME = /^[\s\u0600-\u06FF]+$/u;

/**
 * Rule "staff label in words": a newsroom credits a story it wrote as a desk by a label of its own, a staff word and
 * lowercase words after it ("Rédaction en ligne", the online desk; "Redazione web", "Redacción digital"), often with
 * the agencies whose copy went into it behind ("Rédaction en ligne Avec AFP et Reuters"). Split as a list, its French
 * "en" read as the Dutch "and", the label would leave a lowercase word ("ligne") for a name. A writer's name is
 * capitalised: the staff word and lowercase words alone name no one. Returns the credit without such a label that
 * opens it: what follows it (the agencies, a writer), or an empty text for the label alone.
 */
export function withoutStaffLabel(candidate: string): string {
  // The label may follow the byline word ("Par Rédaction en ligne avec Belga"), which names no one either, and take
  // its article ("la rédaction en ligne", "Von der Redaktion mit dpa").
  const unprefixed = candidate.trim().replace(BYLINE_PREFIX, '').replace(STAFF_LABEL_ARTICLE, '');
  if (!STAFF_LABEL_OPENING.test(unprefixed)) return candidate;
  const listed = withCoWritersListed(unprefixed);
  // The label ends at a comma or at the lead-in of the agencies behind it ("Rédaction en ligne avec Belga").
  const label = listed.split(LABEL_END, 1)[0];
  const words = label.split(/\s+/);
  if (!STAFF_LABEL_SHAPE.test(label) || !ROLE_WORDS.test(words[0]) || words.some((word) => agencyNamed(word) !== null)) return candidate;
  const rest = listed.slice(label.length);
  // Rule "newsroom's place": a row that credits the newsroom, not a writer, sets the city it files from between the
  // label and the date, its fields parted by dots or bars ("Redacció · Andorra la Vella · 04.12.2026 | 19:10",
  // "Redacción | Madrid | 3 dic. 2026"); that field is the city, whatever its shape ("Andorra la Vella" passed for a
  // writer's name), unless it names an agency, whose copy the newsroom ran.
  const place = NEWSROOM_PLACE_BEFORE_DATE.exec(rest);
  if (place && agencyNamed(place[1]) === null) return '';
  return rest.replace(/^\s*[,·•|]?\s*/u, '');
}
const NEWSROOM_PLACE_BEFORE_DATE = /^\s*[·•|]\s*([^·•|,\p{Nd}]{2,40}?)\s*[·•|,]\s*\p{Nd}/u;
/**
 * The label ends at a comma, at the lead-in of the agencies behind it, or at the dot or bar a byline row parts its
 * credits with ("Door onze redactie · ANP", "Our staff | Reuters").
 */
const LABEL_END = new RegExp(`,|\\s*[·•|]\\s*|\\s+(?=${CREDIT_LEAD_IN}\\s)`, 'iu');
/**
 * A word, then a lowercase one, or a word alone before the row's separator or a comma ("redactie · ANP", once "onze"
 * is read as the label's article): the cheap first test of a staff label.
 */
const STAFF_LABEL_OPENING = /^\s*\p{L}\p{Ll}*(?:\s+\p{Ll}|\s*[,·•|])/u;
/**
 * The article a staff label may open with, in the languages whose desks sign so. Rule "our newsroom": a desk signs as
 * the paper's own as often, with the possessive in the article's place ("Door onze redactie", "Von unserer Redaktion",
 * "De notre rédaction", "De nuestra redacción", "Dalla nostra redazione", "By our staff"), after the byline word.
 */
const STAFF_LABEL_ARTICLE = /^(?:(?:la|le|the|die|der|das|de|het|el|il|a|o|our|onze|unserer|unsere|unserem|notre|nuestra|nuestro|nostra|nostro|nossa|nosso)\s+|l['’])/iu;
/** A capital at most for its first letter, lowercase letters and spaces after it. */
const STAFF_LABEL_SHAPE = /^\p{L}[\p{Ll}\s'’-]*$/u;

/**
 * Rule "agency behind its lead-in": a byline box credits the agencies whose copy went into the story with the credit's
 * lead-in, in a span of its own or run on after the writers ("Avec AFP et Reuters", "con EFE y Europa Press", "mit
 * dpa und AFP"). Split as a list, the first agency keeps the lead-in; the part is the agency's credit, no writer's
 * name ("Avec AFP") and no phrase ("con EFE").
 */
function agencyBehindLeadIn(part: string): string | null {
  const agency = part.replace(CREDIT_LEAD_IN_PREFIX, '');
  return agency === part ? null : agencyNamed(agency);
}

/** A byline part that is a job title or desk and no name: "Senior Editor", "Redakteurin". */
function isJobTitle(part: string, context: AuthorContext): boolean {
  return ROLE_WORDS.test(part) && !agencyNamed(part) && fullName(part, context) === null;
}

/** A label of one to three words and its colon before a name ("Redaktion: …", "Fotos und Video: …"). */
const OTHER_ROLE_LABEL = /^[^\s:：]+(?:\s+[^\s:：]+){0,2}\s*[:：]\s*\S/u;
