/**
 * Whether the article is free to read (`isAccessibleForFree`): what the JSON-LD says, else what the page's meta tags
 * and microdata say. Null when nothing says: a page without paywall markup may be free or not.
 */
import type { MetaTags } from './meta-tags';

/** The JSON-LD value (the article's own, its locked part, or the page's other nodes) stands; then the tags. */
export function readAccess(declaredInJsonLd: boolean | null, tags: MetaTags): boolean | null {
  return declaredInJsonLd ?? microdataAccess(tags) ?? contentTierAccess(tags);
}

/**
 * Rule "microdata access": schema.org's property written as a meta tag or a microdata item property
 * (`<meta itemprop="isAccessibleForFree" content="false">`, `<meta name="isAccessibleForFree" content="True">`), the
 * form publishers without JSON-LD use for the same paywall markup. Its value may be the schema.org URL of the boolean.
 */
function microdataAccess(tags: MetaTags): boolean | null {
  for (const value of tags.all('isaccessibleforfree', 'itemprop:isaccessibleforfree')) {
    const match = SCHEMA_BOOLEAN.exec(value.trim());
    if (match) return match[1].toLowerCase() === 'true';
  }
  return null;
}
const SCHEMA_BOOLEAN = /^(?:https?:\/\/schema\.org\/)?(true|false)$/i;

/**
 * Rule "content tier": OpenGraph's `article:content_tier` says how the site sells the article: `free`, `locked`
 * (subscribers only) or `metered`. A metered article is read free only until the reader's monthly allowance runs out;
 * publishers that meter mark the same pages `isAccessibleForFree: false` in their JSON-LD (as Google asks of metered
 * paywalls), so metered counts as not free. Other values ("archive", a site's own tier names) say nothing certain.
 */
function contentTierAccess(tags: MetaTags): boolean | null {
  const tier = tags.first('article:content_tier')?.toLowerCase();
  if (tier === 'free') return true;
  if (tier === 'locked' || tier === 'metered') return false;
  return null;
}
