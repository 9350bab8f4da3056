/**
 * Ways to take one kind of evidence away from a page, so the benchmark can score what the engine still finds
 * without it. Pages we have not seen often lack what the dev corpus offers: no JSON-LD or meta tags, class names
 * no vocabulary knows, `<time>` without a machine date. Each ablation works on the decoded HTML text and edits only
 * inside start tags or removes whole elements, so the text a reader sees is unchanged.
 */

export const ABLATIONS = {
  /** JSON-LD, `<meta>` (except the charset declaration) and microdata/RDFa attributes: only what is shown remains. */
  nometa: withoutMetadata,
  /** The `datetime` of every `<time>`: datelines remain only as the words and digits a reader sees. */
  notime: withoutTimeDatetimes,
  /** Every class and id token replaced by a meaningless one, consistently within the page: structure without vocabulary. */
  noclass: withMeaninglessClassNames,
  /** The `<title>` element. */
  notitle: withoutTitleElement,
  /** Every `lang` and `xml:lang` attribute. */
  nolang: withoutLanguageAttributes,
} satisfies Record<string, (html: string) => string>;

export type Ablation = keyof typeof ABLATIONS;

export function isAblation(name: string): name is Ablation {
  return Object.hasOwn(ABLATIONS, name);
}

/** Applies the ablations in the order given. */
export function ablate(html: string, ablations: readonly Ablation[]): string {
  return ablations.reduce((page, ablation) => ABLATIONS[ablation](page), html);
}

const JSON_LD_SCRIPT = /<script\b[^>]*application\/ld\+json[^>]*>[\s\S]*?<\/script\s*>/gi;
const META_ELEMENT = /<meta\b[^>]*>/gi;
/** A meta element that declares the charset, which the decoder needs and a reader never sees. */
const CHARSET_DECLARATION = /\bcharset\s*=|http-equiv\s*=\s*["']?content-type/i;
const TITLE_ELEMENT = /<title\b[^>]*>[\s\S]*?<\/title\s*>/gi;
/** A start tag; a `>` inside a quoted attribute value ends it early, which only leaves that tag unedited. */
const START_TAG = /<[a-zA-Z][^>]*>/g;

const METADATA_ATTRIBUTES = attributesPattern(['itemprop', 'itemscope', 'itemtype', 'property', 'typeof', 'vocab']);
const DATETIME_ATTRIBUTE = attributesPattern(['datetime']);
const LANGUAGE_ATTRIBUTES = attributesPattern(['lang', 'xml:lang']);

function withoutMetadata(html: string): string {
  const stripped = html.replace(JSON_LD_SCRIPT, '').replace(META_ELEMENT, (meta) => (CHARSET_DECLARATION.test(meta) ? meta : ''));
  return stripped.replace(START_TAG, (tag) => tag.replace(METADATA_ATTRIBUTES, ''));
}

function withoutTimeDatetimes(html: string): string {
  return html.replace(START_TAG, (tag) => (/^<time\b/i.test(tag) ? tag.replace(DATETIME_ATTRIBUTE, '') : tag));
}

function withoutTitleElement(html: string): string {
  return html.replace(TITLE_ELEMENT, '');
}

function withoutLanguageAttributes(html: string): string {
  return html.replace(START_TAG, (tag) => tag.replace(LANGUAGE_ATTRIBUTES, ''));
}

function withMeaninglessClassNames(html: string): string {
  const replacements = new Map<string, string>();
  const meaningless = (token: string): string => {
    let replacement = replacements.get(token);
    if (replacement === undefined) {
      replacement = `k${replacements.size.toString(36)}`;
      replacements.set(token, replacement);
    }
    return replacement;
  };
  return html.replace(START_TAG, (tag) =>
    tag.replace(/(\s(?:class|id)\s*=\s*)(?:"([^"]*)"|'([^']*)')/gi, (_attribute, name: string, doubleQuoted?: string, singleQuoted?: string) => {
      const tokens = (doubleQuoted ?? singleQuoted ?? '').split(/\s+/).filter(Boolean);
      return `${name}"${tokens.map(meaningless).join(' ')}"`;
    }),
  );
}

/** Any of the named attributes, with or without a value, as it stands inside a start tag. */
function attributesPattern(names: readonly string[]): RegExp {
  return new RegExp(`\\s(?:${names.join('|')})(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s>]+))?(?=[\\s/>])`, 'gi');
}
