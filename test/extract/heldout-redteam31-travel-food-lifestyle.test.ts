/**
 * The thirty-first round's travel, food and lifestyle pages, eight of them: a Spanish regional's recipe story whose
 * Recipe JSON-LD sits beside its NewsArticle, with "Saltar a la receta" and "Imprimir receta" buttons and a star
 * rating under the headline, the recipe card (its name, time and servings list, ingredients, steps and a tip) between
 * the story's paragraphs, a rate-this box and the writer's bio; an Italian paper's three-day Matera itinerary with a
 * summary under the headline, a hotel booking form and a map embed between its paragraphs, and a "Come arrivare /
 * Dove dormire / Dove mangiare" fact box closing the text before an affiliate's offers box; a French regional's
 * restaurant review with a chapô, an "À lire aussi" line and a "Pratique" box giving the address, prices and the
 * mark; a windows-1256 Egyptian portal's Ramadan qatayef recipe, "كتبت:", with a jump-to-recipe link, ingredient
 * lists under headings, numbered steps and a print link; a Turkish paper's wellness list of seven foods with a spot,
 * a daily-horoscope picker between its items and a "related story" line; a British WordPress paper's Lisbon weekend
 * with a standfirst naming its writer, an affiliate disclosure, a "Shop the story" product carousel and a "Getting
 * there / Where to stay" box ending in a booking button; and a Lebanese portal's Eid ma'amoul recipe, dated only by
 * its Recipe JSON-LD and the day printed under the writer's name, with rating stars, print, save and share buttons;
 * and a Brazilian paper's restaurant story in its food section, with a subtitle, a "Leia também" box, a "Serviço"
 * heading over the address, hours and prices closing the text, and the count in its "Ver todos os comentários" link.
 * Three expectations are held out (the French review's closing score line, the Egyptian recipe's zone and its tags).
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam31-travel-food-lifestyle'), NOW);
