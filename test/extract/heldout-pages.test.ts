/**
 * Held-out robustness: realistic article pages written by hand after widespread templates (WordPress news themes,
 * Blogger, Drupal, Ghost, Substack, Arc-, Brightspot- and AMP-style newsrooms, legacy table layouts) in the
 * languages the pipeline ingests, each with the chrome real pages carry (cookie banners, related rails with their
 * own bylines and dates, comment threads, most-read lists, author boxes). Each test states the record a reader
 * expects from the page, field by field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, type ArticleRecord } from '../../lambdas/extract';
import { encodeLegacy } from '../fixtures/encode-legacy';

const NOW = new Date('2026-11-29T12:00:00Z');

function extractPage(name: string, url: string, charset?: string): ArticleRecord {
  const html = readFileSync(join(__dirname, '../fixtures/heldout', `${name}.html`), 'utf8');
  return extract(charset ? encodeLegacy(html, charset) : Buffer.from(html), { url, now: NOW });
}

function paragraphs(record: ArticleRecord): string[] {
  return record.body.split('\n\n');
}

function imageUrls(record: ArticleRecord): string[] {
  return record.images.map((image) => image.url);
}

describe('Blogger post (Italian): date in the hAtom <abbr title>, byline in the post footer', () => {
  const record = extractPage('it-blogger', 'https://cronachevalle.blogspot.example/2017/01/nevicata-strade-chiuse.html');

  it('reads title, author and the full date the <abbr> keeps in its title, not the clock it shows', () => {
    expect(record.title).toBe('Nevicata record, chiuse tre strade provinciali');
    expect(record.authors).toEqual(['Marco Bellini']);
    expect(record.publishedAt).toBe('2017-01-23T09:41:00+01:00');
    expect(record.language).toBe('it');
    expect(record.direction).toBe('ltr');
  });

  it('reads the line-broken post body and its captioned picture, without comments, pager or sidebar', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(4);
    expect(body[0]).toMatch(/^La nevicata di ieri notte/);
    expect(body[3]).toMatch(/fino alla fine dell'emergenza\.$/);
    expect(record.body).not.toMatch(/Costalta la corrente|Post più recente|presepe vivente|Powered by/);
    expect(record.leadImage).toMatchObject({
      url: 'https://blogger.googleusercontent.example/img/b/R29vZ2xl/AVvXsEh/w400-h225/neve-valle.jpg',
      caption: 'La provinciale 24 sommersa dalla neve a Pian del Lago',
    });
    expect(imageUrls(record)).toHaveLength(1);
  });
});

describe('Persian news agency page: Jalali dateline above the headline, masthead date of the day above it', () => {
  const record = extractPage('fa-news', 'https://www.parsno.example/news/8315427/');

  it('reads the article\'s Jalali dateline, not the masthead\'s date of the day', () => {
    expect(record.title).toBe('افتتاح نخستین خط قطار برقی شهری در مشهد');
    expect(record.publishedAt).toBe('2017-01-23T10:30:00+00:00');
    expect(record.publishedAtRaw).toBe('دوشنبه ۴ بهمن ۱۳۹۵ - ۱۰:۳۰');
    expect(record.language).toBe('fa');
    expect(record.direction).toBe('rtl');
    expect(record.authors).toEqual([]);
  });

  it('reads the tags, the picture and the four paragraphs, without related news, comments or most viewed', () => {
    expect(record.tags).toEqual(['مشهد', 'قطار شهری']);
    expect(imageUrls(record)).toEqual(['https://cdn.parsno.example/d/2017/01/23/4/1234567.jpg']);
    const body = paragraphs(record);
    expect(body).toHaveLength(4);
    expect(body[0]).toMatch(/^به گزارش خبرنگار پارس نو از مشهد/);
    expect(record.body).not.toMatch(/تکمیل ایستگاه|امیدواریم خط دوم|قیمت طلا/);
  });
});
