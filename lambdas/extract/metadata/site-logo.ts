/** The site's logo set as a heading, which the page's headline and the readers that look under it skip. */
import type { Element } from 'domhandler';

/**
 * A heading that is the site's logo rather than the article's headline: it links to the site's home page or sits in
 * such a link, or the theme marks it as the logo or site title (`rel="home"`, class or id "logo", "site-title",
 * "site-name", "brand").
 * Older themes wrap the site name in the page's only h1 and put the headline in an h2.
 */
export function isSiteLogo(heading: Element): boolean {
  if (isInHomeLink(heading)) return true;
  const stack: Element[] = [heading];
  while (stack.length > 0) {
    const element = stack.pop()!;
    const { class: classes = '', id = '', rel = '', href } = element.attribs;
    const marked = LOGO_MARK.test(classes) || LOGO_MARK.test(id) || /\bhome\b/i.test(rel);
    if ((element === heading || element.name === 'a') && marked) return true;
    if (element.name === 'a' && href !== undefined && HOME_HREF.test(href.trim())) return true;
    for (const child of element.children) if (child.type === 'tag') stack.push(child as Element);
  }
  return false;
}
const LOGO_MARK = /logo|site-?title|site-?name|brand/i;

/** The heading sits in a link home (`<a href="/"><h1><svg aria-label="Site">…</svg></h1></a>`), as HTML lets a link hold blocks. */
function isInHomeLink(heading: Element): boolean {
  let ancestor = heading.parent;
  for (let depth = 0; ancestor && ancestor.type === 'tag' && depth < MAX_LINK_DEPTH; depth++, ancestor = ancestor.parent) {
    const { name, attribs } = ancestor as Element;
    if (name === 'a') return attribs.href !== undefined && HOME_HREF.test(attribs.href.trim());
  }
  return false;
}
/** The link wraps the heading itself or one box around it. */
const MAX_LINK_DEPTH = 2;
/** "/", "./", "index.html", "https://www.example.com/", and the same behind an archive prefix ("…/http://example.com/"). */
const HOME_HREF = /^(?:\.?\/|\.?\/?index\.\w+|(?:.*\/)?(?:https?:)?\/\/[^/?#]+\/?)$/i;
