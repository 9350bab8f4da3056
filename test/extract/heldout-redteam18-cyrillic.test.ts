/**
 * The eighteenth round's Cyrillic pages, sixteen of them: Russian regional papers on the platforms they still run
 * (DataLife Engine served in KOI8-R and dated "Вчера, 14:20" under its speedbar, Joomla in windows-1251 crediting
 * "Super User" over an Interfax head, 1C-Bitrix with "Подготовила …" closing the story, a page under a ТАСС dateline
 * signed "Автор: Редакция", a byline row "Текст: … | Фото: …"), Ukrainian WordPress and portal pages ("3 грудня 2026
 * р.", "03.12.2026 о 14:20", "Сьогодні, 09:05", "Джерело: УНІАН", "Автор: Редакція", "Підготувала …" over "За
 * матеріалами Укрінформу"), a Belarusian page signed "Аўтар:" that credits БелТА, and Bulgarian, Serbian Cyrillic,
 * Macedonian, Kazakh, Kyrgyz and Mongolian pages in their own date forms, counter words and picture credits. Each page
 * is stored as the site serves it, and `expectations.json` states, field by field, what a careful reader says the
 * record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future; "Вчера" is 3 December. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam18-cyrillic'), NOW);
