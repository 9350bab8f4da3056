import { load } from 'cheerio/slim';
import type { DomElement } from '../../../lambdas/extract/content/dom';
import { looseParagraphBlocks } from '../../../lambdas/extract/content/fallback';
import { measureTree } from '../../../lambdas/extract/content/measure';
import { page, prose, run, treeOf } from './helpers';

function scriptsOf(html: string): DomElement[] {
  return load(html)('script').toArray() as unknown as DomElement[];
}

/** A Next.js page that server-renders the first paragraph and ships the story in its page data. */
function nextPage(data: unknown): string {
  return page(`<div id="__next"><h1>Harbour plan</h1><p>The council approved the harbour plan on Monday.</p><div class="skeleton"></div></div>
    <script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script>`);
}
const STORY_HTML = `<p>${'The council approved the harbour plan on Monday after a long debate. '.repeat(4)}</p><h2>What comes next</h2><p>${'Work starts in spring and ends within two years, the mayor said. '.repeat(4)}</p>`;

describe('fallbacks', () => {
  it('uses the JSON-LD articleBody when the page renders too little text', () => {
    const structuredBody = 'First paragraph of the story, long enough to count as one.\n\nSecond paragraph, with more detail about what happened and why it matters to readers, and what comes next for the town.\nThird paragraph closes the story with a quote from the mayor, who spoke on Tuesday afternoon at length.';
    const result = run(page('<div id="app"><p>Loading…</p></div>'), { structuredBody });
    expect(result.method).toBe('fallback:json-ld-articleBody');
    expect(result.body.split('\n\n')).toHaveLength(3);
  });

  it('reads the story from the Next.js page data when the server rendered only its first paragraph', () => {
    const html = nextPage({ props: { pageProps: { article: { title: 'Harbour plan', content: STORY_HTML, related: [{ content: 'A teaser.' }] } } } });
    const result = run(html, { scripts: scriptsOf(html) });
    expect(result.method).toBe('fallback:page-data');
    expect(result.body.split('\n\n')).toEqual([
      'The council approved the harbour plan on Monday after a long debate. '.repeat(4).trim(), 'What comes next',
      'Work starts in spring and ends within two years, the mayor said. '.repeat(4).trim(),
    ]);
  });

  it('reads page data holding an array too long to pass as call arguments', () => {
    const html = nextPage({ props: { pageProps: { ids: new Array(300_000).fill(7), article: { content: STORY_HTML } } } });
    const result = run(html, { scripts: scriptsOf(html) });
    expect(result.method).toBe('fallback:page-data');
    expect(result.body.split('\n\n')[1]).toBe('What comes next');
  });

  it("reads the story from a CMS's list of typed blocks in the page data, leaving out its ad and related-story blocks", () => {
    const first = 'The council approved the harbour plan on Monday after a long debate about its cost and the noise at night. ';
    const second = 'Work starts in spring and ends within two years, the mayor said, and the ferries keep their berths meanwhile. ';
    const html = nextPage({ props: { pageProps: { article: { headline: 'Harbour plan', body: [
      { type: 'paragraph', text: first.repeat(3).trim() }, { type: 'ad', slot: 'mpu-1', text: 'Advertisement' },
      { type: 'heading', text: 'What comes next' }, { type: 'related', text: 'Ferry fares rise again', href: '/ferries' },
      { type: 'paragraph', text: second.repeat(3).trim() }, { type: 'image', src: '/quay.jpg' },
    ] } } } });
    const result = run(html, { scripts: scriptsOf(html) });
    expect(result.method).toBe('fallback:page-data');
    expect(result.body.split('\n\n')).toEqual([first.repeat(3).trim(), 'What comes next', second.repeat(3).trim()]);
  });

  it('reads the story from the state a Nuxt or Redux app assigns to window, when the page shows only a loading box', () => {
    const state = { route: { path: '/region/harbour-plan' }, article: { current: { headline: 'Harbour plan', html: STORY_HTML } } };
    const html = page(`<div id="app"><div class="loading">Loading the article…</div></div>
      <script>window.__INITIAL_STATE__=${JSON.stringify(state)};(function(){var s=document.currentScript;s.parentNode.removeChild(s);}());</script>`);
    const result = run(html, { scripts: scriptsOf(html) });
    expect(result.method).toBe('fallback:page-data');
    expect(result.body.split('\n\n')[1]).toBe('What comes next');
  });

  it("reads Arc's story object from Fusion.globalContent, to its closing brace, leaving out its related-link and raw-HTML elements", () => {
    const first = 'The council approved the harbour plan on Monday after a long debate about its cost and the noise at night. ';
    const second = 'Work starts in spring and ends within two years, the mayor said, and the ferries keep their berths meanwhile. ';
    const story = { type: 'story', headlines: { basic: 'Harbour plan' }, content_elements: [
      { type: 'text', content: first.repeat(3).trim() }, { type: 'interstitial_link', url: '/ferries', content: 'Ferry fares rise again' },
      { type: 'header', level: 2, content: 'What comes next' }, { type: 'raw_html', content: '<div><p>Get the morning briefing by email</p></div>' },
      { type: 'text', content: second.repeat(3).trim() },
    ] };
    const html = page(`<div id="fusion-app"><h1>Harbour plan</h1><div class="skeleton"></div></div>
      <script>window.Fusion=window.Fusion||{};Fusion.globalContent=${JSON.stringify(story)};Fusion.globalContentConfig={"source":"content-api"};Fusion.metas={"title":{"value":"}"}};</script>`);
    const result = run(html, { scripts: scriptsOf(html) });
    expect(result.method).toBe('fallback:page-data');
    expect(result.body.split('\n\n')).toEqual([first.repeat(3).trim(), 'What comes next', second.repeat(3).trim()]);
  });

  it('reads a Portable Text body, each block the text of its spans, leaving out blocks of other types', () => {
    const first = 'The council approved the harbour plan on Monday after a long debate about its cost and the noise at night. ';
    const second = 'Work starts in spring and ends within two years, the mayor said, and the ferries keep their berths meanwhile. ';
    const block = (...texts: string[]) => ({ _type: 'block', style: 'normal', children: texts.map((text) => ({ _type: 'span', marks: [], text })) });
    const html = nextPage({ props: { pageProps: { article: { title: 'Harbour plan', body: [
      block(first.repeat(2), 'by nine votes ', 'to four.'), { _type: 'relatedArticle', title: 'Ferry fares rise again' },
      { _type: 'image', caption: 'The quay at dawn' }, block(second.repeat(3).trim()),
    ] } } } });
    const result = run(html, { scripts: scriptsOf(html) });
    expect(result.method).toBe('fallback:page-data');
    expect(result.body.split('\n\n')).toEqual([`${first.repeat(2)}by nine votes to four.`, second.repeat(3).trim()]);
  });

  it("reads the story from Nuxt 3's devalue payload, a body key's number naming the string at that index", () => {
    const payload = [{ data: 1, state: 6 }, ['ShallowReactive', 2], { 'article-7': 3 }, { title: 4, body: 5, teaser: 7 }, 'Harbour plan', STORY_HTML, {}, 'A teaser.'];
    const html = page(`<div id="__nuxt"><h1>Harbour plan</h1><div class="placeholder-line"></div></div>
      <script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">${JSON.stringify(payload)}</script>`);
    const result = run(html, { scripts: scriptsOf(html) });
    expect(result.method).toBe('fallback:page-data');
    expect(result.body.split('\n\n')[1]).toBe('What comes next');
  });

  it('keeps the rendered text when the page data holds no story, or cannot be read', () => {
    for (const html of [nextPage({ props: { pageProps: { article: { content: 'A teaser, too short to be the story.' } } } }),
      page('<p>The council approved the harbour plan on Monday.</p><script id="__NEXT_DATA__" type="application/json">{"props":</script>')]) {
      const result = run(html, { scripts: scriptsOf(html) });
      expect(result.method).toBe('main-pass');
      expect(result.body.split('\n\n').at(-1)).toBe('The council approved the harbour plan on Monday.');
    }
  });


  it("takes the page data's paragraphs over a declared articleBody that runs the same story together in one", () => {
    const paragraphs = [
      'The council approved the harbour plan on Monday after a long debate about its cost and the noise at night.',
      'Work starts in spring and ends within two years, the mayor said, and the ferries keep their berths meanwhile.',
      'Fishing crews asked for a second slipway; the council said it would look at one once the quay walls are rebuilt.',
      'Objectors have six weeks to appeal, and a residents group said it would, citing the lorries the work brings.',
      'The port authority expects cruise calls to double by the end of the decade once the new berth is dredged.',
    ];
    const html = nextPage({ props: { pageProps: { article: { body: paragraphs.map((text) => ({ type: 'paragraph', html: text })) } } } });
    const result = run(html, { scripts: scriptsOf(html), structuredBody: paragraphs.join(' ') });
    expect(result.method).toBe('fallback:page-data');
    expect(result.body.split('\n\n')).toEqual(paragraphs);
    const teaser = nextPage({ props: { pageProps: { article: { body: paragraphs.slice(0, 2).map((text) => ({ type: 'paragraph', html: text })) } } } });
    expect(run(teaser, { scripts: scriptsOf(teaser), structuredBody: paragraphs.join(' ') }).method).toBe('fallback:json-ld-articleBody');
  });
  describe('a teaser over the declared body', () => {
    const dek = 'The council backed the harbour plan after a year of delays, and the first cranes arrive in spring.';
    const story = [
      'The harbour plan passed on Monday night by nine votes to four, ending a year of hearings about its cost.',
      'Engineers will dredge the eastern basin first, the mayor said, so that the ferries can keep their berths while the quay is rebuilt.',
      'Residents of the old town had asked for a noise limit at night; the council wrote one into the contract.',
      'The port authority will pay a third of the cost, and the rest comes from a loan the city repays over twenty years.',
      'Work starts in March. The first new berth should open within eighteen months, and the whole quay within three years.',
      'Fishermen who use the western basin will move to a temporary pontoon for the first winter, which the city will heat and light.',
      'Two members who voted against the plan said the loan was too long, and that the city would still be paying for the quay in 2050.',
      'The mayor answered that a quay lasts a century, and that the ferries bring more in fees each year than the loan costs.',
      'A public meeting on the building works is planned for February in the old customs house, where the drawings will be shown.',
    ].join('\n\n');
    /** A subscriber's story as the paywall shows it: the dek, a picture, and an offer long enough not to fall back. */
    const teaser = page(`<article><h1>Harbour plan approved</h1><p class="intro">${dek}</p>
      <figure><img src="/harbour.jpg" alt="The harbour"><figcaption>The eastern basin at dawn.</figcaption></figure>
      <div class="offer"><p>Read the full story with a subscription.</p><p>Digital plan: every story, the e-paper and the archive, for 9.90 a month, cancel at any time.</p>
      <p>Print and digital: the paper delivered every morning, with every story online as well, for 29.90 a month.</p></div></article>`);

    it('reads the declared body, under the dek the page shows, when it is several times what the page shows', () => {
      const result = run(teaser, { structuredBody: story, description: dek, title: 'Harbour plan approved' });
      expect(result.method).toBe('fallback:json-ld-articleBody');
      expect(result.body.split('\n\n')).toEqual([dek, ...story.split('\n\n')]);
    });

    it('keeps what the page shows when the declared body is not several times longer', () => {
      const result = run(teaser, { structuredBody: story.split('\n\n').slice(0, 2).join('\n\n'), description: dek, title: 'Harbour plan approved' });
      expect(result.method).toBe('main-pass');
      expect(result.body).toContain('Read the full story with a subscription.');
    });

    describe('rule "the wall\'s cut"', () => {
      const paragraphs = story.split('\n\n');
      /** A locked story as the wall shows it: the dek, its first three paragraphs, and the offer. */
      const cut = page(`<article><h1>Harbour plan approved</h1><p class="intro">${dek}</p>${paragraphs.slice(0, 3).map((text) => `<p>${text}</p>`).join('')}
        <div class="wall"><p>Subscribe to read on: every story for 9.90 a month.</p></div></article>`);

      it('reads the declared body of a locked story when the page shows its start and the declared body is half again as long', () => {
        const result = run(cut, { structuredBody: story, description: dek, title: 'Harbour plan approved', isAccessibleForFree: false });
        expect(result.method).toBe('fallback:json-ld-articleBody');
        expect(result.body.split('\n\n')).toEqual([dek, ...paragraphs]);
      });

      it('keeps what the page shows when the story is not declared locked, or the page shows the declared body nearly to its end', () => {
        expect(run(cut, { structuredBody: story, description: dek, title: 'Harbour plan approved' }).method).toBe('main-pass');
        const shortDeclared = paragraphs.slice(0, 4).join('\n\n');
        expect(run(cut, { structuredBody: shortDeclared, description: dek, title: 'Harbour plan approved', isAccessibleForFree: false }).method).toBe('main-pass');
      });
    });
  });

  it('keeps the main pass when it finds the article', () => {
    const result = run(page(`<article>${prose('main')}${prose('pass')}</article>`), { structuredBody: 'Short teaser.' });
    expect(result.method).toBe('main-pass');
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  it('returns an empty body with method none for a page without text', () => {
    expect(run(page('<div><img src="/a.jpg"></div>'))).toMatchObject({ body: '', bodyHtml: '', method: 'none', confidence: 0 });
  });

  it('reads a short Chinese brief as the story, its captions on its pictures and not in its text', () => {
    const result = run(page(`<article><h1>江边步道今起开放</h1>
      <figure><img src="https://news.example/a.jpg" alt="步道"><figcaption>市民在新开放的步道上散步。</figcaption></figure>
      <p>沿江步道改造工程完工，今天上午正式向市民开放。步道全长约三公里，沿途新建了两座观景平台和五处休息区。</p>
      <p>市园林局表示，步道每天早上六点至晚上十点开放，夜间照明已同步启用，方便市民晚间散步和锻炼。</p>
      <figure><img src="https://news.example/b.jpg" alt="平台"><figcaption>新建的观景平台可以看到江面。</figcaption></figure>
      <p>二期工程预计明年春天动工，建成后步道将延伸至城北湿地公园。</p></article>`), { title: '江边步道今起开放' });
    expect(result.method).toBe('main-pass');
    expect(result.body.split('\n\n')).toEqual([
      '沿江步道改造工程完工，今天上午正式向市民开放。步道全长约三公里，沿途新建了两座观景平台和五处休息区。',
      '市园林局表示，步道每天早上六点至晚上十点开放，夜间照明已同步启用，方便市民晚间散步和锻炼。',
      '二期工程预计明年春天动工，建成后步道将延伸至城北湿地公园。',
    ]);
    expect(result.images.map((image) => image.caption)).toEqual(['市民在新开放的步道上散步。', '新建的观景平台可以看到江面。']);
  });

  it('keeps a short story\'s captions on its pictures, out of its text', () => {
    const result = run(page(`<article><h1>Ferry back</h1>
      <p>The island ferry will run twice a day again from Monday, the operator said on Friday.</p>
      <figure><img src="https://news.example/ferry.jpg" alt="Ferry"><figcaption>The ferry leaving the harbour last week.</figcaption></figure>
      <p>Winter storms had cut the service to one crossing a day since January.</p></article>`), { title: 'Ferry back' });
    expect(result.body).toBe('The island ferry will run twice a day again from Monday, the operator said on Friday.\n\nWinter storms had cut the service to one crossing a day since January.');
    expect(result.images[0].caption).toBe('The ferry leaving the harbour last week.');
  });

  it('reads a gallery\'s captions, which hold more text than the rest of it, as its text', () => {
    const slides = ['The old lighthouse at dawn, seen from the northern pier before the restoration began.',
      'Volunteers scraping the flaking paint from the lantern room during the first week of work.',
      'The restored lantern lit for the first time in forty years on Saturday evening.'];
    const result = run(page(`<article><h1>Lighthouse in pictures</h1><p>Photos of the restoration.</p>
      ${slides.map((caption, index) => `<figure><img src="https://news.example/slide-${index}.jpg" alt=""><figcaption>${caption}</figcaption></figure>`).join('')}</article>`), { title: 'Lighthouse in pictures' });
    expect(result.method).toBe('fallback:captions');
    expect(result.body.split('\n\n')).toEqual(['Photos of the restoration.', ...slides]);
  });

  it('takes no caption for a loose paragraph', () => {
    const caption = 'The ferry leaving the harbour on a grey morning last week, seen from the pier.';
    const story = 'Winter storms had cut the service to one crossing a day since the start of January.';
    const root = treeOf(page(`<div><p>${story}</p></div><figure><img src="https://news.example/ferry.jpg" alt="Ferry"><figcaption><p>${caption}</p></figcaption></figure>
      <div class="photo-caption"><p>${caption} Again.</p></div>`));
    const blocks = looseParagraphBlocks(root, measureTree(root), 'https://news.example/a');
    expect(blocks.map((block) => (block.kind === 'figure' ? block.image.url : block.text))).toEqual([story]);
  });
});
