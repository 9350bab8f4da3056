import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const story = [
  'A plan to build 400 homes on the site of a former paper mill has been approved, despite more than 200 objections from people living nearby.',
  'The planning committee voted seven to four in favour of the scheme at a meeting on Thursday evening, after a debate of almost three hours.',
  'The developer said it hoped to start work on the site in the summer, with the first homes ready the following year.',
];
const page = (between: string) => '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Mill homes approved | Town Live</title></head><body>'
  + `<article><h1>Mill homes approved</h1><div class="article-body"><p>${story[0]}</p><p>${story[1]}</p>${between}<p>${story[2]}</p></div></article></body></html>`;
const read = (between: string) => extract(Buffer.from(page(between)), { url: 'https://www.townlive.example/news/mill-homes-approved-1', now }).body;

describe('UK and Irish regional and local papers', () => {
  it('drops a player box of several short state lines (rule "player\'s overlay lines")', () => {
    const player = '<div class="video-player"><div class="video-title">Video: Inside the mill before the fire</div><div>Video Loading</div>'
      + '<div>Video Unavailable</div><button>Click to play</button> <span>Tap to play</span><p>The video will auto-play soon <span>8</span> <a href="#">Cancel</a></p><a href="#">Play now</a></div>';
    expect(read(player).split('\n\n')).toEqual(story);
    // A box named for a sports player sets a name and a position, no player's state, and is left to the other rules.
    const card = '<div class="player"><div>Name: Jamie Rowntree of Wrenford Town Football Club, the club captain since 2024</div><div>Position: centre back, signed from Harrow Athletic</div></div>';
    expect(read(card)).toContain('Jamie Rowntree');
  });

  it('drops a row of the article tools spelled out past a label\'s length (rule "English tools row, spelled out")', () => {
    const table = (row: string) => '<html><head><meta charset="utf-8"><title>Courier Online :: News :: Mill homes approved</title></head><body><table><tr><td>'
      + '<font size="5"><b>Mill homes approved</b></font><br><br><font size="2">' + story.join('<br><br>') + '<br><br></font><hr size="1">'
      + `<font size="2">${row}</font><br><br></td></tr></table></body></html>`;
    for (const row of ['<a href="/email.php?id=3">E-mail this story to a friend</a> | <a href="/print.php?id=3">Printer friendly version</a>',
      '<a href="/send.php?id=3">Send this article to a friend</a> | <a href="/print.php?id=3">Printable version</a>']) {
      expect(extract(Buffer.from(table(row)), { url: 'http://www.courier.example/news/story.php?id=3', now }).body.split('\n\n')).toEqual(story);
    }
  });

  it('reads no caption over the headline as the picture\'s (rule "caption over the headline")', () => {
    const html = (kicker: string) => '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Free parking in December - Borough Council</title></head><body><main><div class="govuk-grid-column-two-thirds">'
      + `${kicker}<h1 class="govuk-heading-xl">Free parking in December</h1><dl><dt>Published:</dt><dd>4 December 2026</dd></dl>`
      + '<img src="/media/car-park.jpg" alt="Market Street car park">'
      + `<div class="govuk-body">${story.map((p) => `<p>${p}</p>`).join('')}</div></div></main></body></html>`;
    const lead = (kicker: string) => extract(Buffer.from(html(kicker)), { url: 'https://www.borough.gov.example/news/free-parking', now }).leadImage;
    expect(lead('<span class="govuk-caption-l">Press release</span>')).toMatchObject({ url: 'https://www.borough.gov.example/media/car-park.jpg', caption: null });
  });
});

