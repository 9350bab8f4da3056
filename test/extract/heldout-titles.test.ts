/**
 * Held-out audit of titles: small hand-written pages that wrap the headline the ways real sites do (site names
 * before or after it behind every kind of separator, taglines and section segments, kickers inside the h1, social
 * rewrites of og:title, a JSON-LD headline cut at its length limit, logo headings, AMP, headlines that hold a colon,
 * a dash or a pipe themselves, quotes, Arabic, Hebrew, Chinese and Japanese titles). Each page states the headline a
 * reader sees, read with and without the page's URL (the URL adds the host as a site name).
 */
import { heldoutPageReader } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-titles');

const pages: Array<[page: string, url: string, headline: string]> = [
  ['pipe-suffix-no-sitename', 'https://courier.example/news/123', 'Council approves riverside housing plan after long debate'],
  ['dash-prefix-sitename', 'https://valleycourier.example/a/1', 'Council approves riverside housing plan after long debate'],
  ['tagline-suffix', 'https://valleypost.example/n/2', 'Bridge repairs to close main road for six weeks'],
  ['section-segments', 'https://courier.example/politics/3', 'Mayor resigns over expenses row'],
  ['kicker-span', 'https://echo.example/4', 'Hospital waiting lists hit record high'],
  ['small-overline', 'https://echo.example/5', 'Hospital waiting lists hit record high'],
  ['video-suffix', 'https://coastline.example/6', 'Storm brings down trees across the county (Video)'],
  ['social-rewrite', 'https://islandherald.example/7', 'Ferry fares to rise by ten percent in April'],
  ['jsonld-truncated', 'https://metrowire.example/8',
    'Regional rail operator confirms new timetable with later trains on weekends and extra services to the coast during summer months'],
  ['logo-h1-h2', 'https://hilltop.example/9', 'Library to open on Sundays from next month'],
  ['two-h1', 'https://hilltop.example/10', 'Library to open on Sundays from next month'],
  ['div-headline-only', 'https://ruralvoice.example/11', 'Farmers protest over water prices outside parliament'],
  ['amp-page', 'https://midland.example/amp/12', 'Schools to get new heating systems before winter'],
  ['title-sitename-only', 'https://riverside.example/13', 'Volunteers clean up two miles of riverbank'],
  ['colon-headline', 'https://worldreport.example/14', 'Trump: “We will not back down on tariffs”'],
  ['dash-in-headline', 'https://healthdesk.example/15', 'COVID-19 - the numbers behind the winter wave'],
  ['pipe-in-headline', 'https://shopkeeper.example/16', 'A | B testing explained for small shops'],
  ['question-headline', 'https://worklife.example/17', 'Is the four-day week working?'],
  ['guillemets-fr', 'https://petit-rhodanien.example/18', 'Le maire promet « une ville sans voitures » d’ici 2030'],
  ['german-quotes', 'https://talbote.example/19', 'Bürgermeisterin: „Wir bauen die Brücke neu“'],
  ['ar-pipe', 'https://alwadi.example/20', 'المجلس البلدي يقر خطة المرور الجديدة في وسط المدينة'],
  ['ar-dash-prefix', 'https://alwadi.example/21', 'المجلس البلدي يقر خطة المرور الجديدة في وسط المدينة'],
  ['he-dash', 'https://haemek.example/22', 'מועצת העיר אישרה את תוכנית התחבורה החדשה'],
  ['he-pipe-no-h1', 'https://haemek.example/23', 'מועצת העיר אישרה את תוכנית התחבורה החדשה'],
  ['zh-underscore', 'https://shancheng.example/24', '市议会通过新的市中心交通规划'],
  ['ja-fullwidth-bar', 'https://yamazato.example/25', '市議会が新しい交通計画を可決'],
  ['zh-underscore-no-h1', 'https://shancheng.example/26', '市议会通过新的市中心交通规划'],
  ['ja-dash-no-h1', 'https://yamazato.example/27', '市議会が新しい交通計画を可決'],
  ['h1-br-kicker', 'https://echo.example/28', 'Hospital waiting lists hit record high'],
  ['update-suffix', 'https://coastline.example/29', 'Water supply restored to 4,000 homes [Update]'],
  ['og-site-suffix-no-h1', 'https://islandherald.example/30', 'Ferry fares to rise by ten percent in April'],
  ['breadcrumb-title', 'https://metrowire.example/31', 'Regional rail timetable adds late weekend trains'],
  ['dash-headline-dash-site', 'https://healthdesk.example/32', 'COVID-19 - the numbers behind the winter wave'],
  ['tagline-prefix-colon', 'https://valleypost.example/33', 'Bridge repairs to close main road for six weeks'],
  ['ar-kicker-colon', 'https://alwadi.example/34', 'المجلس البلدي يقر خطة المرور الجديدة'],
  ['he-sections', 'https://haemek.example/35', 'מועצת העיר אישרה את תוכנית התחבורה החדשה'],
  ['ko-comma', 'https://sangol.example/36', '시의회, 새 교통계획 통과'],
  ['logo-img-h1', 'https://hilltop.example/37', 'Library to open on Sundays from next month'],
  ['jsonld-truncated-no-h1', 'https://metrowire.example/38',
    'Regional rail operator confirms new timetable with later trains on weekends and extra services to the coast during summer months'],
  ['og-truncated-headline-div', 'https://ruralvoice.example/39', 'Farmers protest over water prices outside parliament in the capital'],
  ['ar-double-colon', 'https://alwadi.example/40', 'المجلس البلدي يقر خطة المرور الجديدة في وسط المدينة'],
  ['he-og-dash-h2', 'https://haemek.example/41', 'מועצת העיר אישרה את תוכנית התחבורה החדשה'],
  ['emdash-site-bold', 'https://courier.example/42', 'Council approves riverside housing plan after long debate'],
  ['social-rewrite-h2', 'https://islandherald.example/43', 'Ferry fares to rise by ten percent in April'],
  ['slash-site-prefix-no-h1', 'https://islandherald.example/44', 'Ferry fares to rise by ten percent in April'],
  ['tilde-tagline', 'https://islandherald.example/45', 'Ferry fares to rise by ten percent in April'],
  ['logo-h1-sitename-title-h2', 'https://riverside.example/46', 'Volunteers clean up two miles of riverbank'],
  ['section-h1-then-headline-h1', 'https://riverside.example/47', 'Volunteers clean up two miles of riverbank'],
  ['og-only-logo-h1', 'https://riverside.example/48', 'Volunteers clean up two miles of riverbank'],
];

describe.each(pages)('%s', (page, url, headline) => {
  it('reads the headline without the page URL', () => {
    expect(extractPage(page, null).title).toBe(headline);
  });

  it('reads the headline with the page URL', () => {
    expect(extractPage(page, url).title).toBe(headline);
  });
});
