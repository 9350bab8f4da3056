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

describe('statedServerClock (rule "forum\'s stated clock")', () => {
  it('reads the board\'s clock from the line at the foot of a forum page', () => {
    expect(statedServerClock(indexedPage('<body><h1>Headline</h1><span class="gensmall">All times are GMT - 6 Hours</span></body>'))).toBe('Etc/GMT+6');
    expect(statedServerClock(indexedPage('<body><h1>Headline</h1><div class="smallfont">All times are GMT -5. The time now is <span class="time">02:05 PM</span>.</div></body>'))).toBe('Etc/GMT+5');
    expect(statedServerClock(indexedPage('<body><h1>Заголовок</h1><div class="smallfont">Часовой пояс GMT +3, время: <span class="time">14:05</span>.</div></body>'))).toBe('Etc/GMT-3');
  });

  it('reads no clock from GMT itself, a half hour, or a story that mentions GMT', () => {
    expect(statedServerClock(indexedPage('<body><h1>Headline</h1><span>All times are GMT</span></body>'))).toBeNull();
    expect(statedServerClock(indexedPage('<body><h1>Headline</h1><span>All times are GMT + 5.5 Hours</span></body>'))).toBeNull();
    expect(statedServerClock(indexedPage('<body><h1>Headline</h1><p>The launch is set for 14:00 GMT + 2 days of tests.</p></body>'))).toBeNull();
  });

  it('puts a forum topic\'s zoneless post time on the board\'s clock', () => {
    const html = '<html><head><title>Anglers :: View topic - Derby moves</title></head><body><table><tr><td><span class="postdetails">Posted: Sat Dec 05, 2026 9:30 am</span>'
      + `<span class="postbody">${'The club\'s derby will be held on the bay this year, the board decided at its meeting on Thursday.<br /><br />'.repeat(3)}</span></td></tr></table>`
      + '<span class="gensmall">All times are GMT - 6 Hours</span></body></html>';
    expect(extract(html, { url: 'http://anglers.example/viewtopic.php?t=12', now: new Date('2026-12-08T12:00:00Z') }).publishedAt).toBe('2026-12-05T09:30:00-06:00');
  });
});
