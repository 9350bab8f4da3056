/**
 * The ninth round's pages on publication dates, 18 of them, as news pages print them and engines misread them: a UTC
 * declaration beside a `<time>` on the local clock and another beside a dateline whose update is printed in no zone, an
 * "Updated" line printed before the "Published" one (a US station's, with AP-style "noon"; an Australian "first
 * posted"; a British paper's two unclassed `<time>`s that only their labels tell apart), relative ages ("hace 1 hora",
 * "Atualizado há 1 hora", "2 weeks ago") with and without a machine date, day-first numeric dates on a French page and
 * month-first ones on a US page, a Hijri date paired with its Gregorian one in numbers, a date only the permalink
 * gives, a live blog that declares its coverage's start and whose entries are later, a republished story's "originally
 * published" note above its own text-only dateline, an Irish Joomla page whose unmarked column of latest stories, each
 * with its `<time>`, comes before the article, a blog whose date is in its entry footer after a sidebar of recent posts
 * and before later comments, a Mexican dateline that crosses midnight with "hrs", a Colombian one with the month first
 * and "2:05 p. m.", and a Japanese portal's year-less "11/24(火) 15:05配信". Each page is stored as the site serves it,
 * and `expectations.json` states, field by field, what a careful reader says the record holds. Only what the engine
 * meets is stated.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-03T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam9-dates'), NOW);
