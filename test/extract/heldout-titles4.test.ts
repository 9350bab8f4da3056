/**
 * Held-out audit of titles, round 4: hand-written pages that declare nothing (no og:title, no JSON-LD) and whose class
 * names are the site's own shorthand, so the headline has to be read from <title>, the headings and the page's
 * layout alone. A crumb h1 ending the breadcrumb trail over the headline set under it (German), and a crumb h1 whose
 * first heading below stands after the dek, heading a section of the text (Dutch); an h1 that puts a section kicker
 * before the headline that <title> prints alone (Arabic), with the headline in a paywall badge after "Topic:"
 * (French), and an h1 that opens with a quotation and goes on in lower case, one sentence (English); the site's
 * logo set as an h2 in the masthead (Spanish); the headline printed as two h1s for small and large screens beside a
 * "next story" h1 under a <title> naming only the site (Turkish); the site's name glued to the end of the h1 (Italian);
 * no heading at all, with <title> putting a section label before the headline the page shows as a block (German); a
 * headline set in two headings, the first ending on its colon (English); the article in a frame whose class says it
 * has no sidebar, beside a newsletter box headed by an h1 (Portuguese); the site's name set as a plain h2 above an h1
 * that <title> puts before it (Arabic); a blog's date header as the first h2 of a page without an h1 (English). Each
 * page states the headline a reader sees, read with and without the page's URL (the URL adds the host as a site name).
 */
import { heldoutPageReader } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-titles4');

const pages: Array<[page: string, url: string, headline: string]> = [
  ['trail-crumb-heading-de', 'https://elbufer-anzeiger.example/lokales/neue-buslinie-ringverkehr', 'Ein Bus für alle Viertel am Fluss'],
  ['trail-section-heading-nl', 'https://polderpost.example/werk/zieke-kinderen-thuis', 'Zieke kinderen thuis: wat werkgevers moeten weten'],
  ['ar-kicker-before-title', 'https://alwaha-news.example/economy/2025/10/14/bread-prices', 'ارتفاع أسعار الخبز في أسواق المدينة القديمة'],
  ['badge-after-topic-fr', 'https://courrierdulac.example/culture/festival-du-livre',
    'Le festival du livre de Montreuil-sur-Lac accueille trente éditeurs indépendants'],
  ['quoted-lead-en', 'https://harbourledger.example/news/ring-road-delay',
    '‘Not one more delay’: residents demand answers over the delayed ring road'],
  ['logo-h2-masthead-es', 'https://cronicadelsur.example/ciudad/mil-arboles',
    'El ayuntamiento aprueba un plan para plantar mil árboles en los barrios del sur'],
  ['twin-h1-tr', 'https://vadidergisi.example/bilim/gol-kiyisi-kuslar', 'Göl kıyısındaki kuşları sayan gönüllüler'],
  ['site-name-in-h1-it', 'https://gazzettadelgolfo.example/cronaca/porto-riapre', 'Il porto turistico riapre dopo tre mesi di lavori'],
  ['label-colon-shown-de', 'https://spielwiese.example/vorschau/inselbahn', 'Die Inselbahn im ersten Test'],
  ['colon-broken-headline-en', 'https://tidewaterjournal.example/night-ferry', "The Night Ferry Project: Rebuilding the harbour's oldest route"],
  ['frame-without-sidebar-pt', 'https://jornaldaribeira.example/regiao/mercado-do-peixe', 'Pescadores da vila recuperam o antigo mercado do peixe'],
  ['ar-masthead-h2-long-h1', 'https://alnakheel.example/local/2025/10/14/library', 'افتتاح مكتبة عامة جديدة في حي الميناء بعد عامين من العمل'],
  ['date-header-h2-en', 'https://engineering.lanternworks.example/2025/03/smaller-downloads', 'Smaller downloads: how we cut our app updates by half'],
];

describe.each(pages)('%s', (page, url, headline) => {
  it('reads the headline without the page URL', () => {
    expect(extractPage(page, null).title).toBe(headline);
  });

  it('reads the headline with the page URL', () => {
    expect(extractPage(page, url).title).toBe(headline);
  });
});

describe('pages read from their layout alone', () => {
  it('keeps the text under the trail, headline and sections, in the body', () => {
    const record = extractPage('trail-crumb-heading-de', null);
    expect(record.body.startsWith('Nach einer langen Sitzung hat der Stadtrat')).toBe(true);
    expect(record.authors).toEqual(['Henrike Albers']);
  });

  it('keeps a section heading below the dek as a heading of the text', () => {
    const record = extractPage('trail-section-heading-nl', null);
    expect(record.body).toContain('Mag je je werk zomaar verlaten?');
  });

  it('reads the Arabic story right to left', () => {
    const record = extractPage('ar-kicker-before-title', null);
    expect(record.direction).toBe('rtl');
    expect(record.body.startsWith('ارتفعت أسعار الخبز في أسواق المدينة القديمة')).toBe(true);
  });

  it('reads the byline inside a frame classed as having no sidebar', () => {
    const record = extractPage('frame-without-sidebar-pt', null);
    expect(record.authors).toEqual(['Inês Carvalho']);
  });

  it('does not take the masthead logo for the headline or the site for a byline', () => {
    const record = extractPage('logo-h2-masthead-es', null);
    expect(record.authors).toEqual(['Andrés Molina']);
  });
});
