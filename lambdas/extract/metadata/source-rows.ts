/**
 * The agency an article's info rows name as its source, for stories whose text carries no credit of its own.
 */
import { caseInsensitiveInitials, type IndexedPage } from './regions';
import { agenciesIn, SOURCE_LABEL, SOURCE_LABEL_WORDS } from './wire-agencies';

/**
 * Rule "source in the info row": news sites that run agency copy say so in the row of facts around the story rather
 * than in its text: "المصدر: أ ف ب" beside the date, "Источник: ТАСС" under the text, "来源：新华社" after the
 * dateline. Only a short labelled line whose rest is nothing but agencies counts, after the headline and outside
 * the regions of other items (a teaser's source is that story's).
 */
export function readSourceRowAgency(page: IndexedPage): string | null {
  const { elements, visibleChars } = page.walk;
  for (let index = page.firstAfterHeadline(); index < elements.length; index++) {
    if (visibleChars[index] === 0 || visibleChars[index] > MAX_SOURCE_ROW_CHARS || !page.followsHeadlineAt(index)) continue;
    // A row opens with its label: the first character rules out nearly every short text before it is built.
    if (!SOURCE_LABEL_INITIALS.has(page.firstCharAt(index))) continue;
    const row = SOURCE_ROW.exec(page.shortTextAt(index, MAX_SOURCE_ROW_CHARS) ?? '');
    const agencies = row ? agenciesIn(row[1]) : [];
    if (agencies.length > 0 && !page.isAnotherItemsRegion(elements[index])) return agencies[0];
  }
  return null;
}
/** A label and two agencies, with room to spare. */
const MAX_SOURCE_ROW_CHARS = 60;
const SOURCE_LABEL_INITIALS = caseInsensitiveInitials(SOURCE_LABEL_WORDS);
const SOURCE_ROW = new RegExp(`^${SOURCE_LABEL}\\s*[:：]\\s*(.+?)\\s*$`, 'iu');
