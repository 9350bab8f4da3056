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
  return bitrixServerClock(page) ?? forumStatedClock(page);
}

function bitrixServerClock(page: IndexedPage): string | null {
  const { inBody, hasBody, position } = page.walk;
  for (const script of page.tagged('script')) {
    if (script.attribs.src !== undefined || (hasBody && inBody[position.get(script)!] === 1)) continue;
    const text = textContent(script);
    if (!text.includes(SERVER_OFFSET_KEY)) continue;
    const match = SERVER_OFFSET.exec(text);
    if (!match) continue;
    return fixedZone(Number(match[1]) / 3600);
  }
  return null;
}

/** The fixed zone of a whole number of hours from UTC, or null for UTC itself, a fraction or no offset at all. */
function fixedZone(hours: number): string | null {
  if (hours === 0 || !Number.isInteger(hours) || Math.abs(hours) > 14) return null;
  // The IANA names of fixed offsets count the other way: "Etc/GMT-6" is six hours ahead of UTC.
  return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}

/**
 * Rule "forum's stated clock": board software (phpBB, vBulletin, SMF) prints every post's time on the board's clock
 * with no zone beside it, and states that clock once, in a short line at the foot of the page ("All times are GMT - 6
 * Hours", "All times are GMT -6. The time now is 02:05 PM.", "Часовой пояс GMT +3, время: 14:05."). A community
 * site's news is often a forum topic, and its "Posted: Sat Dec 05, 2026 9:30 am" read as UTC was six hours early.
 * Only short elements of the body are read, and only those whose own text names GMT or UTC.
 */
function forumStatedClock(page: IndexedPage): string | null {
  const { elements, inBody, visibleChars, directTextLength } = page.walk;
  for (let index = 0; index < elements.length; index++) {
    if (inBody[index] !== 1 || directTextLength[index] === 0 || visibleChars[index] > MAX_CLOCK_LINE) continue;
    const own = ownText(elements[index]);
    if (!ZONE_WORD.test(own)) continue;
    const match = FORUM_CLOCK.exec(textContent(elements[index]).replace(/\s+/g, ' '));
    if (!match) continue;
    const sign = match[1] === '+' ? 1 : -1;
    return fixedZone(sign * Number(match[2]));
  }
  return null;
}
const MAX_CLOCK_LINE = 160;
const ZONE_WORD = /\b(?:GMT|UTC)\b/;
const FORUM_CLOCK = new RegExp(String.raw`(?:All times are|Alle Zeiten sind|Todas las horas son|Todos os horários são|Tutti gli orari sono|Wszystkie czasy w strefie|Часовой пояс|Все время|Semua waktu)\s*(?:GMT|UTC)\s*([+\-−])\s*(\d{1,2})(?![\d.,:]\d)`, 'iu');

function ownText(element: IndexedPage['walk']['elements'][number]): string {
  let text = '';
  for (const child of element.children) if (child.type === 'text') text += (child as unknown as { data: string }).data;
  return text;
}
const SERVER_OFFSET_KEY = 'SERVER_TZ_OFFSET';
const SERVER_OFFSET = /['"]SERVER_TZ_OFFSET['"]\s*:\s*['"]?(-?\d+)['"]?/;
