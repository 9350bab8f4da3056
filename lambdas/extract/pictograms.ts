/**
 * Rule "pictogram file": older portals draw the glyphs of the date row and the article's tools as small pictures, each
 * file named for what it shows and nothing else (`/images/eye.gif` before the view count, `comment.gif` before the
 * number of comments, `clock.gif` before the time, `print.png`), at most with an icon prefix (`ico_eye.gif`). A
 * photo's file names its subject, a date or a number, never a glyph's word alone, and is no GIF or PNG of that name.
 * The body stage drops such a picture as decoration and the counters read the count printed after an eye or a
 * speech bubble; a module of its own, with no imports, so that both stages read one list.
 *
 * ```ts
 * pictogramOf('https://portal.example/images/ico_eye.gif?v=2'); // 'views'
 * pictogramOf('https://portal.example/uploads/eye.jpg'); // null
 * ```
 */

/** What a glyph's picture stands for: a counter's sign, or a tool's or a date row's. */
export type Pictogram = 'views' | 'comments' | 'other';

const GLYPH_WORDS: Record<Pictogram, string> = {
  views: 'eye|views?|hits',
  comments: 'comments?|bubble',
  other: 'clock|calendar|print|printer|mail|email|user|share|search|rss|arrow|bullet',
};

const PICTOGRAM_FILE = new RegExp(
  String.raw`(?:^|/)(?:(?:ico|icon)[_-]?)?(?:(?<views>${GLYPH_WORDS.views})|(?<comments>${GLYPH_WORDS.comments})|${GLYPH_WORDS.other})\.(?:gif|png|svg)$`,
  'i',
);

/** The glyph the picture at `src` is named for, or null when its file is named anything else. */
export function pictogramOf(src: string): Pictogram | null {
  const match = PICTOGRAM_FILE.exec(src.replace(/[?#].*$/, ''));
  if (!match) return null;
  return match.groups?.views ? 'views' : match.groups?.comments ? 'comments' : 'other';
}
