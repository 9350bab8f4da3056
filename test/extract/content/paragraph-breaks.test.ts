import { load } from 'cheerio/slim';
import { extract } from '../../../lambdas/extract';
import { type DomElement, holdsParagraphBreaks, isSetApartByBreaks } from '../../../lambdas/extract/content/dom';

const boxOf = (html: string) => load(html)('#box').get(0) as unknown as DomElement;

describe('holdsParagraphBreaks', () => {
  it('finds a blank line, two breaks in a row, in a box of inline text', () => {
    expect(holdsParagraphBreaks(boxOf('<div id="box">First paragraph.<br><br>Second <b>paragraph</b>.</div>'))).toBe(true);
    expect(holdsParagraphBreaks(boxOf('<div id="box">First paragraph.<br>\n  <br>Second paragraph.</div>'))).toBe(true);
    expect(holdsParagraphBreaks(boxOf('<section id="box">First.<br/><br/>Second, <a href="/x">linked</a>.</section>'))).toBe(true);
  });

  it('finds none in lines broken once (a menu, an address), in a box with block children, or in a table cell', () => {
    expect(holdsParagraphBreaks(boxOf('<div id="box"><a href="/">Home</a><br><a href="/crews">Crews</a><br><a href="/join">Join</a></div>'))).toBe(false);
    expect(holdsParagraphBreaks(boxOf('<div id="box">First.<br><br><p>Second.</p></div>'))).toBe(false);
    expect(holdsParagraphBreaks(boxOf('<div id="box">First.<br>x<br>Second.</div>'))).toBe(false);
    expect(holdsParagraphBreaks(boxOf('<table><tr><td id="box">First.<br><br>Second.</td></tr></table>'))).toBe(false);
  });
});

describe('isSetApartByBreaks', () => {
  it('finds a blank line in a table cell of inline text, and none in lines broken once or beside a block', () => {
    expect(isSetApartByBreaks(boxOf('<table><tr><td id="box">First.<br /><br />Second, <b>bold</b>.</td></tr></table>'))).toBe(true);
    expect(isSetApartByBreaks(boxOf('<table><tr><td id="box">Home<br>Crews<br>Join</td></tr></table>'))).toBe(false);
    expect(isSetApartByBreaks(boxOf('<table><tr><td id="box">First.<br><br><div>Second.</div></td></tr></table>'))).toBe(false);
  });
});

describe('extract() on an article written with breaks beside a classed headline box', () => {
  const paragraphs = [
    '서울시가 내년부터 심야버스 노선을 현재 14개에서 20개로 늘린다고 1일 밝혔다.',
    '시는 심야 시간대 택시 승차난을 해소하기 위해 이용객이 많은 강남과 홍대 일대를 중심으로 노선을 신설할 계획이다.',
    '시 관계자는 "시민들의 심야 귀갓길 불편을 줄이기 위해 노선을 지속적으로 확대하겠다"고 말했다.',
  ];
  const page = (wrapped: boolean) => `<html lang="ko"><head><meta charset="utf-8"><title>서울시, 내년부터 심야버스 노선 확대 | 한빛일보</title></head>
<body>${wrapped ? '<div id="container">' : ''}
<div class="article-head"><h1>서울시, 내년부터 심야버스 노선 확대</h1>
<div class="info">입력 2026.12.01 09:45 | 수정 2026.12.01 10:10 | 김민지 기자</div></div>
<div id="article-body">
${paragraphs.join('<br><br>\n')}<br><br>
김민지 기자 minji@hanbit.example
</div>${wrapped ? '</div>' : ''}
<div class="copyright">ⓒ 한빛일보, 무단전재 및 재배포 금지</div>
</body></html>`;

  it.each([
    ['in a wrapper', true],
    ['directly in the page body', false],
  ])('reads the text %s, not the date line of the headline box', (_, wrapped) => {
    const record = extract(page(wrapped), { url: 'https://www.hanbit.example.co.kr/news/1', now: new Date('2026-12-01T03:00:00Z') });
    expect(record.body.split('\n\n').slice(0, 3)).toEqual(paragraphs);
    expect(record.body).not.toContain('입력 2026.12.01');
    expect(record.publishedAt).toBe('2026-12-01T09:45:00+09:00');
  });
});

describe('rule "the page\'s text box"', () => {
  const story = [
    'وافق مجلس الميناء يوم الاثنين على إنشاء محطة العبارات الجديدة، بعد عامين من التخطيط وثلاث جلسات استماع عامة ونقاش طويل.',
    'وتبدأ أعمال الرصيف وصالة الانتظار ومواقف السيارات في الربيع، ويتوقع المجلس أن تفتح المحطة أبوابها في العام المقبل.',
    'ورحب الأهالي، الذين طالبوا بمعبر ثان، بالخطة؛ غير أن المحلات المطلة على الرصيف تخشى عاماً من أعمال الطرق.',
  ];
  const page = (text: string) => `<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الموافقة على محطة العبارات</title></head><body>
<div id="content"><div class="main-col"><div class="news-details">
<h2 class="supertitle">بكلفة ثمانية ملايين دينار</h2><h1>الموافقة على محطة العبارات</h1>
<div class="writer">كتب: سالم العلي - تصوير: فهد الراشد</div>
<div class="tools"><a href="javascript:print()">طباعة</a> | <a href="/send">أرسل لصديق</a> | <span class="reads">عدد القراءات: 845</span></div>
${text}
</div></div>
<div class="side-col"><div class="box"><h3>أوقات المد</h3><table><tr><td>المد العالي</td><td>4:58</td></tr><tr><td>الجزر</td><td>11:52</td></tr></table></div></div>
</div></body></html>`;
  const bodyOf = (text: string) => extract(page(text), { url: 'https://news.example/story/1', now: new Date('2026-12-01T00:00:00Z') }).body;

  it('reads the box that holds the break-parted text as the story, without the frame\'s rows or the sidebar\'s table', () => {
    expect(bodyOf(`<div class="news-text">${story.join('<br><br>\n')}</div>`).split('\n\n')).toEqual(story);
  });

  it('keeps every box when several hold about as much text set the same way, as a listing\'s sections do', () => {
    const body = bodyOf(`<div class="part">${story.slice(0, 2).join('<br><br>')}</div><div class="part">${story.slice(1).reverse().join('<br><br>')}</div>`);
    expect(body).toContain(story[0]);
    expect(body).toContain(story[2]);
  });
});
