import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');

describe('Gulf opinion columns\' plugs', () => {
  const text = [
    'كلما مررت بالحي القديم تساءلت عن البيوت المتلاصقة التي بقيت منه، وعن الذاكرة التي نحرص عليها أو نتركها للهدم.',
    'لا أدعو إلى تجميد الأحياء القديمة كما هي، لكنني أدعو إلى أن يسبق كل قرار بالهدم سؤال بسيط: ماذا سنفقد؟',
    'إن تجربة ترميم السوق القديم أثبتت أن الحداثة والتراث يمكن أن يتجاورا إذا وجد الناس في المكان شيئاً من أنفسهم.',
  ];
  const column = (label: string) => extract(Buffer.from('<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الأحياء القديمة</title></head><body><main><article>'
    + '<h1>الأحياء القديمة ليست عبئاً</h1><div class="writer"><span>بقلم:</span> <a href="/writers/hind">هند الكبيسي</a></div>'
    + `<div class="column-text"><p>${text[0]}</p><p>${text[1]}</p><div class="inline-plug">${label} <a href="/opinion/2026/11/22/sikka">السكيك والذاكرة</a></div><p>${text[2]}</p></div>`
    + '</article></main></body></html>'), { url: 'https://www.lulua.example/opinion/2026/12/06/old-quarters', now });

  it('leaves a "read also" line that names the writer out of the body (rule "read also, by the writer")', () => {
    for (const label of ['اقرأ أيضاً للكاتبة:', 'اقرأ للكاتب نفسه:', 'اقرأ أيضا لنفس الكاتب:']) {
      const { body } = column(label);
      expect(body.split('\n\n')).toEqual(text);
    }
  });
});
