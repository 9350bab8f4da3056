import type { CheerioAPI } from 'cheerio/slim';
import type { ArticleImage } from '../record';

export interface ContentContext {
  url: string | null;
  /** The headline found by the metadata stage, so the body pass can drop its repetitions. */
  title: string | null;
  /** JSON-LD articleBody, used when the main pass finds too little. */
  structuredBody: string | null;
}

export interface ExtractedContent {
  body: string;
  bodyHtml: string;
  /** Images inside the article body, with their captions. */
  images: ArticleImage[];
  method: string;
  confidence: number;
}

/** Placeholder until the content stage lands: every paragraph's text. Mutates `$`. */
export function extractContent($: CheerioAPI, context: ContentContext): ExtractedContent {
  $('script, style, noscript, nav, header, footer, form, aside').remove();
  const paragraphs = $('p')
    .map((_, el) => $(el).text().replace(/\s+/g, ' ').trim())
    .get()
    .filter((text) => text.length > 0 && text !== context.title);
  const body = paragraphs.join('\n\n');
  return {
    body,
    bodyHtml: paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join(''),
    images: [],
    method: 'paragraphs',
    confidence: paragraphs.length > 0 ? 0.5 : 0,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
