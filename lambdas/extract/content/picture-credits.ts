/**
 * Picture credits: the photographer or agency a caption names, in an element of its own or at the end of its text
 * ("Boats at dawn. Photo: Jane Doe", "Boats at dawn (AP Photo/Jane Doe)"), split from the caption's own words.
 */
import { normalizeSpace } from '../dom-walk';
import { isNameParticle } from '../metadata/name-shapes';
import { agencyNamed } from '../metadata/wire-agencies';
import { NEWSPAPER_NAME_END } from '../metadata/name-cleaning';
import { type DomElement, type DomNode, childElements, descendantElements, isElement, rawText } from './dom';
import { attributeTokens, firstMatch } from './tokens';
import type { ArticleImage } from '../record';

/**
 * Class words for a picture's credit, and the photographer's or signature's word in other languages: Dutch `fotograaf`
 * (Drupal's `field--name-field-fotograaf`), Spanish and Portuguese `autor` and `firma` (`<span class="firma">`,
 * `foto-autor`), Italian `autore` and `fotografo`, German and Polish `fotograf`, and the plural Italian and Spanish
 * templates name the credit field with (`<span class="crediti">`, `foto-creditos`), and the singular Portuguese, Spanish and
 * Italian one (`<span class="credito">`).
 */
const CREDIT_TOKENS: ReadonlySet<string> = new Set(['credit', 'credits', 'copyright', 'source', 'photographer', 'byline', 'author', 'attribution', 'fotograaf', 'firma', 'autor', 'autore', 'fotografo', 'fotografa', 'fotograf', 'crediti', 'creditos', 'credito']);
/**
 * The label a credit opens with inside a caption: "Photo:", "Photograph:", "Foto:", Hungarian "Fotó:", Russian "Фото:",
 * "Photo credit:", "Image Credits:" and French "Crédit photo :", the plurals a caption over several pictures or a
 * gallery's writes ("Photos: …", "All photos: …", "Fotos: …", "Bilder: …", "Crédits : …", "Créditos: …", "Crediti: …"), Arabic "تصوير:" (photographed by) and "الصورة:" / "مصدر الصورة:" (the
 * picture's source), and "عدسة:" (lens: by the lens of, as Gulf papers credit each photo of an album; rule "lens credit"), Urdu "فوٹو:" and Sindhi "فوٽو:", Persian "عکس:" and "عکاس:" (photographer), Sorani "وێنە:" or
 * "فۆتۆ:", Pashto "انځور:", Uyghur "سۈرەت:", Dhivehi "ފޮޓޯ:", Hindi "फोटो:", Hebrew "צילום:", Basque "Argazkia:" (the photo), Georgian "ფოტო:", or a copyright sign. Stock
 * libraries ask for "Photo by Jane Doe on Unsplash", a label without a colon: it counts only where a sentence of
 * the caption could start (at its start, after a full stop or a dash, in brackets), so "a photo by the river"
 * stays caption. A label is a word of its own ("Telephoto: …" opens no credit), but German builds compounds on
 * "Foto", "Bild" and "Grafik" that still label the credit ("Symbolfoto:", "Archivbild:", "Infografik:"), and name
 * the picture's source with them ("Bildquelle:", "Fotonachweis:"). Maps and charts are credited the same way
 * ("Graphic:", French "Infographie :"), a map only after the caption's sentence or in brackets ("… routes. Map: Transit
 * Authority", "(Karte: OpenStreetMap)"): a caption that opens so titles the map ("Map: Flow of foreign fighters to
 * Syria"), and one may name a map before a colon ("Treasure map: …"); and a player's still by its clip ("Video:",
 * Spanish "Vídeo:"). Dutch and Flemish papers credit the picture "Beeld:" (image) as often as "Foto:"; Turkish labels the photo "Fotoğraf:", Greek "Φωτογραφία:" or "Φωτ.:", Bulgarian "Снимка:",
 * Belarusian "Фота:", Kyrgyz "Сүрөт:", Kazakh "Сурет:" and Mongolian "Зураг:" (picture), and rule "Turkic picture word
 * in both alphabets": Uzbek writes the picture "Surat:" in its Latin alphabet and "Сурат:" in its Cyrillic one (as
 * Tajik does), Kazakh's Latin alphabet "Sýret:" or "Suret:", the same word its Cyrillic papers write "Сурет:";
 * Vietnamese "Ảnh:" or "Hình ảnh:", Thai "ภาพ:". Rule "Tamil and Sinhala credit labels": Tamil "படம்:" or "புகைப்படம்:"
 * (picture, photograph; a word of its own, for Tamil builds compounds on it, "திரைப்படம்" being a film, and a vowel
 * sign before it joins it to the word) and Sinhala "ඡායාරූප:" or "ඡායාරූපය:" (photographs, the photograph), which
 * papers of Sri Lanka, Tamil Nadu, Malaysia and Singapore set after the caption as Western papers set "Photo:". Rule
 * "Malay and Jawi picture labels": Malaysian, Bruneian and Indonesian papers credit the picture "Gambar:" as often as
 * "Foto:", and the Jawi editions write both in the Arabic script, "فوتو:" and "ݢمبر:"; a picture from the paper's or
 * the agency's files is credited "Foto fail BERNAMA" (file photo), no colon, after the caption's sentence. So do
 * Finnish "Kuva:" (also "Kuvat:" over several pictures and "Kuvaaja:",
 * the photographer), Icelandic "Mynd:", "Myndir:" or "Ljósmynd:" (photograph), Estonian "Allikas:" (source, which the
 * Estonian broadcaster prints as "Autor/allikas:", author or source), and Lithuanian "Nuotrauka:", and Polish and
 * Lithuanian shorten it with a full stop ("Fot. Jan Kowalski", "Nuotr. Jono Petraičio"), which counts where a sentence
 * could start; Lithuanian sets it after the photographer's name as often ("… uostas. Vytauto Petrikos nuotr."), a credit
 * that closes the caption after its sentence, as "Photo by" does, and so does "Courtesy of", the credit of a picture a family
 * or an institution lent ("… in 1987. Courtesy of the Doe family", "Photo courtesy of NASA"). Rule "photo word before a
 * bar": New Zealand and Indian papers set a slash or a bar where others set the colon ("… chambers. Photo / Jane Doe",
 * "… on Friday. (Photo | Jane Doe, EPS)"), also only where a sentence could start and before a capitalised name, so
 * "a photo / video booth" stays caption. Japanese, Chinese and
 * Korean captions credit with 写真 / 사진 (photo; Korean also 사진 출처, its source, and 사진 제공, courtesy of), 撮影 / 摄影 / 攝影
 * (photographed by) and a full-width colon, an equals sign ("写真＝共同", "[사진=연합뉴스]") or, in Japanese papers, a middle dot
 * ("（撮影・森川亮）"); those scripts put no space before the label, so it only needs no letter right before it.
 * Rule "handout from the source": Gulf papers close the caption of a picture an authority or a company sent with "(من
 * المصدر)" or "(الصورة من المصدر)", "(picture) from the source", their "courtesy of"; only in brackets at the caption's
 * end, where no sentence of the caption stands.
 * Rule "photo word before the copyright sign": Belgian, Dutch and Swiss captions write the photo word before the sign
 * with no colon ("… vorige zomer. Foto © Belga", "Photo © Keystone"); where a sentence could start, the word opens the
 * credit, and is no word of the caption.
 * Rule "artist's credit": a court report's sketch and a story's illustration or drawing are credited as a photo is, with
 * the artist's word for the picture: "(Courtroom sketch by Jane Doe)", "… in federal court. Sketch by Jane Doe",
 * "Illustration by …", French "Dessin d’audience de …", German "Zeichnung von …", and a sketch after the caption's
 * sentence or in brackets with a colon ("… im Saal. Zeichnung: Jane Doe", "(Sketch: Jane Doe)"), as a map is, for a
 * caption may open by titling the drawing. "Illustration:" is left to the caption, as the suites read an artist's
 * impression's source there ("… of mudflat. Illustration: Severn Lagoon Ltd").
 * Rule "source before the photo word": Romanian captions name the picture's source before the photo word ("… vor fi
 * modernizate. Sursa foto: Radu Stănescu", "Sursă foto:"), as Italian ones do ("Fonte foto:"); the source word is the
 * label's first word, no last word of the caption.
 * Rule "Indic picture words": Bengali captions credit the picture "ছবি:" (picture) or "ফটো:", Gujarati ones "તસવીર:"
 * (picture) or "ફોટો:", Odia ones "ଫଟୋ:" and Marathi ones "छायाचित्र:" (photograph), where Hindi writes "फोटो:"; each
 * is a word of its own, for a vowel sign before it would join it to the word before.
 * Rule "photo word before the holder and the photographer": French regional papers credit the picture with the
 * photo word and no colon before the paper and its photographer, parted by a slash ("… sixième but de la saison.
 * Photo Le Courrier/Anne Guivarc'h"); after the caption's sentence, and only with the slash between two names to the
 * caption's end, the word opens the credit.
 * Rule "West African photo words": Hausa captions credit the picture "Hoto: …" and Yoruba ones "Àwòrán: …" (tone
 * marks composed, decomposed or left off), each the language's word for a picture, with its colon.
 * Rule "East African photo words": Swahili captions credit the picture "Picha: …", Somali ones "Sawir: …" (also
 * "Sawirka:", the picture, and "Sawirro:", pictures), and Amharic ones "ፎቶ፡ …", the Ethiopic word for a photo before
 * the script's own colon ("፡", "፦") as often as the Latin one.
 * Rule "photo word and a slash": Honduran and other Central American captions close with the photo word and the
 * source joined by a slash, no colon and no space ("… del río Piedras. Foto/Cortesía", "Fotos/Archivo"); as the
 * caption's closing sentence, or the whole of it, the slash before a capitalised source is the label's colon.
 */
const CREDIT_IN_TEXT = /\s*(?:(?:(?:foto|bild)(?:quelle|nachweis)|fotos?|bild(?:er)?|grafik|(?<!\p{L})(?:(?:surs[aă]|fonte)\s+foto|all (?:photos|pictures|images)|photos?|photographs?|fotó|beeld|fotoğraf|argazki(?:a|ak)|фото|фота|ფოტო|сүрөт|сурет|сурат|surat|s[uý]ret|зураг|снимк[аи]|φωτογραφί(?:α|ες)|φωτ\.?|images?|imagen|pictures?|credits?|crédits?|créditos?|crediti|fotografías?|(?:photo|image) credits?|crédits? photo|graphic|infographic|infographie|infografía|v[ií]deos?|(?:hình\s+)?ảnh|ภาพ|(?<!\p{M})(?:புகைப்)?படம்|ඡායාරූප(?:ය)?|kuva(?:t|aaja)?|(?:ljós)?mynd(?:ir)?|nuotrauk(?:a|os)|(?:autor\s*\/\s*)?allikas|(?:مصدر\s+)?(?:ال)?صورة|تصوير|عدسة|فوٹو|فوٽو|فوتو|ݢمبر|gambar|عکس|عکاس|وێنە|فۆتۆ|انځور|سۈرەت|ފޮޓޯ|फ़ोटो|फोटो|(?<!\p{M})(?:ছবি|ফটো|તસવીર|ફોટો|ଫଟୋ|छायाचित्र)|צילום|hoto|[aà]\p{M}*w[oò]\p{M}*r[aá]\p{M}*n|picha|sawir(?:ka|ro)?))\s*[:：]|(?<![\p{L}\p{M}])ፎቶ\s*[:：፡፦]|(?<!\p{L})(?:写真|撮影|摄影|攝影|사진(?:\s*(?:출처|제공))?)\s*[:：＝=・]|(?<=^\s*|[.!?]\s+|[(]\s*)(?:fotos?|photos?|bild|beeld)\s*(?=©|\(c\))|(?<=^\s*|[.!?]\s+|[(]\s*)fotos?\s*\/\s*(?=\p{Lu})|©|\(c\)|(?<=[.!?|–—-]\s+|[(]\s*)(?:maps?|karte|carte|mapa|mappa|(?:court(?:room)?\s+)?sketch(?:es)?|(?:gerichts)?zeichnung(?:en)?|dessins?(?:\s+d['’]audience)?)\s*[:：]|(?<=^\s*|[.!?|–—-]\s+|[(]\s*)(?:(?:photo|photograph|foto|picture|image)s?\s+(?:by|von|di|par)|(?:(?:court(?:room)?\s+)?sketch(?:es)?|illustrations?|drawings?)\s+by|dessins?\s+(?:d['’]audience\s+)?(?:de|par)|(?:gerichts)?zeichnung(?:en)?\s+von|fotos?\s+de|(?:foto|gambar)\s+fail|fot\.|nuotr\.|(?:(?:photo|picture|image)s?\s+)?courtesy(?:\s+of)?|(?:photo|picture|image)s?\s*[/|](?=\s+\p{Lu})|photos?(?=\s+\p{Lu}[^.!?:]{1,60}\/\s*\p{Lu}[^.!?:]*$))\s|(?<=[(]\s*)(?:(?:ال)?صورة\s+)?من\s+المصدر(?=\s*\)\s*$)|(?<=[.!?]\s+)[^.!?:]{3,60}?\snuotr\.(?=\s*$)).*$/iu;
/**
 * What every {@link CREDIT_IN_TEXT} label holds: a colon or a sign, or one of the photo words its colonless labels are
 * built on ("Photo by", "Fot.", "Nuotr.", "Courtesy of", "من المصدر"). The label's pattern opens with whitespace, so the engine tries it at
 * every character of a text; this plain test rejects the texts without any of these first, most of those asked.
 */
const CREDIT_LABEL_MARK = /[:：＝=・©፡፦]|\(c\)|fot|nuotr|photo|pictur|image|courte|sketch|illustr|drawing|dessin|zeichnung|المصدر/i;

/** The first picture credit's label in the text, running to its end (see {@link CREDIT_IN_TEXT}). */
function creditLabelIn(text: string): RegExpExecArray | null {
  return CREDIT_LABEL_MARK.test(text) ? CREDIT_IN_TEXT.exec(text) : null;
}
/**
 * What joins a caption to the credit after it: "Rain in Karachi — Photo: …", "… - تصوير: …", or the bracket the
 * credit is set in ("… (تصوير: عبدالعزيز الدوسري)"). None of it belongs to the caption.
 */
const CAPTION_CREDIT_JOIN = /[\s\-–—|/]*([(（[]?)\s*$/u;

/** A caption element's text and the picture credit it holds, in an element of its own or at the end of its text. */
export function splitCredit(captionElement: DomElement): { caption: string | null; credit: string | null } {
  const split = splitCreditInside(captionElement);
  if (split.credit) return split;
  const beside = creditBeside(captionElement);
  return beside ? { caption: split.caption, credit: beside } : split;
}

/**
 * Rule "credit beside the caption": templates set the credit in a box of its own right after the caption's, both in
 * the picture's box (Brightspot's `<div class="Figure-caption">…</div><div class="Figure-credit">Jane Doe/The
 * Courier</div>`, Drupal's caption and photographer fields).
 */
export function creditBeside(captionElement: DomElement): string | null {
  let next = captionElement.next;
  while (next && !isElement(next) && !(next.type === 'text' && (next.data ?? '').trim())) next = next.next;
  if (!next || !isElement(next) || !isCreditBox(next) || descendantElements(next).some((element) => element.name === 'img')) return null;
  const credit = creditBoxText(next);
  return credit && credit.length <= MAX_BARE_CREDIT_CHARS ? credit : null;
}

function splitCreditInside(captionElement: DomElement): { caption: string | null; credit: string | null } {
  const creditElement = descendantElements(captionElement).find(isCreditBox) ?? closingSmallPrint(captionElement) ?? closingSourceLine(captionElement)
    ?? closingSignatureElement(captionElement);
  if (creditElement) return splitAround(captionElement, creditElement);
  const split = closingSourceAfterBreak(captionElement) ?? splitCreditInText(normalizeSpace(shownText(captionElement)));
  if (split.credit) return split;
  const agency = closingAgencyElement(captionElement);
  return agency ? splitAround(captionElement, agency) : split;
}

/** The caption's text around the credit's element, and the credit it holds. */
function splitAround(captionElement: DomElement, creditElement: DomElement): { caption: string | null; credit: string | null } {
  // The caption is read around the credit's element: its words may also be in the caption ("… Moroso design. Moroso").
  const credit = creditBoxText(creditElement);
  const caption = normalizeSpace(shownText(captionElement, creditElement));
  const inside = caption ? null : captionInCreditBox(credit);
  if (inside) return inside;
  // A copyright sign set in an element of its own before the credit's ("…supply. <span>©</span><span>zvg</span>")
  // opens the credit, not the caption.
  const sign = DANGLING_COPYRIGHT.exec(caption);
  if (sign && credit) return { caption: caption.slice(0, sign.index) || null, credit: `${sign[1]} ${credit}` };
  return { caption: withoutClosingJoin(withoutDanglingLabel(caption)) || null, credit: credit || null };
}

/**
 * Rule "caption in the source box": a template may set the whole caption in the element it names for the picture's
 * source (`<div class="image__source"><span class="image__source_text"><p>About 60 residents came. (Photo: Jane
 * Doe)</p></span></div>`), where nothing else captions the picture. A text longer than a credit that runs into a
 * labelled credit is a caption with its credit, split as a caption's text is; a credit alone stays whole.
 */
function captionInCreditBox(text: string): { caption: string; credit: string } | null {
  if (text.length <= MAX_BARE_CREDIT_CHARS) return null;
  const split = splitCreditInText(text);
  return split.caption && split.credit ? { caption: split.caption, credit: split.credit } : null;
}

const DANGLING_COPYRIGHT = /\s*(©|\(c\))$/iu;

/**
 * Rule "label before the credit's element": a caption may print the credit's label as text and only the name in the
 * credit's element ("… railway station. File | Photo Credit: <span class="credit">R. Ragu</span>"). The label, and
 * the separator before it, introduce the credit and are no part of the caption.
 */
function withoutDanglingLabel(caption: string): string {
  if (!ENDS_WITH_COLON.test(caption)) return caption;
  const label = creditLabelIn(caption);
  if (!label || ALPHANUMERIC.test(label[0].slice(label[0].search(COLON) + 1))) return caption;
  const before = caption.slice(0, labelStart(caption, label));
  return before.slice(0, CAPTION_CREDIT_JOIN.exec(before)!.index).trim();
}
/**
 * Rule "mark before the credit's element": templates print a mark between the caption and the credit's element ("…
 * jeudi matin. | <span class="credit">Jane Doe</span>", "… — <span>Foto: …</span>"), which joins them and is no part
 * of the caption.
 */
function withoutClosingJoin(caption: string): string {
  return caption.slice(0, CAPTION_CREDIT_JOIN.exec(caption)!.index).trim();
}

const ENDS_WITH_COLON = /[:：＝=]\s*$/u;
const COLON = /[:：＝=]/u;

/**
 * Rule "field label in the credit box": CMSs print a field's label inside the field's box, before its value, as an
 * element of its own (Drupal's `<div class="field--name-field-credit"><div class="field__label">Crédit</div><div
 * class="field__item">Belga / Jane Doe</div></div>`); read whole, the label runs into the credit with no space
 * ("CréditBelga"). The label names the field, as the box's class does, and is no part of the credit.
 */
function creditBoxText(box: DomElement): string {
  const label = descendantElements(box).find((element) => attributeTokens(element).has('label'));
  const credit = withoutEnclosingBrackets(normalizeSpace(rawText(box)));
  if (!label) return credit;
  const rest = normalizeSpace(shownText(box, label));
  return rest || credit;
}

/**
 * Rule "credit box in brackets": templates set the credit's element in brackets after the caption ("… at dawn
 * <span class="credit">(Foto: dpa)</span>"), as captions written as one text do; the brackets set the credit apart
 * and are no part of it, as they are not when the credit is read out of the caption's text.
 */
function withoutEnclosingBrackets(credit: string): string {
  const enclosed = ENCLOSED_IN_BRACKETS.exec(credit);
  return enclosed ? enclosed[1].trim() : credit;
}
const ENCLOSED_IN_BRACKETS = /^[([（]([^()[\]（）]+)[)\]）]$/u;

export function isCreditBox(element: DomElement): boolean {
  return namesCredit(attributeTokens(element));
}

/** Whether the class and id words (`tokens`) name a credit box. */
export function namesCredit(tokens: ReadonlySet<string>): boolean {
  return firstMatch(tokens, CREDIT_TOKENS) !== null;
}

/**
 * Rule "closing small print": a caption that ends in a <small> sets the credit in small print after the caption
 * ("Sheep on the dyke. <small>Jane Doe</small>"), with no label or class to name it; magazine templates (Chorus,
 * WordPress themes) close it with a <cite>, the source the picture is cited from ("… on a Thursday. <cite>Jane Doe for
 * The Courier</cite>"). Only a credit's length of it counts, after text of the caption's own: templates also set a
 * whole caption in small print.
 */
function closingSmallPrint(captionElement: DomElement): DomElement | undefined {
  const last = childElements(captionElement).at(-1);
  if (!last || !CLOSING_CREDIT_TAGS.has(last.name) || (last.next && rawText(last.next).trim())) return undefined;
  const small = normalizeSpace(rawText(last));
  const whole = normalizeSpace(rawText(captionElement));
  return small.length <= MAX_BARE_CREDIT_CHARS && whole.length > small.length ? last : undefined;
}
const CLOSING_CREDIT_TAGS = new Set(['small', 'cite']);

/**
 * Rule "closing source line": a caption set in two parts, its words and then, in an element of its own, the picture's
 * source as photographers sign it, a name and the paper or agency after a slash ("<span>Cars stranded on a street in
 * São Paulo</span> <span>Bruno Teles/Folha do Planalto</span>", or the words as text before that one element), where
 * the build hashed the class that would name it.
 * Each part of the closing element is a few capitalised words, so a caption's own clause in a span stays caption.
 * Rule "source in brackets": Spanish papers sign it with the source in brackets after the name instead ("<span>Obras
 * en Valdebebas, el pasado octubre.</span><span>Rocío Ganuza (EFE)</span>"); only an agency, or a paper's name in
 * capitals ("(EL PAÍS)"), is such a source, as a place in brackets after a name ("Ana Ruiz (Madrid)") is not.
 */
function closingSourceLine(captionElement: DomElement): DomElement | undefined {
  const closing = closingLeaf(captionElement);
  if (!closing) return undefined;
  const bracketed = BRACKETED_SOURCE.exec(closing.text);
  if (bracketed) return SIGNED_NAME.test(bracketed[1]) && (CAPITALISED_SOURCE.test(bracketed[2]) || agencyNamed(bracketed[2]) !== null) ? closing.element : undefined;
  const parts = closing.text.split(/\s*\/\s*/);
  return parts.length >= 2 && parts.every((part) => SIGNED_NAME.test(part)) ? closing.element : undefined;
}
/** A name, then its source in brackets. */
const BRACKETED_SOURCE = /^(.+?)\s+\(([^()]+)\)$/u;
/** A source written in capitals, of two letters or more: "EL PAÍS", "EFE". */
const CAPITALISED_SOURCE = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\d\s.'’&-]+$/u;

/**
 * Rule "closing signature element": a caption set in two elements, its sentence and then the photographer's signature
 * with no class to name it, in capitals (`<figcaption><span>… en su despacho de Jaca.</span><span>JANE DOE</span>`) or
 * after the word for photo (French regional papers' "… à Murat. <span>Photo Jane Doe</span>"). Read as one text, the
 * two run together where no space stands between the elements ("Jaca.JANE DOE"); the element sets the signature
 * apart. As in the caption's text (rules "signature in capitals", "photo word before its source"), only after a whole
 * sentence of the caption's own.
 */
function closingSignatureElement(captionElement: DomElement): DomElement | undefined {
  const closing = closingLeaf(captionElement);
  if (!closing) return undefined;
  const before = normalizeSpace(shownText(captionElement, closing.element));
  if (!SENTENCE_END.test(before)) return undefined;
  return isCapitalsSignature(closing.text, before) || isPhotoWordSource(closing.text) ? closing.element : undefined;
}

/** The caption's last element, holding no element of its own and no more than a credit's text, after the caption's own words. */
function closingLeaf(captionElement: DomElement): { element: DomElement; text: string } | undefined {
  const last = childElements(captionElement).at(-1);
  if (!last || (last.next && rawText(last.next).trim()) || childElements(last).length > 0) return undefined;
  const text = normalizeSpace(rawText(last));
  const whole = normalizeSpace(rawText(captionElement));
  return text.length > MAX_BARE_CREDIT_CHARS || whole.length <= text.length + MIN_CAPTION_BEFORE_CREDIT_CHARS ? undefined : { element: last, text };
}
/**
 * The same source line set on a line of its own after a `<br>` rather than in an element ("The quay, now forty metres
 * from the water.<br>Jane Doe/The Courier"): the line's break sets it apart as an element would.
 */
function closingSourceAfterBreak(captionElement: DomElement): { caption: string; credit: string } | null {
  const children = captionElement.children;
  let lastBreak = children.length - 1;
  while (lastBreak >= 0 && !(isElement(children[lastBreak]) && (children[lastBreak] as DomElement).name === 'br')) lastBreak--;
  if (lastBreak <= 0) return null;
  const line = normalizeSpace(children.slice(lastBreak + 1).map(rawText).join(''));
  const caption = normalizeSpace(children.slice(0, lastBreak).map(rawText).join(''));
  if (line.length > MAX_BARE_CREDIT_CHARS || caption.length < MIN_CAPTION_BEFORE_CREDIT_CHARS) return null;
  const parts = line.split(/\s*\/\s*/);
  return parts.length >= 2 && parts.every((part) => SIGNED_NAME.test(part)) ? { caption, credit: line } : null;
}

/**
 * Rule "closing agency element": a caption may close with the agency alone, set apart by its element and no mark
 * ("<p class="caption">زوار في المعرض <em>رويترز</em></p>", "… on Tuesday <b>AFP</b>"); read as text it runs on from
 * the caption's last word. Only an element that names a picture agency and nothing else, after the caption's own
 * words that credit no one themselves, is the credit: an emphasised word of the caption stays the caption's.
 */
function closingAgencyElement(captionElement: DomElement): DomElement | undefined {
  const last = childElements(captionElement).at(-1);
  // A linked name closes a sentence of the caption ("Photo by Jane Doe on <a>Unsplash</a>").
  if (!last || last.name === 'a' || (last.next && rawText(last.next).trim()) || childElements(last).length > 0) return undefined;
  const text = normalizeSpace(rawText(last));
  if (text.length > MAX_BARE_CREDIT_CHARS || normalizeSpace(rawText(captionElement)).length <= text.length + MIN_CAPTION_BEFORE_CREDIT_CHARS) return undefined;
  return isPictureAgencyCredit(text) ? last : undefined;
}

/**
 * The photo word, then the source and the photographer ("Photo Le Courrier/Jane Doe"). Rule "agency and photographer
 * after a dash": Slovak agency captions credit the picture in capitals, without a colon, the agency and the
 * photographer joined by a spaced dash ("… v Banskej Bystrici. FOTO TASR – Jozef Kráľ").
 */
function isSignedPhotoCredit(text: string): boolean {
  const signature = PHOTO_WORD.exec(text);
  const parts = signature ? text.slice(signature[0].length).split(SIGNATURE_SEPARATOR) : [];
  return parts.length >= 2 && parts.every((part) => SIGNED_NAME.test(part));
}
const SIGNATURE_SEPARATOR = /\s*\/\s*|\s+[–—-]\s+/;

/** One to five words, the first capitalised, the rest capitalised or short particles ("Folha do Planalto", "The Courier"). */
const SIGNED_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|\p{Ll}{1,3})){0,4}$/u;
const MIN_CAPTION_BEFORE_CREDIT_CHARS = 10;

/**
 * The caption's text as readers see it, without the element `left` out of it: labels kept for screen readers only ("<span class="visually-hidden">Caption,
 * </span>", which the BBC's templates put before every caption) are no part of it, nor is a licensing link (rule
 * "caption's licensing link": wire pages close each caption with "Purchase Licensing Rights", a link classed for the
 * licence, glued to the credit). The body pass has removed the former already; a rendering of the lead picture is
 * read from the page before that.
 */
function shownText(captionElement: DomElement, left?: DomElement): string {
  if (!left && !descendantElements(captionElement).some((element) => element.name === 'br' || BLOCK_TAGS.has(element.name) || isLeftOutOfCaption(element))) return rawText(captionElement);
  const parts: string[] = [];
  const visit = (node: DomNode) => {
    if (node.type === 'text') parts.push(node.data ?? '');
    // Rule "credit on a line of its own": editors break the caption's line before the credit ("Boats at dawn.<br>Jane
    // Doe/AFP"); the break parts the two as a space does, where read without it the words ran together.
    else if (isElement(node) && node.name === 'br') parts.push(' ');
    else if (isElement(node) && node !== left && !isLeftOutOfCaption(node)) {
      // Rule "caption's blocks apart": a slide's caption box sets its counter and its text in elements of their own
      // ("<span>Photo 1/5</span><p>The wheel …</p>"), which the page shows on lines apart, not run together.
      const block = BLOCK_TAGS.has(node.name);
      if (block) parts.push(' ');
      for (const child of node.children ?? []) visit(child);
      if (block) parts.push(' ');
    }
  };
  visit(captionElement);
  return parts.join('');
}
/** The elements a caption box sets on lines of their own. */
const BLOCK_TAGS = new Set(['p', 'div', 'li']);
const SCREEN_READER_ONLY = /(?:^|\s)(?:visually-hidden|visuallyhidden|sr-only|screen-reader-text)(?:\s|$)/;

function isLeftOutOfCaption(element: DomElement): boolean {
  return isScreenReaderOnly(element) || ((element.name === 'a' || element.name === 'button') && LICENSING_TOKENS.some((token) => attributeTokens(element).has(token)));
}
const LICENSING_TOKENS = ['license', 'licence', 'licensing', 'reprints', 'purchase'];

export function isScreenReaderOnly(element: DomElement): boolean {
  return SCREEN_READER_ONLY.test(element.attribs.class ?? '');
}

/**
 * "Boats at dawn. Photo: Jane Doe": a credit written at the end of the caption text. A short text that is nothing
 * but a credit ("Foto: Jane Doe", "© Jane Doe", "Getty Images") is the credit, with no caption; a longer one that
 * opens with "©" or "Bild:" runs on into the caption ("© AlamyOne of the few photos of...", "Bild: Eine Drohne...").
 */
export function splitCreditInText(text: string): { caption: string | null; credit: string | null } {
  const inline = creditLabelIn(text);
  const start = inline ? labelStart(text, inline) : -1;
  if (text.length <= MAX_BARE_CREDIT_CHARS && (start === 0 || isPictureAgencyCredit(text))) return { caption: null, credit: text };
  if (inline && start > 0) {
    const before = text.slice(0, start);
    const join = CAPTION_CREDIT_JOIN.exec(before)!;
    const label = text.slice(start);
    const noted = join[1] ? null : NOTE_BEFORE_CREDIT.exec(before);
    if (noted && CLOSING_BRACKET.test(label)) {
      const caption = `${before.slice(0, noted.index)}${noted[1]}${noted[2]}${noted[1] === '(' ? ')' : '）'}`.trim();
      return { caption, credit: normalizeSpace(label.replace(CLOSING_BRACKET, '')) || null };
    }
    // A credit opened by a bracket before its label ends with the closing one, which is no part of it either.
    const credit = join[1] ? label.replace(/\s*[)）\]][.\s]*$/u, '') : label;
    const caption = before.slice(0, join.index).trim();
    // ". Imagen: Télam": a template's caption field left empty, with only the separator before the credit.
    return { caption: ALPHANUMERIC.test(caption) ? caption : null, credit: withoutSentenceStop(normalizeSpace(credit)) || null };
  }
  return closingAgencyCredit(text) ?? closingShotByCredit(text) ?? closingSourceAfterMark(text) ?? { caption: text || null, credit: null };
}

/**
 * Rule "the sentence's full stop": a credit written as the caption's last sentence ("… in March 2023. Photo by Harbor
 * Watch.", "… Foto: Estudios Revolución.") ends with that sentence's full stop, which is no part of the name. Only
 * after a capitalised word of four letters or more, as a name's last word is: an initial, a shortened word ("Zvg.",
 * "Inc.", Lithuanian "nuotr.", the photo word set after the name) or "e.V." keeps its point.
 */
function withoutSentenceStop(credit: string): string {
  return SENTENCE_STOP_AFTER_WORD.test(credit) ? credit.slice(0, -1) : credit;
}
const SENTENCE_STOP_AFTER_WORD = /(?<![\p{L}.])\p{Lu}\p{L}{3,}\.$/u;

/**
 * Rule "note and credit in one bracket": Japanese and other captions close with a bracket that holds the picture's
 * time or place and then its credit ("…新造船「こじま丸」（30日午前、撮影・藤井亮介）", "Boats at dawn (Tuesday, photo:
 * Jane Doe)"). The note is the caption's, in its bracket; the credit runs from its label to the closing bracket.
 */
const NOTE_BEFORE_CREDIT = /([（(])([^（）()]{1,40}?)\s*[、,，]\s*$/u;
const CLOSING_BRACKET = /\s*[)）][.。\s]*$/u;

/** Whether the text opens with a picture credit's label ("Photo: Jane Doe", "Courtesy of the Doe family"). */
export function opensWithCreditLabel(text: string): boolean {
  const label = creditLabelIn(text);
  return label !== null && labelStart(text, label) === 0;
}

/**
 * Whether the text reads as a picture's signature with no label: the photographer and the paper or agency after a
 * slash ("JANE DOE/The Courier", "Jane Roe/AP"), as photographers sign what they file, or after a comma when the
 * paper's name ends as papers' names do (rule "photographer and paper": TownNews' "Jane Doe, The Courier").
 */
export function isSignedSource(text: string): boolean {
  return isSlashedNames(text) || isPictureAgencyCredit(text) || isNamedWithPaper(text);
}

function isNamedWithPaper(text: string): boolean {
  const pair = COMMA_PAIR.exec(text);
  return pair !== null && isCapitalisedName(pair[1]) && isCapitalisedName(pair[2]) && NEWSPAPER_NAME_END.test(` ${pair[2]}`);
}
const COMMA_PAIR = /^([^,]+?),\s?([^,]+)$/u;

/**
 * Rule "closing shot-by credit": Chinese captions close with the photographer and 摄 / 攝 (photographed), no label
 * before the name: "列车驶出上海虹桥站。新华社记者 丁汀 摄", "市民在江边散步（李华 摄）", "本报记者张三摄". The credit runs from
 * the last sentence end or the bracket it is set in. The verb also closes a sentence about someone taking pictures
 * ("游客在景区拍摄"), so a credit outside brackets must set the name apart with a space or a slash, or name the
 * reporter (记者). Japanese captions close the same way with 撮影 (photographed) after the name, in the bracket that
 * follows the picture's time and place ("…＝７日午前、弘前市（佐藤花子撮影）"): rule "closing shot-by credit, in
 * Japanese" reads that bracket as the credit too, its verb kept as the Chinese one is.
 */
function closingShotByCredit(text: string): { caption: string | null; credit: string } | null {
  const bracketed = BRACKETED_SHOT_BY.exec(text);
  if (bracketed) return { caption: bracketed[1].trim() || null, credit: normalizeSpace(bracketed[2]) };
  const closing = SENTENCE_SHOT_BY.exec(text);
  if (!closing || !SHOT_BY_NAME.test(closing[2])) return null;
  return { caption: closing[1]?.trim() || null, credit: normalizeSpace(closing[2]) };
}
const BRACKETED_SHOT_BY = /^(.*?)\s*[（(]([^（）(),，。]{2,30}(?:[摄攝]|撮影))[）)]\s*$/su;
const SENTENCE_SHOT_BY = /^(.*[。！？!?])?\s*([^。！？!?（）()，,]{2,30}[摄攝])\s*$/su;
const SHOT_BY_NAME = /(?:\s|[／/])[摄攝]$|[记記]者/u;

/**
 * Rule "caption known by its credit": a sentence closed by a picture's credit ("Harris speaks at a rally in Savannah,
 * Ga., Thursday, Aug. 29, 2024. (AP Photo/Jacquelyn Martin)", "Fischer am Kai. Foto: Jane Doe") is a caption wherever
 * a template sets it, in a carousel's "info" box as much as in a `<figcaption>`. A meta line that ends with a photo
 * credit ("12.03.2026 | Text und Foto: Jane Doe") states no sentence before it.
 */
export function isCreditedCaption(text: string): boolean {
  // The caption is a part of the text before its credit: most texts asked have no sentence end far enough in to close one.
  if (!SENTENCE_END_MARK.test(text.slice(MIN_CREDITED_CAPTION_CHARS - 1))) return false;
  const { caption, credit } = splitCreditInText(text);
  return credit !== null && caption !== null && caption.length >= MIN_CREDITED_CAPTION_CHARS && SENTENCE_END.test(caption);
}
export const MIN_CREDITED_CAPTION_CHARS = 40;
const SENTENCE_END = /[.!?…。؟]$/u;
const SENTENCE_END_MARK = /[.!?…。؟]/u;

/**
 * Rule "closing agency credit": "Boats at dawn. (Jane Doe/AP)", "Boats at dawn (AP Photo/Jane Doe)", "Boats at
 * dawn. Jane Doe/AFP via Getty Images": wire captions close with the picture's credit and no label, in brackets or
 * as a sentence of its own. The closing part must read as a {@link isPictureAgencyCredit}, so "The mayor (left)" and
 * a closing sentence that mentions an agency stay caption. French regional papers close theirs with the word for
 * photo and the photographer's signature, the paper and the name ("… samedi. Photo Le Progrès/Jane Doe"): the word
 * and the slash between names make it a credit, with no agency named.
 */
function closingAgencyCredit(text: string): { caption: string; credit: string } | null {
  const bracketed = BRACKETED_CLOSING.exec(text);
  const closing = bracketed ?? SENTENCE_CLOSING.exec(text);
  if (!closing || closing[2].length > MAX_BARE_CREDIT_CHARS) return null;
  const caption = (bracketed ? closing[1].replace(DASH_BEFORE_BRACKETED_CREDIT, '') : closing[1]).trim();
  const credit = closing[2].trim().replace(CREDIT_SEPARATOR, '');
  const isCredit = isPictureAgencyCredit(closing[2]) || isSignedPhotoCredit(closing[2]) || isLentPictureWord(credit)
    || (bracketed ? isPhotoWordSource(credit) || isSlashedSignature(credit, caption) || areAgenciesJoinedByEquals(credit) : isCapitalsSignature(credit, caption));
  return caption && isCredit ? { caption, credit } : null;
}

/**
 * Rule "dash before the bracketed credit": Levantine sites set a spaced dash between the caption and the agency's
 * bracketed credit ("طابور سيارات أمام محطة وقود في دمشق - (سانا)"); the dash parts the two, no end of the caption.
 */
const DASH_BEFORE_BRACKETED_CREDIT = /\s+[-–—]\s*$/u;

/**
 * Rule "lent picture's word": local papers credit a picture a reader, a school or a family sent in with the word for
 * that alone, in brackets or as the caption's closing sentence ("… on Tuesday night. (Contributed)", "… in 1964.
 * Supplied", "(Submitted photo)"); the word names where the picture came from, as a photographer's name would.
 */
function isLentPictureWord(text: string): boolean {
  return LENT_PICTURE_WORD.test(text);
}
const LENT_PICTURE_WORD = /^(?:contributed|submitted|supplied)(?:\s+(?:photo|picture|image)s?)?$/i;

/**
 * Rule "outlet and photographer in brackets": Indonesian and other papers close a caption's last sentence with the
 * picture's source and its photographer, capitalised names joined by a slash and no label ("… Senin (30/11/2026).
 * (Warta Pesisir/Dimas Prasetyo)", "(ANTARA FOTO/Jane Doe)"). Only after a whole sentence: "The two towns
 * (Jakarta/Bandung)" is the caption's own aside. A name may be hyphenated or hold an apostrophe ("(Jean-Luc Roe/The
 * Herald)", "(Mary O'Brien/CBN)"), and a lower-case particle may join a name's words ("(L. Fabre/Le Courrier des
 * Sports)").
 */
function isSlashedSignature(credit: string, caption: string): boolean {
  return SENTENCE_END.test(caption) && isSlashedNames(credit);
}

/** Two names joined by a slash, each a capitalised name (see isCapitalisedName). */
function isSlashedNames(text: string): boolean {
  const pair = SLASHED_PAIR.exec(text);
  return pair !== null && isCapitalisedName(pair[1]) && isCapitalisedName(pair[2]);
}
const SLASHED_PAIR = /^([^/]+?)\s?\/\s?([^/]+)$/u;

/**
 * Up to four capitalised words; French, Spanish, Italian, Dutch and German names join them with a particle in lower
 * case ("Le Courrier des Sports", "Diario de Navarra", "Jan van Dijk"), which is still the name.
 */
function isCapitalisedName(name: string): boolean {
  const words = name.split(' ');
  let capitalised = 0;
  for (const word of words) {
    if (CAPITALISED_WORD.test(word)) capitalised++;
    else if (!isNameParticle(word)) return false;
  }
  return capitalised <= MAX_NAME_WORDS_BESIDE_SLASH && CAPITALISED_WORD.test(words[0]) && CAPITALISED_WORD.test(words[words.length - 1]);
}
const CAPITALISED_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
const MAX_NAME_WORDS_BESIDE_SLASH = 4;

/**
 * Rule "photo word before its source": Italian and other papers credit in brackets with the word for photo and the
 * source, no colon and no agency ("… dopo il crollo (foto Vigili del fuoco)", "(Foto Ufficio stampa)"). The source is
 * a name, capitalised; "(foto sopra)", "(photo left)" point at a picture and stay caption.
 */
function isPhotoWordSource(text: string): boolean {
  const word = PHOTO_WORD.exec(text);
  const source = word ? text.slice(word[0].length) : '';
  return NAME_START.test(source) && source.split(' ').length <= MAX_SIGNATURE_WORDS;
}
const NAME_START = /^\p{Lu}/u;

/**
 * Rule "signature in capitals": French and Spanish papers sign a caption's picture in capitals after its last sentence,
 * the photographer or the paper's archive ("… vers 3 h du matin. | ARCHIVES LE COURRIER DE L'OUEST", "… ante el
 * Sevilla. JAVIER MOLINA"). A signature names a person or a paper in two words or more: a word alone in capitals after
 * a sentence is an abbreviation, such as the time zone a date line closes with ("… at 5:02 p.m. EDT"). A caption
 * written in capitals throughout has no such signature.
 */
function isCapitalsSignature(credit: string, caption: string): boolean {
  const words = credit.split(' ').length;
  return CAPITALS_ONLY.test(credit) && words >= 2 && words <= MAX_SIGNATURE_WORDS && LOWER_CASE.test(caption);
}
const CAPITALS_ONLY = /^\p{Lu}[\p{Lu}\p{M}\s.'’&/-]*$/u;
const LOWER_CASE = /\p{Ll}/u;
/** "ARCHIVES LE COURRIER DE L'OUEST ARMOR": a paper's name, the archive's word before it. */
const MAX_SIGNATURE_WORDS = 6;

/**
 * Rule "source after a mark": captions that close without a sentence end set the source after a mark. Arabic and
 * other papers close with a dash and the agency ("مزارع يتفقد النخيل في أريحا - رويترز", "… – AFP"); Japanese papers
 * with a full-width equals sign and the agency, a partner's name glued to it where one distributes the other's
 * pictures ("…（2月、米西部フェニックス近郊）＝ロイター", "＝AFP時事"). Japanese captions also set the date and place
 * after that sign ("会見する首相＝10日、首相官邸"), so only agencies count.
 */
function closingSourceAfterMark(text: string): { caption: string; credit: string } | null {
  const twoParts = closingSourceInTwoParts(text);
  if (twoParts) return twoParts;
  const closing = DASH_CLOSING.exec(text) ?? EQUALS_CLOSING.exec(text);
  if (!closing || closing[2].length > MAX_BARE_CREDIT_CHARS) return null;
  const credit = closing[2].trim();
  const isCredit = isPictureAgencyCredit(credit) || (closing[0].includes('＝') && areGluedAgencies(credit));
  return isCredit ? { caption: closing[1].trim(), credit } : null;
}
const DASH_CLOSING = /^(.*\S)\s+[-–—]\s+([^-–—]+)$/su;

/**
 * Rule "source in two parts after the dash": Iberian agencies close the caption with two dashed parts, the
 * photographer and the agency ("… junto à A1 - Paulo Novais - Lusa") or the agency and the word for a file picture
 * ("… en una imagen de archivo - EUROPA PRESS - Archivo"); read from the last dash, the photographer stayed in the
 * caption, and a file word alone credits no one. Both parts are a few capitalised words, one of them an agency.
 */
function closingSourceInTwoParts(text: string): { caption: string; credit: string } | null {
  const closing = TWO_PART_DASH_CLOSING.exec(text);
  if (!closing || closing[2].length + closing[3].length > MAX_BARE_CREDIT_CHARS) return null;
  const [first, second] = [closing[2].trim(), closing[3].trim()];
  if (!SIGNED_NAME.test(first) || !SIGNED_NAME.test(second) || !(isPictureAgencyCredit(first) || isPictureAgencyCredit(second))) return null;
  return { caption: closing[1].trim(), credit: `${first} - ${second}` };
}
const TWO_PART_DASH_CLOSING = /^(.*\S)\s+[-–—]\s+([^-–—]+?)\s+[-–—]\s+([^-–—]+)$/su;
const EQUALS_CLOSING = /^(.*[^\s＝])＝([^＝]+)$/su;

/**
 * Rule "agency through agency": Japanese captions credit a picture another agency took and their own distributed with
 * both names parted by the equals sign, in the closing bracket ("…＝６日、ワシントン（ロイター＝共同）", "（ＡＰ＝共同）").
 */
function areAgenciesJoinedByEquals(text: string): boolean {
  const parts = text.split('＝');
  return parts.length === 2 && parts.every((part) => part !== '' && (isPictureAgencyCredit(part) || agencyNamed(part) !== null || areGluedAgencies(part)));
}

/** "AFP時事", "ロイター共同": agencies written one after the other, each in its own script. */
function areGluedAgencies(text: string): boolean {
  const runs = text.match(SCRIPT_RUN) ?? [];
  return runs.join('') === text && runs.every((run) => PICTURE_AGENCY.test(run) || agencyNamed(run) !== null);
}
const SCRIPT_RUN = /\p{Script=Latin}+|\p{Script=Katakana}+|\p{Script=Han}+/gu;
/** The mark a template sets between the caption's sentence and its credit ("… Valdeorras. | Jane Doe / EFE"). */
const CREDIT_SEPARATOR = /^[|·•–—-]\s*/u;
/** Japanese and Chinese captions close with the agency in full-width brackets ("…＝2日夜（共同）"). */
const BRACKETED_CLOSING = /^(.*?)\s*[(（]([^()（）]+)[)）]\s*$/su;
/** The caption's last sentence end; a lone capital's dot is a name's initial ("Hannes P. Albert"), not one. */
const SENTENCE_CLOSING = /^(.*(?<!(?:^|\s)\p{Lu})[.!?…])\s+([^.!?…]+)$/su;

/**
 * Where the credit's label starts: a German compound on "Foto" or "Bild" ("Symbolfoto:") matches at its last
 * part, and the label is the whole word. Matching the part and stepping back costs less than trying every word's
 * letters as a compound's front.
 */
function labelStart(text: string, inline: RegExpExecArray): number {
  let start = inline.index;
  if (!LETTER.test(inline[0].charAt(0))) return start;
  while (start > 0 && LETTER.test(text.charAt(start - 1))) start--;
  return start;
}
const LETTER = /\p{L}/u;
const ALPHANUMERIC = /[\p{L}\p{N}]/u;

/** "© Heimat- und Museumsverein Königs Wusterhausen e.V." is as long as a credit line gets. */
const MAX_BARE_CREDIT_CHARS = 60;

/**
 * Picture agencies and stock libraries, the sources a picture credit names; British papers credit the Press
 * Association's pictures with its initials alone ("(Jane Doe/PA)"). Rule "stock libraries in Arabic script": Arab
 * health, beauty and family magazines illustrate their pieces with stock pictures and close the caption with the
 * library's name written in Arabic letters ("… في الأيام الأولى من الصيام المتقطع (شترستوك)", "(فري بيك)", "(غيتي
 * إيمجز)"), as others write "(Shutterstock)"; the news agencies' Arabic names are known to wire-agencies.ts already.
 */
const PICTURE_AGENCY = new RegExp(
  '^(?:' + [
    'getty ?images', 'getty', 'afp', 'epa', 'epa-efe', 'reuters', 'ap', 'ap photo', 'dpa', 'imago(?: images)?', 'picture[- ]alliance', 'shutterstock',
    'istock(?:photo)?', 'alamy', 'wenn(?:\\.com)?', 'keystone', 'efe', 'ansa', 'anp', 'sipa', 'bloomberg', 'zuma(?: press)?', 'abaca(?:press)?',
    'ullstein ?bild', 'action press', 'pa(?: images| wire| media| archive)?', 'xinhua', 'anadolu(?: agency| ajansı)?', 'unsplash', 'pexels', 'pixabay', 'adobe ?stock',
    'stock\\.adobe\\.com', 'depositphotos', 'dreamstime', '123rf', 'freepik',
    '(?:شتر|شاتر) ?ستوك', '(?:غيتي|جيتي)(?: (?:إيمجز|ايمجز|إيماجز|ايماجز|إيميجز|ايميجز))?', '(?:آي|اي|أي) ?ستوك', '(?:أدوبي|ادوبي) ستوك', 'فري ?بيك',
    'بيكساباي', 'بيكسلز', '(?:أن|ان)سبلاش',
  ].join('|') + ')$',
  'iu',
);

/** A credit's parts are names: a photographer, a collection, the agency; a part longer than this is a caption. */
const MAX_CREDIT_PART_WORDS = 4;

/**
 * Picture agency credit: "Getty Images", "Jane Doe/AFP", "Francesco Carta | Moment | Getty Images", "Jane Doe via
 * Getty Images", the credit line templates print beside a picture with no "Photo:" label. Every part between the
 * separators is a short name and one of them is a picture agency or stock library, so a caption that mentions an
 * agency ("Reuters headquarters in London", "The president, Joe Biden / AFP") stays a caption.
 */
function isPictureAgencyCredit(text: string): boolean {
  const parts = text.split(/\s*[/|;]\s*/).filter(Boolean);
  if (parts.some((part) => part.split(' ').length > MAX_CREDIT_PART_WORDS || SENTENCE_INSIDE.test(part))) return false;
  return parts.some((part) => {
    const source = part.replace(/^.*\s(?:via|for)\s/i, '').replace(PHOTO_WORD, '');
    return PICTURE_AGENCY.test(source) || agencyNamed(source) !== null;
  });
}
/**
 * Rule "short caption before a slashed credit": a caption of a few words closes its sentence and then credits the
 * picture with the photo word and the agency joined by a slash ("Vista del río. Foto/EFE"); the words before the full
 * stop, a sentence's end after a lower-case word, are the caption's, no name's (an initial's point, "J. Doe/AFP",
 * follows a capital).
 */
const SENTENCE_INSIDE = /\p{Ll}{2,}\.\s+\S/u;
/**
 * The word for "photo" a bracketed credit may open with, no colon after it: "(Foto ANSA)", "(Photo AFP)". News
 * agencies in any script (wire-agencies.ts) are picture sources too: "(أ ف ب)", "(رويترز)".
 * Rule "illustration or file photo": a paper that sets a stock or an archive picture over a story says so in the
 * photo word ("(Photo d'illustration AFP/Jean Dupont)", "(Photo d'archives AFP)", "(Foto de archivo EFE)", "(Foto
 * d'archivio ANSA)"), as health and science stories, with no picture of their own event, often do.
 */
const PHOTO_WORD = /^(?:foto|photo|bild|image|imagen|صورة)(?:\s+(?:d['’]illustration|d['’]archives?|d['’]archivio|de archivo|de arquivo))?\s+/iu;

/** Whether the text opens with the word for "photo" a credit or a picture's note opens with ("صورة أرشيفية", "Foto de archivo EFE"). */
export function opensWithPhotoWord(text: string): boolean {
  return PHOTO_WORD.test(text);
}

/**
 * Rule "the site's own credit": a site credits the pictures it took itself with its own name in brackets at the
 * caption's end ("هاتف نوفا إكس 7 برو بلونه الأخضر الجديد (البوابة التقنية)", "Boats at dawn (The Example Times)"), as
 * wire captions close with the agency's. Brackets hold a caption's own notes too ("(left)", "(archive)"), so with no
 * agency or label in them they are the credit only when they name the site. The picture keeps its caption otherwise.
 */
export function withSiteCredit(image: ArticleImage, siteName: string | null): ArticleImage {
  if (image.credit !== null || image.caption === null || !siteName) return image;
  const closing = BRACKETED_CLOSING.exec(image.caption);
  if (!closing || normalizeSpace(closing[2]).toLowerCase() !== normalizeSpace(siteName).toLowerCase()) return image;
  const caption = closing[1].replace(DASH_BEFORE_BRACKETED_CREDIT, '').trim();
  return caption ? { ...image, caption, credit: normalizeSpace(closing[2]) } : image;
}
