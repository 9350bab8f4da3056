import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
/** A page that declares no site name: its document title adds the name, and the footer's notice confirms it. */
function siteName(lang: string, headline: string, name: string, paragraphs: string[], footer: string): string | null {
  const html = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${headline} | ${name}</title></head><body>`
    + `<main><article><h1>${headline}</h1>${paragraphs.map((text) => `<p>${text}</p>`).join('')}</article></main><footer>${footer}</footer></body></html>`;
  return extract(Buffer.from(html), { url: null, now }).siteName;
}

const arabic = [
  'أعلنت وزارة النقل استئناف الرحلات المباشرة بين القاهرة ومدن البحر الأحمر اعتباراً من الشهر المقبل بعد توقف دام عامين.',
  'وقال متحدث باسم الوزارة إن الرحلات ستسير ثلاث مرات أسبوعياً في المرحلة الأولى على أن تزيد مع بداية الصيف.',
  'ورحبت غرف السياحة بالقرار وقالت إنه سيعيد الحركة إلى الفنادق التي تضررت من تراجع أعداد الزوار.',
];

describe('copyright holders in footers of many scripts', () => {
  it('reads the notice on a later line of the footer (rule "notice on its line")', () => {
    expect(siteName('ar', 'استئناف الرحلات المباشرة إلى البحر الأحمر', 'النيل اليوم', arabic,
      'تابعونا على <a href="#">فيسبوك</a> <a href="#">يوتيوب</a><br>جميع الحقوق محفوظة © النيل اليوم 2026')).toBe('النيل اليوم');
  });

  it('reads a year in Odia digits (rule "year in India\'s digits")', () => {
    const odia = [
      'କଟକରେ ବାଲିଯାତ୍ରା ପାଇଁ ପ୍ରସ୍ତୁତି ଶେଷ ପର୍ଯ୍ୟାୟରେ ପହଞ୍ଚିଛି ବୋଲି ଜିଲ୍ଲା ପ୍ରଶାସନ ଜଣାଇଛି।',
      'ଏଥର ମେଳା ପଡ଼ିଆରେ ଦୁଇ ହଜାରରୁ ଅଧିକ ଦୋକାନ ବସିବ ଏବଂ ସୁରକ୍ଷା ପାଇଁ ଅଧିକ ପୋଲିସ ମୁତୟନ ହେବ।',
      'ଯାତ୍ରୀଙ୍କ ସୁବିଧା ପାଇଁ ସହରର ବିଭିନ୍ନ ସ୍ଥାନରୁ ବିଶେଷ ବସ୍ ସେବା ଚାଲିବ ବୋଲି କୁହାଯାଇଛି।',
    ];
    expect(siteName('or', 'ବାଲିଯାତ୍ରା ପ୍ରସ୍ତୁତି ଶେଷ ପର୍ଯ୍ୟାୟରେ', 'ଉତ୍କଳ ବାର୍ତ୍ତା', odia, '© ୨୦୨୬ ଉତ୍କଳ ବାର୍ତ୍ତା · ସର୍ବସ୍ୱତ୍ୱ ସଂରକ୍ଷିତ')).toBe('ଉତ୍କଳ ବାର୍ତ୍ତା');
  });

  it('ends the holder at the full stop of a caseless script\'s rights sentence (rule "holder\'s own sentence, in scripts without capitals")', () => {
    const persian = [
      'نخستین محموله زعفران امسال از راه دهلیز هوایی به هند فرستاده شد و بازرگانان از قیمت خرید راضی هستند.',
      'مسئولان اتاق تجارت می‌گویند صادرات زعفران در سال جاری نسبت به سال گذشته بیست درصد افزایش یافته است.',
      'کشاورزان نیز امیدوارند که با باز شدن بازارهای تازه، درآمد خانواده‌هایشان در زمستان بهتر شود.',
    ];
    expect(siteName('fa', 'نخستین محموله زعفران به هند رفت', 'کرمان‌نیوز', persian, '© ۲۰۲۶ کرمان‌نیوز. همه حقوق محفوظ است.')).toBe('کرمان‌نیوز');
  });

  it('ends the holder before the footer\'s fields, and after the dot that sets it apart from the year (rule "fields after the holder")', () => {
    const story = [
      'The island ferry will add a late sailing on Fridays from January, the operator said, after a year of requests from commuters.',
      'The new crossing leaves the harbour at half past nine and returns an hour later, calling at both villages on the way.',
      'Fares stay as they are for now, though the operator said it would review them when the new boat enters service.',
    ];
    const html = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry adds a late Friday sailing</title></head><body>'
      + '<header><a href="/">Harbour Notes</a></header><main><article><h1>Ferry adds a late Friday sailing</h1>'
      + `${story.map((text) => `<p>${text}</p>`).join('')}</article></main>`
      + '<footer><div class="creds">Copyright © 2013 · <a href="/">Harbour Notes | Island Lifestyle Blog</a></div></footer></body></html>';
    expect(extract(Buffer.from(html), { url: null, now }).siteName).toBe('Harbour Notes');
  });
});
