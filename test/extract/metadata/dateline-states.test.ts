import { extract } from '../../../lambdas/extract';
import { datelineCountryZone, datelineStateZone } from '../../../lambdas/extract/metadata/dateline-states';

describe('rule "the state in the dateline"', () => {
  it('reads the zone of a state on one clock from the body\'s opening dateline, as the AP writes the state', () => {
    expect(datelineStateZone('ANCHORAGE, Alaska (KTBA) — The district canceled classes.')).toBe('America/Anchorage');
    expect(datelineStateZone('MACON, Ga. (WGXM) - The family asked commissioners on Friday.')).toBe('America/New_York');
    expect(datelineStateZone('SACRAMENTO COUNTY, Calif. — Supervisors voted 4-1 on Thursday.')).toBe('America/Los_Angeles');
    expect(datelineStateZone('SANTA FE, N.M. (AP) — Lawmakers met on Thursday.')).toBe('America/Denver');
  });

  it('reads no zone for a state two zones share, for the country Georgia, or for a town named in the story', () => {
    expect(datelineStateZone('EL PASO, Texas (KTSM) — Crews worked through the night.')).toBeNull();
    expect(datelineStateZone('TBILISI, Georgia (AP) — Protesters gathered on Thursday.')).toBeNull();
    expect(datelineStateZone('WASHINGTON (AP) — The Senate voted on Thursday.')).toBeNull();
    expect(datelineStateZone('Officials in Anchorage, Alaska — and beyond — said the roads were icy.')).toBeNull();
  });

  it('puts a stamp printed in no zone, on a page whose zone is unknown, on the dateline state\'s clock', () => {
    const page = (dateline: string) => `<html lang="en"><head><title>Classes canceled</title></head><body><article><h1>Classes canceled</h1>
      <div class="StoryPage-date">Thu, December 3rd 2026 at 9:48 PM</div>
      <div class="StoryPage-body"><p>${dateline} The district canceled in-person classes for Friday after freezing rain coated roads and sidewalks across the city on Thursday evening.</p>
      <p>The National Weather Service issued an ice storm warning through 3 p.m. Friday, with up to a quarter inch of ice possible across the area.</p></div></article></body></html>`;
    const now = new Date('2026-12-06T12:00:00Z');
    expect(extract(page('ANCHORAGE, Alaska (KTBA) —'), { url: 'https://ktba.example.com/news/local/classes', now }).publishedAt).toBe('2026-12-03T21:48:00-09:00');
    expect(extract(page('EL PASO, Texas (KTSM) —'), { url: 'https://ktsm.example.com/news/local/classes', now }).publishedAt).toBe('2026-12-03T21:48:00+00:00');
  });
});

describe('rule "the island state in the dateline"', () => {
  it('reads the zone of a Caribbean or Pacific state from the body\'s opening dateline, the date after it or not', () => {
    expect(datelineCountryZone('SUVA, Fiji — Water supply will remain disrupted until Wednesday.')).toBe('Pacific/Fiji');
    expect(datelineCountryZone('KINGSTON, Jamaica — Vendors were moved on Saturday.')).toBe('America/Jamaica');
    expect(datelineCountryZone('SAN FERNANDO, Trinidad and Tobago, Dec 5 — Police said on Saturday.')).toBe('America/Port_of_Spain');
    expect(datelineCountryZone('LAE, Papua New Guinea - The wharf reopened.')).toBe('Pacific/Port_Moresby');
  });

  it('reads no zone for a large country\'s name, or for a town named in the story', () => {
    expect(datelineCountryZone('NAIROBI, Kenya — Traders said on Friday.')).toBeNull();
    expect(datelineCountryZone('Officials in Suva, Fiji — and beyond — said the roads were flooded.')).toBeNull();
  });

  it('puts a site\'s own stamp printed in no zone on the dateline state\'s clock, but not an agency\'s copy', () => {
    const page = (dateline: string) => `<html lang="en"><head><title>Water cuts continue</title></head><body><article><h1>Water cuts continue</h1>
      <div class="news-date">06/12/2026 | 6:40 pm</div>
      <div class="news-body"><p>${dateline} Water supply to parts of the capital will remain disrupted until Wednesday while the authority replaces a burst main.</p>
      <p>The authority says about 18,000 households are affected, and water carting is being arranged for the worst affected areas.</p></div></article></body></html>`;
    const now = new Date('2026-12-08T12:00:00Z');
    expect(extract(page('SUVA, Fiji —'), { url: 'https://news.example.com/news/water-cuts', now }).publishedAt).toBe('2026-12-06T18:40:00+12:00');
    expect(extract(page('SUVA, Fiji (AFP) —'), { url: 'https://news.example.com/news/water-cuts', now }).publishedAt).toBe('2026-12-06T18:40:00+00:00');
  });
});
