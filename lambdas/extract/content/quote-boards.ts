/**
 * Quote boards: the market-data widget a business portal sets into a story ("Quotes in this article", "Stocks
 * mentioned"), a table or list of the companies the story names with their ticker, price and day's change, and the
 * card of one company's quote.
 */
import { type DomElement, type DomNode, descendantElements, isElement, previousElement, rawText } from './dom';
import type { StatsTable } from './measure';
import { normalizeDigits } from '../metadata/arabic-dates';

/**
 * Rule "quote board": a business portal sets into its stories, often into syndicated wire copy, a board of market
 * quotes for the companies the story names: each row a ticker symbol ("HDST"), a price ("38.14") and the day's change
 * in percent ("+0.9%"), under a title of its own. The portal fills it from a price feed; the story's writer never saw
 * it, and read as text each row became a paragraph of figures. Only a table or list of which every row is such a
 * quote is a board, and it goes with the wrapper that adds no more than its title; a table of figures the story
 * itself gives (results, a poll) has no ticker beside a signed change on every row.
 */
export function quoteBoard(element: DomElement, keep: ReadonlySet<DomNode>, stats: StatsTable): DomElement | null {
  return isBoardOfQuotes(element) && !isAnnouncedByText(element, stats) ? withTitleBox(element, keep, stats, MAX_BOARD_TITLE_CHARS) : null;
}

/**
 * Rule "table the story announces": a market report sets the day's prices into its text as a table with no row of
 * column headings, each row a name, a price and the change ("Wheat (APW1) | $362.50 | +1.25%"), right under the
 * story's own sentence that announces it with a colon ("Prices at Kwinana on Friday afternoon, with the week's
 * change:"). A feed's board stands in a box of its own under its title, not in the flow of the story's paragraphs.
 */
export function isAnnouncedByText(table: DomElement, stats: StatsTable): boolean {
  const before = previousElement(table);
  const flow = table.parent;
  if (!before || before.name !== 'p' || !flow || !isElement(flow) || (stats.get(flow)?.prose ?? 0) < MIN_FLOW_PROSE) return false;
  const sentence = rawText(before).trimEnd();
  return sentence.endsWith(':') || sentence.endsWith('：');
}
/** The story's paragraphs around the table: two of prose at least, where a board's box holds none. */
const MIN_FLOW_PROSE = 2;

/**
 * The board with the boxes around it that add no paragraph of prose and no more than `maxTitleChars` characters to
 * it: its title, a label, a line of fine print. `maxNotes` paragraphs of prose may be the board's small print within
 * those characters (see rule "offer box's small print").
 */
export function withTitleBox(board: DomElement, keep: ReadonlySet<DomNode>, stats: StatsTable, maxTitleChars: number, maxNotes = 0): DomElement {
  const boardChars = stats.get(board)?.chars ?? 0;
  let whole = board;
  for (let box = board.parent; box && isElement(box) && !keep.has(box) && BOARD_BOX_TAGS.has(box.name); box = box.parent) {
    const own = stats.get(box);
    if (!own || own.prose > maxNotes || own.chars - boardChars > maxTitleChars) break;
    whole = box;
  }
  return whole;
}

/**
 * Rule "inline quote": finance portals follow a ticker symbol linked in the story's sentence with the live quote, a
 * price and the day's change in an element of their own (`<a>NVLX.O</a><span class="ticker-quote"><fin-streamer>
 * 118.42</fin-streamer> -4.82%</span>`), filled from the same feed as a quote board. Read as text it glued the
 * figures to the symbol ("NVLX.O118.42 -4.82%"). Only an element right after a linked symbol that holds nothing but
 * a price and a signed change is such a quote; the story's own figures stand in its words.
 */
export function isInlineQuote(element: DomElement): boolean {
  let before = element.prev;
  while (before && before.type === 'text' && (before.data ?? '').trim() === '') before = before.prev;
  if (!before || !isElement(before) || before.name !== 'a' || !TICKER.test(textPieces(before).join(''))) return false;
  const pieces = textPieces(element).flatMap((piece) => piece.split(BEFORE_SIGNED_CHANGE));
  return pieces.length <= MAX_INLINE_QUOTE_PIECES && pieces.some((piece) => CHANGE.test(piece)) && pieces.every((piece) => PRICE.test(piece) || CHANGE.test(piece));
}
/**
 * Rule "quote in one run of text": the feed may print the price and its change as one text (`<span> 80.94 -0.32%</span>`
 * after the linked "LCOc1"), where others set each in an element of its own; the space before the signed change
 * parts them.
 */
const BEFORE_SIGNED_CHANGE = /\s+(?=\(?[+\-−–▲▼])/u;
/** A price, the change in points and in percent. */
const MAX_INLINE_QUOTE_PIECES = 3;

/**
 * Rule "quote card": business pages set between a story's paragraphs the card of the one company it is about, filled
 * from the price feed: its name, the price with the day's change beside it ("$142.31 +3.34 (+2.40%)", "58,42 EUR
 * +6,31%", "السعر: 18.42 جنيه التغير: +2.1%"), the time of the quote, the exchange, a link to the quote page. Read as
 * text it became lines of figures between the story's. A short box of a few lines with no paragraph of prose in it,
 * that quotes a price to the hundredth or finer followed by its signed change in percent, is such a card; the story
 * gives a price and its change in a sentence, in a paragraph of its own, and a box that holds a table or a list of
 * quotes is judged as a board.
 */
export function isQuoteCard(element: DomElement, text: string): boolean {
  if (!QUOTE_CARD_TAGS.has(element.name) || element.children.filter(isElement).length < MIN_QUOTE_CARD_LINES) return false;
  const figures = westernFigures(text);
  return figures.includes('%') && QUOTED_PRICE_AND_CHANGE.test(figures) && !descendantElements(element).some((child) => QUOTE_BOARD_TAGS.has(child.name));
}

/**
 * Rule "quote strip": a crypto or markets site sets the feed's quotes for the coins or shares a story names on one line
 * of their own between its paragraphs, each the symbol, the price and the day's change, parted by a dot or a bar ("BTC
 * $94,210 ▼2.8% · ETH $3,395 ▼2.1%"): the prices of the moment the page was loaded, as a ticker strip's, not the
 * story's sentence. Only a line of two quotes or more and nothing else is such a strip; the story gives a price in
 * words around it.
 */
export function isQuoteStrip(text: string): boolean {
  if (!text.includes('%')) return false;
  const quotes = text.split(STRIP_SEPARATOR);
  return quotes.length >= MIN_STRIP_QUOTES && quotes.every((quote) => {
    const parts = STRIP_QUOTE.exec(quote);
    return parts !== null && TICKER.test(parts[1]) && PRICE.test(parts[2]) && CHANGE.test(parts[3]);
  });
}
const STRIP_SEPARATOR = /\s+[·|•]\s+/u;
/** The symbol, the price and the change, which may set a space after its sign ("▼ 2.8%"). */
const STRIP_QUOTE = /^\s*(\S+)\s+(\S+)\s+(\S+(?:\s\S+)?)\s*$/u;
const MIN_STRIP_QUOTES = 2;
/** A few quotes of a symbol, a price and a change: "BTC $94,210 ▼2.8%" is 17 characters. */
export const MAX_QUOTE_STRIP_CHARS = 160;

/**
 * Rule "quote in Arabic-Indic digits": Gulf and Egyptian portals print their price feed in Arabic-Indic digits, with
 * the Arabic decimal and thousands separators and percent sign ("٢٨٫٦٥ ريال ▲ ٠٫٩٥ (٣٫٤٪)"), the same card as a
 * Western one in another script; read in ASCII figures it is known as that one is. Text with no Arabic percent sign
 * and no Arabic-Indic digit is returned as it is.
 */
function westernFigures(text: string): string {
  return normalizeDigits(text).replaceAll('\u066A', '%');
}
/** A table or a list of quotes is a board, with its own wrapper's bounds (see {@link quoteBoard}). */
export const QUOTE_BOARD_TAGS = new Set(['table', 'ul', 'ol']);
/**
 * A price quoted to the hundredth or finer, its currency's sign, code or word before or after it, then the signed
 * change (in points first, or after a label: "التغير:") and the change in percent. Gulf feeds sign the change once,
 * with the arrow before the points, and leave the percent in brackets after it bare ("▲ 0.95 (3.4%)").
 */
const QUOTED_PRICE_AND_CHANGE = /(?<![\p{L}.,])\d{1,3}(?:[,.\u00a0 ]\d{3})*[.,]\d{2,4}(?:\s?(?:[$€£¥]|[A-Z]{3}|\p{L}{1,6}))?\s*(?:\p{L}{1,12}\s?:\s*)?\(?[+\-−–▲▼]\s?\d{1,5}(?:[.,]\d{1,4})?(?:\s?%|\s\(\s?[+\-−–▲▼]?\s?\d{1,3}(?:[.,]\d{1,3})?\s?%\))/u;
const QUOTE_CARD_TAGS = new Set(['div', 'aside', 'section']);
/** A name, a quote, a time and an exchange, a link: a few short lines, and no paragraph of prose (the caller's test). */
export const MAX_QUOTE_CARD_CHARS = 240;
/** The name and the quote at least, each in an element of its own: a line of one element is a sentence's. */
const MIN_QUOTE_CARD_LINES = 2;

/**
 * Whether the element has rows and every one is a quote. The rows are looked at one by one and the first that is no
 * quote ends the look: a layout table's rows run into the thousands, and its first row is seldom a quote.
 */
function isBoardOfQuotes(element: DomElement): boolean {
  let rows = 0;
  let byTicker = false;
  for (const row of boardRows(element)) {
    const pieces = textPieces(row);
    const named = isNamedQuote(pieces);
    const ticker = !named && isTickerQuote(pieces);
    if (!named && !ticker && !isQuoteLine(pieces)) return false;
    byTicker ||= ticker;
    rows++;
  }
  return rows > 0 && (byTicker || !hasColumnHeadings(element));
}

/**
 * Rule "table of levels under its headings": a market report's writer sets the day's closing levels into the story as a
 * table of its own, under a row that names its columns ("Index | Schlussstand | Veränderung", "Produit | Cours |
 * Variation sur une semaine"), between the paragraphs that discuss the same figures; a feed's markets box names its
 * indices and their quotes bare, under the box's title ("Beurs", "Markets"). Rows of named quotes under column
 * headings are the story's table, an index named in capitals ("DAX", "SDAX") among them; a row that gives a ticker
 * symbol beside more than a level and its change (the company's name, the change in points) is a board's whatever
 * heads it.
 */
export function hasColumnHeadings(table: DomElement): boolean {
  if (table.name !== 'table') return false;
  for (const child of table.children) {
    if (!isElement(child)) continue;
    const row = child.name === 'thead' || child.name === 'tbody' ? child.children.find((node): node is DomElement => isElement(node) && node.name === 'tr') : child;
    if (!row || row.name !== 'tr') continue;
    const cells = row.children.filter(isElement);
    return cells.length > 1 && cells.every((cell) => cell.name === 'th');
  }
  return false;
}

/** The rows of a table (those with data cells: a header row names the columns) or the items of a list, in document order. */
export function* boardRows(element: DomElement): Generator<DomElement> {
  if (element.name === 'ul' || element.name === 'ol') {
    for (const item of element.children) if (isElement(item) && item.name === 'li') yield item;
  } else if (element.name === 'table') {
    const stack: DomElement[] = [element];
    while (stack.length > 0) {
      const node = stack.pop() as DomElement;
      if (node.name === 'tr' && node.children.some((cell) => isElement(cell) && cell.name === 'td')) yield node;
      for (let index = node.children.length - 1; index >= 0; index--) {
        const child = node.children[index];
        if (isElement(child)) stack.push(child);
      }
    }
  }
}

/** A row whose pieces of text, each in an element of its own, include a ticker symbol, a price and a signed change. */
function isTickerQuote(pieces: string[]): boolean {
  return pieces.some((piece) => TICKER.test(piece)) && pieces.some((piece) => PRICE.test(piece)) && pieces.some((piece) => CHANGE.test(piece));
}

/**
 * Rule "named quote": a markets box beside a story names its indices, companies and futures rather than their symbols
 * ("AEX | 918,42 | +0,84%", "Dow Jones | 44.210,37 | −0,12%", "Corn (Mar) | 4.12 | -0.35%"): a name, a level quoted
 * to the hundredth and the day's change in percent to the hundredth, and nothing else. A story's own table of figures
 * (votes and their swing, a poll) gives counts, not prices to the hundredth, or more columns.
 */
function isNamedQuote(pieces: string[]): boolean {
  return pieces.length === 3 && QUOTE_NAME.test(pieces[0]) && QUOTED_LEVEL.test(pieces[1]) && QUOTED_CHANGE.test(pieces[2]);
}
const QUOTE_NAME = /^\p{L}[\p{L}\p{Nd} .&'’()/-]{0,39}$/u;

/**
 * Rule "quote on one line": a markets box may print each quote as one line of text, the name, a dash and the price
 * with its change in brackets ("Brent — $81,20 (+0,4%)", "Газ TTF — €38,45 (−1,2%)"), where others set each in a cell
 * of its own. A short line that opens with the name and quotes a price to the hundredth with its signed change in
 * percent is such a quote; a story's list item that reports a price says more around it.
 */
function isQuoteLine(pieces: string[]): boolean {
  const line = pieces.join(' ');
  return line.length <= MAX_QUOTE_LINE_CHARS && QUOTE_NAME_START.test(line) && QUOTED_PRICE_AND_CHANGE.test(westernFigures(line));
}
/** A name of a few words, the dash, a price and its change: "Brent — $81,20 (+0,4%)". */
const MAX_QUOTE_LINE_CHARS = 40;
const QUOTE_NAME_START = /^\p{L}/u;
const QUOTED_LEVEL = /^[$€£¥]?\s?\d{1,3}(?:[,.\u00a0 ]\d{3})*[.,]\d{2}(?:\s?[$€£¥])?$/u;
const QUOTED_CHANGE = /^\(?[+\-−–▲▼]\s?\d{1,3}[.,]\d{2}\s?%\)?$/u;

function textPieces(row: DomElement): string[] {
  const pieces: string[] = [];
  const stack: DomNode[] = [row];
  while (stack.length > 0 && pieces.length <= MAX_ROW_PIECES) {
    const node = stack.pop() as DomNode;
    if (node.type === 'text') {
      const piece = (node.data ?? '').trim();
      if (piece) pieces.push(piece);
    } else if (isElement(node)) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]);
    }
  }
  return pieces;
}

/**
 * A symbol in capitals, with an exchange's suffix or prefix where the board gives one ("BRK.B", "NYSE:HDST", "SAP.DE").
 * Rule "futures code": oil and commodity copy links the front-month contract by its instrument code, the symbol and
 * "c1" for the first continuous contract ("LCOc1" for Brent, "CLc1" for WTI, "NGc1"), and the feed's quote follows it
 * as it follows a share's.
 */
const TICKER = /^(?:[A-Z]{2,6}:)?[A-Z]{1,5}(?:[.-][A-Z]{1,3}|c\d{1,2})?$/;
/** A price, with or without its currency sign and thousands separators: "38.14", "$1,204.50", "182,30 €". */
const PRICE = /^[$€£¥]?\s?\d{1,3}(?:[,.\u00a0 ]\d{3})*(?:[.,]\d{1,4})?(?:\s?[$€£¥])?$/u;
/** The day's change in percent, with its sign and perhaps in brackets: "+0.9%", "-1.2 %", "(−0,4%)", "▲ 2.1%". */
const CHANGE = /^\(?[+\-−–▲▼]\s?\d{1,3}(?:[.,]\d{1,3})?\s?%\)?$/u;
/** A quote's symbol, name, price, change in points and in percent, volume: a row of many more is no quote. */
const MAX_ROW_PIECES = 12;
/** "Quotes in this article", "Stocks mentioned in this story": the title a board is set under. */
const MAX_BOARD_TITLE_CHARS = 60;
const BOARD_BOX_TAGS = new Set(['div', 'section', 'aside', 'figure']);
