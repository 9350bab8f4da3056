export interface DecodedHtml {
  /**
   * The text in order, in pieces decoded from at most `TEXT_CHUNK_BYTES` each (see text-decoder.ts for why); the
   * parser takes them one after another. `wholeText` joins them.
   */
  chunks: string[];
  charset: string;
  charsetSource: 'bom' | 'content-type' | 'meta' | 'detected' | 'default';
  /**
   * Present when the page mixes encodings (UTF-8 with windows-1256 fragments, or the reverse): the charset used for
   * the minority parts. `charset` names the majority.
   */
  mixedCharset?: string;
}

export type CharsetSource = DecodedHtml['charsetSource'];

/** A charset the page claims, and where it claims it. */
export interface Declaration {
  charset: string;
  source: CharsetSource;
}
