/**
 * Held-out audit of titles, round 2: hand-written pages with title shapes the first round did not cover. Site names
 * behind rarer separators ("‹", "——") or a colon, a site name put before the headline in one candidate and after it
 * in another, a template's default og:title, headlines that hold a pipe or a dash themselves, logo and blog-name headings over
 * an h2 headline, several h1s, an h1 wrapped in its permalink, "Live" and "Updated" badges, a comment count in the
 * heading, a consent dialog's h2, social rewrites of og:title, a JSON-LD headline cut mid-word, entities, curly
 * quotes and emoji, ALL CAPS, AMP, Spanish, French, German, Hebrew, Arabic (with direction marks), Persian (with
 * zero-width non-joiners), Chinese, Japanese and Thai titles. Each page states the headline a reader sees, read with
 * and without the page's URL (the URL adds the host as a site name).
 */
import { heldoutPageReader } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-titles2');

const pages: Array<[page: string, url: string, headline: string]> = [
  ['qa-pipe-og-no-h1', 'https://valleycourier.example/people/jane-doe-village-shop', 'Q&A | Jane Doe on running the last village shop'],
  ['dash-review-og-sitename', 'https://filmweekly.example/reviews/spider-man', 'Spider-Man - the review'],
  ['h1-permalink', 'https://valleycourier.example/2025/10/14/council-approves-riverside-housing-plan/',
    'Council approves riverside housing plan after long debate'],
  ['several-h1-logo-sidebar', 'https://hilltop.example/news/library-sundays', 'Library to open on Sundays from next month'],
  ['live-badge-span', 'https://coastline.example/live/storm-bert', 'Storm Bert: roads closed and trains cancelled as gales hit the coast'],
  ['h1-updated-badge', 'https://coastline.example/news/water-restored', 'Water supply restored to 4,000 homes after main bursts'],
  ['live-prefix-text', 'https://coastline.example/live/storm-bert-latest', 'LIVE: Storm Bert latest as gales close roads across the county'],
  ['social-og-no-shared-words', 'https://islandherald.example/ferry-fares', 'Ferry fares to rise by ten percent in April'],
  ['entities-double-encoded', 'https://marketstreet.example/tom-and-jerrys', 'Tom & Jerry’s café to close after 40 years'],
  ['curly-quotes-emoji', 'https://marketstreet.example/christmas-market', '“It’s magic”: Christmas market returns to the square 🎄'],
  ['all-caps-title', 'https://valleycourier.example/riverside-plan', 'Council approves riverside housing plan'],
  ['blog-name-h1-post-h2', 'https://allotment-notes.example/2025/10/leeks/', 'Why my leeks failed this year'],
  ['breaking-ticker-h2', 'https://valleycourier.example/bypass-plans', 'Bypass plans go on show at the town hall'],
  ['consent-dialog-h2', 'https://valleycourier.example/bypass-plans-show', 'Bypass plans go on show at the town hall'],
  ['amp-wp-entity-dash', 'https://midland.example/2025/10/schools-heating/amp/', 'Schools to get new heating systems before winter'],
  ['opinion-pipe-prefix-es', 'https://diariodelvalle.example/opinion/ciudad-sin-coches', 'El alcalde promete una ciudad sin coches para 2030'],
  ['tribune-fr-nbsp', 'https://petit-rhodanien.example/debats/tribune-ville', 'Tribune : Pour une ville sans voitures d’ici 2030'],
  ['kommentar-label-h1', 'https://talbote.example/meinung/bruecke', 'Kommentar: Die Brücke muss jetzt gebaut werden'],
  ['he-acronym-quote-og', 'https://haemek.example/news/881', 'דובר צה"ל: הכוחות נסוגו מהגבול אחרי הסערה'],
  ['ar-h1-link-dash-site', 'https://alofoq.example/news/2025/10/14/5521', 'وزير المالية: الموازنة الجديدة تخفض العجز إلى ثلاثة في المئة'],
  ['ar-bidi-marks-og', 'https://alofoq.example/eco/2025/10/15/5530', 'وزير المالية: الموازنة الجديدة تخفض العجز'],
  ['he-gershayim-pipe-prefix', 'https://haemek.example/news/902', 'יו״ר הכנסת: ״נחזור לדיונים בשבוע הבא״'],
  ['dash-section-pipe-site-no-h1', 'https://valleycourier.example/local/pool-reopens', 'Pool reopens after £2m refit'],
  ['fa-pipe-site-no-h1', 'https://darreh-news.example/fa/news/4412', 'شورای شهر طرح ترافیک جدید را تصویب می\u200Cکند'],
  ['ja-bracket-label-span', 'https://yamazato.example/articles/20251014-01', '市議会が新しい交通計画を可決'],
  ['th-dash-site-no-h1', 'https://khaohubkhao.example/local/1014', 'สภาเมืองอนุมัติแผนจราจรใหม่สำหรับใจกลางเมือง'],
  ['zh-double-dash-no-h1', 'https://shancheng.example/local/2025/1014.html', '市议会通过新的市中心交通规划'],
  ['title-only-shown-bold', 'https://valleypost.example/news/bridge.html', 'Bridge repairs to close main road for six weeks'],
  ['lsaquo-suffix-no-h1', 'https://marketstreet.example/bakers-strike-ends', 'Bakers’ strike ends after three weeks of talks'],
  ['jsonld-cut-midword-sitename-title', 'https://metrowire.example/rail/timetable',
    'Regional rail operator confirms new timetable with later trains on weekends and extra services to the coast during the summer holidays'],
  ['publisher-colon-prefix-no-h1', 'https://harbourtimes.example/2025/09/14/ferry-terminal', 'Ferry terminal to reopen after six-month refit'],
  ['blog-name-colon-prefix', 'https://allotment-notes.example/2025/10/leeks-colon/', 'Why my leeks failed this year'],
  ['two-og-titles-default-first', 'https://valleycourier.example/news/pool-reopens', 'Pool reopens after £2m refit'],
  ['mixed-site-affixes-no-h1', 'https://courier.example/news/riverside-plan', 'Council approves riverside housing plan after long debate'],
  ['entry-title-comment-count', 'https://allotment-notes.example/2025/10/why-my-leeks-failed/', 'Why my leeks failed this year'],
  ['og-social-h1-kicker-colon-title', 'https://valleycourier.example/sport/cup-final', 'Town reach cup final for first time'],
];

describe.each(pages)('%s', (page, url, headline) => {
  it('reads the headline without the page URL', () => {
    expect(extractPage(page, null).title).toBe(headline);
  });

  it('reads the headline with the page URL', () => {
    expect(extractPage(page, url).title).toBe(headline);
  });
});
