/**
 * Category and tag labels as taxonomy keeps them: cleaned of list marks, internal values and words that name no
 * topic, compared by their letters and kept once; and the words that label a line of tag links, which the page-link
 * reader looks for and the clean-up drops at a list's edge.
 */
import { decodeLeftoverEntities, isUnsetValue } from '../plain-text';

/** A label longer than this is a sentence (a teaser in a link), not a category or tag. */
export const MAX_LABEL_LENGTH = 80;
/**
 * CMS-internal values that leak into keyword fields: "Category: Economy", UUIDs, snake_case flags, and the folder's
 * path where the name belongs ("/world/middle_east" in `article:section`).
 */
const INTERNAL_LABEL = /:|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^[a-z0-9]+_[a-z0-9_]+$|^\/[\w/-]*$/i;
/**
 * Rule "label that says there is none": the taxonomy's own field names ("tags" in `article:section`, a template
 * default; Hugo's content type "posts") and the CMS's name for a post filed nowhere ("Uncategorized" and its translations) label no topic.
 * A default category with a name ("Allgemein", "General", "News") is a real folder readers see, and stays.
 * Rule "list heading at its edge": a tag list's heading ("Themen", "Topics") read as its first entry, or the link to
 * the site's topic index at its end, names the list. Inside the list the same word is a topic ("Label" in fashion).
 * A keyword list with an unset entry ("undefined, Politik") is checked entry by entry, see `isUnsetValue`.
 */
const NO_LABEL = new RegExp(`^(?:${[
  'categor(?:y|ies)', 'sections?', 'posts', 'uncategori[sz]ed', 'non classé', 'sin categoría', 'sem categoria',
  'senza categoria', 'nicht kategorisiert', 'ongecategoriseerd', 'bez kategorii', 'без рубрики', 'kategorisiz', 'غير مصنف', 'بدون تصنيف',
  '未分类', '未分類',
].join('|')})$`, 'iu');
/**
 * List punctuation and breadcrumb separators a theme prints before or after a label ('"3D Printing"', '› Gebäck',
 * '/ Obyczaje'); a slash is one only when a space follows it, as a folder's path ("/world/middle_east") has none.
 */
const LABEL_EDGE_MARKS = /^(?:[#\-–•*"'“”„«»›‹>|·]+|\/(?=\s))\s*|\s*["'“”„«»›‹>|·]+$/g;
/**
 * Tag labels of the languages beyond the corpus's: Hungarian, Czech and Slovak, Croatian and Serbian, Bulgarian,
 * Lithuanian, Latvian, Estonian, Finnish, Catalan, Romanian, Greek, Russian and Ukrainian "keywords", Hebrew,
 * Persian, Hindi, Bengali and the other scripts of South Asia, Thai, Vietnamese, Indonesian and Malay, Japanese, Korean and Traditional Chinese;
 * Danish, Norwegian, Swedish and Finnish "topics" and "keywords"; Blogger's Arabic "labels" (التسميات); Swahili
 * "Lebo" (tags) and "Mada" (topics), Hausa "Alamomi" (marks), Amharic "መለያዎች" (labels), Filipino "Mga tag".
 */
const WORLD_TAG_LABELS = [
  'címkék', 'kulcsszavak', 'štítky', 'klíčová slova', 'kľúčové slová', 'oznake', 'ključne riječi', 'ознаке', 'етикети', 'žymos',
  'raktažodžiai', 'birkas', 'atslēgvārdi', 'märksõnad', 'sildid', 'avainsanat', 'asiasanat', 'etiquetes', 'etichete',
  'cuvinte cheie', 'ετικέτες', 'λέξεις[- ]κλειδιά', 'ключевые слова', 'мітки', 'ключові слова', 'תגיות', 'برچسب‌ها', 'برچسب ها',
  'برچسب', 'کلیدواژه‌ها', 'टैग', 'ট্যাগ', 'แท็ก', 'thẻ', 'từ khóa', 'kata kunci', 'キーワード', '키워드', '關鍵字', '关键字',
  'emner', 'stikord', 'stikkord', 'nøgleord', 'nøkkelord', 'ämnen', 'taggar', 'nyckelord', 'aiheet', 'التسميات',
  // South Asia's scripts write the English word: Hindi "टैग्स", Marathi "टॅग्स", Nepali "ट्याग", Bengali "ট্যাগস", Urdu
  // "ٹیگز", Tamil "டேக்ஸ்" beside its own "குறிச்சொற்கள்", Telugu "ట్యాగ్‌లు" (with the non-joiner and without),
  // Kannada "ಟ್ಯಾಗ್‌ಗಳು", Malayalam "ടാഗുകൾ", Sinhala "ටැග්".
  'टैग्स', 'टॅग्स', 'ट्याग', 'ট্যাগস', 'ٹیگز', 'டேக்ஸ்', 'குறிச்சொற்கள்', 'ట్యాగ్\u200cలు', 'ట్యాగ్లు', 'ಟ್ಯಾಗ್\u200cಗಳು', 'ಟ್ಯಾಗ್ಗಳು', 'ടാഗുകൾ', 'ටැග්',
  'lebo', 'mada', 'alamomi', 'መለያዎች', 'mga tag',
  // "Subjects" and "topics" as Portuguese, Dutch, Czech, Slovak, Polish, Turkish and Indonesian portals label the line
  // ("Assuntos:", "Tudo sobre:", "Onderwerpen:", "Témata:", "Konular:", "Topik:"). Rule "see more about": Brazilian
  // portals head the row of the story's topic links under the text with "Veja mais sobre", each link a topic's page.
  'assuntos(?: relacionados)?', 'tudo sobre', 'veja mais sobre', 'onderwerpen', 'témata', 'témy', 'tematy', 'konular', 'topik',
  // Rule "Kurdish tag labels": Kurmanji portals label the line "Etîket:" or "Etîketên:" (labels), Sorani ones
  // "تاگەکان:" (the tags) or "تاگ:", as Turkish ones label it "Etiketler:". Rule "Jawi tag label": Malay's Jawi
  // editions write the same borrowed word with Jawi's own g, "تاݢ:", where the Rumi edition prints "Tag:".
  'etîket(?:ên)?', 'تاگ(?:ەکان)?', 'تاݢ',
  // Rule "Basque tag labels": Basque papers label the line "Etiketak:" (the labels), with the article's suffix "-ak".
  'etiketak',
  // Rule "Icelandic subject words": Icelandic papers label the row of topic links "Efnisorð:" (subject words), as
  // Danish and Norwegian ones print "Emner:". Their "keyword", "lykilorð", is also the word for a password, and
  // stays out.
  'efnisorð',
];
/**
 * The words that label a line of the article's tag links ("Tags:", "Schlagwörter:", "Étiquettes :", "Labels:",
 * "Trefwoorden", "الوسوم:", "タグ：", "标签：", "Explore more on these topics", "Filed under:"), as regular-expression alternatives. The body pass drops the same line
 * by the same words (content/vocabulary.ts), so a label this stage reads tags after never stays in the body text.
 * Arabic "keywords" comes as "كلمات مفتاحية" in the Mashreq and as "كلمات مفاتيح" (the plural noun) on Tunisian and
 * Algerian sites, each with or without the article, and as the "indicative words", "الكلمات الدلالية" or, on Egyptian
 * portals, "الكلمات الدالة".
 */
export const TAG_LINE_WORDS: readonly string[] = [
  'tags?', 'tagged(?: with| in)?', 'keywords', 'topics', 'related topics', 'topics in this (?:article|story)', '(?:explore )?more on (?:these|this) topics?',
  'filed under',
  'ähnliche themen', 'verwandte themen', 'themen', 'themen (?:in )?diese[ms] (?:artikels?|beitrags?)', 'schlagw(?:ö|oe)rter', 'schlagworte',
  'stichw(?:ö|oe)rter', 'temas relacionados', 'temas', 'tópicos', 'etiquetas', 'etiquetad[oa] (?:como|con|en)', 'palabras clave', 'palavras[- ]chave', '[ée]tiquettes?', 'mots[- ]cl[ée]s',
  'sujets', 'th[èe]mes', 'parole chiave', 'argomenti', 'labels?', 'trefwoorden', 'tagi', 's[łl]owa kluczowe', 'tagit', 'etiketler', 'теги', 'метки',
  'الوسوم', 'وسوم', 'مواضيع', '(?:ال)?كلمات (?:ال)?(?:مفتاحية|مفاتيح|دلالية|دالة)', 'タグ', '关键词', '标签', '標籤', '태그',
  ...WORLD_TAG_LABELS,
];
/** A tag line's label, as the whole text before the links or as the heading over their list. */
export const TAG_LINE_LABEL = new RegExp(`^(?:${TAG_LINE_WORDS.join('|')})\\s*[:：]?$`, 'iu');

export function uniqueLabels(labels: string[]): string[] {
  const result: string[] = [];
  // Keys of the labels kept, so a list of thousands of labels is not compared pairwise.
  const kept = new Set<string>();
  for (let index = 0; index < labels.length; index++) {
    const cleaned = decodeLeftoverEntities(labels[index]).replace(/\s+/g, ' ').trim().replace(LABEL_EDGE_MARKS, '').trim();
    if (!cleaned || cleaned.length > MAX_LABEL_LENGTH || INTERNAL_LABEL.test(cleaned) || NO_LABEL.test(cleaned) || isUnsetValue(cleaned)) continue;
    if ((index === 0 || index === labels.length - 1) && TAG_LINE_LABEL.test(cleaned)) continue;
    if (kept.has(labelKey(cleaned))) continue;
    kept.add(labelKey(cleaned));
    result.push(cleaned);
  }
  return result;
}

export function sameLabel(a: string, b: string): boolean {
  return labelKey(a) === labelKey(b);
}

/** What two labels that name the same thing have in common: their letters, whatever their case. */
export function labelKey(label: string): string {
  return label.toLowerCase();
}
