import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-07T14:00:00Z');
const story = [
  'У Вінниці на вулиці Келецькій з понеділка перекриють рух транспорту через ремонт теплотраси. Обмеження триватиме до 20 грудня.',
  'Комунальники замінять понад 300 метрів труб, пошкоджених торік. Тролейбуси курсуватимуть об\'їзним маршрутом через вулицю Пирогова.',
  'У міській раді просять водіїв заздалегідь планувати маршрути та користуватися громадським транспортом у години пік.',
];
const page = (head: string, between: string, after: string) => `<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>На Келецькій перекриють рух | Вінниця Сьогодні</title>${head}</head><body>`
  + `<header><nav><a href="/">Головна</a> <a href="/news/">Новини</a></nav></header><main><article><h1>На Келецькій перекриють рух</h1>${between}`
  + `<div class="text">${story.map((p) => `<p>${p}</p>`).join('')}${after}</div></article></main><footer>© 2026 Вінниця Сьогодні</footer></body></html>`;
const body = (head: string, between: string, after = '') => extract(Buffer.from(page(head, between, after)), { url: 'https://vinnytsia-today.example/news/keletska-1', now }).body;

describe('Ukrainian oblast and city portals', () => {
  it('opens the body with the dek the page shows without the full stop its declared description has (rule "dek without its full stop")', () => {
    const text = body('<meta property="og:description" content="Обмеження для транспорту триватиме до 20 грудня через ремонт.">',
      '<div class="c-head__sub">Обмеження для транспорту триватиме до 20 грудня через ремонт</div>');
    expect(text.split('\n\n')[0]).toBe('Обмеження для транспорту триватиме до 20 грудня через ремонт');
    expect(text.split('\n\n')[1]).toBe(story[0]);
  });

  it('leaves the report-an-error prompt with its keys out of the text (rule "error report by keys")', () => {
    for (const note of ['Якщо ви помітили помилку, виділіть її та натисніть Ctrl+Enter', 'Нашли ошибку? Выделите её и нажмите Ctrl+Enter.']) {
      const text = body('', '', `<p><em>${note}</em></p>`);
      expect(text.split('\n\n').at(-1)).toBe(story.at(-1));
    }
    // A story's sentence about a mistake goes on past the words.
    expect(body('', '', '<p>Якщо ви помітили помилку в платіжці, зверніться до центру обслуговування.</p>')).toContain('помилку в платіжці');
  });

  it('leaves the picture credit line under the text out, labelled or the author\'s (rule "the author\'s photo")', () => {
    for (const credit of ['Фото автора', 'Фото: Олег Кравець', 'Фото з відкритих джерел', 'Фото из открытых источников.']) {
      const text = body('', '', `<p>${credit}</p>`);
      expect(text.split('\n\n').at(-1)).toBe(story.at(-1));
    }
    expect(body('', '', '<p>Фото автора виставки прикрасили фасад музею.</p>')).toContain('Фото автора виставки');
  });

  it('leaves the office that signs a council\'s news item out of the text (rule "the press service signs the release")', () => {
    for (const office of ['<strong>Управління інформаційної політики та комунікацій з громадськістю міської ради</strong>', 'Прес-служба Вінницької міської ради', 'Пресс-служба горсовета']) {
      const text = body('', '', `<p>${office}</p>`);
      expect(text.split('\n\n').at(-1)).toBe(story.at(-1));
    }
    expect(body('', '', '<p>Прес-служба міськради пообіцяла оприлюднити новий графік до кінця тижня.</p>')).toContain('Прес-служба міськради пообіцяла');
  });
});
