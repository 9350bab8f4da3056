/** How plausibly a charset reads a sample as text, on a -1..1 scale. */
import { CJK_LAYOUTS, scoreCjk } from './cjk-plausibility';
import type { Score } from './score';
import { scoreText } from './text-plausibility';
import { textDecoderFor } from './text-decoder';

/** Keeps a page with one or two odd characters from swinging to -1 on almost no evidence. */
const SCORE_SMOOTHING = 2;

export function ratioOf(score: Score): number {
  return (score.good - score.bad) / (score.good + score.bad + SCORE_SMOOTHING);
}

export function plausibilityOf(sample: Uint8Array, charset: string): number {
  return ratioOf(scoreOf(sample, charset));
}

export function scoreOf(sample: Uint8Array, charset: string): Score {
  const cjk = CJK_LAYOUTS[charset];
  return cjk ? scoreCjk(sample, charset, cjk) : scoreText(textDecoderFor(charset).decode(sample));
}
