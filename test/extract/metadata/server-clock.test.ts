import { extract } from '../../../lambdas/extract';
import { statedServerClock } from '../../../lambdas/extract/metadata/server-clock';
import { indexedPage } from '../../support/indexed-page';

const bitrixSettings = (offset: string) => `<script type="text/javascript">(window.BX||top.BX).message({'LANGUAGE_ID':'ru','FORMAT_DATE':'DD.MM.YYYY','SERVER_TZ_OFFSET':'${offset}','SITE_ID':'s1'});</script>`;

describe('statedServerClock (rule "Bitrix server clock")', () => {
  it('reads the fixed zone of the offset Bitrix states for its server', () => {
    expect(statedServerClock(indexedPage(`<head>${bitrixSettings('21600')}</head><body><h1>Headline</h1></body>`))).toBe('Etc/GMT-6');
    expect(statedServerClock(indexedPage(`<head>${bitrixSettings('-18000')}</head><body><h1>Headline</h1></body>`))).toBe('Etc/GMT+5');
  });

  it('reads no clock where none is stated, where it states UTC, or where it is no whole hour', () => {
    expect(statedServerClock(indexedPage('<head><script>var settings = {};</script></head><body><h1>Headline</h1></body>'))).toBeNull();
    expect(statedServerClock(indexedPage(`<head>${bitrixSettings('0')}</head><body><h1>Headline</h1></body>`))).toBeNull();
    expect(statedServerClock(indexedPage(`<head>${bitrixSettings('19800')}</head><body><h1>Headline</h1></body>`))).toBeNull();
  });

  it('searches only the head, where Bitrix hands its settings over, not the scripts of the body', () => {
    expect(statedServerClock(indexedPage(`<head></head><body><h1>Headline</h1>${bitrixSettings('21600')}</body>`))).toBeNull();
    expect(statedServerClock(indexedPage(`${bitrixSettings('21600')}<h1>Headline</h1>`))).toBe('Etc/GMT-6');
  });

  it('puts an Omsk paper\'s printed time on the server\'s clock, not on the Moscow clock of Russia\'s domain', () => {
    const html = `<html lang="ru"><head><title>Рейсы в Казань</title>${bitrixSettings('21600')}</head><body><h1>Из Омска запустят прямые рейсы в Казань</h1>
      <div class="news-detail"><span class="news-date-time">03.12.2026 14:20</span>${'<p>Омский аэропорт с 15 декабря запускает прямые рейсы в Казань и Минеральные Воды, сообщила пресс-служба.</p>'.repeat(3)}</div></body></html>`;
    expect(extract(html, { url: 'https://irtysh-pravda.example.ru/news/38125/', now: new Date('2026-12-05T00:00:00Z') }).publishedAt).toBe('2026-12-03T14:20:00+06:00');
  });
});
