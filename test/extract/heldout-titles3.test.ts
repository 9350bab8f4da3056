/**
 * Held-out audit of titles, round 3: hand-written pages where a site name, a section label or another story's heading
 * stood in for the page's own headline. A magazine whose logo h1, og:title and <title> all name the site while the
 * story's headline is a block styled as a title (German, Arabic); og:title filled with the section's name above an h1
 * that is the headline (Spanish, Arabic), og:title copying a <title> that names only the site and its tagline or
 * section (English, German); a logo h1 and a <title> naming only the site over an h2 heading the <article> (Turkish);
 * a sidebar widget's entry-title beside the article's h1, with a social og:title that shares one word with it
 * (French); a WordPress <title> "Post « Blog" mirrored as "Blog » Post" in a meta title, over an h1 that runs on from
 * the post's name (German); a "more stories" row of linked entry titles under the article, beside a social og:title
 * sharing one word with the h1 (Italian). Each page states the headline a reader sees, read with and without the
 * page's URL (the URL adds the host as a site name).
 */
import { heldoutPageReader } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-titles3');

const pages: Array<[page: string, url: string, headline: string]> = [
  ['magazine-logo-title-block', 'https://nordmagazin.example/stories/ebbe-und-flut/', 'Zwischen Ebbe und Flut'],
  ['ar-logo-title-block', 'https://alwaha-mag.example/travel/2025/10/harvest', 'رحلة إلى قرى الجبل في موسم الحصاد'],
  ['og-section-label-es', 'https://diariodelvalle.example/deportes/final-de-copa', 'El club del pueblo gana la final de copa ante su eterno rival'],
  ['ar-og-section-label', 'https://alsahil.example/sport/2025/10/14/cup-final', 'نادي المدينة يفوز بنهائي الكأس بعد مباراة مثيرة'],
  ['sidebar-entry-title-fr', 'https://echo-des-iles.example/2025/10/14/tarifs-traversees/',
    'Les tarifs des traversées vers l’île augmentent de dix pour cent'],
  ['guillemet-mirror-title-de', 'https://gartenfreunde-nord.example/glossar/k/', 'Glossar – K'],
  ['og-copies-home-title-en', 'https://millbrookgazette.example/news/mill-bridge-reopens', 'Old mill bridge reopens to traffic after two years of repairs'],
  ['section-site-title-de', 'https://lahnbote.example/lokales/fussgaengerbruecke-eroeffnet',
    'Neue Fußgängerbrücke über die Lahn nach zwei Jahren Bauzeit eröffnet'],
  ['site-only-title-article-h2-tr', 'https://vadipostasi.example/gundem/yeni-kopru-acildi',
    'Nehir üzerindeki yeni köprü iki yıllık çalışmanın ardından açıldı'],
  ['teaser-cards-after-h1-it', 'https://vocedellisola.example/2025/10/14/traghetti-tariffe/',
    'Biglietti dei traghetti per l’isola più cari del dieci per cento'],
];

describe.each(pages)('%s', (page, url, headline) => {
  it('reads the headline without the page URL', () => {
    expect(extractPage(page, null).title).toBe(headline);
  });

  it('reads the headline with the page URL', () => {
    expect(extractPage(page, url).title).toBe(headline);
  });
});

describe('the story under a site-only title', () => {
  it('does not repeat the headline as the first paragraph', () => {
    const record = extractPage('magazine-logo-title-block', null);
    expect(record.body.startsWith('Wer an einem klaren Morgen auf den Deich steigt')).toBe(true);
  });

  it('does not repeat an article’s h2 headline under a site-only title as the first paragraph', () => {
    const record = extractPage('site-only-title-article-h2-tr', null);
    expect(record.body.startsWith('Nehrin iki yakasını birleştiren yeni köprü')).toBe(true);
  });

  it('reads the Arabic story right to left', () => {
    const record = extractPage('ar-logo-title-block', null);
    expect(record.direction).toBe('rtl');
    expect(record.body.startsWith('في الصباح الباكر يخرج أهل القرية')).toBe(true);
  });
});
