/**
 * Byline residue: the author line a template prints in the article's own container, as a bare paragraph at the
 * start or the end of the body ("Iwona Kurz", "von Diane Buckstegge", "By Ana Ruiz and Tom Lee"). The metadata
 * stage has already read who wrote the piece; a block at the edge of the body that says nothing but that is the
 * byline box, not the story. Readability.js drops bylines by their class; these carry none, so they are known by
 * their text, which must be the authors' names and nothing else, so a sentence that mentions the author stays.
 * Templates often print the date in the same row ("كتب أحمد محمود الأحد، 22 يناير 2017", "By Ana Ruiz | May 3,
 * 2024"): the date as the metadata stage read it from the page is taken out of the row before the names are judged.
 * The header's date row goes too, whether the page printed it alone ("13:47, 6 Aug 2023") or with a place, a
 * label or the names around it ("Lindach 12.03.2023, 14:05 Uhr", "Sanne Bakker 22 okt. 2023 om 17:48").
 */
import { AGENCY_MATERIAL_LEAD, BYLINE_PREFIX, CORRESPONDENT_CREDIT, creditsCorrespondentAtPlace, JAPANESE_BUREAU, JAPANESE_BYLINE, JAPANESE_ROLE_SUFFIX, JOINT_CREDIT_LABEL, KOREAN_BYLINE, KOREAN_ROLE_SUFFIX, LOWERCASE_AND, NAME_SEPARATOR, NAMED_OUTLET_CREDIT, OTHER_ROLE_CREDIT, OUTLET_CREDIT, PADDED_HAN_NAME, ROLE_WORDS, TAIWANESE_REPORTER_CREDIT, WRITTEN_BY_PARTICIPLES } from '../metadata/byline-vocabulary';
import { AGENCY_DESK, ROLE_DESCRIPTION } from '../metadata/authors';
import { BYLINE_WORD_BEFORE_FULL_NAME, INSTITUTION_WORD, WRITING_FOR_PUBLICATION } from '../metadata/name-cleaning';
import { BRACKETED_AGENCY_CREDIT_LINE, MAX_AGENCY_CREDIT_CHARS } from '../metadata/bylines/lines';
import { splitJoinedArabicNames, withCoWritersListed, withoutFilingPlace } from '../metadata/byline-parts';
import { DAY_WORDS, parseDate } from '../metadata/dates';
import { foldArabic, markArabicMonths, mentionsHijriDate, withoutHijriDatesAndEras } from '../metadata/arabic-dates';
import { MONTH_BY_NAME, WEEKDAY_NAMES } from '../metadata/month-names';
import { ZONE_ABBREVIATIONS } from '../metadata/zone-abbreviations';
import { agenciesIn, agencyNamed, CREDIT_LEAD_IN_PREFIX, SOURCE_LABEL } from '../metadata/wire-agencies';
import type { Block, TextBlock } from './blocks';
import { hasStampLength, isDateStamp } from './labels';
import { DENSE_SCRIPT_WEIGHT, readingLength } from './measure';
import { ARABIC_WRITER_CALLING, CREDIT_WORDS, DATE_STAMP_LABEL, META_ROW_START } from './vocabulary';

/** A byline opens the story or closes it; the blocks in between are the story's own. */
const EDGE_BLOCKS = 2;
/**
 * A paragraph this long is the story's text. The short blocks before the first of them (a kicker, a dek, the
 * byline row) are the article's header, so a byline among them still opens the story.
 */
const STORY_PARAGRAPH_CHARS = 150;
/**
 * A story paragraph is measured by its {@link readingLength}, so a Chinese, Japanese or Korean paragraph of a
 * sentence or two counts as one. The characters are counted only for a block that could pass that way.
 */
function isStoryParagraph(text: string): boolean {
  if (text.length >= STORY_PARAGRAPH_CHARS) return true;
  return text.length * DENSE_SCRIPT_WEIGHT >= STORY_PARAGRAPH_CHARS && readingLength(text) >= STORY_PARAGRAPH_CHARS;
}

/** The header is a few lines at most. */
const MAX_HEADER_BLOCKS = 5;

/**
 * Rule "credit rows under the standfirst": a template may set its chapô inside the article's own box, above the
 * credits ("Les hospitalisations … ont chuté de 76 %…", then "Rédigé par …", "Article relu et validé par …", "Publié le
 * … – Mis à jour le …"), so the body opens with a paragraph long enough to be the story's and the header's rows come
 * after it. When the row right under that paragraph is a labelled credit (its byline word, or a reviewer's label),
 * the header runs to the next story paragraph, if it comes within the header's few lines: returns how many text
 * blocks that is, or 0. A bare name or a short sentence under the opening paragraph is the story's.
 */
function rowsUnderOpeningParagraph(blocks: readonly Block[], textPositions: readonly number[]): number {
  const under = blocks[textPositions[1]] as TextBlock | undefined;
  if (under === undefined || !(BYLINE_PREFIX.test(under.text) || isReviewCredit(under.text))) return 0;
  const limit = Math.min(textPositions.length, MAX_HEADER_BLOCKS + 1);
  for (let position = 1; position < limit; position++) {
    if (isStoryParagraph((blocks[textPositions[position]] as TextBlock).text)) return position;
  }
  return 0;
}

/**
 * What separates a byline row's names from its date: "Ana Ruiz | May 3, 2024", "Jane Doe, 03.05.2024", "– ". Rule
 * "slash before the photographer": German, Dutch and Nordic community pages part the writer's credit from the
 * photographer's with a slash ("Bericht: Jane Doe / Fotos: John Roe"), which is left after the names once the
 * picture's credit is set aside; a slash never ends a name.
 */
const ROW_SEPARATORS = /^[\s|,;·•–—-]+|[\s|,;·•–—./-]+$/gu;
/** The full stop a byline row or a card's name line may end with ("By AFP."), which is no part of the last name or agency. */
export const CLOSING_STOP = /[.\s]+$/u;
/**
 * Rule "colon after the writer": Gulf papers set the byline as the line that leads into the story, with a colon after
 * the writer's name as after a speaker's before a quotation ("كتب فيصل الرشيدي:", written by … :); the colon is no
 * part of the name.
 */
const LEAD_IN_COLON = /\s*[:：]$/u;

/**
 * `dateline`: the publication date as the page prints it; `publishedAt`: the same date read (ISO 8601), which is
 * what a header row printing the date in another format is known by.
 */
export function dropBylineBlocks(
  blocks: Block[], authors: readonly string[], dateline: string | null = null, publishedAt: string | null = null, updateLine: string | null = null,
): Block[] {
  const names = new Set(authors.map(comparable).filter((name) => name.length > 0));
  const textPositions: number[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'figure') textPositions.push(index);
  });
  const firstStoryParagraph = textPositions.findIndex((index) => !(blocks[index] as TextBlock).standfirst && isStoryParagraph((blocks[index] as TextBlock).text));
  // A body of a few blocks is mostly edge: only a body longer than both edges has a byline to spare at its edges.
  // A short brief still has a header, though: the short rows before its first story paragraph. Rule "short
  // paragraphs": a brief whose paragraphs are all short (Arabic, Korean and Japanese papers write paragraphs of a
  // sentence or two, and CJK packs one in fewer characters) has no story paragraph to end its header; its first
  // block is the header's row then, and the rules below judge whether it is a byline or a date row.
  const short = textPositions.length <= EDGE_BLOCKS * 2;
  if (short && (firstStoryParagraph === 0 || textPositions.length < 2)) return withoutClosingSignature(blocks, textPositions, names, dateline);
  const headerEnd = firstStoryParagraph < 0 ? 1 : Math.min(firstStoryParagraph, MAX_HEADER_BLOCKS);
  const opening = short ? headerEnd : Math.max(EDGE_BLOCKS, headerEnd, firstStoryParagraph === 0 ? rowsUnderOpeningParagraph(blocks, textPositions) : 0);
  const header = new Set(textPositions.slice(0, opening));
  // A brief's last line is its foot, where the writer signs agency copy ("Lise Holm/Ritzau"; rule "closing signature
  // of a brief"), as a long story's last lines are.
  const edges = new Set([...header, ...textPositions.slice(short ? -1 : -EDGE_BLOCKS)]);
  const postSignatures = names.size > 0 ? postSignaturesIn(blocks, names) : new Set<Block>();
  let lastByline: TextBlock | null = null;
  let afterPosterRow = false;
  return blocks.filter((block, index) => {
    const underByline = lastByline;
    lastByline = null;
    if (block.kind === 'figure') return true;
    const underPosterRow = afterPosterRow;
    afterPosterRow = false;
    if (names.size > 0 && isDatedSignature(block.text, names)) return false;
    if (postSignatures.has(block)) return false;
    if (!edges.has(index)) return true;
    // Rule "update line at the foot": Joomla's K2 prints the last edit under the text ("Naposledy změněno středa, 02.
    // prosinec 2026 19:20"), in the item's box; the line the metadata stage read the update from is the page's date,
    // not the story's, wherever it stands.
    if (updateLine && unspaced(block.text) === unspaced(updateLine)) return false;
    // The header's rows are judged without the source field they may print (see withoutSourceFields); a closing
    // credit is left whole for the source-credit split, which reads its agency.
    const text = header.has(index) ? withoutAccessBadge(withoutSourceFields(block.text)) : block.text;
    if (text === '') return false;
    if (underPosterRow && header.has(index) && TOPIC_LINE.test(text)) return false;
    if (isPosterRow(text)) {
      afterPosterRow = true;
      return false;
    }
    if ((names.size > 0 && isByline(text, names, dateline)) || isAgencyByline(text, header.has(index)) || (header.has(index) && (isDatedAgencyByline(text, dateline) || isStampedAgencyByline(text))) || (header.has(index) && (NEWSROOM_BYLINE.test(text) || UNNAMED_POST_BYLINE.test(text) || BENGALI_DESK_BYLINE.test(text) || creditsCorrespondentAtPlace(text) || isNewsroomWithAgency(text) || isInstitutionByline(text))) || isReviewCredit(text)) {
      lastByline = names.size > 0 ? block : null;
      return false;
    }
    if (underByline && !header.has(index) && CALLING_UNDER_NAME.test(text)) return false;
    if (underByline && (header.has(index) || isSignatureLine(underByline, block)) && isDeskLine(block, text)) return false;
    if (underByline && header.has(index) && isOtherRoleLine(block, text)) return false;
    if (header.has(index) && (isDetailsRow(text, authors) || isNameRunIntoPost(text, authors) || isLoginByline(text))) return false;
    if (header.has(index) && isMetaField(text)) return false;
    if (header.has(index) && isNameWithPlace(text, authors)) return false;
    // Rule "team's credit in the date row": at the foot, only the row the date was read from, which names a team.
    if (!publishedAt) return true;
    return !(header.has(index) ? isDateRow(text, names, dateline, publishedAt) : TEAM_CREDIT.test(text) && isDateRow(text, names, dateline, publishedAt));
  });
}

/**
 * Rule "byline with its place": Spanish and Latin American templates print the writer's name and the city the piece
 * was filed from side by side in the header's byline box ("Lucía Navarro Ibáñez Madrid"), two spans that run together
 * once their markup is gone. In the header, a row that is a credited writer's name and then one or two capitalised
 * words, no more, is that box; a story's sentence goes on past a place.
 */
function isNameWithPlace(text: string, authors: readonly string[]): boolean {
  return authors.some((author) => author.length > 0 && ((text.startsWith(`${author} `) && PLACE_AFTER_NAME.test(text.slice(author.length + 1)))
    || (text.startsWith(author) && UNCASED_PLACE_AFTER_NAME.test(text.slice(author.length)))));
}
const PLACE_AFTER_NAME = /^\p{Lu}[\p{Ll}'’-]+(?: (?:de |del |da |do )?\p{Lu}[\p{Ll}'’-]+)?$/u;
/**
 * Rule "place after the name, in an uncased script": Bangladeshi district portals open the text with the writer's
 * name and the upazila filed from, its district in brackets, in a bold line of its own ("মো. রফিকুল ইসলাম, রৌমারী
 * (কুড়িগ্রাম)"). A script without capitals shows no place by its case; after a credited writer's name and a comma,
 * a word or two of such a script, and a bracketed word or two after them, are the place, and the line is the byline.
 */
const UNCASED_PLACE_AFTER_NAME = /^,\s*[\p{Lo}\p{M}]+(?:\s+[\p{Lo}\p{M}]+)?(?:\s*\([\p{Lo}\p{M}]+(?:\s+[\p{Lo}\p{M}]+)?\))?$/u;

/**
 * Rule "calling under the card's name": an Arabic research centre's or paper's writer card under the text sets the
 * writer's name on its line and under it the note that names the writer's calling, not the writer ("سامر العطار"
 * over "باحث أول في وحدة الدراسات الإقليمية …", "كاتبة وصحافية لبنانية"), as the asterisked note does. Under the
 * credited writer's name at the foot, a line that opens with such a calling is the card's; a story's closing line
 * stands under the story's paragraphs, not under its writer's name.
 */
const CALLING_UNDER_NAME = new RegExp(`^${ARABIC_WRITER_CALLING}`, 'u');

/**
 * Rule "closing signature of a brief": a short agency story run by a paper closes with its writer's signature, a line
 * of its own under the text ("Von Jane Doe, dpa"), where a long story's foot is read as its edge. In a brief that
 * opens with its story, a last line that is the credited writer's byline and nothing else is that signature.
 */
function withoutClosingSignature(blocks: Block[], textPositions: readonly number[], names: ReadonlySet<string>, dateline: string | null): Block[] {
  const last = textPositions[textPositions.length - 1];
  if (names.size === 0 || textPositions.length < 2 || !isByline((blocks[last] as TextBlock).text, names, dateline)) return blocks;
  return blocks.filter((_, index) => index !== last);
}

/**
 * Rule "post signatures": a live blog signs each of its posts with the name of the writer on duty, a line of its own
 * under the post's text ("Ravi Chandran"), however deep in the page the post sits. Paragraphs that are a credited
 * writer's name and nothing else, met twice or more through the body, are those signatures; a single one inside the
 * text may be a name the story sets apart, and is judged at the edges only.
 */
function postSignaturesIn(blocks: readonly Block[], names: ReadonlySet<string>): Set<Block> {
  const signatures = new Set<Block>();
  for (const block of blocks) {
    if (block.kind === 'p' && block.text.length <= MAX_SIGNATURE_CHARS && names.has(comparable(block.text.replace(BYLINE_PREFIX, '')))) signatures.add(block);
  }
  return signatures.size >= MIN_POST_SIGNATURES ? signatures : new Set();
}
/** A name, with the byline's word before it ("By Jane Doe"); a table's row or a list's item is the page's data. */
const MAX_SIGNATURE_CHARS = 60;
const MIN_POST_SIGNATURES = 2;

/**
 * Rule "desk line": a byline box prints the desk, the bureau or the writer's post on a line of its own under the
 * names ("By Jane Doe & John Roe" over "BBC Wales", "Von Jane Doe" over "Hauptstadtstudio", "Political
 * correspondent"). Right under a byline the metadata's writers make, a paragraph of a few capitalised or role words
 * and nothing else is that line, the box's and not the story's.
 */
function isDeskLine(block: Block, text: string): boolean {
  if (block.kind !== 'p') return false;
  // Rule "unit in brackets under the signature" (see the metadata's rule "signature with its unit"): "Trần Văn Lợi" over
  // "(Sở Nông nghiệp và Môi trường)", the officer's department, named in full and so longer than a desk's name.
  const unit = BRACKETED_NOTE.exec(text);
  if (unit && text.length <= MAX_UNIT_LINE_CHARS && INSTITUTION_WORD.test(unit[1])) return true;
  if (isPostAtPlaces(text)) return true;
  if (text.length > MAX_DESK_LINE_CHARS) return false;
  const words = text.split(' ');
  return words.length <= MAX_TITLE_WORDS && words.every((word) => CAPITALISED_WORD.test(word) || ROLE_WORDS.test(word));
}
const MAX_DESK_LINE_CHARS = 40;
/**
 * Rule "post and its places under the byline": a departmental portal prints under its correspondents' names the post
 * and where they file from ("Corresponsales en Quetzaltenango y Totonicapán", "Corresponsal en San Miguel", "Correspondent
 * in Lagos and Abuja"), the places joined by the small words a desk's name has none of. A line that opens with the role
 * word and holds nothing but capitalised place names and those words is the box's, as a desk's name is.
 */
function isPostAtPlaces(text: string): boolean {
  const words = text.split(' ');
  return text.length <= MAX_POST_LINE_CHARS && words.length <= MAX_POST_LINE_WORDS && POST_AT_PLACE.test(text)
    && words.slice(1).every((word) => CAPITALISED_WORD.test(word) || PLACE_JOINING_WORDS.has(word));
}
const POST_AT_PLACE = /^(?:corresponsal(?:es)?|correspondents?|correspondante?s?|korrespondent(?:in|en)?)\s+(?:en|in|à|a|au|im)\s+\p{Lu}/iu;
const PLACE_JOINING_WORDS: ReadonlySet<string> = new Set(['en', 'in', 'à', 'a', 'au', 'im', 'y', 'e', 'and', 'et', 'und', 'de', 'del', 'la', 'el', 'des', 'du', 'der']);
const MAX_POST_LINE_CHARS = 70;
const MAX_POST_LINE_WORDS = 9;
const BRACKETED_NOTE = /^\(([^()]+)\)$/u;
const MAX_UNIT_LINE_CHARS = 80;

/**
 * Rule "other role under the byline": a byline box credits the editor, the photographer or the translator on a line
 * of its own under the writer's ("文｜王小明" over "编辑｜陈雨", "By Jane Doe" over "Photos: John Roe"); right under a
 * byline in the header, a short paragraph that opens with another role's label is the box's line, not the story's.
 */
function isOtherRoleLine(block: Block, text: string): boolean {
  return block.kind === 'p' && text.length <= MAX_DESK_LINE_CHARS && OTHER_ROLE_CREDIT.exec(text)?.index === 0;
}

/**
 * Rule "signature's post": a club's, a parish's or a firm's news closes with the writer's signature, the name and
 * under it the writer's post or desk in one paragraph ("<p>Jane Doe<br>Pressewartin Abteilung Handball</p>"). Once the
 * name has gone as a byline, the post left alone as the story's last line is half the signature: the next line of the
 * name's own paragraph, when it reads as a desk line, goes with it.
 */
function isSignatureLine(name: TextBlock, block: TextBlock): boolean {
  return name.lineOf !== undefined && name.lineOf === block.lineOf;
}

/**
 * Rule "access badge in the row": a paywalled paper marks the story's tier in its header's row, a badge after the
 * writer and the stamps ("Par Jane Doe · Publié le 04/12/2026 à 19h12 Abonnés", "Von Jane Doe 05.12.2026 Abo+", "By Jane
 * Doe | Dec. 4, 2026 Subscribers only"), and the row's text runs it on. The badge names who may read the story, not
 * who wrote it or when, so the row is judged without it; a writer's name never ends in such a word.
 */
function withoutAccessBadge(text: string): string {
  return text.replace(ACCESS_BADGE_TAIL, '');
}
const ACCESS_BADGE_TAIL = /\s+(?:abonnés|réservé aux abonnés|premium|abo\s?\+|plus|subscribers?[- ]only|members?[- ]only|exclusive|exclusivo|exclusif|nur für abonnenten|suscriptores|assinantes|للمشتركين)$/iu;

/**
 * Rule "source field": the header's rows name the wire a story came from as a field of their own beside the writer,
 * the date or the counters ("Szerző: Tóth Bence / Forrás: MTI", "24 novembre 2026 ore 11:20 | Fonte: ANSA | Letto
 * 1.284 volte"), or as a row of its own ("Source: The Associated Press"). A field of a source label and agencies and
 * nothing else is the row's, as the date is; the metadata stage reads the agency from it. Portals name the site the
 * copy came from the same way, by its address ("Source: www.harbourtimes.com", set over the text beside the date),
 * and that field is the row's too. Returns the row without such fields: an empty text when the row was the source
 * alone, the text unchanged when it names none.
 */
function withoutSourceFields(text: string): string {
  if (!SOURCE_FIELD_START.test(text)) return withoutTrailingSourceField(text);
  const fields = text.split(FIELD_SEPARATOR);
  const kept = fields.flatMap((field) => {
    const source = SOURCE_FIELD.exec(field);
    if (!source) return [field];
    const credited = source[1].replace(CLOSING_STOP, '');
    if (agenciesIn(credited, true).length > 0 || WEB_ADDRESS.test(credited)) return [];
    return [stampAfterSource(credited) ?? field];
  });
  return kept.length === fields.length && kept.every((field, index) => field === fields[index]) ? text : kept.join(' | ');
}

/**
 * Rule "stamp run on after the source": a template sets the source and the date as spans with only a space between
 * them ("<span>المصدر: أ ف ب</span> <time>23/01/2017 - 14:05</time>"), so the source field runs on into the date. Where
 * the words after the label are agencies and then a date stamp, the stamp is a field of its own: returns it, or null.
 */
function stampAfterSource(credited: string): string | null {
  for (let space = credited.indexOf(' '); space > 0; space = credited.indexOf(' ', space + 1)) {
    const stamp = credited.slice(space + 1);
    if (isDateStamp(stamp) && agenciesIn(credited.slice(0, space), true).length > 0) return stamp;
  }
  return null;
}
/**
 * Rule "source field after a space": Japanese portals print the agency that provided the copy after the date with
 * no mark between the fields, only a space ("2026年12月3日 13時02分 提供元：ロイター"). A source label and agencies that
 * close the row are its field all the same.
 */
function withoutTrailingSourceField(text: string): string {
  const trailing = TRAILING_SOURCE_FIELD.exec(text);
  return trailing && agenciesIn(trailing[1].replace(CLOSING_STOP, ''), true).length > 0 ? text.slice(0, trailing.index) : text;
}
const TRAILING_SOURCE_FIELD = new RegExp(`\\s${SOURCE_LABEL}\\s*[:：]\\s*([^:：]{1,40})$`, 'iu');

/** What a header row prints between its fields: a bar, a dot or a slash, set apart by spaces ("dpa/lrs" is one field). */
const FIELD_SEPARATOR = /\s+[|·•/]\s+|\s*[|·•]\s*/u;
/**
 * A site's address and nothing else: "www.harbourtimes.com", "https://harbour-times.co.uk/", and in the letters of the
 * site's language, vowel signs and all, as Hindi papers write their own ("नवभारतटाइम्स.कॉम").
 */
const WEB_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\p{M}\d-]+(?:\.[\p{L}\p{M}\d-]+)*\.\p{L}[\p{L}\p{M}]+\/?$/u;
const SOURCE_FIELD = new RegExp(`^\\s*${SOURCE_LABEL}\\s*[:：]\\s*(.+)$`, 'iu');
/** A source label opening the row or one of its fields, a cheap first test of every header row. */
const SOURCE_FIELD_START = new RegExp(`(?:^|[|·•/]\\s*)${SOURCE_LABEL}\\s*[:：]`, 'iu');

/** "Von dpa, Reuters und AFP": a label and a few agencies; a longer row is a sentence about them. */
const MAX_AGENCY_BYLINE_CHARS = 60;

/**
 * Rule "agency byline": "Por Agencia EFE", "By AFP", "Von dpa und Reuters", "By Reuters Staff" (see AGENCY_DESK). An
 * agency goes to the record's wireSource, not its authors, so no author's name marks the byline row of a story an
 * agency filed; its label and the agency alone do. Among the header's rows the agency's name alone is the byline
 * too: Indian papers print "PTI" in the byline box of the copy they take from the Press Trust of India. Rule "agency
 * after its lead-in alone": there a paper that rewrote the agency's copy credits it with the credit's lead-in in the
 * byline's place ("Avec MAP", "Con EFE", "With AP"), which is that row as well.
 */
function isAgencyByline(text: string, inHeader: boolean): boolean {
  if (text.length > MAX_AGENCY_BYLINE_CHARS) return false;
  if (inHeader && agencyNamed(text.replace(CLOSING_STOP, '')) !== null) return true;
  const label = BYLINE_PREFIX.exec(text) ?? (inHeader ? CREDIT_LEAD_IN_PREFIX.exec(text) : null);
  return label !== null && label[0].length > 0 && agenciesIn(text.slice(label[0].length).replace(CLOSING_STOP, '').replace(AGENCY_DESK, '')).length > 0;
}

/**
 * Rule "agency byline with its date": a portal's row under the headline prints the credit and the date the page is
 * dated by run together ("كتب: أ ش أ الأربعاء، 02 ديسمبر 2026 04:40 م"); with the date the metadata stage read set
 * aside, what is left is an agency byline.
 */
function isDatedAgencyByline(text: string, dateline: string | null): boolean {
  if (!dateline || text.length <= dateline.length || !text.endsWith(dateline)) return false;
  return isAgencyByline(text.slice(0, -dateline.length).replace(ROW_SEPARATORS, ''), true);
}

/**
 * Rule "agency and place before the stamp": a regional paper's header row credits the agency's copy with the agency,
 * the city its bureau filed from and the labelled date, each in a span of its own ("Europa Press Santiago Publicado o
 * 5 de decembro de 2026 ás 14:40", "EFE Madrid Publicado el …"). The stamp's label says where the credit ends, and
 * what is before it, the agency and at most a few capitalised words, names no writer: the row is the agency's byline.
 */
function isStampedAgencyByline(text: string): boolean {
  const at = labelledStampAt(text);
  if (at <= 0) return false;
  const words = text.slice(0, at).replace(ROW_SEPARATORS, '').trim().split(' ');
  for (let split = words.length; split > 0; split--) {
    if (agencyNamed(words.slice(0, split).join(' ')) === null) continue;
    return split === words.length || isTitleOrPlace(words.slice(split).join(' '));
  }
  return false;
}

/**
 * Rule "newsroom byline": a story the desk wrote, or rewrote from agency copy, is credited to the newsroom as a whole
 * in a line of its own at the head of the text, where a writer's byline goes ("Da Redação", "Por la Redacción", "De
 * la redacción", Catalan "Per la redacció"). It names no writer, so no author's name marks it; among the header's
 * rows, the newsroom's word with at most a byline label and an article before it is that credit. American local
 * papers credit the desk's round-ups and briefs so, in the plural of the reports it gathered ("From staff reports",
 * "Staff report", "From staff and wire reports"). Rule "our newsroom": Dutch, German and French papers credit it as
 * their own ("Door onze redactie", "Door de redactie", "Von unserer Redaktion", "Par notre rédaction"), Arabic ones to
 * the editing team or the news desk, often after the compiler's label ("إعداد: فريق التحرير", "هيئة التحرير", "قسم
 * الأخبار"), Turkish ones to the news centre, under the paper's name or not ("Haber Merkezi", "Ekonomi Haber Merkezi").
 * Rule "the paper's team": Indian papers credit their desk as the paper's team, the English word in their own script
 * before the paper's name of a word or two ("Team Lokvarta", "टीम लोकवार्ता", "ટીમ સમાચાર"); a story opens on no such line.
 * Rule "written by the newsroom": Joomla's and other templates print the writer's field with its participle ("Écrit
 * par", "Escrito por", "Scritto da") and, for the desk's copy, the newsroom's word in it ("Écrit par Rédaction"); the
 * participle only ever introduces the credit.
 * Rule "the site's editor": Arabic WordPress sites post the desk's and the agencies' copy under an account named the
 * site's or the paper's editor ("محرر الموقع", "محرر الصحيفة"), which the theme's author box prints with "بواسطة"
 * (by) in a span of its own and no space before the link ("<span>بواسطة</span><a>محرر الموقع</a>"); a ta marbuta
 * ends its word, so "بواسطةمحرر" is two, the label and the credit.
 */
const NEWSROOM_BYLINE = new RegExp(String.raw`^(?:(?:team|टीम|ટીમ|টিম|ਟੀਮ|టీమ్|ಟೀಮ್|ଟିମ୍)\s+[\p{L}\p{M}\d]+(?:\s+[\p{L}\p{M}\d]+)?|(?:(?:por|per|by|von|par|door|di|${WRITTEN_BY_PARTICIPLES.join('|')})\s+)?(?:(?:d[ao]|de(?:\s+la)?|del|della|la|a|der|onze|unserer|notre)\s+)?(?:redacci[oó]n?|reda[cç][aã]o|redazione|r[ée]daction|redaktion|redactie|newsroom)|(?:from\s+)?staff(?:\s+and\s+wire)?\s+reports?|(?:\p{L}+\s+){0,2}haber\s+merkezi|(?:(?:إعداد|اعداد|كتب|بقلم)\s*[:：-]?\s*)?(?:فريق|هيئة|أسرة|اسرة|قسم)\s+(?:التحرير|الأخبار|الاخبار)|(?:بواسطة\s*)?(?:ال)?محرر\s+(?:الموقع|الصحيفة|الأخبار|الاخبار))\.?$`, 'iu');

/**
 * Rule "a post, no name": South Asian papers credit a story whose writer they do not name to the post, with an
 * article or "our" before it, in the line where a byline goes ("By a Special Correspondent", "By Our Staff Reporter",
 * "By a Correspondent"); the article says that no one is named, and the line is the credit, not the story's opening.
 * Rule "our correspondent, in Hindi and Bengali": Hindi papers write the same credit as "our" or "own" correspondent,
 * often after the place it was filed from ("बाड़मेर से हमारे संवाददाता", "निज संवाददाता"), and Bengali ones as the
 * paper's own ("নিজস্ব সংবাদদাতা", "নিজস্ব প্রতিবেদক"): the whole line, and no one named in it.
 * Rule "the site's correspondent, unnamed": Maghreb and other Arab local sites open a story on the line that credits
 * the outlet's correspondent in a city without naming anyone ("مراسل الموقع بأكادير", the site's correspondent in
 * Agadir; "مراسل الجريدة في وجدة", "مراسلنا بفاس"): the whole line, the post and its place, is the credit, and no
 * sentence of a story is so short and verbless.
 */
const UNNAMED_POST_BYLINE = /^(?:(?:by\s+)?(?:a|an|our)\s+(?:own\s+)?(?:(?:special|staff|political|legal|business|sports|diplomatic|parliamentary)\s+)?(?:correspondents?|reporters?|writers?)|(?:[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?\s+से\s+)?(?:हमारे|निज)\s+(?:विशेष\s+)?(?:संवाददाता|प्रतिनिधि)|নিজস্ব\s+(?:সংবাদদাতা|প্রতিবেদক|প্রতিনিধি)|(?:ال)?مراسل(?:ة)?\s+(?:الموقع|الجريدة|الصحيفة|البوابة|الإذاعة|القناة)(?:\s+(?:في\s+|ب)[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+)?)?|مراسل(?:نا|تنا)(?:\s+(?:في\s+|ب)[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+)?)?)\.?$/iu;
/**
 * Rule "Bengali desk credit": Bangladeshi portals credit the desk's copy to the desk in the byline's place, a line of
 * its own in the meta row ("ডেস্ক রিপোর্ট", desk report; "অনলাইন ডেস্ক", "স্পোর্টস ডেস্ক", "বিনোদন ডেস্ক"); in the
 * header the whole line is the credit, and a story opens on no such line.
 */
const BENGALI_DESK_BYLINE = /^(?:[\p{L}\p{M}]+\s+)?ডেস্ক(?:\s+রিপোর্ট)?$/u;
/**
 * Rule "newsroom with the agency": a paper credits the brief it wrote from agency copy to itself and the agency, in
 * the row of details under the headline ("Par Le Courrier du Midi avec AFP", "El Diario con EFE", "By Harbour Times
 * with AP"), often with the row's stamps after it ("… - Publié le … - Mis à jour le …"). It names no writer, so no
 * author's name marks it: the credit word, the paper's few capitalised words and agencies alone after "with" are the
 * credit, and each field after it a stamp. The row's spans may run the credit and its labelled stamp together with no
 * separator ("La Voix du Bocage avec AFP Publié le 03/12/2026 à 14h10, mis à jour à 18h45"), as rule "unseparated
 * stamp" reads a writer's row. Rule "newsroom slash agency": Spanish and Catalan papers join the two with a slash
 * ("Redacción / EFE", "Redacció / ACN"), as the metadata stage reads the credit, and a legacy template breaks the
 * line before the stamp ("Redacció / ACN<br>Publicat el …") where a newer one sets a bar.
 */
function isNewsroomWithAgency(text: string): boolean {
  const fields = text.split(CREDIT_FIELD_GAP);
  const unseparated = fields.length === 1 && NEWSROOM_AND_AGENCY.test(text) ? labelledStampAt(text) : -1;
  const [credit, ...stamps] = unseparated > 0 ? [text.slice(0, unseparated), text.slice(unseparated + 1)] : fields;
  const joined = credit.length <= MAX_AGENCY_BYLINE_CHARS ? NEWSROOM_AND_AGENCY.exec(credit.replace(BYLINE_PREFIX, '')) : null;
  return joined !== null && joined[1].split(' ').every((word, position) => CAPITALISED_WORD.test(word) || (position > 0 && NAME_PARTICLE.test(word)))
    && joined[2].split(NAME_SEPARATOR).every((part) => agencyNamed(part.replace(CLOSING_STOP, '')) !== null) && stamps.every(isDateStamp);
}
const NEWSROOM_AND_AGENCY = /^(\S+(?: \S+){0,4}) (?:avec|with|and|et|mit|und|con|y|com|e|met|en|\/) (\S.*)$/u;
/** The short lowercase words inside a paper's name: "Le Courrier du Midi", "Diario de Noticias". */
const NAME_PARTICLE = /^(?:d[aeiou]s?|de[lrn]?|la|le|les|el|of|the|van|von|am|an)$/u;
/** Between a row's credit and its stamps: a spaced dash or a bar. */
const CREDIT_FIELD_GAP = /\s+[-–—]\s+|\s*[|·•\n]\s*/u;

/**
 * Rule "institution's byline": a club, a parish, a society, an association or a public body credited in the byline's
 * place ("By the Kinross Valley Lions Club", "Escrito por Parroquia San Roque", "Von Bundesverband Beispielenergie")
 * names no writer, so no author's name marks its row; the row is the byline all the same, a label and the
 * institution's name and nothing more, and goes as a writer's does.
 */
function isInstitutionByline(text: string): boolean {
  if (text.length > MAX_INSTITUTION_BYLINE_CHARS || !BYLINE_PREFIX.test(text)) return false;
  const credit = text.replace(BYLINE_PREFIX, '').replace(LEADING_ARTICLE, '').trim();
  return INSTITUTION_WORD.test(credit) && INSTITUTION_NAME.test(credit);
}
const MAX_INSTITUTION_BYLINE_CHARS = 80;
const LEADING_ARTICLE = /^(?:the|la|el|le|les|der|die|das)\s+/iu;
/** Capitalised words and the short lowercase ones a name links them with ("Hermandad del Rocío", "Comité des fêtes"). */
const INSTITUTION_NAME = /^\p{Lu}[\p{L}.'’&-]*(?:\s+(?:\p{Lu}[\p{L}.'’&-]*|of|for|and|the|de|del|de la|des|du|la|le|für|der|und|e\.\s?V\.|[\p{Ll}]+)){0,7}$/u;

/**
 * Rule "details row": over the headline or under it, a template prints the writer, the date as it formats it and a
 * field or two more in one row ("Maya Okafor · 3/27/23 · Business", its spans often run together as "Maya
 * Okafor3/27/23 Business"). The metadata's date may be written otherwise, so the row is known by its shape in the
 * article's header: a credited writer's name, a numeric date, and at most a few words after it.
 */
const DETAILS_ROW_DATE = /^[\s|,·•–—-]*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\d)([^.!?]*)$/u;
const MAX_DETAILS_ROW_CHARS = 80;
const MAX_DETAILS_ROW_WORDS = 3;

function isDetailsRow(text: string, authors: readonly string[]): boolean {
  if (text.length > MAX_DETAILS_ROW_CHARS) return false;
  const credited = text.replace(BYLINE_PREFIX, '');
  const author = authors.find((name) => name.includes(' ') && credited.startsWith(name));
  if (!author) return false;
  const after = credited.slice(author.length);
  const numeric = DETAILS_ROW_DATE.exec(after);
  if (numeric) return isFewFieldWords(numeric[1]);
  // Rule "details row with a written date": the row may write the date out, the fields set apart by bars or dots
  // ("By Jane Doe | December 5, 2026 at 10:40 am | Politics"); the stamp is then known by the stamp reader.
  const [stamp, ...fields] = after.replace(ROW_SEPARATORS, '').split(STAMP_FIELD_SEPARATOR);
  return fields.length > 0 && isDateStamp(stamp.replace(DATE_PREPOSITION, '')) && isFewFieldWords(fields.join(' '));
}
function isFewFieldWords(text: string): boolean {
  return text.trim().split(/[\s|·•]+/).filter(Boolean).length <= MAX_DETAILS_ROW_WORDS;
}

/** "Categoría: Política local" is as long as one post-details field gets. */
const MAX_META_FIELD_CHARS = 40;

/**
 * Header meta field: a post-details list that sets each field on its own line (Joomla's article-info list: "Written
 * by …", "Category: Local", "Published: …", "Hits: 2318") leaves lines that hold one labelled field, which the
 * row rule (two fields in one line) does not see. Among the header's opening lines, a short line that opens with a
 * post-details label is such a field.
 */
function isMetaField(text: string): boolean {
  return text.length <= MAX_META_FIELD_CHARS && (META_ROW_START.test(text) || DETAILS_TERM.test(text));
}
/**
 * Rule "details list's term": Joomla heads its article-info list with a term of its own, "Details" in the site's
 * language (`<dt class="article-info-term">Detalles</dt>`), over the writer's and the date's fields; once those are
 * read and dropped, the term is left as a line of one word at the top of the text.
 */
const DETAILS_TERM = /^(?:details|detalles|détails|dettagli|detalhes|einzelheiten|szczegóły|подробности|detaylar|التفاصيل|تفاصيل)$/iu;

/**
 * A row that credits someone ("Posted by kovarex, TOGos on 2019-02-15") names people the metadata stage did not
 * take for authors: the byline rule, which drops only rows of known authors, judges it, not the date row rule.
 */
const CREDITS_SOMEONE = new RegExp(`(?:^|\\s)(?:${CREDIT_WORDS})\\s`, 'iu');
/**
 * Rule "team's credit in the date row": blogs of councils, clubs and companies post under a team's account and print
 * it in the post's meta row ("Posted on May 2, 2026 by the Events Team", "… by Web Desk"); a team names no person,
 * and the row is the post's details, at the head of the text or at its foot.
 */
const TEAM_CREDIT = new RegExp(`(?:^|\\s)(?:${CREDIT_WORDS})\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}&'’-]*\\s+){0,3}(?:team|desk|staff|editors|newsroom)\\.?$`, 'iu');

/** A date row is a line: the date with a few words around it. */
const MAX_DATE_ROW_CHARS = 90;
/**
 * Rule "two stamps measured apart": Spanish-language portals print the publication and the update in
 * one row under the byline, each with its long Spanish date and a bar between them ("Publicado: 7 de diciembre de
 * 2026, 9:20 a. m. | Actualizado: 7 de diciembre de 2026, 4:05 p. m."), longer than one stamp's row may be. Set apart
 * by the bar, each is measured as the label pass measures a row of two stamps (see hasStampLength); the row's words
 * are then judged as any date row's.
 */
const isBarredStampPair = (text: string) => text.includes('|') && hasStampLength(text);
/**
 * Words a date row may hold besides the date, the time and the names: a place or a kicker, a label ("Updated",
 * "aktualizacja"), a clock word ("Uhr", "om"). A sentence that dates something has more.
 */
const MAX_DATE_ROW_WORDS = 3;
/** A date printed in the newsroom's zone may fall on the day before or after the UTC day of the declared one. */
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Header date row: a line among the article's opening blocks that dates the article. Known either as the very
 * string the metadata stage read the date from (a "Published …, updated …" row), or as a line that reads as the
 * publication date (within a day: zones) and holds no more than a few other words once names, digits and month
 * names are set aside.
 */
function isDateRow(text: string, names: ReadonlySet<string>, dateline: string | null, publishedAt: string): boolean {
  if ((text.length > MAX_DATE_ROW_CHARS && !isBarredStampPair(text)) || isAgencyDatelineLine(text) || isDualDateAgencyDateline(text)) return false;
  // The metadata's own string may have no Western digit: "לפני שעתיים" (two hours ago), "час назад", "۳ ساعت پیش".
  // Compared without spaces: a dateline printed in parts (day, month, year in elements of their own) is read with
  // spaces between them, while the block's text runs them together ("mayo20,2026").
  if (dateline && unspaced(text) === unspaced(dateline)) return (!CREDITS_SOMEONE.test(text) || TEAM_CREDIT.test(text)) && !(SENTENCE_CLOSE.test(text) && !fewWordsBesideDate(text, names));
  if (!/\d/.test(text)) return false;
  const published = Date.parse(publishedAt);
  const read = parseDate(text, new Date(published));
  if (read ? Math.abs(Date.parse(read.iso) - published) > DAY_MS * 1.5 : !printsDayWithoutYear(text, publishedAt)) return false;
  return fewWordsBesideDate(text, names);
}

/**
 * Rule "agency copy's dateline line": Spanish agencies set the dateline of their copy on a line of its own over the
 * text, the place, the day with the month abbreviated and the agency in brackets ("MADRID, 5 Dic. (EUROPA PRESS) -"),
 * and the sites that run it, the agency's own among them, keep it so. It dates the copy, but it is the story's opening
 * line, which credits the agency the wire source is read from, not a row of the article's details.
 */
function isAgencyDatelineLine(text: string): boolean {
  const line = AGENCY_DATELINE_LINE.exec(text);
  return line !== null && agencyNamed(line[1]) !== null;
}
const AGENCY_DATELINE_LINE = /^\p{Lu}[\p{L}\s.'’-]{1,40},\s*\d{1,2}(?:\s+\p{L}{3,4}\.?)?\s*\(([^()]{2,30})\)\s*[-–—.]*$/u;

/**
 * Rule "agency's dateline in both calendars": the Saudi agency's copy opens on a line of the place, the day in both
 * calendars and the agency ("الرياض 12 جمادى الآخرة 1448 هـ الموافق 03 ديسمبر 2026 م واس"), which the sites that run it
 * keep as the story's first line. It dates the copy, but it credits the agency the wire source is read from, as the
 * Spanish agencies' line does (rule "agency copy's dateline line"), and is no row of the article's details; a date
 * row in both calendars closes on the era's letter or the clock.
 */
function isDualDateAgencyDateline(text: string): boolean {
  const last = LAST_WORD.exec(text)?.[1];
  return last !== undefined && agencyNamed(last) !== null && mentionsHijriDate(text);
}
const LAST_WORD = /(\S+)\s*$/u;

/**
 * Rule "dated lead sentence": an agency's lead opens with the place and the day ("بكين 2 ديسمبر 2026 (شينخوا) أعلنت
 * الحكومة … خطة جديدة."), and a short one is all the string the metadata stage dated the page by. A block that closes
 * as a sentence, its end mark after a word (not after a year or an abbreviated clock word: "14:30 น."), and holds more
 * words than a date row beside its date is the story's first paragraph.
 */
const SENTENCE_CLOSE = /\p{L}{3,}[.!?؟]["»”’)]?\s*$/u;

/** Whether the text holds no more than a date row's few words once names, digits, months and weekdays are set aside. */
function fewWordsBesideDate(text: string, names: ReadonlySet<string>): boolean {
  let rest = text.toLowerCase().normalize('NFC').replace(DAY_HALF, ' ').replace(CLOCK_ZONE, ' ');
  for (const name of [...names, ...MULTI_WORD_MONTHS]) rest = rest.replaceAll(name, ' ');
  rest = withoutHijriDatesAndEras(markArabicMonths(rest, ' '));
  // Counted once each: a row that prints the update's time after the publication's repeats its clock word
  // ("14.02.2026, 06:30 Uhr Aktualisiert: 18:12 Uhr"), which makes it no more a sentence.
  const words = new Set(rest.split(NON_LETTERS).filter((word) => word.length > 0 && !MONTH_BY_NAME.has(word) && !WEEKDAYS.has(word) && !DAY_WORD_SET.has(word) && !CJK_DATE_UNITS.has(word)));
  if (words.size <= MAX_DATE_ROW_WORDS) return true;
  for (const agency of creditedAgencyWords(text)) words.delete(agency);
  return words.size <= MAX_DATE_ROW_WORDS;
}

/**
 * Rule "CJK date units": Japanese, Chinese and Korean write a date and a time with a unit after each number
 * ("2026年12月3日 13時02分", "2026년 12월 3일 13시 2분"); the units are the date's, no words of a sentence.
 */
const CJK_DATE_UNITS: ReadonlySet<string> = new Set(['年', '月', '日', '時', '时', '分', '秒', '년', '월', '일', '시', '분', '초']);

/**
 * Rule "agency in the date row": Italian and Spanish papers running agency copy print the agency's desk as the row's
 * credit, then the place, the date and the section, each in a span of its own ("<span>Redazione ANSA</span>
 * <span>ROMA</span> <span>12 novembre 2026 16:31</span> <span><a>Politica</a></span>"). The agency is the row's
 * credit as a writer's name is, which the metadata stage reads for the wire source, and no word of a sentence: the
 * row's words that name one are set aside as the names are. Read from the row as printed, as short agency names
 * count only in capitals. Returns them lower-cased, as the row's words are compared.
 */
function creditedAgencyWords(text: string): string[] {
  return text.split(NON_LETTERS).filter((word) => word.length > 1 && agencyNamed(word) !== null).map((word) => word.toLowerCase());
}

/**
 * Rule "year-less date row": Finnish and Nordic papers print a date of the current year as day and month alone
 * ("Julkaistu 12.11. klo 14.05 | Päivitetty 12.11. klo 16.20"), and portals and English-language papers with the
 * month's name ("Wed, Dec 2", "2 December"), which no date reader places in a year; a row that prints the
 * publication's own day and month so, on the page's clock, dates the article as well as a full date does.
 */
function printsDayWithoutYear(text: string, publishedAt: string): boolean {
  const day = /^\d{4}-(\d{2})-(\d{2})/.exec(publishedAt);
  if (!day) return false;
  const [month, date] = [Number(day[1]), Number(day[2])];
  if (numericDayAndMonth(date, month).test(text)) return true;
  const lower = text.toLowerCase().normalize('NFC');
  const named = (name: string, number: string) => Number(number) === date && MONTH_BY_NAME.get(name) === month;
  return [...lower.matchAll(MONTH_THEN_DAY)].some(([, name, number]) => named(name!, number!))
    || [...lower.matchAll(DAY_THEN_MONTH)].some(([, number, name]) => named(name!, number!));
}

/**
 * The day and month printed in digits ("2.12.", "02. 12."). A page has one publication day, asked about for every
 * row: its pattern is compiled once and kept until another day is asked about, not compiled again for each row.
 */
function numericDayAndMonth(date: number, month: number): RegExp {
  const key = `${date}.${month}`;
  if (lastDayAndMonth?.key !== key) lastDayAndMonth = { key, pattern: new RegExp(`(?<![\\d.])0?${date}\\.\\s?0?${month}\\.(?!\\d)`) };
  return lastDayAndMonth.pattern;
}
let lastDayAndMonth: { key: string; pattern: RegExp } | null = null;
/** A month's name and a day beside it, either way round ("Dec 2", "Wed 2 Dec", "2. Dezember", "2 de diciembre"). */
const MONTH_THEN_DAY = /(?<!\p{L})(\p{L}+)\.?\s(\d{1,2})(?!\d)/gu;
const DAY_THEN_MONTH = /(?<![\d.])(\d{1,2})\.?\s(?:de\s)?(\p{L}+)(?!\p{L})/gu;

/**
 * Rule "half of the day": "4:40 pm", "8:05 a.m.", "8:40 a. m.": the half of the day after a clock time is part of the
 * time, no word of the row, which may print it twice ("Nov 24, 2026 at 4:40 pm Updated Nov 25, 2026 at 8:05 am").
 */
const DAY_HALF = /(?<=\d\s?)(?:[ap]\.?m\.?|[ap]\.\sm\.)(?!\p{L})/gu;
/**
 * Rule "zone after the clock": a wire's or a paper's row prints the zone its clock is in after the time ("December 1,
 * 2026 at 07:05 GMT | Example Wire", "Dec 03, 2026, 09:00 ET", "10:15 CET"); the abbreviation is part of the time, as
 * the half of the day is, and no word of the row. Read after the day's half is set aside ("5:42 pm EST").
 */
const CLOCK_ZONE = new RegExp(`(?<=\\d\\s*)(?:${[...ZONE_ABBREVIATIONS.filter((zone) => zone.length > 1), 'ET', 'CT', 'MT', 'PT'].map((zone) => zone.toLowerCase()).join('|')})(?![\\p{L}])`, 'gu');

/**
 * Parts of the date itself, which are not the row's words: month names of more than one word ("tháng mười một", and
 * the Levantine "تشرين الثاني", which `markArabicMonths` takes out with the other Arabic names) and weekdays ("نشر في:
 * الاثنين 30 تشرين الثاني/نوفمبر 2026" is a label and a date). Weekdays are also listed as Arabic text is compared
 * once folded ("الجمعة" as "الجمعه").
 */
const MULTI_WORD_MONTHS = [...MONTH_BY_NAME.keys()].filter((name) => /\s/.test(name));
const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES.flatMap((name) => [name.normalize('NFC'), foldArabic(name)]));
/**
 * Rule "day word in the date row": DataLife Engine and other older CMSes print a recent day as "Вчера, 14:20" or
 * "Сегодня, 09:05" (yesterday, today) in the row under the headline; the word is the row's date, as a month's name
 * is, and no word of a sentence.
 */
const DAY_WORD_SET: ReadonlySet<string> = new Set(DAY_WORDS.map((word) => word.toLowerCase().normalize('NFC')));

/**
 * Rule "login in the byline": a theme whose writers never set a display name prints the account that posted the piece
 * ("By admin", "Posted by jdoe", "بواسطة admin"). No author reader takes a login for a name, so no name marks the row;
 * in the header, a byline word and one lowercase token, the login's shape, is that row.
 */
function isLoginByline(text: string): boolean {
  const login = text.replace(BYLINE_PREFIX, '');
  return login !== text && LOGIN.test(login);
}
const LOGIN = /^\p{Ll}[\p{Ll}\d._-]*$/u;

/**
 * Rule "poster row": a forum post opens with the line naming who posted it and when ("von jane_doe » Mo 9. Jan
 * 2023, 20:41", "by janedoe » Tue Jan 10, 2023 5:12 pm"). The poster is a login, which no author reader takes for
 * a name, so the row is known by its shape: a byline word, one word, a separator and nothing but a date stamp.
 * Drupal's node template prints the same row in words, with the account that submitted the node ("Submitted by
 * admin on Sat, 12/05/2026 - 10:00").
 */
const POSTER_ROW = /^(?:(?:posted|submitted|contributed)\s+by|von|by|par|por|door|di)\s+\S+(?:\s*[»|·•]|\s+on\s)\s*(.+)$/iu;

function isPosterRow(text: string): boolean {
  const [first, ...rest] = text.split('\n');
  const row = POSTER_ROW.exec(first.replace(READS_AFTER_STAMP, '').replace(AT_BEFORE_CLOCK, ' '));
  return row !== null && isDateStamp(row[1]) && rest.every((line) => TOPIC_LINE.test(line.trim()));
}
/**
 * Rule "News module's story row": PHP-Nuke and its forks print the row as "Posted by admin on Saturday, December 05 @
 * 09:30:00 EST (1287 reads)", an "@" before the clock and the story's reads counted in brackets after it, and some
 * themes set the story's topic on the line after it ("Topic Local Government", in the row's cell or after the topic's
 * icon); all of it is the module's, none the story's.
 */
const READS_AFTER_STAMP = /\s*\(\s*\d[\d.,]*\s+\p{L}+\s*\)\s*$/u;
const AT_BEFORE_CLOCK = /\s@\s/u;
const TOPIC_LINE = /^(?:topic|category|section|thema|kategorie|rubrik|tema|categoría|categoria|secci[óo]n)\s*:?\s+\S[^\n]{0,40}$/iu;

/**
 * Rule "review credit": health, finance and legal guides print, beside the writer's byline, the expert who checked
 * the text ("Medizinisch geprüft von: Dr. Jane Doe, Fachärztin", "Medically reviewed by …", "Fact-checked by …").
 * The reviewer is no writer of the piece and the line is the byline box's, not the text's; it is known by its
 * label, followed by a capitalised name, in a line no longer than a credit. French and Spanish health sites name the
 * text the expert checked and pair the verbs ("Article relu et validé par Dr Jane Doe, pédiatre", "Artículo revisado
 * y verificado por …"): the same credit, by the same label.
 */
const REVIEW_CREDIT = /^(?:(?:article|texte|contenu|artículo|contenido|artikel|beitrag|text|content)\s+)?(?:(?:medizinisch|fachlich|ärztlich|medically|medical|clinically|expert|m[ée]dicalement)\s+)?(?:(?:relu|revu|revisado|vérifié|verificado)\s+(?:et|y)\s+)?(?:geprüft|überprüft|reviewed|fact[- ]?checked|checked|revisado|verificado|vérifié|validé|validado|relu|gecontroleerd)\s+(?:von|by|por|par|door)\s*[:：]?\s+\p{Lu}/iu;
const MAX_REVIEW_CREDIT_CHARS = 150;

function isReviewCredit(text: string): boolean {
  return text.length <= MAX_REVIEW_CREDIT_CHARS && REVIEW_CREDIT.test(text);
}

/**
 * Rule "unseparated stamp": "Av Erik Lindqvist Publicerad 28 november 2026 kl 07.40", the writers and the labelled
 * stamp of the page's publication in spans the row runs together with no separator. Returns where the stamp's label
 * starts, at a space after the first word, or -1. Tried at each space of a short row, after the cheaper shapes.
 */
function labelledStampAt(text: string): number {
  for (let space = text.indexOf(' '); space > 0; space = text.indexOf(' ', space + 1)) {
    const rest = text.slice(space + 1);
    if (DATE_STAMP_LABEL.test(rest) && isDateStamp(rest)) return space;
  }
  return -1;
}

/**
 * Rule "stamp run into the name": a script-built header sets the writers and the date in spans side by side with no
 * space or separator between them, and the row reads the date run into the last name ("By Marcus Reyes and Alina
 * PetrovaDec 5, 2026 11:48 PM PST", "Jane Doe5 December 2026"). Returns where the stamp starts, at a capital or a
 * digit right after a small letter, when all from there is a date stamp, or -1; a name's own inner capital
 * ("McAllister") starts no stamp.
 */
function stampRunIntoNameAt(text: string): number {
  for (let index = 1; index < text.length; index++) {
    const before = text[index - 1];
    const next = text[index];
    if (before === before.toUpperCase() || (next === next.toLowerCase() && (next < '0' || next > '9'))) continue;
    const rest = text.slice(index);
    if (/\d/.test(rest) && isDateStamp(rest)) return index;
  }
  return -1;
}

/**
 * Rule "numeric date after the byline": a signature row runs the writer's line and the numeric stamp together with no
 * separator ("Luana Medeiros - Repórter da Agência Brasil 03/12/2026 - 14h05 · Atualizada às 14h31"), and the
 * metadata's date may be declared in another format; the row is a byline when the part before the stamp is.
 */
const NUMERIC_DATE_TAIL = /\s(\d{1,2}[./-]\d{1,2}[./-]\d{4}(?!\d)[^]*)$/u;
/** Between the publication's stamp and the update's: "03/12/2026 - 14h05 · Atualizada às 14h31". */
const STAMP_FIELD_SEPARATOR = /\s*[·•|]\s*/u;

/** "Zuletzt aktualisiert am 2. August 2023 von Jane Doe": a date stamp, then the byline word and the writers. */
const DATED_CREDIT = /^(.*\d.*?)\s(?:by|von|par|por|door)\s+(\S.*)$/iu;

/**
 * "Par Julien Moreau · Publié le 2 septembre 2024 à 6h30": the writers, then after a separator the labelled stamp
 * of the page's publication, in the page's own words, which need not be the metadata's date string. An unlabelled
 * date after the names is judged against the page's date, as the row's date ("By Jane Doe | May 4, 2024").
 */
const STAMPED_CREDIT = /^(.+?)\s*[·•|]\s*([^·•|]*\d[^·•|]*)$/u;

function isByline(text: string, names: ReadonlySet<string>, dateline: string | null): boolean {
  // Rule "long agency credits" (see the byline lines): the agency's bracketed credits run longer than a byline.
  if (text.length > (BRACKETED_AGENCY_CREDIT_LINE.test(text) ? MAX_AGENCY_CREDIT_CHARS : 120)) return false;
  const dated = DATED_CREDIT.exec(text);
  if (dated && isDateStamp(dated[1])) return isByline(dated[2], names, null);
  const stamped = STAMPED_CREDIT.exec(text);
  if (stamped && DATE_STAMP_LABEL.test(stamped[2]) && isDateStamp(stamped[2])) return isByline(stamped[1], names, null) || isNameWithPost(stamped[1], names);
  const labelled = labelledStampAt(text);
  if (labelled > 0) {
    const credit = text.slice(0, labelled).replace(ROW_SEPARATORS, '');
    if (isByline(credit, names, null) || isNameWithPost(credit, names)) return true;
  }
  const runOn = stampRunIntoNameAt(text);
  if (runOn > 0 && isByline(text.slice(0, runOn), names, null)) return true;
  const numericTail = NUMERIC_DATE_TAIL.exec(text);
  if (numericTail && numericTail[1].split(STAMP_FIELD_SEPARATOR).every(isDateStamp) && isByline(text.slice(0, numericTail.index), names, null)) return true;
  const afterStamp = bylineAfterStamp(text);
  if (afterStamp !== null && isByline(afterStamp, names, null)) return true;
  if (dateline !== null && isCreditedDateline(text, names, dateline)) return true;
  const undated = dateline && dateline.length < text.length ? text.replace(dateline, ' ').replace(ROW_SEPARATORS, '') : text;
  // "文/张伟 图/李明", "By Jane Doe Photos: John Roe": after the writers, a row that opens with the byline word may
  // credit the pictures or the editing, as the metadata stage read it.
  // "记者 林慧敏／吉隆坡报道": the reporter's credit with the place it was filed from (see TAIWANESE_REPORTER_CREDIT),
  // as the metadata stage read its names.
  const signed = withoutClosingNote(withoutAgencyMaterial(undated).replace(SOURCE_NOTE, '').replace(BRACKETED_SIGNATURE, '$1').replace(TAIWANESE_REPORTER_CREDIT, '$1').replace(JAPANESE_BUREAU_PREFIX, ''));
  // A joint credit's label ("Text und Fotos:", "Bài và ảnh:") is the byline word of one writer's line, and the
  // picture label inside it no other role's credit. An Arabic correspondent's label, and the place filed from before
  // it, are the byline word of such a line too (rule "the outlet's own correspondent": "جندوبة - مراسل القناة: …").
  const unlabelled = signed.replace(JOINT_CREDIT_LABEL, '').replace(CORRESPONDENT_CREDIT, '').replace(BYLINE_PREFIX, '');
  const writers = unlabelled === signed ? unlabelled : unlabelled.replace(OTHER_ROLE_CREDIT, '').replace(ROW_SEPARATORS, '');
  // "By Tom Harlan with AFP": the co-writers or the agency after "with" are more items of the list.
  const credit = withCoWritersListed(writers.replace(SIGN_OFF_EMAIL, '').replace(CLOSING_STOP, '').replace(LEAD_IN_COLON, '').replace(PADDED_HAN_NAME, '$1$2'));
  // "Της Ελένης Μαργαρίτη και του Νίκου Σταύρου": a credit may repeat its byline word before each writer. Agency copy
  // closes with its credits, each writer with the place filed from ("(Reporting by Jane Doe and John Roe in Mumbai;
  // Editing by Ann Poe)"), which the metadata stage set aside as no part of the name (rule "place the writer files
  // from"): the line is the byline moved to the story's foot. Arabic joins "and" to the second writer's name ("كتب محمد الصالح
  // وسارة العلي:"), which the metadata stage parted (rule "joined and"), and so is the row.
  // Rule "writing for the site, under the text" (see WRITING_FOR_PUBLICATION): "By Marcus Hale for Crudewatch.example".
  const parts = credit.split(NAME_SEPARATOR).flatMap((part) => part.split(LOWERCASE_AND)).flatMap(splitJoinedArabicNames)
    .map((part) => withoutDashedPost(withoutFilingPlace(part.replace(BYLINE_PREFIX, '').replace(BYLINE_WORD_BEFORE_FULL_NAME, '').trim().replace(WRITING_FOR_PUBLICATION, ''))));
  const isName = (part: string) => names.has(comparable(part)) || (KOREAN_BYLINE.test(part.trim()) && names.has(comparable(part.replace(KOREAN_ROLE_SUFFIX, ''))))
    || (JAPANESE_BYLINE.test(part.trim()) && names.has(comparable(part.trim().replace(JAPANESE_ROLE_SUFFIX, ''))));
  // "Autorin: Jane Doe, Apothekerin", "By Jane Doe, Senior Editor": after the names, the writer's title or place,
  // or the outlet's desk ("Por Ana Souza, g1 Rio — Rio de Janeiro", "Por Ana Souza, Diário do Litoral — Santos").
  const named = parts.findIndex((part) => !isName(part) && !(signed !== unlabelled && isNameWithPlaceRunOn(part, names)));
  // Rule "writer and agency": German papers sign an agency's copy with its writer and the agency after a comma ("Von
  // Jane Doe, dpa"), under the story as often as above it; the agency, in lower case, is the wire source.
  // Rule "site's address after the writer": Indian portals set their own address between the writer and the date
  // ("Authored by … | नवभारतटाइम्स.कॉम | Updated: …"), a field of the row, no writer.
  if (named === -1 || (named > 0 && (parts.slice(named).every((part) => isTitleOrPlace(part) || agencyNamed(part.trim()) !== null || WEB_ADDRESS.test(part.trim()))
    || OUTLET_CREDIT.test(parts[named].trim()) || NAMED_OUTLET_CREDIT.test(parts[named].trim())))) return true;
  const credited = comparable(credit);
  return isNameList(credited, names) || isNameList(withoutLeadIn(credited, names), names);
}

/**
 * Rule "place run on after the name": Indian templates set the writer's link and the city the story was filed from
 * in spans of their own ("<span>Written by <a>Jane Doe</a></span> <span>New Delhi | Updated: …</span>"), and the
 * row's text runs the city on after the name with only a space. In a labelled byline, a credited writer's name
 * followed by a few capitalised words and nothing else is the name and its place.
 */
function isNameWithPlaceRunOn(part: string, names: ReadonlySet<string>): boolean {
  const words = part.trim().split(' ');
  for (let split = 1; split < words.length; split++) {
    if (names.has(comparable(words.slice(0, split).join(' '))) && isTitleOrPlace(words.slice(split).join(' '))) return true;
  }
  return false;
}

/**
 * Rule "contributor's post before the stamp": an op-ed or a guest column credits its writer with a profession and a
 * town in lowercase words ("Séverine Mottier, médecin-dentiste à Carouge"), which no list of job titles holds, in the
 * row that carries the labelled publication stamp. Beside that stamp, a known writer's name, a comma and a few
 * words without a sentence's marks are the credit, not the story.
 */
function isNameWithPost(credit: string, names: ReadonlySet<string>): boolean {
  const comma = credit.indexOf(',');
  return comma > 0 && names.has(comparable(credit.slice(0, comma))) && WRITER_POST.test(credit.slice(comma + 1).trim());
}
const WRITER_POST = /^[\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+){0,5}$/u;

/**
 * Rule "stamp before the byline": Japanese and other templates print the date first and the labelled writer after it
 * in one row ("2026年11月30日 18:05 記者：高橋美咲", "May 3, 2026 | By Jane Doe"). What follows the stamp, from its
 * byline word on, is the byline. Null where no stamp opens the row.
 */
function bylineAfterStamp(text: string): string | null {
  for (const gap of text.matchAll(ROW_GAP)) {
    const rest = text.slice(gap.index + gap[0].length);
    if (BYLINE_PREFIX.test(rest) && isDateStamp(text.slice(0, gap.index))) return rest;
  }
  return null;
}
const ROW_GAP = /[\s·•|]+/gu;

/**
 * The row the metadata stage read both the writers and the date from ("By Jane Doe November 24, 2026", "Von Jane Doe
 * und John Roe, 24.11.2026", spans that set no mark between them): the dateline is the whole row, so it cannot be cut
 * out of it as elsewhere. The row is a byline when known writers open it, one after another, and a date stamp is all
 * that follows them.
 */
function isCreditedDateline(text: string, names: ReadonlySet<string>, dateline: string): boolean {
  if (unspaced(text) !== unspaced(dateline)) return false;
  let rest = comparable(text.replace(BYLINE_PREFIX, ''));
  let credited = false;
  for (let name = writerOpening(rest, names); name !== undefined; name = writerOpening(rest, names)) {
    credited = true;
    rest = rest.slice(name.length).replace(OPENING_NAME_SEPARATOR, '');
  }
  if (!credited) return false;
  if (isDateStamp(rest.replace(ROW_SEPARATORS, '').replace(DATE_PREPOSITION, ''))) return true;
  const titled = TITLE_BEFORE_STAMP.exec(rest);
  return titled !== null && isTitleOrPlace(titled[1]) && isDateStamp(titled[2].replace(DATE_PREPOSITION, ''));
}
/**
 * Rule "writer's title before the stamp": the row may give the writer's post after the name, then the stamp after a
 * bar or a dot ("By Jane Doe, Contributor | Dec. 5, 2026, at 10:40 a.m."); the post is the byline's, as it is
 * behind the names of a row with no date.
 */
const TITLE_BEFORE_STAMP = /^[\s,]*([^|·•]+?)\s*[|·•]\s*([^|·•]+)$/u;

/**
 * Rule "posted on": blog themes print the writer and the date in one sentence ("by Jane Doe on November 22, 2026",
 * "von Jana Roth am 22.11.2026", "par Jean Roy le 22 novembre 2026"); after the names, the preposition that leads
 * into the date is no part of the stamp.
 */
const DATE_PREPOSITION = /^(?:on|am|vom|le|du|el|em|il|op)\s+/u;

/** The known writer whose whole name opens the text. */
function writerOpening(text: string, names: ReadonlySet<string>): string | undefined {
  for (const name of names) if (text.startsWith(name) && !WORD_CHARACTER.test(text.charAt(name.length))) return name;
  return undefined;
}
const OPENING_NAME_SEPARATOR = new RegExp(`^(?:${NAME_SEPARATOR.source}|${LOWERCASE_AND.source})`, 'iu');
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Words of a byline's lead-in that no shared label list knows: "Escrito por", "di", "Interview by", "Texto de". */
const MAX_LEAD_IN_WORDS = 2;
const MAX_LEAD_IN_CHARS = 20;
/** The mark that joins a site's name to its writer ("Harbour Times - Jane Doe"): no word of the lead-in. */
const LEAD_IN_JOINER = /\s*[-–—|]$/u;

/**
 * Byline lead-in: a row that names the authors after a word or two of its own ("Escrito por Lucía Fernández y
 * Pablo Ortega", "di Giulia Ferrante e Paolo Rinaldi") is a byline in any language; the names that follow must
 * still be the authors' and nothing else, so the lead-in can only be a label. `text`: comparable.
 */
function withoutLeadIn(text: string, names: ReadonlySet<string>): string {
  let start = -1;
  for (const name of names) {
    const at = text.indexOf(name);
    if (at > 0 && text[at - 1] === ' ' && (start < 0 || at < start)) start = at;
  }
  if (start < 0) return text;
  const leadIn = text.slice(0, start).trim().replace(LEAD_IN_JOINER, '');
  return leadIn.length <= MAX_LEAD_IN_CHARS && !/\d/.test(leadIn) && leadIn.split(' ').length <= MAX_LEAD_IN_WORDS ? text.slice(start) : text;
}

/**
 * The authors' names and nothing else; the last may carry the job title the template prints beside it, glued to
 * it when the two are adjacent elements ("Chloe BarnesSenior Reporter"), or the agency whose copy the story is, as
 * wire bylines print it after the writer with no mark between ("By JANE DOE Associated Press"). `text`: comparable.
 */
function isNameList(text: string, names: ReadonlySet<string>): boolean {
  const parts = text.split(NAME_SEPARATOR);
  const last = parts.pop() ?? '';
  if (!parts.every((part) => names.has(part))) return false;
  if (names.has(last)) return true;
  const name = [...names].find((known) => last.startsWith(known));
  const role = name ? last.slice(name.length).trim() : '';
  return role !== '' && (role.split(' ').every((word) => ROLE_WORDS.test(word)) || isPostWithBeat(role) || agenciesIn(role).length > 0);
}

/**
 * Rule "post and its beat": a byline box sets the writer's post beside the name with the beat the writer covers
 * ("Valeria Ruiz Periodista de Economía", "Jane Doe Reporter for Health", "Redakteurin für Politik"): a role word and
 * a preposition's few words after it. A post names its beat in a word or three; a sentence runs on with a verb.
 */
function isPostWithBeat(role: string): boolean {
  const words = role.split(' ');
  return words.length <= MAX_TITLE_WORDS && ROLE_WORDS.exec(words[0])?.index === 0 && BEAT_PREPOSITION.test(words[1] ?? '');
}
const BEAT_PREPOSITION = /^(?:de|del|of|for|für|di|do|da|en|in)$/u;

/**
 * The writer's e-mail address after the name in a sign-off ("김민수 기자 minsu@example.kr", "Jane Doe
 * jane.doe@example.com"), which Korean and many local papers close the story with.
 */
const SIGN_OFF_EMAIL = /\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$/u;
/**
 * A signature set in brackets, as Japanese papers close a story ("（山本健太）", "【山本健太】") and some others sign
 * ("(Jane Doe)"): the brackets hold the names.
 */
const BRACKETED_SIGNATURE = /^\s*[（【(]\s*([^（）【】()]+?)\s*[）】)]\s*$/u;
/**
 * Rule "note after the byline": French and other bylines close with a note in brackets on where and as what the writer
 * filed ("Par Jane Doe (Florac, envoyée spéciale)", "(Florac (Lozère), envoyée spéciale)", a town and its département),
 * which the metadata stage drops as no part of the name; the names before it are the byline.
 */
function withoutClosingNote(text: string): string {
  return text.endsWith(')') && text.indexOf('(') > 0 ? text.replace(CLOSING_NOTE, '') : text;
}
const CLOSING_NOTE = /\s*\((?:[^()]|\([^()]*\))*\)$/u;
/**
 * Rule "dated signature": Austrian and Swiss papers sign the story's text with the writer's name and the day in
 * brackets, "(Jane Doe, 1.12.2026)", where it ends, and may set boxes on the people in it or more reading after
 * it, so the signature need not be the body's last block. A bracketed line of nothing but a credited writer and a
 * date is that signature wherever it stands; no sentence of a story is.
 */
function isDatedSignature(text: string, names: ReadonlySet<string>): boolean {
  const signature = BRACKETED_SIGNATURE.exec(text);
  const dated = signature ? DATED_SIGNATURE.exec(signature[1]) : null;
  return dated !== null && isDateStamp(dated[2]) && isByline(dated[1], names, null);
}
/** The names, a comma, and the date after the last comma. */
const DATED_SIGNATURE = /^(.+),\s*([^,]*\d[^,]*)$/u;
/**
 * Rule "signature's source note": a writer who rewrote another's copy signs with the source in brackets after the
 * name, often on a line of its own ("Thanh Tâm\n(Theo TTXVN)", Vietnamese "according to"), which names the source
 * and no one who wrote; the names before it are the signature.
 */
const SOURCE_NOTE = new RegExp(`\\s*\\(\\s*${SOURCE_LABEL}\\s*:?\\s+[^()]+\\)\\s*$`, 'iu');
/**
 * Rule "agency material note": a writer who worked agency copy into the story signs with a note that says so after
 * the name ("Jane Doe, mit Material von dpa", "Jane Doe, with additional reporting from Reuters", "Ana Ruiz, con
 * información de EFE"). A note that names agencies and nothing else names no writer; the names before it are the
 * signature, and the metadata stage has read the agency.
 */
function withoutAgencyMaterial(text: string): string {
  const note = AGENCY_MATERIAL_NOTE.exec(text);
  return note && note[1].split(NAME_SEPARATOR).every((part) => agencyNamed(part.replace(CLOSING_STOP, '')) !== null) ? text.slice(0, note.index) : text;
}
const AGENCY_MATERIAL_NOTE = new RegExp(String.raw`[\s,;(–—-]+${AGENCY_MATERIAL_LEAD}\s+([^()]+?)\)?$`, 'iu');
/** The bureau a Japanese signature names before the writer ("七尾支局・山本悠記者"). */
const JAPANESE_BUREAU_PREFIX = new RegExp(`^${JAPANESE_BUREAU}`, 'u');

/**
 * Rule "post after a dash": Brazil's public agency signs its copy with the writer's post after a spaced dash, and the
 * papers that run it print the line as it comes ("Luana Medeiros - Repórter da Agência Brasil"); a part whose words
 * after the dash open with a post's word is the writer's name and that post.
 */
function withoutDashedPost(part: string): string {
  const dash = DASHED_POST.exec(part);
  return dash && ROLE_WORDS.test(dash[1].split(' ')[0]) && dash[1].split(' ').length <= MAX_POST_WORDS ? part.slice(0, dash.index) : part;
}
const DASHED_POST = /\s+[-–—]\s+(\S.*)$/u;
const MAX_POST_WORDS = 6;

/**
 * Rule "name run into the post": a writer's card sets the name and the post or outlet under it as spans of one row
 * with nothing between them in the markup (`<span>Jane Doe</span><span>Le Courrier de l'Estrie</span>`), so the row
 * reads "Jane DoeLe Courrier de l'Estrie" once the markup is gone. A header row that opens with a writer the metadata
 * named, run straight into a capital, and goes on with a few capitalised words (short particles allowed) is that
 * card. With a space after the name, the row may be a headline about the writer, and stays.
 */
function isNameRunIntoPost(text: string, authors: readonly string[]): boolean {
  const writer = authors.find((name) => text.length > name.length && text.startsWith(name));
  return writer !== undefined && POST_RUN_ON.test(text.slice(writer.length));
}
const POST_RUN_ON = /^\p{Lu}[\p{L}\d.'’-]*(?:\s+(?:\p{Ll}{1,3}\s+)?(?:\p{Ll}['’])?\p{Lu}[\p{L}\d.'’-]*){0,4}$/u;

/**
 * What a byline adds behind its writers' names: a job title or a place ("Apothekerin", "Senior Editor", "Berlin"),
 * a few capitalised words. A lowercase word, a number or a note would be a sentence going on about the writer, or
 * an institution's long name, which some sites count as part of the text. Scripts without capitals (Hebrew, Arabic,
 * Urdu) show a post by its first word instead, a role word: "איתי רבינוביץ, כתבנו לענייני צפון" (our correspondent
 * for northern affairs), as does a post written in lowercase ("Jane Doe, staff writer").
 */
function isTitleOrPlace(part: string): boolean {
  const words = part.split(' ');
  // A post of two words opens the part as one does of one ("enviada especial a Belém", the special envoy's).
  // Rule "teacher's or officer's post": a school's or a club's writer carries their post ("professeure d’histoire", a
  // "Lehrerin für Deutsch"), as the metadata stage reads it.
  return words.length <= MAX_TITLE_WORDS && (words.every((word) => CAPITALISED_WORD.test(word)) || ROLE_WORDS.exec(part)?.index === 0 || ROLE_DESCRIPTION.test(part.trim()));
}
const MAX_TITLE_WORDS = 4;
const NON_LETTERS = /[^\p{L}\p{M}]+/u;
const CAPITALISED_WORD = /^\p{Lu}[\p{L}.-]*$/u;

function unspaced(text: string): string {
  return comparable(text).replace(/ /g, '');
}

function comparable(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}
