import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const headline = '항구 재개발 2단계 사업 내년 착공…부두 창고 문화공간으로';
const story = [
  '시는 항구 재개발 2단계 사업을 내년 봄 착공한다고 밝혔다. 낡은 부두 창고 여섯 동은 공연장과 전시장으로 바뀐다.',
  '사업비는 모두 천이백억 원으로, 국비와 시비가 절반씩 들어간다. 시는 주민 설명회를 이달 중 세 차례 열 계획이다.',
  '상인들은 공사 기간 동안 부두 진입로가 막히지 않도록 해 달라고 요청했고, 시는 임시 도로를 내기로 했다.',
];
/** A page with no metadata whose <title> is the headline and the paper's name, and whose headline is an h3. */
function title(top: string): string | null {
  const html = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>${headline} - 한결일보</title></head><body>`
    + `<header><a href="/">한결일보</a></header>${top}<article><h3 class="heading">${headline}</h3>`
    + `${story.map((text) => `<p>${text}</p>`).join('')}</article><div class="box"><h2>이 기사와 관련된 기사</h2><ul><li><a href="/news/2">부두 창고 활용 방안 공청회</a></li></ul></div></body></html>`;
  return extract(Buffer.from(html), { url: 'https://hangyeol.example/news/articleView.html?idxno=1', now }).title;
}

describe('headline in a lower heading', () => {
  it('reads the h3 that <title> opens with as the headline, not the first h2 (rule \'headline in a lower heading\')', () => {
    expect(title('')).toBe(headline);
  });

  it('reads it over an h1 that is the section\'s label', () => {
    expect(title('<h1 class="sec_tit">경제</h1>')).toBe(headline);
  });
});

describe('label the title leaves out', () => {
  it('reads the h1 without the label set in its own element when <title> leaves the label out (rule \'label the title leaves out\')', () => {
    const text = [
      'В Заречье открыли первый в области крытый каток с искусственным льдом: он рассчитан на триста зрителей.',
      'Каток будет работать круглый год, а по утрам на нём будут заниматься школьники из спортивной секции.',
      'Строительство обошлось в сто двадцать миллионов рублей, половину суммы выделил областной бюджет.',
    ];
    const russian = 'На окраине Заречья открыли крытый каток с искусственным льдом';
    const html = `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>${russian} — Вечерний Северск</title></head><body>`
      + `<main><article><h1 class="article__title"><span class="article__rubric">Спорт</span> ${russian}</h1>`
      + `${text.map((paragraph) => `<p>${paragraph}</p>`).join('')}</article></main></body></html>`;
    expect(extract(Buffer.from(html), { url: 'https://seversk.example/news/1', now }).title).toBe(russian);
  });
});

