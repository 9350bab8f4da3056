import { extract } from '../../../lambdas/extract';
import { normalizeLanguageTag } from '../../../lambdas/extract/language';

const now = new Date('2026-12-08T12:00:00Z');

describe('Arabic declared in a spoken variety\'s locale', () => {
  it('reads WordPress\'s Moroccan locale "ary" as Arabic, its region kept (rule "Arabic\'s spoken varieties")', () => {
    expect(normalizeLanguageTag('ary_MA')).toBe('ar-MA');
    expect(normalizeLanguageTag('arz')).toBe('ar');
    const story = 'سجلت مفرغات السردين بميناء أكادير تراجعا ملحوظا خلال شهر نونبر المنصرم، وهو ما انعكس مباشرة على أسعار هذا النوع من السمك في أسواق الجهة.';
    const html = '<!doctype html><html dir="rtl" lang="ary"><head><meta charset="utf-8"><title>تراجع مفرغات السردين</title>'
      + '<meta property="og:locale" content="ary_MA"></head><body><article><h1>تراجع مفرغات السردين</h1>'
      + `<div class="entry-content"><p>${story}</p><p>${story}</p></div></article></body></html>`;
    const record = extract(Buffer.from(html), { url: 'https://souss.example/2026/12/07/sardine/', now });
    expect(record.language).toBe('ar');
    expect(record.direction).toBe('rtl');
  });
});
