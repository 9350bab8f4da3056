/**
 * Whether the article is free to read (`isAccessibleForFree`): what the JSON-LD says, else what the page's meta tags
 * and microdata say, else a paywall notice the page shows. Null when nothing says: a page without paywall markup may
 * be free or not.
 */
import type { Element } from 'domhandler';
import type { MetaTags } from './meta-tags';
import { containsAnyPattern, containsPattern, type IndexedPage, isHidden } from './regions';

/** The JSON-LD value (the article's own, its locked part, or the page's other nodes) stands; then the tags; then the page. */
export function readAccess(declaredInJsonLd: boolean | null, tags: MetaTags, page: IndexedPage): boolean | null {
  return declaredInJsonLd ?? microdataAccess(tags) ?? contentTierAccess(tags) ?? (showsPaywallNotice(page) ? false : null);
}

/**
 * Rule "paywall notice": a site that declares nothing still tells the reader the article is locked, in a box its
 * template names for the paywall or the subscription ("paywall", "article__premium", "abo-teaser") and in words that
 * say the text is for subscribers ("Article réservé à nos abonnés", "Il vous reste 62 % de cet article à lire",
 * "Subscribe to continue reading"). Both are asked for: newsletter boxes are named for subscriptions too, and a
 * teaser card's "for subscribers" badge in a list of other stories, or a link, labels another article. A notice the
 * markup hides is the template's, which a script shows only to some readers.
 */
function showsPaywallNotice(page: IndexedPage): boolean {
  const { elements, visibleChars } = page.walk;
  const classes = page.attributeOfAll('class');
  const ids = page.attributeOfAll('id');
  for (let index = 0; index < elements.length; index++) {
    if (visibleChars[index] === 0 || visibleChars[index] > MAX_NOTICE_CHARS) continue;
    if (!containsPattern(classes[index], PAYWALL_BOX) && !containsPattern(ids[index], PAYWALL_BOX)) continue;
    const element = elements[index];
    const text = page.shortTextAt(index, MAX_NOTICE_CHARS);
    if (text && PAYWALL_NOTICE.test(text) && !inLink(element) && !isHidden(element) && !page.isAnotherItemsRegion(element)) return true;
  }
  return false;
}
const MAX_NOTICE_CHARS = 300;
/**
 * Rule "upgrade box": Ghost, the newsletter platform, sets the notice that ends a members' post in a box named for the
 * upgrade to a paid tier (`<aside class="gh-post-upgrade-cta">` "This post is for paying subscribers only", "Este
 * artículo es solo para socios de pago"); the notice's words are asked for as in every other box.
 */
const PAYWALL_BOX = containsAnyPattern(['paywall', 'premium', 'abonn', 'abo-', 'subscri', 'suscri', 'assinant', 'regwall', 'locked', 'restricted', 'plus-content', 'exclusive', 'meter', 'upgrade']);
/**
 * Rule "meter notice": a metered paywall lets a reader open a few articles a month and counts them down in a banner
 * ("Il vous reste 2 articles gratuits ce mois-ci", "You have 3 free articles left this month"), its box named for
 * the meter (`meter-banner`, `tp-meter`). The page then carries no paywall markup, yet the article is sold as
 * metered, which counts as not free (see rule "content tier").
 */
const METER_NOTICE = [
  String.raw`you have \d+ free (?:articles?|stories) (?:left|remaining)`, String.raw`you(?:'|’)ve read \d+ of (?:your )?\d+ free (?:articles|stories)`,
  String.raw`il vous reste \d+ articles? gratuits?`, String.raw`vous avez lu \d+ (?:de vos|articles? gratuits? sur) \d+`,
  String.raw`noch \d+ (?:kostenlose|freie|gratis) artikel`, String.raw`te quedan? \d+ (?:artículos|noticias) gratis`,
  String.raw`ti rimangono \d+ articoli gratuiti|ti restano \d+ articoli gratuiti`, String.raw`você tem \d+ (?:matérias|artigos|reportagens) gr[aá]tis`,
];

/**
 * The text is for subscribers, or the rest of it is, in the languages the pipeline ingests most: Western European
 * (German also as Swiss papers word it, "Dieser Artikel ist Abonnentinnen und Abonnenten vorbehalten"),
 * Arabic, and the Central European, Nordic and East Slavic forms ("Tento článok je dostupný len pre predplatiteľov",
 * "pouze pro předplatitele", "tylko dla prenumeratorów", "csak előfizetőknek", "kun for abonnenter", "endast för
 * prenumeranter", "vain tilaajille", "только для подписчиков", "лише для передплатників").
 */
const PAYWALL_NOTICE = new RegExp([
  String.raw`(?:reserved|available|exclusive) (?:only )?(?:to|for) (?:our )?(?:subscribers|members)`, String.raw`subscribers[- ]only`,
  String.raw`subscribe (?:now )?to (?:continue|keep) reading`, String.raw`to (?:continue|keep) reading,? (?:please )?(?:subscribe|sign in|log in)`,
  String.raw`réservée? (?:à nos|aux) abonnés`, String.raw`il vous reste \d+(?:[.,]\d+)? ?% de cet article`,
  String.raw`(?:nur|exklusiv) für (?:abonnenten|abonnentinnen|abonnent:innen|\S+-?abonnenten)`, String.raw`(?:jetzt )?(?:abonnieren|abo abschließen) und weiterlesen`,
  String.raw`(?:abonnenten|abonnentinnen(?: und abonnenten)?|abonnent:innen) vorbehalten`,
  String.raw`(?:exclusivo|reservado|solo|sólo) para (?:suscriptores|socios|miembros|assinantes)`, String.raw`suscríbete para (?:seguir|continuar) leyendo`,
  String.raw`assine para (?:continuar|seguir) lendo`, String.raw`riservat[oa] agli abbonati`, String.raw`alleen voor abonnees`,
  String.raw`(?:حصري|متاح) للمشتركين|للمشتركين فقط`,
  String.raw`(?:len|iba) pre predplatiteľov`, String.raw`(?:pouze|jen) pro předplatitele`, String.raw`(?:tylko|wyłącznie) dla (?:prenumeratorów|subskrybentów)`,
  String.raw`csak előfizetők(?:nek| számára)`, String.raw`(?:kun|bare|eksklusivt|er) for abonnenter`, String.raw`(?:endast|bara|exklusivt|är) för prenumeranter`,
  String.raw`vain tilaajille`, String.raw`только для (?:подписчиков|подписчиц)`, String.raw`(?:лише|тільки) для (?:передплатників|підписників)`,
  // Rule "paywall notice, in Japanese": "この記事は有料会員限定です" (this article is for paying members only), "有料会員
  // 専用", and the "会員限定記事" (members-only article) papers put over the sign-up buttons.
  String.raw`(?:有料)?会員(?:限定|専用)(?:記事|です|の記事)|有料会員(?:限定|専用)`,
  ...METER_NOTICE,
].join('|'), 'iu');

function inLink(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parent?.type === 'tag' ? node.parent as Element : null) if (node.name === 'a') return true;
  return false;
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
