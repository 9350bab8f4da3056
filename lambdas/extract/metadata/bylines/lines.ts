/**
 * Byline lines: the words and labels that open a byline ("By …", "Von …", "Autor:", "文/…") and the lines that start
 * with them, as an element of their own, between line breaks or paired with a credits table's label; Korean and
 * Japanese bylines that put the role after the names; editor credits. Also the shape the other byline readers check:
 * a byline's length, a list of names, a link to a writer's page.
 */
import type { AnyNode, Element } from 'domhandler';
import { isBlank, isWhitespace } from '../../dom-walk';
import { BLOCK_TAGS } from '../../content/dom';
import { agencyAtEdge, agencyNamed, translatedAgency } from '../wire-agencies';
import { YORUBA_BY, BURMESE_BYLINE_LABEL, BYLINE_PREFIX, CORRESPONDENT_TITLE, ETHIOPIC_KHMER_BYLINE_WORDS, FATWA_ANSWERER_LABELS, GENRE_ARTICLES, GENRE_CREDIT, GENRE_WORDS, INCLUSIVE_AUTHOR_LABEL, JAPANESE_BYLINE, JOINT_CREDIT, JOINT_CREDIT_LABEL, KOREAN_BYLINE_LIST, KOREAN_DATELINE_BYLINE, KOREAN_OUTLET_BYLINE, OUR_CORRESPONDENT_LABEL, PREPARED_BY_WORDS, REPORTER_COMPOUND_WORDS, TAIWANESE_CREDIT_BRACKETS, TAIWANESE_REPORTER_CREDIT, TRIBUN_REPORTER_LABEL, WRITTEN_BY_PARTICIPLES } from '../byline-vocabulary';
import { caseInsensitiveInitials, containsAnyPattern, containsPattern, hasToken, type IndexedPage } from '../regions';

/** A byline is short; long author-class blocks are bios. */
export const MAX_BYLINE_CHARS = 100;
/**
 * Rule "text of": Italian, Spanish and Portuguese features credit the writer as the text's author, "Testo di Giulia
 * Russo", "Texto de Ana Silva", often with the photographer after ("…, foto di Marco Neri"); the word alone opens
 * sentences, so only with its "of".
 */
const TEXT_BY_WORDS = ['testo\\s+di', 'texto\\s+de'];
/**
 * Words that open a byline: "By", "Von", "Par", …, Indonesian and Malay "Oleh", Hebrew "מאת", Thai "โดย" and "เขียนโดย"
 * ("written by"); "Autor",
 * "Autorin", "Autoren" and "Author" are how German, Spanish and English pages label the line. Columns and first-person
 * pieces open theirs with "Guest post by …" or credit the writer who took the story down ("As told to …"), and any
 * piece may open with its genre (GENRE_CREDIT: "Opinion by …", "Ein Interview von …", "Analyse von …"). Blog
 * themes and their print versions say who posted the piece ("Posted by Jane Doe on 4 May"), Drupal's and community
 * papers' templates who submitted or contributed it (rule "submitted by": "Submitted by Jane Doe on Sat, 12/05/2026",
 * "Contributed by John Roe", a reader's or a club's item signed by its sender), and a roundup who
 * compiled it ("Compiled by Jane Doe"), a magazine feature who wrote its words or its story ("Words by Jane Doe / Pictures by John Roe", "Story by
 * Jane Doe", over "Video by …"), a podcast episode who hosts it ("Hosted by Jane Doe · 38 min"), whose host is its
 * writer and speaker, a station's video page who produced the clip and its text (rule "producer's credit": "Produced
 * by Jane Doe | Published: 4:20 PM", the only credit such a page prints) or who reported it ("Reported by Jane Doe"),
 * British local papers' sports pages who wrote the match report (rule "report by": "Report by Jane Doe · Saturday 5th
 * December 2026", the report being the piece itself),
 * and Central and Eastern European papers who prepared it (rule "prepared by" in
 * the byline vocabulary: "oprac. Jane Doe", "Připravila Jana Nováková", "Підготувала …").
 * Rule "words gathered by": a French interview credits the journalist who asked the questions on a line of its own
 * under the chapô, "Propos recueillis par Jane Doe", often with the date after a line break; the interviewee speaks
 * in the text, and the credit is the piece's byline.
 * Agency copy ends with its credits ("Reporting by Jane Doe in Taipei; Editing by John Roe"), which name the
 * writers when no byline sits under the headline. Rule "regional languages' by" (see the byline vocabulary): West
 * Frisian bylines open with "Troch" ("by"), and Basque ones are labelled "Idazlea:" ("writer"), a noun of sentences
 * too, so only with its colon. Yoruba's "Láti ọwọ́ …" (rule "Yoruba byline" in the byline vocabulary) opens a line of
 * its own too, in a portal's meta row or a legacy page's small type.
 */
const BYLINE_WORDS = [
  'by', 'reporting\\s+by', 'von', 'par', 'por', 'door', 'di', 'av', 'af', 'autor', 'autorin', 'autoren', 'autores', 'author', 'authors',
  'oleh', ...PREPARED_BY_WORDS, ...TEXT_BY_WORDS, 'guest\\s+post\\s+by', 'posted\\s+by', 'written\\s+by', 'words\\s+by', 'story\\s+by', 'hosted\\s+by', 'produced\\s+by', 'reported\\s+by', 'report\\s+by', 'compiled\\s+by', 'submitted\\s+by', 'contributed\\s+by', 'as\\s+told\\s+to', 'propos\\s+recueillis\\s+par', ...WRITTEN_BY_PARTICIPLES, 'troch', 'yanditswe\\s+na', 'imeandikwa\\s+na', YORUBA_BY, 'بقلم', 'كتب', 'كتبت', 'بواسطة', 'מאת', 'เขียนโดย', 'โดย',
];
/**
 * Arabic papers credit an interviewer ("حوار:", "حاوره:", "حاورها:", and, rule "who conducted the interview",
 * "أجرت الحوار:" / "أجرى الحوار:", she or he held the interview), the writer who compiled a report ("إعداد:"), the reporter
 * ("تقرير:", "report"), the writer who followed a story up ("متابعة:", as Syrian and Iraqi papers sign a reporter's
 * copy under its last line), the writer ("الكاتب:") or, rule "coverage team", the reporters a channel's live page
 * names together under its headline ("فريق التغطية: …، …"); those words also open sentences ("إعداد الطعام", "الكاتب الفرنسي"), so only the labelled form, with its
 * colon, starts a byline. So do Urdu "رپورٹ:" ("report") and "تحریر:" ("writing"), Hindi "रिपोर्ट:" and "लेखक:"
 * ("report", "writer"), Persian "خبرنگار:", "نویسنده:", "نویسندگان:" and "گزارش:" ("reporter", "writer", "writers",
 * "report"), rule "Dari reporter's label", Afghan Dari "گزارشگر:" ("reporter"), which Afghan portals print where
 * Iranian ones print "خبرنگار:" and which also opens sentences ("گزارشگر ما گفت"), so only with its colon, and, rule "Persian written-by label", "نوشته:" ("written [by]"), which Persian tech and magazine sites
 * print under the headline as others print "نویسنده:" and which also opens sentences ("نوشته‌های او", "نوشته شده
 * است"), so only with its colon; Sorani Kurdish "نووسەر:" ("writer"), Pashto "لیکوال:" and "خبریال:" ("writer",
 * "reporter"), and Chinese and Japanese "作者：", "记者：" ("author", "reporter"), whose colon is often the full-width
 * "：". Rule "this paper's reporter, labelled":
 * mainland papers and trade portals label their own staff "本报记者：" ("this paper's reporter", "本報記者：") in the
 * info row under the headline, beside the source and the reads, the field a copy from elsewhere labels "记者："; it
 * opens with 本, which no other label here does, so it is a word of its own. Features credit the writer as "Text:" (German,
 * French "Texte :", Spanish "Texto:", Polish and Norwegian "Tekst:", Finnish "Teksti:") or the interviewer as "Interview:", French and German reports
 * their reporters as "Reportage :" (the photographer's label after them, "Reportage : Jane Doe et John Roe — Photos :
 * Ann Poe"), Vietnamese papers the writer as "Bài:" ("article"), Indonesian portals the writers as "Reporter:" over
 * the editor's label, often at the foot of the text beside the
 * picture credit, portals label the writer of a story they run "Contributor:", and the writers' labels of Dutch
 * "Redactie:", Finnish "Tekijät:", Czech "Autoři:" and Polish "Autorzy:" list the writers, and Polish, Czech and Slovak "Autorka:"
 * names a woman writer; the words open sentences and
 * headlines too, so they also count only with their colon. So do the
 * writer's labels of Russian and Bulgarian "Автор:", Serbian "Аутор:", Hungarian "Szerző:" and "Írta:" ("wrote", also
 * a verb of sentences: "írta a lap"), Lithuanian "Autorius:",
 * Latvian "Autors:" (a woman writer's "Autore:", also the Italian author's label), Slovenian "Avtor:" and "Avtorica:", Icelandic "Höfundur:", Finnish "Toimittaja:" / "Toimittajat:" ("reporter", "reporters"), Indonesian "Penulis:" and Antara's "Pewarta:" ("reporter", in the credits its copy closes with,
 * "Pewarta: … / Editor: …"), Greek "Γράφει:" ("writes") and "Επιμέλεια:" ("prepared by", the journalist who put
 * together a story from agency copy and reports, often the only one named), Thai "ผู้เขียน:", Tamil "எழுதியவர்:" and
 * Japanese "取材・文：" ("reporting and text"), Vietnamese "Tác giả:" ("author"), Turkish "Haber:", "Yazan:" and
 * "Muhabir:" ("news", "written by", "reporter"), the Russian interviewer's "Беседовал(а):" ("talked with") and
 * "Интервью взял(а):" ("interview taken by"), and the Hong Kong text credits "撰文：" and "文：" ("writing", "text"),
 * often beside the photographer's ("撰文：李家明　攝影：黃志強"). So do Azerbaijani "Müəllif:", Uzbek "Muallif:" (and
 * "Муаллиф:" in Cyrillic, as Tajik writes it too), Mongolian "Сурвалжлагч:" ("reporter"),
 * Georgian "ავტორი:", Belarusian "Аўтар:" and Armenian "Հեղինակ՝" ("author"), which Armenian follows with its comma where the others write
 * a colon, and which the papers of the Caucasus and Central Asia often print under the story's last paragraph,
 * as they do Azerbaijani "Hazırladı:" ("prepared"), Turkish papers "Hazırlayan:" ("who prepared it") and Kurmanji
 * ones "Nivîskar:" ("writer"); the first two are verbs that open sentences too, and all count with their colon only.
 * Rule "Hebrew reporter's label" (see the byline vocabulary): Israeli local and community sites sign "כתב:" /
 * "כתבה:" (reporter; "כתבו:" for two), a verb or noun of sentences without its colon. So do Sorani "نووسینی:" ("written by") and "ئامادەکردنی:" ("prepared by"), and the Arabic "كتابة:" ("writing")
 * that Iraqi and Kurdistan portals print before the writer: nouns of sentences without the colon.
 * So do the East African writer's labels, Somali "Qore:" and "Qoraa:" ("writer") and "Waxaa qoray:" ("written by",
 * also how a sentence about a book opens), and Swahili "Mwandishi:" ("writer", also the writer a sentence speaks of).
 * So do the West African ones (rule "West African writer's labels"), Igbo "Onye edemede:" ("writer") and Hausa
 * "Mai rahoto:" ("reporter"), both nouns of sentences ("onye edemede ahụ", "mai rahoto ya ce"), printed by community
 * papers' and radio stations' templates above the story.
 * So do Russian and Ukrainian "Текст:" ("text"), which opens sentences without its colon, and the writer's credit
 * for the text and the pictures both (rule "text and pictures by one writer": "Текст и фото:"). So do Albanian
 * "Shkruan:" and the Croatian, Bosnian, Serbian and Montenegrin "Piše:" / "Pišu:" ("writes", "write"; "Пише:",
 * "Пишу:"), over a column or in the meta row beside the date, verbs of sentences without the colon. So does German
 * "Bericht:" (rule "German report's label"), the club report's reporter before the photographer. So do (rule
 * "Albanian writer's labels") Albanian "Nga:" ("by", also the preposition "from" of every sentence) and "Autori:" ("the
 * author"), which Albanian portals print in the meta row over the story beside the date and the view count.
 */
const LABELLED_BYLINE_WORDS = ['text', 'texte', 'texto', 'tekst', 'teksti', 'текст', 'idazlea', JOINT_CREDIT, 'interview', 'reportage', 'bericht', 'bài', 'reporter', 'contributors?', 'redactie', 'tekijät', 'tekijä', 'autoři', 'autorzy', 'autorka', 'haber', 'yazan', 'muhabir', 'حوار', 'حاوره', 'حاورته', 'حاورها', 'حاورهم', 'أجر[ىت]\\s+الحوار', 'اجر[ىت]\\s+الحوار', 'إعداد', 'اعداد', 'إعداد\\s+و(?:تقديم|تحرير)', 'اعداد\\s+و(?:تقديم|تحرير)', 'الكاتب', 'الكاتبة', 'تقرير', 'متابعة', 'فريق\\s+التغطية', 'رپورٹ', 'تحریر', 'रिपोर्ट', 'लेखक', 'خبرنگار', 'نویسنده', 'نویسندگان', 'گزارشگر', 'گزارش', 'نوشته', 'نووسەر', 'نووسینی', 'ئامادەکردنی', 'كتابة', 'لیکوال', 'خبریال', '作者', '记者', '記者', '本报记者', '本報記者',
  'беседовал[аи]?', 'интервью\\s+взял[аи]?', 'автор', 'аўтар', 'аутор', 'szerző', 'autorius', 'autors', 'autore', 'avtor', 'avtorica', 'írta', 'höfundur', 'toimittaja', 'toimittajat', 'penulis', 'pewarta', 'γράφει', 'επιμ[έε]λεια', 'ผู้เขียน', 'எழுதியவர்', '取材・文', 'tác giả', '撰文', '文',
  'müəllif', 'muallif', 'муаллиф', 'сурвалжлагч', 'ავტორი', 'հեղինակ', 'hazırladı', 'hazırlayan', 'nivîskar', 'כתב', 'כתבה', 'כתבו', 'qore', 'qoraa', 'waxaa\\s+qoray', 'mwandishi', 'onye\\s+edemede', 'mai\\s+rahoto', 'shkruan', 'nga', 'autori', 'piše', 'pišu', 'пише', 'пишу', ...FATWA_ANSWERER_LABELS];
/**
 * Chinese features credit the text and the pictures with a slash, "文/张伟 图/李明" ("text/…", "pictures/…"): the
 * text's label opens the byline, and only with its slash, as 文 also opens words. Mainland tech and business sites
 * set a bar instead ("文｜王小明", then "编辑｜陈雨" for the editor). Japanese features write a middle dot or an
 * equals sign ("文・佐藤花子"), and Korean ones "글" (text) or "글·사진" (text and pictures) before the reporter, with
 * a space or an equals sign ("글·사진 박소연 기자", "글=박소연 기자"); see rule "Japanese text credit".
 */
const SLASHED_BYLINE_LABEL = '(?:[文]\\s*[/／｜|・＝]|글(?:\\s*[·ㆍ・]\\s*사진)?(?:\\s*[=＝/:：]|\\s))';
/**
 * Rule "lowercase byline word": Romanian and Italian bylines open with a lowercase "de" or "di" ("de Andrei Popescu"),
 * Catalan ones with "per" ("per Jordi Puig i Núria Vila"), words that also open sentences and French and Spanish
 * lines in every case; capitalised, "Per" is a Scandinavian given name. Only lowercase and before names that end the
 * line, each two or three capitalised words, more writers after a comma or the "and" of those languages (Catalan
 * "i", Italian "e", Romanian "și"), is the line a byline.
 */
const LOWERCASE_BYLINE_NAME = String.raw`\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}`;
const LOWERCASE_BYLINE = new RegExp(String.raw`^(?:de|di|per)\s+${LOWERCASE_BYLINE_NAME}(?:(?:\s+(?:i|e|și)|,)\s+${LOWERCASE_BYLINE_NAME})*$`, 'u');
/**
 * Rule "capitalised byline word": Hausa papers credit the writer "Daga Aisha Garba" ("from") and Filipino ones "Ni
 * Ramon dela Cruz" ("by"), words that also open sentences ("Daga cikin …", "among") and are surnames (Ni); only
 * before names that end the line, each two or three capitalised words (a Filipino surname after its particle), more
 * writers after a comma or the "and" of those languages (Hausa "da", Tagalog "at"), is the line a byline.
 */
const CAPITALISED_BYLINE_NAME = String.raw`\p{Lu}\p{Ll}+(?:\s+(?:(?:dela|delos|de|del)\s+)?\p{Lu}[\p{Ll}'’-]+){1,2}`;
const CAPITALISED_BYLINE = new RegExp(String.raw`^(?:Daga|Ni)\s+${CAPITALISED_BYLINE_NAME}(?:(?:\s+(?:da|at)|,)\s+${CAPITALISED_BYLINE_NAME})*$`, 'u');
/**
 * Rule "writer filing from a place": Nigerian papers open a story filed away from the head office with "From", the
 * reporter and the town ("From Tunde Okafor, Lokoja"). "From" opens headings and sentences too ("From Lagos to
 * Abuja", "From Our Correspondent, …", which names no one), so only capitalised and before a name of two or three
 * capitalised words, a comma and a place of one or two words that ends the line.
 */
const WRITER_FILING_FROM_PLACE = new RegExp(String.raw`^From\s+(?!(?:Our|The|Staff)\s)${CAPITALISED_BYLINE_NAME},\s+\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+)?$`, 'u');
/**
 * Rule "Greek byline": Greek papers credit the writer with the article of the genitive, "of", and the name in that
 * case ("Του Γιώργου Αντωνίου", "Της Μαρίας Νικολάου", "Των … και …" for several), or with "writes" and the article
 * of the name ("Γράφει ο Γιώργος Αντωνίου", "Γράφει η …", "Γράφουν οι … και …"), or with "by" and the article of
 * the name in the accusative ("Από τον Γιώργο Αντωνίου", "Από την Μαρία Νικολάου", "Από τους … και …"), no colon.
 * The article and the verb open sentences as well, so the line is a byline only when the names end it: each two or
 * three capitalised words, more writers after "και" ("and") or a comma, with their own article or without. The
 * names are read as printed, in the case the credit gives them.
 */
const GREEK_NAME = '\\p{Lu}\\p{Ll}+(?:[\\s-]\\p{Lu}\\p{Ll}+){1,2}';
const GREEK_BYLINE = new RegExp(`^(?:Του|Της|Των|Γράφει\\s+(?:ο|η)|Γράφουν\\s+οι|Από\\s+(?:τον|την|τη|τους))\\s+${GREEK_NAME}(?:(?:\\s+και|,)\\s+(?:(?:του|της|τον|την|τη)\\s+)?${GREEK_NAME})*$`, 'u');
/**
 * Egyptian papers join the Arabic byline word to the name with a dash or a slash, with or without spaces ("كتب-محمود
 * سعيد", "بقلم/ خالد يوسف"); after these words the mark ends the label, as BYLINE_PREFIX reads it.
 */
const JOINED_ARABIC_BYLINE_LABEL = '(?:بقلم|كتبت?|كتبه|(?:إعداد|اعداد)(?:\\s+و(?:تقديم|تحرير))?|تقرير)\\s*[-–—/]';
/**
 * Rule "reporter glued to the name": Chinese papers set the reporter's title straight before the name, no space or
 * colon, as a line of its own ("記者王小明", "记者陈思远"); the title then opens a line of the name alone. Words that
 * open with the title (記者會, press conference) are no credit.
 */
const GLUED_REPORTER_CREDIT = `(?:记者|記者)(?!${REPORTER_COMPOUND_WORDS})\\p{Script=Han}{2,4}$`;
/**
 * Rule "reporter before the spaced names": mainland papers print the credit as a line of its own under the headline,
 * the title, a space (often the full-width one) and the names set apart by spaces, the correspondent's or the
 * intern's title before theirs ("本报记者　王云松", "记者 陈思远 周婷", "本报记者 王强 通讯员 李华"). Only a line of
 * such names, two to four characters each: a sentence that opens with the word runs on in longer words and
 * punctuation.
 */
const SPACED_REPORTER_CREDIT = `(?:本报|本報)?(?:记者|記者)\\s+(?=\\p{Script=Han}{2,4}(?:[\\s、]+\\p{Script=Han}{2,4})*$)`;
/** The Tribun network's opening line (see TRIBUN_REPORTER_LABEL), the label without its anchor. */
const REPORTER_LINE_LABEL = TRIBUN_REPORTER_LABEL.source.replace(/^\^/, '');
/** The paper's own correspondent's lead-in (see OUR_CORRESPONDENT_LABEL), without its anchor. */
const CORRESPONDENT_LINE_LABEL = OUR_CORRESPONDENT_LABEL.source.replace(/^\^/, '');
/** Typographic decoration before the byline word ("— by Jane Doe", "// By Jane Doe"). */
const BYLINE_DECORATION = '-–—.·/';
/**
 * Rule "bracketed agency credits": an agency sends the credits that close its copy in brackets ("(Reporting by Jane
 * Doe and John Roe in Mumbai; Editing by Ann Poe)"), and the portals that run the copy print them as sent. The
 * bracket opens the credit line; only before the agency's reporting credit, as a bracketed "by" or "par" opens notes
 * of every kind.
 */
const BRACKETED_AGENCY_CREDIT = '\\(\\s*reporting\\s+by\\s';
/**
 * Rule "long agency credits": the bracketed credits name every reporter with the place filed from, then the writer
 * and the editors ("(Reporting by Jane Doe in Lima and John Roe in Quito; Writing by Ann Poe; Editing by Tom Lee)"),
 * and run past a byline's length; such a line is read up to twice that length.
 */
export const MAX_AGENCY_CREDIT_CHARS = MAX_BYLINE_CHARS * 2;
const OPENING_BRACKET = '('.charCodeAt(0);
export const BRACKETED_AGENCY_CREDIT_LINE = new RegExp(`^${BRACKETED_AGENCY_CREDIT}`, 'iu');
export const BYLINE_START = new RegExp(`^[\\s${BYLINE_DECORATION.replace('-', '\\-')}]*(?:(?:${BYLINE_WORDS.join('|')}|${GENRE_CREDIT})[\\s:]|(?:${LABELLED_BYLINE_WORDS.join('|')})\\s*[:：՝]|(?:${ETHIOPIC_KHMER_BYLINE_WORDS})\\s*[:：፦፡៖]|${BURMESE_BYLINE_LABEL}|(?:reporter|wartawan)\\s*[:：]|${SLASHED_BYLINE_LABEL}|${JOINED_ARABIC_BYLINE_LABEL}|${GLUED_REPORTER_CREDIT}|${SPACED_REPORTER_CREDIT}|${REPORTER_LINE_LABEL}|${CORRESPONDENT_LINE_LABEL}|${BRACKETED_AGENCY_CREDIT})|${TAIWANESE_REPORTER_CREDIT.source}`, 'iu');
/**
 * The characters a line matching {@link BYLINE_START}, INCLUSIVE_AUTHOR_LABEL (whose forms all open with "autor" or
 * "author", byline words too), JOINT_CREDIT_LABEL ("text …", "texte …", "texto …", "testo …", "words …") or
 * GREEK_BYLINE ("Του …", "Της …", "Των …", "Γράφει …", "Από …") can start with: a text starting otherwise is not read.
 */
const BYLINE_INITIALS = new Set([
  ...[...BYLINE_DECORATION].map((character) => character.charCodeAt(0)),
  ...caseInsensitiveInitials([...BYLINE_WORDS, ...GENRE_ARTICLES, ...GENRE_WORDS, ...LABELLED_BYLINE_WORDS, '文', '글', 'text', 'words', 'Τ', 'Γ', 'Α', 'laporan', 'from', ...TAIWANESE_CREDIT_BRACKETS, ...ETHIOPIC_KHMER_BYLINE_WORDS.split('|'), 'ရေးသားသူ', 'သတင်းထောက်', 'daga', 'ni', 'reporter', 'wartawan']),
]);
/**
 * Tags of the loose lines that may start with a byline word. Old and hand-made pages set the byline as a small
 * heading or in bold or italics, or in small type of their own (`<font size="1">Texto: Jane Doe | 27/11/2026</font>`
 * in an HTML 3.2 table layout), and article footers list the credits ("Autorin/Autor …") as list items. Rule "details
 * list": Joomla's article template sets each detail of the story, the writer's credit too, as a definition list's
 * description (`<dl class="article-info"><dd class="createdby">بقلم: …</dd><dd class="published">…</dd>`), which
 * without the microdata older versions add named no one. Rule "byline in a table cell": PHP table layouts set the
 * story's info row as a table of its own under the headline, the byline in one cell and the date in the next
 * (`<td class="info">Imeandikwa na: <b>Jane Doe</b>, Lamu</td><td align="right">Jumatatu, 7 Desemba 2026</td>`); the
 * cell is the line, as a `<p>` or `<div>` is where a template marks its rows with blocks.
 */
export const LINE_TAGS = new Set(['p', 'span', 'div', 'section', 'address', 'li', 'dd', 'h5', 'h6', 'em', 'strong', 'b', 'i', 'small', 'font', 'a', 'td']);

/**
 * Some visible text and no more than a byline's, counted by the walk: a cheap first test, as most elements have no
 * text or much more. The collapsed text, spaces included, can still be too long.
 */
export function hasBylineLength(page: IndexedPage, index: number): boolean {
  const chars = page.walk.visibleChars[index];
  return chars > 0 && chars <= MAX_BYLINE_CHARS;
}

/**
 * "김민수 기자", "김민수·이지은 기자 minsu@example.kr", "山田太郎記者": Korean and Japanese bylines name the writers
 * first and the role after (see KOREAN_BYLINE_LIST, JAPANESE_BYLINE), so no byline word opens them. A short line
 * after the headline of that shape and nothing else, the writer's e-mail address aside, is the byline when no other
 * is found; {@link firstBylineLine} notes the first in the walk it makes anyway.
 */
export interface SuffixedByline {
  line: string | null;
}
const HANGUL_SYLLABLES_START = 0xac00;
const HANGUL_SYLLABLES_END = 0xd7a3;
const CJK_IDEOGRAPHS_START = 0x4e00;
const CJK_IDEOGRAPHS_END = 0x9fff;
const TRAILING_EMAIL = /\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;

function startsSuffixedByline(first: number): boolean {
  return (first >= HANGUL_SYLLABLES_START && first <= HANGUL_SYLLABLES_END) || (first >= CJK_IDEOGRAPHS_START && first <= CJK_IDEOGRAPHS_END);
}

function isSuffixedByline(page: IndexedPage, index: number, text: string | null): text is string {
  if (text === null || !page.followsHeadlineAt(index)) return false;
  const credit = text.replace(TRAILING_EMAIL, '');
  return (KOREAN_BYLINE_LIST.test(credit) || JAPANESE_BYLINE.test(credit)) && !page.isAnotherItemsRegion(page.walk.elements[index]);
}

/**
 * "<div class="label">Interview</div><div class="value">Jane Doe</div>": a credits table at the foot of a feature
 * sets each role's label and the name in elements of their own, paired in a parent of their own, the writer's
 * among the photographer's and the stylist's. The label is the element's whole text, so a sentence that starts
 * with the word is not one, and only its pair is read: a paragraph that just says "Text" is no label.
 * Rule "labelled byline list": news apps that print the byline as a list of fields label each field for screen
 * readers, the label and a comma in an element of its own before the value ("<ul><li><span>Author, </span><span>Jane
 * Doe</span></li><li><span>Role, </span><span>Harbour correspondent</span></li><li><span>Reporting from
 * </span><span>Kyiv</span></li></ul>"), in English or in the page's language ("Yazan, ", "نویسنده، "), and the
 * organisation as the declared author. The writer's field is read by its label as a credits table's is; the role's
 * and the place's fields are not the writer's.
 */
export function labelledCredit(page: IndexedPage): string | null {
  const { elements, visibleChars } = page.walk;
  for (let index = page.firstAfterHeadline(); index < elements.length; index++) {
    if (visibleChars[index] === 0 || visibleChars[index] > MAX_CREDIT_LABEL_CHARS || !page.followsHeadlineAt(index)) continue;
    if (!WRITER_LABEL_INITIALS.has(page.firstCharAt(index))) continue;
    const element = elements[index];
    if (!WRITER_LABEL.test(page.shortTextAt(index, MAX_CREDIT_LABEL_CHARS) ?? '') || page.isAnotherItemsRegion(element)) continue;
    const value = pairedValue(element);
    const name = value && page.shortText(value, MAX_BYLINE_CHARS);
    if (name) return name;
  }
  return null;
}

/**
 * The element the label is paired with: the other of the only two elements in their parent, after the label. Rule
 * "column headings": a forum topic's table heads its two columns "Author" and "Message" in a row of two `<th>` cells;
 * a heading beside a heading names the column under it, and the writer is in neither.
 */
function pairedValue(label: Element): Element | null {
  const pair = label.parent?.children.filter((child): child is Element => child.type === 'tag') ?? [];
  if (pair.length !== 2 || pair[0] !== label) return null;
  return label.name === 'th' && pair[1].name === 'th' ? null : pair[1];
}
/** The longest label {@link WRITER_LABEL} matches, with its colon or comma and some spaces. */
const MAX_CREDIT_LABEL_CHARS = 14;
/**
 * A writer's role alone as a label: text, words, author, interview (the interviewer wrote it up); "author" or "writer"
 * in Turkish, Vietnamese, Hungarian, Welsh, Scottish Gaelic, Arabic, Persian, Hindi, Punjabi, Tamil and Telugu.
 */
const WRITER_LABELS = ['text', 'texte', 'words', 'autor(?:in)?', 'author', 'verfasser(?:in)?', 'interview', 'yazan', 'tác giả', 'szerző', 'awdur', 'ùghdar',
  'الكاتب', 'نویسنده', 'लेखक', 'ਲੇਖਕ', 'எழுதியவர்', 'రచయిత'];
/** The label with its colon, or with the comma a screen reader's label ends in ("Author, "), Arabic script's too. */
const WRITER_LABEL = new RegExp(`^(?:${WRITER_LABELS.join('|')})\\s*[:,،]?$`, 'iu');
/** The letters {@link WRITER_LABEL} can start with: a text starting otherwise is not read. */
const WRITER_LABEL_INITIALS = caseInsensitiveInitials(WRITER_LABELS);

/**
 * "…<br><br>Autor: Jane Doe</div>": hand-kept and older pages end the article text with labelled lines (source,
 * picture credit, writer) set apart by line breaks inside one block, so no element holds the writer's line alone.
 * Only the labelled form with its colon is read there: a line of prose after a break may start with "By" or "Von".
 */
export function labelledBreakLine(page: IndexedPage): string | null {
  for (const lineBreak of page.tagged('br')) {
    if (!opensAsBreakLabel(lineBreak.next) || !page.followsHeadline(lineBreak) || page.isAnotherItemsRegion(lineBreak)) continue;
    const line = lineAfterBreak(page, lineBreak);
    if (line && BREAK_LINE_LABEL.test(line)) return line;
  }
  return null;
}

/**
 * Rule "byline before a break": hand-kept and blog pages open the article's first paragraph with the byline and a
 * line break ("<p>Von Jane Doe<br>Sie ist …"), so no element holds the byline alone. Only the first paragraph after
 * the headline is read, and only its first line: further in, a line that opens with "By" or "Von" is prose or verse.
 */
export function openingBreakLine(page: IndexedPage): string | null {
  const paragraph = firstParagraphAfterHeadline(page);
  return paragraph ? bylineBeforeBreak(page, paragraph) : null;
}

/**
 * Rule "name set off on the date line": a meta row opens with the byline word and the writer's name in bold or linked,
 * then the row's other fields behind a middle dot, a bullet, a pipe or a dash ("di <strong>Jane Doe</strong> ·
 * Pubblicato: 14 Nov 2017 alle 18:22"). The row runs longer than a byline, and its fields are no part of the credit:
 * the byline word and the element's text are the credit. Null when the block opens otherwise.
 */
function creditBeforeField(page: IndexedPage, block: Element): string | null {
  const [label, name, after] = block.children.filter((child) => child.type === 'tag' || (child.type === 'text' && !isBlank((child as unknown as { data: string }).data)));
  if (label?.type !== 'text' || name?.type !== 'tag' || after?.type !== 'text' || !NAME_TAGS.has((name as Element).name)) return null;
  const word = (label as unknown as { data: string }).data.replace(/\s+/g, ' ').trim();
  const shown = page.shortText(name as Element, MAX_BYLINE_CHARS);
  if (!shown || !FIELD_SEPARATOR.test((after as unknown as { data: string }).data)) return null;
  const line = `${word} ${shown}`;
  // The text before the name is the byline word alone.
  return (BYLINE_START.exec(line)?.[0].trim().length ?? 0) >= word.length ? line : null;
}
/** The inline elements a row sets the writer's name in. */
const NAME_TAGS = new Set(['strong', 'b', 'a', 'span', 'em']);
/** What sets the row's next field apart from the name: a middle dot, a bullet, a pipe or a dash, spaced. */
const FIELD_SEPARATOR = /^\s*[·•|–—-]\s/u;

/**
 * The block's first line when a line break ends it and it is a byline ("Par Jane Doe<br>Article publié le …"), else
 * null. A next line that goes on with more writers ("By JANE DOE<br>and JOHN ROE") leaves the block to be read whole.
 */
function bylineBeforeBreak(page: IndexedPage, block: Element): string | null {
  const first = block.children[0];
  const read = first ? lineFrom(page, first) : null;
  if (!read?.endsAtBreak || !BYLINE_START.test(read.line) || !namesSomeone(read.line)) return null;
  const rest = page.shortText(block, MAX_BYLINE_CHARS * 4)?.slice(read.line.length) ?? '';
  return MORE_WRITERS.test(rest) ? null : read.line;
}

/**
 * Rule "agency's byline, its reporters' credits": a site that runs wire copy prints the agency as the byline under
 * the headline ("By Reuters · December 7, 2026"), and the copy closes with the agency's bracketed credits, which name
 * the reporters who filed it ("(Reporting by Jane Doe in Bengaluru; Editing by Ann Poe)"). The byline names the
 * source; the credits name the writers, as they do where no byline sits under the headline. The credit line, or null.
 */
export function bracketedAgencyCredit(page: IndexedPage): string | null {
  const { position } = page.walk;
  return firstBylineLine(page, page.walk.elements.length, false, (element) => page.firstCharAt(position.get(element)!) === OPENING_BRACKET);
}

/**
 * Rule "reporters in the wire dateline": Chinese stories open with the dateline of the agency or the paper and, in
 * brackets before the first sentence, the reporters who filed it ("新华社上海3月12日电（记者 陈思远 周婷）…", "本报讯
 * （记者 王丽）…"), often with no byline line anywhere. Only the first paragraphs after the headline are read (a
 * picture and its caption may come before the story's), and only a bracket that opens with the reporter's title
 * right after the dateline's mark that the story was filed (电, 讯). The credit in the brackets, title included, or
 * null. Rule "dateline byline in brackets": Japanese and Taiwanese papers open the lead with the place and the
 * writer in lenticular brackets, fused into the first sentence: Japanese "【ワシントン＝山田太郎】米政権が…" (place,
 * "=", writer), Taiwanese "【記者王小明／台北報導】台北捷運…" (reporter, "/", "reporting from" the place), also without
 * the brackets. Rule "writer in the dateline's slashes": Russian and Bulgarian agencies set the writer and the agency
 * between slashes after the place and the day, before the first sentence ("ЕКАТЕРИНБУРГ, 2 декабря. /Корр. ТАСС Ирина
 * Белова/. Первая …", "Пловдив, 2 декември /Росица Димова, БТА/ Община …"), and the papers that reprint the copy keep
 * it (see {@link creditInDatelineSlashes}). The names there, or null.
 */
export function openingReporterCredit(page: IndexedPage): string | null {
  const start = page.firstAfterHeadline();
  if (start === 0) return null;
  const { elements, visibleChars } = page.walk;
  let read = 0;
  for (let index = start; index < elements.length && read < OPENING_PARAGRAPHS; index++) {
    const ownText = elements[index].name !== 'p' && visibleChars[index] > MAX_BYLINE_CHARS && BLOCK_TAGS.has(elements[index].name) ? leadingOwnText(elements[index]) : null;
    if ((elements[index].name !== 'p' && ownText === null) || visibleChars[index] === 0 || !page.followsHeadlineAt(index)) continue;
    read++;
    const opening = (ownText ?? openingText(elements[index])).slice(0, MAX_WIRE_DATELINE_CHARS);
    const bracketed = WIRE_DATELINE_REPORTERS.exec(opening) ?? BRACKETED_DATELINE_BYLINE.exec(opening) ?? KOREAN_DATELINE_BYLINE.exec(opening) ?? KOREAN_OUTLET_BYLINE.exec(opening);
    // A Japanese bracket that credits a foreign agency's copy before the translating agency's name credits the first
    // (rule "agency that translated another's copy").
    const credit = bracketed ? (bracketed[1] !== undefined ? translatedAgency(bracketed[0].slice(1, -1)) ?? bracketed[1].replace(NEXT_BUREAU_PLACE, '、') : bracketed[2]) : opening.includes('/') ? creditInDatelineSlashes(opening) : reportersBeforePlace(opening) ?? reporterAfterAgencyBracket(opening);
    if (credit) return page.isAnotherItemsRegion(elements[index]) ? null : credit;
  }
  return null;
}
/**
 * The first words of a block that writes them itself, before any child element, or null: Korean and Japanese papers
 * set the story as text and line breaks in one <div>, with no <p> to open it. Read as a paragraph when it holds more
 * than a byline's text: the short spans and labels of the date row write their words themselves too. Rule "picture
 * over the bare text": the same templates set the lead picture and its caption in a box of their own at the head of
 * that <div>, before its first words; the box is passed over, and its caption is no opening.
 */
function leadingOwnText(element: Element): string | null {
  for (const child of element.children) {
    if (child.type === 'text' && !isBlank((child as unknown as { data: string }).data)) return (child as unknown as { data: string }).data.trimStart();
    if (child.type === 'tag' && !isPictureBox(child as Element)) return null;
  }
  return null;
}

function isPictureBox(element: Element): boolean {
  return element.name === 'figure' || element.name === 'img' || element.children.some((child) => child.type === 'tag' && ((child as Element).name === 'img' || (child as Element).name === 'picture'));
}
/** The paragraphs with text read for the dateline: a caption, a dek, then the story's first. */
const OPENING_PARAGRAPHS = 3;
const WIRE_DATELINE_REPORTERS = /^[^（(。，]{2,40}?[电電讯訊]\s*[（(]\s*((?:本报|本報)?(?:记者|記者)[^（）()]{2,40}?)\s*[）)]/u;
/**
 * Rule "writers of two bureaus": a Japanese story filed from two places names each place and its writer in the one
 * bracket, parted by "、" ("【ワシントン＝佐伯健一、北京＝林真理子】"); the writers are read, the places between them left out.
 */
const JAPANESE_WRITER = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・]{2,8}`;
const BRACKETED_DATELINE_BYLINE = new RegExp(String.raw`^(?:【[^【】＝=]{1,12}[＝=](${JAPANESE_WRITER}(?:、[^【】＝=、]{1,12}[＝=]${JAPANESE_WRITER})*)】|[〔［【]?(?:記者|记者)(\p{Script=Han}{2,4}(?:[、，,]\p{Script=Han}{2,4})*)[／/]\s*\p{Script=Han}{1,8}(?:報導|报道)[〕］】]?)`, 'u');
/** The place and its sign before each writer after the first, in a bracket of two bureaus' writers. */
const NEXT_BUREAU_PLACE = /、[^、＝=]{1,12}[＝=]/gu;
/** The dateline and the bracket of reporters fit in the paragraph's first characters. */
const MAX_WIRE_DATELINE_CHARS = 100;

/**
 * Rule "reporters before the place": Taiwan's agency names its reporters inside the dateline, after the agency and its
 * title and run onto the place, the whole in full-width brackets ("（中央社記者陳怡君台南12日電）", "（中央社記者王明、
 * 林美玲台北12日電）"). Nothing marks where the last name ends and the place begins; a Chinese name is most often three
 * characters and a place at least two, so the last name takes three characters when two or more are left, two
 * otherwise. The names, joined as the dateline joins them, or null.
 */
function reportersBeforePlace(opening: string): string | null {
  const dateline = REPORTERS_BEFORE_PLACE.exec(opening);
  if (!dateline) return null;
  const [, earlier, lastWithPlace] = dateline;
  return earlier + lastWithPlace.slice(0, Math.min(COMMON_NAME_CHARS, lastWithPlace.length - MIN_PLACE_CHARS));
}
const REPORTERS_BEFORE_PLACE = /^[（(]\p{Script=Han}{2,5}?(?:記者|记者)((?:\p{Script=Han}{2,4}[、，])*)(\p{Script=Han}{4,8})(?:\d{1,2}月)?\d{1,2}日[专專]?[电電]/u;
const COMMON_NAME_CHARS = 3;
const MIN_PLACE_CHARS = 2;

/**
 * Rule "reporter after the agency's bracket": Arab national agencies name the reporter who filed the story in the
 * dateline, after the agency's bracketed name and a dash, with "من" ("from") before the name and a dash after it
 * ("عمان 3 كانون الأول (بترا)- من ليث الحسيني- توقعت …"), and the papers that run the copy keep the dateline as it
 * comes, with no byline of their own. Given back as the name and the agency ("ليث الحسيني، بترا"), the way the
 * author cleaning reads a writer and the agency after them; null when the bracket names no agency.
 */
function reporterAfterAgencyBracket(opening: string): string | null {
  const dateline = AGENCY_BRACKET_REPORTER.exec(opening);
  return dateline && agencyNamed(dateline[1]) ? `${dateline[2]}، ${dateline[1]}` : null;
}
const AGENCY_BRACKET_REPORTER = /^[^()]{2,40}\((\p{Script=Arabic}[^()]{0,30})\)\s*[-–—]{1,2}\s*من\s+(\p{Script=Arabic}+(?:\s+\p{Script=Arabic}+){1,3})\s*[-–—]/u;

/**
 * The credit between the slashes of a dateline, when it names an agency: the names before the agency ("Росица Димова,
 * БТА"), the agency alone ("/ТАСС/"), or the agency's correspondent, the title and the agency before the name ("Корр.
 * ТАСС Ирина Белова"), given back as the name and the agency ("Ирина Белова, ТАСС") the way the author cleaning reads a
 * writer and the agency after them. Null when the slashes hold no agency: a fraction, "и/или".
 */
function creditInDatelineSlashes(opening: string): string | null {
  const slashed = SLASHED_DATELINE.exec(opening);
  if (!slashed) return null;
  const credit = slashed[1].trim().replace(CORRESPONDENT_TITLE, '');
  if (agencyNamed(credit.split(/\s*,\s*/).at(-1) ?? '')) return credit;
  const words = credit.split(/\s+/);
  const agency = agencyAtEdge(words, 'first', 1);
  return agency ? `${words.slice(agency.words).join(' ')}, ${words.slice(0, agency.words).join(' ')}` : null;
}
/** A capitalised place and the day, then the credit between slashes, followed by a mark or a space, not a letter. */
const SLASHED_DATELINE = /^\p{Lu}[^/\n]{1,50}?\s\/([^/\n]{2,60})\/(?![\p{L}\d])/u;

/** The element's first words: its first text that is not whitespace, however long the element is. */
export function openingText(element: Element): string {
  for (const child of element.children) {
    if (child.type === 'text' && !isBlank((child as unknown as { data: string }).data)) return (child as unknown as { data: string }).data.trimStart();
    if (child.type === 'tag') {
      const text = openingText(child as Element);
      if (text) return text;
    }
  }
  return '';
}

/**
 * The story's first paragraph: the first `<p>` after the headline that holds more than a byline's text, outside other
 * items' regions. Shorter ones before it are the header's meta lines (the date, the section), read by other rules.
 * Null on a page without a headline.
 */
export function firstParagraphAfterHeadline(page: IndexedPage): Element | null {
  const start = page.firstAfterHeadline();
  if (start === 0) return null;
  const { elements, visibleChars } = page.walk;
  for (let index = start; index < elements.length; index++) {
    if (elements[index].name !== 'p' || visibleChars[index] <= MAX_BYLINE_CHARS || !page.followsHeadlineAt(index)) continue;
    return page.isAnotherItemsRegion(elements[index]) ? null : elements[index];
  }
  return null;
}

/** The text from a line break to the next one or the end of its block; null when it is longer than a byline. */
function lineAfterBreak(page: IndexedPage, lineBreak: Element): string | null {
  return lineBreak.next ? lineFrom(page, lineBreak.next)?.line ?? null : '';
}

/**
 * The line of a block that starts at `first` (a child of the block) and runs to the next `<br>` or the block's end,
 * whitespace collapsed, and whether a `<br>` ends it; null when it is longer than a byline.
 */
function lineFrom(page: IndexedPage, first: AnyNode): { line: string; endsAtBreak: boolean } | null {
  const parts: string[] = [];
  let endsAtBreak = false;
  for (let next: AnyNode | null = first; next; next = next.next) {
    if (next.type === 'text') parts.push((next as unknown as { data: string }).data);
    else if (next.type === 'tag' && (next as Element).name === 'br') {
      endsAtBreak = true;
      break;
    } else if (next.type === 'tag') {
      const text = page.shortText(next as Element, MAX_BYLINE_CHARS);
      if (text === null) return null;
      parts.push(` ${text} `);
    }
  }
  const line = parts.join('').replace(/\s+/g, ' ').trim();
  return line.length <= MAX_BYLINE_CHARS ? { line, endsAtBreak } : null;
}
/** The writer's label that opens a line after a break: "Autor:", "Autorin:", "Author:", "Verfasser:". */
const BREAK_LINE_LABEL = /^(?:autor(?:in|en)?|authors?|verfasser(?:in)?)\s*:\s*\S/iu;
const BREAK_LABEL_INITIALS = caseInsensitiveInitials(['autor', 'verfasser']);

/**
 * False when the line after a break cannot open with a writer's label: its first node is text whose first character
 * that is not whitespace opens no label. Most breaks run on in prose, whose line is then not built.
 */
function opensAsBreakLabel(first: AnyNode | null): boolean {
  if (first?.type !== 'text') return true;
  const data = (first as unknown as { data: string }).data;
  for (let at = 0; at < data.length; at++) {
    const code = data.charCodeAt(at);
    if (!isWhitespace(code)) return BREAK_LABEL_INITIALS.has(code);
  }
  return true;
}

/**
 * Rule "gerund after by": cookie and sign-up notices open with "By" and a verb's "-ing" form ("By using this site
 * you agree …", "By continuing to browse …", "By clicking Subscribe …"), short enough for a byline line and often
 * before the headline; a writer's name is no lowercase gerund.
 */
const GERUND_AFTER_BY = /^\s*[Bb]y\s+\p{Ll}+ing\b/u;
/**
 * Rule "sentence opening with a credit": a story's or a review's sentence may open with the credit words ("Written by
 * Victor Hugo in 1862, the novel follows …", "Écrit par …, ce roman raconte …"), short enough for a byline line; a
 * clause of lowercase words after a comma, run on to the sentence's full stop, is prose, where a byline's comma leads
 * to the writer's role or paper ("By Jane Doe, staff writer").
 */
const CLAUSE_AFTER_CREDIT = /,\s+(?:\p{Ll}[\p{L}'’-]*\s+){3,}[^,]*[.!?]$/u;

/**
 * The first short line that starts with a byline word ("By …", "Von …", "بقلم …") and ends before `end` (a walk
 * position), optionally only among those after the headline. With `suffixed`, the first Korean byline after the
 * headline is noted there on the way.
 */
export function firstBylineLine(
  page: IndexedPage, end: number, afterHeadline: boolean, accept: (element: Element) => boolean = () => true, suffixed?: SuffixedByline,
): string | null {
  const { elements, subtreeEnd, visibleChars } = page.walk;
  for (let index = afterHeadline ? page.firstAfterHeadline() : 0; index < end; index++) {
    // An element with no text, or more than any credit line holds, is none of the lines below: most are one or the other.
    if (visibleChars[index] === 0 || visibleChars[index] > MAX_AGENCY_CREDIT_CHARS) continue;
    const element = elements[index];
    if (!LINE_TAGS.has(element.name) || subtreeEnd[index] > end || (afterHeadline && !page.followsHeadlineAt(index))) continue;
    const short = hasBylineLength(page, index);
    const first = page.firstCharAt(index);
    if (first === OPENING_BRACKET) {
      const credit = page.shortTextAt(index, MAX_AGENCY_CREDIT_CHARS);
      if (credit && BRACKETED_AGENCY_CREDIT_LINE.test(credit) && !page.isAnotherItemsRegion(element) && accept(element)) return innermostLine(page, index, credit);
    }
    if (!short) continue;
    if (suffixed && suffixed.line === null && startsSuffixedByline(first)) {
      const text = page.shortTextAt(index, MAX_BYLINE_CHARS);
      if (isSuffixedByline(page, index, text)) {
        suffixed.line = text;
        continue;
      }
    }
    if (!BYLINE_INITIALS.has(first)) continue;
    // A block of a byline's visible length whose lines, spaced out, run longer is read by its first line.
    const text = page.shortTextAt(index, MAX_BYLINE_CHARS) ?? bylineBeforeBreak(page, element) ?? creditBeforeField(page, element);
    if (text && page.textVerdict(isBylineLineText, text) && !page.isAnotherItemsRegion(element) && accept(element)
      && !isInTeaserLink(page, element, text) && !isInPictureCard(page, element)) return innermostLine(page, index, text);
  }
  return null;
}

/**
 * Whether a line's words make it a byline line (see {@link firstBylineLine}). The patterns, BYLINE_START's hundreds
 * of alternatives in every case above all, are the byline readers' dearest test, and the same text is asked again
 * by every wrapper of the line and by each of the up to three scans of a page: the verdict is kept for the page.
 */
function isBylineLineText(text: string): boolean {
  return !GERUND_AFTER_BY.test(text) && !CLAUSE_AFTER_CREDIT.test(text) && (BYLINE_START.test(text) || INCLUSIVE_AUTHOR_LABEL.test(text) || JOINT_CREDIT_LABEL.test(text)
    || LOWERCASE_BYLINE.test(text) || CAPITALISED_BYLINE.test(text) || WRITER_FILING_FROM_PLACE.test(text) || GREEK_BYLINE.test(text));
}

/**
 * Rule "innermost byline line": a meta row that opens with the byline ("<div><div>Autor: Jane Doe</div><div>
 * Opublikowano: 27.11.2026</div></div>", "<div><span>Av Jane Doe</span> <span>Publicerad …</span></div>") matches
 * as a whole before the line inside it does, and read whole it runs the writer into the next field ("Jane
 * DoeOpublikowano"). The line inside that opens the row is the byline, unless the row goes on with more writers
 * ("<span>By Jane Doe</span> and John Roe"); a label alone ("<strong>Por:</strong> <a>Jane Doe</a>") is no such
 * line. Looked for only once a row has matched. Rule "byline ends at its break": a block that sets the byline on a
 * line of its own before the date ("<p>Par Jane Doe<br>Article publié le …</p>") credits the first line; read
 * whole, the next line's first word runs into the name ("Jane Doe Article").
 */
function innermostLine(page: IndexedPage, index: number, text: string): string {
  const opening = bylineBeforeBreak(page, page.walk.elements[index]) ?? creditBeforeField(page, page.walk.elements[index]);
  if (opening) return opening;
  const inner = writerLineInside(page, index);
  if (!inner || !text.startsWith(inner)) return text;
  return MORE_WRITERS.test(text.slice(inner.length)) ? blockLines(page, page.walk.elements[index]) ?? text : inner;
}

/**
 * Rule "one writer a block": TV-station templates set each writer of a shared byline in a block of its own, role
 * after the name ("<div>By <a>Ana Ruiz</a>, Reporter</div><div>and <a>Ben Otieno</a>, Photojournalist</div>"). The
 * row's text runs one block's last word into the next one's first ("Reporterand"); its blocks, read one by one and
 * spaced, are the line. Null when the row holds anything but blocks.
 */
function blockLines(page: IndexedPage, row: Element): string | null {
  const children = row.children.filter((child) => child.type === 'tag' || (child.type === 'text' && !isBlank((child as unknown as { data: string }).data)));
  if (children.length < 2 || !children.every((child) => child.type === 'tag' && BLOCK_TAGS.has((child as Element).name))) return null;
  const lines = children.map((child) => page.shortText(child as Element, MAX_BYLINE_CHARS));
  return lines.every((line) => line !== null) ? lines.join(' ') : null;
}
const LETTER = /\p{L}/u;
/** The words a byline joins its writers with, in the byline languages ("Jane Doe and John Roe", "Ana Ruiz y …"). */
export const WRITER_CONJUNCTION = '(?:and|und|et|y|e|en|og|och|i|a|ve)';
/**
 * What goes on after a writer's name with another writer: a comma, an ampersand or "and" in a byline language,
 * lowercase as it joins names ("En este artículo:" opens the next field).
 */
export const MORE_WRITERS = new RegExp(`^\\s*(?:[,&]|${WRITER_CONJUNCTION}\\s)`, 'u');

/**
 * A byline line inside a link that also holds other text ("<a href=…><p>Headline</p><span>von Jane</span></a>") is
 * the credit of the teaser the link leads to, another article or a forum post. A link to the writer's own page
 * ("<a href="/author/jane"><span>Jane Doe</span><span>Reporter</span></a>") is the byline's card, not a teaser.
 */
export function isInTeaserLink(page: IndexedPage, element: Element, text: string): boolean {
  for (let current = element.parent; current && current.type === 'tag'; current = current.parent) {
    if ((current as Element).name !== 'a') continue;
    if (isWriterPageHref((current as Element).attribs.href)) return false;
    const linkText = page.shortText(current as Element, MAX_BYLINE_CHARS * 4);
    return linkText === null || linkText.length > text.length;
  }
  return false;
}
/**
 * Rule "picture card": a grid of more stories links each card whole, its picture and its headline in one link, and
 * a headline may open with a byline word ("<a href=…><img …><p>تقرير: كيف حسم الهلال مواجهة الخليج؟</p></a>",
 * "Report: …"): a line that opens with one, in a link that also holds a picture, is the card's, however much text
 * the link has. The line may be the link itself. A link to the writer's page, or one marked as the author's, is the
 * byline's own card with the writer's portrait.
 */
function isInPictureCard(page: IndexedPage, element: Element): boolean {
  for (let current: AnyNode | null = element; current && current.type === 'tag'; current = current.parent) {
    const link = current as Element;
    if (link.name !== 'a') continue;
    return !isWriterPageHref(link.attribs.href) && !hasToken(link.attribs.rel?.toLowerCase(), AUTHOR_REL) && holdsPicture(page, link);
  }
  return false;
}
const AUTHOR_REL: ReadonlySet<string> = new Set(['author']);

/** An `<img>` or `<picture>` among the link's first descendants (a card's picture opens it or sits beside its text). */
function holdsPicture(page: IndexedPage, link: Element): boolean {
  const { elements, position, subtreeEnd } = page.walk;
  const index = position.get(link);
  if (index === undefined) return false;
  const end = Math.min(subtreeEnd[index], index + MAX_CARD_SCAN);
  for (let inner = index + 1; inner < end; inner++) if (CARD_PICTURE_TAGS.has(elements[inner].name)) return true;
  return false;
}
const CARD_PICTURE_TAGS = new Set(['img', 'picture']);
/** A card is a few elements; a hostile link around thousands is looked through only so far. */
const MAX_CARD_SCAN = 50;

/**
 * Path parts of a writer's page on the site, as {@link isNameElement} reads links: searched in place, with no
 * lower-cased copy of every link's address.
 */
const AUTHOR_PAGE_PATH = containsAnyPattern(['/author', '/autor']);

/** A link to a writer's page: an author path part anywhere, or a writer-page path word before the writer's part. */
export function isWriterPageHref(href: string | undefined): boolean {
  return containsPattern(href, AUTHOR_PAGE_PATH) || containsPattern(href, WRITER_PAGE_LINK);
}
/**
 * A link to one writer's page by the path words sites use for it in the engine's languages: profile, people and
 * bio pages, staff and contributor pages (Indonesian "kontributor", "penulis"), the French "auteur", Italian "autore",
 * Turkish "yazar" (writer) and "muhabir" (reporter, "/muhabir/deniz-kara"), and journalist, reporter, editor,
 * columnist and correspondent pages ("/about/editors/jane-doe/", "/kolumnisten/…", "/yazarlar/…"). The path names the
 * writer after the word. Inside a marked byline such a link
 * holds the writer's name, as an author page link does (see {@link isWriterPageHref}).
 */
export const WRITER_PAGE_LINK = /\/(?:profiles?|profil|people|bio|staff|team|contributors?|kontributor|penulis|auteurs?|autori?e?|yazar(?:lar)?|muhabir(?:ler)?|journalist(?:e|en|s)?|giornalista|periodista|reporters?|writers?|editors?|columnists?|kolumnist(?:en|in)?|correspondents?|redakteur(?:e|in)?)\/[^/?#\s]/i;

/** More than the byline word: a label alone ("<strong>Por:</strong>") names nobody. */
export function namesSomeone(line: string): boolean {
  return LETTER.test(line.replace(BYLINE_PREFIX, ''));
}

/**
 * The writer's own line inside the byline element at this walk index: the shortest of the lines in it that start
 * with a byline word and name someone, as an enclosing block runs the line into its neighbours ("Autor Jane Doe:
 * EN"). Rule "writer's line before the editor's": a line that a break ends is read to the break ("Penulis: <a>Andi
 * Saputra</a><br>Editor: <a>Dewi Lestari</a>"); read whole, the next label runs into the name ("SaputraEditor").
 */
export function writerLineInside(page: IndexedPage, index: number): string | null {
  const { elements, subtreeEnd } = page.walk;
  let shortest: string | null = null;
  for (let descendant = index + 1; descendant < subtreeEnd[index]; descendant++) {
    if (!LINE_TAGS.has(elements[descendant].name) || !BYLINE_INITIALS.has(page.firstCharAt(descendant))) continue;
    const text = bylineBeforeBreak(page, elements[descendant]) ?? page.shortTextAt(descendant, MAX_BYLINE_CHARS);
    if (text && BYLINE_START.test(text) && (shortest === null || text.length < shortest.length) && namesSomeone(text)) shortest = text;
  }
  return shortest;
}

export function unique(texts: string[]): string[] {
  return [...new Set(texts)];
}

/**
 * A line that credits the editor ("Editor: Jane Doe", "Edited by …", Indonesian and Malay "Redaktur: …"). Some CMSes
 * declare the desk editor who published the piece as its author while the page shows the writer in the byline.
 */
const EDITOR_CREDIT_OPENINGS = ['editor', 'edited\\s+by', 'redaktur', 'penyunting', 'editado\\s+por', 'edici[oó]n'];
const EDITOR_CREDIT = new RegExp(`^(?:${EDITOR_CREDIT_OPENINGS.join('|')})\\s*[:：]?\\s+(.+)$`, 'iu');
/** The letters {@link EDITOR_CREDIT}'s openings start with: a text starting otherwise is not read. */
const EDITOR_CREDIT_INITIALS = caseInsensitiveInitials(EDITOR_CREDIT_OPENINGS);

/** Names the page credits as its editors, each from a short line of its own. */
export function readEditorCredits(page: IndexedPage): string[] {
  return creditedNames(page, EDITOR_CREDIT, EDITOR_CREDIT_INITIALS);
}

/**
 * Rule "duty editor": Chinese portals close every story with the web editor on duty, in brackets or without them
 * ("【责任编辑：刘洋】", "（責任編輯：王芳）", "责任编辑:张樵苏"), and many fill the author field with that editor. On a
 * page whose own story names no one else the editor is the only credit a reader sees and stands as the author; the
 * names here give way only to the reporters of a wire dateline (see metadata/index.ts).
 */
export function readDutyEditorCredits(page: IndexedPage): string[] {
  return creditedNames(page, DUTY_EDITOR_CREDIT, DUTY_EDITOR_INITIALS);
}
const DUTY_EDITOR_CREDIT = /^[【\[（(]?\s*(?:责任编辑|責任編輯)\s*[:：]\s*(\p{Script=Han}{2,4})\s*[】\]）)]?$/u;
const DUTY_EDITOR_INITIALS = new Set([...'【[（(责責'].map((char) => char.charCodeAt(0)));

/** The names that the credit's pattern captures from the short lines of the page's body that start with one of `initials`. */
function creditedNames(page: IndexedPage, credit: RegExp, initials: ReadonlySet<number>): string[] {
  const { elements, inBody, hasBody, visibleChars, directTextLength } = page.walk;
  const names: string[] = [];
  for (let index = 0; index < elements.length; index++) {
    // Body elements only, as bodyElements() lists them; an element with no visible text or too much of it has no
    // short text to credit anyone, and most are one or the other, so their children are not looked at.
    if ((hasBody && inBody[index] !== 1) || visibleChars[index] === 0 || visibleChars[index] > MAX_BYLINE_CHARS) continue;
    // An element whose own text nodes the walk measured empty holds only whitespace in them: no text of its own.
    if (directTextLength[index] === 0 || !hasOwnText(elements[index]) || !initials.has(page.firstCharAt(index))) continue;
    const match = credit.exec(page.shortTextAt(index, MAX_BYLINE_CHARS) ?? '');
    if (match) names.push(match[1]);
  }
  return names;
}

/** A text child that is not whitespace alone: the element writes the line itself rather than wrapping it. */
function hasOwnText(element: Element): boolean {
  for (const child of element.children) if (child.type === 'text' && !isBlank((child as unknown as { data: string }).data)) return true;
  return false;
}

/**
 * A name's word: capitalised ("Jane", "O'Neil", "J.", "Dr."), or in a script without case (Arabic, CJK). Rule "title
 * before an uncased name": Arabic columns print the writer's title abbreviated with a dot before the name ("د. سامي
 * الرشيد", doctor; "م." engineer; "أ.د." professor), as Latin bylines print "Dr.": one or two letters and a dot, which
 * no word of a sentence is.
 */
const SIGNATURE_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|[\p{Lo}\p{M}]+|(?:\p{Lo}{1,2}\.)+)$/u;
const SIGNATURE_SEPARATOR = /\s*(?:[/,&،]|\s(?:and|und|et|y|e|و)\s)\s*/u;

export function isNameList(text: string): boolean {
  const names = text.split(SIGNATURE_SEPARATOR);
  return names.length <= 3 && names.every((name) => {
    const words = name.split(' ');
    return words.length >= 2 && words.length <= 4 && words.every((word) => SIGNATURE_WORD.test(word));
  });
}
