import { extract } from '../../../lambdas/extract';
import { datelineStateZone } from '../../../lambdas/extract/metadata/dateline-states';

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
