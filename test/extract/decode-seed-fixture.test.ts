import { extract } from '../../lambdas/extract';
import { decodeHtml, wholeText } from '../../lambdas/extract/decode';
import { SEED_CHARSET, SEED_URL, seedBytes, seedPage, seedSource, type SeedVariant } from '../fixtures/seed';

const VARIANTS: SeedVariant[] = ['original', 'views-changed', 'corrected'];

describe('seed fixture', () => {
  it.each(VARIANTS)('%s: the windows-1256 bytes decode back to the UTF-8 source', (variant) => {
    const bytes = seedBytes(variant);
    expect(new TextDecoder(SEED_CHARSET).decode(bytes)).toBe(seedSource(variant));
    // One byte per character: proof that the Arabic really went through the legacy charset, not UTF-8.
    expect(bytes.length).toBe([...seedSource(variant)].length);
  });

  it('views-changed differs from the original only outside the article body', () => {
    const original = seedSource('original');
    const changed = seedSource('views-changed');
    expect(changed).toContain('<span class="post-views-count">1208</span>');
    expect(original).toContain('<span class="post-views-count">1116</span>');
    const body = (html: string) => html.slice(html.indexOf('<div class="entry-content">'), html.indexOf('<footer class="entry-footer">'));
    expect(body(changed)).toBe(body(original));
  });

  it('corrected differs from the original inside one body paragraph', () => {
    const paragraphs = (html: string) => [...html.matchAll(/<p>([^<]*)<\/p>/g)].map((match) => match[1]);
    const original = paragraphs(seedSource('original'));
    const corrected = paragraphs(seedSource('corrected'));
    expect(corrected).toHaveLength(original.length);
    expect(corrected.filter((text, index) => text !== original[index])).toHaveLength(1);
  });
});

describe('seed page through the engine', () => {
  it('decodes by its http-equiv meta tag', () => {
    const decoded = decodeHtml(seedPage());
    expect(wholeText(decoded)).toBe(seedSource());
    expect(decoded).toMatchObject({ charset: 'windows-1256', charsetSource: 'meta' });
  });

  it('extracts a non-empty Arabic body from the windows-1256 bytes', () => {
    const record = extract(seedPage(), { url: SEED_URL });
    expect(record.extraction).toMatchObject({ charset: 'windows-1256', charsetSource: 'meta' });
    expect(record.body).toContain('نقل حوالى سبعين جنديا من الجيش الليبي');
    const letters = [...record.body].filter((char) => /\p{L}/u.test(char));
    const arabicLetters = letters.filter((char) => /\p{Script=Arabic}/u.test(char));
    expect(arabicLetters.length).toBeGreaterThan(500);
    expect(arabicLetters.length / letters.length).toBeGreaterThan(0.95);
  });
});
