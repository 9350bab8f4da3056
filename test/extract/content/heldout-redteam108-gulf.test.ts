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

describe('Gulf table layouts\' tools rows', () => {
  const text = [
    'شهدت تسع قرى في المحافظة الشمالية انقطاعاً في التيار الكهربائي استمر نحو أربع ساعات عصر أمس بسبب عطل فني مفاجئ في إحدى المحطات الفرعية.',
    'وأكدت الهيئة أنها ستستبدل الكابلات القديمة في المحطة خلال الأسابيع المقبلة، داعية المتضررين إلى تقديم طلبات التعويض عبر البوابة الإلكترونية.',
  ];
  const html = '<html dir="rtl"><head><meta charset="utf-8"><title>أخبار المنامة - انقطاع الكهرباء عن تسع قرى</title></head><body><table><tr><td>'
    + '<font size="5"><b>انقطاع الكهرباء عن تسع قرى</b></font><br><font size="2">07/12/2026</font><br><br>'
    + `<font size="3">${text.join('<br><br>')}</font><br><br><font size="2">عدد القراءات: 1204</font>`
    + ' &nbsp;|&nbsp; <a href="print.asp?id=1">طباعة</a> &nbsp;|&nbsp; <a href="send.asp?id=1">أرسل لصديق</a></td></tr></table></body></html>';

  it('leaves the tools row out of the body once its counter is read (rule "tools row after its counter")', () => {
    const { body, counters } = extract(Buffer.from(html), { url: 'http://www.manama.example/news.asp?id=1', now });
    expect(counters.views).toBe(1204);
    expect(body.split('\n\n')).toEqual(text);
  });
});
