import { measureTree } from '../../../lambdas/extract/content/measure';
import { childElements, descendantElements, type DomElement } from '../../../lambdas/extract/content/dom';
import { scoreTree } from '../../../lambdas/extract/content/score';
import { selectContainer } from '../../../lambdas/extract/content/select';
import { page, prose, run, treeOf } from './helpers';

describe('scoring and selection', () => {
  it('counts Arabic clause punctuation like Latin', () => {
    const punctuationOf = (text: string) => {
      const root = treeOf(page(`<p>${text}</p>`));
      const stats = measureTree(root);
      const paragraph = descendantElements(root).find((element: DomElement) => element.name === 'p');
      return paragraph ? stats.get(paragraph)?.punctuation : undefined;
    };
    expect(punctuationOf('قال، ثم أضاف؛ لماذا؟')).toBe(3);
    expect(punctuationOf('said, then added; why?')).toBe(3);
  });

  it('reads the table cell that holds a headline set in styled text as the page\'s column, not a data cell (rule "the headline\'s cell")', () => {
    const title = 'البورصة المصرية تربح 14 مليار جنيه في ختام تعاملات الأحد';
    const { body } = run(page(`<table width="970"><tr><td valign="top" width="650">
      <div class="NewsTitle"><span id="lblTitle">${title}</span></div>
      <div class="NewsBody"><span id="lblBody">ربح رأس المال السوقي لأسهم الشركات المقيدة بالبورصة المصرية نحو 14 مليار جنيه في ختام تعاملات اليوم الأحد، أولى جلسات الأسبوع، وسط عمليات شراء من جانب المستثمرين المصريين والعرب.<br><br>
      وارتفع المؤشر الرئيسي للبورصة بنسبة 1.12% ليغلق عند مستوى 38412 نقطة، وهو أعلى مستوى إغلاق له في تاريخه، بدعم من صعود أسهم البنوك والاتصالات.<br><br>
      وجاء أداء مؤشرات البورصة في ختام الجلسة على النحو التالي:<br>
      <table border="1"><tr><td><b>المؤشر</b></td><td><b>الإغلاق</b></td><td><b>التغير</b></td></tr><tr><td>إيجي إكس 30</td><td>38,412.55</td><td>+1.12%</td></tr>
      <tr><td>إيجي إكس 70 متساوي الأوزان</td><td>9,804.21</td><td>+0.64%</td></tr><tr><td>إيجي إكس 100 متساوي الأوزان</td><td>12,377.80</td><td>+0.71%</td></tr></table><br>
      وسجلت تعاملات المصريين صافي شراء بقيمة 312 مليون جنيه، بينما اتجه الأجانب إلى البيع بصافي 205 ملايين جنيه.<br><br>
      وبلغت قيمة التداولات الإجمالية نحو 4.1 مليار جنيه من خلال تداول 1.2 مليار ورقة مالية عبر 118 ألف عملية.</span></div>
      </td><td valign="top" width="300" class="Side"><div class="SideBox"><div class="SideTitle">أسعار العملات</div>الدولار: 49.35<br>الريال: 13.14<br>الدينار الكويتي: 160.44</div></td></tr></table>`), { title });
    expect(body).toContain('إيجي إكس 30 | 38,412.55 | +1.12%');
    expect(body).toContain('118 ألف عملية');
    expect(body).not.toContain('الدينار الكويتي');
  });

  it('prefers the article over a longer link-heavy sidebar', () => {
    const links = Array.from({ length: 60 }, (_, i) => `<li><a href="/s/${i}">A much longer sidebar headline number ${i}, with a comma</a></li>`).join('');
    const root = treeOf(page(`<div class="rail"><ul>${links}</ul></div><div id="story">${prose('flood')}${prose('rain')}</div>`));
    const stats = measureTree(root);
    const selection = selectContainer(scoreTree(root, stats), stats);
    expect(selection?.top.attribs.id).toBe('story');
  });

  it('scores Arabic prose by its punctuation', () => {
    const arabic = '<p>قال المتحدث، في مؤتمر صحفي، إن الحكومة ستواصل العمل؛ وأضاف أن الوضع مستقر، وأن المساعدات ستصل قريبا إلى المناطق المتضررة؟</p>';
    const root = treeOf(page(`<div id="short"><p>عنوان قصير بلا ترقيم يتكرر هنا وهناك دون فواصل</p></div><div id="story">${arabic}${arabic}</div>`));
    const stats = measureTree(root);
    const selection = selectContainer(scoreTree(root, stats), stats);
    expect(selection?.top.attribs.id).toBe('story');
  });

  describe('prose over class words', () => {
    /** Over 100 characters with one comma: a prose paragraph that scores modestly. */
    const plainParagraph = (topic: string) =>
      `<p>The ${topic} committee met in the town hall on Monday evening, and the members agreed to publish the full minutes next week.</p>`;
    const selectedIn = (body: string) => {
      const root = treeOf(page(body));
      const stats = measureTree(root);
      return selectContainer(scoreTree(root, stats), stats);
    };

    it('prefers several prose paragraphs over a short box that wins only by its class word', () => {
      const popup = '<div class="main-content"><p>Register for the newsletter to keep reading for free</p></div>';
      const article = `<section id="a1">${['budget', 'school', 'harbour', 'library', 'transport', 'housing'].map(plainParagraph).join('')}</section>`;
      const selection = selectedIn(`${article}${popup}`);
      expect(selection?.top.attribs.id).toBe('a1');
    });

    it('keeps a long class-named winner written with line breaks, even next to a box of <p> paragraphs', () => {
      const line = 'The council said on Monday, after a long debate, that the new bridge will open in spring, not in winter';
      const article = `<div class="content" id="story"><div>${Array.from({ length: 6 }, () => line).join('<br><br>')}</div></div>`;
      const topics = ['budget', 'school', 'harbour', 'library', 'transport', 'housing', 'parks', 'water'];
      const other = `<section>${topics.map(plainParagraph).join('')}</section>`;
      const selection = selectedIn(`${article}${other}`);
      expect(selection?.top.attribs.id).toBe('story');
    });
    it('keeps a one-paragraph story over a column of other stories\' cards with whole-sentence deks', () => {
      const story = '<article id="story"><h1>Ferry service suspended</h1><p>All crossings have been cancelled for Thursday as gales, with gusts of up to 70 miles per hour, sweep across the strait, the operator said.</p></article>';
      const card = (topic: string) => `<div><h3><a href="/${topic}">Harbour ${topic} works will start in January</a></h3>${plainParagraph(topic)}</div>`;
      const selection = selectedIn(`<main>${story}<section>${['budget', 'school', 'harbour'].map(card).join('')}</section></main>`);
      expect(selection?.top.attribs.id).toBe('story');
    });
  });

  describe('text cell of a page laid out as a table', () => {
    it('scores each paragraph of a cell written with breaks, so the cell wins over the page table a class word names', () => {
      const line = 'The water company said on Sunday, after two weeks without supply, that the old main will be replaced by spring';
      const text = `<td id="text">Homs<br /><br />${Array.from({ length: 6 }, () => line).join('.<br /><br />')}.</td>`;
      const poll = '<td class="side"><table><tr><td>Has the water service improved this year, in your area?<br><input type="radio"> Yes<br><input type="radio"> No</td></tr></table></td>';
      const root = treeOf(page(`<table id="main_table"><tr><td colspan="2"><marquee>Urgent: exam dates set, fuel prices rise, roads closed</marquee></td></tr>
        <tr>${poll}<td><table><tr><td class="date">Sunday 15 December 2024, 10:30</td></tr><tr>${text}</tr></table></td></tr></table>`));
      const stats = measureTree(root);
      const selection = selectContainer(scoreTree(root, stats), stats);
      const cell = descendantElements(root).find((element) => element.attribs.id === 'text');
      expect(selection?.top === cell || selection?.top === cell?.parent).toBe(true);
    });

    it('takes in the picture row right above the chosen text row, and no other row', () => {
      const line = 'The minister opened the new hospital on Monday, with a hundred and fifty beds, in the north of the country';
      const root = treeOf(page(`<table><tr><td class="date">Monday 23 January 2017</td></tr>
        <tr><td id="picture"><img src="/news/hospital.jpg" width="450" height="300"><br><span>The new hospital building</span></td></tr>
        <tr><td id="text">${Array.from({ length: 5 }, () => line).join('.<br><br>')}.</td></tr>
        <tr><td><img src="/images/banner.jpg" width="450" height="300"></td></tr></table>`));
      const stats = measureTree(root);
      const selection = selectContainer(scoreTree(root, stats), stats);
      expect(selection?.nodes.map((node) => childElements(node)[0]?.attribs.id)).toEqual(['picture', 'text']);
    });
  });

  describe('split-article climb counts only candidates outside the winner', () => {
    const selectedIn = (body: string) => {
      const root = treeOf(page(body));
      const stats = measureTree(root);
      return selectContainer(scoreTree(root, stats), stats);
    };
    const plea = (n: number) => `<div class="text" id="box${n}"><p>Support us, today, with a gift, small or large, once, or monthly, or yearly, thank you.</p></div>`;

    it('does not widen to the page when one of the close candidates is the winner\'s own inner wrapper', () => {
      const body = `<div id="page"><div class="article-content" id="w"><div id="inner">${prose('flood', 2)}${prose('rain', 2)}</div></div>${plea(1)}${plea(2)}</div>`;
      expect(selectedIn(body)?.top.attribs.id).toBe('w');
    });

    it('still moves up to the common parent of an article split into sibling boxes', () => {
      const body = `<div id="story"><div class="part">${prose('flood')}</div><div class="part">${prose('rain')}</div><div class="part">${prose('storm')}</div></div>`;
      expect(selectedIn(body)?.top.attribs.id).toBe('story');
    });
  });

  describe('stream of stories', () => {
    const story = (heading: string, topics: string[]) =>
      `<article class="stream-item"><header><h2>${heading}</h2></header><div class="detail">${topics.map((topic) => prose(topic)).join('')}</div></article>`;

    it('reads the story whose heading is the title, not a longer one printed after it', () => {
      const body = `<h1>Latest stories</h1>${story('Bridge reopens after repairs', ['bridge', 'traffic'])}${story('Harbour plans approved', ['harbour', 'ferry', 'dock', 'crane', 'quay'])}`;
      const { body: text } = run(page(body), { title: 'Bridge reopens after repairs' });
      expect(text).toContain('bridge report');
      expect(text).not.toContain('harbour report');
    });

    const entry = (heading: string, topics: string[]) =>
      `<div class="stream-item"><div class="stream-head"><h2>${heading}</h2></div><div class="detail">${topics.map((topic) => prose(topic)).join('')}</div></div>`;

    it('reads the story whose heading is the title out of a stream of entries that are no <article>s', () => {
      const body = `<h1>Latest stories</h1>${entry('Bridge reopens after repairs', ['bridge', 'traffic', 'council'])}${entry('Harbour plans approved', ['harbour', 'ferry', 'dock', 'crane', 'quay'])}${entry('Market moves to the square', ['market', 'stall', 'square', 'fruit'])}`;
      const { body: text } = run(page(body), { title: 'Bridge reopens after repairs' });
      expect(text).toContain('council report');
      expect(text).not.toContain('harbour report');
      expect(text).not.toContain('market report');
    });

    it('reads a story split into chunks alike whole, when only its first chunk holds the headline', () => {
      const chunk = (heading: string, topics: string[]) => `<div class="story-chunk"><div class="head">${heading}</div>${topics.map((topic) => prose(topic)).join('')}</div>`;
      const body = `${chunk('<h1>Bridge reopens after repairs</h1>', ['bridge', 'traffic', 'council'])}${chunk('<h2>What the harbour gains</h2>', ['harbour', 'ferry', 'dock', 'crane'])}${chunk('<h2>Where the market goes</h2>', ['market', 'stall', 'square', 'fruit'])}`;
      const { body: text } = run(page(body), { title: 'Bridge reopens after repairs' });
      expect(text).toContain('bridge report');
      expect(text).toContain('market report');
    });

    it('does not bound the story by a row of the layout that holds its headline and a paragraph or two', () => {
      const row = (heading: string, topics: string[]) => `<div class="row"><div class="col">${heading}${topics.map((topic) => prose(topic)).join('')}</div></div>`;
      const body = `${row('<h2>Bridge reopens after repairs</h2>', ['repairs', 'toll'])}${row('<h2>What the bridge costs</h2>', ['bridge', 'traffic'])}${row('<h2>What the council says</h2>', ['council', 'budget'])}`;
      const { body: text } = run(page(body), { title: 'Bridge reopens after repairs' });
      expect(text).toContain('bridge report');
      expect(text).toContain('council report');
    });

    it('leaves the body alone when the headline sits in a differently classed hero <article>', () => {
      const hero = '<article class="hero"><h1>Bridge reopens after repairs</h1><p>The short dek of the story.</p></article>';
      const article = `<article class="story-body">${prose('bridge')}${prose('traffic')}${prose('council')}</article>`;
      const { body: text } = run(page(`${hero}${article}`), { title: 'Bridge reopens after repairs' });
      expect(text).toContain('council report');
    });
  });

  describe('sibling chapters', () => {
    const chapter = (id: string, heading: string, topic: string) =>
      `<section id="${id}"><div class="wrapper"><h2>${heading}</h2><div class="intro">${prose(topic, 1)}</div></div></section>`;
    const selectedIds = (body: string) => {
      const root = treeOf(page(body));
      const stats = measureTree(root);
      return selectContainer(scoreTree(root, stats), stats)?.nodes.map((node) => node.attribs.id);
    };

    it('reads the chapters that follow a <section> winner, however deep their paragraphs sit', () => {
      const body = `<section id="main">${prose('event')}${prose('schedule')}</section>${chapter('apero', 'Get-together', 'apero')}${chapter('travel', 'Getting there', 'travel')}`;
      expect(selectedIds(body)).toEqual(['main', 'apero', 'travel']);
    });

    it('reads the slides a gallery sets right after its text, and leaves out a row of linked thumbnails or a bar of icons (rule "slides after the text")', () => {
      const slide = (n: number) => `<figure><div class="n">${n} of 2</div><img src="/img/roses-${n}.jpg" alt=""><figcaption>Pickers at the farm at dawn, photo ${n}</figcaption></figure>`;
      const gallery = `<div id="intro">${prose('harvest')}</div><div id="slides">${slide(1)}${slide(2)}<div class="nav"><a href="#">Previous</a> <a href="#">Next</a></div></div>`;
      expect(selectedIds(gallery)).toEqual(['intro', 'slides']);
      const linked = (n: number) => `<figure><a href="/album-${n}"><img src="/img/album-${n}.jpg" alt=""></a><figcaption><a href="/album-${n}">Another album, number ${n}</a></figcaption></figure>`;
      expect(selectedIds(`<div id="intro">${prose('harvest')}</div><div id="more">${linked(1)}${linked(2)}</div>`)).toEqual(['intro']);
      expect(selectedIds(`<div id="intro">${prose('harvest')}</div><div id="icons"><img src="/i/a.gif"><img src="/i/b.gif"></div>`)).toEqual(['intro']);
      const cards = '<h3>More from Business</h3><a href="/gold"><img src="/s/gold.jpg" alt=""><span>Gold prices steady at the close of the week</span></a><a href="/exports"><img src="/s/exports.jpg" alt=""><span>Farm exports up by twelve percent</span></a>';
      expect(selectedIds(`<div id="intro">${prose('harvest')}</div><div id="more">${cards}</div>`)).toEqual(['intro']);
    });

    it('takes in a correction or an editor\'s note set in a box of its own beside the text, and leaves out a box that only links to the corrections policy (rule "note beside the text")', () => {
      const note = '<p><strong>Correction:</strong> An earlier version of this story gave the wrong cost for the wall.</p>';
      expect(selectedIds(`<div id="intro"><p><em>Editor’s note: This story has been updated with the council’s vote.</em></p></div><div id="text">${prose('harbour')}</div><footer id="note">${note}</footer>`)).toEqual(['intro', 'text', 'note']);
      expect(selectedIds(`<div id="text">${prose('harbour')}</div><div id="policy"><p><a href="/corrections">Correction policy and how to report an error</a></p></div>`)).toEqual(['text']);
    });

    it('leaves out a sibling <section> of teaser cards, whose headings are links', () => {
      const card = (topic: string) => `<div class="card"><h4><a href="/${topic}">The ${topic} story</a></h4>${prose(topic, 1)}</div>`;
      const body = `<section id="main">${prose('event')}${prose('schedule')}</section><section id="more">${card('harbour')}${card('ferry')}</section>`;
      expect(selectedIds(body)).toEqual(['main']);
    });
  });
});
