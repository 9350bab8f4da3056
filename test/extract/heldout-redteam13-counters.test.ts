/**
 * The thirteenth round's pages on counters, 20 of them: the engagement rows news sites print by the headline, in Arabic
 * ("1 مليون مشاهدة", "تمت قراءته 920 مرة", "عدد المشاهدات: ١٬٢٠٠", a comments link right after a Hijri date, "15 جمادى
 * الآخرة 1448 تعليق"), Persian ("تعداد بازدید: ۲٬۳۴۵" beside a news code, WordPress's "بدون دیدگاه"), Turkish ("12.456
 * kez okundu"), Urdu ("3,482 مرتبہ پڑھا گیا"), Indonesian ("Dibaca 4.318 kali" beside a reading time, "2.317x dibaca"),
 * Russian (icons labelled only by their tooltips, "Прочитано 1 204 раза") and English ("1.2K views", "Comments (0)",
 * "No Comments", a "Comment" link right after "May 16, 2024", a gallery whose title counts "24 views", a theme's
 * microdata "UserComments:3" under comments a script loads, Joomla's "Hits: 2841"), set among counters that belong to
 * other stories: most-read boxes before the article in an old table template, related teasers and cards, related posts'
 * comments links, a strip of story cards above the headline, a "most commented" sidebar, a blog's hit counter. Each
 * page is stored as the site serves it, and `expectations.json` states, field by field, what a careful reader says the
 * record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam13-counters'), NOW);
