/**
 * Player furniture: the controls a script player draws beside its <video> or <audio> element, the short label
 * of a player box whose clip the reader of the text cannot play, and the caption set under such a box.
 */
import { isBlank, normalizeSpace } from '../dom-walk';
import { type DomElement, type DomNode, descendantElements, isElement, rawText, SENTENCE_AFTER_WORD } from './dom';
import { PLAYER_TOKENS } from './decorative-images';
import { INTERFACE_LABEL, READ_ALOUD_LABEL } from './vocabulary';
import type { TextStats } from './measure';
import { attributeTokens } from './tokens';

/** The elements that hold a `<video>` or `<audio>` element among their children: the players' boxes. */
export function playerBoxes(elements: readonly DomElement[]): Set<DomNode> {
  const boxes = new Set<DomNode>();
  for (const element of elements) if (MEDIA_TAGS.has(element.name) && element.parent) boxes.add(element.parent);
  return boxes;
}
const MEDIA_TAGS = new Set(['video', 'audio']);

/**
 * Rule "player chrome": a script player draws its controls in boxes it sets beside the `<video>` or `<audio>` element:
 * the play button, the clock ("Current Time 0:00"), the progress ("Loaded: 0%"), the caption settings with their
 * colour lists. Its class names are the player's own, often unknown, so a box beside the media element that holds a
 * control (a form control, or an element whose ARIA role makes it one) and no prose is taken for the player's, and its
 * words for its interface. A caption set beside the media holds no control.
 */
export function isPlayerChrome(element: DomElement, players: ReadonlySet<DomNode>, own: TextStats | undefined): boolean {
  if (players.size === 0 || !element.parent || !players.has(element.parent) || (own?.prose ?? 0) > 0) return false;
  return element.name !== 'figcaption' && (isControl(element) || descendantElements(element).some(isControl));
}

function isControl(element: DomElement): boolean {
  return FORM_CONTROL_TAGS.has(element.name) || WIDGET_ROLES.has(element.attribs.role?.toLowerCase() ?? '');
}
const FORM_CONTROL_TAGS = new Set(['button', 'input', 'select', 'textarea']);
/** ARIA roles of controls a reader operates; a `link` is no control here, since stories hold links. */
const WIDGET_ROLES = new Set([
  'button', 'checkbox', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'progressbar', 'radio', 'scrollbar', 'slider', 'spinbutton', 'switch',
]);

/** A player's title bar: "Watch: Bomb squad at the allotment", a duration, "Play video". */
const MAX_PLAYER_LABEL_CHARS = 120;

/**
 * Player label: a box the template names for a video or audio player (`video-player`, `jwplayer`) whose only
 * text is a short line holds the clip's title and controls; the clip itself (a <video>, an <iframe>, a script's
 * mount point) is gone from the text. Its words announce a clip the reader of the text cannot play. A paragraph
 * in such a box is written text, and keeps the box. Rule "player's title line": a TV station's player sets the clip's
 * title in a <p> of its own under the controls ("Plows out early as heavy snow blankets metro"), a headline and no
 * sentence; only a paragraph that ends a sentence ("Watch the full interview below.") is a writer's note.
 */
export function isPlayerLabel(element: DomElement, own: TextStats, stats: { get(node: DomNode): TextStats | undefined }): boolean {
  if (own.prose > 0 || !isNamedForPlayer(element)) return false;
  if (own.chars > MAX_PLAYER_LABEL_CHARS && !isPlayerOverlay(element, own, stats)) return false;
  return !descendantElements(element).some(isWrittenNote);
}

function isNamedForPlayer(element: DomElement): boolean {
  for (const token of attributeTokens(element)) if (PLAYER_TOKENS.has(token)) return true;
  return false;
}

/**
 * Rule "player's overlay lines": a group site's player box draws each of its states as a short line of its own, the
 * clip's title over them ("Video: Inside the mill before the fire", "Video Loading", "Video Unavailable", "Click to
 * play Tap to play", "The video will auto-play soon 8 Cancel", "Play now"); together they run past one label's length.
 * A box named for a player whose lines are each a label's length, a few of them, one of them the player's own state
 * (see INTERFACE_LABEL), is the player's: a sports page's box named for a player sets a name and a position, never a
 * video's state.
 */
function isPlayerOverlay(element: DomElement, own: TextStats, stats: { get(node: DomNode): TextStats | undefined }): boolean {
  if (own.directChars > MAX_PLAYER_LABEL_CHARS) return false;
  const lines = element.children.filter(isElement);
  if (lines.length > MAX_PLAYER_OVERLAY_LINES) return false;
  let state = false;
  for (const line of lines) {
    if ((stats.get(line)?.chars ?? 0) > MAX_PLAYER_LABEL_CHARS) return false;
    state ||= INTERFACE_LABEL.test(normalizeSpace(rawText(line)));
  }
  return state;
}
/** A title, the loading and unavailable states, the play buttons, the countdown, "Play now". */
const MAX_PLAYER_OVERLAY_LINES = 8;

function isWrittenNote(element: DomElement): boolean {
  return element.name === 'p' && SENTENCE_AFTER_WORD.test(rawText(element).trim());
}

/**
 * Rule "clip caption": a TV station's or a portal's template sets a clip's caption under its player, the two alone
 * in a box of their own, as a <figcaption> under a picture ("The 1.30 pm bulletin with pictures of the first run").
 * It describes a clip the reader of the text cannot play, and stood between the dek and the story's first
 * paragraph. A paragraph of the story after an embedded player stands in the story's box with the others, and a
 * note written inside the player's box is left to {@link isPlayerLabel}. The player is a box its template names so
 * or, where the site plays its own clips, the box that holds the `<video>` or `<audio>` element (`players`, found
 * before the media elements were removed): `<div class="clip"><div class="frame"><video src="…"></video></div>
 * <div class="note">Floods in the old town (Photo: Fire brigade)</div></div>`.
 */
export function isClipCaption(element: DomElement, own: TextStats, players: ReadonlySet<DomNode>): boolean {
  if (own.chars > MAX_CLIP_CAPTION_CHARS || !CLIP_CAPTION_TAGS.has(element.name) || !element.parent || !isElement(element.parent)) return false;
  // Walked by sibling, stopping at the first node that does not fit: a caption's box holds two elements, and a
  // box of many children must not cost a walk over all of them for each.
  let player: DomElement | null = null;
  for (let node = element.prev; node; node = node.prev) {
    if (isElement(node)) {
      if (player) return false;
      player = node;
    } else if (node.type === 'text' && !isBlank(node.data ?? '')) return false;
  }
  for (let node = element.next; node; node = node.next) if (isElement(node) || (node.type === 'text' && !isBlank(node.data ?? ''))) return false;
  return player !== null && (players.has(player) || isPlayerBox(player));
}

/**
 * Rule "clip's box": a story's template embeds a clip between its paragraphs in a box of its own, the player with the
 * lines the template sets around it: a label over it ("WATCH"), the clip's title under it ("Inside the bridge
 * inspection"), the autoplay switch ("Autoplay: On"), a "Watch next" strip. Each is a short line about a clip the
 * reader of the text cannot play, as the caption alone under a player is (rule "clip caption"). A box that holds a
 * player and, beside it, only a few such lines, none of them a paragraph of prose nor a picture, is the clip's; the
 * story's box holds its paragraphs beside the player, and a media box its photo and caption. `stats`: the statistics of the box's children.
 */
export function isClipBox(element: DomElement, players: ReadonlySet<DomNode>, stats: { get(node: DomNode): TextStats | undefined }): boolean {
  if (!CLIP_BOX_TAGS.has(element.name)) return false;
  let player = false;
  let lines = 0;
  for (const child of element.children) {
    if (!isElement(child)) {
      if (child.type === 'text' && !isBlank(child.data ?? '')) return false;
      continue;
    }
    if (!player && (players.has(child) || isPlayerBox(child))) {
      player = true;
      continue;
    }
    const own = stats.get(child);
    if (++lines > MAX_CLIP_BOX_LINES || (own && (own.prose > 0 || own.chars > MAX_PLAYER_LABEL_CHARS)) || holdsPicture(child)) return false;
  }
  return player && lines > 0;
}
/** A <figure> sets its clip's caption as a picture's, kept as one (see rule "player chrome"). */
const CLIP_BOX_TAGS = new Set(['div', 'section', 'aside']);

/** A picture set beside the player, with its caption, is the story's own photo, not a line about the clip. */
function holdsPicture(line: DomElement): boolean {
  return PICTURE_TAGS.has(line.name) || descendantElements(line).some((inner) => PICTURE_TAGS.has(inner.name));
}
const PICTURE_TAGS = new Set(['img', 'picture']);
/** A label, a title, a switch, a strip of next clips: a clip's box sets a few lines around its player. */
const MAX_CLIP_BOX_LINES = 4;

/**
 * Rule "player's transcript": a TV station's player carries the clip's closed captions as a transcript box, under the
 * player's title and its captions button ("Video Transcript", "FLAMES AND THICK SMOKE COULD BE SEEN FOR MILES …",
 * ">> FIRE CREWS TELL ME …"), for the reader who turns it on. It is what was said on air, not the story written
 * under the player. Only a box named for the transcript inside a player's box, a few levels up: a page that is the
 * transcript of a programme sets it in no player.
 */
export function isPlayerTranscript(element: DomElement, players: ReadonlySet<DomNode>): boolean {
  if (!isTranscriptBox(element)) return false;
  let node = element.parent;
  for (let level = 0; level < TRANSCRIPT_PLAYER_LEVELS && node && isElement(node); level++, node = node.parent) {
    if (players.has(node) || isPlayerBox(node)) return true;
  }
  return false;
}
/** The transcript box sits in the player's box, or one or two wrappers down. */
const TRANSCRIPT_PLAYER_LEVELS = 3;
const TRANSCRIPT_TOKENS = new Set(['transcript', 'video-transcript', 'transcription', 'closed-captions', 'closed-caption']);

function isTranscriptBox(element: DomElement): boolean {
  for (const token of attributeTokens(element)) if (TRANSCRIPT_TOKENS.has(token)) return true;
  return false;
}

function isPlayerBox(element: DomElement): boolean {
  for (const token of attributeTokens(element)) if (PLAYER_TOKENS.has(token)) return true;
  return false;
}
/** Two sentences, as long as a picture's caption gets. */
const MAX_CLIP_CAPTION_CHARS = 250;
const CLIP_CAPTION_TAGS = new Set(['p', 'div', 'span', 'small']);

/**
 * Rule "chapter list": a podcast's or a video's page lists the episode's chapters under the player, each opened by
 * the time it starts at, set in a link or a button that moves the player there ("<li><a href="#t=190">03:10</a> – A
 * city on a lake</li>", `<button data-t="95">01:35</button>`). The list works the player, as its seek bar does; a
 * story's own timeline ("09:30 Police arrive") prints its times as text, or links them to the page's entries, not to
 * a time in the clip. Every item must open so, two at least. With the list goes its title, when the two alone fill
 * their box ("<div><p><strong>Chapters</strong></p><ul>…</ul></div>").
 */
export function chapterListBox(list: DomElement, own: TextStats | undefined): DomElement | null {
  if (!LIST_TAGS.has(list.name) || !own || own.prose > 0) return null;
  let items = 0;
  for (const item of list.children) {
    if (!isElement(item)) continue;
    if (item.name !== 'li' || !opensWithSeekControl(item)) return null;
    items++;
  }
  if (items < MIN_CHAPTERS) return null;
  const box = list.parent;
  if (!box || !isElement(box) || !CHAPTER_BOX_TAGS.has(box.name)) return list;
  const others = box.children.filter((child) => child !== list && (isElement(child) || (child.type === 'text' && !isBlank(child.data ?? ''))));
  const title = others.length === 1 && isElement(others[0]) ? others[0] : null;
  return title && isShortTitle(title) ? box : list;
}
const LIST_TAGS = new Set(['ul', 'ol']);
const CHAPTER_BOX_TAGS = new Set(['div', 'section', 'nav', 'aside']);
const MIN_CHAPTERS = 2;

/** The item's first content is a clock in a link to a time in the clip, or in a button (which a player's script works). */
function opensWithSeekControl(item: DomElement): boolean {
  for (const node of item.children) {
    if (node.type === 'text') {
      if (isBlank(node.data ?? '')) continue;
      return false;
    }
    if (!isElement(node)) continue;
    const seeks = node.name === 'button' || (node.name === 'a' && SEEK_HREF.test(node.attribs.href ?? ''))
      || Object.keys(node.attribs).some((name) => SEEK_ATTRIBUTES.has(name));
    return seeks && CLOCK.test(rawText(node).trim());
  }
  return false;
}
/** A link to a time in the clip: a media fragment (`#t=190`) or a start parameter (`?t=190`, `&start=95`). */
const SEEK_HREF = /[#?&](?:t|start|time)=\d/;
const SEEK_ATTRIBUTES = new Set(['data-t', 'data-time', 'data-seek', 'data-start', 'data-timestamp']);
const CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?$/;
/** A chapter list's title is a word or two ("Chapters", "Capítulos", "Bölümler"). */
const MAX_CHAPTER_TITLE_CHARS = 30;

function isShortTitle(title: DomElement): boolean {
  const text = normalizeSpace(rawText(title));
  return text.length > 0 && text.length <= MAX_CHAPTER_TITLE_CHARS && !/[.!?]$/.test(text);
}

/**
 * Rule "clip's duration": a video or podcast page prints the clip's length on a line of its own, under the player or
 * in the notes ("Duration: 02:45", "Süre: 03:05", "مدة الفيديو: 03:12", "Duración del vídeo: 2 min 45 s"), as the
 * player's clock does: a fact about the file, not a sentence of the story. The whole line is the label and the length:
 * a length told in minutes only under a label that names the clip, since a fact box gives a play's or a course's
 * ("Durée : 90 minutes"), which is the story's. Rule "listen button with its length": a public radio station's or a
 * podcast's template sets its audio player's button above or under the story, the verb that plays the clip and the
 * clip's length and nothing more ("Listen 4:12", "Listen • 4:12", "Écouter 3:05", "Anhören 4:12", "استمع 4:12"); where
 * the player's script is gone, the two words are all that is left of it. News sites that read their stories aloud
 * name what is read and give its length in minutes as well ("Listen to this article · 4 min", "استمع إلى المقال 4:12").
 */
export function isDurationLine(text: string): boolean {
  return CLOCK_DURATION_LINE.test(text) || WORDED_DURATION_LINE.test(text) || LISTEN_BUTTON_LINE.test(text);
}
const DURATION_WORDS = 'duration|durée|duraci[oó]n|durata|dauer|duração|süre(?:si)?|(?:ال)?مدة';
const CLIP_WORDS = "video|vidéo|v[ií]deo|clip|episode|épisode|episodio|audio|bölüm|الفيديو|المقطع|الحلقة";
const CLOCK_DURATION_LINE = new RegExp(`^(?:(?:${CLIP_WORDS})\\s+)?(?:${DURATION_WORDS})(?:\\s+(?:de la|de l['’]|del|of the|des|do|della))?(?:\\s*(?:${CLIP_WORDS}))?\\s*[:：]?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?$`, 'iu');
const LISTEN_BUTTON_LINE = new RegExp(String.raw`^(?:(?:listen|play|écouter|ecouter|anhören|escuchar|ascolta|ouvir|استمع|استمعوا)(?: now)?|${READ_ALOUD_LABEL})\s*[•·|:–—-]?\s*(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\s*(?:min|mins|minutes?|minuten|minutos?|minuti|دقائق|دقيقة)\.?)$`, 'iu');
const WORDED_DURATION_LINE = new RegExp(`^(?:(?:(?:${CLIP_WORDS})\\s+(?:${DURATION_WORDS}))|(?:(?:${DURATION_WORDS})\\s+(?:de la |de l['’]|del |of the |des |do |della )?(?:${CLIP_WORDS})))\\s*[:：]?\\s*\\d{1,3}\\s*(?:min|mn|minutes?|minutos?|minuti|minuten|dakika|dk|دقائق|دقيقة)\\.?(?:\\s*\\d{1,2}\\s*(?:s|sec|seg|sn|saniye|ثانية)\\.?)?$`, 'iu');
