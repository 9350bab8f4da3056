import { normalizeForMatching } from '../../../lambdas/pipeline/identity/arabic-normalize';

describe('normalizeForMatching', () => {
  it.each([
    ['alef with hamza above', 'أحمد', 'احمد'],
    ['alef with hamza below', 'إسلام', 'اسلام'],
    ['alef with madda', 'آخر', 'اخر'],
    ['alef wasla', 'ٱلكتاب', 'الكتاب'],
    ['taa marbuta', 'مدرسة', 'مدرسه'],
    ['alef maqsura', 'على', 'علي'],
    ['harakat and tanwin', 'كَتَبَ كِتَابًا', 'كتب كتابا'],
    ['shadda and sukun', 'محمّد قُلْ', 'محمد قل'],
    ['superscript alef', 'هٰذا', 'هذا'],
    ['Quranic marks', 'الرَّحِيمِ ۝ ذَٰلِكَ ۖ', 'الرحيم ذلك'],
    ['tatweel', 'الســـلام', 'السلام'],
    ['Arabic-Indic digits', '٢٠٢٤', '2024'],
    ['Persian digits', '۱۴۰۳', '1403'],
    ['Persian keheh and yeh', 'کتاب یک', 'كتاب يك'],
    ['bidi and zero-width marks', '\u200Fالخبر\u200B\u200Eالعاجل\u2066', 'الخبرالعاجل'],
    ['presentation forms', '\uFEB3\uFEE0\uFE8E\uFEE1', 'سلام'],
    ['lam-alef ligature with hamza', '\uFEF7', 'لا'],
    ['the Allah ligature', '\uFDF2', 'الله'],
    ['Arabic punctuation', 'نعم، لا؛ لماذا؟', 'نعم لا لماذا'],
    ['Arabic percent sign', '٥٠٪', '50'],
    ['Latin case and punctuation', 'Breaking: "Council" APPROVES it!', 'breaking council approves it'],
    ['typographic quotes and guillemets', '«قال» “yes”', 'قال yes'],
    ['full-width Latin', 'ＡＢＣ', 'abc'],
    ['whitespace runs and NBSP', '  a\u00A0\tb \n c ', 'a b c'],
  ])('folds %s', (_rule, input, expected) => {
    expect(normalizeForMatching(input)).toBe(expected);
  });

  it('makes differently typed copies of one sentence equal', () => {
    const plain = 'قال الرئيس إن المحادثات ستستأنف في 12 مايو المقبل';
    const noisy = 'قــال الرَّئيس: «ان المحادثات ستُستأنف فى ١٢ مايو المقبل»';
    expect(normalizeForMatching(noisy)).toBe(normalizeForMatching(plain));
  });

  it('is idempotent', () => {
    const once = normalizeForMatching('إِنَّ الْمَدْرَسَةَ، «الجديدة» ٢٠٢٤');
    expect(normalizeForMatching(once)).toBe(once);
  });
});
