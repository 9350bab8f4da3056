import { page, prose, run } from './helpers';

describe('lead between headline and body', () => {
  it('takes the standfirst and lead picture that sit outside the body container, but not the byline', () => {
    const html = page(`<header><h1>Port expands</h1><p class="byline">By Jane Roe</p>
      <p class="standfirst">The port will double its capacity by 2030, the authority said, after years of planning and debate.</p>
      <figure><img src="/img/port.jpg"><figcaption>The port at night.</figcaption></figure></header>
      <div class="story">${prose('port')}${prose('cranes')}</div>`);
    const result = run(html, { title: 'Port expands' });
    expect(result.body.startsWith('The port will double its capacity')).toBe(true);
    expect(result.body).not.toContain('Jane Roe');
    expect(result.body).not.toContain('The port at night.');
    expect(result.images[0]).toMatchObject({ url: 'https://news.example/img/port.jpg', caption: 'The port at night.' });
  });
});
