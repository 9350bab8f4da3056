import { extract } from '../../lambdas/extract';
import { isPlainText, plainTextDocument } from '../../lambdas/extract/text-input';

describe('isPlainText (rule "text without markup")', () => {
  it('takes text with no tag anywhere for plain text, whatever it holds', () => {
    expect(isPlainText(['Harbour reopens\n\nThe harbour reopened on Monday, when 3 < 4 ships waited & more came.'])).toBe(true);
    expect(isPlainText(['first chunk of text\n', 'and a second one'])).toBe(true);
  });

  it('takes a tag, a comment or a doctype in any chunk for markup, and text without a letter for no text', () => {
    expect(isPlainText(['Harbour reopens\n', '<p>The harbour reopened.</p>'])).toBe(false);
    expect(isPlainText(['<!-- saved page --> Harbour reopens'])).toBe(false);
    expect(isPlainText(['<!doctype html>Harbour reopens'])).toBe(false);
    expect(isPlainText(['Harbour reopens</p>'])).toBe(false);
    expect(isPlainText(['   \n\n 1116 \n 0 '])).toBe(false);
  });
});

describe('plainTextDocument', () => {
  it('sets the first non-blank line as the headline and every other non-blank line as a paragraph, escaped', () => {
    expect(plainTextDocument('\n  Harbour reopens  \r\n\r\nShips & crews <waited>.\nThe port opened.\n')).toBe(
      '<!doctype html><html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>'
      + '<p>Ships &amp; crews &lt;waited&gt;.</p><p>The port opened.</p></article></body></html>',
    );
  });
});

describe('extract on plain text', () => {
  const story = [
    'محطة تحلية جديدة تدخل الخدمة في صور',
    'محطة تحلية جديدة تدخل الخدمة في صور',
    'دخلت محطة تحلية مياه البحر الجديدة في مدينة صور الخدمة صباح الاثنين، وقالت مصلحة المياه إنها ستؤمن حاجة نحو أربعين ألف منزل.',
    'وأوضح مدير المصلحة أن المحطة تعمل بالطاقة الشمسية خلال النهار، وأن كلفتها بلغت نحو عشرين مليون دولار مولتها جهات مانحة.',
    'وكانت أحياء المدينة تعاني انقطاع المياه لساعات طويلة في فصل الصيف، ما دفع السكان إلى شراء المياه من الصهاريج بأسعار مرتفعة.',
  ].join('\n\n');

  it('reads an article from its lines: the first the title, the rest the body, its language and direction from the text', () => {
    const record = extract(new TextEncoder().encode(story));
    expect(record.title).toBe('محطة تحلية جديدة تدخل الخدمة في صور');
    expect(record.language).toBe('ar');
    expect(record.direction).toBe('rtl');
    expect(record.body.split('\n\n')).toHaveLength(3);
    expect(record.body.startsWith('دخلت محطة تحلية مياه البحر الجديدة')).toBe(true);
    expect(record.extraction.warnings.some((warning) => warning.startsWith('plain-text'))).toBe(true);
  });

  it('reads a page with markup as a page, with no plain-text warning', () => {
    const page = `<html><body><h1>Harbour reopens</h1><p>${'The harbour reopened on Monday after a month of repairs to its northern quay. '.repeat(3)}</p></body></html>`;
    const record = extract(page);
    expect(record.title).toBe('Harbour reopens');
    expect(record.extraction.warnings.some((warning) => warning.startsWith('plain-text'))).toBe(false);
  });
});
