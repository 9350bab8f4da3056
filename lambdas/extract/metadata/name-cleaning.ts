/**
 * One byline part cleaned to a person's name: labels, job titles, role suffixes and a trailing date cut off; UI words,
 * logins, credentials, organizations, publications, institutions, places and the site's own name rejected.
 */
import type { AuthorContext } from './author-context';
import { ABOUT_AUTHOR_PHRASE, ARABIC_BODY_WORD, ARABIC_TRADE_TITLE, BYLINE_PREFIX, COLUMN_NAMES, GENRE_WORDS, JAPANESE_BYLINE, JAPANESE_ROLE_BEFORE_NAME, JAPANESE_ROLE_SUFFIX, KOREAN_BYLINE, KOREAN_ROLE_SUFFIX, LEGAL_FORMS, OPENING_QUOTE, PAID_CONTENT_LABELS, RELEASE_LINE, ROLE_WORDS } from './byline-vocabulary';
import { PUBLICATION_LABEL, stripTrailingDate } from './byline-dates';
import { BALINESE_NAME_AFTER_PREFIX, isPhrase, LEADING_CONJUNCTION, MAX_NAME_LENGTH, MAX_NAME_WORDS, STARTS_UPPER_CASE } from './name-shapes';
import { isSiteName, withoutTrailingSiteName } from './site-credits';
import { withoutStretching } from './text';
import { READING_TIME_LABEL } from '../content/vocabulary';

/**
 * Interface words that end up inside byline elements ("Read bio", the link beside an author's photo), and credits that
 * name nobody: "anónimo", "courtesy" / "cortesía" (a supplied picture), German "zvg" (zur Verfügung gestellt, supplied)
 * and Polish "red." (the desk). An author box's link to the writer's other pieces ("Weitere Beiträge", "Alle Artikel",
 * "More posts", Arabic "كل مقالات الكاتب", all the writer's articles, "مقالات أخرى للكاتب", other articles by the
 * writer, and the heading of the list of them under a column, "أحدث مقالات الكاتب", the writer's latest articles,
 * "مقالات سابقة للكاتب", earlier ones) is made of such words too, and so are the Turkish and Azerbaijani ones ("Tüm Yazıları", "Bütün yazıları", all
 * the writer's pieces; "Diğer Yazıları", other pieces; the follow button "Takip Et", "İzlə") and the Persian ("همه
 * مطالب", all pieces; "دنبال کنید", follow). Rule "byline word alone": themes set the byline's word in an element of its own
 * before the writer's link ("<div class="td-author-by">De</div>", Romanian "by"; Italian "di"), and a byline whose link
 * names a desk that is dropped, or no one, leaves the word alone, no name. Rule "share row": a share row's label and
 * networks, Arabic ones included ("شارك: فيسبوك تويتر تيليجرام", share: Facebook Twitter Telegram), read as a labelled
 * credit are the networks' names, no person's; the Maghreb spells them as French says them ("فايسبوك", "انستقرام").
 * Rule "field label alone": Drupal prints a node's writer field as its label and its value in boxes of their own ("<div
 * class="field-label">Auteur :</div><div class="field-item">Claire Vidal</div>"), and the label, the word for "author"
 * in the page's language, is read as a name beside the writer.
 * Rule "follow me": a writer's card under the name sets its follow button in the first person, the verb and its
 * pronoun ("Follow me", "Folge mir", "Entfolgen", "Suivez-moi", "Sígueme", "Seguimi", "Volg mij", "Obserwuj"), and
 * the card's lines read as the byline's names; a line of such words alone names nobody. Rule "labels in the byline
 * row": the row beside the name holds the post's tier ("Paid", a newsletter's paid post), the reading time's label
 * once its minutes are cut as a date ("Lecture", "Leitura", "Tempo de leitura", "Lesedauer"; READING_TIME_LABEL) and
 * the Korean reporter's subscribe button ("기자 구독", subscribe to the reporter), none a name.
 */
const UI_WORD = /^(?:paid|구독|기자|bio|biography|follow|unfollow|followed|folgen|suivre|seguir|folge|folgt|entfolgen|abonnieren|me|us|mir|uns|suivez|suivez-moi|suivez-nous|s[ií]gueme|s[ií]guenos|seguimi|seguici|segui|volg|mij|ons|obserwuj|share|sponsored|more|mehr|weitere|alle|view|profile|email|e-mail|mail|twitter|x|facebook|instagram|linkedin|whatsapp|telegram|contact|read|all|posts|articles|beitr[äa]ge|artikel|comments?|updated|published|admin|administrator|anonymous|an[oó]nimo|anonym|anonyme|unknown|guest|staff|user|null|undefined|none|n\/a|courtesy|cortes[ií]a|zvg|red|by|von|par|por|de|di|authors?|autor|auteure?s?|autore|autori|autora|autores|autorin|autoren|text|foto|photo|fotos|photos|bild|متابعة|تابع|كل|جميع|المزيد|مقالات|المقالات|أخرى|اخرى|الأخرى|الاخرى|سابقة|السابقة|أحدث|آخر|الكاتب|للكاتب|الكاتبة|للكاتبة|أرشيف|ارشيف|شارك|فيسبوك|فايسبوك|تويتر|انستقرام|إنستقرام|إنستغرام|انستغرام|انستجرام|واتساب|تيليجرام|تيليغرام|تلغرام|تليجرام|يوتيوب|لينكدإن|tüm|bütün|diğer|digər|yazıları|yazılar|haberleri|takip|et|izlə|İzlə|همه|مطالب|یادداشت‌ها|دنبال|کنید|کردن|フォロー)$/iu;
/**
 * Rule "link's label in Korean": a writer's card closes on the link to the writer's other pieces, its label ending in
 * the verb "보기" (view) or "바로가기" (go to): "필자의 다른 칼럼 보기" (the writer's other columns), "기사 더보기";
 * no name ends in the verb after other words.
 */
const KOREAN_LINK_LABEL = /^\p{Script=Hangul}+(?:\s+\p{Script=Hangul}+)*\s+(?:보기|더보기|바로가기)$/u;
/**
 * A column's or a genre's name alone in the byline's place ("Letters", "Our View", "Opinion"): see rule "column label";
 * or the label of paid content (see rule "paid content's label").
 */
const COLUMN_LABEL = new RegExp(`^(?:${[...COLUMN_NAMES, ...GENRE_WORDS, ...PAID_CONTENT_LABELS].join('|')})$`, 'iu');
/**
 * A CMS login shown where the display name belongs ("jane.doe", "janedoe", "jane_doe"): one lowercase token with
 * a dot, underscore or hyphen, or too long for a given name. Display names are capitalised or have several words.
 */
const LOGIN_HANDLE = /^(?=\p{Ll}[\p{Ll}\d._-]*$)(?:.*[._-].*|.{10,})$/u;
/**
 * Academic and professional credentials written after a name ("Jane Doe, PhD"): not a second author. Rule "lawyer's
 * letters": a law firm's blog signs its attorney with the lawyer's courtesy title or degrees ("Daniel Roe, Esq.",
 * "Jane Doe, J.D.", "…, LL.M.").
 */
const CREDENTIAL = /^(?:ma|ms|msc|ba|bsc|phd|ph\.d\.?|md|m\.d\.?|rn|mba|mph|dr|prof|jr|sr|ii|iii|esq|j\.?d\.?|ll\.?m\.?|ll\.?b\.?)\.?$/i;
/**
 * Byline words that are also parts of names, taken for the byline's only before a given name and a surname: the
 * Italian and Romanian "di Mario Rossi", "de Andrei Popescu", lowercase, whose words are particles too ("de Jong",
 * "di Stefano", "de la Cruz"), the Catalan "per Jordi Puig", lowercase, as "Per" is a Scandinavian given name, and the Swahili "Na Juma Mwinyi" ("by"), capitalised, where the Korean surname Na
 * ("Na Kyung-won") is followed by one word only. So are the Hausa "Daga Aisha Garba" ("from"; Daga is also a
 * surname) and the Tagalog "Ni Ramon dela Cruz" ("by"; Ni a Chinese surname), whose surname may open with a particle,
 * the Nigerian "From Tunde Okafor, Lokoja" (rule "writer filing from a place"), and the Zulu copula glued to the name, "NguSipho Ndlovu" or "ngu-Sipho Ndlovu" ("it is Sipho Ndlovu").
 * Rule "capitalised Di": Italian sites that open the byline line with its word capitalise it ("Di Giulia Ferraro");
 * before exactly a given name and a surname it is the byline's word, where the surname "Di Maio" ends a name
 * ("Luigi Di Maio") and opens none of two words after it.
 */
export const BYLINE_WORD_BEFORE_FULL_NAME = new RegExp(String.raw`^(?:(?:de|di|per|Na|Daga|From|Ni(?!\s+${BALINESE_NAME_AFTER_PREFIX}))\s+|[Nn]gu-?(?=\p{Lu}))(?=\p{Lu}[\p{L}'’-]*\s+(?:(?:dela|delos|de|del|bin|binti)\s+)?\p{Lu})|^(?:Di|DI)\s+(?=\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*$)`, 'u');
/**
 * Rule "the family is no writer": a death notice is placed and signed by the family, and the notice pages of papers
 * and funeral portals credit it where a writer's name goes, in the author meta or as the JSON-LD Person ("Famille
 * Roux", "Familie Berger", "The Miller Family", "Familia Ortega"); the word for a family names a household, which no
 * person's name holds.
 */
const FAMILY_WORD = /(?<!\p{L})(?:family|famille|familie|familia|famiglia|fam[ií]lia|gezin|rodzina)(?!\p{L})/iu;
/**
 * Words that name a company or a publication, not a person ("Cover Media", "Example Media Group", "Beispiel
 * Verlag", "Example Magazine"): a credit to the content's supplier or publisher.
 */
const ORGANIZATION_WORD = /(?:^|\s)(?:media|medien|m[eé]dias|group|gruppe|grupo|groupe|verlag|verlagsgruppe|publishing|publications|productions|studios|network|magazine?|zeitung|newspaper|presse|prensa|rundfunk|broadcasting|wire)(?:$|\s)/iu;
/**
 * How newspapers are named ("Los Angeles Times", "The Washington Post", "Kansas City Star", "Arizona Republic",
 * "Deseret News", "Detroit Free Press"), the paper a byline adds behind its writer ("By Jane Doe, Los Angeles Times"),
 * which a JSON-LD Person's name carries as well ("Jane Doe, Arizona Republic"). Only as the last word, where a
 * paper's name ends; "Sun" and "Press" alone are left out, surnames both.
 */
export const NEWSPAPER_NAME_END = /\s(?:times|post|journal|herald|tribune|gazette|telegraph|chronicle|observer|globe|daily|courier|dispatch|examiner|inquirer|enquirer|sentinel|monitor|independent|express|mirror|register|bulletin|star|weekly|republic|news|record|review|standard|advertiser|democrat|ledger|citizen|free\s+press)$/iu;
/**
 * Rule "paper's word first": continental papers put their word for a newspaper first ("Večerník Olomouc", "Gazeta
 * Pomorska", "Diario de Cádiz", "Corriere di Como", "Courrier de l'Ouest"), the partner paper a byline adds behind
 * its writer ("Jane Doe, Večerník Olomouc"). No given name is such a word.
 */
const NEWSPAPER_NAME_START = /^(?:ve[čc]ern[ií]k|den[ií]k|denn[ií]k|noviny|gazeta|gazzetta|gazette|dziennik|kurier|kur[ýy]r|courrier|diario|di[áa]rio|jornal|giornale|corriere|dagblad|nieuwsblad|tageblatt|anzeiger|hírlap)\s/iu;
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
 * "Feuerwehr …", "Department of …"): a public body or association credited for its page, not a person. Rule "club's
 * credit": the community pages of local papers credit the club, society or parish that sent an item in ("Submitted by
 * Kinross Valley Lions Club", "Imkerverein Öhringen", "Asociación de Vecinos", "Comité des fêtes"), and their
 * templates declare it as the item's Person author. "Church" and "Parish", which are also surnames, are left out.
 * Rule "court after the advocate": legal news columns sign a lawyer with the court they practise at ("Rohit Sharma,
 * Advocate, Delhi High Court", "…, Landgericht Köln"); a court is named with its rank ("High Court", "Court of
 * Appeal"), as "Court" alone is a surname. Rule "Indonesian public body": Indonesian ministries and
 * local offices credit their releases to the unit that issued them ("Penulis: Biro Kerja Sama dan Hubungan
 * Masyarakat", "Dinas Pendidikan …", "Direktorat …", "Sekretariat Jenderal"), no person's name; Vietnam's provincial
 * portals theirs ("Sở Nông nghiệp và Môi trường", the provincial department; "Phòng …", "Trung tâm …", "Cục …", "Bộ …",
 * "Ủy ban nhân dân", "UBND …"). Rule "NGO as the
 * writer": sites that republish an NGO's or a research institute's statement post it under an account named for the
 * body, which their templates declare as the Person author ("Instituto Água Viva", "Fundação …", "Associação …",
 * "Stichting …", "Institut …"); the statement is the body's, and names no writer. Rule "Iberian public offices":
 * Brazilian, Portuguese and Spanish-speaking city halls and state governments post their releases under the office
 * that issued them ("Secretaria Municipal de Comunicação", "Secretaría de Salud", "Assessoria de Imprensa",
 * "Prefeitura de …", "Ayuntamiento de …", "Alcaldía de …", "Municipalidad de …"); the languages name a public body
 * with these words, and no person's name holds them.
 */
export const INSTITUTION_WORD = /(?:^|\s)(?:\p{L}*(?:verband|ministerium|stiftung|abteilung|feuerwehr|polizei|beh[öo]rde|verein)|departement|department|ministry|ministerio|minist[eè]re|association|asociaci[oó]n|associazione|associa[çc][ãa]o|foundation|fundaci[oó]n|funda[çc][ãa]o|fondation|fondazione|stichting|institute|instituto|institut|istituto|instituut|council|commission|kommission|committee|comit[ée]|club|society|congregation|(?:high|supreme|district|circuit|crown|county|federal|constitutional|family|magistrates['’]?) court|court of (?:appeals?|justice|session)|\p{L}*gericht(?:shof)?|tribunal|cour d['’]appel|cour de cassation|(?:kirchen|pfarr)gemeinde|pfarrei|paroisse|parroquia|hermandad|cofrad[ií]a|university|universit[äa]t|universidad|universit[ée]|secretar[ií]a|prefeitura|assessoria|ayuntamiento|alcald[ií]a|municipalidad|kementerian|direktorat|sekretariat|biro|dinas|sở|phòng|trung tâm|cục|bộ|ủy ban|ubnd)(?:$|\s)/iu;
/**
 * A name led by the abbreviation of a state or a union of states ("U.S. Customs and Border Protection", "UK Space
 * Agency", "EU Commission"): a public body, credited for its release or picture. Initials spaced apart
 * ("U. S. Grantham") stay a person's; a byline by someone initialled "U.S." without spaces is rare enough to lose.
 */
export const STATE_BODY = /^(?:U\.S\.(?:A\.)?|USA?|U\.K\.|UK|EU|UN|NATO)\s+\p{L}/u;
/**
 * Rule "writer as me": a personal blog's theme prints its byline word before whatever the owner typed as the display
 * name, and owners type themselves ("By Me", "Von mir", "Par moi"), which names nobody a reader could look up.
 */
const FIRST_PERSON = /^(?:me|myself|us|mir|mich|uns|moi|nous|mí|mi|nosotros|eu|nós|noi|mij|ons)$/iu;
/**
 * The name a CMS gives its built-in administrator account (Joomla's "Super User"), shown when nobody set a byline.
 * Rule "named admin account": WordPress sites that run agency or desk copy post it under an account they name after
 * themselves, the site's word and "Admin" ("Sentinel Admin", "Admin Example"); the administrator's word is no
 * person's name, whatever stands beside it. Rule "admin account in the site's language": a parish's, a school's or
 * a club's Joomla installed in Spanish, French or Italian names the same account "Super Usuario", "Super
 * Utilisateur", "Super Utente", and its word for the administrator is "Administrador", "Administrateur",
 * "Amministratore". Rule "admin account in Persian letters": Iranian and Afghan WordPress sites write the account's
 * word as Persian speaks it, "ادمین" ("admin"), or name it the site's manager, "مدیر سایت"; neither is anyone's name.
 */
const CMS_DEFAULT_ACCOUNT = /^(?:super\s?(?:user|usuario|utilisateur|utente|benutzer)|siteadmin|wpadmin|مدیر(?:یت)?\s+سایت)$|(?:^|\s)(?:admin|administrator|administrador|administrateur|amministratore|webmaster|ادمین)(?:$|\s)/iu;
/** A company's or an association's name, by the legal form that ends it ("Example GmbH", "Verein e.V."): not a person. */
const LEGAL_FORM = new RegExp(`\\s(?:${LEGAL_FORMS.join('|')})\\.?$`, 'u');
/**
 * Rule "company in Chinese, Japanese or Korean": a press release declares its issuer as the author by its registered
 * name, the legal form written on with no space ("星澜储能科技有限公司", "株式会社サンプル", "샘플전자㈜"); no person's
 * name ends or opens so.
 */
const CJK_LEGAL_FORM = /(?:公司|集团|集團|株式会社|有限会社|주식회사|㈜)$|^(?:株式会社|有限会社|주식회사|㈜)/u;
/**
 * Rule "Romanian byline word": Romanian bylines open with "De" (by): "De Andrei Popa", as Publisher prints it in a
 * Romanian page's meta row. Elsewhere "De" opens surnames ("De Luca", "De Vries"), so it is set aside only on a
 * Romanian page and before a full name.
 */
const ROMANIAN_BYLINE_WORD = /^de\s+(?=\p{Lu}\p{L}+\s+\p{Lu})/iu;

/**
 * Rule "desk in Japanese or Chinese": a CMS account named for the desk ("編集部", the editorial department; "報道部",
 * "取材班", "编辑部") credits no one; the desk's kind closes its name after the department's, which no person's name does.
 * A bare kind is not enough: "阿部" is a surname. Rule "news centre": Chinese papers and portals credit their wire
 * and rewrite desk as the news centre ("新闻中心", "新聞中心") in the author's field, a desk too.
 */
const CJK_DESK = /(?:編集|编辑|編輯|報道|报道|取材|ニュース|デジタル|社会|政治|経済|国際|運動|スポーツ|文化|新闻|新聞)(?:部|局|室|班|本部|中心|センター|チーム)$/u;
/** The placeholder a CDN's e-mail obfuscation leaves where an address was ("[email protected]"). */
const CLOAKED_EMAIL = /\[email(?:\s|&#160;|&nbsp;)*protected\]/i;
/**
 * One word in capitals ("ERBOL", "BBNTEAM", "IFZ"): the acronym of an organization or a team's account. People
 * written in capitals have a given name and a surname ("JANE DOE").
 */
const ACRONYM = /^\p{Lu}{2,}$/u;
/**
 * Job titles written before a person's name ("Rechtsanwalt Jane Doe", "Attorney Jane Doe", "Abogada Jane Doe"):
 * the profession, not part of the name. Academic titles ("Dr.", "Prof.") are how the name is written, and stay. So
 * is the newsroom's own post, which CMSs write into the author's name field ("Reporter Jane Doe", "Redakteurin Jane
 * Doe", "Periodista Jane Doe").
 */
const JOB_TITLE = new Set([
  'rechtsanwalt', 'rechtsanwältin', 'fachanwalt', 'fachanwältin', 'anwalt', 'anwältin', 'notar', 'notarin', 'steuerberater',
  'steuerberaterin', 'wirtschaftsprüfer', 'wirtschaftsprüferin', 'pfarrer', 'pfarrerin', 'attorney', 'lawyer', 'solicitor',
  'barrister', 'avocat', 'avocate', 'abogado', 'abogada', 'advogado', 'advogada', 'avvocato', 'avvocata', 'adwokat',
  'senator', 'senatorin', 'councillor', 'councilman', 'councilwoman', 'abgeordneter', 'abgeordnete',
  'reporter', 'reporterin', 'correspondent', 'journalist', 'journalistin', 'columnist', 'redakteur', 'redakteurin', 'korrespondent',
  'korrespondentin', 'journaliste', 'periodista', 'giornalista', 'jornalista', 'redactor', 'redactora',
  // Rule "lawyer's title before the name": Indian and South African legal blogs title their advocates so ("Advocate
  // Rohit Sharma", "Adv. Rohit Sharma"), French ones their avocats by the form of address, written out or short
  // ("Maître Jeanne Doe", "Me Jeanne Doe"), taken only before a given name and a surname as every title here is.
  'advocate', 'adv.', 'maître', 'maitre', 'me',
]);
const LETTER = /\p{L}/u;
/**
 * Rule "about the author, then the name": a writer's box may head itself with the phrase and the name in one line
 * ("About the Author - Jane Doe", "Über die Autorin: Jane Doe"); the phrase is the box's label, no name.
 */
const ABOUT_AUTHOR_LABEL = new RegExp(`^${ABOUT_AUTHOR_PHRASE}\\s*[-–—:|]\\s*`, 'iu');

/**
 * Rule "follow button": social and blogging platforms end the writer's line with a button to follow the writer ("Jane
 * Doe Follow", "Jane Doe Folgen"), which reads into the name; the button's word is no part of it. A platform that
 * renders the button twice, once per screen size, ends the line with the word twice ("Jane Doe Follow Follow").
 */
const FOLLOW_BUTTON = /(?:\s+(?:follow|folgen|suivre|seguir))+$/iu;

/**
 * Rule "writing for the site": British papers credit a contributor as writing for their web edition ("Jane Doe For
 * MailOnline", "JANE DOE FOR THE DAILY MAIL"); the publication after "for" is who the writer works for, no part of
 * the name. Only after a name of two words or more, and only a publication's name of one word or "the" and up to four
 * capitalised words ("National Center for Health Statistics" is a body, not a writer for a paper). Exported for the
 * body's byline rows: syndicated analysis signs the writer for the outlet again under the text ("By Marcus Hale for
 * Crudewatch.example"; rule "writing for the site, under the text").
 */
export const WRITING_FOR_PUBLICATION = /(?<=^\p{Lu}\S*(?:\s+\p{Lu}\S*)+)\s+(?:for|For|FOR)\s+(?:(?:the|The|THE)(?:\s+\p{Lu}[\p{L}.]*){1,4}|\p{Lu}[\p{L}.]*)$/u;

/**
 * Rule "credit in full-width brackets": Japanese papers set the writer's credit under the story whole in full-width
 * brackets ("（文・写真　田村　健）", "【田村健】"), in an element their template names as the writer's; the brackets
 * enclose the credit, no part of the name.
 */
export const FULL_WIDTH_CREDIT_BRACKETS = /^\s*[（【]\s*([^（）【】]+?)\s*[）】]\s*$/u;

/**
 * Rule "the outlet's address before the name": portals named for their address credit their writers after it and a
 * spaced dash ("WartaNusantara.id - Rina Kartika", "Example.com – Jane Doe"), as they would after their name.
 */
const OUTLET_ADDRESS_BEFORE = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,6}\s+[-–—|]\s+(?=\p{Lu})/u;

/** Separators and stops a byline part may end with: the part's own punctuation, no part of the name. */
const TRAILING_MARKS = /[\s\-–—:|•·,.]+$/u;

/**
 * Rule "initial keeps its dot": a name may end in an abbreviation ("Karim B.", "John A. Smith Jr."), whose dot is
 * part of the name as the dot of an initial inside it is; a dot after a whole word ends the sentence or line.
 */
const CLOSING_ABBREVIATION = /(?:^|[\s.])(?:\p{Lu}|Jr|Sr)$/u;

function withoutTrailingMarks(name: string): string {
  const marks = TRAILING_MARKS.exec(name);
  if (!marks) return name;
  const kept = name.slice(0, marks.index);
  return marks[0].startsWith('.') && CLOSING_ABBREVIATION.test(kept) ? `${kept}.` : kept;
}

export function cleanName(part: string, context: AuthorContext): string | null {
  // Soft hyphens ("Mat\u00ADthi\u00ADas") are invisible hyphenation hints, not part of the name. Rule "stretched
  // name": old Arabic templates stretch a name's letters with the tatweel to set it wide ("زيـاد المطيـري"); it only
  // draws the join longer, and the name is "زياد المطيري".
  let name = withoutStretching(part).replace(/\u00AD/g, '').replace(FULL_WIDTH_CREDIT_BRACKETS, '$1').replace(/\s+/g, ' ').replace(/^[\s\-–—:|@•·.]+/, '');
  name = withoutTrailingMarks(name).replace(ABOUT_AUTHOR_LABEL, '')
    .replace(FOLLOW_BUTTON, '').replace(WRITING_FOR_PUBLICATION, '');
  for (let pass = 0; pass < 2; pass++) name = name.replace(BYLINE_PREFIX, '').replace(BYLINE_WORD_BEFORE_FULL_NAME, '').replace(LEADING_CONJUNCTION, '').trim();
  if (context.romanian) name = name.replace(ROMANIAN_BYLINE_WORD, '');
  // "كتب - محمد علي": a dash set apart from the label by a space is left in front of the name. Rule "tatweel as a
  // dash": Egyptian papers set the tatweel alone as the dash ("كتب ـ محمد علي"); it only stretches the join between two
  // letters, so no name opens with it.
  name = name.replace(/^[\-–—:|•·∙\u0640]+\s*/u, '').replace(OUTLET_ADDRESS_BEFORE, '');
  name = stripArabicTradeTitle(stripJobTitle(stripRoleSuffix(stripTrailingDate(name)))).replace(ARABIC_STYLE_OF_ADDRESS, '').replace(ARABIC_BLESSING, '');
  if (!name || name.length > MAX_NAME_LENGTH || CLOAKED_EMAIL.test(name)) return null;
  // A labelled value ("Quelle: sid", "Last Updated: …", "Foto: …") is not a byline name.
  if (name.includes(':') || PUBLICATION_LABEL.test(name) || LOGIN_HANDLE.test(name)) return null;
  if (name.split(/\s+/).every((word) => UI_WORD.test(word)) || READING_TIME_LABEL.test(name) || KOREAN_LINK_LABEL.test(name) || CREDENTIAL.test(name) || COLUMN_LABEL.test(name) || RELEASE_LINE.test(name)) return null;
  if (!LETTER.test(name) || /\d{2,}|[@<>{}=]|www\.|\.\w{2,3}$/u.test(name) || OPENING_QUOTE.test(name)) return null;
  const words = name.split(/\s+/);
  if (words.length > MAX_NAME_WORDS) return null;
  if (isPhrase(name)) return null;
  if (ROLE_WORDS.test(name) || LEGAL_FORM.test(name) || CJK_LEGAL_FORM.test(name) || CJK_DESK.test(name) || ARABIC_BODY_WORD.test(name) || ORGANIZATION_WORD.test(name) || FAMILY_WORD.test(name) || INSTITUTION_WORD.test(name) || STATE_BODY.test(name) || ACRONYM.test(name)) return null;
  if (NEWSPAPER_NAME_END.test(name) || NEWSPAPER_NAME_START.test(name) || LEADING_THE.test(name) || PLACE_NAME.test(name)) return null;
  if (CMS_DEFAULT_ACCOUNT.test(name) || FIRST_PERSON.test(name)) return null;
  if (isSiteName(name, context)) return null;
  return withoutTrailingSiteName(name, context);
}

/**
 * "الصحفي محمود عبد الرحيم" keeps "محمود عبد الرحيم" (rule "writer's trade before the name"): only before a name of two
 * words or more, so a writer credited by the trade alone is no name either way.
 */
const LEADING_TRADE_TITLE = new RegExp(`^${ARABIC_TRADE_TITLE}\\s+(?=\\S+\\s+\\S)`, 'u');
function stripArabicTradeTitle(name: string): string {
  return name.replace(LEADING_TRADE_TITLE, '');
}

/**
 * Rule "style and blessing around a scholar's name": fatwa and religion pages credit a scholar with the style he is
 * addressed by before the name ("فضيلة الشيخ …", his eminence; "سماحة", "معالي", "سعادة", "صاحب الفضيلة") and a
 * blessing after it ("… حفظه الله", may God preserve him; "رحمه الله" for one who has died, "رعاه الله"). Both are
 * said of the person and are no part of the name; the title after the style ("الشيخ", "الدكتور") stays, as it does
 * without it. The style goes only before a name of two words or more.
 */
const ARABIC_STYLE_OF_ADDRESS = /^(?:صاحب\s+)?(?:ال)?(?:فضيلة|سماحة|معالي|سعادة)\s+(?=\S+\s+\S)/u;
const ARABIC_BLESSING = /\s+(?:حفظه|حفظها|رحمه|رحمها|رعاه|رعاها)\s+الله(?:\s+تعالى)?$/u;

/** "Rechtsanwalt Jane Doe" keeps "Jane Doe": only before a given name and a surname, both capitalised. */
function stripJobTitle(name: string): string {
  const words = name.split(' ');
  return words.length >= 3 && JOB_TITLE.has(words[0].toLowerCase()) && STARTS_UPPER_CASE.test(words[1]) && STARTS_UPPER_CASE.test(words[words.length - 1])
    ? words.slice(1).join(' ') : name;
}

/**
 * Rule "city after a dash": Brazilian and Portuguese portals print the city the writer files from after a spaced dash
 * ("Por Luana Ferreira — Caruaru"), as Arabic bylines do; a name is never split by a spaced dash, so one capitalised
 * word there behind a name of two words or more is the place.
 */
const PLACE_AFTER_DASH = /^\p{Lu}[\p{Ll}-]+$/u;

/**
 * Rule "outside writer's post, in Korean": Korean papers sign an outside columnist with the name, the institution and
 * the post after it, no comma between ("홍길동 한빛대 의대 교수", professor at the medical school; "…법무법인 변호사",
 * "…연구소 선임연구위원"); the name is the first word, of two to four syllables, when the last word is such a post.
 */
const KOREAN_OUTSIDE_WRITER = /^(\p{Script=Hangul}{2,4})\s+(?:\S+\s+){0,3}(?:교수|부교수|조교수|명예교수|객원교수|연구원|연구위원|선임연구위원|변호사|원장|대표|소장|박사|칼럼니스트|작가|시인|평론가|교사|전문의|객원논설위원|이사장|센터장)$/u;

/**
 * Rule "the critic's post after the name, in Arabic": review and analysis pages set the writer's post after the name
 * with no comma, often in an element of its own ("هالة عبد المنعم ناقدة سينمائية", film critic; "… محلل سياسي",
 * political analyst); a trade and its field, each with its feminine ending or not, close no name. Only after a name of
 * two words or more.
 */
const ARABIC_POST_AFTER_NAME = /^(\p{L}+(?:\s+\p{L}+){1,3})\s+(?:ال)?(?:ناقد|محلل|كاتب|باحث|خبير)(?:ة)?\s+(?:ال)?(?:سينمائي|فني|مسرحي|أدبي|موسيقي|رياضي|سياسي|اقتصادي|عسكري|صحفي|صحافي)(?:ة)?$/u;

/**
 * "Jane Doe, Senior Writer" and "Jane Doe - Reporter" keep only the name, as "김민수 기자", "山田太郎記者" (reporter) and
 * "編集委員 山田太郎" (senior staff writer) do.
 */
function stripRoleSuffix(name: string): string {
  const dashed = /^(.+?)\s+[-–—|]\s+(.+)$/.exec(name);
  if (dashed && (ROLE_WORDS.test(dashed[2]) || (PLACE_AFTER_DASH.test(dashed[2]) && dashed[1].trim().includes(' ')))) return dashed[1].trim();
  if (KOREAN_BYLINE.test(name)) return name.replace(KOREAN_ROLE_SUFFIX, '');
  const outside = KOREAN_OUTSIDE_WRITER.exec(name) ?? ARABIC_POST_AFTER_NAME.exec(name);
  if (outside) return outside[1];
  if (JAPANESE_BYLINE.test(name)) return name.replace(JAPANESE_ROLE_SUFFIX, '');
  return name.replace(JAPANESE_ROLE_BEFORE_NAME, '$1');
}
