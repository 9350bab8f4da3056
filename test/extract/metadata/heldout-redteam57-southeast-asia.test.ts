/**
 * Round 57's metadata rules (Southeast Asian pages), each on a small hand-written page.
 */
import { readMetadata } from '../../../lambdas/extract/metadata';
import { indexedPage } from '../../support/indexed-page';

const NOW = new Date('2026-12-09T12:00:00Z');
const read = (html: string, url: string | null = null) => readMetadata(indexedPage(html), { url, now: NOW });

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
