/**
 * The twenty-third round's paywalled and metered news pages, twelve of them, in English, French, German, Spanish,
 * Portuguese and Arabic: an Arc page with Piano's offer under a JSON-LD locked part and a "Subscriber Exclusive" badge
 * in its headline; a German regional's "KA+" badge in every title source and its locked paragraphs hidden; a French
 * national's "Il vous reste 71.42% de cet article à lire" wall and its gift box; a Spanish registration wall; a
 * Brazilian metered wall set between the paragraphs of a text served whole, and its gift banner; a Kuwaiti page marked
 * "للمشتركين"; a Swiss page with its "Abo" badge and its headline set in spans, and a wall "Abonnentinnen und
 * Abonnenten vorbehalten" with no markup declaring it; a New Zealand article a subscriber gifted; a Portuguese
 * microdata page with its "Exclusivo" wall; a Mexican WordPress page whose titles all open "Exclusivo para
 * suscriptores:" and whose Piano meter sits in the text; a Moroccan "[Premium]" title; an Emirati Tinypass meter and
 * gift banner. `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-06T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam23-paywall-premium'), NOW);
