/**
 * Round 75's byline rows of Spain's regional press, as the body pass drops them from a story's header.
 */
import { isDateStamp } from '../../../lambdas/extract/content/labels';
import { page, prose, run } from './helpers';

const story = ['harbour', 'ferry', 'pier', 'tide', 'dock', 'quay'].map((topic) => prose(topic)).join('');

describe('rule "the hour\'s article in Iberia"', () => {
  it.each([
    'Publicado o 5 de decembro de 2026 ás 14:40',
    'Publicat el 5 de desembre de 2026, a les 14:20',
    'Publicado em 5 de dezembro de 2026 às 14:40',
  ])('reads "%s" as a date stamp', (stamp) => {
    expect(isDateStamp(stamp)).toBe(true);
  });

  it('keeps a sentence that names the hour of an event', () => {
    expect(isDateStamp('O pleno reúnese o 5 de decembro ás 10:00 na casa do concello')).toBe(false);
  });
});

describe('rule "agency and place before the stamp"', () => {
  it.each([
    ['the agency, its bureau\'s city and the Galician stamp', '<div><span>Europa Press</span> <span>Santiago</span> <span>Publicado o 5 de decembro de 2026 ás 14:40</span></div>'],
    ['the agency and the Spanish stamp', '<div><span>EFE</span> <span>Publicado el 5 de diciembre de 2026 a las 14:40</span></div>'],
  ])('drops a header row of %s', (_kind, row) => {
    const body = run(page(`<article>${row}${story}</article>`), { publishedAt: '2026-12-05T15:40:00+01:00' }).body;
    expect(body).not.toMatch(/Publicado|Santiago|EFE/);
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it('keeps a row where a sentence, not a place, stands between the agency and the stamp', () => {
    const row = '<div><span>Europa Press</span> <span>informou desde a capital</span> <span>Publicado o 5 de decembro de 2026 ás 14:40</span></div>';
    const body = run(page(`<article>${row}${story}</article>`), { publishedAt: '2026-12-05T15:40:00+01:00' }).body;
    expect(body).toContain('informou desde a capital');
  });
});

describe('rule "newsroom slash agency"', () => {
  it.each([
    ['the stamp on the line under it', '<p>Redacció / ACN<br>Publicat el 3 de desembre de 2026, a les 09:45</p>'],
    ['the stamp after a bar', '<p>Redacción / EFE | 03/12/2026 09:45</p>'],
  ])('drops a header credit of the newsroom, a slash and the agency, with %s', (_kind, row) => {
    const body = run(page(`<article>${row}${story}</article>`), { publishedAt: '2026-12-03T08:00:00+01:00' }).body;
    expect(body).not.toMatch(/Redacci|ACN|EFE/);
    expect(body.split('\n\n')).toHaveLength(6);
  });
});
