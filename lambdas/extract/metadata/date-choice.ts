/**
 * Date candidates and the choice made among them: the texts the declared and the visible date readers weigh, where
 * each came from, and the date chosen with its raw string.
 */
import type { Element } from 'domhandler';

export interface DateChoice {
  iso: string | null;
  raw: string | null;
  /**
   * Of a dateline row that sets its items in elements of their own, the text of the one that dates it, which the
   * record keeps as the raw string (rule "raw date of its own"); `raw` stays the whole row, by which the body pass
   * knows the date row.
   */
  item?: string;
}

export interface Candidate {
  text: string;
  source: string;
  /** A dateline or meta-line element, as opposed to a block of text that may mention a date. */
  marked?: boolean;
  /** The element holds a `<time datetime>`, whose machine value the metadata reader takes. */
  machineDated?: boolean;
  /** The element's class names the last edit (`updated`, `modified`), not the publication. */
  update?: boolean;
  /** The element's class names the publication (`entry-date published`), beside one that names the update. */
  publication?: boolean;
  /** A declared date tag that dates the item's creation, not its release (see `CREATION_META_KEYS`). */
  creation?: boolean;
  /** The dateline element the text was read from; absent for text blocks read for a date they may mention. */
  element?: Element;
}

export type SourcedChoice = DateChoice & { source: string | null };

export const NO_DATE: DateChoice = { iso: null, raw: null };

/** The raw date string kept from a text no date could be read from (a Hijri date, an unknown format), its whitespace folded. */
export function unparsedRaw(unparsed: Candidate | null): string | null {
  return unparsed?.text.replace(/\s+/g, ' ').trim() ?? null;
}
