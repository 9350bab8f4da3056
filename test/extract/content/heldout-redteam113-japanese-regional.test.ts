import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const story = [
  '青森地方気象台は７日、岩木山で初冠雪を観測したと発表した。平年より２０日遅く、昨年より１２日遅い。記録が残る１９５３年以降では３番目に遅い観測となった。',
  '気象台によると、６日夜から７日朝にかけて上空に強い寒気が流れ込み、山頂付近で雪が降った。７日午前８時ごろ、弘前市内から職員が目視で確認した。',
  '同気象台は、今後１週間は平年並みか平年より低い気温が続く見込みで、平地でも雪が降る可能性があるとして、路面の凍結などに注意を呼びかけている。',
];
const page = (head: string, figure: string, after = '') => `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>岩木山で初冠雪 | 県民日報</title>${head}</head><body>`
  + `<article><h1>岩木山で初冠雪</h1>${figure}<div class="article-body">${story.map((p) => `<p>${p}</p>`).join('')}</div>${after}</article></body></html>`;
const read = (head: string, figure: string, after = '') => extract(Buffer.from(page(head, figure, after)), { url: 'https://www.kenmin.example/articles/20261207-1', now });

describe('Japanese regional papers and local broadcasters', () => {
  it('reads "（name撮影）" closing a caption as its credit (rule "closing shot-by credit, in Japanese")', () => {
    const figure = '<figure><img src="/img/iwakisan.jpg" alt=""><figcaption>山頂付近が白くなった岩木山＝７日午前８時ごろ、弘前市（佐藤花子撮影）</figcaption></figure>';
    expect(read('', figure).leadImage).toMatchObject({ url: 'https://www.kenmin.example/img/iwakisan.jpg', caption: '山頂付近が白くなった岩木山＝７日午前８時ごろ、弘前市', credit: '佐藤花子撮影' });
    // A bracket that only notes the direction or a person's place in the picture is the caption's.
    const plain = '<figure><img src="/img/iwakisan.jpg" alt=""><figcaption>記者会見する市長（中央）</figcaption></figure>';
    expect(read('', plain).leadImage).toMatchObject({ caption: '記者会見する市長（中央）', credit: null });
  });

  it('reads every writer a closing bracket lists (rule "writers listed in the closing credit")', () => {
    const signed = (credit: string) => `<p>${story[0]}</p><p>${story[1]}</p><p>${story[2]}${credit}</p>`;
    const authors = (credit: string) => extract(Buffer.from(`<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>初冠雪</title></head><body><article><h1>初冠雪</h1><div class="body">${signed(credit)}</div></article></body></html>`),
      { url: 'https://www.kenmin.example/articles/20261207-2', now }).authors;
    expect(authors('（田中一郎、佐々木花）')).toEqual(['田中一郎', '佐々木花']);
    // A bracketed list of places, or a note on the pictures, signs nothing.
    expect(authors('（写真、図表は気象台提供）')).toEqual([]);
  });

  it('counts the paragraphs a closing credit signs past an ad slot and a subheading (rule "past the slots between paragraphs")', () => {
    const body = `<p>${story[0]}</p><h2>平地でも雪の恐れ</h2><div class="ad"><span>PR</span></div><p>${story[2]}（山田太郎）</p>`;
    const authors = extract(Buffer.from(`<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>初冠雪</title></head><body><article><h1>初冠雪</h1><div class="body">${body}</div></article></body></html>`),
      { url: 'https://www.kenmin.example/articles/20261207-3', now }).authors;
    expect(authors).toEqual(['山田太郎']);
  });

  it('reads a yearless "12月7日(月) 10:15" by its weekday (rule "weekday beside the ideographic day")', () => {
    const stamped = (stamp: string) => extract(Buffer.from(page('', `<div class="info"><span>みなみ放送</span> <time>${stamp}</time></div>`)), { url: 'https://news.tv.example/article/1', now }).publishedAt;
    expect(stamped('12月7日(月) 10:15')).toBe('2026-12-07T10:15:00+09:00');
    // Last year's 7 December fell on a Sunday: a Sunday's stamp is last year's.
    expect(stamped('12月7日(日) 10:15')).toBe('2025-12-07T10:15:00+09:00');
  });

  it('reads no writer from a station closing the report (rule "station\'s closing credit")', () => {
    const authors = (credit: string) => extract(Buffer.from(page('', '', `<p>${credit}</p>`)), { url: 'https://news.tv.example/article/2', now }).authors;
    expect(authors('（みなみ放送）')).toEqual([]);
    expect(authors('（北海テレビ）')).toEqual([]);
    expect(authors('（山田太郎）')).toEqual(['山田太郎']);
  });

  const table = (row: string) => '<html><head><meta charset="utf-8"><title>日日新聞 ニュース｜岩木山で初冠雪</title></head><body><table><tr><td>'
    + `<font size="5"><b>岩木山で初冠雪</b></font><br><font size="2">2026/12/07 10:15</font><br><font size="3">${story.join('<br><br>')}<br><br></font>`
    + `<div align="right"><font size="2">${row}</font></div></td></tr></table></body></html>`;
  const tableBody = (row: string) => extract(Buffer.from(table(row)), { url: 'https://www.nichinichi.example/news/20261207_01.html', now }).body.split('\n\n').at(-1);

  it('drops a row of bracketed tools whose mail link the share pass emptied (rule "emptied tool\'s brackets")', () => {
    expect(tableBody('[<a href="javascript:window.print()">印刷する</a>]　[<a href="mailto:?subject=news">メールで送る</a>]')).toBe(story[2]);
  });

  it('drops a row of bracketed tools that closes on its back link (rule "back link, in Japanese")', () => {
    expect(tableBody('[<a href="/print.php">印刷する</a>]　[<a href="mailto:?subject=news">メールで送る</a>]　[<a href="/news/">戻る</a>]')).toBe(story[2]);
  });

  it('reads the line under a picture table that closes on "＝place" as its caption (rule "caption\'s equals sign")', () => {
    const html = '<html><head><meta charset="utf-8"><title>日日新聞 ニュース｜岩木山で初冠雪</title></head><body><table><tr><td>'
      + '<font size="5"><b>岩木山で初冠雪</b></font><br><font size="2">2026/12/07 10:15</font><br>'
      + '<table align="right"><tr><td><img src="/photo/iwakisan.jpg" width="240" height="180"></td></tr><tr><td><font size="1">白くなった岩木山の山頂＝弘前市で</font></td></tr></table>'
      + `<font size="3">${story.join('<br><br>')}<br><br></font></td></tr></table></body></html>`;
    const record = extract(Buffer.from(html), { url: 'https://www.nichinichi.example/news/20261207_02.html', now });
    expect(record.body).not.toContain('＝弘前市で');
    expect(record.body.split('\n\n').slice(-3)).toEqual(story);
    expect(record.leadImage).toMatchObject({ url: 'https://www.nichinichi.example/photo/iwakisan.jpg', caption: '白くなった岩木山の山頂＝弘前市で' });
  });

  it('credits two agencies joined by the equals sign in the closing bracket (rule "agency through agency")', () => {
    const lead = (caption: string) => read('', `<figure><img src="/img/fed.jpg" alt=""><figcaption>${caption}</figcaption></figure>`).leadImage;
    expect(lead('講演するＦＲＢ議長＝６日、ワシントン（ロイター＝共同）')).toMatchObject({ caption: '講演するＦＲＢ議長＝６日、ワシントン', credit: 'ロイター＝共同' });
    expect(lead('会見する大統領＝５日、パリ（AFP＝時事）')).toMatchObject({ credit: 'AFP＝時事' });
    // A bracketed note of who is where in the picture is the caption's.
    expect(lead('会見する知事（左）と市長＝５日、県庁（左＝知事）')).toMatchObject({ credit: null });
  });

  it('reads a Japanese members-only notice in the paywall box as no free access (rule "paywall notice, in Japanese")', () => {
    const access = (box: string) => read('', '', box).isAccessibleForFree;
    expect(access('<div class="paywall"><p>この記事は有料会員限定です。</p><p>残り１６２４文字</p><a href="/entry">有料会員に登録する</a></div>')).toBe(false);
    // A badge that only says "members only" labels the story's kind, as a list's badges do other stories'.
    expect(access('<p class="label-premium">会員限定</p>')).toBeNull();
  });

  const keywordTags = (site: string) => read(`<meta property="og:site_name" content="${site}"><meta name="keywords" content="ローカル線,地域交通,上田市,信州かがみ新聞">`, '').tags;

  it('knows the paper\'s name in a site named for its web edition (rule "paper without its edition")', () => {
    expect(keywordTags('信州かがみ新聞デジタル')).toEqual(['ローカル線', '地域交通', '上田市']);
    expect(keywordTags('信州かがみ新聞 電子版')).toEqual(['ローカル線', '地域交通', '上田市']);
    // A site named without an edition word keeps a keyword naming what it is about.
    expect(keywordTags('信州かがみ新聞')).toContain('信州かがみ新聞');
  });

  it('reads the story block\'s category element over the headline as the section (rule "the block\'s category element")', () => {
    const section = (className: string) => extract(Buffer.from('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>ニュース｜日銀短観｜FMしおかぜ</title></head><body>'
      + '<nav><a href="/program/">番組表</a><a href="/news/">ニュース</a></nav><main><div class="news-detail"><div class="news-detail__head">'
      + `<p class="${className}">経済</p><h2 class="news-detail__title">日銀短観</h2><p class="news-detail__date">2026.12.07 09:30 配信</p></div>`
      + `<div class="news-detail__body">${story.map((p) => `<p>${p}</p>`).join('')}</div></div></main></body></html>`), { url: 'https://www.fm.example/news/3/', now }).section;
    expect(section('news-detail__cat')).toBe('経済');
    expect(section('news-detail__lead')).toBeNull();
  });

  const blogPost = (siteHeading: string, headline: string) => '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>灯りの小径 | かわごえ市民新聞</title></head><body>'
    + `<div id="header">${siteHeading}</div><div id="nav"><ul><li><a href="https://kawagoe.example/machi/">まちの話題</a></li><li><a href="https://kawagoe.example/shisei/">市政</a></li></ul></div>`
    + `<div class="entry-asset">${headline}<div class="asset-meta"><span class="date">令和8年12月7日（月）</span> <span class="category">カテゴリ：<a href="https://kawagoe.example/machi/">まちの話題</a></span></div>`
    + `<div class="asset-body">${story.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
  const blogSection = (siteHeading: string, headline: string) => extract(Buffer.from(blogPost(siteHeading, headline)), { url: 'https://kawagoe.example/machi/2026/12/post-1842.html', now }).section;

  it('reads the category field under the headline past its label (rule "category field\'s label")', () => {
    expect(blogSection('<p>かわごえ市民新聞</p>', '<h1 class="asset-name">灯りの小径</h1>')).toBe('まちの話題');
  });

  it('finds the headline in the h2 where the h1 holds the site\'s name (rule "site\'s name in the h1")', () => {
    expect(blogSection('<h1 id="header-name"><a href="https://kawagoe.example/">かわごえ市民新聞</a></h1>', '<h2 class="asset-name">灯りの小径</h2>')).toBe('まちの話題');
  });

  it('leaves the station\'s credit line closing a report out of the body (rule "station\'s credit line")', () => {
    const body = (line: string) => extract(Buffer.from(`<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>初冠雪</title></head><body><article><h1>初冠雪</h1><div class="text">${story.map((p) => `<p>${p}</p>`).join('')}<p>${line}</p></div></article></body></html>`),
      { url: 'https://news.tv.example/article/4', now }).body.split('\n\n');
    expect(body('（みなみ放送）')).toEqual(story);
    expect(body('（北海テレビ）')).toEqual(story);
  });
});
