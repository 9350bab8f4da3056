import { isAsciiLetter } from './non-ascii-runs';
import { MOJIBAKE_SYMBOL_WEIGHT, type Score } from './score';
import { textDecoderFor } from './text-decoder';

/**
 * Multi-byte CJK charsets decode almost any byte pair to some character, so their text tells little. Their byte
 * layout does: real text lives in the frequent-character blocks (GB2312 level 1, Big5 frequent, JIS level 1,
 * KS X 1001 Hangul); random or foreign bytes spread over the whole code space. EUC-JP and EUC-KR share GBK's layout
 * of two high bytes, so between them the most frequent characters decide.
 */
interface CjkLayout {
  isLead: (byte: number) => boolean;
  isTrail: (byte: number) => boolean;
  isCommonPair: (lead: number, trail: number) => boolean;
  /** Single bytes ≥ 0x80 that stand alone (Shift_JIS half-width katakana): legal but rare. */
  isRareSingle: (byte: number) => boolean;
}

const between = (value: number, low: number, high: number) => value >= low && value <= high;

export const CJK_LAYOUTS: Record<string, CjkLayout> = {
  gbk: {
    isLead: (byte) => between(byte, 0x81, 0xfe),
    isTrail: (byte) => between(byte, 0x40, 0x7e) || between(byte, 0x80, 0xfe),
    isCommonPair: (lead, trail) => (between(lead, 0xa1, 0xa3) || between(lead, 0xb0, 0xd7)) && between(trail, 0xa1, 0xfe),
    isRareSingle: () => false,
  },
  big5: {
    isLead: (byte) => between(byte, 0x81, 0xfe),
    isTrail: (byte) => between(byte, 0x40, 0x7e) || between(byte, 0xa1, 0xfe),
    isCommonPair: (lead) => between(lead, 0xa1, 0xc6),
    isRareSingle: () => false,
  },
  shift_jis: {
    isLead: (byte) => between(byte, 0x81, 0x9f) || between(byte, 0xe0, 0xfc),
    isTrail: (byte) => between(byte, 0x40, 0x7e) || between(byte, 0x80, 0xfc),
    isCommonPair: (lead) => between(lead, 0x81, 0x84) || between(lead, 0x88, 0x98),
    isRareSingle: (byte) => between(byte, 0xa1, 0xdf),
  },
  // JIS X 0208 in two bytes of 0xA1-0xFE: punctuation (row 1), full-width digits and letters (row 3), hiragana and
  // katakana (rows 4-5) and level-1 kanji (rows 16-47) are the common part. 0x8E introduces a half-width katakana,
  // legal but rare in news text, as in Shift_JIS.
  'euc-jp': {
    isLead: (byte) => between(byte, 0xa1, 0xfe) || byte === 0x8e,
    isTrail: (byte) => between(byte, 0xa1, 0xfe),
    isCommonPair: (lead) => lead === 0xa1 || between(lead, 0xa3, 0xa5) || between(lead, 0xb0, 0xcf),
    isRareSingle: () => false,
  },
  'euc-kr': {
    isLead: (byte) => between(byte, 0x81, 0xfe),
    isTrail: (byte) => between(byte, 0x41, 0x5a) || between(byte, 0x61, 0x7a) || between(byte, 0x81, 0xfe),
    isCommonPair: (lead, trail) => (between(lead, 0xa1, 0xac) || between(lead, 0xb0, 0xc8)) && between(trail, 0xa1, 0xfe),
    isRareSingle: () => false,
  },
};

/**
 * The most frequent characters of each language, in the form each charset serves: a reading that keeps landing on
 * them is the right one. Byte layout alone cannot separate Korean from Chinese (Hangul bytes sit exactly on GB2312's
 * frequent block) or Simplified from Traditional Chinese.
 */
const FREQUENT_CHARACTERS: Record<string, Set<string>> = {
  gbk: new Set('的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实新闻记者报'),
  big5: new Set('的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡用道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣理心她本前開但因只從想實新聞記者報'),
  shift_jis: new Set('のにはをたがでてとしれさなるいかもっすうありまこよらくんだけ日本人年者大中国会事時出上新'),
  'euc-jp': new Set('のにはをたがでてとしれさなるいかもっすうありまこよらくんだけ日本人年者大中国会事時出上新'),
  'euc-kr': new Set('이다는의에하고가을를지기서한로사대정리자수도인시들일적보해전라어구여으부상나제계성주것있없그아내원중면위문게년국관동소만조장경'),
};

export function scoreCjk(sample: Uint8Array, charset: string, layout: CjkLayout): Score {
  const score = scoreCjkBytes(sample, layout);
  const frequent = FREQUENT_CHARACTERS[charset];
  let characters = 0;
  let frequentCharacters = 0;
  for (const char of textDecoderFor(charset).decode(sample)) {
    if (char.charCodeAt(0) < 0x80) continue;
    characters++;
    if (frequent.has(char)) frequentCharacters++;
  }
  return { ...score, affinity: characters === 0 ? 0 : frequentCharacters / characters };
}

function scoreCjkBytes(sample: Uint8Array, layout: CjkLayout): Score {
  const score: Score = { good: 0, bad: 0, affinity: 0 };
  let index = 0;
  while (index < sample.length) {
    const byte = sample[index];
    if (byte < 0x80) {
      index++;
    } else if (layout.isRareSingle(byte)) {
      score.bad += 1;
      index++;
    } else if (layout.isLead(byte) && index + 1 < sample.length && layout.isTrail(sample[index + 1])) {
      const trail = sample[index + 1];
      // A pair whose trail is an ASCII letter, glued to a Latin word ("it’s" read as Shift_JIS, "Ändern" as Big5),
      // is a Latin word.
      const gluedToLatin = trail < 0x80 && ((index > 0 && isAsciiLetter(sample[index - 1])) || (index + 2 < sample.length && isAsciiLetter(sample[index + 2])));
      if (layout.isCommonPair(byte, trail) && !gluedToLatin) score.good += 2;
      else score.bad += 2;
      index += 2;
    } else {
      score.bad += MOJIBAKE_SYMBOL_WEIGHT;
      index++;
    }
  }
  return score;
}
