import { extract } from '../../lambdas/extract';
import { isPlainText, readTextCopy } from '../../lambdas/extract/text-input';
import { encodeLegacy } from '../fixtures/encode-legacy';

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

describe('readTextCopy', () => {
  const prose = (subject: string) => `${subject} reopened on Monday after a month of repairs to the northern quay, the port authority said.`;

  it('sets the first non-blank line as the headline and every other non-blank line as a paragraph, escaped', () => {
    expect(readTextCopy('\n  Harbour reopens  \r\n\r\nShips & crews <waited>.\nThe port opened.\n').document).toBe(
      '<!doctype html><html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>'
      + '<p>Ships &amp; crews &lt;waited&gt;.</p><p>The port opened.</p></article></body></html>',
    );
  });

  it('keeps one headline when the page printed it twice (rule "headline shown twice")', () => {
    expect(readTextCopy(`Harbour reopens\nHarbour reopens\n${prose('The harbour')}`).document).toContain('<h1>Harbour reopens</h1><p>The harbour');
  });

  it('reads the categories from the line that files the story, with the bare word run into the first label (rule "filed-in line")', () => {
    const copy = readTextCopy(`ميناء صور يعود إلى العمل\n- فيأخبار محلية, اقتصاد\n${prose('The harbour')}`);
    expect(copy.categories).toEqual(['أخبار محلية', 'اقتصاد']);
    expect(copy.document).not.toContain('أخبار محلية');
    expect(readTextCopy(`Harbour reopens\nPosted in Shipping, Local news\n${prose('The harbour')}`).categories).toEqual(['Shipping', 'Local news']);
  });

  it('reads no categories from a line that opens with the word as prose, or after the story has begun', () => {
    expect(readTextCopy(`Harbour reopens\nIn Tyre the harbour reopened\n${prose('The harbour')}`).categories).toEqual([]);
    expect(readTextCopy(`Harbour reopens\nفيلم وثائقي عن الميناء\n${prose('The harbour')}`).categories).toEqual([]);
    expect(readTextCopy(`Harbour reopens\n${prose('The harbour')}\n- in Shipping, Local news`).categories).toEqual([]);
  });

  it('reads the tags from their labelled line (rule "tag line")', () => {
    const copy = readTextCopy(`Harbour reopens\n${prose('The harbour')}\nTags: Tyre, shipping, ports`);
    expect(copy.tags).toEqual(['Tyre', 'shipping', 'ports']);
    expect(copy.document).not.toContain('Tags');
  });

  it('leaves out lines of a number alone and labelled counters (rule "bare counts")', () => {
    const { document } = readTextCopy(`Harbour reopens\n1116\n0\n١٢ تعليق\n${prose('The harbour')}`);
    expect(document).not.toMatch(/1116|<p>0<\/p>|تعليق/);
  });

  it('leaves out a caption printed again right under itself, whole or wrapped (rule "caption echoed")', () => {
    const caption = 'The northern quay at dawn, before the first ship came in';
    const wrapped = readTextCopy(`Harbour reopens\n${prose('The harbour')}\n${caption}\nThe northern quay at dawn,\nbefore the first ship came in\n${prose('The ferry')}`);
    expect(wrapped.document).not.toContain('northern quay at dawn');
    expect(wrapped.document).toContain('<p>The ferry');
    expect(readTextCopy(`Harbour reopens\n${caption}\n${caption}\n${prose('The harbour')}`).document).not.toContain('dawn');
  });

  it('leaves out a comment form or related list down to the next paragraph of prose (rule "furniture heading")', () => {
    const { document } = readTextCopy(`Harbour reopens\n${prose('The harbour')}\nRead also\nFerry fares rise again\n${prose('The ferry')}\nإضافة تعليق\nلن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *`);
    expect(document).not.toMatch(/Read also|Ferry fares|تعليق|بريدك/);
    expect(document).toContain('<p>The ferry');
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

  it('reads a news page copied as text: categories from its filed-in line, a body without counters, caption or comment form', () => {
    const caption = 'محطة التحلية الجديدة على شاطئ صور الجنوبي';
    const copied = [
      'محطة تحلية جديدة تدخل الخدمة في صور', 'محطة تحلية جديدة تدخل الخدمة في صور', '- فيأخبار محلية, في الواجهة', '2480', '3',
      story.split('\n\n').slice(2).join('\n\n'), caption, 'محطة التحلية الجديدة', 'على شاطئ صور الجنوبي',
      'إضافة تعليق', 'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *',
    ].join('\n');
    const record = extract(new TextEncoder().encode(copied));
    expect(record.title).toBe('محطة تحلية جديدة تدخل الخدمة في صور');
    expect(record.section).toBe('أخبار محلية');
    expect(record.categories).toEqual(['أخبار محلية', 'في الواجهة']);
    expect(record.body.split('\n\n')).toHaveLength(3);
    expect(record.body).not.toMatch(/2480|الواجهة|شاطئ صور|تعليق|بريدك/);
  });

  it('reads a wire story\'s text copy in windows-1256: its date line, byline and agency, and a body that opens with the dateline', () => {
    const copy = [
      'افتتاح ميناء صور بعد شهر من الإصلاحات', 'الإثنين 23 كانون الثاني/يناير 2017', 'بقلم: سارة الخوري', '',
      'صور (لبنان) (أ ف ب) - أعيد افتتاح ميناء صور صباح الاثنين بعد شهر من أعمال الإصلاح في رصيفه الشمالي، بحسب ما أعلنت إدارة المرفأ في بيان.', '',
      'وكانت السفن قد انتظرت أياما قبالة الساحل، وقال صيادون إن الإغلاق كلفهم معظم صيد الشتاء الذي يبيعونه في أسواق المدينة.', '',
      'وأوضحت الإدارة أن الرصيف أعيد بناؤه واختباره، وأنها تتوقع عودة الحركة إلى طبيعتها خلال أسبوع.',
    ].join('\r\n');
    const record = extract(encodeLegacy(copy, 'windows-1256'), { now: new Date('2026-12-05T00:00:00Z') });
    expect(record.extraction.charset).toBe('windows-1256');
    expect(record.title).toBe('افتتاح ميناء صور بعد شهر من الإصلاحات');
    expect(record.publishedAt?.slice(0, 10)).toBe('2017-01-23');
    expect(record.authors).toEqual(['سارة الخوري']);
    expect(record.wireSource).toBe('AFP');
    expect(record.body.split('\n\n')).toHaveLength(3);
    expect(record.body.startsWith('صور (لبنان) (أ ف ب) - أعيد افتتاح')).toBe(true);
  });

  it('reads a page with markup as a page, with no plain-text warning', () => {
    const page = `<html><body><h1>Harbour reopens</h1><p>${'The harbour reopened on Monday after a month of repairs to its northern quay. '.repeat(3)}</p></body></html>`;
    const record = extract(page);
    expect(record.title).toBe('Harbour reopens');
    expect(record.extraction.warnings.some((warning) => warning.startsWith('plain-text'))).toBe(false);
  });
});
