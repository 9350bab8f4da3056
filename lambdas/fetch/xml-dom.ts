/**
 * Thin helpers over cheerio's XML mode that match elements by local name, so `news:title`, `n:title` and an
 * unprefixed default-namespace `title` are all found without caring which prefix a publisher chose.
 *
 * htmlparser2 does not process DTDs, so entity-expansion bombs ("billion laughs") are inert here.
 */
import { load, type CheerioAPI } from 'cheerio/slim';

export type XmlElements = ReturnType<ReturnType<CheerioAPI['root']>['children']>;

export function loadXml(text: string): XmlElements {
  return load(text, { xml: true }).root().children();
}

export function localName(qualifiedName: string): string {
  const colon = qualifiedName.indexOf(':');
  return (colon >= 0 ? qualifiedName.slice(colon + 1) : qualifiedName).toLowerCase();
}

/** Child elements of `parent` whose local name is `name`. */
export function childrenNamed(parent: XmlElements, name: string): XmlElements {
  return parent.children().filter((_, element) => localName(element.tagName) === name);
}

/** Trimmed text of the first child named `name`, or undefined if there is none or it is empty. */
export function childText(parent: XmlElements, name: string): string | undefined {
  const text = childrenNamed(parent, name).first().text().trim();
  return text === '' ? undefined : text;
}
