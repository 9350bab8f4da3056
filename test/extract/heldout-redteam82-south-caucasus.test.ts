/**
 * Round 82's rules (Georgian, Armenian and Azerbaijani news portals), each on a small hand-written page.
 */
import { extract } from '../../lambdas/extract';

const NOW = new Date('2026-12-07T16:00:00Z');
const run = (html: string, url = 'https://paper.example/news/2026/story-of-the-day') => extract(Buffer.from(html), { url, now: NOW });

const STORY = [
  'ქალაქის საკრებულომ პარასკევს ახალი ავტობუსის ხაზები დაამტკიცა ორსაათიანი დებატების შემდეგ.',
  'ხაზები იანვრიდან ამოქმედდება და ძველ ქალაქს საავადმყოფოსა და რკინიგზის სადგურთან დააკავშირებს.',
  'მერიის ცნობით, მომსახურება წელიწადში დაახლოებით 400 ათასი ლარი დაჯდება.',
];
const page = (header: string, head = '') => `<!doctype html><html lang="ka"><head><meta charset="utf-8">
  <title>Story</title>${head}</head><body><main><article><h1>საკრებულომ ახალი ავტობუსის ხაზები დაამტკიცა</h1>${header}
  <div class="text">${STORY.map((text) => `<p>${text}</p>`).join('')}</div></article></main></body></html>`;

describe('Georgian picture credit', () => {
  it('reads "ფოტო:" in a caption as the credit\'s label', () => {
    const figure = '<figure><img src="https://paper.example/img/bus.jpg" alt=""><figcaption>ავტობუსი სადგურთან. ფოტო: გიორგი ბერიძე</figcaption></figure>';
    const record = run(page(figure, '<meta property="og:image" content="https://paper.example/img/bus.jpg">'));
    expect(record.leadImage?.credit).toBe('ფოტო: გიორგი ბერიძე');
  });
});

describe('rule "credit under a picture in a table layout"', () => {
  it('moves the credit line under a picture out of a table cell\'s text broken by line breaks', () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>Story</title></head><body><table><tr><td colspan="2"><a href="/">მთავარი</a> | <a href="/cat.php?id=1">რეგიონი</a></td></tr><tr><td>
      <h1>საკრებულომ ახალი ავტობუსის ხაზები დაამტკიცა</h1><div class="full"><img src="/photos/bus.jpg" width="640" alt=""><br>
      <span class="photo">ფოტო: „ქალაქის ამბები“</span><br><br>${STORY.join('<br><br>')}<br><br><div class="author" align="right"><b>თამარ გოგიტიძე</b></div></div></td><td width="300"><div class="banner"><small>რეკლამა</small></div></td></tr></table></body></html>`;
    const record = run(html);
    expect(record.body.split('\n\n')[0]).toBe(STORY[0]);
    expect(record.body).not.toContain('ქალაქის ამბები');
  });
});
