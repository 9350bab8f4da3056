/**
 * The labels pages print before a date, in the languages the pipeline ingests, lowercased: the words for the last
 * edit, for the publication, and the lead words of "Last updated". Each list is kept here once; the dateline reader
 * (dateline-parts.ts, dateline-candidates.ts), the author reader (byline-dates.ts, byline-parts.ts) and the body's
 * stamp rules (content/vocabulary.ts) build the patterns they need from it, so a language added here reaches every
 * reader.
 */
import { escapeRegExp } from './text';

/**
 * Words that open an update label: "Last updated", "Zuletzt aktualisiert", "Son güncelleme", "آخر تحديث". Rule
 * "Bangladesh's last update": Bangladeshi portals write the lead word "সর্বশেষ" (latest, last) where Kolkata's write
 * "শেষ" ("সর্বশেষ আপডেট: ১১:১০ পূর্বাহ্ন, ০৭ ডিসেম্বর ২০২৬"); read without it, the line's "আপডেট" was not its opening
 * label, and the edit was lost.
 */
export const UPDATE_LEAD_WORDS = ['last', 'zuletzt', 'letzte', 'dernière', 'última', 'ultimo', 'laatst', 'son', 'τελευταία', 'آخر', 'اخر', 'সর্বশেষ', 'শেষ', 'अंतिम', 'terakhir'];

/**
 * Words that say a date is the last edit: "Updated", "Aktualisiert", "mis à jour", "Güncelleme", "modifica" (the
 * Italian edit note, "modifica il …"), Romanian "Actualizat: 20.02.2025, 15:47". Arabic labels are listed as pages
 * print them, with the vowel marks many put on the passive verb too ("نُشر", "حُدّث"); the doubling mark tells "حدّث"
 * (updated) from "حدث" (an event). Tunisian and Algerian papers say "تحيين" where the East says "تحديث" ("آخر تحيين:
 * 03 فيفري 2026", "تم التحيين"). The noun takes the article after "date of" or "done" ("تاريخ التعديل" date of the edit,
 * "تم التحديث" the update was made), where the bare word's letter edge would not let it be read. Croatian and Serbian label the edit "Ažurirano" and "Izmenjeno" ("Измењено", Croatian
 * "Izmijenjeno"), Slovak "Aktualizované", Czech also "Aktualizace", Lithuanian "Atnaujinta", Latvian "Atjaunots",
 * Estonian "Uuendatud", Greek "Ενημερώθηκε" and "(Τελευταία) ενημέρωση". Rule "last update": Flemish and English
 * rows label the edit with the noun, "Laatste update: 15u30", "Last update: 14:05"; only with its lead word, as
 * "Update:" alone heads a live post. Rule "regional languages' update labels": Frisian papers label the edit
 * "Bywurke" (often with the clock alone, "Bywurke: 10:40"), Maltese ones "Aġġornat", also typed without its dotted g.
 * Rule "Portuguese before the spelling reform": Angolan and Mozambican papers, and Portugal's older templates, keep the
 * "c" the 1990 agreement dropped, "Actualizado" and "Última actualização" (Joomla's update line).
 * Rule "Joomla's update line in Polish and Indonesian": Joomla's language packs, which small papers in Poland and
 * Indonesia still run, print the edit under the text as "Poprawiony: sobota, 05 grudzień 2026 11:40" (corrected;
 * "Zmieniony", changed, in later packs) and "Terakhir Diperbaharui ( Sabtu, 05 Desember 2026 13:02 )", with the
 * Indonesian lead word for "last".
 */
export const UPDATE_LABELS = [
  'updated', 'modified', 'edited', 'revised', 'aktualisiert', 'geändert', 'änderung', 'bearbeitet', 'überarbeitet', 'mis à jour', 'mise à jour', 'modifié',
  'actualizado', 'actualizada', 'actualización', 'modificado', 'modificación', 'atualizado', 'atualizada', 'atualização', 'actualização', 'aggiornato', 'aggiornata',
  'aggiornamento', 'modificato', 'modifica', 'actualizat', 'actualizată', 'actualizare', 'actualitzat', 'actualitzada', 'bijgewerkt', 'gewijzigd', 'laatste update', 'last update', 'aktualisierung', 'zaktualizowano', 'aktualizacja', 'aktualizováno', 'güncelleme',
  'güncellendi', 'обновлено', 'оновлено', 'تحديث', 'التحديث', 'تاريخ التحديث', 'تحيين', 'التحيين', 'تاريخ التعديل', 'التعديل', 'محدث', 'محدّث', 'حُدّث', 'حدّث', 'تعديل', 'به‌روزرسانی', 'بروزرسانی', 'به روز رسانی', 'ویرایش', 'اپ ڈیٹ', 'עודכן', 'uppdaterad', 'opdateret', 'oppdatert', 'päivitetty',
  'cập nhật', 'posodobljeno', 'përditësuar', 'përditësimi', 'ажурирано', 'абноўлена', 'uppfært', 'yenilənib', 'yeniləndi',
  'yangilandi', 'ažurirano', 'izmenjeno', 'izmijenjeno', 'измењено', 'aktualizované', 'aktualizace', 'atnaujinta', 'atjaunots',
  'uuendatud', 'ενημερώθηκε', 'ενημέρωση', 'жаңартылды', 'шинэчилсэн', 'eguneratua', 'nuashonraithe', 'diweddarwyd', 'bywurke', 'aġġornat', 'aggornat', 'frissítve', 'módosítva',  // Bengali "আপডেট" (update) and "হালনাগাদ" (brought up to date).
  'আপডেট', 'হালনাগাদ',
  // Rule "South Asian date labels": the papers of India's languages label the edit in their scripts, Hindi and Nepali
  // "अपडेटेड" or "अद्यतन", Tamil "மாற்றம்" (changed) and "புதுப்பிக்கப்பட்டது", Malayalam "അപ്ഡേറ്റ് ചെയ്തത്", Telugu
  // "అప్‌డేట్", Kannada "ಅಪ್‌ಡೇಟ್"; the publication "प्रकाशित", Tamil "பதிவு" (posted) and "வெளியிடப்பட்டது", Malayalam
  // "പ്രസിദ്ധീകരിച്ചത്", Telugu "ప్రచురణ", Kannada "ಪ್ರಕಟ", Sinhala "පළ කළේ".
  'अपडेटेड', 'अद्यतन', 'மாற்றம்', 'புதுப்பிக்கப்பட்டது', 'അപ്ഡേറ്റ് ചെയ്തത്', 'అప్‌డేట్', 'ಅಪ್‌ಡೇಟ್',
  // Rule "western and eastern India's date labels": Gujarati, Punjabi (Gurmukhi) and Odia papers label the edit with
  // the English word in their scripts, "અપડેટ", "ਅਪਡੇਟ" (or "ਅੱਪਡੇਟ"), "ଅପଡେଟ", as Hindi and Marathi ones write
  // "अपडेट", and the publication "પ્રકાશિત", "ਪ੍ਰਕਾਸ਼ਿਤ", "ପ୍ରକାଶିତ" (see PUBLISHED_LABELS); unread, a byline box's
  // "પ્રકાશિત: 04 ડિસેમ્બર 2026" row was taken for one more writer, named by its label.
  'અપડેટ', 'ਅਪਡੇਟ', 'ਅੱਪਡੇਟ', 'ଅପଡେଟ', 'अपडेट',
  // Rule "Malay and Indonesian date labels": Malaysian sites label the edit "Dikemaskini" (also written "Dikemas
  // kini") and the publication "Diterbitkan"; Indonesian ones the edit "Diperbarui" (or "Diperbaharui") and the
  // publication "Dipublikasikan" or "Diterbitkan".
  'dikemaskini', 'dikemas kini', 'diperbarui', 'diperbaharui',
  'poprawiony', 'zmieniony',
];

/**
 * Words that say a date is the publication: "Published", "Veröffentlicht", "Publié", "نشر", "تاريخ النشر" (date of
 * publication), "نشر في" (published on: the preposition is the label's, as "am" is in "Veröffentlicht am") and "نشر بتاريخ" (published on the date, as Joomla's Arabic language pack and older Arab templates print it), Lithuanian "Paskelbta", Slovak "Publikované", Serbian "Објављено", Hungarian "Közzétéve", Greek
 * "Δημοσιεύθηκε" and "Δημοσίευση", Swedish also "Publicerat", and Swiss and Austrian German "Publiziert". Rule
 * "Romance sender's row" (see byline-dates.ts): Brazilian portals label the publication "postado em …" (posted on),
 * the participle that opens the sender's row "Postado por …"; before its "em" it is the date's label, no name.
 */
export const PUBLISHED_LABELS = [
  'published', 'posted', 'created', 'written', 'veröffentlicht', 'publiziert', 'erstellt', 'erschienen', 'online seit', 'publié', 'publiée', 'créé', 'publicado',
  'publicada', 'publicat', 'creado', 'creada', 'criado', 'postado', 'postada',
  'pubblicato', 'pubblicata', 'gepubliceerd', 'geplaatst', 'opublikowano', 'publikováno', 'yayınlanma', 'giriş', 'опубликовано',
  'опубліковано', 'نشر', 'نُشر', 'نشر في', 'نُشر في', 'نشر بتاريخ', 'نُشر بتاريخ', 'تم النشر', 'تاريخ النشر', 'انتشار', 'منتشر شده', 'شائع', 'פורסם', 'publicerad', 'publiceret', 'publisert', 'julkaistu',
  'ngày đăng', 'xuất bản', 'objavljeno', 'објављено', 'paskelbta', 'publikované', 'közzétéve', 'δημοσιεύθηκε', 'δημοσίευση',
  'publicerat', 'publikuar', 'објавено', 'апублікавана', 'birt', 'dərc edilib',
  'yayımlanıb', "e'lon qilindi", 'e’lon qilindi', 'жарияланды', 'нийтэлсэн', 'argitaratua', 'foilsithe', 'cyhoeddwyd',  // Bengali "প্রকাশ" (publication) and "প্রকাশিত" (published).
  'প্রকাশ', 'প্রকাশিত', 'प्रकाशित', 'பதிவு', 'வெளியிடப்பட்டது', 'പ്രസിദ്ധീകരിച്ചത്', 'ప్రచురణ', 'ಪ್ರಕಟ', 'පළ කළේ',
  'પ્રકાશિત', 'ਪ੍ਰਕਾਸ਼ਿਤ', 'ପ୍ରକାଶିତ',
  'diterbitkan', 'dipublikasikan',
  // Rule "put online": French-language sites label the publication "Mis en ligne le …" (put online) as often as
  // "Publié le …", above all Africa's and the older templates; the feminine agrees with "information" or "page".
  'mis en ligne', 'mise en ligne',
];

/** A text that opens with a publication label, with or without its colon ("Published Nov. 25, 2026", "Posted Wednesday, …"). */
export const OPENS_WITH_PUBLICATION_LABEL = new RegExp(`^(?:${labelAlternation(PUBLISHED_LABELS)})(?!\\p{L})`, 'iu');

/**
 * Chinese and Japanese write labels without spaces, and Korean attaches particles to them, so they are matched
 * without word edges: "更新", "수정" (revised), "업데이트" (updated, as Korean portals print the revision); "发布", "公開", "입력" (entered), "등록" (registered), "승인" (approved:
 * Korean news CMSs stamp the desk's release of the story, "승인 2026.12.03 14:05", "기사승인").
 */
export const CJK_UPDATE_LABELS = ['更新', '수정', '업데이트'];
export const CJK_PUBLISHED_LABELS = ['发布', '發布', '公開', '投稿', '입력', '등록', '승인'];
/** Words that open a Chinese or Japanese update label, written onto it: "最後更新" (Hong Kong, Taiwan), "最终更新", "最終更新". */
export const CJK_UPDATE_LEAD_WORDS = ['最後', '最后', '最終', '最终'];

/** Every word label of a date, the publication's and the update's, as one pattern alternation. */
export const DATE_LABEL_ALTERNATION = labelAlternation([...PUBLISHED_LABELS, ...UPDATE_LABELS]);

/** An update's word label, with its lead word if it has one: "Updated", "mis à jour", "Zuletzt aktualisiert". */
export const UPDATE_LABEL = `(?:(?:${labelAlternation(UPDATE_LEAD_WORDS)})\\s+)?(?:${labelAlternation(UPDATE_LABELS)})`;

/** A date's word label, with the lead word an update label may have: "Published", "Zuletzt aktualisiert", "آخر تحديث". */
export const DATE_LABEL = `(?:(?:${labelAlternation(UPDATE_LEAD_WORDS)})\\s+)?(?:${DATE_LABEL_ALTERNATION})`;

/**
 * The words as one pattern alternation: longest first, so that no word is taken for a shorter one it starts with
 * ("publié" in "publiée"), and a space standing for any run of whitespace, as pages break labels across lines.
 */
export function labelAlternation(words: readonly string[]): string {
  return [...words].sort((first, second) => second.length - first.length).map((word) => escapeRegExp(word).replaceAll(' ', '\\s+')).join('|');
}

/**
 * The opening a text must have for an anchored pattern that opens with one of these words (or alternatives of a
 * pattern, each opening with a literal character) to match it: the word's first character and its second where that
 * is a plain one, with the pattern's flags, so that case folds exactly as in the words. Where the second is a space,
 * any whitespace stands for it (labels break across lines); where it is pattern syntax or missing, any character
 * does. Tried before a long alternation of words: a large pattern's code, run cold among the page's other work,
 * costs many times a small one's, and most texts are ruled out here.
 */
export function openingCharacters(words: readonly string[], flags: string): RegExp {
  const seconds = new Map<string, Set<string> | null>();
  for (const word of words) {
    const first = String.fromCodePoint(word.codePointAt(0)!);
    const next = word.codePointAt(first.length);
    const second = next === undefined || PATTERN_SYNTAX.test(String.fromCodePoint(next)) ? null : String.fromCodePoint(next);
    const known = seconds.get(first);
    if (known === null) continue;
    if (second === null) seconds.set(first, null);
    else seconds.set(first, (known ?? new Set()).add(/\s/.test(second) ? '\\s' : escapeClassCharacter(second)));
  }
  const openings = [...seconds].map(([first, next]) => `${escapeRegExp(first)}${next ? `[${[...next].join('')}]` : ''}`);
  return new RegExp(`^(?:${openings.join('|')})`, flags);
}
/** Characters that may open pattern syntax rather than stand for themselves. */
const PATTERN_SYNTAX = /[\\.*+?^${}()|[\]]/;
function escapeClassCharacter(character: string): string {
  return character.replace(/[\\\]^-]/, '\\$&');
}
