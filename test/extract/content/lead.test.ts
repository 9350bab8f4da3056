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

  it('takes every captioned slide a gallery sets between the headline and the text, past the lead pictures\' bound, and no uncaptioned picture past it (rule "captioned slides over the text")', () => {
    const slide = (n: number) => `<div class="slide"><img src="/img/slide-${n}.jpg" alt=""><div class="caption">Slide ${n} of the festival.</div></div>`;
    const html = page(`<header><h1>Festival opens</h1></header><div class="slider">${[1, 2, 3, 4, 5].map(slide).join('')}</div>
      <div class="story">${prose('festival')}${prose('carpets')}</div>`);
    const images = run(html, { title: 'Festival opens' }).images;
    expect(images.map((image) => image.caption)).toEqual([1, 2, 3, 4, 5].map((n) => `Slide ${n} of the festival.`));
    const icons = page(`<header><h1>Festival opens</h1></header><div class="tools">${[1, 2, 3, 4, 5].map((n) => `<img src="/img/icon-${n}.png" alt="">`).join('')}</div>
      <div class="story">${prose('festival')}${prose('carpets')}</div>`);
    expect(run(icons, { title: 'Festival opens' }).images.length).toBeLessThanOrEqual(3);
  });

  it('takes the correction or editor\'s note the article\'s header sets over the text, after the standfirst, and not the byline (rule "note over the text")', () => {
    const html = page(`<header><h1>Port expands</h1><p class="standfirst">The port will double its capacity by 2030, the authority said, after years of planning and debate.</p>
      <p class="byline">By Jane Roe</p><div class="note"><em>Editor’s note: This story was updated with the authority’s vote.</em></div></header>
      <div class="story">${prose('port')}${prose('cranes')}</div>`);
    const paragraphs = run(html, { title: 'Port expands' }).body.split('\n\n');
    expect(paragraphs[0]).toMatch(/^The port will double its capacity/);
    expect(paragraphs[1]).toBe('Editor’s note: This story was updated with the authority’s vote.');
    expect(paragraphs.join(' ')).not.toContain('Jane Roe');
    const correction = page(`<header><h1>Port expands</h1><p class="byline">By Jane Roe</p><p class="correction"><strong>Correction:</strong> An earlier version gave the wrong year.</p></header>
      <div class="story">${prose('port')}${prose('cranes')}</div>`);
    expect(run(correction, { title: 'Port expands' }).body.startsWith('Correction: An earlier version gave the wrong year.')).toBe(true);
  });

  it('takes the lines of a claim box after the one long enough for a standfirst (rule "claim box")', () => {
    const html = page(`<h1>Snow video is not from Seville</h1><div class="claim">
      <p><strong>What is claimed:</strong> that a video shows a street in Seville covered in snow this week, after a cold night.</p>
      <p><strong>Who says it:</strong> a TikTok account, on 2 December.</p><p><strong>Verdict:</strong> Misleading. It was filmed in 2021.</p></div>
      <div class="story">${prose('snow')}${prose('street')}</div><p>Unrelated short line.</p>`);
    const body = run(html, { title: 'Snow video is not from Seville' }).body;
    expect(body.startsWith('What is claimed: that a video shows')).toBe(true);
    expect(body).toContain('Who says it: a TikTok account, on 2 December.');
    expect(body).toContain('Verdict: Misleading. It was filmed in 2021.');
  });

  it('takes no short line after a standfirst that opens with no bold label (rule "claim box")', () => {
    const html = page(`<h1>Snow video is not from Seville</h1><div class="claim">
      <p>A video said to show a street in Seville covered in snow this week was filmed in Granada in 2021, our check found.</p>
      <p><strong>Who says it:</strong> a TikTok account, on 2 December.</p></div>
      <div class="story">${prose('snow')}${prose('street')}</div>`);
    const body = run(html, { title: 'Snow video is not from Seville' }).body;
    expect(body.startsWith('A video said to show')).toBe(true);
    expect(body).not.toContain('Who says it');
    const credit = page(`<h1>Snow video is not from Seville</h1><div class="claim">
      <p><strong>What is claimed:</strong> that a video shows a street in Seville covered in snow this week, after a cold night.</p>
      <p><strong>Photos:</strong> Jane Roe</p></div><div class="story">${prose('snow')}${prose('street')}</div>`);
    expect(run(credit, { title: 'Snow video is not from Seville' }).body).not.toContain('Jane Roe');
  });

  it('takes the featured picture at the top of the <article>, over the box that holds the headline (rule "featured picture over the headline")', () => {
    const generatePress = page(`<article class="post"><div class="inside-article"><div class="featured-image"><img src="/img/port.jpg" alt="" class="wp-post-image"></div>
      <header class="entry-header"><h1 class="entry-title">Port expands</h1><div class="entry-meta">By Jane Roe</div></header>
      <div class="entry-content">${prose('port')}${prose('cranes')}</div></div></article>`);
    expect(run(generatePress, { title: 'Port expands' }).images.map((image) => image.url)).toEqual(['https://news.example/img/port.jpg']);
    const sahifa = page(`<article id="the-post" class="post-listing"><div class="single-post-thumb"><img src="/img/port.jpg" alt=""></div>
      <div class="single-post-caption">The port at night. Photo: Jane Roe</div><div class="post-inner"><h1 class="post-title">Port expands</h1>
      <div class="entry">${prose('port')}${prose('cranes')}</div></div></article>`);
    const result = run(sahifa, { title: 'Port expands' });
    expect(result.images[0]).toMatchObject({ url: 'https://news.example/img/port.jpg', caption: 'The port at night.', credit: 'Photo: Jane Roe' });
    expect(result.body).not.toContain('The port at night');
  });

  it('takes no picture over the headline that is not the <article>\'s featured one, or that a text or a link to a page comes with', () => {
    const story = `<div class="story">${prose('port')}${prose('cranes')}</div>`;
    const outside = page(`<div class="top featured"><img src="/img/banner-campaign.jpg" alt="Winter campaign"></div><div class="main"><h1>Port expands</h1>${story}</div>`);
    expect(run(outside, { title: 'Port expands' }).images).toEqual([]);
    const mediaBox = page(`<article><div class="media"><img src="/img/promo.jpg" alt=""></div><div class="inner"><h1>Port expands</h1>${story}</div></article>`);
    expect(run(mediaBox, { title: 'Port expands' }).images).toEqual([]);
    const afterText = page(`<article><p class="kicker">Ports</p><div class="featured-image"><img src="/img/promo.jpg" alt=""></div><div class="inner"><h1>Port expands</h1>${story}</div></article>`);
    expect(run(afterText, { title: 'Port expands' }).images).toEqual([]);
    const linked = page(`<article><div class="post-thumb"><a href="/other-story"><img src="/img/other.jpg" alt=""></a></div><div class="inner"><h1>Port expands</h1>${story}</div></article>`);
    expect(run(linked, { title: 'Port expands' }).images).toEqual([]);
  });

  it('reads the lead under an h2 that stands in for the headline, leaving out undescribed tool icons', () => {
    const html = page(`<article><h2 class="story__title"><a href="/port">Port expands</a></h2>
      <div class="story__tools"><a href="/port/pdf"><img src="/assets/img/pdf.png" title="Download PDF"></a></div>
      <figure class="media"><img src="/img/port.jpg" alt=""><figcaption>The port at night. — APP</figcaption></figure>
      <div class="story__content">${prose('port')}${prose('cranes')}</div></article>`);
    const result = run(html, { title: 'Port expands' });
    expect(result.images.map((image) => image.url)).toEqual(['https://news.example/img/port.jpg']);
    expect(result.body).not.toContain('The port at night.');
  });

  it('leaves out the writer\'s own line under the name on the writer\'s card, and keeps a dek under the headline', () => {
    const card = `<div class="card"><h3 class="card__title">Jane Roe</h3>
      <h4 class="card__subtitle">Former managing editor, Harbour Herald | Ports and ferries | Writing a book on small harbours</h4></div>`;
    const story = `<div class="story">${prose('port')}${prose('cranes')}</div>`;
    const credited = run(page(`<article><h1>Port expands</h1>${card}${story}</article>`), { title: 'Port expands', authors: ['Jane Roe'] });
    expect(credited.body).not.toContain('Former managing editor');
    const dekUnderHeadline = `<h1>Port expands</h1><h4 class="subtitle">The port will double its capacity by 2030, the authority said, after years of planning.</h4>`;
    expect(run(page(`<article>${dekUnderHeadline}${story}</article>`), { title: 'Port expands', authors: ['Jane Roe'] }).body).toContain('The port will double');
  });

  it('reads the lead picture under a headline set in a plain box, where no heading is the title, unless the box is printed twice (rule "headline in a plain box")', () => {
    const header = '<div class="news-title"><span id="ContentPlaceHolder1_lblTitle">Port expands</span></div>';
    const picture = '<div class="news-img"><img src="/img/port.jpg" alt="The port"><div class="img-desc">The port at night.</div></div>';
    const story = `<div class="news-body">${prose('port')}${prose('cranes')}</div>`;
    const result = run(page(`${header}${picture}${story}`), { title: 'Port expands' });
    expect(result.images).toEqual([{ url: 'https://news.example/img/port.jpg', caption: 'The port at night.', alt: 'The port', credit: null }]);
    expect(result.body).not.toContain('The port at night.');
    const twice = run(page(`<div class="sticky"><span>Port expands</span></div>${header}${picture}${story}`), { title: 'Port expands' });
    expect(twice.images).toEqual([]);
  });

  it('reads an undescribed picture sized for the column under a headline in a plain box, and not the tool icons there (rule "picture sized for the column")', () => {
    const cell = (picture: string) => page(`<table><tr><td><font class="headline">Port expands</font><br><font class="date">04/12/2026</font><br><br>
      ${picture}<div class="text">${prose('port')}${prose('cranes')}</div></td></tr></table>`);
    expect(run(cell('<img src="/pics/port.jpg" width="400" align="left" alt="">'), { title: 'Port expands' }).images.map((image) => image.url)).toEqual(['https://news.example/pics/port.jpg']);
    expect(run(cell('<img src="/pics/pdf.jpg" width="24" height="24"><img src="/pics/mail.jpg" width="24" height="24">'), { title: 'Port expands' }).images).toEqual([]);
    expect(run(cell('<a href="https://ads.example/garage"><img src="/banners/garage.jpg" width="468"></a>'), { title: 'Port expands' }).images).toEqual([]);
  });

  const dek = 'The authority will double the port capacity by 2030, after years of planning, debate and two failed tenders.';

  it('takes a bare picture box between an info list and the text that the body merges', () => {
    const text = ['port', 'cranes', 'quay', 'tide', 'ferry'].map((topic) => prose(topic, 2)).join('');
    const html = page(`<div class="item-page"><h2 itemprop="headline">Port expands</h2>
      <dl class="article-info"><dd class="createdby">Written by Jane Roe, who has covered the harbour, its ferries and its cranes since 2019.</dd></dl>
      <div class="pull-left item-image"><img src="/img/port.jpg" alt="The port"></div>
      <div itemprop="articleBody">${text}</div></div>`);
    expect(run(html, { title: 'Port expands' }).images.map((image) => image.url)).toEqual(['https://news.example/img/port.jpg']);
  });

  it('takes the picture between a dek and a text that the body merges, and reads its caption as the caption', () => {
    const shortDek = 'The authority will double the port capacity by 2030, after years of planning and debate.';
    const text = ['port', 'cranes', 'quay', 'tide', 'ferry'].map((topic) => prose(topic, 2)).join('');
    const html = page(`<article><p class="story-rubric"><a href="/ports/">Ports</a></p><h1>Port expands</h1><p class="story-dek">${shortDek}</p>
      <p class="story-byline">By <a href="/jane">Jane Roe</a> | <time>July 21, 2023</time></p>
      <figure class="story-lead"><img src="/img/port.jpg" width="1200" height="800"><figcaption>The port at night.</figcaption></figure>
      <div class="story-body">${text}</div><div class="story-tags"><a href="/t/a">ports</a> <a href="/t/b">shipping</a></div></article>`);
    const result = run(html, { title: 'Port expands' });
    expect(result.body.startsWith('The authority will double')).toBe(true);
    expect(result.images).toEqual([{ url: 'https://news.example/img/port.jpg', caption: 'The port at night.', alt: null, credit: null }]);
    expect(result.body).not.toContain('The port at night.');
  });

  it.each([
    ['a deck-classed h2', `<h2 class="article__deck">${dek}</h2>`],
    ['an epigraph', `<div class="epigraph-container"><h2 class="epigraph">${dek}</h2></div>`],
    ['a German Vorspann', `<div class="dig-vorspann">${dek}</div>`],
    ['a schema.org description', `<div itemprop="description"><div>${dek}</div></div>`],
    ['an agency CMS\'s intro text', `<div class="introtext">${dek}</div>`],
  ])('takes %s as the standfirst', (_kind, standfirst) => {
    const html = page(`<article><header><h1>Port expands</h1></header>${standfirst}<div class="story">${prose('port')}${prose('cranes')}</div></article>`);
    expect(run(html, { title: 'Port expands' }).body.startsWith('The authority will double')).toBe(true);
  });

  it('takes a block that prints the declared summary as the standfirst, whatever its class, and no other block', () => {
    const html = (block: string) => page(`<article><header><h1>Port expands</h1></header>${block}<div class="sc-9x2k">${prose('port')}${prose('cranes')}</div></article>`);
    expect(run(html(`<div class="sc-7f3a">${dek}</div>`), { title: 'Port expands', description: dek }).body.startsWith('The authority will double')).toBe(true);
    const cut = `${dek.slice(0, 104)}…`;
    expect(run(html(`<div class="sc-7f3a">${dek}</div>`), { title: 'Port expands', description: cut }).body.startsWith('The authority will double')).toBe(true);
    expect(run(html(`<div class="sc-7f3a">${dek}</div>`), { title: 'Port expands', description: 'A different summary of the port story, long enough to count as one, about cranes and tides.' }).body)
      .not.toContain('The authority will double');
    expect(run(html(`<div class="sc-7f3a">${dek}</div>`), { title: 'Port expands' }).body).not.toContain('The authority will double');
  });

  it('takes a short Arabic dek that prints the declared summary, in a heading or a paragraph, once', () => {
    const arabicDek = 'تقرير أممي: ثلثا سكان المنطقة يعيشون تحت إجهاد مائي مرتفع';
    const html = (block: string) => page(`<article><h1>الأمم المتحدة تحذر من ندرة المياه</h1>${block}<div class="art-body">${prose('port')}${prose('cranes')}</div></article>`);
    const context = { title: 'الأمم المتحدة تحذر من ندرة المياه', description: arabicDek };
    expect(run(html(`<h2 class="art-subtitle">${arabicDek}</h2>`), context).body.split('\n\n')[0]).toBe(arabicDek);
    expect(run(html(`<p class="mt-3 text-lg">${arabicDek}</p>`), context).body.split('\n\n')[0]).toBe(arabicDek);
    const responsive = `<div class="description hidden-lg">${arabicDek}</div><div class="description visible-lg">${arabicDek}</div>`;
    expect(run(html(responsive), context).body.split(arabicDek).length).toBe(2);
    expect(run(html(`<p class="mt-3 text-lg">${arabicDek}</p>`), { title: context.title }).body).not.toContain(arabicDek);
  });

  it('takes a short dek in a heading the theme names its subtitle when the page declares it, and not without the declaration (rule "named and declared subtitle")', () => {
    const shortDek = 'শীতের শুরুতেই জমজমাট কংসাবতীর পাড়';
    const html = (subtitle: string) => page(`<article><h1 class="jeg_post_title">মুকুটমণিপুরে পর্যটকদের ভিড়</h1>${subtitle}<div class="content-inner">${prose('port')}${prose('cranes')}</div></article>`);
    const title = 'মুকুটমণিপুরে পর্যটকদের ভিড়';
    expect(run(html(`<h2 class="jeg_post_subtitle">${shortDek}</h2>`), { title, description: shortDek }).body.split('\n\n')[0]).toBe(shortDek);
    expect(run(html(`<h2 class="jeg_post_subtitle">${shortDek}</h2>`), { title }).body).not.toContain(shortDek);
    expect(run(html(`<h2 class="section-head">${shortDek}</h2>`), { title, description: shortDek }).body.split('\n\n')[0]).not.toBe(shortDek);
  });

  it('does not take a declared summary of a few words as a dek', () => {
    const html = page(`<article><h1>Port expands</h1><p class="kicker">Port news in brief</p><div class="story">${prose('port')}${prose('cranes')}</div></article>`);
    expect(run(html, { title: 'Port expands', description: 'Port news in brief' }).body).not.toContain('Port news in brief');
  });

  it('keeps the picture between a byline row chosen with the text and the text itself', () => {
    const row = '<p>Reported by Jane Roe from the harbour office in Port Town for the Harbour Gazette on 25 July 2031</p>';
    const html = page(`<div class="story"><h1>Port expands</h1>${row}
      <figure><img src="/img/port.jpg"><figcaption>The new quay</figcaption></figure>
      <div class="story-text">${prose('port')}${prose('quay')}${prose('ships')}</div></div>`);
    const result = run(html);
    expect(result.images.map((image) => [image.url, image.caption])).toEqual([['https://news.example/img/port.jpg', 'The new quay']]);
  });

  it('does not take a deck-classed list of links', () => {
    const links = '<a href="/a">The authority will double the port capacity</a> <a href="/b">after years of planning, debate and two failed tenders</a>';
    const html = page(`<article><h1>Port expands</h1><div class="deck">${links}</div><div class="story">${prose('port')}${prose('cranes')}</div></article>`);
    expect(run(html, { title: 'Port expands' }).body).not.toContain('The authority will double');
  });

  it('takes a sentence-long h2 right under the headline as its subtitle', () => {
    const html = page(`<div class="article-header"><h1>Port expands</h1><h2>${dek}</h2><p class="byline">By Jane Roe</p></div><div class="story">${prose('port')}${prose('cranes')}</div>`);
    expect(run(html, { title: 'Port expands' }).body.startsWith('The authority will double')).toBe(true);
  });

  it('takes a press release\'s subhead set in a box of its own under the headline', () => {
    const html = page(`<article><h1>Port expands</h1><div class="release-subhead"><h2><i>${dek}</i></h2></div><div class="story">${prose('port')}${prose('cranes')}</div></article>`);
    expect(run(html, { title: 'Port expands' }).body.startsWith('The authority will double')).toBe(true);
  });

  it('takes the list of highlights a release sets under its headline in a block named its subhead, as its dek (rule "release\'s subhead")', () => {
    const highlights = '<ul class="release-subhead"><li>Earnings of $1.42 billion; $1.63 per share</li><li>Record production of 612 thousand barrels a day</li><li>$1.1 billion returned to shareholders</li></ul>';
    const html = page(`<div class="release"><h1>Port expands</h1><p class="date">Nov 5, 2026</p>${highlights}<div class="release-body">${prose('port')}${prose('cranes')}</div></div>`);
    const paragraphs = run(html, { title: 'Port expands' }).body.split('\n\n');
    expect(paragraphs.slice(0, 3)).toEqual(['Earnings of $1.42 billion; $1.63 per share', 'Record production of 612 thousand barrels a day', '$1.1 billion returned to shareholders']);
  });

  it('takes a short-sentence subtitle in the headline\'s header box, an h4 under an h3 headline too, and not one in another box', () => {
    const short = 'Fees stay at 20 baht a day for card holders, from April';
    const top = (box: string, headline: string) => page(`<div class="${box}">${headline}<p class="byline">By Jane Roe</p></div><div class="story">${prose('port')}${prose('cranes')}</div>`);
    expect(run(top('entry-header', `<h1>Port expands</h1><h2>${short}</h2>`), { title: 'Port expands' }).body.startsWith('Fees stay')).toBe(true);
    expect(run(top('entry-header', `<h3 itemprop="headline">Port expands</h3><h4>${short}</h4>`), { title: 'Port expands' }).body.startsWith('Fees stay')).toBe(true);
    expect(run(top('entry-top', `<h1>Port expands</h1><h2>${short}</h2>`), { title: 'Port expands' }).body.startsWith('Fees stay')).toBe(false);
  });

  it('takes the two-line dek under an h3 that stands in for the headline, in a <header> the cleaning would drop, unless the title heading is printed twice', () => {
    const twoLines = 'Harbour board, 41st plenary meeting<br>Fee relief and first-refusal rights for more tenants';
    const header = `<header class="article-view-header"><h3 class="heading">Port expands</h3><h4 class="subheading">${twoLines}</h4><ul><li>Jane Roe</li></ul></header>`;
    const story = `<article class="article-body">${prose('port')}${prose('cranes')}</article>`;
    expect(run(page(`${header}${story}`), { title: 'Port expands' }).body.split('\n\n')[0]).toBe('Harbour board, 41st plenary meeting\nFee relief and first-refusal rights for more tenants');
    const stickyBar = '<header class="fixed-bar"><h2>Port expands</h2><div><p>This summary was written by a machine and may miss the context; read the whole article below.</p></div></header>';
    expect(run(page(`${stickyBar}${header}${story}`), { title: 'Port expands' }).body).not.toContain('This summary was written by a machine');
  });

  it('takes the standfirst a Czech template names the opener', () => {
    const opener = '<div class="opener">The maternity ward of the town hospital will close on 31 December, the regional council announced today after its meeting.</div>';
    const html = page(`<div id="clanek"><h1>Port expands</h1><div class="info"><span>Jane Roe</span></div>${opener}<div class="text">${prose('port')}${prose('cranes')}</div></div>`);
    expect(run(html, { title: 'Port expands' }).body.startsWith('The maternity ward')).toBe(true);
  });

  it('takes the standfirst a Russian template names the announcement (rule "announce")', () => {
    const announce = '<div class="article__announce">Почему на морозе зарядка идёт медленнее и до скольких процентов стоит заряжать машину на ночь — объясняем на примерах из наших тестов.</div>';
    const html = page(`<article class="article"><h1>Port expands</h1>${announce}<div class="article__info"><a href="/authors/x/">Jane Roe</a></div><div class="article__body">${prose('port')}${prose('cranes')}</div></article>`);
    expect(run(html, { title: 'Port expands' }).body.startsWith('Почему на морозе')).toBe(true);
  });

  it('takes the standfirst a Turkish template names the summary (haber_ozet), after the date and editor line (rule "Turkish spot and özet")', () => {
    const dek = `<div class="haber_ozet">Liman ilçesinde iki gündür süren yağmurun ardından sahil yolunda heyelan meydana geldi. Yolun iki yakasında araçlar mahsur kaldı.</div>`;
    const html = page(`<div id="haber"><h1>Port expands</h1><div class="haber_tarih">05 Aralık 2026 Cumartesi 09:30 | Editör: Jane Roe</div>${dek}<div class="haber_icerik">${prose('port')}${prose('cranes')}</div></div>`);
    expect(run(html, { title: 'Port expands' }).body.startsWith('Liman ilçesinde')).toBe(true);
  });

  it.each([
    ['a short section heading under the headline', '<h2>Background of the port expansion plan</h2>'],
    ['a linked headline of another story under the headline', `<h2><a href="/other">${dek}</a></h2>`],
  ])('does not take %s', (_kind, header) => {
    const html = page(`<div class="article-header"><h1>Port expands</h1>${header}</div><div class="story">${prose('port')}${prose('cranes')}</div>`);
    const body = run(html, { title: 'Port expands' }).body;
    expect(body.startsWith('The port report')).toBe(true);
  });

  it('leaves the genre label a French dek opens with in capitals out of the body (rule "genre label before the dek")', () => {
    const article = (dek: string) => page(`<article><h1>Le port s'agrandit</h1><p class="standfirst">${dek}</p>${prose('port')}${prose('cranes')}</article>`);
    expect(run(article('CHRONIQUE - Le port double sa capacité en trois ans, estime notre chroniqueuse.'), { title: "Le port s'agrandit" }).body.split('\n\n')[0])
      .toBe('Le port double sa capacité en trois ans, estime notre chroniqueuse.');
    // A dateline in capitals, and a genre's word in lower case, open the text.
    expect(run(article('PARIS - Le port double sa capacité en trois ans.'), { title: "Le port s'agrandit" }).body).toContain('PARIS - Le port');
    expect(run(article('Chronique - Le port double sa capacité en trois ans.'), { title: "Le port s'agrandit" }).body).toContain('Chronique - Le port');
  });

  it('leaves the genre\'s word a kicker prints alone over the headline out of the body (rule "genre label alone")', () => {
    const review = (kicker: string) => page(`<div class="content"><p class="arbo"><a href="/">Accueil</a> &gt; <a href="/romans">Romans</a> &gt; <strong class="on">Le port s'agrandit</strong></p>
      <div class="cartouche"><p class="surtitre">${kicker}</p><h1>Le port s'agrandit</h1><p class="info-publi">3 décembre 2026</p></div>
      <div class="chapo"><p>Un livre ample sur le port de Guérande et ses familles, parfois trop sage, toujours précis.</p></div>
      <div class="fiche"><ul><li><strong>Auteur :</strong> Jeanne Roe</li><li><strong>Éditeur :</strong> Éditions du Large</li><li><strong>Pages :</strong> 384</li></ul></div>
      <div class="texte">${prose('port')}${prose('cranes')}</div></div>`);
    const body = run(review('Critique'), { title: "Le port s'agrandit" }).body;
    expect(body.startsWith('Un livre ample')).toBe(true);
    expect(body).not.toMatch(/^Critique/);
    expect(run(review('Critique'), { title: "Le port s'agrandit" }).body).toContain('port report');
  });
});
