/**
 * Round 57's metadata rules (Southeast Asian pages), each on a small hand-written page.
 */
import { extract } from '../../../lambdas/extract';
import { readMetadata } from '../../../lambdas/extract/metadata';
import { indexedPage } from '../../support/indexed-page';

const NOW = new Date('2026-12-09T12:00:00Z');
const read = (html: string, url: string | null = null) => readMetadata(indexedPage(html), { url, now: NOW });

describe('rule "the instant\'s own mark"', () => {
  const page = (lang: string, mark: string, shown = '3:45 PM') => `<html lang="${lang}"><head>
    <meta property="article:published_time" content="2026-12-06T07:45:00+00:00">
    <meta property="article:modified_time" content="2026-12-06T10:02:00+00:00"></head><body>
    <h1>Malls extend hours for the holiday rush</h1>
    <p class="meta">By Ana Reyes <time class="entry-date published" datetime="${mark}">December 6, 2026 | ${shown}</time></p>
    <p>Malls will stay open until 11 p.m. on weekdays until January 4, the agency said on Saturday.</p></body></html>`;

  it('writes the UTC declaration on the offset the page marks, over a zone its language tag suggests', () => {
    const record = read(page('en-US', '2026-12-06T15:45:00+08:00'));
    expect(record.publishedAt).toBe('2026-12-06T15:45:00+08:00');
    expect(record.modifiedAt).toBe('2026-12-06T18:02:00+08:00');
  });

  it('leaves the zone where the mark is its offset of the other season, a server left on summer time', () => {
    const record = read(page('de-DE', '2026-12-06T09:45:00+02:00', ''));
    expect(record.modifiedAt).toBe('2026-12-06T11:02:00+01:00');
  });
});

describe('Malay dates', () => {
  const page = `<html lang="ms"><head><title>Harga minyak masak naik</title></head><body>
    <h1>Harga minyak masak naik 20 sen mulai Isnin</h1>
    <div class="article-meta"><span>Oleh Bernama</span> <span>Diterbitkan: Dis 6, 2026 11:05 AM</span>
    <span>Dikemaskini: Dis 6, 2026 1:40 PM</span></div>
    <p>KUALA LUMPUR, 6 Dis -- Harga runcit minyak masak peket bersubsidi akan dinaikkan 20 sen mulai Isnin ini.</p></body></html>`;

  it('reads "Dis" as December, and "Diterbitkan" and "Dikemaskini" as the publication\'s and the update\'s labels', () => {
    const record = read(page);
    expect(record.publishedAt?.slice(0, 16)).toBe('2026-12-06T11:05');
    expect(record.modifiedAt?.slice(0, 16)).toBe('2026-12-06T13:40');
    expect(record.authors).toEqual([]);
  });
});

describe('rule "the printed zone over the guessed one"', () => {
  const page = (printed: string) => `<html lang="id-ID"><head>
    <meta property="article:published_time" content="2026-12-07 09:12:00"></head><body>
    <h1>BMKG minta nelayan waspadai gelombang tinggi</h1>
    <div class="post-meta">${printed}</div>
    <p>Makassar (ANTARA) - BMKG meminta nelayan di pesisir Sulawesi Selatan mewaspadai gelombang setinggi empat meter.</p></body></html>`;

  it('takes the zone the dateline names at the same wall clock', () => {
    expect(read(page('Minggu, 7 Desember 2026 09:12 WITA')).publishedAt).toBe('2026-12-07T09:12:00+08:00');
    expect(read(page('Minggu, 7 Desember 2026 09:12 WIT')).publishedAt).toBe('2026-12-07T09:12:00+09:00');
  });

  it('keeps the guessed zone where the dateline names none, or prints another clock', () => {
    expect(read(page('Minggu, 7 Desember 2026 09:12')).publishedAt).toBe('2026-12-07T09:12:00+07:00');
    expect(read(page('Minggu, 7 Desember 2026 10:40 WITA')).publishedAt).toBe('2026-12-07T09:12:00+07:00');
  });
});

describe('rule "the national agency\'s paper" for Southeast Asia\'s agencies', () => {
  const page = (credit: string) => Buffer.from(`<html lang="en"><head><title>City opens third dialysis center</title></head><body>
    <h1>City opens third dialysis center</h1><p class="byline">Philippine News Agency</p>
    <p class="dateline">Posted on December 6, 2026 at 5:20 PM</p>
    <div class="news-body"><p>ILOILO CITY – The city government opened its third public dialysis center on Saturday, adding 18 machines
    that can serve up to 108 patients a week, the city health officer said.</p>
    <p>Patients may register at the center from Monday to Saturday, 7 a.m. to 4 p.m. ${credit}</p></div></body></html>`);

  it('reads a time printed in no zone on the clock of the agency\'s country', () => {
    expect(extract(page('(PNA)'), { url: null, now: NOW }).publishedAt).toBe('2026-12-06T17:20:00+08:00');
  });
});

describe('rule "the editor\'s labelled link"', () => {
  const page = (editorRow: string) => `<html lang="id"><head><title>Cuti bersama Natal ditetapkan</title></head><body>
    <h1>Cuti bersama Natal ditetapkan</h1>
    <div class="author_row"><div class="authorname">Penulis: <a href="/profil/rizky-ananda">Rizky Ananda</a></div>
    ${editorRow}<div class="date">Sabtu, 06 Des 2026 14:30 WIB</div></div>
    <p>${'Pemerintah resmi menetapkan cuti bersama Natal jatuh pada Kamis, 24 Desember. '.repeat(4)}</p></body></html>`;

  it('passes over the editor linked under the label "Editor:", "Redaktur:" or "Penyunting:"', () => {
    for (const label of ['Editor', 'Redaktur', 'Penyunting']) {
      expect(read(page(`<div class="editorname">${label}: <a href="/profil/dewi-lestari">Dewi Lestari</a></div>`)).authors).toEqual(['Rizky Ananda']);
    }
  });
});
