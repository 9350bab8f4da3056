/**
 * Stage 3: choose the article container from the scores, then widen it the way an editor would read the page:
 * move up when the best candidates are split across a common parent (pages that wrap each paragraph group in its
 * own div), and merge siblings that are clearly more of the same article.
 */
import { type DomElement, type DomNode, descendantElements, HEADING_TAGS, isElement, PAGE_ROOT_TAGS, previousElement } from './dom';
import { isEditorialNote, isKeptPictureBox } from './structural-furniture';
import { isPictureBox as holdsArticlePicture } from './picture-elements';
import { isStandfirst } from './lead';
import { type ElementIndex, linkDensity, type StatsTable } from './measure';
import { attributeTokens } from './tokens';
import type { Scores } from './score';

export interface Selection {
  /** The winning container. */
  top: DomElement;
  /** The container and the siblings merged with it, in document order. */
  nodes: DomElement[];
  score: number;
}

/** Candidates within this share of the best score are "about as good", so their common parent holds the article. */
const CLOSE_CANDIDATE_RATIO = 0.75;
const CLOSE_CANDIDATES_NEEDED = 3;

/**
 * `headlineStory` is the <article> that holds the page's headline, when one does. On a stream page (the story, then
 * the next stories of the section printed in full below it, each an <article> of the same class) a longer story
 * further down, or the stream as a whole, can outscore the one the page is about; the choice is then made again
 * within the headline's story, and goes no wider than it.
 */
export function selectContainer(
  scores: Scores, stats: StatsTable, headlineStory: DomElement | null = null, replyForms: ReplyForms = NO_REPLY_FORMS, main: DomElement | null = null,
): Selection | null {
  const landmark = main && (stats.get(main)?.prose ?? 0) >= MIN_MAIN_PROSE ? main : null;
  const bounds = { headlineStory, replyForms, landmark };
  const entries = [...scores.final.entries()];
  let selection = selectFrom(entries, scores, stats, bounds);
  if (selection && landmark && !isWithin(selection.top, landmark)) {
    selection = selectFrom(entries.filter(([element]) => isWithin(element, landmark)), scores, stats, bounds) ?? selection;
  }
  if (!selection || !headlineStory || !straysIntoStream(selection.top, headlineStory)) return selection;
  const within = selectFrom(entries.filter(([element]) => isWithin(element, headlineStory)), scores, stats, bounds);
  if (!within) return selection;
  if (!isWithin(within.top, headlineStory)) return { top: headlineStory, nodes: [headlineStory], score: scores.final.get(headlineStory) ?? within.score };
  return { ...within, nodes: within.nodes.filter((node) => isWithin(node, headlineStory)) };
}

/**
 * The story a node belongs to: the outermost <article> around it (a story's own figures and quotes may be <article>s
 * too), or, on a page that marks up no <article> there, the outermost entry of a stream around it.
 */
export function storyAround(node: DomElement | null): DomElement | null {
  let story: DomElement | null = null;
  let entry: DomElement | null = null;
  for (let current: DomNode | null = node; current && isElement(current); current = current.parent) {
    if (current.name === 'article') story = current;
    else if (!story && node && isStreamEntry(current, node) && holdsParagraphs(current)) entry = current;
  }
  return story ?? entry;
}

/**
 * Rule "stream entry": a box with two or more siblings of its own tag and class, each holding a headline set as the
 * story's is (a heading of its tag and class, in a box of the same kind), is one entry of a list of stories printed in
 * full (the story, then the section's next ones), whether or not the template calls them <article>s. A story split
 * into boxes alike (its text in chunks beside ads or a sidebar) has its headline in the first chunk only, and
 * layout boxes without a class say nothing of the kind.
 */
function isStreamEntry(box: DomElement, headline: DomElement): boolean {
  const parent = box.parent;
  const headlineBox = headline.parent;
  if (!parent || !isElement(parent) || !box.attribs.class || !headlineBox || !isElement(headlineBox)) return false;
  const isAlikeHeadline = (element: DomElement) => isAlike(element, headline) && !!element.parent && isElement(element.parent) && isAlike(element.parent, headlineBox);
  let alike = 0;
  for (const other of parent.children) {
    if (other !== box && isElement(other) && isAlike(other, box) && descendantElements(other).some(isAlikeHeadline) && ++alike >= MIN_OTHER_ENTRIES) return true;
  }
  return false;
}
const MIN_OTHER_ENTRIES = 2;

/**
 * An entry holds a story's text. A page's rows (the header's, the text's, the footer's) are also boxes alike, and the
 * headline's row may hold the headline alone; the story is not bounded by it.
 */
function holdsParagraphs(box: DomElement): boolean {
  let paragraphs = 0;
  for (const element of descendantElements(box)) if (element.name === 'p' && ++paragraphs >= MIN_ENTRY_PARAGRAPHS) return true;
  return false;
}
const MIN_ENTRY_PARAGRAPHS = 3;

function isAlike(element: DomElement, model: DomElement): boolean {
  return element.name === model.name && (element.attribs.class ?? '') === (model.attribs.class ?? '');
}

/**
 * Stream of stories: entries side by side with the same tag and class are entries of one list of stories. A hero box
 * above the body, which some templates also mark up as an <article>, is classed apart from the body's. The
 * container strays when it lies in another entry or spans several.
 */
function straysIntoStream(top: DomElement, story: DomElement): boolean {
  const parent = story.parent;
  if (!parent || !isElement(parent)) return false;
  return parent.children.some((other) => other !== story && isElement(other) && isAlike(other, story) && (isWithin(top, other) || isInside(other, top)));
}

/** What the climbs and the merge may not go past. */
interface ClimbBounds {
  headlineStory: DomElement | null;
  replyForms: ReplyForms;
  /** The page's <main>, when it holds the text (see {@link MIN_MAIN_PROSE}). */
  landmark: DomElement | null;
}

/**
 * Rule "main landmark": HTML gives the page's dominant content to its one <main>. A box outside it that outscores
 * the text inside (a privacy policy laid out as a dialog at the end of the page, a sidebar's long about text) is
 * furniture that no class word named; a choice outside <main>, or above it, is made again within it, and the climbs
 * and the merge end at it. Only a <main> that holds prose paragraphs is the text's: some templates set just the
 * page header in one.
 */
const MIN_MAIN_PROSE = 2;

/** The page's <main>, when it has exactly one. `walk`: the walk of the intact page. */
export function mainLandmark(walk: ElementIndex): DomElement | null {
  const mains = walk.byTag.get('main') ?? [];
  return mains.length === 1 ? mains[0] : null;
}

/** The headline's <article> and the page's <main>: a box whose outside is not the story. */
function isOwnBox(element: DomElement, { headlineStory, landmark }: ClimbBounds): boolean {
  return element === headlineStory || element === landmark;
}

/**
 * The page's reply forms: a <form> with a <textarea>, where a reader writes a comment of several lines; a search or
 * sign-up form asks for a line, and a <textarea> of embed code outside a form is copied, not sent. Read from the
 * intact page, before the cleaning drops the forms, and from its few <textarea>s only.
 */
export interface ReplyForms {
  /** The forms and every element that holds one. */
  readonly holders: ReadonlySet<DomNode>;
  /** Whether a reply form stands in the page after `box` and before `later`. */
  standsBetween(box: DomElement, later: DomElement): boolean;
}

const NO_REPLY_FORMS: ReplyForms = { holders: new Set(), standsBetween: () => false };

/** `walk`: the walk of the intact page. */
export function findReplyForms(walk: ElementIndex): ReplyForms {
  const holders = new Set<DomNode>();
  const at: number[] = [];
  for (const field of walk.byTag.get('textarea') ?? []) {
    const form = formAround(field);
    if (!form || holders.has(form)) continue;
    at.push(walk.position.get(form) ?? -1);
    for (let node: DomNode | null = form; node && !holders.has(node); node = node.parent) holders.add(node);
  }
  if (at.length === 0) return NO_REPLY_FORMS;
  // Asked for one box and each sibling after it in turn, the first form past the box is looked for once per box, not
  // once per sibling: a page of thousands of forms and siblings would cost their product.
  const firstFormAfter = new Map<DomElement, number>();
  const standsBetween = (box: DomElement, later: DomElement) => {
    const boxAt = walk.position.get(box);
    const laterAt = walk.position.get(later);
    if (boxAt === undefined || laterAt === undefined) return false;
    let next = firstFormAfter.get(box);
    if (next === undefined) {
      next = at.reduce((nearest, formAt) => (formAt >= walk.subtreeEnd[boxAt] && formAt < nearest ? formAt : nearest), Infinity);
      firstFormAfter.set(box, next);
    }
    return next < laterAt;
  };
  return { holders, standsBetween };
}

function formAround(field: DomElement): DomElement | null {
  for (let node = field.parent; node && isElement(node); node = node.parent) if (node.name === 'form') return node;
  return null;
}

function isWithin(node: DomNode, ancestor: DomNode): boolean {
  return node === ancestor || isInside(node, ancestor);
}

function selectFrom(candidates: [DomElement, number][], scores: Scores, stats: StatsTable, bounds: ClimbBounds): Selection | null {
  const ranked = candidates.sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return null;
  let [top, topScore] = ranked[0];
  const proseWinner = proseOverClassWords(ranked, stats);
  if (proseWinner) {
    // The prose winner was chosen for wrapping the paragraphs tightly; the climbs below widen a winner whose
    // score may be split across wrappers, which is not the case here.
    [top, topScore] = proseWinner;
  } else {
    top = commonParentOfCloseCandidates(top, topScore, ranked.slice(1, 6));
    top = commonParentOfRepeatedBoxes(top, ranked, stats);
    top = climbWhileParentIsBetter(top, scores.final, stats);
    top = climbWhileParentAddsProse(top, stats, bounds);
  }
  top = openingPostWithin(declaredBodyAround(top), stats);
  topScore = scores.final.get(top) ?? topScore;
  return { top, nodes: withPictureRowAbove(withSiblings(top, topScore, scores.final, stats, bounds), stats), score: topScore };
}

/**
 * Rule "picture row over the text": a page laid out as a table sets each part of a story in a row of its own: the
 * headline's, the date line's, the picture's with its caption, the text's (`<tr><td><img src="…_big.jpg"><br><span>
 * caption</span></td></tr><tr><td>prose<br><br>prose</td></tr>`). When the text's row is chosen, the row right above
 * it that holds a picture and no more text than a caption is the story's picture, as a figure over the text is; the
 * lead pass, which looks between the headline and the text, finds none where the headline is set in big bold type
 * rather than a heading.
 */
function withPictureRowAbove(nodes: DomElement[], stats: StatsTable): DomElement[] {
  if (nodes[0].name !== 'tr') return nodes;
  const above = previousElement(nodes[0]);
  return above && above.name === 'tr' && isPictureBox(above, stats) ? [above, ...nodes] : nodes;
}

/**
 * Prose over class words: a class word like `content` is worth as much as several paragraphs, so a popup or
 * promo box with one short blurb and such a class can outscore the article. When the winner is short, holds at
 * most one prose paragraph, and a candidate scoring at least half as much holds three times as many, the prose
 * is the better evidence; of such candidates the one with the most prose in the least text wraps the article
 * most tightly. Prose that other stories' cards hold is no such evidence (see {@link addsTeaserColumn}): beside a
 * one-paragraph story, a column of three cards with whole-sentence deks holds three times its prose.
 */
const PROSE_OVER_CLASS_MIN_SCORE_RATIO = 0.5;
const PROSE_OVER_CLASS_RATIO = 3;
const PROSE_OVER_CLASS_CANDIDATES = 10;
/** Only a short box is suspect: a long winner with few <p> paragraphs is often a <br>-separated article. */
const SHORT_BLURB_CHARS = 400;

function proseOverClassWords(ranked: [DomElement, number][], stats: StatsTable): [DomElement, number] | null {
  const [top, topScore] = ranked[0];
  const topStats = stats.get(top);
  const topProse = topStats?.prose ?? 0;
  if (topProse > 1 || (topStats?.chars ?? 0) > SHORT_BLURB_CHARS) return null;
  const needed = PROSE_OVER_CLASS_RATIO * Math.max(1, topProse);
  let best: [DomElement, number] | null = null;
  let bestProse = 0;
  let bestChars = Infinity;
  for (const candidate of ranked.slice(1, PROSE_OVER_CLASS_CANDIDATES)) {
    const own = stats.get(candidate[0]);
    if (!own || own.prose < needed || candidate[1] < topScore * PROSE_OVER_CLASS_MIN_SCORE_RATIO || PAGE_ROOT_TAGS.has(candidate[0].name)) continue;
    if (holdsTeaserColumn(candidate[0], stats)) continue;
    if (own.prose > bestProse || (own.prose === bestProse && own.chars < bestChars)) {
      best = candidate;
      bestProse = own.prose;
      bestChars = own.chars;
    }
  }
  return best;
}

/**
 * Split-article climb: several boxes about as good as the winner mean the article is split across them. A
 * candidate inside the winner is the winner's own inner wrapper (it scores close because the same paragraphs feed
 * both), so it is no evidence of a split and would otherwise drag the winner up to a page wrapper.
 */
function commonParentOfCloseCandidates(top: DomElement, topScore: number, others: [DomElement, number][]): DomElement {
  const close = others
    .filter(([element, score]) => score >= topScore * CLOSE_CANDIDATE_RATIO && !isInside(element, top))
    .map(([element]) => element);
  if (close.length < CLOSE_CANDIDATES_NEEDED) return top;
  return nearestAncestorHolding(top, close);
}

/**
 * Rule "repeated text boxes": a template that sets each step or section of a text in a component of its own (a
 * heading wrapper and a text box, once per step) spreads the text over boxes of one tag and class. Each scores by
 * itself, and the first, which holds the intro, far ahead of the rest. A class word the scoring knows (`content`)
 * lifts them all alike, so they come within the split-article climb's ratio; a class it does not know leaves them
 * apart. The same component is evidence of a split whatever the scores: a box of the winner's tag and class name,
 * in a wrapper of its wrapper's tag and class name. A reader's comment may set its text in a box of the article
 * text's class, but in a wrapper of its own kind, not the article's; so it is no twin.
 */
function commonParentOfRepeatedBoxes(top: DomElement, ranked: [DomElement, number][], stats: StatsTable): DomElement {
  const parent = top.parent;
  if (!componentName(top) || !parent || !isElement(parent)) return top;
  const twins = ranked.map(([element]) => element).filter((element) => element !== top && isSameComponent(element, top) && !isInside(element, top)
    && !isInside(top, element) && element.parent !== null && isElement(element.parent) && isSameComponent(element.parent, parent));
  if (twins.length < CLOSE_CANDIDATES_NEEDED || !isMinorShare(top, twins, stats) || ![top, ...twins].every((box) => isBareStep(box, stats))) return top;
  return nearestAncestorHolding(top, twins);
}

/**
 * A stream of entries repeats one component too: a blog's posts, a forum's answers, each text in a box of one
 * class. Each entry's wrapper links to its page, its writer or its comments, beside its text; a step of a text is
 * headed by its own words, and its wrapper holds no link outside the text.
 */
function isBareStep(box: DomElement, stats: StatsTable): boolean {
  const wrapper = box.parent;
  if (!wrapper || !isElement(wrapper)) return false;
  return (stats.get(wrapper)?.linkChars ?? 0) === (stats.get(box)?.linkChars ?? 0);
}

/**
 * A page builder wraps every widget of the page in one component (`widget-container`), the article text's and the
 * related-post cards' alike; there the winner holds the text and the twins hold a card's few lines each. A text
 * split over steps leaves the winner, the first step, with the lesser part of it.
 */
function isMinorShare(top: DomElement, twins: DomElement[], stats: StatsTable): boolean {
  const own = stats.get(top)?.chars ?? 0;
  let rest = 0;
  for (const twin of twins) rest += stats.get(twin)?.chars ?? 0;
  return own < rest;
}

/** Same tag and the same first class word: the component's name, which modifiers (`content lead`) follow. */
function isSameComponent(element: DomElement, model: DomElement): boolean {
  return element.name === model.name && componentName(element) === componentName(model);
}

function componentName(element: DomElement): string {
  return (element.attribs.class ?? '').trim().split(/\s+/, 1)[0];
}

/** The nearest ancestor of `top` below <body> that holds enough of `others`, or `top` when none does. */
function nearestAncestorHolding(top: DomElement, others: DomElement[]): DomElement {
  for (let ancestor = top.parent; ancestor && isElement(ancestor) && ancestor.name !== 'body'; ancestor = ancestor.parent) {
    const containing = others.filter((candidate) => isInside(candidate, ancestor)).length;
    if (containing >= CLOSE_CANDIDATES_NEEDED) return ancestor;
  }
  return top;
}

/**
 * An only child says nothing on its own, and a parent that scores higher than its child (text spread over
 * several wrappers) is the better container; stop at a parent scoring below a third of the child.
 */
function climbWhileParentIsBetter(top: DomElement, final: Map<DomElement, number>, stats: StatsTable): DomElement {
  let current = top;
  let lastScore = final.get(top) ?? 0;
  for (let parent = current.parent; parent && isElement(parent) && parent.name !== 'body' && parent.name !== 'html'; parent = parent.parent) {
    const onlyChild = parent.children.filter(isElement).length === 1 && (stats.get(parent)?.chars ?? 0) <= (stats.get(current)?.chars ?? 0) + 20;
    const parentScore = final.get(parent) ?? 0;
    if (onlyChild) {
      current = parent;
      continue;
    }
    if (parentScore < lastScore / 3) break;
    if (parentScore > lastScore) {
      current = parent;
      lastScore = parentScore;
      continue;
    }
    break;
  }
  return current;
}

/**
 * Pages that split the article into several differently-classed boxes (CMS "paragraph" components, a lead box
 * and a body box) leave the best-scoring box holding only part of it. Climb while the parent adds more prose
 * paragraphs and what it adds is not mostly links; furniture was removed before scoring, so what remains around
 * the article is usually more of it.
 *
 * Rule "story's own box": the climb ends at the <article> that holds the headline (`headlineStory`). HTML makes it
 * the story's whole box; what lies outside it and reads as prose with few links is the readers' comments, the next
 * story or the related posts, which the cleaning leaves in when no class word names them. So it does at the page's
 * <main> (see {@link MIN_MAIN_PROSE}).
 *
 * Rule "reply form": nor does it climb to a parent that adds a reply form (see {@link ReplyForms}). The prose
 * beside the form is the readers' comments, which read as a split article's second part does.
 */
function climbWhileParentAddsProse(top: DomElement, stats: StatsTable, bounds: ClimbBounds): DomElement {
  let current = top;
  for (let parent = current.parent; parent && isElement(parent) && parent.name !== 'body' && parent.name !== 'html'; parent = parent.parent) {
    if (isOwnBox(current, bounds) || addsReplyForm(parent, current, bounds.replyForms, stats)) break;
    const inner = stats.get(current);
    const outer = stats.get(parent);
    if (!inner || !outer) break;
    const addedProse = outer.prose - inner.prose;
    const addedChars = outer.chars - inner.chars;
    const addedLinks = outer.linkChars - inner.linkChars;
    if (addedChars === 0) {
      current = parent;
      continue;
    }
    if (addedProse < 1 || addedLinks > addedChars * 0.3 || addsTeaserColumn(parent, current, stats)) break;
    current = parent;
  }
  return current;
}

function addsReplyForm(parent: DomElement, current: DomElement, replyForms: ReplyForms, stats: StatsTable): boolean {
  return replyForms.holders.has(parent) && !replyForms.holders.has(current) && !holdsProseBefore(parent, current, stats);
}

/**
 * Comments come after the story. When the parent holds prose before the current box, that box is the thread and the
 * prose is the story, which the climb takes in: readers may write more than the post they answer.
 */
function holdsProseBefore(parent: DomElement, current: DomElement, stats: StatsTable): boolean {
  for (const child of parent.children) {
    if (child === current) return false;
    if (isElement(child) && (stats.get(child)?.prose ?? 0) > 0) return true;
  }
  return false;
}

/**
 * Rule "teaser column": beside a short story, a column of other stories' cards (a headline that links to its story,
 * a full-sentence excerpt under it) adds prose with few links, as the rest of a split article would, and scores as
 * well as a sibling of the story; the climb went up to the row holding both, or the merge took the column in. Two
 * boxes in it, each opening with a heading that is mostly a link, make such a column; an article's own sections
 * have headings of their own words. Only the children of a box that holds prose are looked at, and only when the
 * climb or the merge would otherwise take it.
 */
function addsTeaserColumn(parent: DomElement, current: DomElement, stats: StatsTable): boolean {
  return parent.children.some((sibling) => sibling !== current && isElement(sibling) && isTeaserColumn(sibling, stats));
}

/** The box is a teaser column, or one of its children is. */
function holdsTeaserColumn(box: DomElement, stats: StatsTable): boolean {
  return isTeaserColumn(box, stats) || box.children.some((child) => isElement(child) && isTeaserColumn(child, stats));
}

function isTeaserColumn(box: DomElement, stats: StatsTable): boolean {
  if ((stats.get(box)?.prose ?? 0) < 1) return false;
  let cards = 0;
  for (const card of box.children) if (isElement(card) && opensWithLinkedHeading(card, stats) && ++cards >= MIN_TEASER_CARDS) return true;
  return false;
}
const MIN_TEASER_CARDS = 2;

function opensWithLinkedHeading(card: DomElement, stats: StatsTable): boolean {
  const heading = card.children.find(isElement);
  return heading !== undefined && isLinkedHeading(heading, stats);
}

/** A heading that is mostly a link: a teaser card's headline, which links to its story. */
function isLinkedHeading(element: DomElement, stats: StatsTable): boolean {
  return HEADING_TAGS.has(element.name) && linkDensity(stats.get(element)) > 0.5;
}

/** A page that marks its article body (itemprop=articleBody) knows better than scoring which wrapper is whole. */
function declaredBodyAround(top: DomElement): DomElement {
  for (let node: DomNode | null = top; node && isElement(node); node = node.parent) {
    if (node.attribs.itemprop?.toLowerCase() === 'articlebody') return node;
  }
  return top;
}

/**
 * Rule "opening post": a community site's news is often a forum topic, the item its first post and the replies under
 * it (phpBB's `<span class="postbody">`, vBulletin's `<div id="post_message_402211">`). The topic's table, which holds
 * every post with its poster's card and the board's footer, or the first post's cell, with the card and the signature,
 * outscores the first post alone; on a page of two posts' bodies or more, the winner that holds the first of them,
 * when it is the longest, gives way to it.
 */
function openingPostWithin(top: DomElement, stats: StatsTable): DomElement {
  let root: DomElement = top;
  for (let node = top.parent; node && isElement(node); node = node.parent) root = node;
  const posts = postBodiesIn(root);
  if (posts.length < MIN_TOPIC_POSTS || !isInside(posts[0], top)) return top;
  const [first, ...replies] = posts;
  const length = (post: DomElement) => stats.get(post)?.chars ?? 0;
  return replies.every((reply) => length(reply) < length(first)) ? first : top;
}
const MIN_TOPIC_POSTS = 2;
const POST_MESSAGE_ID = /^post_message_\d+$/;

function isPostBody(element: DomElement): boolean {
  return POST_MESSAGE_ID.test(element.attribs.id ?? '') || (element.attribs.class !== undefined && attributeTokens(element).has('postbody'));
}

/** The posts' bodies in the box, outermost only, in document order. */
function postBodiesIn(box: DomElement): DomElement[] {
  const bodies: DomElement[] = [];
  for (const element of descendantElements(box)) if (isPostBody(element) && !bodies.some((body) => isInside(element, body))) bodies.push(element);
  return bodies;
}

function isInside(node: DomNode, ancestor: DomNode): boolean {
  for (let current = node.parent; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

/**
 * Siblings that score well, share the container's class, or are plain prose paragraphs or chapters belong to the
 * article. Rules "story's own box" and "reply form" (see {@link climbWhileParentAddsProse}): none does beside the
 * headline's <article> or the page's <main>, and none after a reply form; what follows the form is the readers'
 * comments.
 */
function withSiblings(top: DomElement, topScore: number, final: Map<DomElement, number>, stats: StatsTable, bounds: ClimbBounds): DomElement[] {
  const parent = top.parent;
  if (!parent || !isElement(parent) || isOwnBox(top, bounds)) return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.attribs.class ?? '';
  const nodes: DomElement[] = [];
  for (const sibling of parent.children) {
    if (!isElement(sibling)) continue;
    if (sibling === top) {
      nodes.push(sibling);
      continue;
    }
    if (bounds.replyForms.standsBetween(top, sibling)) break;
    let score = final.get(sibling) ?? 0;
    if (topClass && sibling.attribs.class === topClass && isMoreOfTheText(sibling, stats)) score += topScore * 0.2;
    if ((score >= threshold || isProseParagraph(sibling, stats) || isSiblingChapter(sibling, top, stats) || isNoteBesideText(sibling, stats)) && !isTeaserColumn(sibling, stats)) nodes.push(sibling);
    else if (nodes.length > 0 && sibling === nextElementOf(nodes[nodes.length - 1]) && isSlideRun(sibling, stats)) nodes.push(sibling);
  }
  return nodes.length > 1 ? withBoxesAmongMerged(withPicturesBetween(nodes, parent.children, stats), stats) : nodes;
}

/**
 * Rule "note beside the text": a newsroom sets its correction or editor's note in a box of its own right before or
 * after the container of the text ("<div class="article-body">…</div><footer><p>Correction: An earlier version …</p>
 * </footer>"), too short to score or to read as a prose paragraph. It is the newsroom's word on this very story,
 * where the publisher put it: a sibling of the text's container that opens with such a note's label and holds no
 * more than a note, few of it links, is merged (see rule "editor's note", which keeps it through the cleaning).
 */
function isNoteBesideText(sibling: DomElement, stats: StatsTable): boolean {
  const own = stats.get(sibling);
  return !!own && own.chars > 0 && linkDensity(own) < 0.3 && isEditorialNote(sibling, own);
}

function nextElementOf(node: DomElement): DomElement | null {
  for (let next = node.next; next; next = next.next) if (isElement(next)) return next;
  return null;
}

/**
 * Rule "slides after the text": a photo gallery's page sets its few paragraphs of text in one box and the slides
 * right after it in another (`<div class="album-intro">…</div><div class="album-slides"><figure><img>
 * <figcaption>…</figcaption></figure>…</div>`): pictures with a caption each, which score nothing as text and are the
 * story's photos. A box of two pictures at least, each in a box of its own with a caption and no link in it, and
 * otherwise only a short control line ("Previous · Next"), is such a run, taken when it follows the chosen text
 * right away; a grid of other stories links its cards, pictures or titles and heads them with its own title ("More
 * from Business"), and a bar of icons has no captions.
 */
function isSlideRun(box: DomElement, stats: StatsTable): boolean {
  let slides = 0;
  for (const child of box.children) {
    if (!isElement(child)) continue;
    const own = stats.get(child);
    if (!own) continue;
    if (own.chars >= MIN_SLIDE_CAPTION_CHARS && own.linkChars === 0 && child.name !== 'a' && isPictureBox(child, stats)) slides++;
    else if (own.chars > MAX_SLIDE_CONTROLS_CHARS || HEADING_TAGS.has(child.name)) return false;
  }
  return slides >= MIN_SLIDES;
}
const MIN_SLIDES = 2;
/** A slide's caption says what the photo shows; a row of icons (a bookmarking bar) has no text under its pictures. */
const MIN_SLIDE_CAPTION_CHARS = 12;
/** "Previous", "Next", "View all galleries": the controls a gallery sets among its slides. */
const MAX_SLIDE_CONTROLS_CHARS = 40;

/**
 * Rule "picture among merged siblings": a template that sets the dek, the lead picture and the text side by side
 * (`<p class="dek">`, `<figure>`, `<div class="body">`) merges the dek and the text, which both read as prose,
 * and passes over the picture between them, which has no prose to score. The article runs from the first merged
 * block to the last, so a picture box among them is the article's: one the body reads as a picture and its
 * caption (a <figure>, a box a layout word names) or a box with a picture and no text at all, so that no caption
 * turns into a paragraph.
 *
 * Rule "standfirst among merged siblings": so is the standfirst between them, which a template may set in a box of
 * its own under the headline (`<div itemprop="description">`, `<div class="lead">`). Short and set in bold, it
 * scores below the sibling threshold, and the lead pass, which looks only before the first merged block, does not
 * see it when that block is the picture above the headline. A summary box of bullet points is the story's key
 * points in other words, not its opening, and stays out.
 */
function withBoxesAmongMerged(nodes: DomElement[], stats: StatsTable): DomElement[] {
  if (nodes.length < 2) return nodes;
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  const merged = new Set(nodes);
  const result: DomElement[] = [];
  let inside = false;
  for (let sibling: DomNode | null = first; sibling; sibling = sibling.next ?? null) {
    if (!isElement(sibling)) continue;
    if (sibling === first) inside = true;
    if (inside && (merged.has(sibling) || isKeptPictureBox(sibling, stats) || isBarePictureBox(sibling, stats) || isStandfirstParagraph(sibling, stats))) result.push(sibling);
    if (sibling === last) break;
  }
  return result;
}

function isStandfirstParagraph(element: DomElement, stats: StatsTable): boolean {
  return isStandfirst(element, stats) && !descendantElements(element).some((inner) => inner.name === 'li');
}

/**
 * Rule "picture under the header row": a picture box right after a short first chosen sibling without clause
 * punctuation (a byline and date row that scored as text, not a teaser's sentences) and before the next chosen one
 * (the text) is the story's picture. Left out, it would be
 * lost: the lead pass looks for pictures only before the first chosen node, and the body is built from the chosen
 * nodes alone. Only after a short row: between two parts of the text, the pictures of a gallery or a sponsor grid
 * with its own headings may stand, which the selection rightly leaves out.
 */
function withPicturesBetween(nodes: DomElement[], siblings: readonly DomNode[], stats: StatsTable): DomElement[] {
  const row = stats.get(nodes[0]);
  if (!row || row.chars > MAX_HEADER_ROW_CHARS || row.punctuation > 0) return nodes;
  const first = siblings.indexOf(nodes[0]);
  const next = siblings.indexOf(nodes[1]);
  const between = siblings.slice(first + 1, next).filter((sibling): sibling is DomElement => isElement(sibling));
  if (between.length === 0 || !between.every((element) => isPictureBox(element, stats))) return nodes;
  return [nodes[0], ...between, ...nodes.slice(1)];
}
/** A byline and date row, a kicker: the short text a header row holds at most. */
const MAX_HEADER_ROW_CHARS = 200;

/** A picture, or a box holding one with no more text than a caption's. */
function isPictureBox(element: DomElement, stats: StatsTable): boolean {
  if (element.name === 'img' || element.name === 'picture') return true;
  if ((stats.get(element)?.chars ?? 0) > MAX_PICTURE_BOX_CHARS) return false;
  return element.name === 'figure' || descendantElements(element).some((inner) => inner.name === 'img');
}
/** A caption and a credit take up to this many characters; a box with more text is a block of its own. */
const MAX_PICTURE_BOX_CHARS = 300;

function isBarePictureBox(element: DomElement, stats: StatsTable): boolean {
  const own = stats.get(element);
  return own?.chars === 0 && holdsArticlePicture(element, own);
}

/**
 * Rule "same class, no text": templates give every block of the page's column one class (`group`, `section`), the
 * text's and the boxes after it alike: a video teaser, the date-author-keywords list. Sharing the container's class
 * says the sibling is more of the article only when it holds a prose paragraph, as a second part of the text does,
 * or is one of its pictures.
 */
function isMoreOfTheText(sibling: DomElement, stats: StatsTable): boolean {
  return (stats.get(sibling)?.prose ?? 0) > 0 || isPictureBox(sibling, stats);
}

function isProseParagraph(element: DomElement, stats: StatsTable): boolean {
  if (element.name !== 'p') return false;
  const own = stats.get(element);
  if (!own) return false;
  const density = linkDensity(own);
  if (own.chars > 80) return density < 0.25;
  return density === 0 && own.punctuation > 0 && attributeTokens(element).size === 0;
}

/**
 * Sibling chapter: a page laid out as a run of <section>s, one per chapter, scores each chapter by itself, and
 * the points of paragraphs nested a few wrappers deep barely reach the <section>, so the chapters after the
 * winner fall below the sibling threshold. Next to a <section> winner, a <section> holding a prose paragraph and
 * few links is another chapter. A block of teaser cards is not: its headings are links to the stories.
 */
function isSiblingChapter(element: DomElement, top: DomElement, stats: StatsTable): boolean {
  if (element.name !== 'section' || top.name !== 'section') return false;
  const own = stats.get(element);
  if (!own || own.prose < 1 || linkDensity(own) >= 0.25) return false;
  return !descendantElements(element).some((heading) => isLinkedHeading(heading, stats));
}

