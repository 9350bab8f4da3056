import { readMetadata } from '../../../lambdas/extract/metadata';
import { indexedPage } from '../../support/indexed-page';

const accessOf = (head: string, body = '<h1>Council approves the new tram line</h1>') =>
  readMetadata(indexedPage(`<html><head>${head}</head><body>${body}</body></html>`), { url: null, now: new Date('2024-06-01T12:00:00Z') }).isAccessibleForFree;
const jsonLd = (value: object) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const article = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Council approves the new tram line', datePublished: '2024-05-30' };

describe('readMetadata isAccessibleForFree', () => {
  it('is null when nothing on the page says', () => {
    expect(accessOf(jsonLd(article))).toBeNull();
    expect(accessOf('<meta property="og:type" content="article">')).toBeNull();
  });

  it('reads the JSON-LD article\'s own value, and a locked part when it states none', () => {
    expect(accessOf(jsonLd({ ...article, isAccessibleForFree: 'False' }))).toBe(false);
    expect(accessOf(jsonLd({ ...article, hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywall' } }))).toBe(false);
    expect(accessOf(jsonLd({ ...article, hasPart: [{ '@id': '#free-part' }, { '@id': '#locked-part' }] })
      + jsonLd({ '@graph': [{ '@type': 'WebPageElement', '@id': '#free-part', isAccessibleForFree: true }, { '@type': 'WebPageElement', '@id': '#locked-part', isAccessibleForFree: false }] }))).toBe(false);
  });

  it('learns nothing from a part marked free', () => {
    expect(accessOf(jsonLd({ ...article, hasPart: { '@type': 'WebPageElement', isAccessibleForFree: 'true', cssSelector: '.article' } }))).toBeNull();
  });

  it('reads the value a graph states on its WebPage, or on an article node without a headline, when the other nodes agree', () => {
    expect(accessOf(jsonLd({ '@graph': [article, { '@type': 'WebPage', name: 'Tram line', isAccessibleForFree: 'True' }] }))).toBe(true);
    expect(accessOf(jsonLd({ '@type': 'Article', dateModified: '2024-05-30', isAccessibleForFree: true }))).toBe(true);
    expect(accessOf(jsonLd({ '@graph': [article, { '@type': 'WebPage', isAccessibleForFree: true }, { '@type': 'CollectionPage', isAccessibleForFree: false }] }))).toBeNull();
  });

  it('reads schema.org\'s property as a meta tag or a microdata item property', () => {
    expect(accessOf('<meta itemprop="isAccessibleForFree" content="false">')).toBe(false);
    expect(accessOf('<meta name="isAccessibleForFree" content="True">')).toBe(true);
    expect(accessOf('', '<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Tram</h1><link itemprop="isAccessibleForFree" href="https://schema.org/False"></article>')).toBe(false);
  });

  it('reads the content tier: free is free, locked and metered are not, a tier of the site\'s own says nothing', () => {
    expect(accessOf('<meta property="article:content_tier" content="free">')).toBe(true);
    expect(accessOf('<meta property="article:content_tier" content="locked">')).toBe(false);
    expect(accessOf('<meta property="article:content_tier" content="metered">')).toBe(false);
    expect(accessOf('<meta property="article:content_tier" content="archive">')).toBeNull();
  });

  it('reads a paywall notice the page shows in a box its template names for the paywall, when nothing is declared', () => {
    const page = (box: string) => `<main><h1>Sécheresse : les nappes au plus bas</h1><p>Les chiffres sont sans appel.</p>${box}</main>`;
    expect(accessOf('', page('<span class="article__premium">Article réservé à nos abonnés</span>'))).toBe(false);
    expect(accessOf('', page('<div class="paywall"><p>Il vous reste 62.4% de cet article à lire.</p><a href="/abo">S\'abonner</a></div>'))).toBe(false);
    expect(accessOf('', page('<div id="regwall">Subscribe to continue reading. Already a subscriber? Sign in</div>'))).toBe(false);
    expect(accessOf('', page('<section class="abo-teaser">Dieser Artikel ist nur für Abonnenten</section>'))).toBe(false);
    expect(accessOf('', page('<div class="Paywall_root"><p>Dieser Artikel ist Abonnentinnen und Abonnenten vorbehalten.</p><a href="/abo">Abo abschliessen</a></div>'))).toBe(false);
    // A declaration stands over the page.
    expect(accessOf('<meta property="article:content_tier" content="free">', page('<span class="premium">Réservé aux abonnés</span>'))).toBe(true);
  });

  it.each([
    ['<div class="paywall-box" id="paywall"><h3>Tento článok je dostupný len pre predplatiteľov</h3></div>'],
    ['<div class="premium-lock">Článek je dostupný pouze pro předplatitele.</div>'],
    ['<div class="paywall">Artykuł dostępny tylko dla prenumeratorów</div>'],
    ['<div class="paywall">Ez a cikk csak előfizetőknek érhető el.</div>'],
    ['<div class="paywall">Denne artikel er kun for abonnenter</div>'],
    ['<div class="paywall">Artikeln är endast för prenumeranter</div>'],
    ['<div class="paywall">Tämä artikkeli on vain tilaajille</div>'],
    ['<div class="paywall">Материал доступен только для подписчиков</div>'],
    ['<div class="paywall">Матеріал доступний лише для передплатників</div>'],
  ])('reads the Central European, Nordic or East Slavic paywall notice %s', (box) => {
    expect(accessOf('', `<main><h1>Title</h1><p>Text.</p>${box}</main>`)).toBe(false);
  });

  it('reads the notice Ghost ends a members\' post with, in its box named for the upgrade (rule "upgrade box"), and no upgrade box that sells something else', () => {
    const page = (box: string) => `<main><article><h1>El tranvía acumula 14 meses de retraso</h1><section class="gh-content"><p>Los informes dicen otra cosa.</p>${box}</section></article></main>`;
    expect(accessOf('', page('<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content"><h2>Este artículo es solo para socios de pago</h2><a class="gh-btn" href="#/portal/signup">Hazte socio</a></div></aside>'))).toBe(false);
    expect(accessOf('', page('<aside class="gh-post-upgrade-cta"><h2>This post is for paying subscribers only</h2><a href="#/portal/signup">Subscribe now</a></aside>'))).toBe(false);
    expect(accessOf('', page('<div class="upgrade-banner">Upgrade your plan for ad-free reading</div>'))).toBeNull();
  });

  it('reads no paywall from a subscription box that says what subscribers get rather than that the text is theirs', () => {
    expect(accessOf('', '<main><h1>Title</h1><p>Text.</p><div class="abonnement-promo">Fordele for abonnenter: e-avis og podcast</div></main>')).toBeNull();
  });

  it('reads no paywall from a newsletter box, a hidden template, a teaser\'s badge or a notice in no paywall box', () => {
    const page = (box: string) => `<main><h1>Council approves the new tram line</h1><p>The vote was close.</p>${box}</main>`;
    expect(accessOf('', page('<div class="newsletter-subscribe">Subscribe to our newsletter for the morning briefing</div>'))).toBeNull();
    expect(accessOf('', page('<section class="suscription-false" style="display:none"><p>El contenido es exclusivo para suscriptores.</p></section>'))).toBeNull();
    expect(accessOf('', page('<aside class="related"><ul><li><span class="premium">Subscribers only</span> Tram budget doubles</li></ul></aside>'))).toBeNull();
    expect(accessOf('', page('<a href="/tram-budget"><span class="premium-badge">Subscribers only</span> Tram budget doubles</a>'))).toBeNull();
    expect(accessOf('', page('<p>The council says the new timetable is reserved for subscribers of the season ticket.</p>'))).toBeNull();
  });

  it('never overrides an explicit JSON-LD value with the tags', () => {
    expect(accessOf(jsonLd({ ...article, isAccessibleForFree: true }) + '<meta property="article:content_tier" content="locked">')).toBe(true);
    expect(accessOf(jsonLd({ ...article, isAccessibleForFree: true, hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false } }))).toBe(true);
    expect(accessOf(jsonLd({ ...article, isAccessibleForFree: false }) + '<meta itemprop="isAccessibleForFree" content="true">')).toBe(false);
  });
});
