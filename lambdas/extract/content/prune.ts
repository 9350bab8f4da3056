/**
 * Stage 4: inside the chosen container, mark blocks that are furniture by their shape alone: boxes that are
 * mostly links (inline "more stories" lists, tag clouds, link-only tables) even though their class said nothing.
 * Marked subtrees are skipped by the text walk; the tree itself is left alone.
 */
import { normalizeSpace } from '../dom-walk';
import { ancestorsOf, type DomElement, type DomNode, descendantElements, isElement, previousElement, rawText } from './dom';
import { isEmbeddedPost } from './embeds';
import { linkDensity, type StatsTable } from './measure';
import { isMarkedPullQuote } from './pull-quotes';
import { attributeTokens, firstMatch } from './tokens';
import { READ_ALSO_PREFIX } from './vocabulary';
import { resolveUrl, siteOf } from '../url';

const BOX_TAGS = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'aside', 'header', 'footer', 'center', 'nav', 'article', 'p', 'li']);

/**
 * Rule "lines in a font run": a page laid out in tables sets each part of its text cell in a `<font>` of its own
 * and breaks it into lines (`<font size=1><b>More from the section:</b><br><a>…</a><br><a>…</a></font>`), as a newer
 * template sets a box. Such a run is a box, and a list of links when it is one; a `<font>` inside a sentence,
 * which breaks no line, is not.
 */
function isBox(element: DomElement): boolean {
  return BOX_TAGS.has(element.name) || (element.name === 'font' && element.children.some((child) => isElement(child) && child.name === 'br'));
}

/** More than half of the text in links: a link list, not prose that happens to cite sources. */
const LINK_LIST_DENSITY = 0.5;

export function pruneContainer(nodes: DomElement[], stats: StatsTable, pageUrl: string | null = null): Set<DomNode> {
  const pageSite = siteOf(resolveUrl(pageUrl ?? undefined, null)?.hostname);
  const skip = new Set<DomNode>(dataAfterStoryText(nodes, stats));
  const postHolders = embeddedPostHolders(nodes);
  const stack: DomNode[] = [];
  for (const node of nodes) for (const child of node.children) stack.push(child);
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    // What is left of an embedded post is its words, which Instagram's embed links whole to the post.
    if (!isElement(node) || isEmbeddedPost(node)) continue;
    if (node.name === 'blockquote' && isMarkedPullQuote(node)) {
      skip.add(node);
      continue;
    }
    const own = stats.get(node);
    if (own && own.chars > 0 && isBox(node) && isLinkList(node, own.chars, linkDensity(own)) && !holdsUnlinkedSentence(node, stats) && !holdsFactData(node) && !tabulatesFigures(node) && !listsFigures(node) && !isAnnouncedList(node, stats) && !postHolders.has(node) && !citesOffSite(node, pageUrl, pageSite) && !listsOffSiteSources(node, pageUrl, pageSite) && !listsBareAddresses(node)) {
      skip.add(node);
      const lead = linkLeadIn(node, stats);
      if (lead) skip.add(lead);
      continue;
    }
    for (const child of node.children) stack.push(child);
  }
  return skip;
}

/**
 * Rule "link's lead-in": a release or a post points the reader to a page of its own site on a line of its own, under
 * a short line that announces it and ends with a colon ("For more information about the mission, visit:", "The full
 * report is available here:"), the one for the link. When the link's line goes as a plug, its lead-in would be left
 * to close the text on a colon that announces nothing. A short paragraph with no link of its own, right before the
 * dropped line, is that lead-in; a story's sentence that announces a list or a quote has what it announces after it.
 */
function linkLeadIn(line: DomElement, stats: StatsTable): DomElement | null {
  if (line.name !== 'p') return null;
  const lead = previousElement(line);
  if (!lead || lead.name !== 'p') return null;
  const own = stats.get(lead);
  if (!own || own.linkChars > 0 || own.chars > MAX_LEAD_IN_CHARS) return null;
  return /[:：]$/u.test(normalizeSpace(rawText(lead))) ? lead : null;
}
/** "For more information about the mission, visit:": one short clause. */
const MAX_LEAD_IN_CHARS = 80;

/**
 * Rule "data after the story's text": a template that names the box of the story's paragraphs for what it is
 * (`article-body`, `story-body`, `entry-content`) sets after it, inside the article, the data the site holds about
 * the story: a match report's line-ups and its minute-by-minute ticker, a results list. Each is a heading over lists
 * of short items, with no prose paragraph, and read as text each item became a paragraph ("Nathan Trott", "90+4'",
 * "Slut! Vejle vinder 2-1."). Only after a named box that holds every prose paragraph of the chosen container, and
 * only a box of no prose whose text is mostly list items, is skipped: a list the story sets in its own box stays.
 */
function dataAfterStoryText(nodes: readonly DomElement[], stats: StatsTable): DomElement[] {
  const data: DomElement[] = [];
  for (const node of nodes) {
    const prose = stats.get(node)?.prose ?? 0;
    if (prose < MIN_STORY_TEXT_PROSE) continue;
    const text = descendantElements(node).find((inner) => stats.get(inner)?.prose === prose && firstMatch(attributeTokens(inner), STORY_TEXT_TOKENS) !== null);
    for (let box: DomNode | null = text ?? null; box && box !== node; box = box.parent) {
      for (let after = box.next; after; after = after.next) if (isElement(after) && isDataLists(after, stats)) data.push(after);
    }
  }
  return data;
}
const MIN_STORY_TEXT_PROSE = 2;
/** Class words that name the box of the story's own paragraphs, not a wrapper of the whole article. */
const STORY_TEXT_TOKENS: ReadonlySet<string> = new Set(['articlebody', 'article-body', 'article-text', 'story-body', 'story-text', 'post-body', 'entry-content', 'body-text']);

function isDataLists(box: DomElement, stats: StatsTable): boolean {
  const own = stats.get(box);
  if (!own || own.chars === 0 || own.prose > 0) return false;
  return listedChars(box, stats) >= own.chars * MIN_LISTED_SHARE;
}

/** The characters of the box's text that its outermost lists hold. */
function listedChars(box: DomElement, stats: StatsTable): number {
  if (LIST_TAGS.has(box.name)) return stats.get(box)?.chars ?? 0;
  let listed = 0;
  for (const child of box.children) if (isElement(child)) listed += listedChars(child, stats);
  return listed;
}
const LIST_TAGS = new Set(['ol', 'ul']);
/** A heading or two over the lists: the line-ups' "Holdopstillinger" and each team's name. */
const MIN_LISTED_SHARE = 0.75;

/**
 * A paragraph made of one link is a plug ("Read: <headline>"); a long paragraph with links is prose. A paragraph
 * made of several links, one headline per line, is a link list written with <br>s, however long its headlines
 * run: no sentence is nine tenths link text.
 */
function isLinkList(element: DomElement, chars: number, density: number): boolean {
  if (element.name === 'li') return false;
  if (element.name === 'p') return density >= 0.9 && (chars < 200 || headlineLinkCount(element) >= 2);
  return density >= LINK_LIST_DENSITY;
}

/** A headline fits in this; a longer "link" is prose that an unclosed <a> swallowed on a hand-written page. */
const HEADLINE_LINK_MAX_CHARS = 150;

/** Links with a target and a headline's length; none when any link is longer, the paragraph then being prose. */
function headlineLinkCount(element: DomElement): number {
  let count = 0;
  for (const descendant of descendantElements(element)) {
    if (descendant.name !== 'a' || !descendant.attribs.href) continue;
    if (rawText(descendant).length > HEADLINE_LINK_MAX_CHARS) return 0;
    count++;
  }
  return count;
}

/** A list item this long with this little link text is a sentence the author wrote, not a link label. Paragraphs do
 * not count: a related-stories list pairs each headline link with an unlinked teaser paragraph. */
const UNLINKED_SENTENCE_CHARS = 100;
const UNLINKED_SENTENCE_MAX_DENSITY = 0.3;

/**
 * Rule "table of figures": a standings table, an election's results or a price list links each row's name to its
 * page (the team, the candidate, the product), and with few columns the names outweigh the figures beside them. The
 * figures are the story's data: a table (or the wrapper that only scrolls it) whose every data row holds at least two
 * unlinked cells with a number in them is data, where a table of other stories links its headline and adds a date.
 *
 * Rule "linked score cells": a results table may link every cell, the scores too, each to its match's page ("Collie
 * Creek Miners | 22 | 16 | Pelton Pumas"). A row that names something and holds two cells that are a bare number
 * each (a score, a points total, a goal difference "+14") is a row of figures all the same; a table of stories has
 * one date cell, never two numbers, and an archive calendar's rows of day numbers name nothing.
 */
function tabulatesFigures(box: DomElement): boolean {
  let table: DomElement = box;
  while (table.name !== 'table') {
    const inner = table.children.filter(isElement);
    if (inner.length !== 1) return false;
    table = inner[0];
  }
  let dataRows = 0;
  for (const row of descendantElements(table)) {
    if (row.name !== 'tr') continue;
    const cells = row.children.filter((cell): cell is DomElement => isElement(cell) && cell.name === 'td');
    if (cells.length === 0) continue;
    if (cells.filter(isUnlinkedFigure).length < MIN_FIGURE_CELLS && !isLinkedScoreRow(cells)) return false;
    dataRows++;
  }
  return dataRows >= MIN_FIGURE_ROWS;
}
const MIN_FIGURE_CELLS = 2;
const MIN_FIGURE_ROWS = 3;
/** Rule "figures in any digits": an Arabic or Persian table writes its figures in its own digits ("٢٧", "۱۲"). */
const isUnlinkedFigure = (cell: DomElement) => /\p{Nd}/u.test(rawText(cell)) && !descendantElements(cell).some((inner) => inner.name === 'a');

function isLinkedScoreRow(cells: DomElement[]): boolean {
  const texts = cells.map((cell) => normalizeSpace(rawText(cell)));
  const names = (from: number, to: number) => texts.slice(from, to).some((text) => /\p{L}/u.test(text));
  if (texts.some((text, index) => SCORE.test(text) && names(0, index) && names(index + 1, texts.length))) return true;
  return texts.filter((text) => BARE_NUMBER.test(text)).length >= MIN_FIGURE_CELLS && names(0, texts.length);
}
/**
 * Rule "score between the sides": a results row may print the score in one cell between the two sides ("SV Bergheim
 * | 1:1 | Eintracht Hohenfeld"); a ticker's time ("14:32") opens its row, with no name before it.
 */
const SCORE = /^\p{Nd}{1,3}\s?[:–-]\s?\p{Nd}{1,3}(?:\s?\([^)]*\))?$/u;
/**
 * One number alone in its cell, in any digits, signed, grouped or with decimals or a percent sign: "22", "+14", "−3",
 * "48.5%", "12,480", "٢٧"; not a date ("12.11.2026").
 */
const BARE_NUMBER = /^[+\-−–]?\p{Nd}{1,7}(?:[.,٬ ]\p{Nd}{3})*(?:[.,٫]\p{Nd}+)?\s?[%٪]?$/u;

/**
 * Rule "list of figures": an election's or a poll's results set as a list under a heading ("Preliminary results")
 * link each candidate or party to its page and print its figure beside the link ("<a>Aroha Ngata</a> 9,871",
 * "<a>Greens</a>: 14.2%"); a recipe inside a story links each ingredient to the site's glossary behind its quantity
 * ("300g <a>arborio rice</a>", "1.2 litres <a>vegetable stock</a>"). Each item is a name's link and a number (with
 * its unit) and nothing more; a list of other stories links a headline, longer than any name, and a date beside a
 * headline is no such number.
 */
function listsFigures(box: DomElement): boolean {
  if (box.name !== 'ul' && box.name !== 'ol') return false;
  const items = box.children.filter((item): item is DomElement => isElement(item) && item.name === 'li');
  return items.length >= MIN_FIGURE_ROWS && items.every((item) => {
    const links = descendantElements(item).filter((inner) => inner.name === 'a');
    if (links.length !== 1) return false;
    const name = rawText(links[0]);
    const [before, after] = rawText(item).split(name, 2).map(normalizeSpace);
    const nameLength = normalizeSpace(name).length;
    const shortName = nameLength > 0 && nameLength <= MAX_NAME_LINK_CHARS;
    // The figure follows the name; the quantity comes before the ingredient, where a reading time or a comment
    // count follows a headline.
    return shortName && (before === '' ? BARE_NUMBER.test((after ?? '').replace(FIGURE_PUNCTUATION, '')) : after === '' && QUANTITY.test(before));
  });
}
/** A candidate's, a party's or a team's name; a headline runs longer. */
const MAX_NAME_LINK_CHARS = 40;
/** An amount and its unit: "300g", "1.2 litres", "2 tbsp", "½ tsp". */
const QUANTITY = /^(?:\p{Nd}+(?:[.,/]\p{Nd}+)?\s?[½¼¾⅓⅔]?|[½¼¾⅓⅔])\s?(?:\p{L}{1,12}\.?)?$/u;
/** What sets a figure apart from its name: "Greens: 14", "Lusk – 9,459", "Ngata (9,871)". */
const FIGURE_PUNCTUATION = /^[\s:–—-]*\(?|\)?\s*$/gu;

/**
 * Rule "term list": a fact box sets its facts as terms and what the story says of each ("Architect: <a>Rapp &
 * Dunne</a>", "Listed: <a>National Register of Historic Places</a>, 1982"), and may link most of the values to the
 * site's topic pages. The terms are the newsroom's own words, one to each value: a list of links labels none of
 * them, and a footer's site map sets many links under each heading. A box holding such a list, or a table of figures
 * under a heading of its own ("<div><h4>Round 9</h4><table>…"), is walked into, so that only its pure link lists go.
 */
function holdsFactData(box: DomElement): boolean {
  return isTermList(box) || descendantElements(box).some((inner) => isTermList(inner) || (inner.name === 'table' && tabulatesFigures(inner)));
}

function isTermList(list: DomElement): boolean {
  if (list.name === 'table') return isTermTable(list);
  if (list.name !== 'dl') return false;
  const parts = list.children.filter(isElement);
  if (parts.length < MIN_FIGURE_ROWS * 2 || parts.length % 2 !== 0) return false;
  return parts.every((part, index) => part.name === (index % 2 === 0 ? 'dt' : 'dd')
    && (part.name === 'dd' || (!descendantElements(part).some((inner) => inner.name === 'a') && normalizeSpace(rawText(part)).length <= MAX_NAME_LINK_CHARS)));
}

/**
 * Rule "table of terms": the same facts set as a table of two columns, the term in the first cell of each row and its
 * value in the second ("Architect | <a>Rapp & Dunne</a>", "Seats | 1,480"). A term is words, without the digits
 * of the date a table of other stories opens its rows with, and some value is the newsroom's unlinked words.
 */
function isTermTable(table: DomElement): boolean {
  const rows = descendantElements(table).filter((row) => row.name === 'tr');
  let unlinkedValue = false;
  const terms = rows.every((row) => {
    const cells = row.children.filter((cell): cell is DomElement => isElement(cell) && (cell.name === 'td' || cell.name === 'th'));
    if (cells.length !== 2 || descendantElements(cells[0]).some((inner) => inner.name === 'a')) return false;
    const term = normalizeSpace(rawText(cells[0]));
    unlinkedValue ||= !descendantElements(cells[1]).some((inner) => inner.name === 'a') && normalizeSpace(rawText(cells[1])) !== '';
    return term.length <= MAX_NAME_LINK_CHARS && /\p{L}/u.test(term) && !/\p{Nd}/u.test(term);
  });
  return rows.length >= MIN_FIGURE_ROWS && terms && unlinkedValue;
}

/**
 * Rule "announced list": a story announces a list of its own in a sentence that ends with a colon ("Los 35 escaños
 * quedan repartidos así:"), and each item links a name (a party, a candidate, a book) to its page and says what the
 * story says of it ("Partido Popular: 14"). A "Read more:" label is no such sentence, and a list of other stories
 * links each of its items whole.
 */
function isAnnouncedList(box: DomElement, stats: StatsTable): boolean {
  if (box.name !== 'ul' && box.name !== 'ol') return false;
  const lead = previousElement(box);
  if (!lead || lead.name !== 'p') return false;
  const sentence = normalizeSpace(rawText(lead));
  if (!/[:：]$/u.test(sentence) || sentence.split(' ').length < MIN_ANNOUNCING_WORDS || READ_ALSO_PREFIX.test(sentence)) return false;
  const items = box.children.filter((item): item is DomElement => isElement(item) && item.name === 'li');
  return items.length >= 2 && items.every((item) => {
    const own = stats.get(item);
    return !!own && own.chars - own.linkChars >= MIN_UNLINKED_ITEM_CHARS;
  });
}
/** "The seats are shared out as follows:" has six words; a label over other stories ("More on this story:") fewer. */
const MIN_ANNOUNCING_WORDS = 6;
/** ": 14", "(Greens)": what an item says besides its link. */
const MIN_UNLINKED_ITEM_CHARS = 3;

/**
 * Unlinked sentence inside a link list: notes-style posts write a section as one list whose items are sentences
 * next to nested lists of links ("In progress:" and a list of bug titles). The links outweigh the sentences, yet
 * dropping the whole list loses the prose; such a box is walked into instead, so only its pure link lists go.
 */
function holdsUnlinkedSentence(box: DomElement, stats: StatsTable): boolean {
  return descendantElements(box).some((element) => {
    if (element.name !== 'li') return false;
    const own = stats.get(element);
    return !!own && own.chars >= UNLINKED_SENTENCE_CHARS && linkDensity(own) < UNLINKED_SENTENCE_MAX_DENSITY;
  });
}

/**
 * The elements that hold an embedded post. A box around one is walked into, not dropped as a link list: Instagram's
 * embed links the post's words whole to the post, so a box holding little but the post reads as links.
 */
function embeddedPostHolders(nodes: DomElement[]): Set<DomNode> {
  return ancestorsOf(nodes.flatMap((node) => descendantElements(node).filter(isEmbeddedPost)));
}

/**
 * Off-site citation: a paragraph that is one link to another site (the petition, the source story, the event
 * page) or to an e-mail address cites what the story is about; the plugs the link-paragraph rule is for point
 * back into the same site's archive. Readability.js keeps every such paragraph and trafilatura keeps a
 * paragraph's links, so both would show the citation; only a paragraph whose every link leaves the site is kept.
 */
function citesOffSite(element: DomElement, pageUrl: string | null, pageSite: string | null): boolean {
  return element.name === 'p' && offSiteLinkCount(element, pageUrl, pageSite, { mailto: true }) > 0;
}

/**
 * Off-site source list: a list whose every link leaves the site (the references under a how-to, the shops a deals
 * post recommends, the episodes of a series on a streaming site) is what the author points the reader to; the
 * "more stories" lists the link-list rule is for point back into the same site. Two links at least, so a lone
 * contact or profile link in a list of its own still goes.
 */
function listsOffSiteSources(element: DomElement, pageUrl: string | null, pageSite: string | null): boolean {
  return (element.name === 'ul' || element.name === 'ol') && offSiteLinkCount(element, pageUrl, pageSite, { mailto: false }) >= 2;
}

/**
 * Address list: a list whose every link prints its own address ("https://harbour.example/report.pdf") is the
 * article's sources written out, where "more stories" lists show headlines. Unlike the off-site test it needs no
 * page URL, so it also holds when a page is read without one.
 */
function listsBareAddresses(element: DomElement): boolean {
  if (element.name !== 'ul' && element.name !== 'ol') return false;
  let links = 0;
  for (const link of descendantElements(element)) {
    if (link.name !== 'a') continue;
    if (!BARE_ADDRESS.test(rawText(link).trim())) return false;
    links++;
  }
  return links >= 2;
}
const BARE_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i;

/** How many links the element holds when every one of them leaves the site (an e-mail link counts when allowed); 0 otherwise. */
function offSiteLinkCount(element: DomElement, pageUrl: string | null, pageSite: string | null, allow: { mailto: boolean }): number {
  if (!pageSite) return 0;
  let links = 0;
  for (const link of descendantElements(element)) {
    if (link.name !== 'a') continue;
    const target = resolveUrl(link.attribs.href, pageUrl);
    if (!target) return 0;
    const leaves = (allow.mailto && target.protocol === 'mailto:') || (/^https?:$/.test(target.protocol) && siteOf(target.hostname) !== pageSite);
    if (!leaves) return 0;
    links++;
  }
  return links;
}
