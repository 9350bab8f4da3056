/**
 * What the author cleaning knows of the page besides its credits: the site's own names, the editors it credits, its
 * visible texts and its language.
 */

export interface AuthorContext {
  siteName: string | null;
  publisher: string | null;
  host: string | null;
  /** Names the page credits as its editors: a declared author among them is the editor who published the piece. */
  editors?: () => string[];
  /** The page's visible text, and its short lines (each element's own), read only when a name needs completing. */
  pageTexts?: () => { readonly text: string; readonly lines: string[] };
  /** The sections the page declares its article under (meta tags, JSON-LD's articleSection). */
  sections?: () => string[];
  /** The page declares Japanese, whose bylines set the family name apart from the given name ("佐藤 花子"). */
  japanese?: boolean;
  /** The page declares Romanian, whose bylines open with "De" (by), a word other languages' surnames open with. */
  romanian?: boolean;
  /** The page's declared language (a BCP 47 tag), whose national agency its bylines may credit as a word ("Hina"). */
  language?: string | null;
}
