import { page, prose, run } from './helpers';

const links = (count: number) => Array.from({ length: count }, (_, i) => `<li><a href="/tickets/${i}">Ticket ${i} – fix the layout of the settings panel on small screens</a></li>`).join('');

describe('pruneContainer and link lists inside the article', () => {
  it('drops a list that is only links', () => {
    const result = run(page(`<article>${prose('release')}<ul>${links(5)}</ul>${prose('testing')}</article>`));
    expect(result.body).toContain('The release report');
    expect(result.body).not.toContain('Ticket 1');
  });

  it('keeps the written items of a link-heavy list and drops only its nested link list', () => {
    const sentence = 'We got the approval for another round of student projects on the video player next term, and two mentors will guide them.';
    const result = run(page(`<article>${prose('release')}<ul><li>${sentence}</li><li>In progress:<ul>${links(8)}</ul></li></ul>${prose('testing')}</article>`));
    expect(result.body).toContain(sentence);
    expect(result.body).not.toContain('Ticket 1');
  });

  it('still drops a related-stories list whose items pair a headline link with an unlinked teaser', () => {
    const teaser = 'The council, after a long debate on Monday, voted to close the old bridge to cars; cyclists may still use it for now.';
    const item = (i: number) => `<li><a href="/story/${i}">Bridge closes to cars after a long debate in the council chamber on Monday evening, and cyclists wonder what comes next</a><p>${teaser}</p></li>`;
    const result = run(page(`<article>${prose('release')}${prose('testing')}<ul>${[1, 2, 3].map(item).join('')}</ul></article>`));
    expect(result.body).toContain('The release report');
    expect(result.body).not.toContain('Bridge closes');
  });

  it.each([
    ['a link to another site', '<p><a href="https://petitions.example.org/ferry-fares">https://petitions.example.org/ferry-fares</a></p>', 'petitions.example.org/ferry-fares'],
    ['an e-mail address', '<p><a href="mailto:tips@harbour.example">tips@harbour.example</a></p>', 'tips@harbour.example'],
    ['a source story on another site', '<p><a href="https://other-paper.example/2031/ferries">The ferries nobody wanted</a></p>', 'The ferries nobody wanted'],
  ])('keeps a paragraph that is only %s: it cites what the story is about', (_kind, paragraph, kept) => {
    expect(run(page(`<article>${prose('release')}${paragraph}${prose('testing')}</article>`)).body).toContain(kept);
  });

  it('still drops a paragraph that is only a link to another story of the same site', () => {
    const plug = '<p><a href="https://www.news.example/world/ferries">The ferries nobody wanted</a></p>';
    expect(run(page(`<article>${prose('release')}${plug}${prose('testing')}</article>`)).body).not.toContain('The ferries nobody wanted');
  });

  it('drops the short line that announces a same-site link paragraph with it, and keeps a sentence that announces what follows it (rule "link\'s lead-in")', () => {
    const plug = '<p>For more information about the mission, visit:</p><p><a href="https://www.news.example/missions/comet">https://www.news.example/missions/comet</a></p>';
    const body = run(page(`<article>${prose('release')}${prose('testing')}${plug}</article>`)).body;
    expect(body).toContain('The testing report');
    expect(body).not.toContain('For more information');
    const quote = '<p>The statement read:</p><p>We will reopen the ferry on Monday and run it every hour.</p>';
    expect(run(page(`<article>${prose('release')}${quote}${prose('testing')}</article>`)).body).toContain('The statement read:');
  });

  it('still drops a link paragraph that mixes an off-site link with one back into the site', () => {
    const plug = '<p><a href="https://other-paper.example/a">Source</a> <a href="/world/ferries">The ferries nobody wanted</a></p>';
    expect(run(page(`<article>${prose('release')}${plug}${prose('testing')}</article>`)).body).not.toContain('The ferries nobody wanted');
  });

  it('keeps a list whose every link leaves the site: the sources the author points to', () => {
    const sources = '<ul><li><a href="https://www.stunnel.example/">Stunnel homepage</a></li><li><a href="https://docs.other.example/rsync">Rsync manual OFFSITESOURCE</a></li></ul>';
    expect(run(page(`<article>${prose('release')}${sources}${prose('testing')}</article>`)).body).toContain('OFFSITESOURCE');
  });

  it('keeps a list whose every link prints its own address, also when the page is read without its URL', () => {
    const addresses = '<ul><li><a href="https://harbour.example/report.pdf">https://harbour.example/report.pdf</a></li><li><a href="/minutes/2024-03">www.news.example/minutes/2024-03</a></li></ul>';
    for (const url of ['https://news.example/2024/05/story', null]) {
      expect(run(page(`<article>${prose('release')}${addresses}${prose('testing')}</article>`), { url }).body).toContain('https://harbour.example/report.pdf');
    }
    const headlines = '<ul><li><a href="/a">The ferries nobody wanted HEADLINELIST</a></li><li><a href="/b">https://news.example/b</a></li></ul>';
    expect(run(page(`<article>${prose('release')}${headlines}${prose('testing')}</article>`), { url: null }).body).not.toContain('HEADLINELIST');
  });

  it('still drops a link list that mixes off-site links with links back into the site, or holds a single link', () => {
    const mixed = '<ul><li><a href="https://docs.other.example/rsync">Rsync manual MIXEDLIST</a></li><li><a href="/world/ferries">The ferries nobody wanted</a></li></ul>';
    const single = '<ul><li><a href="https://profile.other.example/author">Author profile SINGLELINK</a></li></ul>';
    const body = run(page(`<article>${prose('release')}${mixed}${single}${prose('testing')}</article>`)).body;
    expect(body).toContain('The testing report');
    expect(body).not.toMatch(/MIXEDLIST|SINGLELINK/);
  });

  it('drops a paragraph of several headline links separated by line breaks, however long', () => {
    const headline = (i: number) => `<a href="/world/story-${i}">Ferry operators warn of a long and costly winter on the northern routes, story ${i}</a>`;
    const list = `<p>${[1, 2, 3].map(headline).join('<br>')}</p>`;
    const result = run(page(`<article>${prose('release')}${list}${prose('testing')}</article>`));
    expect(result.body).toContain('The testing report');
    expect(result.body).not.toContain('Ferry operators warn');
  });

  it('keeps a prose paragraph that an unclosed link swallowed', () => {
    const swallowed = 'I went to a great meeting with the harbour master giving the main talk, and I was impressed enough to buy his book about tides, ferries and the people who run them; I also read his column in the monthly harbour journal, which is longer.';
    const paragraph = `<p><a href="/club">The club<a/> ${swallowed} <a href="/book">His book</a></p>`;
    expect(run(page(`<article>${prose('release')}${paragraph}${prose('testing')}</article>`)).body).toContain('impressed enough to buy his book');
  });
});

describe('pruneContainer and the data a template sets after the story\'s text box', () => {
  const entry = (minute: string, line: string) => `<li><span>${minute}'</span><p>${line}</p></li>`;
  const ticker = '<section class="x-live"><h2>Minute by minute</h2><ol>'
    + [['90', 'Full time! Harbour win the derby 2-1.'], ['88', 'Yellow card for Max Lind after a late tackle.'], ['61', 'GOAL! Ian Hart scores at the far post.'],
      ['48', 'GOAL! Ferry level with a header from a corner.'], ['23', 'GOAL! Tom Reed fires Harbour ahead from close range.'], ['1', 'The derby is under way at the harbour ground.']]
      .map(([minute, line]) => entry(minute, line)).join('').repeat(3) + '</ol></section>';
  const story = ['Harbour beat Ferry 2-1 on Sunday evening and moved five points clear of the bottom three in front of a full stand.',
    'The win was deserved. Harbour controlled the first half and went ahead after 23 minutes when Tom Reed fired in a rebound.',
    'Ferry levelled after the break with a header but Ian Hart came off the bench and scored at the far post after an hour.',
    'Harbour travel to the coast next Sunday.'].map((line) => `<p>${line}</p>`).join('');
  const lineups = '<div class="x-lineups"><h2>Line-ups</h2><div><h3>Harbour</h3><ol><li>Tom Reed</li><li>Sam Cole</li><li>Ian Hart</li><li>Lee Moss</li><li>Ben Kirk</li><li>Dan Shaw</li></ol></div>'
    + '<div><h3>Ferry</h3><ol><li>Max Lind</li><li>Ole Berg</li><li>Jon Vik</li><li>Pal Aas</li><li>Kai Dahl</li><li>Eli Ness</li></ol></div></div>';

  it('drops the line-ups and the minute-by-minute ticker after a named text box', () => {
    const result = run(page(`<main><article class="article"><h1>Harbour win the derby</h1><p class="article__summary">A late goal settles it.</p><div class="article-body">${story}</div>${lineups}${ticker}</article></main>`));
    expect(result.body).toContain('Ian Hart came off the bench');
    expect(result.body).not.toMatch(/Line-ups|Sam Cole|Minute by minute|Full time|GOAL/);
  });

  it('keeps such lists after a text box that no class names', () => {
    const result = run(page(`<main><article class="article"><h1>Harbour win the derby</h1><p class="article__summary">A late goal settles it.</p><div class="x-9">${story}</div>${ticker}</article></main>`));
    expect(result.body).toContain('Full time!');
  });
});

describe('rule "discussion named under the rule"', () => {
  const story = `${prose('bridge')}${prose('library')}${prose('harbour')}`;

  it('ends the text at a bare discussion name set as a paragraph under a rule, with the comments after it', () => {
    const html = page(`<table><tr><td>${story}<hr><a name="comments"></a><p>COMMENTS</p><p><b>jm_2027</b> (December 3, 2026): COMMENTTEXT a lovely new library, I hope every floor gets air conditioning soon.</p></td></tr></table>`);
    const { body } = run(html);
    expect(body).toContain('harbour report');
    expect(body).not.toMatch(/COMMENTTEXT|COMMENTS/);
  });

  const lines = 'The ferry report: the new boat carries two hundred passengers and runs every hour between the two harbours.<br><br>'
    + 'The mayor said the old boat goes to a museum on the island, where school classes can visit it from spring.<br><br>';

  it('ends the cell at the discussion\'s count set as a line title some lines under the rule (rule "discussion\'s line title past the rule")', () => {
    const tail = '<hr><font size="1"><a href="/print">Print</a> | Read 412 times</font><br><br><font size="2"><b>Comments (2)</b></font><br>'
      + '<font size="1"><b>Anna</b> wrote on 03-12-2026:<br>COMMENTTEXT lovely boat.<br><br><b>REPLYLABEL</b></font><form><textarea></textarea></form>';
    const { body } = run(page(`<table><tr><td><font size="2">${lines}</font>${tail}</td></tr></table>`));
    expect(body).toContain('school classes can visit it from spring.');
    expect(body).not.toMatch(/COMMENTTEXT|REPLYLABEL/);
    const unruled = run(page(`<table><tr><td><font size="2">${lines}</font><br><font size="2"><b>Comments (2)</b></font><br><font size="2">${lines.replace('ferry', 'harbour')}</font></td></tr></table>`));
    expect(unruled.body).toContain('The harbour report');
  });

  it('ends the cell at the line title with the comments\' empty anchor before it (rule "anchor before the line title")', () => {
    const tail = '<hr><a name="comments"></a><font size="2"><b>Comments (2)</b></font><br>'
      + '<font size="1"><b>Anna</b> - 03/12/2026 20:12<br>COMMENTTEXT lovely boat.<br><br></font><font size="2"><b>REPLYLABEL</b></font><form><textarea></textarea></form>';
    const { body } = run(page(`<table><tr><td><font size="2">${lines}</font>${tail}</td></tr></table>`));
    expect(body).toContain('school classes can visit it from spring.');
    expect(body).not.toMatch(/COMMENTTEXT|REPLYLABEL/);
  });

  it('keeps a story paragraph naming the discussion where no rule stands above it', () => {
    const html = page(`<article>${story}<p>Comments</p>${prose('ferry')}</article>`);
    expect(run(html).body).toContain('ferry report');
  });
});

describe('rule "share box in the Romance languages"', () => {
  it('drops a share row its template names in the site\'s language, its networks spelled out', () => {
    const rows = ['compartilhe', 'partilhar', 'compartir', 'condividi', 'partager'].map((name) => `<div class="${name}">SHARELABEL: <a href="https://net.example/s">Facebook</a> <a href="https://net.example/x">X</a></div>`).join('');
    const { body } = run(page(`<article>${prose('ferry')}${prose('harbour')}${rows}</article>`));
    expect(body).toContain('The harbour report');
    expect(body).not.toMatch(/SHARELABEL|Facebook/);
  });
});
