/**
 * DOM helpers shared by the stages that read visible text (dates, bylines, counters, taxonomy links): where on
 * the page an element sits, and its text when it is short. They walk the parsed tree directly because they run
 * for many elements per page; selector matching and full-text reads there would make the stage quadratic.
 */
import type { Cheerio } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { countVisible, type DocumentWalk, isElement, isHiddenByMarkup, isWhitespace, nextElement, NON_TEXT_TAGS, previousElement, normalizeSpace } from '../dom-walk';
import { DISCUSSION_COUNT_HEADING, READERS_DISCUSSION_HEADING } from '../discussion-headings';
import { isSiteLogo } from './site-logo';
import { BLOCK_TAGS } from '../content/dom';

/** Headings below the page's h1: where a template without one sets its headline, and where teasers set theirs. */
export const LOWER_HEADING_TAGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** An h1 holding more than a headline and its kicker holds no headline: read only up to here to tell. */
const MAX_SHOWN_HEADLINE_CHARS = 400;

/** Regions that hold other items' metadata: navigation, footers, comment threads, sidebars, widgets, teasers lists. */
const FOREIGN_TAGS = new Set(['nav', 'footer']);
/**
 * Class words of such regions; "similar" as in "similar_posts", a list of other articles. Rule "commentary is no
 * comment": a commentary or a commentator's piece is an article type (Drupal's `node--type-commentary`, a think
 * tank's or a paper's opinion column), the page's own item, not the readers' comments. Rule "condolences in the
 * site's language": under a death notice the readers' comments are its guest book, its tribute wall or its
 * condolences (`guestbook`, `tribute-wall`, `condolences`, `kondolenzbuch`, `id="condoleances"`, `condolencias`), whose signed entries
 * ("Famille Thiébaut – le 05/12/2026") are no byline of the notice. Rule "talkbacks": Israeli papers call the readers'
 * comments talkbacks (טוקבקים; `talkbacks`, `tb-talkback`), each signed and timed ("יוסי, עפולה 03.12.2026 15:10"),
 * and their times are no date of the story.
 */
const COMMENT_WORDS_BUT_TALKBACK = 'comment(?!ary|ator)|guest-?book|tribute-?wall|condol[eé]|kondolenz';
const TALKBACK_WORD = /talk-?back/i;
const COMMENT_WORD = new RegExp(`${COMMENT_WORDS_BUT_TALKBACK}|${TALKBACK_WORD.source}`, 'i');
/**
 * The class words of foreign regions but "talkback", which {@link isForeignClassToken} searches for on its own: as one
 * more alternative of this pattern, which runs on every element's class, it doubled the pattern's time over the dev
 * corpus (0.7% of the engine's time against 1.5%), while a search for its one word costs little.
 */
const FOREIGN_CLASS_WORD = new RegExp(`${COMMENT_WORDS_BUT_TALKBACK}|related|similar|sidebar|widget|recommend|popular`, 'i');
function isForeignClassToken(value: string): boolean {
  return FOREIGN_CLASS_WORD.test(value) || TALKBACK_WORD.test(value);
}
/**
 * Layout classes name the region they frame ("sidebar__main", "lay-sidebar", "has-comments"), not a foreign one; so do
 * classes stating what the frame shows or leaves out ("without-sidebar", "is-showingReadNextSidebar").
 */
const LAYOUT_CLASS_TOKEN = /main|content|article|body|layout|^lay-|^has-|^with-|^without-|^is-/i;
const FOREIGN_ID = new RegExp(`${COMMENT_WORD.source}|sidebar`, 'i');
/** Headings over the readers' discussion: a section's, not the page's or a teaser's. */
const DISCUSSION_HEADING_TAGS = ['h2', 'h3', 'h4', 'h5', 'h6'];
const HEADING_TAG_NAMES = new Set(['h1', ...DISCUSSION_HEADING_TAGS]);
const MAX_DISCUSSION_HEADING_CHARS = 60;
/**
 * A list of other stories named for what it holds ("related-articles", "popular_posts", "recommended-content"): the
 * layout word names the teasers inside, not a frame around the page's own text.
 */
const TEASER_LIST_TOKEN = /(?:related|recommend|popular)\w*[-_]*(?:articles|posts|stories|content)/i;

/**
 * Rule "box of other stories": the foreign regions that list other stories (related posts, a sidebar's recent or
 * most-read entries) print each story's own counts, while the readers' discussion, another item's region as well,
 * counts the page's comments. Whether one of the element's ancestors below `<body>` is named as such a box: a class
 * word of the box's kind, with the theme's prefixes and the words for what it lists (`td_block_related_posts`,
 * `widget_recent_entries`, `related-row`). A layout class that mentions the word among others
 * (`panel-two-col-sidebar-right-mix`, `js-truncate-related-to-my-size`, `has-related-posts`) names no such box.
 */
export function inOtherStoriesBox(element: Element): boolean {
  for (let node = element.parent; node && isElement(node) && node.name !== 'body'; node = node.parent) {
    const classes = node.attribs.class;
    if (classes && OTHER_STORIES_WORD.test(classes) && classes.split(/\s+/).some((token) => OTHER_STORIES_BOX.test(token))) return true;
  }
  return false;
}
const OTHER_STORIES_WORD = /related|similar|recommended|popular|recent|most[-_]?(?:read|viewed|commented)/i;
const OTHER_STORIES_BOX = new RegExp(`^(?!(?:has|with|is|show)[-_])(?:[a-z0-9]+[-_]+)*(?:${OTHER_STORIES_WORD.source})`
  + '(?:[-_]+(?:posts?|articles?|stories|news|items?|entries|comments|content|block|box|list|row|module|widget))*$', 'i');

/**
 * True when the element or one of its ancestors below `<body>` holds other items' metadata (dates, bylines and
 * counters found there belong to something else). `<body>` and `<html>` are not examined because themes put
 * page-type classes on them ("pageLayout--related") that say nothing about the element. An `<aside>` is a
 * sidebar, except inside the article, where themes put the article's own meta box.
 */
export function isInForeignRegion(node: AnyNode | Cheerio<AnyNode>): boolean {
  let current: AnyNode | null = isCheerio(node) ? node.get(0) ?? null : node;
  let insideAside = false;
  let asideInsideArticle = false;
  for (; current && current.type !== 'root'; current = current.parent) {
    if (!isElement(current)) continue;
    if (current.name === 'body' || current.name === 'html') break;
    if (FOREIGN_TAGS.has(current.name)) return true;
    if (hasForeignClass(current.attribs.class) || FOREIGN_ID.test(current.attribs.id ?? '')) return true;
    if (current.name === 'aside') insideAside = true;
    if (current.name === 'article' && insideAside) asideInsideArticle = true;
  }
  return insideAside && !asideInsideArticle;
}

/**
 * Rule "builder module": page builders make every part of a page a widget and name its kind in a class
 * (`elementor-widget-post-info`, `elementor-widget-container`); on such an element "widget" says how the page is
 * built, not that the box is a sidebar's. True when the element sits in a foreign region only by such words: its
 * other words (comments, related), a sidebar's own `widget` boxes, <nav>, <footer> and <aside> still count.
 */
function isForeignOnlyAsBuilderModule(element: AnyNode): boolean {
  let module = false;
  for (let current: AnyNode | null = element; current && current.type !== 'root'; current = current.parent) {
    if (!isElement(current)) continue;
    if (current.name === 'body' || current.name === 'html') break;
    const reading = builderModuleReading(current.name, current.attribs.class, current.attribs.id);
    if (reading === FOREIGN_REGION) return false;
    if (reading === BUILDER_MODULE) module = true;
  }
  return module;
}

/** What one element's tag, class and id make of it, for rule "builder module". */
function builderModuleReading(name: string, classes: string | undefined, id: string | undefined): number {
  if (FOREIGN_TAGS.has(name) || name === 'aside' || FOREIGN_ID.test(id ?? '')) return FOREIGN_REGION;
  if (!hasForeignClass(classes)) return NO_REGION;
  const tokens = classes!.split(/\s+/);
  if (!tokens.some((token) => BUILDER_MODULE_TOKEN.test(token))) return FOREIGN_REGION;
  if (tokens.some((token) => isForeignClassToken(token.replace(WIDGET_WORD, '')) && !LAYOUT_CLASS_TOKEN.test(token))) return FOREIGN_REGION;
  return BUILDER_MODULE;
}
/**
 * {@link builderModuleReading}: the element opens no region, a builder's module, or a truly foreign region; the
 * stronger reading is the larger number, so an element's reading is the largest of its own and those above it.
 */
const NO_REGION = 0;
const BUILDER_MODULE = 1;
const FOREIGN_REGION = 2;
const BUILDER_MODULE_TOKEN = /.-widget-(?!area)\p{L}/iu;
const WIDGET_WORD = /widget/gi;

/** Whether the element itself, by its tag, class or id, opens a region of other items' metadata (see {@link isInForeignRegion}). */
export function opensForeignRegion(element: Element): boolean {
  return FOREIGN_TAGS.has(element.name) || hasForeignClass(element.attribs.class) || FOREIGN_ID.test(element.attribs.id ?? '');
}

function hasForeignClass(classes: string | undefined): boolean {
  // A token can only match when the whole value does; most class values do not, and need no split.
  if (!classes || !isForeignClassToken(classes)) return false;
  const tokens = classes.split(/\s+/);
  if (tokens.includes(BLOGGER_POSTS_WIDGET)) return false;
  const storyMetaRow = tokens.some((token) => STORY_META_ROW_TOKEN.test(token));
  return tokens.some((token) => isForeignClassToken(token) && (!LAYOUT_CLASS_TOKEN.test(token) || TEASER_LIST_TOKEN.test(token))
    && !(storyMetaRow && COMMENT_WORD.test(token)));
}
/**
 * Rule "meta row with its comment count": a template names the story's meta row for all it shows, the byline, the
 * date and the count of readers' comments that links to them (`<div class="entry-meta social-comments">`); beside a
 * word naming the story's meta row, a comment word names that count, not the discussion. A comment's own meta row
 * names itself in one word (`comment-meta`, `commentmetadata`), and a comment's box keeps its comment word.
 */
const STORY_META_ROW_TOKEN = /^(?:(?:entry|post|article|story|single)[-_]?)?meta$|^byline$/i;
/**
 * Rule "Blogger's posts widget": Blogger sets every part of its layout in a `widget` box named by the widget's kind,
 * the sidebar's lists (`widget PopularPosts`, `widget BlogArchive`) and the posts themselves alike (`<div class="widget
 * Blog" id="Blog1">`, around the post's title, date header, body and footer). The posts' widget is the page's own item.
 */
const BLOGGER_POSTS_WIDGET = 'Blog';

/**
 * The element's text with whitespace collapsed, or null when it is longer than `limit` characters. Stops reading
 * as soon as the limit is passed, so asking a page-sized container costs no more than asking a short span.
 */
export function shortText(node: AnyNode | Cheerio<AnyNode>, limit: number): string | null {
  const root: AnyNode | undefined = isCheerio(node) ? node.get(0) : node;
  if (!root) return null;
  const parts: string[] = [];
  let visibleChars = 0;
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'text') {
      const data = (current as unknown as { data: string }).data;
      parts.push(data);
      visibleChars += countVisible(data);
      if (visibleChars > limit) return null;
    } else if (isElement(current) && !NON_TEXT_TAGS.has(current.name)) {
      // Rule "paragraph parts words" (see IndexedPage's collectText).
      if (PARTS_WORDS.has(current.name)) {
        parts.push(' ');
        stack.push(SPACE_TEXT);
      }
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]);
    } else if (current.type === 'root') {
      const children = (current as unknown as { children: AnyNode[] }).children;
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
    }
  }
  const text = normalizeSpace(parts.join(''));
  return text.length <= limit ? text : null;
}

/** Elements a browser sets on lines of their own, so that the texts before, inside and after them never run together. */
const PARTS_WORDS = BLOCK_TAGS;

/** The space a paragraph's end adds to the text collected, as a text node on the collecting stack. */
const SPACE_TEXT = { type: 'text', data: ' ' } as unknown as AnyNode;

/**
 * An attribute read through one shared property access. Attribute objects take a different shape for every
 * combination of attributes a page uses; reads written out in a hot function meet new shapes page after page, and
 * each new one throws the function's optimized code away (to be compiled again). One shared access has met many
 * shapes on the first page and is compiled for any shape from the start.
 */
export function attribute(element: Element | undefined, name: string): string | undefined {
  return element?.attribs[name];
}

/**
 * All text under the node, scripts and styles included, as the DOM's `textContent` (and Cheerio's `.text()`)
 * reads it; comments are not text. Iterative, as pages nest deep. With a `separator`, the text nodes are joined by
 * it, so that the texts of boxes side by side stay apart.
 */
export function textContent(node: AnyNode | undefined, separator = ''): string {
  if (!node) return '';
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'text') {
      parts.push((current as unknown as { data: string }).data);
    } else if (current.type !== 'comment') {
      const children = (current as { children?: AnyNode[] }).children;
      if (children) for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
    }
  }
  return parts.join(separator);
}

/**
 * A label, byline or dateline is a small thing: an element with more elements than this below it is not read as a
 * short text, however little text it shows. Without the bound, hostile markup (a thousand wrappers around a long run
 * of empty elements, each wrapper asked for its text) costs the run's length once per wrapper.
 */
const MAX_SHORT_TEXT_ELEMENTS = 1_000;
/** `IndexedPage.firstChars` of an element not looked at yet. */
const NOT_LOOKED_FOR = -2;

/** The article header's reach (see {@link IndexedPage.articleHeaderEnd}). */
const ARTICLE_HEADER_ELEMENTS = 30;
const ARTICLE_STORY_PARAGRAPH_CHARS = 120;

/**
 * The page's walk with the reads the metadata readers repeat per element, each answered without re-walking the
 * tree: whether an element sits in a foreign region (flags computed top-down once), and its short text (subtrees
 * with too much text are refused from their precomputed size; text-free subtrees and wrapper chains are skipped).
 */
export class IndexedPage {
  readonly walk: DocumentWalk;
  private foreignFlags: Uint8Array | null = null;
  private foreignBesideHeadlineFlags: Uint8Array | null = null;
  private foreignRegionStarts: Uint8Array | null = null;
  private builderModuleReadings: Uint8Array | null = null;
  private body: Element[] | null = null;
  /**
   * Collapsed texts read so far, by the index of the element they were read from (an element's text root, see
   * `DocumentWalk.textRoot`): the same text serves every limit it fits, and every wrapper of a chain.
   */
  private readonly texts = new Map<number, string>();
  /** First characters found by {@link firstCharAt}, by text root; -2 where not looked for yet. */
  private firstChars: Int32Array | null = null;
  /** Scratch space for {@link firstCharAt}'s search, kept for the page so that no search allocates. */
  private searchPath: Int32Array | null = null;
  private readonly attributeColumns = new Map<string, ReadonlyArray<string | undefined>>();
  /** Position of the headline in the walk; null without one in the body; undefined until asked. */
  private headline: number | null | undefined = undefined;
  /** The headline element, null when the page has none; see {@link headlineElement} and {@link adoptShownHeadline}. */
  private headlineH1: Element | null | undefined = undefined;
  /** Walk index of an h1 set aside for a later one that shows the title (see {@link laterH1Showing}), -1 without. */
  private passedOver = -1;
  /** What readers derived from the page with {@link once}, by the function that derives it. */
  private readonly derived = new Map<(page: IndexedPage) => unknown, unknown>();
  /** The answers of {@link textVerdict}, by the test and the text. */
  private readonly textVerdicts = new Map<(text: string) => boolean, Map<string, boolean>>();

  constructor(walk: DocumentWalk) {
    this.walk = walk;
  }

  /** Elements of the page body in document order; every element when there is no `<body>` (fragments). */
  bodyElements(): Element[] {
    const { elements, inBody, hasBody } = this.walk;
    this.body ??= hasBody ? elements.filter((_, index) => inBody[index] === 1) : elements;
    return this.body;
  }

  /** Index in {@link bodyElements} of the page's headline, its first `<h1>` but a logo, -1 when it has none there. */
  headlineIndex(): number {
    const headline = this.headlineElement();
    return headline ? this.bodyElements().indexOf(headline) : -1;
  }

  /**
   * The page's headline: its first `<h1>`. Rule "logo before the headline": a theme that sets the site's name in an
   * h1 in its header and the story's headline in a second h1 heads the article with the second; the header's menus
   * and widgets follow the first. Rule "hidden share copy": a page may open its body with a hidden copy of the
   * headline and dek for a messenger's share preview (`<div style="display:none"><img><h1>…</h1><h2>…</h2></div>`),
   * above the masthead; the article's meta row follows the headline that is shown. On a page without an h1, the
   * heading that shows the title once it is chosen (see {@link adoptShownHeadline}).
   */
  headlineElement(): Element | undefined {
    if (this.headlineH1 === undefined) {
      const headlines = this.tagged('h1').filter((h1) => !isSiteLogo(h1));
      this.headlineH1 = headlines.find((h1) => !isHidden(h1)) ?? headlines[0] ?? this.first('h1') ?? null;
    }
    return this.headlineH1 ?? undefined;
  }

  /**
   * Rule "heading that shows the title": a template without an `<h1>` sets the story's headline in a lower heading
   * (`<h2 class="view_tit">`, a blog theme's `<h3>`), with the site's menus above it and the byline, the date row and
   * the wire credit that opens the text below it, as under an h1. Once the title is chosen, the first `<h2>`–`<h6>`
   * of the body whose text is the title is the page's headline on such a page; a page with an h1 keeps it. Rule
   * "block that shows the title": templates without a heading for it set the headline in a styled block (`<div
   * class="ttl">`, a table cell's `<span class="biaoti">`, `<font size=5><b>`); the first block of the body outside
   * menus and sidebars whose text is the title, at its innermost, is the headline then.
   */
  adoptShownHeadline(title: string | null): void {
    if (!title) return;
    const h1 = this.headlineElement();
    const shown = h1 ? this.laterH1Showing(h1, title) : this.headingShowing(title) ?? this.blockShowing(title);
    if (shown === null) return;
    if (h1) this.passedOver = this.walk.position.get(h1)!;
    this.headlineH1 = this.walk.elements[shown];
    this.headline = undefined;
    this.foreignBesideHeadlineFlags = null;
  }

  /**
   * Rule "teaser h1 before the story's": a hero carousel or a "top stories" strip over the article sets each slide's
   * headline in an h1 of its own, with the slide's byline and date under it, above the story's h1. When the first h1
   * does not show the title and a later one shown on the page is the title, the later one is the headline; so is it
   * when both are the title and the site's first menu stands between them (rule "headline bar over the masthead").
   */
  private laterH1Showing(h1: Element, title: string): number | null {
    const { position } = this.walk;
    const first = position.get(h1);
    if (first === undefined) return null;
    const firstText = this.shortTextAt(first, MAX_SHOWN_HEADLINE_CHARS) ?? '';
    const showsTitle = firstText.includes(title);
    if (showsTitle && firstText !== title) return null;
    for (const other of this.tagged('h1')) {
      const at = position.get(other)!;
      if (at <= first || this.shortTextAt(at, title.length) !== title || isSiteLogo(other) || isHidden(other)) continue;
      return !showsTitle || this.menuBetween(first, at) ? at : null;
    }
    return null;
  }

  /**
   * Rule "headline bar over the masthead": a theme repeats the headline in a bar pinned to the top of the screen
   * (`<div class="sticky-read-bar"><h1>…</h1></div>`), which it prints first in the body, above the site's header and
   * menus; the article's own h1, the same text, comes after the menus, with the byline and the date row under it. A
   * copy after the article (a share box's "<h1>…</h1>" over its buttons) comes after a first menu the article follows.
   */
  private menuBetween(from: number, to: number): boolean {
    const menu = this.first('nav');
    const at = menu ? this.walk.position.get(menu)! : -1;
    return at > from && at < to;
  }

  /** Walk index of the first `<h2>`–`<h6>` of the body whose text is the title, null without one. */
  private headingShowing(title: string): number | null {
    const { position, inBody, hasBody } = this.walk;
    let shownAt: number | null = null;
    for (const tag of LOWER_HEADING_TAGS) {
      for (const heading of this.tagged(tag)) {
        const at = position.get(heading)!;
        if (shownAt !== null && at >= shownAt) break;
        if ((!hasBody || inBody[at] === 1) && this.shortTextAt(at, title.length) === title) {
          shownAt = at;
          break;
        }
      }
    }
    return shownAt;
  }

  /** Walk index of the innermost first block of the body, outside menus and sidebars, whose text is the title. */
  private blockShowing(title: string): number | null {
    const { elements, inBody, hasBody, visibleChars, subtreeEnd } = this.walk;
    const visible = countVisible(title);
    for (let index = 0; index < elements.length; index++) {
      if (visibleChars[index] !== visible || (hasBody && inBody[index] !== 1) || this.shortTextAt(index, title.length) !== title) continue;
      if (elements[index].name === 'a' || this.isForeign(elements[index])) continue;
      let innermost = index;
      while (innermost + 1 < subtreeEnd[innermost] && this.shortTextAt(innermost + 1, title.length) === title) innermost++;
      return innermost;
    }
    return null;
  }

  /**
   * True when the element sits between an h1 set aside as another story's (rule "teaser h1 before the story's") and
   * the page's headline: the teaser's byline and date, not the article's.
   */
  isUnderPassedHeadline(element: Element): boolean {
    const at = this.walk.position.get(element);
    const headline = this.headlinePosition();
    return this.passedOver >= 0 && at !== undefined && headline !== null && at > this.passedOver && at < headline;
  }

  /**
   * True when the element comes after the page's headline (see {@link headlineIndex}) in the body. Without a headline in
   * the body every element counts as following it; with one, elements outside the body never do.
   */
  followsHeadline(element: Element): boolean {
    if (this.headlinePosition() === null) return true;
    const index = this.walk.position.get(element);
    return index !== undefined && this.followsHeadlineAt(index);
  }

  /** {@link followsHeadline} of the element at this walk index, for readers that loop over the walk by index. */
  followsHeadlineAt(index: number): boolean {
    const headline = this.headlinePosition();
    if (headline === null) return true;
    return (!this.walk.hasBody || this.walk.inBody[index] === 1) && index > headline;
  }

  /**
   * Walk index of the first element that can follow the headline: elements before it never do, so a reader that
   * wants only those after the headline starts its loop here. 0 when the page has no headline in its body.
   */
  firstAfterHeadline(): number {
    const headline = this.headlinePosition();
    return headline === null ? 0 : headline + 1;
  }

  /**
   * {@link headerEnd} at the reach most readers of the header use: the kicker, the dek, the byline box and the meta
   * row come among the first 30 elements after the headline, and a paragraph of 120 visible characters is the story's.
   */
  articleHeaderEnd(): number {
    return this.headerEnd(ARTICLE_HEADER_ELEMENTS, ARTICLE_STORY_PARAGRAPH_CHARS);
  }

  /**
   * Walk index where the article's header ends: `maxDistance` elements after the headline, or the story's first
   * paragraph (a <p> of `storyParagraphChars` visible characters or more) before that. The kicker, the byline box and
   * the date row are read from {@link firstAfterHeadline} up to it; 0 when the page has no headline in its body.
   * Rule "dek beside the headline": a paragraph that closes the headline's own box right after it ("<div><h1>…</h1><p
   * class="lead">…</p></div>") is the dek, which templates print before the byline and the date row; the header goes
   * on past it. A paragraph with more after it in the headline's box is the story's first.
   */
  headerEnd(maxDistance: number, storyParagraphChars: number): number {
    const start = this.firstAfterHeadline();
    if (start === 0) return 0;
    const { elements, visibleChars } = this.walk;
    const headline = elements[start - 1];
    const limit = Math.min(elements.length, start + maxDistance);
    for (let index = start; index < limit; index++) {
      if (elements[index].name === 'p' && visibleChars[index] >= storyParagraphChars && !closesHeadlineBox(elements[index], headline)) return index;
    }
    return limit;
  }

  private headlinePosition(): number | null {
    if (this.headline === undefined) {
      const headline = this.headlineElement();
      const at = headline ? this.walk.position.get(headline) : undefined;
      this.headline = at === undefined || (this.walk.hasBody && this.walk.inBody[at] !== 1) ? null : at;
    }
    return this.headline;
  }

  /** What `derive` reads from the page, read once however many readers ask for it. */
  once<T>(derive: (page: IndexedPage) => T): T {
    if (!this.derived.has(derive)) this.derived.set(derive, derive(this));
    return this.derived.get(derive) as T;
  }

  /**
   * A test of a text alone, answered once per page for each text: for the dear patterns (long alternations in every
   * case) that a reader asks of every short line, where each wrapper of a line asks again with the same text.
   */
  textVerdict(test: (text: string) => boolean, text: string): boolean {
    let verdicts = this.textVerdicts.get(test);
    if (!verdicts) this.textVerdicts.set(test, (verdicts = new Map()));
    let verdict = verdicts.get(text);
    if (verdict === undefined) verdicts.set(text, (verdict = test(text)));
    return verdict;
  }

  /** First element with this tag name in document order. */
  first(tag: string): Element | undefined {
    return this.walk.byTag.get(tag)?.[0];
  }

  /** Elements with this tag name in document order. */
  tagged(tag: string): Element[] {
    return this.walk.byTag.get(tag) ?? [];
  }

  /**
   * One attribute of every element, by walk index. Attribute objects take a different shape for every combination
   * of attributes a page uses, so reading one in a loop over the page is a slow lookup each time; the readers that
   * scan every element for the same attribute (class, id, itemprop) read it from here, looked up once per page.
   */
  attributeOfAll(name: string): ReadonlyArray<string | undefined> {
    let column = this.attributeColumns.get(name);
    if (!column) {
      column = this.walk.elements.map((element) => element.attribs[name]);
      this.attributeColumns.set(name, column);
    }
    return column;
  }

  /**
   * {@link isInForeignRegion}, from flags computed for every element in one pass, and the page's readers' discussion
   * too, which only the page's headings tell (see {@link flagDiscussionSections}).
   */
  isForeign(element: Element): boolean {
    const index = this.walk.position.get(element);
    if (index === undefined) return isInForeignRegion(element);
    return this.foreignFlagsOfAll()[index] === 1;
  }

  /**
   * {@link isForeign}, except that the regions around the page's headline are not foreign by their class, id or
   * `<aside>`. Rule "the headline's own frame": themes name layout wrappers after a sidebar they sit beside
   * ("pageWithSidebar", "stickySidebarWrap", "sidebarRight") or a widget; a region that holds the headline holds
   * the article, so only regions inside it, or beside it, can be another item's. A `<nav>` or `<footer>` around the
   * first `<h1>` stays foreign: that h1 is the site's logo in the menu, or a breadcrumb's last item.
   */
  isForeignBesideHeadline(element: Element): boolean {
    const index = this.walk.position.get(element);
    const headline = this.headlinePosition();
    if (index === undefined || headline === null) return this.isForeign(element);
    if (!this.foreignBesideHeadlineFlags) {
      const frame = this.frameOf(headline);
      const withFooter = this.addArticleFooters(frame);
      this.foreignBesideHeadlineFlags = this.frameStartsRegion(headline) || withFooter
        ? foreignRegionFlags(this.walk, this.foreignRegionStartFlags(), frame)
        : this.foreignFlagsOfAll();
    }
    return this.foreignBesideHeadlineFlags[index] === 1;
  }

  private foreignFlagsOfAll(): Uint8Array {
    this.foreignFlags ??= foreignRegionFlags(this.walk, this.foreignRegionStartFlags());
    return this.foreignFlags;
  }

  /**
   * Whether an element of the headline's frame (see {@link frameOf}) starts a foreign region or is an `<aside>`.
   * Most frames have none; there the flags with the frame exempt are the ones without, and need no second pass.
   */
  private frameStartsRegion(headline: number): boolean {
    const { elements, parentIndex } = this.walk;
    const starts = this.foreignRegionStartFlags();
    for (let current = headline; current >= 0 && !FOREIGN_TAGS.has(elements[current].name); current = parentIndex[current]) {
      if (starts[current] || elements[current].name === 'aside') return true;
    }
    return false;
  }

  /**
   * In a region that holds another item's metadata (a sidebar, a comment thread, a teaser list), asked by the readers
   * of the article's own dates and credits. The regions around the headline are the article's (see
   * {@link isForeignBesideHeadline}), and so are page builders' modules (rule "builder module", see
   * {@link isForeignOnlyAsBuilderModule}): builders call every box a widget, the dateline's and the byline's too.
   */
  isAnotherItemsRegion(element: Element): boolean {
    return this.isForeignBesideHeadline(element) && !this.isForeignOnlyAsBuilderModule(element);
  }

  /**
   * Same answer as {@link isForeignOnlyAsBuilderModule}, from readings computed for every element in one pass: asked
   * for every text block of a sidebar nested deep, climbing each block's ancestors costs the depth once per block.
   */
  isForeignOnlyAsBuilderModule(element: Element): boolean {
    const index = this.walk.position.get(element);
    if (index === undefined) return isForeignOnlyAsBuilderModule(element);
    this.builderModuleReadings ??= builderModuleReadings(this.walk, this.foreignRegionStartFlags(), this.attributeOfAll('class'), this.attributeOfAll('id'));
    return this.builderModuleReadings[index] === BUILDER_MODULE;
  }

  /**
   * The elements that are a foreign region by their own tag, class or id, flagged by walk index: read once for both
   * {@link isForeign} and {@link isForeignBesideHeadline}, which differ only in what they inherit.
   */
  private foreignRegionStartFlags(): Uint8Array {
    if (!this.foreignRegionStarts) {
      const { elements } = this.walk;
      const classes = this.attributeOfAll('class');
      const ids = this.attributeOfAll('id');
      const starts = new Uint8Array(elements.length);
      for (let index = 0; index < elements.length; index++) {
        starts[index] = FOREIGN_TAGS.has(elements[index].name) || hasForeignClass(classes[index]) || FOREIGN_ID.test(ids[index] ?? '') ? 1 : 0;
      }
      this.flagDiscussionSections(starts);
      this.foreignRegionStarts = starts;
    }
    return this.foreignRegionStarts;
  }

  /**
   * Rule "discussion by its heading": the readers' comments are another item's region whatever the template calls
   * them, when a heading counts them or names them as the readers' ("3 Kommentare", "35 Comments »", "Vos réactions"),
   * as the body stage knows them. Their signatures are bylines and datelines in form ("Kommentar von Jens —
   * 26.11.2026 um 08:14"), and on a page whose classes say nothing they were read as the article's. The box the
   * heading opens is the region; a heading set among the story's blocks starts it with the blocks after it, up to the
   * next heading.
   */
  private flagDiscussionSections(starts: Uint8Array): void {
    const { position } = this.walk;
    for (const tag of DISCUSSION_HEADING_TAGS) {
      for (const heading of this.tagged(tag)) {
        const index = position.get(heading)!;
        if (this.walk.visibleChars[index] > MAX_DISCUSSION_HEADING_CHARS) continue;
        const text = this.shortTextAt(index, MAX_DISCUSSION_HEADING_CHARS);
        if (!text || !(DISCUSSION_COUNT_HEADING.test(text) || READERS_DISCUSSION_HEADING.test(text))) continue;
        const box = heading.parent;
        if (box && isElement(box) && box.name !== 'body' && openingChild(box) === heading) {
          starts[position.get(box as Element) ?? index] = 1;
          continue;
        }
        starts[index] = 1;
        for (let sibling = nextElement(heading); sibling && !HEADING_TAG_NAMES.has(sibling.name); sibling = nextElement(sibling)) {
          const at = position.get(sibling);
          if (at !== undefined) starts[at] = 1;
        }
      }
    }
  }

  /**
   * Rule "the article's footer": HTML's `<footer>` inside an `<article>` is that article's, and themes set the story's
   * credits there, after its text: WordPress's default themes print the byline, the dates and the categories in the
   * post's "entry-footer". The footer whose nearest `<article>` holds the headline joins the headline's frame; the
   * site's footer, and a teaser's or a comment's, stay foreign. Themes that build the story of `<section>`s instead
   * ("<section class="zone--article"><h1>…</h1><section class="article__wrapper">…<footer>Claire Vasseur et Thomas
   * Reynaud</footer>") close it the same way: with no `<article>` around it, a footer inside a `<section>` of the
   * headline's frame is the story's. Flags them in `frame`; true when there was one.
   */
  private addArticleFooters(frame: Uint8Array): boolean {
    const { position, parentIndex, elements } = this.walk;
    let added = false;
    for (const footer of this.tagged('footer')) {
      const index = position.get(footer)!;
      let story = parentIndex[index];
      let section = -1;
      for (; story >= 0 && elements[story].name !== 'article'; story = parentIndex[story]) {
        if (section < 0 && elements[story].name === 'section' && frame[story]) section = story;
      }
      if ((story >= 0 && frame[story]) || (story < 0 && section >= 0)) {
        frame[index] = 1;
        added = true;
      }
    }
    return added;
  }

  /** The element at this walk index and its ancestors up to the first `<nav>` or `<footer>`, flagged by walk index. */
  private frameOf(index: number): Uint8Array {
    const { elements, parentIndex } = this.walk;
    const flags = new Uint8Array(elements.length);
    for (let current = index; current >= 0 && !FOREIGN_TAGS.has(elements[current].name); current = parentIndex[current]) flags[current] = 1;
    return flags;
  }

  /**
   * For a test of one element, a test of "this element or an ancestor passes", remembered per element: asked for
   * many links, it climbs each ancestor they share once instead of once per link. Elements outside the walk are
   * answered by climbing their own ancestors.
   */
  enclosure(test: (element: Element) => boolean): (element: Element) => boolean {
    const { elements, parentIndex, position } = this.walk;
    /** 0 not yet known, 1 the element or an ancestor passes, 2 none does. */
    const known = new Uint8Array(elements.length);
    return (element) => {
      const start = position.get(element);
      if (start === undefined) {
        for (let current: AnyNode | null = element; current; current = current.parent) if (isElement(current) && test(current)) return true;
        return false;
      }
      const unknown: number[] = [];
      let index = start;
      while (index >= 0 && known[index] === 0) {
        if (test(elements[index])) {
          known[index] = 1;
          break;
        }
        unknown.push(index);
        index = parentIndex[index];
      }
      const answer = index >= 0 && known[index] === 1 ? 1 : 2;
      for (const visited of unknown) known[visited] = answer;
      return answer === 1;
    };
  }

  /** Same answer as {@link shortText}. */
  shortText(element: Element, limit: number): string | null {
    const start = this.walk.position.get(element);
    return start === undefined ? shortText(element, limit) : this.shortTextAt(start, limit);
  }

  /** {@link shortText} of the element at this walk index, for readers that loop over the walk by index. */
  shortTextAt(start: number, limit: number): string | null {
    const { visibleChars, textRoot, subtreeEnd, elements } = this.walk;
    if (visibleChars[start] > limit) return null;
    // Nothing but whitespace collapses to the empty string; most elements asked about (icons, wrappers) are that.
    if (visibleChars[start] === 0) return '';
    const rootIndex = textRoot[start];
    const known = this.texts.get(rootIndex);
    if (known !== undefined) return known.length <= limit ? known : null;
    if (subtreeEnd[rootIndex] - rootIndex > MAX_SHORT_TEXT_ELEMENTS) return null;
    const root = elements[rootIndex];
    // Most elements asked about (labels, links, spans) hold a single text node: its text is read without a walk.
    const text = root.children.length === 1 && root.children[0].type === 'text'
      ? normalizeSpace((root.children[0] as unknown as { data: string }).data)
      : this.collectText(root);
    this.texts.set(rootIndex, text);
    return text.length <= limit ? text : null;
  }

  /**
   * The first character (UTF-16 code unit) of the element's collapsed text, found without building the text: a
   * reader that wants texts starting with certain words skips the others at this cost. -1 when the text is empty.
   * The character lies in the first child whose subtree has visible text, so the search only ever goes down. Every
   * text root it passes through starts with the same character and is answered from then on without a search:
   * wrappers nested around one long run of empty elements would otherwise each search the run again.
   */
  firstCharAt(start: number): number {
    const { visibleChars, textRoot, elements } = this.walk;
    if (visibleChars[start] === 0) return -1;
    const known = (this.firstChars ??= new Int32Array(elements.length).fill(NOT_LOOKED_FOR));
    // The roots a search passes go down the tree, each a different element: the page's element count bounds them.
    const passed = (this.searchPath ??= new Int32Array(elements.length));
    let depth = 0;
    let holder = textRoot[start];
    let found = known[holder];
    while (found === NOT_LOOKED_FOR) {
      passed[depth++] = holder;
      const step = this.firstTextOf(holder);
      if (step < 0) found = charStep(step);
      else {
        holder = textRoot[step];
        found = known[holder];
      }
    }
    for (let at = 0; at < depth; at++) known[passed[at]] = found;
    return found;
  }

  /**
   * What comes first in a text root's own children: the first child element with visible text, in which the text
   * goes on (its walk index, 0 or more), or a character of a text node (see {@link charStep}), or no text at
   * all. Told apart by sign so that the search allocates nothing: it runs for many elements of every page.
   */
  private firstTextOf(holder: number): number {
    const { visibleChars, subtreeEnd, elements } = this.walk;
    let childIndex = holder + 1;
    for (const child of elements[holder].children) {
      if (child.type === 'text') {
        const data = (child as unknown as { data: string }).data;
        for (let at = 0; at < data.length; at++) if (!isWhitespace(data.charCodeAt(at))) return charStep(data.charCodeAt(at));
      } else if (isElement(child)) {
        const index = childIndex;
        // The next child element's subtree follows this one's in the walk.
        childIndex = subtreeEnd[index];
        if (!NON_TEXT_TAGS.has(child.name) && visibleChars[index] > 0) return index;
      }
    }
    return charStep(-1);
  }

  /** The collapsed text under `root`, an element's text root (so the element itself holds visible text). */
  private collectText(root: Element): string {
    const { position, visibleChars, hasText, textRoot, elements } = this.walk;
    const parts: string[] = [];
    const stack: AnyNode[] = [root];
    while (stack.length > 0) {
      const current = stack.pop()!;
      if (current.type === 'text') {
        parts.push((current as unknown as { data: string }).data);
      } else if (isElement(current) && !NON_TEXT_TAGS.has(current.name)) {
        const index = position.get(current)!;
        if (visibleChars[index] === 0) {
          // Whitespace alone collapses to one space, so a text-free subtree need not be read. Rule "line break
          // parts words": a line break between two texts ("Par : Rédaction<br>Publié le …") shows them on two
          // lines, never run together as one word ("RédactionPublié").
          if (hasText[index] || current.name === 'br') parts.push(' ');
          continue;
        }
        // Rule "paragraph parts words": a writer's card that sets the name in bold and the writer's post in a paragraph
        // under it ("<b>Jane Doe</b><p>Mobile editor</p>", no space between the tags) shows them on two lines, never
        // run together as one word ("DoeMobile"), which read as a second, longer name. So does any block: a byline box
        // that sets the name and the paper in boxes of their own ("<div>Jane Doe</div><div>The Courier</div>").
        if (PARTS_WORDS.has(current.name)) {
          parts.push(' ');
          stack.push(SPACE_TEXT);
        }
        const holder = elements[textRoot[index]];
        for (let child = holder.children.length - 1; child >= 0; child--) stack.push(holder.children[child]);
      }
    }
    return normalizeSpace(parts.join(''));
  }
}

/**
 * A character (or -1, no text) as {@link IndexedPage.firstTextOf} returns it, below zero and so apart from child
 * indexes; and back. The mapping is its own inverse.
 */
function charStep(charOrStep: number): number {
  return -charOrStep - 2;
}

/**
 * {@link isInForeignRegion} for every element at once, top-down: an element is foreign when its parent is or it
 * is itself a foreign region (flagged in `regionStarts`), and lies in a sidebar when an `<aside>` encloses it with
 * no `<article>` above that aside. `<body>` and `<html>` start afresh, as the upward walk stops at them. Elements
 * flagged `exempt` (a chain of ancestors) are neither foreign regions nor sidebars, unless one above them is.
 */
function foreignRegionFlags(walk: DocumentWalk, regionStarts: Uint8Array, exempt: Uint8Array | null = null): Uint8Array {
  const { elements, parentIndex } = walk;
  const count = elements.length;
  const foreign = new Uint8Array(count);
  const insideAside = new Uint8Array(count);
  const insideArticle = new Uint8Array(count);
  const asideInsideArticle = new Uint8Array(count);
  const flags = new Uint8Array(count);
  for (let index = 0; index < count; index++) {
    const element = elements[index];
    if (element.name === 'body' || element.name === 'html') continue;
    const parent = parentIndex[index];
    const inherits = parent >= 0 && elements[parent].name !== 'body' && elements[parent].name !== 'html';
    insideArticle[index] = (inherits && insideArticle[parent]) || element.name === 'article' ? 1 : 0;
    // The headline's frame is no foreign region itself, but inside a foreign one (a <nav>) it is foreign all the same.
    if (exempt?.[index] && !(inherits && foreign[parent])) continue;
    foreign[index] = (inherits && foreign[parent]) || regionStarts[index] ? 1 : 0;
    const isAside = element.name === 'aside';
    insideAside[index] = (inherits && insideAside[parent]) || isAside ? 1 : 0;
    asideInsideArticle[index] = (inherits && asideInsideArticle[parent]) || (isAside && inherits && insideArticle[parent]) ? 1 : 0;
    flags[index] = foreign[index] || (insideAside[index] && !asideInsideArticle[index]) ? 1 : 0;
  }
  return flags;
}

/** The paragraph comes right after the headline and is the last element of the box they share. */
function closesHeadlineBox(paragraph: Element, headline: Element): boolean {
  return previousElement(paragraph) === headline && nextElement(paragraph) === null;
}

/**
 * {@link isForeignOnlyAsBuilderModule} for every element at once, top-down: a foreign region anywhere above an
 * element decides, else a builder's module anywhere above it. `<body>` and `<html>` start afresh, as the upward walk
 * stops at them. An element that starts no region by its tag, class or id (`regionStarts`) and is no `<aside>` reads
 * as none, so only the few that do are read again.
 */
function builderModuleReadings(
  walk: DocumentWalk, regionStarts: Uint8Array, classes: ReadonlyArray<string | undefined>, ids: ReadonlyArray<string | undefined>,
): Uint8Array {
  const { elements, parentIndex } = walk;
  const readings = new Uint8Array(elements.length);
  for (let index = 0; index < elements.length; index++) {
    const { name } = elements[index];
    if (name === 'body' || name === 'html') continue;
    const parent = parentIndex[index];
    const above = parent >= 0 && elements[parent].name !== 'body' && elements[parent].name !== 'html' ? readings[parent] : NO_REGION;
    const own = regionStarts[index] || name === 'aside' ? builderModuleReading(name, classes[index], ids[index]) : NO_REGION;
    readings[index] = above === FOREIGN_REGION ? FOREIGN_REGION : Math.max(above, own);
  }
  return readings;
}

/**
 * The UTF-16 code units a text can start with when it matches, case-insensitively with the `u` flag, a pattern that
 * opens with one of `openings` (literal words or phrases), for a pre-check with {@link IndexedPage.firstCharAt}:
 * each opening's first character in both cases, plus the Kelvin sign and the long s that such matching takes for
 * "k" and "s". Built from the same list as the pattern, so the two cannot drift apart.
 */
export function caseInsensitiveInitials(openings: readonly string[]): Set<number> {
  const initials = new Set<number>();
  for (const opening of openings) {
    const first = opening.charAt(0);
    for (const variant of [first, first.toLowerCase(), first.toUpperCase(), ...(CASE_FOLD_PARTNERS[first.toLowerCase()] ?? [])]) initials.add(variant.charCodeAt(0));
  }
  return initials;
}
const CASE_FOLD_PARTNERS: Record<string, string[]> = { k: ['\u212A'], s: ['\u017F'] };

/** True when the attribute's value contains one of the (lower-case) parts, in any case: CSS `[name*="part" i]`. */
export function attributeContains(value: string | undefined, parts: readonly string[]): boolean {
  if (!value) return false;
  const lower = value.toLowerCase();
  for (const part of parts) if (lower.includes(part)) return true;
  return false;
}

/**
 * The (lower-case) parts as one case-insensitive search: the answer of `attributeContains` in one scan, with
 * no lower-cased copy of each value (these run for every element of the page). Lower-casing differs from
 * case-insensitive matching in two letters: the Kelvin sign lower-cases to "k", so "k" stands for both; the
 * dotted capital I lower-cases to "i" plus a combining dot, so it matches an "i" that ends a part.
 */
export function containsAnyPattern(parts: readonly string[]): RegExp {
  const escaped = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&').replace(/k/g, '[k\u212A]').replace(/i$/, '[i\u0130]'));
  return new RegExp(escaped.join('|'), 'i');
}

export function containsPattern(value: string | undefined, pattern: RegExp): boolean {
  return value !== undefined && pattern.test(value);
}

/** True when the whitespace-separated attribute value has one of the tokens: CSS `[name~="token"]`, `.token`. */
export function hasToken(value: string | undefined, tokens: ReadonlySet<string>): boolean {
  if (!value) return false;
  // Searched in place rather than split: this runs for every element of the page, several times.
  for (const token of tokens) {
    for (let at = value.indexOf(token); at >= 0; at = value.indexOf(token, at + 1)) {
      const end = at + token.length;
      if ((at === 0 || /\s/.test(value[at - 1])) && (end === value.length || /\s/.test(value[end]))) return true;
    }
  }
  return false;
}

function isCheerio(node: AnyNode | Cheerio<AnyNode>): node is Cheerio<AnyNode> {
  return typeof (node as Cheerio<AnyNode>).toArray === 'function';
}

/** Hidden by its markup or by a hiding class, or inside something that is; `<body>` classes describe the page. */
export function isHidden(element: Element): boolean {
  for (let current: Element | null = element; current && current.type === 'tag' && current.name !== 'body'; current = current.parent as Element | null) {
    if (hidesItself(current)) return true;
  }
  return false;
}

/** Hidden by its own markup or hiding class, whatever holds it. */
export function hidesItself(element: Element): boolean {
  return isHiddenByMarkup(element.attribs) || HIDDEN_CLASS.test(element.attribs.class ?? '');
}
/**
 * Whole class names that hide an element from view but not from machines. Responsive ones ("hidden-xs",
 * "mobile-hidden") hide it on some screens only, and are not among them. Webflow's CMS prints every field of its
 * template and hides the empty or switched-off ones with `w-condition-invisible` (`display:none!important` in its
 * stylesheet): a second author card, an "Updated" line with no date.
 */
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|is-hidden|u-hidden|visually-hidden|rich-snippet-hidden|sr-only|screen-reader-text|d-none|w-condition-invisible)(?=\s|$)/i;

/** The child that opens `box`: its first element, or its first text that is not blank. */
export function openingChild(box: Element): AnyNode | undefined {
  return box.children.find((child) => isElement(child) || (child.type === 'text' && !/^\s*$/.test((child as unknown as { data: string }).data)));
}
