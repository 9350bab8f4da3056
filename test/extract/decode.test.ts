import { deflateRawSync, gzipSync } from 'node:zlib';
import { decodeHtml, DEFAULT_MAX_BYTES, DEFAULT_MAX_INFLATE_RATIO, type DecodeOptions } from '../../lambdas/extract/decode';
import { RejectedInputError, type RejectReason } from '../../lambdas/extract/errors';
import { encodeLegacy } from '../fixtures/encode-legacy';

/** What decodeHtml returns, with the text's chunks joined, as the assertions read it. */
function decodeJoined(bytes: Uint8Array, options?: DecodeOptions) {
  const { chunks, ...decoded } = decodeHtml(bytes, options);
  return { html: chunks.join(''), ...decoded };
}

const ARABIC_PARAGRAPH =
  'أعلنت وزارة الصحة صباح اليوم افتتاح مستشفى جديد في المدينة، ويضم المستشفى مئتي سرير وقسما للطوارئ يعمل على مدار الساعة. ' +
  'وقال الوزير إن المشروع استغرق ثلاث سنوات، وإن الخدمات ستقدم مجانا للأطفال وكبار السن في المرحلة الأولى.';
const SECOND_ARABIC_PARAGRAPH =
  'وفي سياق متصل، أكدت البلدية أن أعمال صيانة الطرق المؤدية إلى الميناء ستنتهي قبل نهاية الشهر المقبل بحسب الجدول المعلن.';
const ARABIC_WITH_QUOTES = `${ARABIC_PARAGRAPH} وأضاف “نحن فخورون بهذا الإنجاز”.`;
const FRENCH_PARAGRAPH = 'Le ministre a inauguré mercredi le nouvel hôpital de la région, où les élèves de l’école voisine étaient réunis à côté des médecins.';
const RUSSIAN_PARAGRAPH = 'Министр здравоохранения открыл в среду новую больницу, в которой будет двести коек и круглосуточное отделение.';

function page(body: string, head = ''): string {
  return `<!DOCTYPE html>\n<html>\n<head>${head}<title>News</title></head>\n<body><article><p>${body}</p></article></body>\n</html>\n`;
}

function rejectionOf(run: () => unknown): RejectReason {
  try {
    run();
  } catch (error) {
    if (error instanceof RejectedInputError) return error.reason;
    throw error;
  }
  throw new Error('expected a RejectedInputError, but decoding succeeded');
}

function rejectionReason(bytes: Uint8Array, options?: DecodeOptions): RejectReason {
  return rejectionOf(() => decodeJoined(bytes, options));
}

/** Deterministic bytes, so failures reproduce. */
function pseudoRandomBytes(length: number, seed: number, pick: (value: number) => number = (value) => value & 0xff): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[index] = pick(state >>> 8);
  }
  return bytes;
}

/** Text from a small vocabulary: compresses like prose (a few times), not like a bomb. */
function proseOfLength(length: number): string {
  const words = ['الحكومة', 'المدينة', 'news', 'report', 'الوزير', 'minister', 'السوق', 'weather', 'council', 'الشعب'];
  const parts: string[] = [];
  let size = 0;
  for (let index = 0; size < length; index++) {
    const word = words[(Math.imul(index, 2654435761) >>> 7) % words.length] + String(index % 97);
    parts.push(word);
    size += word.length + 1;
  }
  return parts.join(' ');
}

describe('decodeHtml: gzip', () => {
  it('inflates gzip recognised by its magic bytes, whatever the Content-Type says', () => {
    const html = page(ARABIC_PARAGRAPH);
    const decoded = decodeJoined(gzipSync(Buffer.from(html)), { contentType: 'application/octet-stream' });
    expect(decoded.html).toBe(html);
  });

  it('inflates a gzip nested in a gzip', () => {
    const html = page(ARABIC_PARAGRAPH);
    expect(decodeJoined(gzipSync(gzipSync(Buffer.from(html)))).html).toBe(html);
  });

  it('refuses more than two nested gzip layers as a bomb', () => {
    expect(rejectionReason(gzipSync(gzipSync(gzipSync(Buffer.from(page('x'))))))).toBe('gzip-bomb');
  });

  it('stops a gzip bomb at the default limits', () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    expect(bomb.length * DEFAULT_MAX_INFLATE_RATIO).toBeLessThan(64 * 1024 * 1024);
    expect(rejectionReason(bomb)).toBe('gzip-bomb');
  });

  it('calls a stream a bomb when it passes the ratio before the size limit', () => {
    const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x20));
    expect(rejectionReason(bomb, { maxBytes: 8 * 1024 * 1024, maxInflateRatio: 100 })).toBe('gzip-bomb');
  });

  it('calls a stream a bomb when it hits the size limit at a bomb-like ratio', () => {
    // 24 MiB of spaces compress to ~24 KiB: the 100× ratio alone would allow 2.4 MiB, so the 1 MiB size cap binds first.
    const bomb = gzipSync(Buffer.alloc(24 * 1024 * 1024, 0x20));
    expect(bomb.length * 100).toBeGreaterThan(1024 * 1024);
    expect(rejectionReason(bomb, { maxBytes: 1024 * 1024, maxInflateRatio: 100 })).toBe('gzip-bomb');
  });

  it('calls a prose-like stream that inflates past the size limit too large, not a bomb', () => {
    const compressed = gzipSync(Buffer.from(page(proseOfLength(2 * 1024 * 1024))));
    expect(compressed.length).toBeLessThan(1024 * 1024);
    expect(rejectionReason(compressed, { maxBytes: 1024 * 1024, maxInflateRatio: 100 })).toBe('too-large');
  });

  it('accepts a repetitive listing page under the ratio', () => {
    const items = Array.from({ length: 2000 }, (_, index) => `<li class="post-item"><a href="https://news.example/archives/${84000 + index}">خبر رقم ${index}</a></li>`);
    const html = page(`<ul class="archive-list">${items.join('\n')}</ul>`);
    const compressed = gzipSync(Buffer.from(html));
    expect(Buffer.byteLength(html) / compressed.length).toBeGreaterThan(10);
    expect(decodeJoined(compressed).html).toBe(html);
  });

  it('refuses a truncated gzip stream', () => {
    const compressed = gzipSync(Buffer.from(page(proseOfLength(20_000))));
    expect(rejectionReason(compressed.subarray(0, Math.floor(compressed.length / 2)))).toBe('truncated-gzip');
  });

  it('keeps a complete gzip member followed by stray bytes', () => {
    const html = page(ARABIC_PARAGRAPH);
    expect(decodeJoined(Buffer.concat([gzipSync(Buffer.from(html)), Buffer.from('\n')])).html).toBe(html);
    expect(decodeJoined(Buffer.concat([gzipSync(Buffer.from(html)), Buffer.from('junk from a proxy')])).html).toBe(html);
  });

  it('reads gzip headers with optional fields (file name, comment, extra, header CRC)', () => {
    const html = page(ARABIC_PARAGRAPH);
    const deflated = deflateRawSync(Buffer.from(html));
    const header = Buffer.from([0x1f, 0x8b, 0x08, 0x02 | 0x04 | 0x08 | 0x10, 0, 0, 0, 0, 0, 0x03]);
    const extra = Buffer.from([3, 0, 0x41, 0x42, 0x43]);
    const nameAndComment = Buffer.from('page.html\0saved by a crawler\0', 'latin1');
    const headerCrc = Buffer.from([0x12, 0x34]);
    // No trailer: zlib refuses the stream, and the member's deflate body alone still holds the whole page.
    expect(decodeJoined(Buffer.concat([header, extra, nameAndComment, headerCrc, deflated])).html).toBe(html);
  });

  it('refuses a gzip header followed by garbage as binary', () => {
    const corrupt = Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03]), Buffer.alloc(64, 0xff)]);
    expect(rejectionReason(corrupt)).toBe('binary');
  });

  it('refuses gzip that inflates to nothing as empty', () => {
    expect(rejectionReason(gzipSync(Buffer.alloc(0)))).toBe('empty');
  });
});

describe('decodeHtml: inputs that can never be a page', () => {
  it('refuses empty and whitespace-only input', () => {
    expect(rejectionReason(new Uint8Array(0))).toBe('empty');
    expect(rejectionReason(Buffer.from(' \n\t\r\n '))).toBe('empty');
  });

  it('refuses input over the size limit before doing any work', () => {
    expect(DEFAULT_MAX_BYTES).toBe(10 * 1024 * 1024);
    expect(rejectionReason(Buffer.from(page('x'.repeat(2000))), { maxBytes: 1000 })).toBe('too-large');
  });

  const header = (...bytes: Array<number | string>) =>
    Buffer.concat([...bytes.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from([part]))), Buffer.from(page('x'))]);

  it.each([
    ['PNG', header(0x89, 'PNG\r\n', 0x1a, '\n')],
    ['JPEG', header(0xff, 0xd8, 0xff, 0xe0)],
    ['GIF', header('GIF89a')],
    ['PDF', header('%PDF-1.7\n')],
    ['ZIP', header('PK', 0x03, 0x04)],
    ['WebP', header('RIFF', 0x10, 0, 0, 0, 'WEBPVP8 ')],
    ['MP4', header(0, 0, 0, 0x18, 'ftypmp42')],
  ])('refuses %s by its magic number even when markup follows', (_format, bytes) => {
    expect(rejectionReason(bytes)).toBe('binary');
  });

  it('refuses bytes with a high share of control characters', () => {
    expect(rejectionReason(pseudoRandomBytes(4096, 1))).toBe('binary');
  });

  it('accepts a page with a stray NUL byte', () => {
    const html = page(`${ARABIC_PARAGRAPH}\u0000`);
    expect(decodeJoined(Buffer.from(html)).html).toBe(html);
  });

  it.each([
    ['JSON', '{"title": "خبر", "body": "نص"}'],
    ['JSON array', '  [{"id": 1}, {"id": 2}]'],
    ['RSS', '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><item><title>News</title></item></channel></rss>'],
    ['Atom', '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title></entry></feed>'],
    ['sitemap', '<?xml version="1.0"?><!-- generated --><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/</loc></url></urlset>'],
  ])('refuses %s as not-html', (_format, text) => {
    expect(rejectionReason(Buffer.from(text))).toBe('not-html');
  });

  it.each([
    ['plain text without markup (the extractor decides whether it is an article)', ARABIC_PARAGRAPH],
    ['an HTML fragment without <html>', `<div class="story"><p>${ARABIC_PARAGRAPH}</p></div>`],
    ['XHTML behind an XML declaration', `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>${ARABIC_PARAGRAPH}</p></body></html>`],
    ['text that merely starts with a bracket', `[تحديث] ${ARABIC_PARAGRAPH}`],
  ])('accepts %s', (_description, text) => {
    expect(decodeJoined(Buffer.from(text)).html).toBe(text);
  });
});

describe('decodeHtml: byte order marks', () => {
  it('trusts a UTF-8 BOM over a contradicting Content-Type and strips it', () => {
    const html = page(ARABIC_PARAGRAPH);
    const decoded = decodeJoined(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html)]), { contentType: 'text/html; charset=windows-1256' });
    expect(decoded).toEqual({ html, charset: 'utf-8', charsetSource: 'bom' });
  });

  it('decodes UTF-16LE and UTF-16BE by their BOM', () => {
    const html = page(ARABIC_PARAGRAPH);
    const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);
    const bigEndian = Buffer.from(littleEndian).swap16();
    expect(decodeJoined(littleEndian)).toEqual({ html, charset: 'utf-16le', charsetSource: 'bom' });
    expect(decodeJoined(bigEndian)).toEqual({ html, charset: 'utf-16be', charsetSource: 'bom' });
  });

  it('recognises UTF-16LE without a BOM by its NUL pattern', () => {
    const html = page(ARABIC_PARAGRAPH);
    expect(decodeJoined(Buffer.from(html, 'utf16le'))).toEqual({ html, charset: 'utf-16le', charsetSource: 'detected' });
  });

  it('credits a UTF-16 Content-Type whose byte order the bytes confirm', () => {
    const html = page(ARABIC_PARAGRAPH);
    expect(decodeJoined(Buffer.from(html, 'utf16le'), { contentType: 'text/html; charset=UTF-16LE' }).charsetSource).toBe('content-type');
    expect(decodeJoined(Buffer.from(html, 'utf16le'), { contentType: 'text/html; charset=UTF-16BE' })).toEqual({ html, charset: 'utf-16le', charsetSource: 'detected' });
  });

  it('ignores a UTF-16 Content-Type over bytes that are not UTF-16', () => {
    const html = page(ARABIC_PARAGRAPH);
    expect(decodeJoined(Buffer.from(html), { contentType: 'text/html; charset=utf-16' })).toEqual({ html, charset: 'utf-8', charsetSource: 'detected' });
  });
});

describe('decodeHtml: declared charsets', () => {
  it('uses the Content-Type charset', () => {
    const html = page(ARABIC_WITH_QUOTES);
    expect(decodeJoined(encodeLegacy(html, 'windows-1256'), { contentType: 'text/html; charset="Windows-1256"' }))
      .toEqual({ html, charset: 'windows-1256', charsetSource: 'content-type' });
  });

  it('prefers the Content-Type over a meta tag when both fit the bytes', () => {
    const html = page(RUSSIAN_PARAGRAPH, '<meta charset="koi8-r">');
    expect(decodeJoined(encodeLegacy(html, 'windows-1251'), { contentType: 'text/html; charset=windows-1251' }).charsetSource).toBe('content-type');
  });

  it('reads <meta charset>', () => {
    const html = page(ARABIC_WITH_QUOTES, '<meta charset="windows-1256">');
    expect(decodeJoined(encodeLegacy(html, 'windows-1256'))).toEqual({ html, charset: 'windows-1256', charsetSource: 'meta' });
  });

  it('reads <meta http-equiv content> with unquoted attributes and resolves label aliases', () => {
    const html = page(ARABIC_PARAGRAPH, '<META HTTP-EQUIV=Content-Type CONTENT="text/html; charset=cp1256">');
    expect(decodeJoined(encodeLegacy(html, 'windows-1256'))).toEqual({ html, charset: 'windows-1256', charsetSource: 'meta' });
  });

  it('skips meta tags inside comments', () => {
    const html = page(ARABIC_PARAGRAPH, '<!-- old template: <meta charset="iso-8859-6"> --><meta charset="windows-1256">');
    expect(decodeJoined(encodeLegacy(html, 'windows-1256')).charsetSource).toBe('meta');
    expect(decodeJoined(encodeLegacy(html, 'windows-1256')).charset).toBe('windows-1256');
  });

  it('decodes iso-8859-1 declarations as windows-1252, with curly quotes and the euro sign', () => {
    const bytes = Buffer.concat([Buffer.from('<p>'), Buffer.from([0x93, 0x43, 0x27, 0x65, 0x73, 0x74, 0x94, 0x20, 0x35, 0x80]), Buffer.from('</p>')]);
    expect(decodeJoined(bytes, { contentType: 'text/html; charset=ISO-8859-1' })).toEqual({
      html: '<p>\u201cC\'est\u201d 5\u20ac</p>',
      charset: 'windows-1252',
      charsetSource: 'content-type',
    });
  });

  it('overrides a meta tag that claims UTF-8 over windows-1256 bytes', () => {
    const html = page(ARABIC_WITH_QUOTES, '<meta charset="utf-8">');
    expect(decodeJoined(encodeLegacy(html, 'windows-1256'))).toEqual({ html, charset: 'windows-1256', charsetSource: 'detected' });
  });

  it('overrides a server-wide ISO-8859-1 header over Arabic bytes, falling back to the meta tag', () => {
    const html = page(ARABIC_WITH_QUOTES, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">');
    expect(decodeJoined(encodeLegacy(html, 'windows-1256'), { contentType: 'text/html; charset=ISO-8859-1' }))
      .toEqual({ html, charset: 'windows-1256', charsetSource: 'meta' });
  });

  it('overrides a legacy declaration over bytes that are valid UTF-8 text', () => {
    const html = page(ARABIC_PARAGRAPH, '<meta charset="windows-1256">');
    expect(decodeJoined(Buffer.from(html))).toEqual({ html, charset: 'utf-8', charsetSource: 'detected' });
  });

  it('keeps a declaration the bytes do not contradict', () => {
    const html = page(FRENCH_PARAGRAPH);
    expect(decodeJoined(encodeLegacy(html, 'windows-1252'), { contentType: 'text/html; charset=windows-1252' }).charsetSource).toBe('content-type');
  });

  it('ignores unknown charset labels', () => {
    const html = page(ARABIC_PARAGRAPH, '<meta charset="no-such-charset">');
    expect(decodeJoined(Buffer.from(html), { contentType: 'text/html; charset=bogus' })).toEqual({ html, charset: 'utf-8', charsetSource: 'detected' });
  });
});

describe('decodeHtml: detection', () => {
  it('falls back to UTF-8 for pure ASCII without a declaration', () => {
    expect(decodeJoined(Buffer.from('<p>Hello</p>'))).toEqual({ html: '<p>Hello</p>', charset: 'utf-8', charsetSource: 'default' });
  });

  it('detects undeclared UTF-8', () => {
    const html = page(ARABIC_PARAGRAPH);
    expect(decodeJoined(Buffer.from(html))).toEqual({ html, charset: 'utf-8', charsetSource: 'detected' });
  });

  it('detects undeclared windows-1256 Arabic', () => {
    const html = page(`${ARABIC_WITH_QUOTES} ${SECOND_ARABIC_PARAGRAPH}`);
    expect(decodeJoined(encodeLegacy(html, 'windows-1256'))).toEqual({ html, charset: 'windows-1256', charsetSource: 'detected' });
  });

  it('detects undeclared iso-8859-6 Arabic and does not mistake it for windows-1256', () => {
    const html = page(`${ARABIC_PARAGRAPH} ${SECOND_ARABIC_PARAGRAPH}`);
    expect(decodeJoined(encodeLegacy(html, 'iso-8859-6'))).toEqual({ html, charset: 'iso-8859-6', charsetSource: 'detected' });
  });

  it('tells windows-1256 from iso-8859-6 on a short headline', () => {
    const headline = page('افتتاح مستشفى جديد في المدينة');
    expect(decodeJoined(encodeLegacy(headline, 'windows-1256')).charset).toBe('windows-1256');
    expect(decodeJoined(encodeLegacy(headline, 'iso-8859-6')).charset).toBe('iso-8859-6');
  });

  it.each(['الامم المتحدة', 'البرلمان المنتخب'])('tells the two Arabic charsets apart on the two-word headline "%s" by its articles', (headline) => {
    const html = `<h1>${headline}</h1>`;
    expect(decodeJoined(encodeLegacy(html, 'windows-1256'))).toEqual({ html, charset: 'windows-1256', charsetSource: 'detected' });
    expect(decodeJoined(encodeLegacy(html, 'iso-8859-6'))).toEqual({ html, charset: 'iso-8859-6', charsetSource: 'detected' });
  });

  it('detects undeclared windows-1252 Latin text and keeps the Latin label', () => {
    const html = page(FRENCH_PARAGRAPH);
    expect(decodeJoined(encodeLegacy(html, 'windows-1252'))).toEqual({ html, charset: 'windows-1252', charsetSource: 'detected' });
  });

  it('reads an English page with a few signs (’ “ ” £ × ½ °) as windows-1252, not as letters of another alphabet', () => {
    const html = page('The council’s “new plan” costs £4m, covers a 3×4 km area and takes 2½ years; it was 21° today.');
    expect(decodeJoined(encodeLegacy(html, 'windows-1252')).html).toBe(html);
  });

  it('detects undeclared windows-1251 Cyrillic', () => {
    const html = page(RUSSIAN_PARAGRAPH);
    expect(decodeJoined(encodeLegacy(html, 'windows-1251'))).toEqual({ html, charset: 'windows-1251', charsetSource: 'detected' });
  });

  it.each([
    ['windows-1255', 'ראש העירייה פתח ביום רביעי את בית החולים החדש, ותלמידי בית הספר הסמוך התאספו ליד הרופאים.'],
    // Read as KOI8-R, these words are as plausible as capitalised Russian; Hebrew's own short words tell them apart.
    ['windows-1255', 'מועצת העיר הצביעה ביום שלישי בעד בנייה מחדש של חומת הנמל, שהסערות פרצו פעמיים בחורף שעבר, והעלות תתחלק עם הנמל.'],
    ['iso-8859-7', 'Ο δήμαρχος εγκαινίασε την Τετάρτη το νέο νοσοκομείο της περιοχής, όπου συγκεντρώθηκαν οι μαθητές.'],
    ['windows-1250', 'Minister otworzył w środę nowy szpital, w którym będzie dwieście łóżek i całodobowy oddział ratunkowy.'],
    ['gbk', '卫生部长周三为该地区新医院揭幕，附近学校的学生聚集在医生身旁。这家医院有两百张病床和一个全天候急诊科。'],
    ['big5', '衛生部長週三為該地區新醫院揭幕，附近學校的學生聚集在醫生身旁。這家醫院有兩百張病床和一個全天候急診科。'],
    ['shift_jis', '保健大臣は水曜日、地域の新しい病院の開院式に出席し、近くの学校の生徒たちが医師のそばに集まった。'],
    ['euc-jp', '保健大臣は水曜日、地域の新しい病院の開院式に出席し、近くの学校の生徒たちが医師のそばに集まった。'],
    ['euc-kr', '보건부 장관은 수요일 지역의 새 병원 개원식에 참석했으며 인근 학교 학생들이 의사들 곁에 모였다.'],
    ['koi8-r', 'Мэр города в среду открыл новую больницу, и ученики соседней школы собрались рядом с врачами.'],
    ['windows-874', 'นายกเทศมนตรีเปิดโรงพยาบาลแห่งใหม่เมื่อวันพุธ และนักเรียนจากโรงเรียนใกล้เคียงมารวมตัวกันข้างแพทย์'],
  ])('detects undeclared %s', (charset, text) => {
    const html = page(text);
    expect(decodeJoined(encodeLegacy(html, charset))).toEqual({ html, charset, charsetSource: 'detected' });
  });

  it('keeps a declared windows-1257 page whose letters another Latin charset also reads as letters', () => {
    // Runs of Lithuanian letters one space apart ("naują įstatymą") and the one-letter word "į" once read as stray
    // letters in the detection sample, and the declaration lost to windows-1252 ("naujà ástatymà").
    const text = 'Seimas priėmė naują įstatymą, kuris į šalies biudžetą įtrauks daugiau lėšų mokykloms ir ligoninėms.';
    const html = page(text, '<meta charset="windows-1257">');
    expect(decodeJoined(encodeLegacy(html, 'windows-1257'))).toEqual({ html, charset: 'windows-1257', charsetSource: 'meta' });
  });

  it('detects undeclared ISO-2022-JP by its escape sequences', () => {
    // ESC $ B switches to JIS X 0208, where 0x46 0x7C 0x4B 0x5C is "日本"; ESC ( B switches back to ASCII.
    const bytes = Buffer.from('<p>\x1b$BF|K\\\x1b(B</p>', 'latin1');
    expect(decodeJoined(bytes)).toEqual({ html: '<p>日本</p>', charset: 'iso-2022-jp', charsetSource: 'detected' });
  });

  it('refuses high bytes that no charset reads as text', () => {
    const noise = pseudoRandomBytes(6000, 42, (value) => (value % 7 === 0 ? 0x20 : 0x80 | (value & 0x7f)));
    expect(rejectionReason(Buffer.concat([Buffer.from('<html><body>'), noise]))).toBe('undecodable');
  });

  it('keeps a mostly-markup page with a little noise instead of refusing it', () => {
    const noise = pseudoRandomBytes(40, 42, (value) => 0x80 | (value & 0x7f));
    const bytes = Buffer.concat([Buffer.from(page('Hello world. '.repeat(50))), noise]);
    expect(decodeJoined(bytes).html).toContain('Hello world.');
  });
});

describe('decodeHtml: Central European, Baltic and Turkish charsets', () => {
  // Each of these charsets reads the others' letters as accented letters too ("költségvetésrõl", "naujà ástatymà",
  // "baþkaný"); only the alphabet the letters spell tells the right one.
  it.each([
    ['windows-1250', 'Czech', 'Městský úřad v Olomouci oznámil, že oprava hlavního náměstí začne v dubnu a potrvá až do podzimu. Řidiči musí počítat s objížďkami přes sousední ulice.'],
    ['windows-1250', 'a Czech headline of three accented letters', 'Vláda schválila rozpočet'],
    ['iso-8859-2', 'Czech', 'Městský úřad v Olomouci oznámil, že oprava hlavního náměstí začne v dubnu a potrvá až do podzimu. Řidiči musí počítat s objížďkami přes sousední ulice.'],
    ['iso-8859-2', 'Polish', 'Władze Łodzi ogłosiły w czwartek, że remont dworca potrwa jeszcze dwa miesiące. Pasażerowie będą korzystać z tymczasowych peronów przy ulicy Źródłowej.'],
    ['windows-1250', 'Hungarian', 'A szegedi önkormányzat hétfőn bejelentette, hogy a belvárosi híd felújítása ősszel kezdődik. A munkálatok idején a villamosok terelőúton közlekednek.'],
    ['windows-1250', 'Croatian', 'Gradsko vijeće Zadra u četvrtak je odlučilo da će se obala urediti do ljeta. Građani su tražili više klupa, sjene i mjesta za bicikle uz šetnicu.'],
    ['windows-1250', 'Slovenian', 'Mestni svet v Mariboru je v sredo sprejel načrt za novo kolesarsko stezo ob Dravi. Župan pravi, da bodo dela končana še pred zimo.'],
    ['windows-1250', 'Romanian', 'Primăria din Braşov a anunţat marţi că şantierul de pe strada principală se va încheia în iunie. Şoferii sunt rugaţi să folosească rutele ocolitoare.'],
    ['windows-1257', 'Lithuanian', 'Vilniaus savivaldybė antradienį pranešė, kad senamiesčio gatvių remontas užtruks iki rudens. Gyventojai prašomi naudotis aplinkkeliais.'],
    ['windows-1257', 'Latvian', 'Rīgas dome otrdien paziņoja, ka tilta remonts ilgs līdz rudenim. Autobusi kursēs pa apvedceļu, un gājējiem būs pieejama pagaidu laipa pār kanālu.'],
    ['iso-8859-13', 'Latvian with its quotes', '„Darbi notiks naktīs, lai netraucētu satiksmi“, sacīja būvniecības vadītāja. Rīgas dome otrdien paziņoja, ka tilta remonts ilgs līdz rudenim.'],
    ['windows-1257', 'Estonian', 'Tartu linnavalitsus teatas teisipäeval, et jõeäärse promenaadi ehitus lõpeb suvel. Šoti arhitekti kavandatud sild ühendab kaldaid ning žürii kiitis selle heaks.'],
    ['windows-1254', 'Turkish', 'İzmir Büyükşehir Belediyesi salı günü yaptığı açıklamada, sahil yolundaki çalışmaların eylül ayında biteceğini duyurdu. Sürücülerin alternatif güzergâhları kullanması istendi.'],
  ])('detects undeclared %s (%s)', (charset, _, text) => {
    const html = page(text);
    expect(decodeJoined(encodeLegacy(html, charset))).toEqual({ html, charset, charsetSource: 'detected' });
  });

  it.each([
    ['German', 'Die Stadtverwaltung in Görlitz kündigte am Dienstag an, dass die Sanierung der Brücke über die Neiße bis zum Frühjahr dauert. Fußgänger müssen ausweichen.'],
    ['Spanish', 'El ayuntamiento de Cádiz anunció el miércoles que las obras del paseo marítimo terminarán en otoño. Los vecinos pidieron más bancos y sombra junto a la playa.'],
    ['Portuguese', 'A câmara municipal de Évora anunciou na terça-feira que as obras na praça principal só terminarão em junho. Os comerciantes pedem compensações.'],
    ['Norwegian', 'Kommunen i Tromsø meldte på tirsdag at arbeidet med den nye brua blir ferdig til høsten. Bilistene må kjøre omvei gjennom sentrum så lenge.'],
    ['Swedish', 'Kommunen i Västerås meddelade på tisdagen att ombyggnaden av stationen blir klar i höst. Resenärerna får gå via en tillfällig gångbro över spåren.'],
    ['Icelandic', 'Borgarstjórn Reykjavíkur tilkynnti á þriðjudag að framkvæmdum við nýju brúna ljúki í haust. Ökumenn þurfa að aka hjáleið í gegnum miðbæinn á meðan.'],
    ['Italian', 'Il sindaco ha inaugurato mercoledì il nuovo ospedale della città; così è finita un’attesa lunga più di dieci anni, perché i lavori erano fermi.'],
    ['Dutch', 'De burgemeester opende woensdag het nieuwe ziekenhuis; de patiënten zijn tevreden over de coördinatie, en ook in België kijkt men mee.'],
    ['English with names from several languages', 'The mayor thanked Søren Ødegaard, Renée Lefèvre and Jürgen Müller, who chaired the café committee in Zürich and São Paulo.'],
  ])('keeps undeclared windows-1252 %s as windows-1252', (_, text) => {
    const html = page(text);
    expect(decodeJoined(encodeLegacy(html, 'windows-1252'))).toEqual({ html, charset: 'windows-1252', charsetSource: 'detected' });
  });

  it('reads a short Turkish headline by the page\'s lang, whose letters Icelandic also writes in windows-1252', () => {
    // "Şırnak’ta yağış" in windows-1254 is "Þýrnak’ta yaðýþ" in windows-1252: every letter of it Icelandic.
    const turkish = `<html lang="tr"><h1>Şırnak’ta yağış</h1></html>`;
    expect(decodeJoined(encodeLegacy(turkish, 'windows-1254'))).toEqual({ html: turkish, charset: 'windows-1254', charsetSource: 'detected' });
    const icelandic = `<html lang="is"><h1>Þýrnak’ta yaðýþ</h1></html>`;
    expect(decodeJoined(encodeLegacy(icelandic, 'windows-1252'))).toEqual({ html: icelandic, charset: 'windows-1252', charsetSource: 'detected' });
  });

  it.each(['en', 'de', 'tr'])('ignores a lang="%s" that no reading of the letters spells', (language) => {
    const html = page('Městský úřad v Olomouci oznámil, že oprava hlavního náměstí začne v dubnu. Řidiči musí počítat s objížďkami.').replace('<html>', `<html lang="${language}">`);
    expect(decodeJoined(encodeLegacy(html, 'windows-1250'))).toEqual({ html, charset: 'windows-1250', charsetSource: 'detected' });
  });

  it('overrides a server-wide ISO-8859-1 header over a Hungarian windows-1250 page whose ő and ű it turns into õ and û', () => {
    const html = page(
      'A szegedi önkormányzat hétfőn bejelentette, hogy a belvárosi híd felújítása ősszel kezdődik, és a munkálatok idején a villamosok terelőúton közlekednek. ' +
      'A polgármester szerint a műszaki ellenőrzés több helyen rozsdát talált, ezért a beruházás előreláthatólag tízmilliárd forintba kerül. ' +
      'A kivitelező tavasszal dönt az ütemezésről, a lakosságot pedig fórumokon tájékoztatják a részletekről.',
    );
    expect(decodeJoined(encodeLegacy(html, 'windows-1250'), { contentType: 'text/html; charset=ISO-8859-1' }))
      .toEqual({ html, charset: 'windows-1250', charsetSource: 'detected' });
  });

  it('keeps a server-wide ISO-8859-1 header over a German page that names French and Danish composers', () => {
    const html = page('Das Orchester spielt am Samstag in der Kölner Philharmonie Werke von Fauré, Saint-Saëns und Nørgård; die Karten für Schüler kosten zwölf Euro. Größere Gruppen zahlen weniger.');
    expect(decodeJoined(encodeLegacy(html, 'windows-1252'), { contentType: 'text/html; charset=ISO-8859-1' }))
      .toEqual({ html, charset: 'windows-1252', charsetSource: 'content-type' });
  });
});

describe('decodeHtml: mixed encodings', () => {
  it('decodes windows-1256 fragments inside a UTF-8 page without losing either part', () => {
    const bytes = Buffer.concat([
      Buffer.from(page(`${ARABIC_PARAGRAPH} ${SECOND_ARABIC_PARAGRAPH}`)),
      encodeLegacy(`<p>${ARABIC_WITH_QUOTES}</p>`, 'windows-1256'),
    ]);
    const decoded = decodeJoined(bytes, { contentType: 'text/html; charset=utf-8' });
    expect(decoded.html).toContain(ARABIC_PARAGRAPH);
    expect(decoded.html).toContain(SECOND_ARABIC_PARAGRAPH);
    expect(decoded.html).toContain(ARABIC_WITH_QUOTES);
    expect(decoded.html).not.toContain('\uFFFD');
    expect(decoded).toMatchObject({ charset: 'utf-8', charsetSource: 'content-type', mixedCharset: 'windows-1256' });
  });

  it('decodes a UTF-8 fragment inside a mostly windows-1256 page', () => {
    const bytes = Buffer.concat([
      encodeLegacy(page(`${ARABIC_WITH_QUOTES} ${SECOND_ARABIC_PARAGRAPH} ${ARABIC_PARAGRAPH}`, '<meta charset="windows-1256">'), 'windows-1256'),
      Buffer.from(`<aside>${SECOND_ARABIC_PARAGRAPH}</aside>`),
    ]);
    const decoded = decodeJoined(bytes);
    expect(decoded.html).toContain(ARABIC_WITH_QUOTES);
    expect(decoded.html).toContain(`<aside>${SECOND_ARABIC_PARAGRAPH}</aside>`);
    expect(decoded).toMatchObject({ charset: 'windows-1256', charsetSource: 'meta', mixedCharset: 'utf-8' });
  });

  it('repairs a stray windows-1252 byte in a UTF-8 page whose words each hold a single accented letter', () => {
    const utf8Part = page('Die Schüler der nahen Schule haben im Frühling über grüne Wälder geschrieben und gemalt.', '<meta charset="utf-8">');
    const bytes = Buffer.concat([Buffer.from(utf8Part), encodeLegacy('<!-- Ändern -->', 'windows-1252')]);
    const decoded = decodeJoined(bytes);
    expect(decoded.html).toBe(`${utf8Part}<!-- Ändern -->`);
    expect(decoded).toMatchObject({ charset: 'utf-8', charsetSource: 'meta', mixedCharset: 'windows-1252' });
  });

  it('turns a UTF-8 character cut in half into U+FFFD rather than guessing a legacy letter', () => {
    const cut = Buffer.from('ó').subarray(0, 1);
    const bytes = Buffer.concat([Buffer.from(page('Zażółć gęślą jaźń, przyszło dwóch ')), Buffer.from('<p>papieros'), cut, Buffer.from('...</p>')]);
    const decoded = decodeJoined(bytes);
    expect(decoded.html).toContain('Zażółć gęślą jaźń');
    expect(decoded.html).toContain('papieros\uFFFD...');
    expect(decoded).toEqual({ html: decoded.html, charset: 'utf-8', charsetSource: 'detected' });
  });

  it('does not mistake accidental UTF-8 pairs in windows-1256 text for a mixed page', () => {
    // "د،" and "ا“" are valid two-byte UTF-8 sequences in windows-1256.
    const html = page(`${ARABIC_WITH_QUOTES} البلاد، والسلام “نعم” ${SECOND_ARABIC_PARAGRAPH}`);
    const decoded = decodeJoined(encodeLegacy(html, 'windows-1256'));
    expect(decoded).toEqual({ html, charset: 'windows-1256', charsetSource: 'detected' });
  });
});

// How decoding time grows with the page, windows-1256 pages among them, is measured by `npm run bench:extract-scaling`, not asserted here.
describe('decodeHtml: a large page', () => {
  it('decodes a 4 MiB undeclared windows-1256 page whole', () => {
    const text = page(`${ARABIC_WITH_QUOTES} `.repeat(17_000));
    const bytes = encodeLegacy(text, 'windows-1256');
    expect(bytes.length).toBeGreaterThan(4 * 1024 * 1024);
    const decoded = decodeJoined(bytes);
    expect(decoded.charset).toBe('windows-1256');
    expect(decoded.html).toBe(text);
  });
});
