/**
 * A run proves UTF-8 only with three or more multi-byte characters: shorter valid sequences occur by accident in
 * legacy text (windows-1256 "د،" is a valid UTF-8 pair, and so are many GBK pairs).
 */
export const STRONG_UTF8_RUN_CHARS = 3;

/** A maximal run of bytes ≥ 0x80. ASCII decodes identically in every candidate, so only these runs carry evidence. */
interface NonAsciiRun {
  start: number;
  end: number;
  multibyteChars: number;
  invalidBytes: number;
}

export interface NonAsciiScan {
  runs: NonAsciiRun[];
  nonAsciiBytes: number;
  invalidRuns: number;
  /** Runs that are entirely valid UTF-8. */
  validRuns: number;
  strongUtf8Runs: number;
}

export function scanNonAsciiRuns(bytes: Uint8Array): NonAsciiScan {
  const runs: NonAsciiRun[] = [];
  let nonAsciiBytes = 0;
  let invalidRuns = 0;
  let validRuns = 0;
  let strongUtf8Runs = 0;
  let position = 0;
  while (position < bytes.length) {
    if (bytes[position] < 0x80) {
      position++;
      continue;
    }
    const run: NonAsciiRun = { start: position, end: position, multibyteChars: 0, invalidBytes: 0 };
    while (position < bytes.length && bytes[position] >= 0x80) {
      const length = utf8SequenceLengthAt(bytes, position);
      if (length === 0) {
        run.invalidBytes++;
        position++;
      } else {
        run.multibyteChars++;
        position += length;
      }
    }
    run.end = position;
    nonAsciiBytes += run.end - run.start;
    if (run.invalidBytes > 0) invalidRuns++;
    else validRuns++;
    if (run.invalidBytes === 0 && run.multibyteChars >= STRONG_UTF8_RUN_CHARS) strongUtf8Runs++;
    runs.push(run);
  }
  return { runs, nonAsciiBytes, invalidRuns, validRuns, strongUtf8Runs };
}

/** Length of the well-formed UTF-8 multi-byte sequence at `index` (WHATWG/Unicode table 3-7), or 0. */
function utf8SequenceLengthAt(bytes: Uint8Array, index: number): number {
  const lead = bytes[index];
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  if (index + length > bytes.length) return 0;
  const second = bytes[index + 1];
  if (second < low || second > high) return 0;
  for (let offset = 2; offset < length; offset++) {
    const continuation = bytes[index + offset];
    if (continuation < 0x80 || continuation > 0xbf) return 0;
  }
  return length;
}

/** Detection reads at most this many bytes of runs, enough evidence for any charset and bounded in cost. */
const SAMPLE_NON_ASCII_BYTES = 32 * 1024;
/** ASCII letters kept around each run so that Latin words are judged whole ("caf" + "é"). */
const SAMPLE_CONTEXT_BYTES = 16;

/**
 * The bytes detection looks at: each run with the ASCII letters touching it, plus one byte after (multi-byte CJK
 * charsets use ASCII-range trail bytes), separated by newlines where bytes were left out, so every decoder
 * resynchronises between windows.
 */
export function sampleOf(bytes: Uint8Array, runs: NonAsciiRun[]): Uint8Array {
  const windows: Uint8Array[] = [];
  let budget = SAMPLE_NON_ASCII_BYTES;
  let previousEnd = 0;
  for (const run of runs) {
    if (budget <= 0) break;
    let start = run.start;
    while (start > previousEnd && run.start - start < SAMPLE_CONTEXT_BYTES && isAsciiLetter(bytes[start - 1])) start--;
    let end = Math.min(bytes.length, run.end + 1);
    while (end < bytes.length && end - run.end < SAMPLE_CONTEXT_BYTES && isAsciiLetter(bytes[end])) end++;
    // A window that runs on from the previous one continues its text: a newline there would cut a word in two
    // ("nauj" + "ą"), and its halves read as stray letters.
    if (start <= previousEnd && windows.length > 0) windows.pop();
    windows.push(bytes.subarray(Math.max(start, previousEnd), end), NEWLINE);
    previousEnd = end;
    budget -= run.end - run.start;
  }
  return Buffer.concat(windows);
}

const NEWLINE = Uint8Array.of(0x0a);

export function isAsciiLetter(byte: number): boolean {
  return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
}
