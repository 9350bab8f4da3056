import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
/** A page with no metadata, whose writers are told only by the byline box under the headline. */
function authors(lang: string, headline: string, story: string[], box: string): string[] {
  const html = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${headline}</title></head><body>`
    + `<header><a href="/">Metrópole</a></header><main><article><h1>${headline}</h1>${box}`
    + `<div class="story">${story.map((text) => `<p>${text}</p>`).join('')}</div></article></main></body></html>`;
  return extract(Buffer.from(html), { url: 'https://metropole.example/cidade/linha-6', now }).authors;
}

describe('byline box rows beside the writers', () => {
  it('reads the Gujarati date labels as a date row\'s, not as a writer (rule "western and eastern India\'s date labels")', () => {
    const story = [
      'અમદાવાદ મહાનગરપાલિકાએ આ વર્ષના ફ્લાવર શોની તારીખો જાહેર કરી છે અને ટિકિટ આ વખતે ઓનલાઇન મળશે.',
      'આયોજકોના જણાવ્યા મુજબ શોમાં દેશભરમાંથી લાવેલા ફૂલોની સાત લાખથી વધુ જાતો રજૂ કરવામાં આવશે.',
      'શહેરીજનોને ભીડથી બચવા સવારના સમયે મુલાકાત લેવાની સલાહ આપવામાં આવી છે.',
    ];
    const box = '<div class="art__byline"><div class="art__byline-names"><span>Written By: <a href="/author/jane-doe">Jane Doe</a></span> '
      + '<span class="pipe">|</span> <span>Edited By: <a href="/author/john-roe">John Roe</a></span></div><div class="art__byline-dates">'
      + '<span>પ્રકાશિત: 04 ડિસેમ્બર 2026, 03:25 PM IST</span> <span>અપડેટ: 04 ડિસેમ્બર 2026, 05:10 PM IST</span></div></div>';
    expect(authors('gu', 'ફ્લાવર શોની તારીખો જાહેર', story, box)).toEqual(['Jane Doe']);
  });

  it('takes a reading time labelled with a whole phrase for no writer (rule "reading time\'s label in more languages")', () => {
    const story = [
      'A Linha 6 do metrô fez neste sábado a primeira viagem de teste com passageiros convidados entre as duas estações.',
      'A operação comercial começa em fevereiro, segundo a concessionária, que ainda faz testes de sinalização e de portas.',
      'Os passageiros convidados elogiaram o conforto dos trens, mas reclamaram da falta de informação nas plataformas.',
    ];
    // CSS modules give every row the box's class name, so each row is read as a marked byline; a dates row that also
    // holds the update is no date alone, and the rows after it are read beside the writers'.
    const box = (reading: string) => '<div class="Byline_root__a1"><div class="Byline_authors__a2">Por <a href="/autor/mariana-couto">Mariana Couto</a> e '
      + '<a href="/autor/rafael-teixeira">Rafael Teixeira</a></div><div class="Byline_dates__a3"><time>05.dez.2026 às 9h10</time><span> · Atualizado '
      + `<time>há 6 horas</time></span></div><div class="Byline_reading__a4">${reading}</div></div>`;
    expect(authors('pt-BR', 'Linha 6 faz viagem de teste', story, box('Tempo de leitura: 4 min'))).toEqual(["Mariana Couto", "Rafael Teixeira"]);
    expect(authors('pt-BR', 'Linha 6 faz viagem de teste', story, box('Lesedauer: 3 Min.'))).toEqual(["Mariana Couto", "Rafael Teixeira"]);
  });

  it('takes a row that holds the marked place alone for no writer (rule "place row in the byline box")', () => {
    const story = [
      'The forest department said a herd of eleven gaur had been seen in the sugarcane fields near the village since Sunday.',
      'Farmers have been asked not to approach the animals and to report any sighting to the range office at once.',
      'Officials said the herd was expected to return to the reserve forest once the night temperatures rise again.',
    ];
    const row = (field: string) => `<div class="nw-byline-row">${field}</div>`;
    // With the editor's row the writer's row is no byline line of its own, and every row is read as one of the box's.
    const box = `<div class="nw-byline">${row('<span class="nw-rep">Reported by: <a href="/byline/sunita-kale-31.html">Sunita Kale</a></span>')}`
      + `${row('<span class="nw-ed">Edited by: <a href="/byline/rohan-more-12.html">Rohan More</a></span>')}`
      + `${row('<span class="nw-upd">Last Updated: December 06, 2026, 10:42 IST</span>')}${row('<span class="nw-loc">Satara, Maharashtra</span>')}</div>`;
    expect(authors('en', 'Gaur herd seen near village', story, box)).toEqual(['Sunita Kale']);
  });

  it('takes a linked name after another role\'s label in a credits row for no writer (rule "linked credit for another role")', () => {
    const story = [
      'For forty years the mail boat has carried letters, groceries and the odd piano to cabins that no road reaches.',
      'Its skipper makes the run twice a week, whether or not anyone is waiting on the dock at the far end of the lake.',
      'Next spring he will make his final trip, and the county has yet to find anyone willing to take the wheel after him.',
    ];
    const credits = (second: string) => `<div class="entry-credits">Story by <a href="/author/lpryce/">Lena Pryce</a> · ${second} <a href="/author/tvoss/">Tomas Voss</a></div>`;
    expect(authors('en', 'The last run of the mail boat', story, credits('Photos by'))).toEqual(['Lena Pryce']);
    expect(authors('en', 'The last run of the mail boat', story, credits('| Edited by'))).toEqual(['Lena Pryce']);
    expect(authors('en', 'The last run of the mail boat', story, credits('and'))).toEqual(['Lena Pryce', 'Tomas Voss']);
  });

  it('takes the Chinese news centre in the author\'s row for a desk (rule "news centre")', () => {
    const story = [
      '建屋发展局今天公布的数据显示，组屋转售价格在第三季上涨百分之一点八，是连续第八个季度走高，但涨幅比上一季略为放缓。',
      '房地产分析师认为，随着更多新组屋在明后年落成，转售市场的需求将逐渐减弱，价格涨势可望放缓。',
      '一名房屋中介说，不少首次购屋者仍在观望，等待更多预购组屋推出，市场气氛较为谨慎。',
    ];
    const row = (name: string) => `<div class="byline-row"><span class="author">${name}</span></div><div class="dates">发布 / 2026年12月4日 6:00 PM</div>`;
    expect(authors('zh-SG', '组屋转售价格连续第八个季度上涨', story, row('新闻中心'))).toEqual([]);
    expect(authors('zh-SG', '组屋转售价格连续第八个季度上涨', story, row('陈慧心'))).toEqual(['陈慧心']);
  });

  it('takes the column\'s name on the columnist\'s card for no writer (rule "the column\'s name beside the writer\'s")', () => {
    const story = [
      'Last month a fisherman on one of the outer islands waited nine hours for an air ambulance after a heart attack.',
      'Every budget speech for a decade has promised the islands the doctors they need, and every year the clinics make do.',
      'Other small island states bond their scholarship doctors to two years in rural posts, and we could do the same.',
    ];
    const card = '<div class="columnist"><img src="/uploads/writer.jpg" alt=""><div><span class="name">Dr Nia Rolle-Baptiste</span>'
      + '<span class="col-name">Island Rounds</span></div></div>';
    expect(authors('en', 'The islands need doctors, not promises', story, card)).toEqual(['Dr Nia Rolle-Baptiste']);
  });

  it('reads an outside columnist\'s name before the institution and the post, and not the card\'s link (rules "outside writer\'s post, in Korean", "link\'s label in Korean")', () => {
    const story = [
      '지난달 어느 토요일 밤, 한 군에서 가슴 통증을 호소한 남성이 구급차에 실려 세 곳의 병원을 돌았다.',
      '지역 병원 응급실은 의사 한두 명이 밤낮을 번갈아 지키는 구조여서, 한 명만 그만둬도 야간 진료가 멈춘다.',
      '공공이 야간 응급 인력의 인건비를 직접 책임지고, 인근 병원끼리 당직을 나누는 체계를 제도로 만들어야 한다.',
    ];
    const byline = '<div class="byline-area"><p class="writer">한지우 새솔대 의대 교수</p><p class="dates"><span>입력 2026.12.03 17:00</span></p></div>';
    const card = '<div class="writer-box"><div><strong>한지우</strong><p>새솔대 의대 응급의학과 교수.</p><a href="/opinion/writer/hjw">필자의 다른 칼럼 보기</a></div></div>';
    expect(authors('ko', '[칼럼] 응급실이 문을 닫는 밤', story, byline + card)).toEqual(['한지우']);
  });

  it('reads a critic\'s name without the post set after it (rule "the critic\'s post after the name, in Arabic")', () => {
    const story = [
      'في حارة ضيقة بالمدينة القديمة تدير ثلاث شقيقات ورشة خياطة ورثنها عن أمهن ويحاولن إنقاذها من الإغلاق.',
      'أجمل ما في الفيلم ممثلاته الثلاث، فكل واحدة منهن تقدم أداء مقتصدا يقول بالنظرات أكثر مما يقول بالكلام.',
      'لكن السيناريو يتعثر في نصفه الثاني حين يقرر أن يحل كل الخيوط دفعة واحدة في مشهد طويل بلا إيقاع.',
    ];
    const credit = '<div class="critic">كتبت: <a href="/critics/mona-alsharif">منى الشريف</a> <span class="critic-role">ناقدة سينمائية</span></div>';
    expect(authors('ar', 'دراما نسائية تنقذها الممثلات', story, credit)).toEqual(['منى الشريف']);
  });

  it('takes the photographer in a line that credits the words for no writer (rule "photographs beside the words")', () => {
    const story = [
      'Three years after the first panels went up, the village is selling power to the grid and arguing about what it lost.',
      'Sheep still graze between the rows, and the farmer says the lambs have never had so much shade in a hot summer.',
      'The parish council will vote in the spring on whether a second field should be given over to panels as well.',
    ];
    const line = (second: string) => `<p class="byline">Words by <a href="/profile/ada-kerr">Ada Kerr</a>. ${second} <a href="/profile/sol-mendes">Sol Mendes</a></p>`;
    expect(authors('en', 'The village that farms the sun', story, line('Photographs by'))).toEqual(['Ada Kerr']);
    expect(authors('en', 'The village that farms the sun', story, line('With'))).toEqual(['Ada Kerr', 'Sol Mendes']);
  });
});
