/** The clock a platform states it prints the page's times on. */
import type { IndexedPage } from './regions';
import { textContent } from './regions';

/**
 * Rule "Bitrix server clock": 1C-Bitrix prints every date on its server's clock and states that clock's offset from
 * UTC, in seconds, in the settings its script hands the browser in the head of every page (`BX.message({…
 * 'SERVER_TZ_OFFSET': '21600' …})`). An Omsk paper's "03.12.2026 14:20" is on UTC+06:00, not on Moscow's clock
 * that Russia's domain names. The fixed zone of that offset, or null where no such setting is printed or it states
 * UTC, which a server left on its default may state for a newsroom on any clock. Only the head's scripts are
 * searched: the body's may hold a whole app's state, and searching those cost a dev page 0.3 ms, 2% of its time.
 */
export function statedServerClock(page: IndexedPage): string | null {
  const { inBody, hasBody, position } = page.walk;
  for (const script of page.tagged('script')) {
    if (script.attribs.src !== undefined || (hasBody && inBody[position.get(script)!] === 1)) continue;
    const text = textContent(script);
    if (!text.includes(SERVER_OFFSET_KEY)) continue;
    const match = SERVER_OFFSET.exec(text);
    if (!match) continue;
    const seconds = Number(match[1]);
    if (seconds === 0 || seconds % 3600 !== 0 || Math.abs(seconds) > 14 * 3600) return null;
    // The IANA names of fixed offsets count the other way: "Etc/GMT-6" is six hours ahead of UTC.
    const hours = seconds / 3600;
    return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
  }
  return null;
}
const SERVER_OFFSET_KEY = 'SERVER_TZ_OFFSET';
const SERVER_OFFSET = /['"]SERVER_TZ_OFFSET['"]\s*:\s*['"]?(-?\d+)['"]?/;
