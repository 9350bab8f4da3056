/**
 * Authors: people only. Raw bylines ("By Jane Doe and John Roe, Staff Writer", "بقلم: فلان", "Follow @jane")
 * are split into names; emails, URLs, UI words, role suffixes, the site's own name and generic desks are dropped;
 * news agencies are set aside as the wire source instead.
 */
import { DATE_LABEL, DATE_LABEL_ALTERNATION } from './date-labels';
import { MONTH_NAME_ALTERNATION, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from './month-names';
import { decodeLeftoverEntities } from '../plain-text';
import { escapeRegExp } from './text';
import { agenciesIn, agencyNamed } from './wire-agencies';

export interface AuthorResult {
  authors: string[];
  /** First agency found among the bylines, if any. */
  wireSource: string | null;
}

/** The articles a genre label may open with ("Ein Kommentar von", "An analysis by", "Une chronique par"). */
export const GENRE_ARTICLES = ['an?', 'ein', 'eine', 'une?', 'una?'];
/** Genres a piece is credited by ("Kommentar", "Analysis", "Chronique", "Columna", "Interview"). */
export const GENRE_WORDS = ['kommentar', 'kolumne', 'analyse', 'analysis', 'column', 'commentary', 'opinion', 'essay', 'interview', 'gastbeitrag',
  'reportage', 'glosse', 'chronique', 'tribune', 'cr[oó]nica', 'columna', 'opini[oó]n'];
/** A genre label and its byline word: "Ein Interview von", "Analysis by", "Opinión por". */
export const GENRE_CREDIT = String.raw`(?:(?:${GENRE_ARTICLES.join('|')})\s+)?(?:${GENRE_WORDS.join('|')})\s+(?:by|von|par|por|di)`;
/**
 * Byline lead-ins in the languages of the corpus and Arabic ("بقلم" = "by the pen of", "كتب" = "wrote", "حوار" =
 * "interview by", "متابعة" = "follow-up by", "بواسطة" = "by", as Arabic WordPress themes print it), including genre labels ("Ein Kommentar von", "Analysis by"), Russian
 * "Текст" ("text"), Hebrew "מאת" ("by"), Urdu "رپورٹ" / "تحریر" ("report", "writing"), Hindi "रिपोर्ट" / "लेखक" ("report", "writer"), Greek "Του" / "Της" / "Των"
 * ("of": the name follows in the genitive), Greek "Γράφει ο/η" and "Γράφουν οι" ("writes", "write", with the name's
 * article), Persian "خبرنگار" / "نویسنده" ("reporter", "writer"), Thai "โดย" ("by") and
 * Chinese and Japanese "作者" / "记者" / "記者" ("author", "reporter"), also as "本报记者" ("this paper's reporter"), and the
 * Chinese text credit "文/" ("text/"); the writer's labels of Serbian "Аутор", Hungarian "Szerző", Lithuanian
 * "Autorius", Latvian "Autors", Slovenian "Avtor", Albanian "Autori", Belarusian "Аўтар", Icelandic "Höfundur",
 * Azerbaijani "Müəllif", Uzbek "Muallif", Basque "Egilea", Vietnamese "Tác giả" ("author"), Malay and Indonesian "Oleh" ("by") and "Penulis", Greek "Γράφει" ("writes"), Thai
 * "ผู้เขียน", Tamil "எழுதியவர்" and Japanese "取材・文". Taiwanese and Hong Kong papers credit "文／記者林美玲" ("text /
 * reporter …"), the title glued to the name. Columns and first-person pieces credit "Guest post by …" and "As told
 * to …" (the writer who took the story down).
 * Egyptian papers join the Arabic label to the name with a dash or a slash ("كتب-محمود سعيد:", "بقلم/ خالد يوسف"),
 * which no other language does after a byline word: either is read as the label's end for the Arabic labels only.
 * Interviews credit whoever asked the questions ("Interview by …", "Ein Interview von …", "Interview: Jane Doe", French
 * "Entretien : …", "Propos recueillis par …"); "Interview" alone is taken as a label only before its colon, as a
 * headline may open with the word. So are the Turkish labels "Haber:" ("news", the reporter's credit), "Yazan:"
 * ("written by") and "Muhabir:" ("reporter"): "Haber Merkezi" is the news desk, and Yazan a given name.
 */
export const BYLINE_PREFIX = new RegExp(String.raw`^(?:${GENRE_CREDIT}|(?:written|posted|published|reported|reporting|interview(?:ed)?|article|text|words|story|photos?|guest\s+post|(?:view\s+)?(?:all\s+)?(?:posts|articles|stories)|more\s+from|more)\s+by|(?:(?:zeige|alle)\s+)*(?:beiträge|artikel)\s+von|as\s+told\s+to|more\s+from|more|by|von|vom|par|por|door|av|af|oleh|بواسطة|від|от|автор|текст|autor(?:in|en|es)?|authors?|text|texte|redakteur(?:in)?|بقلم|كتب(?:ت)?|كتبه|الكاتب(?:ة)?|إعداد|اعداد|تقرير|حاوره|حاورته|حوار|متابعة|מאת|رپورٹ|تحریر|रिपोर्ट|लेखक|του|της|των|خبرنگار|نویسنده|โดย|作者|(?:本报|本報)?(?:记者|記者)|аутор|szerző|autorius|autors|penulis|avtor(?:ica)?|autori|аўтар|höfundur|müəllif|muallif|egilea|tác\s+giả|γράφει\s+(?:ο|η)|γράφουν\s+οι|γράφει|ผู้เขียน|எழுதியவர்|取材・文)(?:\s*[:：]\s*|\s+|$)|^(?:文|撰文)\s*[／/]\s*|^(?:记者|記者)(?=\p{Script=Han}{2,4}$)|^(?:بقلم|كتب(?:ت)?|كتبه|إعداد|اعداد|تقرير)\s*[-–—/]\s*|^(?:interview|entretien|entrevista|intervista|haber|yazan|muhabir)\s*[:：]\s*|^propos\s+recueillis\s+par\s+`, 'iu');
/**
 * Labels that name both genders or the plural in one word ("Autorin/Autor", "Autor*in", "Autor:innen",
 * "Author(s)"). The slash would otherwise split the label into a name of its own.
 */
export const INCLUSIVE_AUTHOR_LABEL = /^\s*(?:autor(?:in)?\s*\/\s*(?:autor(?:in)?|in)|autor[*:_]in(?:nen)?|autor\(in\)|authors?\s*\/\s*authors?|author\(s\))\s*[:：]?\s+/iu;
/**
 * Rule "joint credit": features credit one person for the text and the pictures or the interview in one label ("Text
 * und Fotos: Jane Doe", "Texto y fotos:", "Texte et photos :", "Words and pictures:"). The picture label inside it
 * would otherwise be read as another role's credit and cut the writer off.
 */
export const JOINT_CREDIT_LABEL = /^\s*(?:text|texte|texto|testo|words)\s*(?:und|and|et|y|e|&|\+|\/)\s*(?:fotos?|photos?|bilder?|pictures|interview|illustrations?)\s*[:：]\s*/iu;
/** "文/张伟": the Chinese text credit, whose slash would otherwise split the label into a name of its own. */
const SLASHED_TEXT_LABEL = /^\s*文\s*[/／]\s*/u;
/** "and" between two names; " و " is Arabic "and", "και" Greek. */
const NAME_AND = String.raw`(?:and|und|et|y|e|en|i|og|och|a|și|ve|и|و|και)\s`;
/**
 * Separators between several names; "、" is the Chinese and Japanese list comma. A comma may bring an "and" with it
 * (the serial comma: "Ann Lee, Bo Park, and Cy Diaz"), which then belongs to the separator, not the next name.
 * Exported for the body's byline rows, which are split as the credits they repeat were.
 */
export const NAME_SEPARATOR = new RegExp(String.raw`\s*(?:[,;|&/·•،、\n](?:\s*${NAME_AND})?|\s${NAME_AND})\s*`, 'iu');
/**
 * "and" between two writers in the languages whose word for it, capitalised, is a name or part of one: Indonesian
 * and Malay "dan" (Dan), Swahili "na" (the Korean surname Na), Vietnamese "và", Finnish and Estonian "ja",
 * Hungarian "és", Lithuanian "ir", Latvian "un", Ukrainian "та" and "і"; and in scripts without case, Hindi "और",
 * Urdu "اور", Bengali "ও" and "এবং", Thai "และ" and Tamil "மற்றும்". Matched only as written, in lowercase, so
 * apart from NAME_SEPARATOR, which ignores case. Exported for the body's byline rows.
 */
export const LOWERCASE_AND = /\s+(?:dan|na|và|ja|és|ir|un|та|і|और|اور|ও|এবং|และ|மற்றும்)\s+/u;
/**
 * Rule "role description after the name": "Par Jean Dupont, envoyé spécial à Kyiv", "Por Ana Ruiz, corresponsal en
 * Bruselas". Written in lowercase after a comma, the writer's post reads like prose and would make the whole byline
 * look like a sentence split at its commas; it opens with the role, so it is the post, and is no name.
 */
const ROLE_DESCRIPTION = /^(?:envoy[ée]e?\s+sp[ée]ciale?|correspondante?|corresponsal|enviad[oa]\s+especial|inviat[oa]\s+speciale|special\s+correspondent|correspondent|reporter|staff\s+writer)(?!\p{L})/u;
/**
 * Job titles and desk words that follow or replace a name; also the desks of South Asian sites: Urdu "ویب ڈیسک" (web
 * desk) and "اسٹاف رپورٹر" (staff reporter), Hindi "डिजिटल डेस्क" and "ब्यूरो" (bureau), Bengali "অনলাইন ডেস্ক".
 */
export const ROLE_WORDS = /\b(?:staff|writer|reporter|correspondent|editor|editors|editorial|contributor|columnist|journalist|redaktion|redaktor|redakteur|redacci[oó]n|reda[cç][aã]o|r[ée]daction|r[ée]dact(?:eur|rice)|redazione|korrespondent(?:in)?|autor|photographer|fotograf|redakteurin|redaktorin|reporterin|journalistin|redakcja|team|desk|newsroom|bureau|haber merkezi|senior|chief|political|business|news|online|agencies|agency|guest|author|freelance|analyst|director|head|producer)\b|مراسل|محرر|المحرر|فريق|هيئة التحرير|قسم|وكالات|خاص|(?<!\p{L})(?:ڈیسک|اسٹاف رپورٹر|डेस्क|ब्यूरो|ডেস্ক)(?!\p{L})/iu;
/**
 * Interface words that end up inside byline elements ("Read bio", the link beside an author's photo), and credits
 * that name nobody: "anónimo", "courtesy" / "cortesía" (a supplied picture), German "zvg" (zur Verfügung gestellt,
 * supplied) and Polish "red." (the desk). An author box's link to the writer's other pieces ("Weitere Beiträge",
 * "Alle Artikel", "More posts") is made of such words too.
 */
const UI_WORD = /^(?:bio|biography|follow|unfollow|followed|folgen|suivre|seguir|share|sponsored|more|mehr|weitere|alle|view|profile|email|e-mail|mail|twitter|x|facebook|instagram|linkedin|whatsapp|telegram|contact|read|all|posts|articles|beitr[äa]ge|artikel|comments?|updated|published|admin|administrator|anonymous|an[oó]nimo|anonym|anonyme|unknown|guest|staff|user|null|undefined|none|n\/a|courtesy|cortes[ií]a|zvg|red|by|von|par|por|author|autor|text|foto|photo|fotos|photos|bild|متابعة|تابع|フォロー)$/iu;
/**
 * "Published 3 hours ago", "Updated: …", "Publicado hace …", Hebrew "פורסם" / "עודכן", Arabic "نشر" / "آخر تحديث": the
 * date line that shares an element with the byline. A word boundary is no use after Hebrew and Arabic letters, nor
 * after an accented one ("Publié le …"), which are not word characters to `\b`.
 */
const PUBLICATION_LABEL = new RegExp(`^${DATE_LABEL}(?!\\p{L})`, 'iu');
/**
 * A CMS login shown where the display name belongs ("jane.doe", "janedoe", "jane_doe"): one lowercase token with
 * a dot, underscore or hyphen, or too long for a given name. Display names are capitalised or have several words.
 */
const LOGIN_HANDLE = /^(?=\p{Ll}[\p{Ll}\d._-]*$)(?:.*[._-].*|.{10,})$/u;
/** Academic and professional credentials written after a name ("Jane Doe, PhD"): not a second author. */
const CREDENTIAL = /^(?:ma|ms|msc|ba|bsc|phd|ph\.d\.?|md|m\.d\.?|rn|mba|mph|dr|prof|jr|sr|ii|iii)\.?$/i;
/** "Associated Press in Valencia", "AFP aus Paris": an agency credit with the reporting location. */
const AGENCY_WITH_PLACE = /\s+(?:in|aus|from|en|à|a|em|desde)\s+\p{Lu}[\p{L}\s.-]*$/u;
/**
 * Rule "agency desk": "Reuters Staff", "AFP reporters", "dpa-Redaktion": the agency's newsroom credited as a whole,
 * so the agency is the wire source rather than the credit being dropped as a desk.
 */
const AGENCY_DESK = /(?:\s+|-)(?:staff|reporters|editors|correspondents?|desk|redaktion)$/iu;
/**
 * "القاهرة - أ ش أ", "دبي - وام": Arabic datelines put the city, a dash, then the agency. One word before the dash:
 * an Arabic writer's name has two or more, and "محمد علي - رويترز" credits the writer too.
 */
const ARABIC_PLACE_BEFORE_AGENCY = /^[\u0621-\u064A]+\s+[-–—]\s+/u;
/**
 * "الرياض - فهد العتيبي", "محمد علي - القاهرة": Arabic bylines add the city the writer files from, one word before or
 * after a spaced dash. Only beside a name of two words or more, so one of two one-word parts is never taken for it.
 */
function withoutArabicCity(credit: string): string {
  const cityFirst = ARABIC_PLACE_BEFORE_AGENCY.exec(credit);
  const rest = cityFirst ? credit.slice(cityFirst[0].length) : credit.replace(ARABIC_CITY_AFTER_NAME, '');
  return rest !== credit && ARABIC_FULL_NAME.test(rest) ? rest : credit;
}
const ARABIC_CITY_AFTER_NAME = /\s+[-–—]\s+[\u0621-\u064A]+$/u;
const ARABIC_FULL_NAME = /^[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+)+$/u;
/** A credit and what follows a spaced dash after it. */
const NAME_DASH_TAIL = /^(.+?)\s+[-–—]\s+(.+)$/u;

/**
 * Rule "agency run on after the name": wire copy a newsroom republishes credits "By ZEKE MILLER Associated Press",
 * the agency printed straight after its writer's name with nothing between. The credit's last one to three words
 * name an agency and the words before them are a name, ending in a letter: a dash or a colon there makes the words
 * before it a place or a label ("القاهرة - أ ش أ"), which the dateline rules read.
 */
function agencyRunOnAfterName(credit: string, context: AuthorContext): { name: string; agency: string } | null {
  const words = credit.trim().split(/\s+/);
  for (let count = Math.min(MAX_AGENCY_WORDS, words.length - 2); count >= 1; count--) {
    const agency = agencyNamed(words.slice(-count).join(' '));
    if (!agency) continue;
    const name = words.slice(0, -count).join(' ');
    return ENDS_IN_LETTER.test(name) && fullName(name, context) ? { name, agency } : null;
  }
  return null;
}
const MAX_AGENCY_WORDS = 3;
const ENDS_IN_LETTER = /\p{L}$/u;
/**
 * Lowercase words that may open a name ("de Jong", "van Dijk", "al-Sayed", "bin Salman"). Any other lowercase
 * first word in a several-word candidate shows a phrase ("der linearen Wirtschaft", "has worked as").
 */
const NAME_PARTICLE = /^(?:de|da|di|du|del|della|dos|van|von|ten|ter|al|el|bin|ibn|zu|d'|l')(?:$|[-'’])/u;
/**
 * Byline words that are also parts of names, taken for the byline's only before a given name and a surname: the
 * Italian and Romanian "di Mario Rossi", "de Andrei Popescu", lowercase, whose words are particles too ("de Jong",
 * "di Stefano", "de la Cruz"), and the Swahili "Na Juma Mwinyi" ("by"), capitalised, where the Korean surname Na
 * ("Na Kyung-won") is followed by one word only.
 */
const BYLINE_WORD_BEFORE_FULL_NAME = /^(?:de|di|Na)\s+(?=\p{Lu}[\p{L}'’-]*\s+\p{Lu})/u;
/** "…, and Jane Doe": an Oxford comma leaves the conjunction on the last name. */
const LEADING_CONJUNCTION = /^(?:and|und|et|y|e|en|og|och|i)\s+/iu;
/**
 * Words that name a company or a publication, not a person ("Cover Media", "Example Media Group", "Beispiel
 * Verlag", "Example Magazine"): a credit to the content's supplier or publisher.
 */
const ORGANIZATION_WORD = /(?:^|\s)(?:media|medien|m[eé]dias|group|gruppe|grupo|groupe|verlag|verlagsgruppe|publishing|publications|productions|studios|network|magazine?|zeitung|newspaper|presse|prensa|rundfunk|broadcasting|wire)(?:$|\s)/iu;
/**
 * How newspapers are named ("Los Angeles Times", "The Washington Post", "Kansas City Star"), the paper a byline
 * adds behind its writer ("By Jane Doe, Los Angeles Times"). Only as the last word, where a paper's name ends;
 * "Sun" is left out, a common surname.
 */
const NEWSPAPER_NAME_END = /\s(?:times|post|journal|herald|tribune|gazette|telegraph|chronicle|observer|globe|daily|courier|dispatch|examiner|inquirer|enquirer|sentinel|monitor|independent|express|mirror|register|bulletin|star|weekly)$/iu;
/** A leading English article: a publication or a band ("The Washington Post"), never how a person's name starts. */
const LEADING_THE = /^the\s/iu;
/**
 * Place names, by the words that start or end them ("New York", "Los Angeles", "St. Louis", "Salt Lake City",
 * "Palm Beach"): the place a byline adds behind its writer ("By Jane Doe, New York"). Words that also begin
 * people's names ("Abu", "Hong", "Rio", "Sri") are left out.
 */
const PLACE_NAME = /^(?:new|los|las|san|santa|saint|st\.?|fort|ft\.|port|mount|mt\.|kuala|buenos|tel|cape|puerto|porto)\s|\s(?:city|beach|springs|county|valley|island|heights|falls)$/iu;
/**
 * Words and German compound endings that name an institution ("Bundesverband …", "… Ministerium", "Abteilung …",
 * "Feuerwehr …", "Department of …"): a public body or association credited for its page, not a person.
 */
const INSTITUTION_WORD = /(?:^|\s)(?:\p{L}*(?:verband|ministerium|stiftung|abteilung|feuerwehr|polizei|beh[öo]rde)|departement|department|ministry|ministerio|minist[eè]re|association|foundation|fundaci[oó]n|fondation|council|commission|kommission|university|universit[äa]t|universidad|universit[ée])(?:$|\s)/iu;
/**
 * A name led by the abbreviation of a state or a union of states ("U.S. Customs and Border Protection", "UK Space
 * Agency", "EU Commission"): a public body, credited for its release or picture. Initials spaced apart
 * ("U. S. Grantham") stay a person's; a byline by someone initialled "U.S." without spaces is rare enough to lose.
 */
const STATE_BODY = /^(?:U\.S\.(?:A\.)?|USA?|U\.K\.|UK|EU|UN|NATO)\s+\p{L}/u;
/** The name a CMS gives its built-in administrator account (Joomla's "Super User"), shown when nobody set a byline. */
const CMS_DEFAULT_ACCOUNT = /^(?:super\s?user|site\s?admin|webmaster|wpadmin|administrator)$/iu;
/** Legal forms that end company and association names ("Example GmbH", "Verein e.V."): not a person. */
const LEGAL_FORM = /\s(?:e\.\s?V|GmbH|AG|SE|KG|KGaA|Ltd|Inc|LLC|plc|S\.A|S\.L|SAS|SpA|B\.V|N\.V)\.?$/u;
/** The placeholder a CDN's e-mail obfuscation leaves where an address was ("[email protected]"). */
const CLOAKED_EMAIL = /\[email(?:\s|&#160;|&nbsp;)*protected\]/i;
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
 * A credit for another role in the same byline ("Written by Jane Doe / Edited by John Roe", "Text: Jane Doe
 * Übersetzung: John Roe"): editors, translators, illustrators and photographers did not write the piece, and the
 * names after the label are theirs. Only labels with "by"/"von" or a colon count: "Photo" alone may end a name. Cut
 * Chinese credits the pictures with "图/" or "摄影：" ("pictures", "photography") after "文/" (text). Cut
 * only from a line that opens with a writer's credit: in "Revised Edition Edited by Jane Doe" what precedes the
 * label is a book's description, not a name.
 */
export const OTHER_ROLE_CREDIT = /(?:^|\s)(?:(?:edited|editing|reviewed|fact[- ]?checked|translated|illustrated|photographed|photos?|illustrations?|translation)\s+by|(?:redigiert|übersetzt|bearbeitet|lektoriert|fotografiert)\s+von|editado\s+por|traducido\s+por|traduit\s+par|(?:übersetzung|lektorat|fotos?|bilder?|illustrationen?|photos?|edited|editor|traducci[oó]n|traduction)\s*:|(?:图|圖|摄影|攝影)\s*[/／:：])[\s\S]*$/iu;
/**
 * One word in capitals ("ERBOL", "BBNTEAM", "IFZ"): the acronym of an organization or a team's account. People
 * written in capitals have a given name and a surname ("JANE DOE").
 */
const ACRONYM = /^\p{Lu}{2,}$/u;
/**
 * Job titles written before a person's name ("Rechtsanwalt Jane Doe", "Attorney Jane Doe", "Abogada Jane Doe"):
 * the profession, not part of the name. Academic titles ("Dr.", "Prof.") are how the name is written, and stay.
 */
const JOB_TITLE = new Set([
  'rechtsanwalt', 'rechtsanwältin', 'fachanwalt', 'fachanwältin', 'anwalt', 'anwältin', 'notar', 'notarin', 'steuerberater',
  'steuerberaterin', 'wirtschaftsprüfer', 'wirtschaftsprüferin', 'pfarrer', 'pfarrerin', 'attorney', 'lawyer', 'solicitor',
  'barrister', 'avocat', 'avocate', 'abogado', 'abogada', 'advogado', 'advogada', 'avvocato', 'avvocata', 'adwokat',
  'senator', 'senatorin', 'councillor', 'councilman', 'councilwoman', 'abgeordneter', 'abgeordnete',
]);
/** A one-word label, its colon, then digits ("Data: 28-04-2021", "التاريخ: 2011-06-12"): a byline list's date or count field. */
const LABELLED_NUMBER = /^\s*\p{L}+\s*[:：]\s*\d/u;
/** A person's name is short; longer strings are sentences that slipped into a byline element. */
const MAX_NAME_WORDS = 5;
const MAX_NAME_LENGTH = 60;
/** Characters of one credit at most: twenty writers with their roles, as a long investigation credits them. */
const MAX_CREDIT_CHARS = 1500;

export interface AuthorContext {
  siteName: string | null;
  publisher: string | null;
  host: string | null;
  /** Names the page credits as its editors: a declared author among them is the editor who published the piece. */
  editors?: () => string[];
  /** The page's visible text, and its short lines (each element's own), read only when a name needs completing. */
  pageTexts?: () => { readonly text: string; lines: string[] };
  /** The page declares Japanese, whose bylines set the family name apart from the given name ("佐藤 花子"). */
  japanese?: boolean;
}

/**
 * Where candidates come from. A page's metadata declares its author on purpose, even a group ("Contributors to
 * Example projects"); a line of visible text only looks like a byline, and may be a menu item or an affiliation.
 */
export type AuthorOrigin = 'declared' | 'visible';

/**
 * Rule "shouted name": a byline set in capitals ("SVEN MICHAELSEN", "JEAN-PIERRE O'NEILL") is written as names are,
 * each word's first letter capital and the rest small, also after a hyphen, an apostrophe or an initial's dot
 * ("J.R.R. TOLKIEN" → "J.R.R. Tolkien"). A name with any small letter keeps its spelling ("McDonald", "van Dijk");
 * so does one with a Turkish dotted capital İ, whose small form depends on the language.
 */
export function inNameCase(name: string): string {
  if (!SHOUTED.test(name) || SMALL_LETTER.test(name) || name.includes('\u0130')) return name;
  return name.toLowerCase().replace(WORD_INITIAL, (_, before: string, letter: string) => before + letter.toUpperCase());
}
const SHOUTED = /\p{Lu}[^]*\p{Lu}/u;
const SMALL_LETTER = /\p{Ll}/u;
const WORD_INITIAL = /(^|[\s\-'’.(])(\p{Ll})/gu;

/**
 * Rule "one cited author": each `citation_author` tag (the convention scholarly indexes read) names one person,
 * usually surname first ("Holt, Mia"), so its one comma joins the parts of a name and never two writers. The name is
 * read in its usual order; a value with more commas or with digits is left for the list reading to judge.
 */
export function citedAuthorName(value: string): string {
  const parts = value.split(',').map((part) => part.trim());
  return parts.length === 2 && parts[0] && parts[1] && !/\d/.test(value) ? `${parts[1]} ${parts[0]}` : value;
}

/**
 * Rule "bio sentence": an author box introduces its writer in a sentence ("Mia Holt is a reporter covering the
 * coast.", "Jane Doe ist Redakteurin im Ressort Politik", "Jean Dupont est journaliste"), and the name is its
 * subject, the capitalised words before the verb. Read only from a visible line that opens so: split as a list at
 * its "a", the sentence left "Mia Holt is" for a name.
 */
const BIO_SENTENCE = /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+(?:is|was|ist|war|est|était|es|era|è|é|jest|er|är)\s+\p{L}/u;

/**
 * Cleans author candidates from one source. Returns the names in order, without repeats, plus the first agency
 * seen. A candidate that is itself a list ("A, B and C") is split.
 */
export function cleanAuthors(candidates: string[], context: AuthorContext, origin: AuthorOrigin = 'declared'): AuthorResult {
  const authors: string[] = [];
  let wireSource: string | null = null;
  const seen = new Set<string>();
  let editors: Set<string> | undefined;
  const editorKeys = () => (editors ??= new Set((context.editors?.() ?? []).map((editor) => editor.trim().toLowerCase())));
  for (const credit of candidates) {
    // A credit longer than any list of writers is a field filled with other text, or a hostile value; the name
    // patterns, some of which look around every character, are not run over it.
    if (credit.length > MAX_CREDIT_CHARS) continue;
    const candidate = origin === 'declared' ? inReadingOrder(credit) : BIO_SENTENCE.exec(credit)?.[1] ?? credit;
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
    const parts = withoutTitleAffiliation(splitByline(candidate, context.japanese === true), context);
    // A "list" with a phrase among its items ("#Notes on the law in X and Y", "Martin is a full-stack engineer")
    // is prose split at an "and" or a comma: none of its items is a name.
    if (parts.length > 1 && parts.some((part) => isPhrase(part.replace(BYLINE_PREFIX, '')) && !ROLE_DESCRIPTION.test(part))) continue;
    // Rule "labelled list": "Redaktion: Jane Doe und John Roe", "Fotos: Jane Doe, John Roe": a label that is no
    // byline word names the role of every name in the list, as it does of a name alone (see cleanName).
    if (parts.length > 1 && OTHER_ROLE_LABEL.test(parts[0].replace(BYLINE_PREFIX, ''))) continue;
    // "Example Times, Frankfurt, Germany": a list led by the site's own name describes the organization.
    if (parts.length > 1 && isSiteName(parts[0], context)) continue;
    // "Department for Economy, Education and Research": a list led by an institution is the rest of its name.
    if (parts.length > 1 && (INSTITUTION_WORD.test(parts[0]) || STATE_BODY.test(parts[0].replace(BYLINE_PREFIX, '')))) continue;
    // Rule "desk's place": "डिजिटल डेस्क, नई दिल्ली", "ویب ڈیسک، کراچی": a desk credited with the city it files from.
    // Without letter case, the city's two words would pass for a name; in a cased script ("News Desk, Jane Doe") the
    // part after a desk may be its writer, and the place rules below tell a city.
    if (parts.length === 2 && DESK_CREDIT.test(parts[0].replace(BYLINE_PREFIX, '').trim()) && !CASED_LETTER.test(parts[1])) continue;
    // "Von Ines Zöttl, Washington": one word after a comma or a pipe behind a full name is the dateline's place. A
    // surname written first ("de Jong, Michiel", "Doe, Jane") is one word or led by a particle.
    // Read without notes in parentheses: "Köllitsch (D)" is a place with its country code. An agency there
    // ("By Jane Doe, Reuters", "Jane Doe | AFP") is the wire source, no place.
    if (parts.length > 1 && DATELINE_PLACE.test(candidate.replace(/\s*\([^()]*\)/g, '')) && isFullName(parts[parts.length - 2].replace(BYLINE_PREFIX, '').replace(LEADING_CONJUNCTION, ''))
      && !agencyNamed(parts[parts.length - 1])) parts.pop();
    // "Von Jane Doe, Berlin, und John Roe, Paris": each writer of several may carry a place of their own; a single
    // capitalised word between one full name and the next is the first writer's place.
    for (let at = parts.length - 2; at >= 1; at--) {
      if (PLACE_WORD.test(parts[at]) && isFullName(parts[at - 1].replace(BYLINE_PREFIX, '')) && isFullName(parts[at + 1].replace(LEADING_CONJUNCTION, '')) && !agencyNamed(parts[at])) parts.splice(at, 1);
    }
    for (const credit of parts) {
      if (ROLE_DESCRIPTION.test(credit)) continue;
      // "محمد علي - رويترز", "Jane Doe - Reuters": the writer, then the agency whose copy the story uses. One Arabic
      // word before the dash is the dateline's city ("القاهرة - أ ش أ"), read below.
      const withAgency = ARABIC_PLACE_BEFORE_AGENCY.test(credit) ? null : NAME_DASH_TAIL.exec(credit);
      const tailAgency = withAgency ? agencyNamed(withAgency[2]) : null;
      const runOn = tailAgency || ARABIC_PLACE_BEFORE_AGENCY.test(credit) ? null : agencyRunOnAfterName(credit, context);
      wireSource ??= tailAgency ?? runOn?.agency ?? null;
      const part = withoutArabicCity(tailAgency ? withAgency![1] : runOn ? runOn.name : credit);
      const agency = agencyNamed(part) ?? agenciesIn(part)[0] ?? agencyNamed(part.replace(AGENCY_WITH_PLACE, '')) ?? agencyNamed(part.replace(ARABIC_PLACE_BEFORE_AGENCY, ''))
        ?? agencyNamed(part.replace(BYLINE_PREFIX, '').replace(AGENCY_DESK, '')) ?? null;
      if (agency) {
        wireSource ??= agency;
        continue;
      }
      const name = fullName(part, context);
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
 * the list is cut only at a title whose next-but-one part is no title.
 */
function withoutTitleAffiliation(parts: string[], context: AuthorContext): string[] {
  const isTitle = (part: string | undefined) => part !== undefined && isJobTitle(part, context);
  for (let at = 1; at < parts.length - 1; at++) {
    if (isTitle(parts[at]) && !isTitle(parts[at - 1]) && !isTitle(parts[at + 2])) return parts.slice(0, at + 1);
  }
  return parts;
}

/** A byline part that is a job title or desk and no name: "Senior Editor", "Redakteurin". */
function isJobTitle(part: string, context: AuthorContext): boolean {
  return ROLE_WORDS.test(part) && !agencyNamed(part) && fullName(part, context) === null;
}

/**
 * Rule "surname first": library-style creator fields (Dublin Core, citation_author) write one person as "Surname,
 * Given names": "Kooman, F.", "Doe, Jane A.", "Jong, Michiel de" (the particle after the given name). The comma
 * there joins the parts of one name, not two writers: the name is read in its usual order ("Michiel de Jong"). Only
 * in declared metadata, and only when the part after the comma ends in an initial or a particle, which no second
 * writer's name does, and the part before it is no agency ("Reuters, J.").
 */
const SURNAME_FIRST = /^\s*(\p{Lu}[\p{L}'’-]+)\s*,\s*((?:\p{Lu}[\p{L}'’-]*\.?\s+)*?(?:\p{Lu}\.|(?:de|da|di|du|del|dos|van|von|ten|ter)(?:\s+(?:der|den|la|le))?))\s*$/u;

function inReadingOrder(credit: string): string {
  const parts = SURNAME_FIRST.exec(credit);
  return parts && !agencyNamed(parts[1]) ? `${parts[2]} ${parts[1]}` : credit;
}

/**
 * The labels a byline row's date field opens with: the credit after the date follows one, and a name read with the
 * whole row runs into one ("Camille Royer – Publié le …").
 */
const DATE_FIELD_LABEL = `(?:${DATE_LABEL_ALTERNATION})`;

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

function splitByline(byline: string, japanese: boolean): string[] {
  // The date a byline runs into ends it; cutting it before splitting keeps a weekday ("Mi, 12. Juni") off the name.
  const decoded = withoutInterviewee(decodeLeftoverEntities(byline).replace(CREDIT_AFTER_DATE, '$1').replace(TAIWANESE_REPORTER_CREDIT, '$1'));
  const credited = BYLINE_PREFIX.test(decoded.trim()) || INCLUSIVE_AUTHOR_LABEL.test(decoded) || JOINT_CREDIT_LABEL.test(decoded);
  const withoutLabel = decoded.replace(INCLUSIVE_AUTHOR_LABEL, '').replace(JOINT_CREDIT_LABEL, '').replace(SLASHED_TEXT_LABEL, '');
  const writersOnly = credited ? withoutLabel.replace(OTHER_ROLE_CREDIT, '') : withoutLabel;
  const withoutUrls = stripTrailingDate(firstDatelineField(writersOnly))
    .replace(CO_WRITERS_NOTE, (note, names: string) => (names.split(NAME_SEPARATOR).every(isCoWriter) ? `, ${names}` : note))
    .replace(CO_WRITERS_TAIL, (tail, names: string) => (names.split(NAME_SEPARATOR).every(isCoWriter) ? `, ${names}` : tail))
    .replace(AGENCY_NOTE, (note, agency: string) => (agencyNamed(agency) ? `, ${agency}` : note))
    .replace(MIDDLE_NAMES_IN_PARENTHESES, ' $1 ')
    // A URL ends at a closing parenthesis, which belongs to the note the URL sits in ("Jane Doe (https://…)").
    .replace(/\bhttps?:\/\/[^\s()]+/gi, ' ')
    .replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, ' ')
    .replace(SOCIAL_HANDLE, ' ')
    .replace(/\s*\((?:[^()]*)\)\s*/g, ' ');
  return withoutUrls.split(NAME_SEPARATOR).flatMap((part) => part.split(LOWERCASE_AND)).flatMap((part) => (japanese ? [part] : splitHanNames(part))).flatMap(splitJoinedArabicNames).map((part) => withoutFilingPlace(part.trim())).filter(Boolean);
}

/**
 * Rule "place the writer files from": "Reporting by Jane Doe in Taipei", "Ann Poe from Kyiv": a capitalised place
 * after "in"/"from" behind a name is where the writer reported, no part of the name. Only behind capitalised words
 * shaped as a name, so an institution's name ("Institute of Example Studies in Berlin") is left to be judged whole.
 */
function withoutFilingPlace(part: string): string {
  const match = FILING_PLACE.exec(part);
  return match && isNameShaped(match[1].replace(BYLINE_PREFIX, '')) ? match[1] : part;
}
const FILING_PLACE = /^(.+?)\s+(?:in|from)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u;

/**
 * "محمد علي ومنى أحمد", "דנה כהן ויוסי לוי": Arabic and Hebrew write "and" (و, ו) joined to the next word, so two
 * writers of two words or more each run together. The letter opens the third word or a later one and leaves a name
 * of two words on each side; given names that start with the letter themselves ("وليد", "وائل", "ורד", …) are left
 * whole.
 */
function splitJoinedArabicNames(part: string): string[] {
  const words = part.trim().replace(BYLINE_PREFIX, '').replace(/^[-–—:|•·]+\s*/u, '').split(/\s+/);
  const script = words.length < 4 ? undefined : JOINED_AND_SCRIPTS.find(({ word }) => word.test(words[0]));
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
const WAW_GIVEN_NAME = /^(?:وليد|وائل|وفاء|وسام|وجدي|وحيد|وداد|وهبة|وهيب|وصفي|ورد|وردة|وضاح|وفيق|وفيقة|وديع|وديعة|وعد|وسيم|وسيمة|ولاء|وجيه|وجيهة|والي|وقار|وجدان|وصال|وئام|ولید|وحيدة)$/u;
/** Hebrew given names that begin with the letter ו, which is then no "and". */
const VAV_GIVEN_NAME = /^(?:ורד|ורדה|ויקטור|ויקטוריה|ולדימיר|ולרי|ולריה|וולף|ויטלי|ויולט|ורה|ונסה)$/u;
/** The scripts that join "and" to the next word: the word's letters, the "and" letter, the given names it opens. */
const JOINED_AND_SCRIPTS = [
  { word: ARABIC_WORD, and: 'و', givenName: WAW_GIVEN_NAME },
  { word: /^[\u05D0-\u05EA]+$/u, and: 'ו', givenName: VAV_GIVEN_NAME },
];

/**
 * "王丽 李强": Chinese bylines set several writers apart with a space alone. A Chinese name is written without
 * spaces, two to four characters, so a space between such runs separates two people. Not on Japanese pages, where
 * the space sits inside one name, between the family and the given name ("佐藤 花子").
 */
const SPACED_HAN_NAMES = /^\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,4})+$/u;
const LETTER = /\p{L}/u;
const STARTS_UPPER_CASE = /^\p{Lu}/u;
const STARTS_LOWER_CASE = /^\p{Ll}/u;
/** A name's first letter: a capital, or a letter of a script without case (Bengali, Hebrew, Arabic, CJK). */
const STARTS_NAME_LETTER = /^[\p{Lu}\p{Lo}]/u;
/** The separator a CMS leaves between a writer's name and the site's ("Jane Doe - examplesite"). */
const TRAILING_SEPARATORS = /[\s\-–—|:·•]+$/u;
const SPACES_PUNCTUATION_AND_SYMBOLS = /[\s\p{P}\p{S}]+/gu;
const SPACES_AND_PUNCTUATION = /[\s\p{P}]+/u;

function splitHanNames(part: string): string[] {
  const names = part.trim().replace(BYLINE_PREFIX, '');
  return SPACED_HAN_NAMES.test(names) ? names.split(/\s+/) : [part];
}

/**
 * "Bruno (Henrique Zecchin) Rodrigues", "Richard (R.J.) Eskow": capitalised words in parentheses between a given
 * name and a surname are middle names the writer sets apart, part of the name. Only before a last word that ends
 * the name: a note after a name ("Jane Doe (Reuters)", "(with …)", "Jane Doe (Berlin) John Roe" run together) is
 * dropped as a note.
 */
const MIDDLE_NAMES_IN_PARENTHESES = /(?<=(?:^|\s)\p{Lu}[\p{L}.'’-]*)\s*\(\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)\s*\)\s*(?=\p{Lu}\p{Ll}[\p{L}'’-]*\s*(?:$|[,;|&/·•،\n]|\s(?:and|und|et|y|e)\s))/gu;

/**
 * Rule "handle beside the name": "Jane Doe @janedoe" shows the writer's social account next to the name; the handle
 * is a way to reach the person, no part of the name, and left in it would make the whole credit look like a login.
 */
const SOCIAL_HANDLE = /(?<![\w.])@[\p{L}\d_.]+/gu;

/**
 * "Jane Doe | Palma de Mallorca | 08/01/2014": pipes that set a date apart split a dateline into its fields
 * (writer, place, date), not a list of writers, which is joined with commas and "and". The place may be several
 * words, so it cannot be told from a name: only the first field names writers.
 */
function firstDatelineField(byline: string): string {
  const fields = byline.split('|');
  return fields.length >= 3 && fields.slice(1).some((field) => /\d/.test(field)) ? fields[0] : byline;
}

/**
 * "Jane Doe (with John Roe and Ann Poe)", French "(avec …)", German "(mit …)": the note names the writers who
 * reported with the first, or the agency whose copy the story uses ("(with Reuters)", "(mit dpa)"), which becomes
 * the wire source. Only when every item is a name or an agency: "(with additional reporting)" and "(mit Material
 * von dpa)" describe the sources, and stay notes.
 */
const CO_WRITERS_NOTE = /\(\s*(?:with|avec|mit|con|com|met|med)\s+([^()]+)\)/giu;

/**
 * Rule "co-writers after with": "By Jane Doe with AFP", "Jane Doe with John Roe" write the same note without
 * parentheses, at the end of the byline. Only when every item is a name or an agency, as for the note.
 */
const CO_WRITERS_TAIL = /\s+(?:with|avec|mit|con|com|met|med)\s+([^()]+)$/iu;
/**
 * Rule "agency in parentheses": "Jane Doe (Reuters)", "(dpa)": a note that is an agency's name alone credits the
 * agency whose copy the story uses; it is the wire source, where any other note is dropped.
 */
const AGENCY_NOTE = /\(\s*([^()]+?)\s*\)/gu;

function isCoWriter(item: string): boolean {
  return isNameShaped(item) || agencyNamed(item) !== null;
}

/** Capitalised words, with name particles between them ("Jane Doe", "Michiel de Jong"). */
function isNameShaped(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length > 1 && words.length <= MAX_NAME_WORDS && STARTS_UPPER_CASE.test(words[0]) && STARTS_UPPER_CASE.test(words[words.length - 1])
    && words.every((word) => STARTS_UPPER_CASE.test(word) || NAME_PARTICLE.test(word) || INNER_PARTICLE.test(word));
}

/** "About the author" in the languages the byline rules read, the heading of the writer's box after the text. */
export const ABOUT_AUTHOR_PHRASE = String.raw`(?:about\s+the\s+(?:author|writer)|über\s+(?:den\s+autor|die\s+autorin)|à\s+propos\s+de\s+l['’]aut(?:eure?|rice)|sobre\s+(?:el\s+autor|la\s+autora|o\s+autor|a\s+autora)|sull['’]autore|over\s+de\s+auteur|o\s+autorze|عن\s+الكاتب(?:ة)?)`;
/**
 * Rule "about the author, then the name": a writer's box may head itself with the phrase and the name in one line
 * ("About the Author - Jane Doe", "Über die Autorin: Jane Doe"); the phrase is the box's label, no name.
 */
const ABOUT_AUTHOR_LABEL = new RegExp(`^${ABOUT_AUTHOR_PHRASE}\\s*[-–—:|]\\s*`, 'iu');

/**
 * Rule "follow button": social and blogging platforms end the writer's line with a button to follow the writer ("Jane
 * Doe Follow", "Jane Doe Folgen"), which reads into the name; the button's word is no part of it.
 */
const FOLLOW_BUTTON = /\s+(?:follow|folgen|suivre|seguir)$/iu;

/** A label of one to three words and its colon before a name ("Redaktion: …", "Fotos und Video: …"). */
const OTHER_ROLE_LABEL = /^[^\s:：]+(?:\s+[^\s:：]+){0,2}\s*[:：]\s*\S/u;

/**
 * Rule "quoted opening": a name never opens with a quotation mark. A sentence whose byline word comes before a quoted
 * title ("Von „Flowtrail Deluxe“ zu sprechen …") is no byline.
 */
export const OPENING_QUOTE = /^["'„“”«»‚‘’「『]/u;

function cleanName(part: string, context: AuthorContext): string | null {
  // Soft hyphens ("Mat\u00ADthi\u00ADas") are invisible hyphenation hints, not part of the name.
  let name = part.replace(/\u00AD/g, '').replace(/\s+/g, ' ').replace(/^[\s\-–—:|@•·.]+|[\s\-–—:|•·,.]+$/g, '').replace(ABOUT_AUTHOR_LABEL, '')
    .replace(FOLLOW_BUTTON, '');
  for (let pass = 0; pass < 2; pass++) name = name.replace(BYLINE_PREFIX, '').replace(BYLINE_WORD_BEFORE_FULL_NAME, '').replace(LEADING_CONJUNCTION, '').trim();
  // "كتب - محمد علي": a dash set apart from the label by a space is left in front of the name.
  name = name.replace(/^[\-–—:|•·]+\s*/u, '');
  name = stripJobTitle(stripRoleSuffix(stripTrailingDate(name)));
  if (!name || name.length > MAX_NAME_LENGTH || CLOAKED_EMAIL.test(name)) return null;
  // A labelled value ("Quelle: sid", "Last Updated: …", "Foto: …") is not a byline name.
  if (name.includes(':') || PUBLICATION_LABEL.test(name) || LOGIN_HANDLE.test(name)) return null;
  if (name.split(/\s+/).every((word) => UI_WORD.test(word)) || CREDENTIAL.test(name)) return null;
  if (!LETTER.test(name) || /\d{2,}|[@<>{}=]|www\.|\.\w{2,3}$/u.test(name) || OPENING_QUOTE.test(name)) return null;
  const words = name.split(/\s+/);
  if (words.length > MAX_NAME_WORDS) return null;
  if (isPhrase(name)) return null;
  if (ROLE_WORDS.test(name) || LEGAL_FORM.test(name) || ORGANIZATION_WORD.test(name) || INSTITUTION_WORD.test(name) || STATE_BODY.test(name) || ACRONYM.test(name)) return null;
  if (NEWSPAPER_NAME_END.test(name) || LEADING_THE.test(name) || PLACE_NAME.test(name)) return null;
  if (CMS_DEFAULT_ACCOUNT.test(name)) return null;
  if (isSiteName(name, context)) return null;
  return withoutTrailingSiteName(name, context);
}

/** The cleaned name, written in full when the candidate is a given name or a login the page completes. */
function fullName(part: string, context: AuthorContext): string | null {
  const name = cleanName(part, context);
  const shortened = name === null ? LOGIN_NAME_PARTS.test(part.trim()) : GIVEN_NAME_ONLY.test(name);
  const completed = shortened && context.pageTexts ? completeName(name ?? part.trim(), context.pageTexts()) : null;
  return (completed && cleanName(completed, context)) ?? name;
}

/**
 * A name the metadata shortens to the login it was made from ("jane.doe") or to a given name ("Nils") is written
 * in full where the page credits the person ("(Jane P. Doe)", "Eine Kolumne von Nils Pickert"). A login names both
 * parts, so any mention of them together in the text is the person. A given name is followed by any capitalised
 * word where a sentence or the next block starts ("von Nils" + "Auch …"), so only a short line that ends in a
 * credit with a byline word ("… von Nils Pickert") counts. The full name is taken only when the page holds exactly
 * one: a given name shared by two people completes to neither.
 */
function completeName(shortName: string, page: { text: string; lines: string[] }): string | null {
  const login = LOGIN_NAME_PARTS.exec(shortName);
  const found = new Set<string>();
  const collect = (text: string, name: string, rest: FollowingPart) => {
    for (const match of followedMatches(text, name, rest)) {
      const words = match.split(/\s+/);
      // Parts are matched in any case; the name the page writes has its words capitalised, and a surname of its own.
      if (words.every((word) => STARTS_UPPER_CASE.test(word)) && words[words.length - 1] !== words[0]) found.add(words.join(' '));
    }
  };
  if (login) {
    const surname = new RegExp(escapeRegExp(login[2]), 'yiu');
    collect(page.text, login[1], (text, start, end) => {
      if (!atPosition(WORD_START, text, start)) return -1;
      const gap = stickyMatchEnd(INITIAL_AND_GAP, text, end);
      const surnameEnd = gap < 0 ? -1 : stickyMatchEnd(surname, text, gap);
      return surnameEnd >= 0 && atPosition(WORD_END, text, surnameEnd) ? surnameEnd : -1;
    });
  } else {
    for (const line of page.lines) {
      collect(line, shortName, (text, start, end) => (atPosition(AFTER_CREDIT, text, start) ? stickyMatchEnd(CREDITED_SURNAME, text, end) : -1));
    }
  }
  return found.size === 1 ? [...found][0] : null;
}
/** The byline words a full name follows in a credit ("by", "von", "par", "por", "door", "di", "av", "af"). */
const CREDIT_WORD = '(?:by|von|par|por|door|di|av|af)';
/** "jane.doe", "jane_doe", "jane-doe": a login made of a given name and a surname. */
const LOGIN_NAME_PARTS = /^(\p{Ll}{2,})[._-](\p{Ll}{2,})$/u;
/** One capitalised word: how a CMS shows an account named by its owner's given name. */
const GIVEN_NAME_ONLY = /^\p{Lu}\p{Ll}+$/u;

/*
 * The parts of completeName's patterns around the name, compiled once: a letter class matched in any case takes
 * about a millisecond to compile, too much to pay per name. All are sticky, matched at one position.
 */
/** A credit word right before the position ("von |Nils"). */
const AFTER_CREDIT = new RegExp(String.raw`(?<=(?<![\p{L}\p{N}])${CREDIT_WORD}\s+)`, 'yiu');
/** The surname after a given name, an initial between them ("Nils| P. Pickert"), ending a line or a list item. */
const CREDITED_SURNAME = /(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?=\s*(?:$|[,;|/·•]))/yiu;
/** What stands between the parts of a login's name ("jane| P. |doe"). */
const INITIAL_AND_GAP = /(?:\s+\p{Lu}\.)?\s+/yiu;
const WORD_START = /(?<![\p{L}\p{N}])/yiu;
const WORD_END = /(?![\p{L}\p{N}])/yiu;

/** Given where a name starts and ends in the text, where the rest of the match ends; -1 when it does not match. */
type FollowingPart = (text: string, start: number, end: number) => number;

/**
 * The texts that `name` (in any case) followed by what `rest` accepts spans, left to right without overlaps, as
 * one global pattern of both would match them. Only the name, a literal, is compiled per call.
 */
function followedMatches(text: string, name: string, rest: FollowingPart): string[] {
  const matches: string[] = [];
  const occurrence = new RegExp(escapeRegExp(name), 'giu');
  for (let found = occurrence.exec(text); found; found = occurrence.exec(text)) {
    const end = rest(text, found.index, found.index + found[0].length);
    if (end >= 0) {
      matches.push(text.slice(found.index, end));
      occurrence.lastIndex = end;
    } else {
      occurrence.lastIndex = found.index + (text.codePointAt(found.index)! > 0xFFFF ? 2 : 1);
    }
  }
  return matches;
}

/** True when the zero-width sticky pattern holds at the position. */
function atPosition(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** Where the sticky pattern's match from the position ends, -1 when it does not match there. */
function stickyMatchEnd(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}


/**
 * "Deutsche Welle (www.dw.com)": a name noted with the page's own domain is how a site credits itself. Only the
 * site's bare domain counts: a writer's own site ("Jane Doe (janedoe.net)") or page on the site ("(example.com/jane)")
 * in the note names a person.
 */
function notesOwnDomain(candidate: string, context: AuthorContext): boolean {
  const domain = context.host?.replace(/^www\./, '').toLowerCase();
  if (!domain || !candidate.includes('(')) return false;
  return [...candidate.matchAll(/\(([^()]*)\)/g)]
    .some((note) => note[1].trim().toLowerCase().replace(/^(?:https?:\/\/)?(?:www\.)?/, '').replace(/\/$/, '') === domain);
}

function compactName(text: string): string {
  return text.toLowerCase().replace(/^the\s+/, '').replace(SPACES_PUNCTUATION_AND_SYMBOLS, '');
}

/**
 * A publication is named with or without its article ("Der Example" on example.de, "El Example" on
 * elexample.com): both spellings, compacted.
 */
function compactNames(text: string): string[] {
  const withoutArticle = text.trim().replace(PUBLICATION_ARTICLE, '');
  return withoutArticle === text.trim() ? [compactName(text)] : [compactName(text), compactName(withoutArticle)];
}
const PUBLICATION_ARTICLE = /^(?:der|die|das|le|la|les|el|il|lo|het)\s+/iu;

/** Given name and surname: at least two words, the first capitalised. */
function isFullName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length > 1 && STARTS_NAME_LETTER.test(words[0]);
}

/**
 * Too many words for a name, or several words led by a lowercase word that is not a name particle. An initial
 * ("e. barreneche") is no word of a phrase: bylines that style their case (upper-case letters drawn by CSS) are
 * sometimes written in lowercase in the markup.
 */
function isPhrase(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length > MAX_NAME_WORDS + 1 || ARABIC_PREPOSITION.test(text) || (words.length > 1 && STARTS_LOWER_CASE.test(words[0]) && !NAME_PARTICLE.test(words[0])
    && !LOWERCASE_INITIAL.test(words[0]) && !LEADING_CONJUNCTION.test(text.trim()));
}
const LOWERCASE_INITIAL = /^\p{Ll}\.$/u;
/**
 * Arabic has no capitals to tell a name from a phrase, but its prepositions ("في" in, "من" from, "على" on, "إلى" to,
 * "عن" about, "مع" with, "منذ" since) are words of their own that no name holds: "محرر في قسم المحليات" (an editor in
 * the local desk) is the writer's description in an author box.
 */
const ARABIC_PREPOSITION = /(?:^|\s)(?:في|من|على|إلى|الى|عن|مع|منذ)(?:\s|$)/u;

/**
 * "Landesanstalt für Landwirtschaft", "University of Example", "Course or Type": a lowercase word inside several
 * capitalised ones joins the words of an institution's or a menu's name. Inside a person's name only particles
 * ("Ludwig van Beethoven", "María de la Cruz") are lowercase.
 */
function isInstitution(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length > 2 && words.slice(1, -1).some((word) => STARTS_LOWER_CASE.test(word) && !NAME_PARTICLE.test(word) && !INNER_PARTICLE.test(word));
}
/** Particles found only inside names ("de la Cruz", "van der Berg", "dos Santos e Silva"). */
const INNER_PARTICLE = /^(?:la|le|las|los|der|den|des|y|e)$/u;

/**
 * Weekdays written out ("Monday, February 29, 2016"). Spanish "domingo" is left out: it is a common surname, and a
 * name may be followed by a bare date.
 */
const NAME_ENDING_WEEKDAYS = WEEKDAY_NAMES.filter((name) => name !== 'domingo').join('|');
/**
 * What stands between a name and the date that follows it: month and weekday names, "am", "on", "le", the "at",
 * "um", "à" or "às" before a clock (Blogger's "Posted by Jane at 12:53"), and the publication or update label, after
 * a dash or bar that sets the row's date field apart ("Camille Royer – Publié le 3 décembre", "Jane Doe - Updated",
 * Urdu "اپ ڈیٹ", Hindi "अपडेटेड:" and "प्रकाशित:"). A Latin label with its colon ("Last Updated:") stays, and the
 * colon keeps the line from being read as a name.
 */
const TRAILING_DATE_WORDS = new RegExp(
  `(?:\\s+(?:[-–—|·•]\\s+)?(?:${MONTH_NAME_ALTERNATION}|${NAME_ENDING_WEEKDAYS}|${WEEKDAY_ABBREVIATIONS.join('|')}|am|on|at|um|à|às|le|el|il|den|vom|${DATE_FIELD_LABEL}|اپ ڈیٹ|(?:अपडेटेड|प्रकाशित):?)\\.?[,،]?)+$`,
  'iu',
);

/**
 * "Nathan Willis March 25, 2015": bylines often run into the date; the name ends before it. A part that is nothing
 * but the date ("الثلاثاء 14 آذار 2023" after "بقلم: رنا حداد ·") leaves no name.
 */
function stripTrailingDate(name: string): string {
  const beforeDigits = name.replace(/\s*\d[\s\S]*$/u, '');
  // Short words like "Do" or "Le" are also surnames; they are only date words when a date follows.
  return beforeDigits === name ? name : ` ${beforeDigits}`.replace(TRAILING_DATE_WORDS, '').trim();
}

/**
 * A date and nothing else ("18. November 2026", "Zuletzt aktualisiert am 18.11.2026"): nothing is left once its
 * label and the date are cut off.
 */
export function isBareDate(text: string): boolean {
  return /\d/.test(text) && stripTrailingDate(text.replace(PUBLICATION_LABEL, '')) === '';
}

/** "Rechtsanwalt Jane Doe" keeps "Jane Doe": only before a given name and a surname, both capitalised. */
function stripJobTitle(name: string): string {
  const words = name.split(' ');
  return words.length >= 3 && JOB_TITLE.has(words[0].toLowerCase()) && STARTS_UPPER_CASE.test(words[1]) && STARTS_UPPER_CASE.test(words[words.length - 1])
    ? words.slice(1).join(' ') : name;
}

/** "Jane Doe, Senior Writer" and "Jane Doe - Reporter" keep only the name, as "김민수 기자" and "山田太郎記者" (reporter) do. */
function stripRoleSuffix(name: string): string {
  const dashed = /^(.+?)\s+[-–—|]\s+(.+)$/.exec(name);
  if (dashed && ROLE_WORDS.test(dashed[2])) return dashed[1].trim();
  if (KOREAN_BYLINE.test(name)) return name.replace(KOREAN_ROLE_SUFFIX, '');
  return JAPANESE_BYLINE.test(name) ? name.replace(JAPANESE_ROLE_SUFFIX, '') : name;
}

/**
 * Taiwanese papers credit "記者王志明／台中報導" ("reporter 王志明 / reporting from Taichung"), often in brackets
 * ("〔記者王志明、林美玲／台北報導〕"): the title glued to the names, the place and "報導" after a slash. The line is a
 * byline as it stands; the names are what lies between the title and the slash.
 */
export const TAIWANESE_REPORTER_CREDIT = /^[〔［【（(]?(?:記者|记者)(\p{Script=Han}{2,4}(?:[、，,]\p{Script=Han}{2,4})*)[／/]\s*\p{Script=Han}{1,8}(?:報導|报道)[〕］】）)]?$/u;
export const TAIWANESE_CREDIT_BRACKETS = ['〔', '［', '【', '（', '('];
/**
 * Rule "reporter credit in the dateline": Taiwanese pages often print the credit in the dateline's own line
 * ("發布時間：2023年3月5日 下午2:30　記者王志明／台中報導"), where no byline reader looks. When no source names a
 * writer, the credit is read from the line the publication date was read from (see {@link creditInDateline}).
 */
const TAIWANESE_CREDIT_IN_LINE = /(?:^|\s)([〔［【（(]?(?:記者|记者)\p{Script=Han}{2,4}(?:[、，,]\p{Script=Han}{2,4})*[／/]\s*\p{Script=Han}{1,8}(?:報導|报道)[〕］】）)]?)/u;

/**
 * Rule "labelled writer in the dateline": a meta line that prints the date first and the writer's label after it
 * ("05 март 2023 | 14:30  Автор: Иван Петров  Прочетена: 1 245", "12.03.2023 | Autor: Max Muster") names the writer
 * in the capitalised words after the label, up to the next labelled field or separator.
 */
const WRITER_LABEL_IN_LINE = /(?:^|[\s|·•,])(?:автор|аутор|autor|autorius|autors|author|szerző|penulis|γράφει)\s*:\s*/iu;
/** One to four capitalised words; a word followed by a colon is the next field's label. */
const CAPITALISED_NAME_AT_START = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*(?![\p{L}\p{M}'’.-]*\s*:)(?:\s+|$)){1,4}/u;

/**
 * Rule "writer before the date": a meta row may open with the writer's name and give the date after a bar or a dot
 * ("אורי שמעוני | 18.11.2026 | 09:30", "Jane Doe · 5 March 2023"), with no label: Hebrew papers print their byline
 * so. The name is the row's first field when it is two or three words, each capitalised or in a script without
 * case, and the date's digits follow the separator at once; a place or a desk there is left to the name cleaning.
 */
const WRITER_BEFORE_DATE = /^((?:\p{Lu}[\p{L}\p{M}'’-]*|[\p{Lo}\p{M}]+)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’-]*|[\p{Lo}\p{M}]+)){1,2})\s*[|·•]\s*\d/u;

/**
 * The writer credited in the line the publication date was read from: a Taiwanese reporter credit, a labelled name
 * or a name in the row's first field.
 */
export function creditInDateline(dateline: string | null): string[] {
  if (dateline === null) return [];
  const reporter = dateline.includes('記者') || dateline.includes('记者') ? TAIWANESE_CREDIT_IN_LINE.exec(dateline)?.[1] : undefined;
  if (reporter) return [reporter];
  const label = dateline.includes(':') ? WRITER_LABEL_IN_LINE.exec(dateline) : null;
  const name = label ? CAPITALISED_NAME_AT_START.exec(dateline.slice(label.index + label[0].length))?.[0].trim() : WRITER_BEFORE_DATE.exec(dateline)?.[1];
  return name ? [name] : [];
}

/**
 * Korean bylines write the role after the name, with or without a space: "김민수 기자" (reporter), "이지은 특파원"
 * (correspondent), "박철 선임기자" (senior reporter). A Korean name is two to four Hangul syllables. Several writers
 * share one role word, their names joined by a middle dot or a comma ("김민수·이지은 기자"): KOREAN_BYLINE_LIST.
 */
const KOREAN_ROLE = '(?:기자|특파원|선임기자|객원기자|통신원)';
export const KOREAN_ROLE_SUFFIX = new RegExp(`\\s?${KOREAN_ROLE}$`, 'u');
export const KOREAN_BYLINE = new RegExp(`^\\p{Script=Hangul}{2,4}\\s?${KOREAN_ROLE}$`, 'u');
export const KOREAN_BYLINE_LIST = new RegExp(`^(?:\\p{Script=Hangul}{2,4}\\s?[·,]\\s?)*\\p{Script=Hangul}{2,4}\\s?${KOREAN_ROLE}$`, 'u');
/**
 * Japanese bylines too write the role after the name: "山田太郎記者", "山田太郎 記者" (reporter), "佐藤花子特派員"
 * (correspondent). A Japanese name in kanji is two to five characters; "本報記者" ("this paper's reporter", in
 * Taiwan and Hong Kong) is the paper's own credit, no name.
 */
const JAPANESE_ROLE = '(?:記者|特派員|編集委員|論説委員)';
export const JAPANESE_ROLE_SUFFIX = new RegExp(`\\s?${JAPANESE_ROLE}$`, 'u');
export const JAPANESE_BYLINE = new RegExp(`^(?!本[報报])\\p{Script=Han}{2,5}\\s?${JAPANESE_ROLE}$`, 'u');

/**
 * "Jane Doe examplesite": a lowercase last word after a full name is no part of it (names end capitalised); when
 * it is the site's own name, the CMS appended it to the writer's, often after a dash ("Jane Doe - examplesite"),
 * which goes with it.
 */
function withoutTrailingSiteName(name: string, context: AuthorContext): string {
  const words = name.split(' ');
  const last = words[words.length - 1];
  return words.length >= 3 && STARTS_LOWER_CASE.test(last) && isSiteName(last, context) ? words.slice(0, -1).join(' ').replace(TRAILING_SEPARATORS, '') : name;
}

/** Joins that a list splitter reads between names but that publication names use too ("Mac & i", "Arts + Culture"). */
const SITE_NAME_JOIN = /[&+]/;

/** The site's or publisher's name exactly, apart from case, spacing and a leading article. */
function isWholeSiteName(name: string, context: AuthorContext): boolean {
  const candidates = compactNames(name);
  return [context.siteName, context.publisher].some((site) => site !== null && compactNames(site).some((value) => candidates.includes(value)));
}

function isSiteName(name: string, context: AuthorContext): boolean {
  const site = [context.siteName, context.publisher, context.host?.replace(/^www\./, '')]
    .filter((value): value is string => Boolean(value)).flatMap(compactNames);
  return [name, name.replace(LEADING_ABBREVIATIONS, '')].flatMap(compactNames).some((candidate) => site.some((value) => value.length > 0
    && (candidate === value || value.startsWith(candidate) && candidate.length >= 4 || candidate.startsWith(value))))
    || endsWithSiteName(name, context);
}

/**
 * Rule "abbreviated site name": "OÖ Volksblatt" on volksblatt.at ("Oberösterreichisches Volksblatt"): papers credit
 * themselves with their region or owner cut to capitals before the name; the name behind them is the site's.
 */
const LEADING_ABBREVIATIONS = /^(?:\p{Lu}{2,3}\s+)+(?=\p{L})/u;

/**
 * "Noticias El Comercio Perú" on El Comercio Perú: a credit that ends in the site's name of several words is the
 * site's desk or its news feed. Whole words only, and a name of several: a one-word site name ("Welt") may end a
 * person's surname.
 */
function endsWithSiteName(name: string, context: AuthorContext): boolean {
  const words = wordsOf(name);
  return [context.siteName, context.publisher].some((site) => {
    const siteWords = site ? wordsOf(site) : [];
    return siteWords.length >= 2 && words.length > siteWords.length
      && siteWords.every((word, at) => words[words.length - siteWords.length + at] === word);
  });
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(SPACES_AND_PUNCTUATION).filter(Boolean);
}
