import { page, prose, run } from './helpers';

describe('pull quotes', () => {
  const paragraph = '<p>The council met on Monday. But the ferry is not a luxury. It is, in fact, the only road most of the islanders have to the mainland.</p>';

  it('drops a pull quote that sets a sentence of the text again, edited to fit the box', () => {
    const quote = '<blockquote class="story__box"><p>The ferry is not a luxury. It is the only road most of the islanders have.</p></blockquote>';
    const body = run(page(`<article>${prose('harbour')}${paragraph}${quote}${prose('ferry')}</article>`)).body;
    expect(body).toContain('It is, in fact, the only road');
    expect(body).not.toContain('It is the only road');
  });

  it.each([
    ['brings words the text does not have', '<blockquote><p>The ferry is not a luxury for the islanders, and it never was one for anybody.</p></blockquote>', 'never was one for anybody'],
    ['sets the text\'s words in another order', '<blockquote><p>Most of the islanders have the only road: it is not a luxury, the ferry.</p></blockquote>', 'Most of the islanders have the only road'],
  ])('keeps a quotation that %s', (_kind, quote, kept) => {
    const body = run(page(`<article>${prose('harbour')}${paragraph}${quote}${prose('ferry')}</article>`)).body;
    expect(body).toContain(kept);
  });

  it('drops a quote its class names a pull quote that rewords a paragraph beside it, and keeps one with words of its own (rule "marked pull quote")', () => {
    const reworded = '<blockquote class="pull-quote"><p>The islanders have one road, and the ferry is no luxury</p></blockquote>';
    const dropped = run(page(`<article>${prose('harbour')}${paragraph}${reworded}${prose('ferry')}</article>`)).body;
    expect(dropped).toContain('It is, in fact, the only road');
    expect(dropped).not.toContain('The islanders have one road');
    const letter = '<blockquote class="pull-quote"><p>We wrote to the minister twice last winter and heard nothing back</p></blockquote>';
    expect(run(page(`<article>${prose('harbour')}${paragraph}${letter}${prose('ferry')}</article>`)).body).toContain('heard nothing back');
    // Without the class, the reworded quote is a quotation in its own right.
    expect(run(page(`<article>${prose('harbour')}${paragraph}${reworded.replace(' class="pull-quote"', '')}${prose('ferry')}</article>`)).body).toContain('The islanders have one road');
  });

  it('drops a blockquote in a figure its class names a pull quote, with its cite (rule "pull-quote figure")', () => {
    const figure = '<figure class="wp-block-pullquote"><blockquote><p>«The islanders have one road, and the ferry is no luxury»</p><cite>Jane Roe</cite></blockquote></figure>';
    const body = run(page(`<article>${prose('harbour')}${paragraph}${figure}${prose('ferry')}</article>`)).body;
    expect(body).toContain('It is, in fact, the only road');
    expect(body).not.toContain('The islanders have one road');
    expect(body).not.toContain('Jane Roe');
    // A figure of a quotation with words of its own stays.
    const letter = figure.replace('The islanders have one road, and the ferry is no luxury', 'We wrote to the minister twice last winter and heard nothing back');
    expect(run(page(`<article>${prose('harbour')}${paragraph}${letter}${prose('ferry')}</article>`)).body).toContain('heard nothing back');
  });

  it('judges a pull-quote box without a blockquote as a pull quote', () => {
    const box = '<div class="pullquote"><p>The ferry is not a luxury. It is the only road most of the islanders have.</p></div>';
    const own = '<div class="pull-quote"><p>Nobody on the island has ever called the ferry a luxury, said the harbourmaster.</p></div>';
    const out = run(page(`<article>${prose('harbour')}${paragraph}${box}${own}${prose('ferry')}</article>`));
    expect(out.body).not.toContain('It is the only road');
    expect(out.bodyHtml).toContain('<blockquote><p>Nobody on the island');
  });
});
