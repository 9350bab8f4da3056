import { page, prose, run } from './helpers';

const story = ['harbour', 'ferry', 'pier', 'tide', 'dock', 'quay'].map((topic) => prose(topic)).join('');

describe('contact card at the end of the body', () => {
  it('drops a press contact under its heading', () => {
    const card = '<h3>Pressekontakt</h3><p><strong>Mara Holm</strong></p><p>Pressesprecherin Hafenamt</p><p>Tel.: 040 123 456</p><p>presse@hafen.example</p>';
    const body = run(page(`<article>${story}${card}</article>`)).body;
    expect(body).not.toMatch(/Pressekontakt|Mara Holm|040 123|presse@/);
    expect(body.endsWith('the next steps.')).toBe(true);
  });

  it('drops a card without a heading, one person after another', () => {
    const card = '<p>Dr. Mara Holm</p><p>Harbour Institute</p><p>E-Mail: holm@harbour.example</p><p>Prof. Tom Lee</p><p>E-Mail: lee@harbour.example</p>';
    expect(run(page(`<article>${story}${card}</article>`)).body).not.toMatch(/Holm|Lee/);
  });

  it('keeps the short lines above the card heading', () => {
    const tail = '<ul><li>Timetable</li><li>Fares</li></ul><h3>Contact</h3><p>tel +44 20 7946 0000 | desk@harbour.example</p>';
    const body = run(page(`<article>${story}${tail}</article>`)).body;
    expect(body).toContain('Fares');
    expect(body).not.toContain('desk@harbour.example');
  });

  it('keeps a story that ends with one address for readers', () => {
    const closing = '<p>Questions</p><p>tips@harbour.example</p>';
    expect(run(page(`<article>${story}${closing}</article>`)).body).toContain('tips@harbour.example');
  });

  it('keeps rows of numbers that are no phone numbers', () => {
    const calendar = '<p>01 02 03 04 05</p><p>06 07 08 09 10 11 12</p><p>13 14 15 16 17 18 19</p>';
    expect(run(page(`<article>${story}${calendar}</article>`)).body).toContain('13 14 15 16 17 18 19');
  });
});
