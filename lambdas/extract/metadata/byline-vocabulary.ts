/**
 * The byline vocabulary the author cleaning and the byline readers share: the labels and words that open a credit
 * ("By", "Von", "بقلم", "文/"), the separators between names, role words and other roles' credits, the "About the
 * author" phrase, and the Korean, Japanese and Taiwanese bylines that write the role beside the names.
 */
import { BALINESE_NAME_AFTER_PREFIX } from './name-shapes';

/** The articles a genre label may open with ("Ein Kommentar von", "An analysis by", "Une chronique par"). */
export const GENRE_ARTICLES = ['an?', 'ein', 'eine', 'une?', 'una?'];
/**
 * Genres a piece is credited by ("Kommentar", "Analysis", "Chronique", "Columna", "Interview"); German writes the
 * guest's genre as one word ("Gastbeitrag", "Ein Gastkommentar von", "Gastkolumne"). Reports are credited to their
 * reporters the same way: German "Ein Bericht von", Italian "Servizio di", Portuguese "Reportagem de", Spanish
 * "Reportaje de", which write "of" as "de".
 */
export const GENRE_WORDS = ['kommentar', 'kolumne', 'analyse', 'analysis', 'column', 'commentary', 'opinion', 'essay', 'interview', 'gastbeitrag', 'gastkommentar', 'gastkolumne',
  'reportage', 'glosse', 'chronique', 'tribune', 'cr[oó]nica', 'columna', 'opini[oó]n', 'bericht', 'servizio', 'reportagem', 'reportaje',
  // A food section credits its dishes the same way: "Ein Rezept von Jane Doe", "A recipe by …", "Une recette de …".
  'rezept', 'recipe', 'recette', 'receta', 'ricetta', 'receita', 'recept'];
/**
 * Rule "column label": the names of the columns a paper runs under its own name rather than a writer's ("Letters",
 * "Our view", "Leserbriefe", "Courrier des lecteurs"), which a template prints in the byline's place; with the genres
 * (GENRE_WORDS), a byline that is only such a name credits the column, no one.
 */
export const COLUMN_NAMES = ['letters?', 'letters\\s+to\\s+the\\s+editor', 'readers[\'’]?\\s+letters', 'readers', 'mailbag', 'our\\s+view', 'editorial', 'leader',
  'leserbriefe', 'leserbrief', 'courrier\\s+des\\s+lecteurs', 'cartas\\s+al\\s+director', 'lezersbrieven'];
/**
 * Rule "paid content's label": a sponsored piece prints the label of paid content in the byline's place, and its CMS
 * declares it as the author ("Sponsored content", "Partner content", "Paid post", "Advertorial", "Materiał partnera",
 * "Artykuł sponsorowany", "Partnerbijdrage", "Contenido patrocinado", "Publirreportaje", "Contenu sponsorisé",
 * "Anzeige", "محتوى مدعوم", "محتوى إعلاني"): the label says who paid, and names no writer.
 */
export const PAID_CONTENT_LABELS = ['sponsored(?:\\s+(?:content|post|article|story))?', 'partner\\s+content', 'paid\\s+(?:content|post|partnership)', 'advertorial', 'branded\\s+content',
  'materia[łl]\\s+(?:partnera|sponsorowany|promocyjny|reklamowy)', 'artyku[łl]\\s+sponsorowany', 'partnerbijdrage', 'gesponsorde\\s+inhoud', 'contenido\\s+patrocinado', 'publir+eportaje',
  'contenu\\s+sponsoris[ée]', 'publireportage', 'contenuto\\s+sponsorizzato', 'conte[úu]do\\s+patrocinado', 'anzeige', 'gesponsert', 'محتوى\\s+(?:مدعوم|إعلاني|اعلاني|ممول)'];
/**
 * Rule "release line": a press release opens with the instruction to editors, set apart in bold capitals where a
 * signature would sit ("<p><strong>FOR IMMEDIATE RELEASE</strong></p>", "NEWS RELEASE", "EMBARGOED UNTIL …",
 * "Sperrfrist", "COMUNICADO DE PRENSA", "COMUNICATO STAMPA", "PERSBERICHT", "INFORMACJA PRASOWA"); its capitalised
 * words are shaped as a name, and name no one.
 */
export const RELEASE_LINE = /^(?:for\s+(?:immediate\s+)?release|(?:news|press|media)\s+release|embargoed|under\s+embargo|sperrfrist|pressemitteilung|communiqu[ée]\s+de\s+presse|comunicado\s+(?:de\s+prensa|[àa]\s+imprensa|de\s+imprensa)|nota\s+de\s+(?:prensa|imprensa)|bolet[íi]n\s+de\s+prensa|comunicato\s+stampa|persbericht|informacja\s+prasowa)(?!\p{L})/iu;
/**
 * Legal forms that end company and association names ("Example GmbH", "Verein e.V.", "Example Holdings, Inc."):
 * written after the name, with or without a comma before them; no person's.
 */
export const LEGAL_FORMS = ['e\\.\\s?V', 'GmbH', 'AG', 'SE', 'KG', 'KGaA', 'Ltd', 'Inc', 'LLC', 'LLP', 'plc', 'Corp', 'S\\.A', 'S\\.L', 'SAS', 'SpA', 'B\\.V', 'N\\.V'];
/**
 * A genre label and its byline word: "Ein Interview von", "Analysis by", "Opinión por". Rule "guest genre": opinion
 * pages credit an outside writer's piece as a guest's ("Guest column by Jane Doe", "A guest essay by …"), the genre
 * after the word.
 */
export const GENRE_CREDIT = String.raw`(?:(?:${GENRE_ARTICLES.join('|')})\s+)?(?:guest\s+)?(?:${GENRE_WORDS.join('|')})\s+(?:by|von|par|por|di|de)`;
/**
 * Rule "joint credit for the work": a feature credits one writer for the words and more ("Words and analysis by",
 * "Text, photos and video by", "Reporting and graphics by"). Each word names a part of the work, none a second
 * person, so the list is the label; without a writing part ("Photos and video by") it credits no writer.
 */
const WRITING_WORK = String.raw`(?:words|text|reporting|story|analysis)`;
const JOINT_WORK_CREDIT = String.raw`${WRITING_WORK}(?:\s*(?:,|and|&)\s*(?:${WRITING_WORK}|photos?|photography|pictures|graphics|illustrations?|video|data|research))+\s+by`;
export const JOINT_WORK_LABEL = new RegExp(String.raw`^\s*${JOINT_WORK_CREDIT}\s+`, 'iu');
/**
 * Words that open with "reporter" (記者, 记者) and are no credit: press conference (記者會, 記者会見, 記者招待会), press
 * corps (記者団), press room, press card, press seats and the journalists' day (記者節). A title glued to a name
 * ("記者王小明") is a byline; these are not names.
 */
export const REPORTER_COMPOUND_WORDS = '(?:會|会|招待|団|團|室|証|證|席|節|节|站|クラブ)';
/**
 * Rule "Tribun reporter line": Indonesian network papers open the story with "Laporan Wartawan Tribunnews.com,
 * Andi Saputra" ("report by the reporter of …", also "Laporan Reporter", "Laporan Koresponden", "Laporan
 * Kontributor"): the outlet, a comma, then the writer. The label runs to the comma; the name is what follows.
 */
export const TRIBUN_REPORTER_LABEL = /^laporan\s+(?:wartawan|reporter|koresponden|kontributor)\s+[^,]{1,40},\s*/iu;
/**
 * Rule "our correspondent": papers credit their staff abroad as the paper's own correspondent, where they file from,
 * then the name ("De notre correspondante à Berlin, Jane Doe", "Von unserem Korrespondenten in Rom, …", "Dal nostro
 * corrispondente a Parigi, …", "De nuestro corresponsal en Roma, …", "From our correspondent in Delhi, …"); the
 * label and the place run to the comma, and the name is what follows. Without a place the name follows the label.
 * French and Spanish regional papers credit their local correspondents with "by" in place of "from" ("Par notre
 * correspondant Jean Dupont", "Por nuestro corresponsal …").
 * Rule "our staff writer": German and Dutch regional papers credit their own newsroom's writers the same way, as
 * "our" editor, reporter or contributor ("Von unserer Redakteurin Jane Doe", "Von unserem Mitarbeiter …", "Van onze
 * verslaggever Jan de Vries", "Door onze correspondent in Brussel, …").
 */
export const OUR_CORRESPONDENT_LABEL = /^(?:(?:de|par)\s+not(?:re|s)\s+(?:correspondant(?:e|s|es)?|envoy[ée](?:e|s|es)?\s+sp[ée]cia(?:l|le|ux|les))|von\s+unser(?:em|er|en)\s+(?:(?:sonder)?korrespondent(?:en|in|innen)?|redakteur(?:in|innen|en)?|mitarbeiter(?:in|innen)?)|(?:van|door)\s+onze\s+(?:correspondent(?:e|en)?|verslag(?:gever|geefster|gevers)|redacteur(?:en)?|medewerk(?:er|ster|ers))|dal(?:la)?\s+nostr[oa]\s+(?:corrispondente|inviat[oa](?:\s+speciale)?)|(?:de|por)\s+nuestr[oa]\s+(?:corresponsal|enviad[oa]\s+especial)|(?:from\s+)?our\s+(?:own\s+)?correspondent)(?:\s+(?:à|a|au|aux|en|in|im|nach|aus|da|desde)\s+[^,:]{1,40}\s*[,:]\s*|\s*[,:]\s*|\s+)/iu;
/**
 * An Arabic correspondent's credit up to the colon before the name: the place filed from and a dash, if any, then
 * "correspondent" and the one to four words of whose ("الخرطوم - مراسل الأناضول: …", "مراسل القناة: …"); the words
 * are the first group. See rules "agency's correspondent" and "the outlet's own correspondent" in authors.ts.
 * Rule "correspondent's dash": Arab-Israeli and Palestinian local sites set a spaced dash where others set the colon
 * ("مراسل الموقع - سامر حاج يحيى"), as their datelines part the place from the outlet; the dash must stand between
 * spaces, so a hyphened word of the outlet's name is not read as the parting.
 */
export const CORRESPONDENT_CREDIT = /^\s*(?:[\u0621-\u0652]+(?:\s+[\u0621-\u0652]+)?\s*[-–—]\s*)?(?:ال)?مراسل(?:ة|و)?\s+([^\s:：،,]+(?:\s+[^\s:：،,]+){0,3})(?:\s*[:：]|\s+[-–—](?=\s))\s*/u;
/**
 * Rule "correspondent at a place": Nigerian and Indian papers credit a story to their correspondent and give only where
 * it was filed after the comma ("From our correspondent, Lokoja"), and Pakistani ones the same without "From" ("Our
 * Correspondent, Multan"); one word after the label is that place, where a writer is named in full. Such a line names no writer, and is the story's credit line as a newsroom's is.
 */
export function creditsCorrespondentAtPlace(text: string): boolean {
  const rest = text.replace(OUR_CORRESPONDENT_LABEL, '');
  return rest !== text && ONE_WORD.test(rest);
}
const ONE_WORD = /^\s*[\p{L}\p{M}'’.-]+\s*$/u;
/**
 * Rule "prepared by": Polish, Czech, Slovak, Ukrainian and Russian papers credit the writer who put a story together
 * from agency copy or a release with "prepared" in the writer's gender before the name: Polish "oprac." and "opr."
 * (short for "opracowanie", "opracował(a)"), Czech "Připravil(a)", Slovak "Pripravil(a)", Croatian, Serbian and
 * Bosnian "Pripremio", "Pripremila", "Pripremili" (and the Serbian Cyrillic "Припремио"), Ukrainian "Підготував(ла)",
 * Russian "Подготовил(а)"; the writer is the name after the word.
 */
export const PREPARED_BY_WORDS = ['oprac\\.', 'opr\\.', 'opracowa(?:nie|ł|ła)', 'připravil[ai]?', 'pripravil[ai]?', 'pripremi(?:o|la|li)', 'припреми(?:о|ла|ли)', 'підготува(?:в|ла|ли)', 'подготовил[аи]?'];
/**
 * Rule "colons of other scripts": Amharic pages label the reporter "ዘጋቢ፦" and the writer "ጸሐፊ፦" (or "ፀሐፊ"), with
 * the Ethiopic colon (፦) or word space (፡) where Latin writes a colon, and Khmer pages the writer "ដោយ៖" ("by"),
 * with the Khmer colon (៖). The words open sentences too ("ដោយ" is also "because"), so only with a colon of some script.
 */
export const ETHIOPIC_KHMER_BYLINE_WORDS = 'ዘጋቢ|ጸሐፊ|ፀሐፊ|ដោយ';
/**
 * Rule "Burmese writer's label": Myanmar sites label the writer "ရေးသားသူ" ("the one who wrote") or the reporter
 * "သတင်းထောက်", then a dash or a colon ("ရေးသားသူ - မင်းသူရ ၊ ဒီဇင်ဘာ ၇၊ ၂၀၂၆"); the nouns name a role, and a story's
 * sentence that uses them runs on with no dash after them.
 */
export const BURMESE_BYLINE_LABEL = '(?:ရေးသားသူ|သတင်းထောက်)\\s*[-–—:：]\\s*';
/**
 * Rule "Yoruba byline": Yoruba papers credit the writer "Látọwọ́ …" or "Láti ọwọ́ …" ("from the hand of") in the byline
 * box, tone marks written as combining accents or not at all; the words are no part of the name.
 */
export const YORUBA_BY = String.raw`l[aá]\p{M}*t(?:[iì]\p{M}*\s+)?[oọ]\p{M}*w[oọ]\p{M}*`;
/**
 * Rule "joint credit": features credit one person for the text and the pictures or the interview in one label ("Text
 * und Fotos: Jane Doe", "Texto y fotos:", "Texte et photos :", "Words and pictures:", Vietnamese "Bài và ảnh:" or
 * "Bài, ảnh:", often signed under the text, Czech "Text a foto:", Polish "Tekst i zdjęcia:", and the Nordic local papers'
 * "Text och bild:" (Swedish), "Tekst og foto:" (Norwegian and Danish), "Teksti ja kuvat:" (Finnish), "Texti og myndir:"
 * (Icelandic), as often under the text as over it). Rule "text and pictures by one writer": Russian, Ukrainian and
 * Belarusian papers write it either way round, "Текст и фото:", "Текст і фото:", "Фото и текст:", usually as the
 * story's closing line. The label is the writer's, not the photographer's: the picture label inside it would
 * otherwise be read as another role's credit and cut the writer off.
 */
export const JOINT_CREDIT = String.raw`(?:(?:text|texte|texto|testo|tekst|teksti|texti|words|bài|текст)\s*(?:und|and|et|y|e|a|i|och|og|ja|và|и|і|&|\+|\/|,)\s*(?:fotos?|photos?|bild(?:e|er)?|billeder|bilete?|pictures|interview|illustrations?|zdj[eę]cia|ảnh|kuvat?|mynd(?:ir)?|фото)|фото\s+(?:и|і)\s+текст)`;
export const JOINT_CREDIT_LABEL = new RegExp(String.raw`^\s*${JOINT_CREDIT}\s*[:：]\s*`, 'iu');
/**
 * Rule "fatwa's answerer": a fatwa page credits the scholar who gave the ruling as its writer, labelled "المفتي:" (the
 * mufti), "المجيب:" (the answerer) or "أجاب عنها:" (answered it); labels only before their colon, as "المفتي" alone is
 * the grand mufti a news story speaks of.
 */
export const FATWA_ANSWERER_LABELS = ['المفتي', 'المجيب', 'أجاب\\s+عن(?:ها|ه)', 'اجاب\\s+عن(?:ها|ه)'];
/**
 * The participle and "by" a writer's credit opens with in Romance languages and German (see rule "written by, in
 * Romance and German"), each spelt from a letter, as line readers test a line's first character before the pattern.
 * Rule "written by, in the Nordic languages": Faroese and Nordic local papers credit the writer with the participle
 * too, Faroese "Skrivað av", Norwegian "Skrevet av", Danish "Skrevet af", Swedish "Skrivet av"; like "av" and "af"
 * alone they only ever introduce the writer's name. Rule "Romance sender's row" (see byline-dates.ts): Spanish and
 * Portuguese CMS packs credit the account that sent the item in, "Enviado por …", "Postado por …", as English ones
 * say "Submitted by" and "Posted by".
 */
export const WRITTEN_BY_PARTICIPLES = ['r[ée]dig[ée]e?\\s+par', 'enviad[oa]\\s+por', 'postad[oa]\\s+por', 'skriva[ðd]\\s+av', 'skrevet\\s+a[vf]', 'skrivet\\s+av', 'écrite?\\s+par', 'ecrite?\\s+par', 'escrit[oa]\\s+por', 'redactad[oa]\\s+por', 'scritt[oa]\\s+da', 'geschrieben\\s+von'];
/**
 * Byline lead-ins in the languages of the corpus and Arabic ("بقلم" = "by the pen of", "كتب" = "wrote", "حوار" =
 * "interview by", "أجرت الحوار" / "أجرى الحوار" = "held the interview" (rule "who conducted the interview"), "متابعة" = "follow-up by", "فريق التغطية" = "coverage team" (rule "coverage team"), "بواسطة" = "by", as Arabic WordPress themes print it, "إعداد" = "prepared
 * by", also as "إعداد وتقديم" and "إعداد وتحرير", prepared and presented or edited by the same writer), including genre labels ("Ein Kommentar von", "Analysis by"), Russian
 * "Текст" and Finnish "Teksti" ("text"), Hebrew "מאת" ("by"), Urdu "رپورٹ" / "تحریر" ("report", "writing"), Hindi "रिपोर्ट" / "लेखक" ("report", "writer"), Bengali "লেখক" ("writer"), Greek "Του" / "Της" / "Των"
 * ("of": the name follows in the genitive) and "Από τον" / "Από την" / "Από τους" ("by", the name in the accusative; a second name in the credit keeps its
 * article alone, "και τον …"), Greek "Γράφει ο/η" and "Γράφουν οι" ("writes", "write", with the name's
 * article), Persian "خبرنگار" / "نویسنده" / "نویسندگان" ("reporter", "writer", "writers"), Sorani Kurdish "نووسەر" ("writer"), "نووسینی"
 * ("written by") and "ئامادەکردنی" ("prepared by"), Pashto "لیکوال" and "خبریال" ("writer", "reporter"), Thai "โดย" ("by") and "เขียนโดย" ("written by"), and
 * Chinese and Japanese "作者" / "记者" / "記者" ("author", "reporter"), also as "本报记者" ("this paper's reporter"), and the
 * Chinese text credit "文/" ("text/"), which Hong Kong papers write with a colon, "撰文：" / "文：" ("writing:"); the writer's labels of Serbian "Аутор", Hungarian "Szerző", Lithuanian
 * "Autorius", Latvian "Autors" (a woman writer's "Autore", also the Italian author's label), Slovenian "Avtor", Albanian "Autori", Greek "Συντάκτης" / "Συντάκτρια" ("writer", the
 * staff writer's label on Greek portals), Finnish "Toimittaja" / "Toimittajat" ("reporter", "reporters"), Belarusian "Аўтар", Icelandic "Höfundur",
 * Azerbaijani "Müəllif", Uzbek "Muallif" (Uzbek Cyrillic and Tajik "Муаллиф"), Mongolian "Сурвалжлагч" ("reporter"), Georgian "ავტორი", Armenian "Հեղինակ" (which Armenian follows with its own comma,
 * "Հեղինակ՝ …", where other languages put a colon), Basque "Egilea", Vietnamese "Tác giả" ("author"), Malay and Indonesian "Oleh" ("by") and "Penulis", Greek "Γράφει" ("writes"), Thai
 * "ผู้เขียน", Tamil "எழுதியவர்" and Japanese "取材・文". Rule "Sinhala writer's word": Sri Lankan Sinhala papers open the
 * byline "ලියන්නේ" ("the one who writes", their "by") before the name, with no colon ("ලියන්නේ සමන්ත පෙරේරා"), so the
 * word is the line's label, never the writer's first name. Rule "Maltese by": Maltese papers sign "Minn Marija Borg", "minn" being
 * the language's "by" (and "from"), as Malay's "Oleh" is; a line that is only the word and a name credits the writer. Rule "reporter's name label": Japanese portals label the writer's
 * line as a form field, "記者名：中村 彩" ("reporter's name:") or "執筆者：" ("writer:"), the name after the colon. Taiwanese and Hong Kong papers credit "文／記者林美玲" ("text /
 * reporter …"), the title glued to the name. Rule "Japanese text credit": Japanese
 * magazines and papers' features credit the text with a middle dot or an equals sign instead ("文・佐藤花子",
 * "文＝佐藤花子"), the photographer after it in the same way ("写真・小林健"; see OTHER_ROLE_CREDIT), and one writer
 * who took the pictures too as "文・写真" or "写真・文" before the name ("文・写真　田村　健"); Korean features
 * credit "글" (text), or "글·사진" (text and pictures, one person's), before the reporter ("글·사진 박소연 기자",
 * "글=박소연 기자"). Columns and first-person pieces credit "Guest post by …" and "As told
 * to …" (the writer who took the story down).
 * Egyptian papers join the Arabic label to the name with a dash or a slash ("كتب-محمود سعيد:", "بقلم/ خالد يوسف"),
 * which no other language does after a byline word: either is read as the label's end for the Arabic labels only.
 * Interviews credit whoever asked the questions ("Interview by …", "Ein Interview von …", "Interview: Jane Doe", French
 * "Entretien : …", "Propos recueillis par …", Spanish "Entrevista realizada por …", and a report its reporters, "Reportage : …", Greek "Ρεπορτάζ:" (rule
 * "Greek report's credit": regional papers label their reporter so, and the word is also the noun of sentences, so only before its colon), Vietnamese "Bài:" (the
 * article's writer, the photographer's "Ảnh:" after), German "Das Interview führte …", "Die Fragen stellte …"); "Interview" alone is taken as a label only before its colon, as a
 * headline may open with the word. So is "Contributor:", how African and Asian portals label the writer of a story
 * they run ("Contributor: Jane Doe, Accra"), a word that also names a post after the name. So are the Turkish labels "Haber:" ("news", the reporter's credit), "Yazan:"
 * ("written by"), "Yazar:" ("writer"), "Muhabir:" ("reporter") and "Hazırlayan:" ("who prepared it"), Azerbaijani "Hazırladı:"
 * ("prepared"), Kurmanji "Nivîskar:" ("writer"), Antara's Indonesian "Pewarta:" ("reporter") and Greek "Επιμέλεια:"
 * ("prepared by", also the noun "care" in sentences): "Haber Merkezi" is the
 * news desk, Yazan a given name, "Yazar" also heads the writer's card ("Yazar Hakkında", "about the writer") and the
 * prepared-by words are verbs that open sentences; and the
 * Persian "گزارش:" ("report"), which without its colon opens sentences ("گزارش‌ها نشان می‌دهد", "reports show"),
 * and the Russian interviewer's credits "Беседовал(а):" ("talked with") and "Интервью взял(а):" ("interview taken by"),
 * and "Reporter:" or "Wartawan:", how Indonesian portals label the writers over the editor ("Reporter: Jane Doe, John
 * Roe | Editor: Ann Poe"), a word that also names a post after the name. So are Albanian "Nga:" ("by") and
 * "Shkruan:" ("writes"): "nga" is also the preposition "from" and "shkruan" the verb in every sentence that quotes a
 * paper, so both are labels only before their colon. So are Croatian, Bosnian, Serbian and Montenegrin "Piše:" /
 * "Pišu:" ("writes", "write"; "Пише:", "Пишу:" in Cyrillic), verbs of every sentence that quotes a paper.
 * Rule "German report's label": German club and community pages sign a match or event report "Bericht: …", the
 * reporter before the photographer ("Bericht: Jane Doe / Fotos: John Roe"); "Bericht" also opens sentences and names
 * the genre ("Ein Bericht von"), so it is the writer's label only before its colon.
 * So are the words of rule "prepared by" (PREPARED_BY_WORDS). Rule "writers' label": the labels over a list of the
 * story's writers, Czech "Autoři", Polish "Autorzy" (a woman writer's "Autorka", in Czech and Slovak too) and Finnish "Tekijät" / "Tekijä" ("authors", "author"), often
 * a heading of their own over the names; Dutch "Redactie:" ("editorial staff": the newsroom's people who wrote the
 * piece, "Redactie: Jan Peeters, An Claes") only with its colon, as "redactie" alone credits the newsroom. Rule
 * "Luxembourgish by": Luxembourg's papers write the German "Von" as "Vum" ("Vum Jang Schmit"). Rule "article by":
 * Portuguese and Spanish sites sign a story at its foot as English ones do with "Article by", "Artigo de Jane Doe e
 * John Roe." ("Artículo de …"), the reviewer credited after it ("Revisto por …", an other role's credit); portals
 * that run partners' copy credit it as "Story by" in the reader's language ("Article de …", "Historia de …",
 * "Articolo di …"). Japanese sites label the writer "ライター：" or "筆者：" (writer), before its colon only. Rule
 * "written by, in Romance and German": health and science sites label the writer with the participle, as English ones
 * do with "Written by", beside a reviewer's credit ("Rédigé par …", "Écrit par …", "Escrito por …", "Redactado por …",
 * "Scritto da …", "Geschrieben von …"). Rule "regional languages' by": the papers of Europe's regional languages sign
 * with their own word for "by" or "writer": West Frisian "Troch" ("Troch Sjoukje de Vries") and Basque "Idazlea:"
 * ("writer", beside "Egilea", "author"). Rule "East African written by": Kinyarwanda and Swahili papers credit the
 * writer with the passive and "by", "Yanditswe na …", "Imeandikwa na …" ("written by"), words that open no sentence
 * of a story; the Somali and Swahili writer's labels "Qore:", "Qoraa:", "Waxaa qoray:" and "Mwandishi:" count with
 * their colon only. The Arabic "كتابة:" ("writing") labels the writer as "Text:" does, before its colon only.
 * The words of rule "fatwa's answerer" (FATWA_ANSWERER_LABELS) open a byline too. Rule "Hebrew reporter's label":
 * Israeli local and community sites sign "כתב: …" / "כתבה: …" (reporter, a man's or a woman's; "כתבו:" for two),
 * where national ones say "מאת"; without its colon the word is the verb "wrote" or the noun "article" and opens
 * sentences, so it counts before its colon only.
 */
export const BYLINE_PREFIX = new RegExp(String.raw`^(?:${GENRE_CREDIT}|${JOINT_WORK_CREDIT}|${JOINT_CREDIT}(?=\s*[:：])|(?:written|authored|posted|submitted|contributed|hosted|produced|published|reported|reporting|report|compiled|interview(?:ed)?|article|text|words|story|photos?|guest\s+post|(?:view\s+)?(?:all\s+)?(?:posts|articles|stories)|more\s+from|more)\s+by|(?:${WRITTEN_BY_PARTICIPLES.join('|')})|(?:(?:zeige|alle)\s+)*(?:beiträge|artikel)\s+von|(?:artigo|art[ií]culo|article|historia|articolo)\s+(?:de|di)|as\s+told\s+to|more\s+from|more|by|von|vom|vum|par|por|door|av|af|oleh|minn|بواسطة|від|от|автор|текст|autor(?:in|en|es|ka|e)?|authors?|autoři|autorzy|tekijät|tekijä|text|texte|texto|testo|tekst|teksti|redakteur(?:in)?|بقلم|كتب(?:ت)?|كتبه|الكاتب(?:ة)?|(?:إعداد|اعداد)(?:\s+و(?:تقديم|تحرير))?|تقرير|حاوره|حاورته|حاورها|حاورهم|[أا]جر[ىت]\s+الحوار|حوار|متابعة|فريق\s+التغطية|מאת|رپورٹ|تحریر|रिपोर्ट|लेखक|লেখক|του|της|των|(?:από\s+)?(?:τον|την|τη|τους)|خبرنگار|نویسنده|نویسندگان|نووسەر|نووسینی|ئامادەکردنی|لیکوال|خبریال|เขียนโดย|โดย|作者|記者名|執筆者|(?:本报|本報)?(?:记者|記者)|аутор|szerző|autorius|autors|penulis|avtor(?:ica)?|autori|аўтар|höfundur|müəllif|muallif|муаллиф|сурвалжлагч|ავტორი|հեղինակ|egilea|idazlea|troch|yanditswe\s+na|imeandikwa\s+na|tác\s+giả|συντάκτ(?:ης|ρια|ες)|toimittaja(?:t)?|γράφει\s+(?:ο|η)|γράφουν\s+οι|γράφει|ผู้เขียน|எழுதியவர்|ලියන්නේ|取材・文)(?:\s*[:：՝]\s*|\s+|$)|^(?:文\s*[・＝=]\s*写真|写真\s*[・＝=]\s*文)(?:\s*[:：＝=]\s*|\s+)|^(?:文|撰文)\s*[／/:：｜|・＝=]\s*|^글(?:\s*[·ㆍ・]\s*사진)?(?:\s*[=:：/]\s*|\s+)|^(?:记者|記者)(?!${REPORTER_COMPOUND_WORDS})(?=\p{Script=Han}{2,4}$)|${TRIBUN_REPORTER_LABEL.source}|${OUR_CORRESPONDENT_LABEL.source}|^(?:بقلم|كتب(?:ت)?|كتبه|(?:إعداد|اعداد)(?:\s+و(?:تقديم|تحرير))?|تقرير)\s*[-–—/]\s*|^(?:interview|entretien|entrevista|intervista|reportage|bericht|ρεπορτ[άα]ζ|bài|contributors?|ライター|筆者|redactie|haber|yazan|yazar|muhabir|nga|shkruan|piše|pišu|пише|пишу|hazırlayan|hazırladı|nivîskar|كتابة|כתב[הו]?|qore|qoraa|waxaa\s+qoray|mwandishi|onye\s+edemede|mai\s+rahoto|pewarta|επιμ[έε]λεια|írta|گزارشگر|گزارش|نوشته|${FATWA_ANSWERER_LABELS.join('|')}|беседовал[аи]?|интервью\s+взял[аи]?)\s*[:：]\s*|^(?:${ETHIOPIC_KHMER_BYLINE_WORDS})\s*[:：፦፡៖]\s*|^${BURMESE_BYLINE_LABEL}|^(?:reporter|wartawan)\s*[:：]\s*|^${YORUBA_BY}\s+|^(?:${PREPARED_BY_WORDS.join('|')})\s*[:：]?\s*|^(?:propos\s+recueillis\s+par|entrevista\s+realizada\s+por)\s+|^(?:das\s+interview\s+führten?|die\s+fragen\s+stellten?)\s+`, 'iu');
/**
 * The title of an agency's correspondent, printed before the agency and the name in a Russian dateline's credit
 * ("Корр. ТАСС Ирина Белова", "Спец. корр. ТАСС …", "Собкор ТАСС …"): correspondent, special correspondent, staff
 * correspondent, in full or abbreviated.
 */
export const CORRESPONDENT_TITLE = /^(?:(?:спец\.?\s*|собств\.?\s*)?корр(?:\.|еспондент)|спецкор(?:\.|респондент)?|собкор\.?)\s*/iu;
/**
 * Labels that name both genders or the plural in one word ("Autorin/Autor", "Autor*in", "Autor:innen",
 * "Author(s)"). The slash would otherwise split the label into a name of its own.
 */
export const INCLUSIVE_AUTHOR_LABEL = /^\s*(?:autor(?:in)?\s*\/\s*(?:autor(?:in)?|in)|autor[*:_]in(?:nen)?|autor\(in\)|authors?\s*\/\s*authors?|author\(s\))\s*[:：]?\s+/iu;
/**
 * "and" between two names; " و " is Arabic "and", "και" Greek. Rule "spaced initials": "و" before a word of one
 * letter opens an agency's initials ("و م ع", Morocco's MAP, after the site's name: "هسبريس - و م ع"), no second name.
 * The "i" that opens a Balinese name ("Reporter: I Made Ardika") is no "and" (rule "Balinese name prefixes").
 */
const NAME_AND = String.raw`(?:and|und|et|y|e|en|i(?!\s+${BALINESE_NAME_AFTER_PREFIX})|og|och|a|și|ve|и|و(?!\s+\S(?:[\s.]|$))|και)\s`;
/**
 * Rule "writer's trade before the name": Arabic bylines title the writer by trade before the name, "الكاتب الصحفي محمود
 * عبد الرحيم" (the journalist and writer), "الصحفية منى سالم", "الإعلامي …" (the broadcaster), and Egyptian papers set a
 * slash after the title as after "الدكتور/" ("بقلم الكاتب الصحفي/ محمود عبد الرحيم"). The trade is no part of the name,
 * and the slash after it parts the title from the name, not one writer from another. Egyptian spelling ends the words
 * in ى as often as in ي. Rule "lawyer's trade": legal columns title the lawyer who writes them so, "المحامي خالد النجار",
 * "المحامية …", as "Rechtsanwalt" and "Attorney" go before a name in other languages.
 */
export const ARABIC_TRADE_TITLE = '(?:الكاتب(?:ة)?\\s+)?(?:ال)?(?:صح(?:ا)?في(?:ة)?|صح(?:ا)?فى|إعلامي(?:ة)?|اعلامي(?:ة)?|إعلامى|اعلامى|محامي(?:ة)?|محامى)';
/**
 * Rule "body named in Arabic": an Arabic release declares its issuer by a name that opens with the kind of body it is
 * ("شركة موانئ الخليج للخدمات اللوجستية", company; "مؤسسة", "مجموعة", "هيئة", "وزارة", "جمعية", "بنك", "مصرف"); no
 * person's name opens with those words. Rule "religious-affairs body": religion pages credit the ministry, the fatwa
 * house, council or committee that issued the sermon or the ruling ("وزارة الأوقاف والشؤون الإسلامية", "دار الإفتاء
 * المصرية", "المجلس العلمي الأعلى", "لجنة الفتوى", "الهيئة العامة للشؤون الإسلامية والأوقاف"), with the article or
 * without it; those words open no person's name either. Such a name joins the parts of its remit with "و", which
 * parts no two writers in it.
 */
export const ARABIC_BODY_WORD = /^(?:ال)?(?:شركة|مؤسسة|مجموعة|هيئة|وزارة|جمعية|بنك|مصرف|مجلس|لجنة|إدارة|مركز)\s|^دار\s+ال/u;
/**
 * Rule "honorific before the slash": the same papers set the slash after the writer's honorific, doctor, professor or
 * teacher, engineer, counsellor, sheikh, general or ambassador ("بقلم الدكتور/ عادل الزهراني", "الأستاذة/ …"); the
 * honorific stays with the name, as it does written without the slash ("الدكتور عادل الزهراني").
 */
const ARABIC_HONORIFIC = '(?:ال)?(?:دكتور|أستاذ|استاذ|مهندس|مستشار|سفير)(?:ة)?|(?:ال)?شيخ|اللواء|العميد';
/** A trade title, an honorific or the writer's word, and the slash after it ("الكاتب الصحفي/ ", "الكاتبة/ ", "الدكتور/ "). */
export const TITLE_SLASH = new RegExp(`(?<![\\p{L}])(${ARABIC_TRADE_TITLE}|الكاتب(?:ة)?|${ARABIC_HONORIFIC})\\s*/\\s*(?=\\p{L})`, 'gu');

/**
 * Separators between several names; "、" is the Chinese and Japanese list comma. A comma may bring an "and" with it
 * (the serial comma: "Ann Lee, Bo Park, and Cy Diaz"), which then belongs to the separator, not the next name.
 * Exported for the body's byline rows, which are split as the credits they repeat were.
 */
export const NAME_SEPARATOR = new RegExp(String.raw`\s*(?:[,;|&/·•∙،、\n](?:\s*${NAME_AND})?|\s${NAME_AND})\s*`, 'iu');
/**
 * "and" between two writers in the languages whose word for it, capitalised, is a name or part of one: Indonesian
 * and Malay "dan" (Dan), Swahili "na" (the Korean surname Na), Vietnamese "và", Finnish and Estonian "ja",
 * Hungarian "és", Lithuanian "ir", Latvian "un", Ukrainian "та" and "і"; and in scripts without case, Hindi "और",
 * Urdu "اور", Bengali "ও" and "এবং", Thai "และ" and Tamil "மற்றும்". Matched only as written, in lowercase, so
 * apart from NAME_SEPARATOR, which ignores case. Exported for the body's byline rows. The "na" of the East African
 * "written by" ("Yanditswe na …", "Imeandikwa na …") is "by", not "and".
 */
export const LOWERCASE_AND = /(?<![Yy]anditswe|[Ii]meandikwa)\s+(?:dan|na|và|ja|és|ir|un|та|і|और|اور|ও|এবং|และ|மற்றும்)\s+/u;
/**
 * Rule "outlet after the writers": Globo's portals credit the writers, then the outlet's desk and the city ("Por Ana
 * Souza e Pedro Lima, g1 Rio — Rio de Janeiro", "…, gnotícias Rio e TV Guanabara"). The outlet's brand is one
 * lowercase Latin word, digits allowed, and the words after it are capitalised, up to a spaced dash before the city.
 * A sentence has more lowercase words; a name particle ("de Jong") and an agency in lowercase ("dpa") are told apart
 * by whoever reads the part.
 */
export const OUTLET_CREDIT = /^\p{Script=Latin}(?<=\p{Ll})[\p{L}\d]*(?:\s+\p{Lu}[\p{L}\d.-]*)*(?:\s+[-–—]\s[^]*)?$/u;
/**
 * A local paper credits itself the same way under its own name, capitalised words with short particles between them,
 * then the spaced dash and the city ("Por Rafael Lima e Ana Souza, Diário do Litoral — Santos"). Capitalised, the
 * outlet reads as a writer would, so only a reader that already knows the writers (the body's byline rule, after
 * every known name of the row) takes such a part for the outlet.
 */
export const NAMED_OUTLET_CREDIT = /^\p{Lu}[\p{L}\d.-]*(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}\d.-]*){0,3}\s+[-–—]\s[^]*$/u;
/**
 * Job titles and desk words that follow or replace a name; also the desks of South Asian sites: Urdu "ویب ڈیسک" (web
 * desk), "اسٹاف رپورٹر" (staff reporter) and the correspondent's credit that names no one, "نمائندہ خصوصی" (special
 * correspondent), "ہمارے نمائندے", "نامہ نگار"; Hindi "डिजिटल डेस्क" and "ब्यूरो" (bureau), Bengali "অনলাইন ডেস্ক";
 * rule "newsroom's network": Hindi and Marathi papers credit the newsroom as a whole as their "network" or "team"
 * ("लोकमत न्यूज नेटवर्क", "लोकसत्ता टीम"), words no name of theirs holds;
 * rule "staff reporter in the byline": Indian, Bangladeshi and Sri Lankan papers credit a story their own staff wrote
 * to the post alone, a reporter or correspondent of the paper whom it does not name ("নিজস্ব প্রতিবেদক", staff
 * reporter; "নিজস্ব সংবাদদাতা", "സ്വന്തം ലേഖകൻ", own correspondent, which
 * older Malayalam templates type with the chillu as its consonant, a virama and a zero-width joiner, "ലേഖകന്‍"; Marathi "… प्रतिनिधी", Hindi "संवाददाता",
 * Tamil "செய்தியாளர்", Telugu "ప్రతినిధి", Sinhala "වාර්තාකරු"), set in the byline where a writer's name goes; the
 * Hebrew posts printed after the writer's name ("כתבת הבריאות", the health correspondent; "כתבנו לענייני צפון", our
 * correspondent for northern affairs; "עורך", editor; "פרשן", commentator); the agencies credited together without a
 * name, as Arabic "وكالات" is: Hebrew "סוכנויות הידיעות" (the news agencies), Persian "خبرگزاری‌ها"; and the
 * newsroom credited as a whole ("Door de redactie", "Redaktionen", Romanian "Redacția", "Редакция", Ukrainian
 * "Редакція", Belarusian "Рэдакцыя", Serbian "Редакција", Persian "تحریریه"; in the Balkans Croatian, Bosnian and
 * Serbian Latin "Redakcija", Croatian and Slovenian "Uredništvo", Hungarian "Szerkesztőség", Bulgarian "Редакцията" and
 * Albanian "Redaksia", the Indonesian word with the Albanian article; rule "Baltic newsroom credits": Lithuanian and
 * Latvian papers credit the desk "Redakcija", as the Balkans do, and Estonian ones "Toimetus", the language's one word
 * for an editorial office), Arabic "تحرير
 * الموقع" and "إدارة الموقع" (the site's editing, its management) among them, and the roundup Arabic sites credit to
 * no one but the desk that gathered it, "متابعات" (follow-ups), set in the author field as a writer's name would be,
 * and the newsroom's units credited as a whole ("وحدة الرصد", the monitoring unit; "وحدة التحقيقات", investigations).
 * East African papers credit their own staff unnamed as "Na Mwandishi Wetu" ("by our reporter") or "Mwandishi wa …"
 * (the paper's reporter in a town): Swahili "mwandishi" is the reporter's post, never a name. Spanish and Portuguese
 * papers set the correspondent's post after the name ("Por Ximena Ledesma / Corresponsal", "enviado especial").
 * Catalan papers credit their desk "Redacció", whose last letter ends no ASCII word, so it is matched with the other
 * scripts' words.
 * Rule "journalist, in Romance languages": French, Spanish, Italian and Portuguese sites set the writer's trade after the
 * name, often with the beat ("Rédigé par Jane Doe, journaliste santé", "Ana Ruiz, periodista de ciencia"), as English
 * ones set "journalist", and Arabic ones "صحفي" or "صحافي" after a dash ("أحمد محمود - صحفي").
 * Rule "desk account in one word": WordPress sites post their desk's copy under an account named for the desk, written
 * as one word ("newsdesk", "webdesk", "citydesk"), which the theme's hidden author card prints where a name goes.
 * Rule "beat before the title": the words that say what a post covers go before its title ("Political Reporter", "Local Democracy Reporter", the reporters of the British and
 * New Zealand local-news schemes); cut off with the title they would be left as a name of two capitalised words, so the
 * beat's word marks the part as a title too.
 * The posts of rule "office posts" (see OFFICE_POST) are job titles too.
 * Rule "communications desk": an association's or a company's site posts its releases under its communications
 * department's account ("Service communication", "Communications Team", "Press Office"), named where a writer's name
 * goes, as a paper's desk is.
 * Rule "court desk's posts": the court and crime desk's writers carry its beat before or after their post ("Legal Affairs
 * Correspondent", "Crime and Courts Reporter", "Judicial Affairs Editor", "chroniqueuse judiciaire", the French columnist's
 * word "chroniqueur" for the court reporter); cut off with the title the beat would be left as a name of capitalised
 * words. "Court", "Justice" and "Law" are left out, as they are surnames and given names too.
 * Rule "agencies unnamed": the word "agencies" closes a newsroom's credit in every language the desk writes ("red,
 * ORF.at/Agenturen", "Rédaction et agences", "Redazione e agenzie", "Redactie en agentschappen"); it names no one.
 * Rule "research posts": think tanks credit their writers with the posts of research after the name ("Senior Fellow",
 * "Visiting Fellow", "Research Assistant", "Research Associate", "Nonresident Scholar", "Policy Lead", "Principal
 * Economist", "Visiting Professor", "PhD Candidate", "Vice President for Research"); the post's last word marks it, or
 * its first where "for" or "of" names the field.
 * Rule "the programme is no writer": Arab channels' sites file a programme's pages under the programme's name where a
 * writer's goes, in the meta row and as the JSON-LD author, a Person as often as not ("برنامج المجلس"); the word
 * "برنامج" (programme) names a show, which no person's name holds.
 * Rule "the spokesperson's office is no writer": Israeli portals run a municipality's or a ministry's release under its
 * press office's name, in the meta row and the author meta ("דוברות עיריית …", the spokesperson's office, or "דובר
 * המשטרה", the police spokesman); the office or the post names no writer, and no person's name holds the word.
 * Arab broadcasters credit their desk as the newsroom, "غرفة الأخبار", as English ones do with "Newsroom"; Somali
 * portals post under the editor's or the reporter's post, "Tifaftiraha" (the editor), "Wariyaha" (the reporter).
 * Rule "the paper's report": South Asian papers credit a story their own staff wrote, naming none of them, as the
 * paper's or the desk's report ("Post Report", "Desk Report", "Staff Report", "Online Report"); "report" names a
 * piece of writing, which no person's name holds.
 * Rule "Philippine newsroom posts": Filipino and Cebuano papers, campus papers most of all, set the writer's post after
 * the name as English ones do ("Ni Ana Cruz, Punong Patnugot", the editor-in-chief; "Patnugot" the editor, "Manunulat"
 * and Cebuano "Magsusulat" the writer, "Tagapag-ulat" and Cebuano "Tigbalita" the reporter); no name holds the words.
 * Rule "the Yoruba editor's account": Yoruba WordPress sites post their desk's and the agencies' copy under an account
 * named "Olóòtú" (the editor), tone marks composed, decomposed or left off; it is a post, never a name.
 * Rule "content account": British and Irish group sites post what readers, clubs and advertisers send in under an
 * account named for the kind of copy ("Community Content", "Sponsored Content", "Partner Content"), in the byline and
 * as the JSON-LD Person alike; "content" names copy, which no person's name holds.
 */
export const ROLE_WORDS = /\b(?:coordinator|officer|manager|specialist|spokesperson|adviser|advisor|consultant|researcher|intern|fellow|assistant|associate|scholar|lead|economist|scientist|professor|lecturer|candidate|president|chair|staff|writer|rep[oó]rter|report|correspondent|editor|editors|editorial|contributor|content|columnist|journalist|journalistes?|periodistas?|giornalist[ai]|jornalistas?|redaktion|redaktor|redakteur|redacci[oó]n|reda[cç][aã]o|redac[țţt]ia|r[ée]daction|r[ée]dact(?:eur|rice)|redazione|redactie|redaksia?|redakcija|toimetus|uredni[šs]tvo|szerkeszt[őo]s[ée]g|redaktionen|redaksjonen?|redakce|korrespondent(?:in)?|corresponsal(?:es)?|correspondente|enviad[oa]\s+especial|mwandishi|tifaftir(?:e|aha)|wariy(?:e|aha)|autor|photographer|fotograf|redakteurin|redaktorin|reporterin|journalistin|redakcja|team|(?:news|web|city)?desk|newsroom|bureau|haber merkezi|senior|chief|political|business|news|local|online|agencies|agency|agenturen|agences|agencias|agenzie|agentschappen|guest|author|freelance|analyst|director|head|producer|chroniqueu(?:r|se)s?|affairs|legal|crime|courts|judicial|judiciaire|communications?|press\s+office|patnugot|manunulat|tagapag-?ulat|magsusulat|tigbalita)\b|مراسل|محرر|المحرر|صحفي|صحافي|فريق|تحرير|غرفة\s+ال[أا]خبار|إدارة|قسم|وحدة|وكالات|متابعات|خاص|برنامج|(?<!\p{L})(?:redacció|редакция|редакции|редакцията|редакція|редакції|рэдакцыя|рэдакцыі|редакција|редакције|ڈیسک|اسٹاف رپورٹر|نمائندہ|نمائندے|نامہ نگار|डेस्क|ब्यूरो|नेटवर्क|टीम|ডেস্ক|संवाददाता|प्रतिनिधि|प्रतिनिधी|প্রতিবেদক|সংবাদদাতা|প্রতিনিধি|ലേഖകൻ|ലേഖകന്\u200D|ലേഖിക|ലേഖകർ|ലേഖകര്\u200D|செய்தியாளர்|நிருபர்|ప్రతినిధి|విలేకరి|ಪ್ರತಿನಿಧಿ|වාර්තාකරු|כתב|כתבת|כתבי|כתבנו|כתבתנו|כתבינו|עורך|עורכת|פרשן|פרשנית|סוכנויות|דוברות|דובר|דוברת|خبرگزاری‌ها|تحریریه|ol[oó]\p{M}*[oò]\p{M}*t[uú]\p{M}*)(?!\p{L})/iu;
/**
 * Rule "office posts": municipal, NGO and university newsrooms sign with the writer's post in their organisation
 * rather than a newsroom title ("Jennifer Okafor, Communications Coordinator", "Amara Nwosu<br>Programme Officer,
 * West Africa", "Press Officer", "Policy Adviser", "Research Specialist"); the post's last word marks it.
 */
export const OFFICE_POST = /\b(?:coordinator|officer|manager|specialist|spokesperson|adviser|advisor|consultant|researcher|intern)\b/iu;
/**
 * Arabic labels of the roles other than the writer's, written with a colon before the name: photographed by, picture,
 * source, translation, editing, editor, proofreading, review, design, drawing, graphics, directing, montage, lens, presenting,
 * video, and the date's and the section's fields; and the meta row's other fields, its counters and its tags, whose
 * value may be words ("التعليقات: لا يوجد", comments: none). Rule "share label is no city": the share row's label
 * ("شارك:", "شاركها:", "مشاركة:", share; "تابعنا:", follow us) before the networks' links, which a template sets side
 * by side with no space between ("شارك:فيسبوكإكسواتساب"), is one Arabic word and a colon before words, as a city
 * before its writer is.
 * Joomla's Arabic category label ("الفئة:", rule "Joomla's category, in Arabic" in link-labels.ts) is the section's
 * field too, set right after the writer's ("كتب بواسطة: مراسل الجنينة" then "الفئة: غرب دارفور").
 * A word there that is none of them is the city the writer files from (see the authors' rule "city and colon").
 */
export const ARABIC_OTHER_ROLE_LABELS: ReadonlySet<string> = new Set(['تصوير', 'صورة', 'الصورة', 'صور', 'المصدر', 'مصدر', 'ترجمة', 'تحرير', 'محرر', 'المحرر', 'تدقيق',
  'مراجعة', 'تصميم', 'رسم', 'رسوم', 'جرافيك', 'إخراج', 'اخراج', 'مونتاج', 'عدسة', 'تقديم', 'فيديو', 'التاريخ', 'القسم',
  'التعليقات', 'تعليقات', 'المشاهدات', 'مشاهدات', 'القراءات', 'قراءات', 'الزيارات', 'زيارات', 'الوسوم', 'التصنيف',
  'الفئة', 'شارك', 'شاركها', 'مشاركة', 'تابعنا']);
/**
 * Rule "picture credit after the writer's": the picture's word and the "of" of its language ("Testo di Giulia Russo,
 * foto di Marco Neri", "Texto de Ana Silva | Fotografia de Rui Costa", "Photos de …") credit the photographer, as the
 * labels with a colon do; Polish writes "zdjęcia:" or "fot." ("pictures", "photo"), Dutch "Beeld" ("image"), both also
 * without a colon after the list's separator ("Tekst Jan de Vries • Beeld Els Bakker"), and so does Lithuanian "Nuotr."
 * ("photo"); Finnish credits the pictures "Kuva:", "Kuvat:" or "Kuvaaja:" (photographer), Icelandic "Mynd:" or
 * "Myndir:", Lithuanian "Nuotrauka:" or "Nuotraukos:".
 */
export const PICTURE_WORDS = '(?:fotos?|fotograf[ií]as?|fotografien?|immagini|photos?|images?)';
/**
 * A credit for another role in the same byline ("Written by Jane Doe / Edited by John Roe", "Text: Jane Doe
 * Übersetzung: John Roe", Russian "Текст: Jane Doe, фото: John Roe"): editors, translators, illustrators and
 * photographers did not write the piece, and the names after the label are theirs. Rule "research credit": a
 * fact-check credits its researchers, editors and checkers beside the writer ("Reporting by Jane Doe. Additional
 * research by Ann Poe.", "Edición: …", "Verificación: …", "Investigação: …"), none of them a writer. Only labels with "by"/"von" or a colon count: "Photo" alone may end a name. Cut
 * Chinese credits the pictures with "图/" or "摄影：" ("pictures", "photography") after "文/" (text), and the editor with
 * "编辑｜" or the duty editor with "责任编辑："; Japanese credits the pictures, the photographer or the illustrator
 * with a middle dot or an equals sign as well ("写真・小林健", "撮影＝森川亮", "イラスト・…"). Rule "photographer
 * after the Arabic writer": Gulf and Egyptian papers run the picture credit on in the writer's line after a dash,
 * with the role's label and a colon or slash ("كتبت: نورة علي - تصوير: سالم حسن"); the other roles' Arabic labels
 * (ARABIC_OTHER_ROLE_LABELS) end the writers' part the same way. Cut only from a line that opens with a writer's
 * credit: in "Revised Edition Edited by Jane Doe" what precedes the label is a book's description, not a name.
 * The photo's label inside the Cyrillic joint credit ("Текст и фото: …", rule "text and pictures by one writer") is
 * the writer's, and cuts nothing.
 * Rule "agency rewrite credit": agency copy credits the desk writer who put the reporters' files together and the
 * reporters who sent a quote or a figure after a semicolon or a comma, among the editors ("Reporting by Jane Doe;
 * Additional reporting by Tom Lee; Writing by John Roe; Editing by Ann Poe"); the lead reporters are the story's
 * writers, as the byline the agency's own site prints them. Papers credit such help in the byline itself ("By Jane
 * Doe with reporting by Tom Lee", "…, with additional reporting by …"), the byline's writer before it.
 * Rule "video crew's roles": a channel's video page credits its crew in the reporter's line ("Reportage : Jane Doe –
 * Montage : John Roe", "Muhabir: … Kamera: …", "Texto: … | Edición: …"): the editor, the camera operator and the
 * director made the pictures, not the text, as the Arabic "مونتاج:" already says.
 * Rule "clinician's review in the byline": health sites run the medical reviewer on in the writer's line after a
 * comma, the review's adverb before its verb ("By Jessica Tran, Medically reviewed by Dr. Omar Haddad"); the adverb
 * is the review credit's first word, no writer's name ("Medically" was read as a second writer).
 * Rule "translated from a language": a translated piece credits its translator with the language it was translated
 * from between the role and the name ("ترجمة عن الإيطالية: …", "ترجمة من الفرنسية: …", "Translated from the French
 * by …"), and the name after it is the translator's, as after "ترجمة:" and "Translated by".
 */
export const OTHER_ROLE_CREDIT = new RegExp(String.raw`(?:^|\s)(?:(?:(?<=[;,]\s*)(?:additional\s+reporting|writing)|with\s+(?:additional\s+)?reporting)\s+by|(?:edited|editing|(?:(?:medically|clinically|expert)\s+)?reviewed|fact[- ]?checked|translated|illustrated|photographed|photos?|pictures|illustrations?|translation|(?:additional\s+)?research(?:ed)?)\s+by|(?:redigiert|übersetzt|bearbeitet|lektoriert|fotografiert)\s+von|(?:editado|revisto|revisado)\s+por|traducido\s+por|traduit\s+par|${PICTURE_WORDS}\s+(?:di|de|da|von|par|por)\s|(?:übersetzung|lektorat|edici[oó]n|edição|revisión|revisão|verificación|verificação|investigación|investigação|research|fotos?|fotoğraf(?:lar)?|ảnh|bilder?|illustrationen?|photos?|edited|editor|traducci[oó]n|traduction|montage|r[ée]alisation|cam[ée]ra|kamera|(?<!текст\s+(?:и|і)\s+)фото|перевод|переклад|иллюстрации|ілюстрації|zdj[eę]cia|zdj[eę]cie|zdj\.|fot\.?|beeld|kuva(?:t|aaja)?|mynd(?:ir)?|nuotrauk(?:a|os))\s*:|(?<=[,;|•·]\s*)(?:beeld|zdj[eę]cia|fot\.|nuotr\.)\s|(?:图|圖|摄影|攝影|写真|撮影|イラスト)\s*[/／:：・＝]|(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[/／:：｜|]|(?:${[...ARABIC_OTHER_ROLE_LABELS].join('|')})\s*[:/]|ترجمة\s+(?:عن|من)\s+ال[\u0621-\u064A]+\s*[:/]|translated\s+from\s+(?:the\s+)?\p{L}+\s+by)[\s\S]*$`, 'iu');

/**
 * "About the author(s)" in the languages the byline rules read, the heading of the writer's box after the text.
 * Rule "to the author": German papers head the box on a guest writer "Zur Autorin", "Zum Autor", "Zu den Autoren"
 * as often as "Über die Autorin"; "Zur Person" heads a box on someone the story is about, and is not among them.
 * Rule "about the authors, all of them": a paper by several hands heads the box of their bios in the plural, German
 * naming both genders ("Über die Autorinnen und Autoren"), Spanish and Portuguese the group ("Sobre los autores",
 * "Sobre os autores"), French with the plural article ("À propos des auteurs"); the same box as the one writer's.
 */
export const ABOUT_AUTHOR_PHRASE = String.raw`(?:about\s+the\s+(?:author|writer)s?|über\s+(?:den\s+autor|die\s+autorin|die\s+autor(?:inn)?en(?:\s+und\s+autoren)?)|zur\s+autorin|zum\s+autor|zu\s+den\s+autor(?:inn)?en(?:\s+und\s+autoren)?|à\s+propos\s+de\s+l['’]aut(?:eure?|rice)|à\s+propos\s+des\s+aut(?:eur|rice)s|sobre\s+(?:el\s+autor|la\s+autora|los\s+autores|las\s+autoras|o\s+autor|a\s+autora|os\s+autores|as\s+autoras)|sull['’]autore|over\s+de\s+auteur|o\s+autorze|عن\s+الكاتب(?:ة)?)`;

/**
 * Rule "quoted opening": a name never opens with a quotation mark. A sentence whose byline word comes before a quoted
 * title ("Von „Flowtrail Deluxe“ zu sprechen …") is no byline.
 */
export const OPENING_QUOTE = /^["'„“”«»‚‘’「『]/u;

/**
 * Taiwanese papers credit "記者王志明／台中報導" ("reporter 王志明 / reporting from Taichung"), often in brackets
 * ("〔記者王志明、林美玲／台北報導〕"): the title glued to the names, the place and "報導" after a slash. The line is a
 * byline as it stands; the names are what lies between the title and the slash. Rule "reporter's title set apart":
 * the Chinese papers of Malaysia, Singapore and North America write the same credit with a space after the title
 * ("记者 林慧敏／吉隆坡报道", "本報記者 黃文傑／舊金山報導"), as their print layouts set the title apart from the name.
 */
export const TAIWANESE_REPORTER_CREDIT = /^[〔［【（(]?(?:本报|本報)?(?:記者|记者)[ \u3000]?(\p{Script=Han}{2,4}(?:[、，,]\p{Script=Han}{2,4})*)[／/]\s*\p{Script=Han}{1,8}(?:報導|报道)[〕］】）)]?$/u;
export const TAIWANESE_CREDIT_BRACKETS = ['〔', '［', '【', '（', '('];
/**
 * Rule "agency's row with the telegram's place": Taiwanese portals that run the national agency's copy fill the
 * author row with the agency, a slash and the place and day the telegram was filed from ("中央社／ 台北6日電"); the
 * credit is the agency's, and the place and the day are no name.
 */
export const AGENCY_TELEGRAM_ROW = /^(\p{Script=Han}{2,6})\s*[／/]\s*\p{Script=Han}{1,8}(?:\d{1,2}月)?\d{1,2}日[专專]?[电電]$/u;

/**
 * Korean bylines write the role after the name, with or without a space: "김민수 기자" (reporter), "이지은 특파원"
 * (correspondent), "박철 선임기자" (senior reporter). A Korean name is two to four Hangul syllables. Several writers
 * share one role word, their names joined by a middle dot or a comma ("김민수·이지은 기자"): KOREAN_BYLINE_LIST.
 * Rule "the columnist's post": opinion pages sign a column with the writer's post in the same place, "논설위원"
 * (editorial writer), "논설실장" (chief of the editorial board), "주필" (editor-in-chief of opinion), "편집위원"
 * (contributing editor), "전문기자" (specialist reporter), in the author meta and the JSON-LD name as in the byline
 * ("김정호 논설위원"); the post is no more part of the name than "기자" is. Rule "the reporter's grade": local,
 * community and campus papers sign their junior and outside writers with the grade glued to "기자", "수습기자" (trainee
 * reporter), "인턴기자" (intern), "시민기자" (citizen reporter), "학생기자" (student reporter), in the byline row, the
 * reporter box and the JSON-LD name alike; the grade is no more part of the name than the role is.
 */
const KOREAN_ROLE = '(?:기자|특파원|선임기자|객원기자|수습기자|인턴기자|시민기자|학생기자|통신원|논설위원|논설실장|주필|편집위원|전문기자)';
export const KOREAN_ROLE_SUFFIX = new RegExp(`\\s?${KOREAN_ROLE}$`, 'u');
export const KOREAN_BYLINE = new RegExp(`^\\p{Script=Hangul}{2,4}\\s?${KOREAN_ROLE}$`, 'u');
/**
 * Rule "padded two-character name": mainland papers pad a two-character name with a space to the width of a
 * three-character one ("本报记者  刘温馨  王  浩"); two single characters between spaces are one name ("王浩").
 */
export const PADDED_HAN_NAME = /(?<=^|\s)(\p{Script=Han})\s+(\p{Script=Han})(?=\s|$)/gu;
export const KOREAN_BYLINE_LIST = new RegExp(`^(?:\\p{Script=Hangul}{2,4}\\s?[·,]\\s?)*\\p{Script=Hangul}{2,4}\\s?${KOREAN_ROLE}$`, 'u');
/**
 * Rule "writer after the place and agency": Korean wire copy opens with the place and the agency in brackets, then the
 * writers with their role and an equals sign before the first sentence ("(서울=연합뉴스) 김철수 기자 = 해양수산부는…",
 * "[부산=뉴시스]김영희·박민수 기자 = …"), and the papers that run it keep the opening as it came. The writers' credit,
 * role included, is the group.
 */
export const KOREAN_DATELINE_BYLINE = new RegExp(`^[(\\[（［]\\s*\\p{Script=Hangul}[\\p{Script=Hangul} ]{0,10}=[^)\\]）］]{1,20}[)\\]）］]\\s*((?:\\p{Script=Hangul}{2,4}\\s?[·ㆍ,]\\s?)*\\p{Script=Hangul}{2,4}\\s?${KOREAN_ROLE})\\s*=`, 'u');
/**
 * Rule "paper and writer in the opening bracket": Korean papers, and the portals that run their copy, open the first
 * sentence with the paper's name and the writer in square brackets, no place and no equals sign ("[새빛일보 박준혁
 * 기자] 대구 도시철도…", "[KNB 조민아 기자]"); the writer's credit, role included, is the group.
 */
export const KOREAN_OUTLET_BYLINE = new RegExp(`^[\\[［]\\s*[\\p{Script=Hangul}\\p{Script=Latin}\\d][\\p{Script=Hangul}\\p{Script=Latin}\\d ]{0,15}?\\s((?:\\p{Script=Hangul}{2,4}\\s?[·ㆍ,]\\s?)*\\p{Script=Hangul}{2,4}\\s?${KOREAN_ROLE})\\s*[\\]］]`, 'u');
/**
 * Japanese bylines too write the role after the name: "山田太郎記者", "山田太郎 記者" (reporter), "佐藤花子特派員"
 * (correspondent). A Japanese name in kanji is two to five characters; "本報記者" ("this paper's reporter", in
 * Taiwan and Hong Kong) is the paper's own credit, no name.
 */
export const JAPANESE_ROLE = '(?:記者|特派員|編集委員|論説委員)';
export const JAPANESE_ROLE_SUFFIX = new RegExp(`\\s?${JAPANESE_ROLE}$`, 'u');
export const JAPANESE_BYLINE = new RegExp(`^(?!本[報报])\\p{Script=Han}{2,5}\\s?${JAPANESE_ROLE}$`, 'u');
/**
 * Rule "role before the Japanese name": a senior writer's post goes before the name, set apart by a space, as often as
 * after it ("（編集委員　山田太郎）", "論説委員 佐藤花子"); the post is no part of the name.
 */
export const JAPANESE_ROLE_BEFORE_NAME = new RegExp(`^${JAPANESE_ROLE}\\s(\\p{Script=Han}{2,5})$`, 'u');
/**
 * Japanese papers sign a story with the bureau that filed it before the writer's name and role, a middle dot between
 * them ("（七尾支局・山本悠記者）", "（ワシントン総局・佐藤花子）"): the bureau is a place and its kind (bureau, head
 * office, correspondents' office), no part of the name. The head office's desk is named alone and set apart by a
 * space as often ("（報道部　高橋美咲記者）"), and so is a newsroom desk by its beat ("（経済部　森下健太）", "（社会部・佐藤花子）").
 */
export const JAPANESE_BUREAU = String.raw`[\p{Script=Han}\p{Script=Katakana}ー]{0,8}(?:支局|総局|支社|本社|通信部|報道部|(?:経済|社会|政治|国際|外信|文化|運動|科学|生活|地方|写真)部)[・\s]\s*`;
/**
 * Rule "bracketed Japanese byline": the signature in its brackets, with the bureau and the role ("（報道部　高橋美咲記者）",
 * "【七尾支局・山本悠記者】"), set where a byline is looked for; what is read is the name and its role, which the name
 * cleaning takes off.
 */
export const JAPANESE_BRACKETED_BYLINE = new RegExp(String.raw`^\s*[（【(]\s*(?:${JAPANESE_BUREAU})?(\p{Script=Han}{2,5}\s?${JAPANESE_ROLE})\s*[）】)]\s*$`, 'u');

/** A spaced dash between two names of one credit: "Hoàng Nam - Thu Trang", "أحمد فتحي - هبة سليمان". */
export const SPACED_DASH = /\s+[-–—]\s+/u;

/**
 * The words that open a note on the agency copy a writer worked into the story ("mit Material von dpa", "with
 * additional reporting from Reuters", "con información de EFE"): read behind a byline's writers (rule "agency
 * material tail") and behind a closing signature (rule "agency material note").
 */
export const AGENCY_MATERIAL_LEAD = String.raw`(?:mit\s+material\s+(?:von|der|des|aus)|with\s+(?:additional\s+)?reporting\s+(?:by|from)|con\s+informaci[oó]n\s+de)`;

/**
 * Rule "post metadata sentence": the opening of the sentence a blog theme prints under a post ("This entry was posted
 * on Sunday, February 21st, 2021 at 10:00 and is filed under …", "Dieser Eintrag wurde am … veröffentlicht"), which
 * gives its date, categories and feed links and is no part of the post.
 */
export const POST_SENTENCE_LEAD = /^(?:this\s+(?:entry|post)\s+was\s+(?:posted|published|written)|(?:dieser|diese[rs]?)\s+(?:eintrag|beitrag|artikel)\s+wurde)\s/iu;
