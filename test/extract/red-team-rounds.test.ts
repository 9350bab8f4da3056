/**
 * The red-team rounds' pages: each round is a folder of pages stored as served, with the `expectations.json` that
 * states, field by field, what a careful reader says each record holds, and a README.md that says what the pages are
 * and what they test. The rounds run in this one suite because jest loads the engine afresh for each suite file: as
 * a file per round, loading it took more of the run than the pages. A round whose pages need more than the common
 * checks keeps a suite of its own that names its folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

const FIXTURES = join(__dirname, '../fixtures');

/** Each round's clock: after the latest date its pages print, so that none is refused as lying in the future. */
const ROUND_CLOCKS: Record<string, string> = {
  'heldout-redteam2': '2026-12-02T12:00:00Z',
  'heldout-redteam3': '2026-12-02T12:00:00Z',
  'heldout-redteam4': '2026-12-02T12:00:00Z',
  'heldout-redteam5': '2026-12-02T12:00:00Z',
  'heldout-redteam6': '2026-12-02T12:00:00Z',
  'heldout-redteam7': '2026-12-02T12:00:00Z',
  'heldout-redteam9-arabic': '2026-12-03T12:00:00Z',
  'heldout-redteam9-bylines': '2026-12-03T12:00:00Z',
  'heldout-redteam9-dates': '2026-12-03T12:00:00Z',
  'heldout-redteam9-markup': '2026-12-03T12:00:00Z',
  'heldout-redteam9-metadata': '2026-12-03T12:00:00Z',
  'heldout-redteam9-titles': '2026-12-03T12:00:00Z',
  'heldout-redteam10-cjk': '2026-12-03T12:00:00Z',
  'heldout-redteam10-europe': '2026-12-03T12:00:00Z',
  'heldout-redteam10-fields': '2026-12-03T12:00:00Z',
  'heldout-redteam10-images': '2026-12-03T12:00:00Z',
  'heldout-redteam10-rtl': '2026-12-03T12:00:00Z',
  'heldout-redteam10-themes': '2026-12-03T12:00:00Z',
  'heldout-redteam11-formats': '2026-12-03T12:00:00Z',
  'heldout-redteam11-headline': '2026-12-03T12:00:00Z',
  'heldout-redteam11-noclass': '2026-12-03T12:00:00Z',
  'heldout-redteam11-nometa': '2026-12-03T12:00:00Z',
  'heldout-redteam11-syndication': '2026-12-03T12:00:00Z',
  'heldout-redteam12-arabic': '2026-12-04T12:00:00Z',
  'heldout-redteam12-bodykeep': '2026-12-04T12:00:00Z',
  'heldout-redteam12-cjkfields': '2026-12-04T12:00:00Z',
  'heldout-redteam12-media': '2026-12-04T12:00:00Z',
  'heldout-redteam12-sections': '2026-12-04T12:00:00Z',
  'heldout-redteam12-zoneswire': '2026-12-04T12:00:00Z',
  'heldout-redteam13-counters': '2026-12-04T12:00:00Z',
  'heldout-redteam13-datezones': '2026-12-04T12:00:00Z',
  'heldout-redteam13-media': '2026-12-04T12:00:00Z',
  'heldout-redteam13-wirelines': '2026-12-04T12:00:00Z',
  'heldout-redteam14-africa-seasia': '2026-12-04T12:00:00Z',
  'heldout-redteam14-authors': '2026-12-04T12:00:00Z',
  'heldout-redteam14-southasia': '2026-12-04T12:00:00Z',
  'heldout-redteam14-syndication': '2026-12-04T12:00:00Z',
  'heldout-redteam15-caucasus-centralasia': '2026-12-04T12:00:00Z',
  'heldout-redteam15-latam': '2026-12-04T12:00:00Z',
  'heldout-redteam16-arabic-wire': '2026-12-04T12:00:00Z',
  'heldout-redteam16-formats': '2026-12-04T12:00:00Z',
  'heldout-redteam16-rtl-scripts': '2026-12-04T12:00:00Z',
  'heldout-redteam17-cms-templates': '2026-12-05T12:00:00Z',
  'heldout-redteam17-francophone': '2026-12-04T12:00:00Z',
  'heldout-redteam17-lead': '2026-12-05T12:00:00Z',
  'heldout-redteam18-arabic-republished': '2026-12-04T12:00:00Z',
  'heldout-redteam18-cyrillic': '2026-12-04T12:00:00Z',
  'heldout-redteam18-nordic-baltic': '2026-12-05T12:00:00Z',
  'heldout-redteam19-arabic-portals': '2026-12-07T12:00:00Z',
  'heldout-redteam19-central-europe': '2026-12-05T12:00:00Z',
  'heldout-redteam19-live-opinion': '2026-12-06T12:00:00Z',
  'heldout-redteam19-turkish-persian': '2026-12-05T18:00:00Z',
  'heldout-redteam20-amp-mobile-print': '2026-12-06T12:00:00Z',
  'heldout-redteam20-gulf-maghreb': '2026-12-06T12:00:00Z',
  'heldout-redteam20-iberia-italy-greece': '2026-12-06T12:00:00Z',
  'heldout-redteam20-local-news-english': '2026-12-05T12:00:00Z',
  'heldout-redteam21-blogs-newsletters': '2026-12-06T12:00:00Z',
  'heldout-redteam21-dach-benelux': '2026-12-06T12:00:00Z',
  'heldout-redteam21-levant-iraq-sudan': '2026-12-06T12:00:00Z',
  'heldout-redteam21-us-broadcast-tv': '2026-12-06T12:00:00Z',
  'heldout-redteam22-anz-canada-ireland': '2026-12-06T12:00:00Z',
  'heldout-redteam22-arabic-legacy-layouts': '2026-12-06T12:00:00Z',
  'heldout-redteam22-balkans-romania-hungary': '2026-12-06T12:00:00Z',
  'heldout-redteam22-sports-business': '2026-12-06T12:00:00Z',
  'heldout-redteam23-arabic-opinion-columns': '2026-12-06T12:00:00Z',
  'heldout-redteam23-indic-languages': '2026-12-06T12:00:00Z',
  'heldout-redteam23-paywall-premium': '2026-12-06T12:00:00Z',
  'heldout-redteam23-spa-frameworks': '2026-12-07T12:00:00Z',
  'heldout-redteam24-arabic-news-agencies': '2026-12-06T12:00:00Z',
  'heldout-redteam24-arabic-sports-economy': '2026-12-07T12:00:00Z',
  'heldout-redteam24-fact-check-explainers': '2026-12-07T12:00:00Z',
  'heldout-redteam24-video-podcast-gallery': '2026-12-06T12:00:00Z',
  'heldout-redteam25-east-asia-news': '2026-12-07T12:00:00Z',
  'heldout-redteam25-government-press-releases': '2026-12-11T12:00:00Z',
  'heldout-redteam25-science-health-tech': '2026-12-07T12:00:00Z',
  'heldout-redteam26-arabic-hijri-dual-dates': '2026-12-07T12:00:00Z',
  'heldout-redteam26-community-notices': '2026-12-07T12:00:00Z',
  'heldout-redteam26-interviews-corrections': '2026-12-07T12:00:00Z',
  'heldout-redteam26-short-briefs-breaking': '2026-12-07T12:00:00Z',
  'heldout-redteam27-bilingual-mixed': '2026-12-07T12:00:00Z',
  'heldout-redteam27-culture-reviews': '2026-12-07T12:00:00Z',
  'heldout-redteam27-data-tables': '2026-12-07T12:00:00Z',
  'heldout-redteam28-arabic-religion-ramadan': '2026-12-08T12:00:00Z',
  'heldout-redteam28-court-crime-legal': '2026-12-07T12:00:00Z',
  'heldout-redteam28-minority-languages': '2026-12-07T12:00:00Z',
  'heldout-redteam29-elections-politics': '2026-12-07T12:00:00Z',
  'heldout-redteam29-health-medicine': '2026-12-07T12:00:00Z',
  'heldout-redteam29-weather-emergencies': '2026-12-07T12:00:00Z',
  'heldout-redteam30-arabic-culture-features': '2026-12-07T12:00:00Z',
  'heldout-redteam30-education': '2026-12-07T12:00:00Z',
  'heldout-redteam30-markets-business': '2026-12-05T12:00:00Z',
  'heldout-redteam31-conflict-war': '2026-12-07T12:00:00Z',
  'heldout-redteam31-tech-reviews': '2026-12-07T12:00:00Z',
  'heldout-redteam31-travel-food-lifestyle': '2026-12-07T12:00:00Z',
  'heldout-redteam32-environment-climate-agriculture': '2026-12-07T12:00:00Z',
  'heldout-redteam33-celebrity-entertainment-tv': '2026-12-08T12:00:00Z',
  'heldout-redteam34-automotive-transport-aviation': '2026-12-08T12:00:00Z',
  'heldout-redteam35-realestate-housing-finance': '2026-12-08T12:00:00Z',
  'heldout-redteam36-energy-oil-commodities': '2026-12-08T12:00:00Z',
  'heldout-redteam37-labour-migration-rights': '2026-12-08T12:00:00Z',
  'heldout-redteam38-gaming-esports-streaming': '2026-12-08T12:00:00Z',
  'heldout-redteam39-maritime-shipping-ports': '2026-12-08T12:00:00Z',
  'heldout-redteam40-space-astronomy-launches': '2026-12-08T12:00:00Z',
  'heldout-redteam41-fashion-beauty-luxury': '2026-12-08T12:00:00Z',
  'heldout-redteam42-football-match-reports-transfers': '2026-12-08T12:00:00Z',
  'heldout-redteam43-crypto-fintech-personal-finance': '2026-12-08T12:00:00Z',
  'heldout-redteam44-rtl-tech-telecom-startups': '2026-12-08T12:00:00Z',
  'heldout-redteam45-music-concerts-festivals': '2026-12-08T12:00:00Z',
  'heldout-redteam46-arabic-local-municipal-services': '2026-12-08T12:00:00Z',
  'heldout-redteam47-arabic-lifestyle-family-health': '2026-12-09T12:00:00Z',
  'heldout-redteam48-analysis-policy-longreads-notes': '2026-12-08T12:00:00Z',
  'heldout-redteam49-cricket-tennis-motorsport-results': '2026-12-08T12:00:00Z',
  'heldout-redteam50-persian-urdu-pashto-portals': '2026-12-08T12:00:00Z',
  'heldout-redteam51-arabic-broadcasters-video-live': '2026-12-09T12:00:00Z',
  'heldout-redteam52-chinese-portals-mainland-taiwan-hk-sg': '2026-12-08T12:00:00Z',
  'heldout-redteam53-hebrew-israeli-dailies-portals': '2026-12-09T12:00:00Z',
  'heldout-redteam54-africa-english-nigeria-kenya-ghana-sa': '2026-12-09T12:00:00Z',
  'heldout-redteam55-japanese-korean-news-portals': '2026-12-08T12:00:00Z',
  'heldout-redteam56-lusophone-brazil-portugal-angola-mozambique': '2026-12-08T12:00:00Z',
  'heldout-redteam57-southeast-asia-indonesia-malaysia-vietnam-thailand-philippines': '2026-12-09T12:00:00Z',
  'heldout-redteam60-maghreb-french-arabic-bilingual-dailies': '2026-12-08T12:00:00Z',
  'heldout-redteam61-arabic-aggregators-source-attribution-wire-copies': '2026-12-07T12:00:00Z',
};

describe.each(Object.entries(ROUND_CLOCKS))('%s', (folder, now) => {
  describeRedTeamPages(join(FIXTURES, folder), new Date(now));
});

it('leaves no folder of pages with expectations unrun', () => {
  const suites = readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => readFileSync(join(__dirname, name), 'utf8'))
    .join('\n');
  const unrun = readdirSync(FIXTURES).filter(
    (folder) => existsSync(join(FIXTURES, folder, 'expectations.json')) && !(folder in ROUND_CLOCKS) && !suites.includes(`'../fixtures/${folder}'`),
  );
  expect(unrun).toEqual([]);
});
