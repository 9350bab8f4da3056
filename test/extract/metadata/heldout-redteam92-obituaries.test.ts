import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-12T10:00:00Z');
const story = '<p>Elle avait enseigné pendant trente ans à l\'école du village, où plusieurs générations d\'enfants ont appris à lire avec elle.</p>'.repeat(3);

describe('obituary and death-notice pages', () => {
  it('keeps the family who sign a notice out of the authors (rule "the family is no writer")', () => {
    const page = (credit: string) => `<html lang="fr"><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Avis de décès de Madame Jeanne Roux","author":{"@type":"Person","name":"${credit}"}}</script></head><body><h1>Avis de décès de Madame Jeanne Roux</h1>${story}</body></html>`;
    const authors = (credit: string) => extract(Buffer.from(page(credit)), { url: 'https://paper.example/avis/jeanne-roux', now }).authors;
    expect(authors('Famille Roux')).toEqual([]);
    expect(authors('The Miller Family')).toEqual([]);
    expect(authors('Claire Dubois')).toEqual(['Claire Dubois']);
  });

  it('reads a crumb that leads to the page\'s own folder as the section, though the headline opens with its words (rule "the page\'s own folder")', () => {
    const html = '<html lang="fr"><head><meta property="og:url" content="https://paper.example/avis-de-deces/jeanne-roux-4821"></head><body>'
      + '<div class="fil-ariane"><a href="/">Accueil</a> &gt; <a href="/avis-de-deces">Avis de décès</a> &gt; <span>Jeanne Roux</span></div>'
      + `<h1>Avis de décès de Madame Jeanne Roux née Blanc</h1>${story}</body></html>`;
    expect(extract(Buffer.from(html), { url: 'https://paper.example/avis-de-deces/jeanne-roux-4821', now }).section).toBe('Avis de décès');
  });
});
