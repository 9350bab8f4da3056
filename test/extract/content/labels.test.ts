import { page, prose, run } from './helpers';

describe('label blocks', () => {
  it.each([
    ['an ad label paragraph', '<p>Anzeige</p>'],
    ['a dashed ad label between line breaks', '<div>- Advertisement -<br><br></div>'],
    ['a French ad label', '<div class="slot">Publicité</div>'],
    ['a reading-time note', '<p>6 minute read</p>'],
    ['a German reading-time note', '<span>Lesezeit: ca. 3 Minuten</span>'],
    ['a Polish reading-time note', '<p>11 minut czytania</p>'],
  ])('drops %s', (_kind, label) => {
    const body = run(page(`<article>${prose('harbour')}${label}${prose('ferry')}</article>`)).body;
    expect(body).toContain('ferry report');
    expect(body.split('\n\n')).toHaveLength(2);
  });

  it.each([
    ['a sentence about advertising', '<p>Advertisement revenue fell.</p>', 'Advertisement revenue fell.'],
    ['a sentence about reading time', '<p>It takes 6 minutes to read.</p>', 'It takes 6 minutes to read.'],
  ])('keeps %s', (_kind, line, kept) => {
    expect(run(page(`<article>${prose('harbour')}${line}${prose('ferry')}</article>`)).body).toContain(kept);
  });
});
