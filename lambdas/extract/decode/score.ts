/** Characters (or byte pairs) judged as real text versus as mojibake. */
export interface Score {
  good: number;
  bad: number;
  /** How often the reading lands on the language's most frequent characters or words: breaks near-ties. */
  affinity: number;
}

/**
 * What one sure sign of a wrong reading costs (U+FFFD, a C1 control, a byte that starts no character), against 1 for
 * a merely doubtful one; both scorers use it so that one-byte and CJK candidates compare.
 */
export const MOJIBAKE_SYMBOL_WEIGHT = 3;
