import { load } from 'cheerio/slim';
import { extractContent, type ContentContext, type ExtractedContent } from '../../../lambdas/extract/content';
import type { DomNode } from '../../../lambdas/extract/content/dom';

/** A prose paragraph long enough, and punctuated enough, to score as article text. */
export function prose(topic: string, sentences = 4): string {
  const sentence = `The ${topic} report, published on Monday, describes how the council, the residents and the engineers worked together; it also lists the costs, the delays and the next steps.`;
  return `<p>${Array.from({ length: sentences }, () => sentence).join(' ')}</p>`;
}

export function page(body: string, head = ''): string {
  return `<!doctype html><html><head><title>Page</title>${head}</head><body>${body}</body></html>`;
}

export function run(html: string, context: Partial<ContentContext> = {}): ExtractedContent {
  return extractContent(treeOf(html), { url: 'https://news.example/world/story', title: null, structuredBody: null, ...context });
}

export function treeOf(html: string): DomNode {
  return load(html).root()[0] as unknown as DomNode;
}
