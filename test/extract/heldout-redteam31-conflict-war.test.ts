/**
 * The thirty-first round's conflict and war pages, seven of them: a Ukrainian WordPress regional's live page on a
 * glide-bomb attack on Zaporizhzhia, with a "НАЖИВО" badge, a lead over the updates, a "follow us on Telegram" banner,
 * a sensitive-content overlay over its picture, timestamped updates each with its own share row and a Telegram
 * embed's fallback line; a windows-1256 Palestinian portal's WAFA story from Jenin in one block of lines broken by
 * <br>, under a warning over its picture, with a casualty tally box in its side column; an Israeli Hebrew site's
 * correspondent story on a rocket barrage, a subtitle, a "what we know so far" list inside the text, an X post
 * embed and a live-updates strip; a French regional's AFP story by a correspondent credited "Par Prénom NOM (AFP)",
 * with a chapô, a "DIRECT … suivez" promo line, a "Ce que l'on sait" subheading and a map figure; a British paper's
 * Reuters explainer "What we know so far" with a standfirst, question subheadings, a "Follow our live coverage"
 * banner and an "In numbers" box; and a Riga-based Russian-language outlet's "что известно" story with a Telegram
 * post card, a sensitive-video warning and a donation appeal inside the text; and a Qatari portal's Anadolu
 * "ما نعرفه حتى الآن" explainer credited "الخرطوم - مراسل الأناضول: …", with a warning over a clip between its
 * paragraphs, an X post embed and an "اقرأ أيضا" line. One expectation is held out: the Palestinian page's tags.
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam31-conflict-war'), NOW);
