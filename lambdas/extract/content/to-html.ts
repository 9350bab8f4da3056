/**
 * Sanitized minimal HTML from the block list. Nothing from the page is copied as markup: every tag here is
 * written by this function, text is escaped, and links were filtered to http/https/mailto when blocks were built,
 * so scripts, styles, event-handler attributes and javascript:/data: URLs cannot appear.
 */
import { type Block, escapeAttribute, escapeHtml, joinLines, type TextBlock } from './blocks';

export function blocksToHtml(blocks: Block[]): string {
  const out: string[] = [];
  let openList: { id: number; tag: 'ul' | 'ol' } | null = null;
  let quoteOpen = false;

  const closeList = () => {
    if (openList) out.push(`</${openList.tag}>`);
    openList = null;
  };
  const setQuote = (quoted: boolean) => {
    if (quoted === quoteOpen) return;
    closeList();
    out.push(quoted ? '<blockquote>' : '</blockquote>');
    quoteOpen = quoted;
  };

  for (const block of joinLines(blocks)) {
    if (block.kind === 'figure') {
      closeList();
      setQuote(false);
      const { url, alt, caption } = block.image;
      const captionHtml = caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : '';
      out.push(`<figure><img src="${escapeAttribute(url)}" alt="${escapeAttribute(alt ?? '')}">${captionHtml}</figure>`);
      continue;
    }
    setQuote(block.quoted);
    if (block.kind === 'li' && block.list) {
      const tag = block.list.ordered ? 'ol' : 'ul';
      if (!openList || openList.id !== block.list.id) {
        closeList();
        out.push(`<${tag}>`);
        openList = { id: block.list.id, tag };
      }
      out.push(`<li>${block.html}</li>`);
      continue;
    }
    closeList();
    out.push(renderTextBlock(block));
  }
  closeList();
  setQuote(false);
  return out.join('');
}

function renderTextBlock(block: TextBlock): string {
  switch (block.kind) {
    case 'h2':
    case 'h3':
    case 'h4':
      return `<${block.kind}>${block.html}</${block.kind}>`;
    case 'pre':
      return `<pre>${block.preformatted?.html ?? block.html}</pre>`;
    default:
      return `<p>${block.html}</p>`;
  }
}
