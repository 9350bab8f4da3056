import { page, prose, run } from './helpers';

const story = ['harbour', 'ferry', 'pier', 'tide', 'dock', 'quay'].map((topic) => prose(topic)).join('');

describe('byline residue at the edges of the body', () => {
  it.each([
    ['a bare name before the story', `<article><p>Mara Holm</p>${story}</article>`],
    ['a credited name after the story', `<article>${story}<p>von Mara Holm</p></article>`],
    ['two credited names after the story', `<article>${story}<p><em>By Mara Holm and Tom Lee.</em></p></article>`],
    ['a labelled name before the story', `<article><p>Text: Mara Holm</p>${story}</article>`],
    ['a genre credit before the story', `<article><p>Eine Kolumne von Mara Holm</p>${story}</article>`],
  ])('drops %s when the metadata names the authors', (_kind, html) => {
    const body = run(page(html), { authors: ['Mara Holm', 'Tom Lee'] }).body;
    expect(body).not.toMatch(/Mara Holm|Tom Lee/);
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it('keeps a closing sentence that mentions the author', () => {
    const body = run(page(`<article>${story}<p>Mara Holm reported from the harbour.</p></article>`), { authors: ['Mara Holm'] }).body;
    expect(body).toContain('Mara Holm reported from the harbour.');
  });

  it('keeps a name that is not an author of the piece', () => {
    const body = run(page(`<article>${story}<p>von Erik Sund</p></article>`), { authors: ['Mara Holm'] }).body;
    expect(body).toContain('von Erik Sund');
  });

  it('keeps the author named on its own in the middle of the story, where it is the story', () => {
    const middle = `${prose('harbour')}${prose('ferry')}${prose('pier')}<p>Mara Holm</p>${prose('tide')}${prose('dock')}${prose('quay')}`;
    expect(run(page(`<article>${middle}</article>`), { authors: ['Mara Holm'] }).body).toContain('Mara Holm');
  });

  it('keeps everything when the metadata names no author', () => {
    expect(run(page(`<article><p>Mara Holm</p>${story}</article>`)).body.startsWith('Mara Holm')).toBe(true);
  });
});
