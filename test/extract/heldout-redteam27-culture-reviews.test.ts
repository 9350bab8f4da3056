/**
 * The twenty-seventh round's review pages, eight of them: an American WordPress magazine's film review whose JSON-LD
 * is a Review alone, its Movie naming the director and the cast, with a star verdict box, a film-details box, "Where to
 * Watch" ticket buttons, a trailer and a "More Film Reviews" rail with stars; a windows-1252 French SPIP literary
 * review's book critique ("Note : 3/5", a fiche with the novelist, the publisher, the price and the ISBN, "Acheter ce
 * livre" buttons), its Review's Book naming the novelist; a German TYPO3 music magazine's album review ("Wertung:
 * 8/10", a readers' score, a tracklist, a Spotify player, buy links, "Weitere Kritiken"); a Spanish paper's restaurant
 * review with NewsArticle and Review side by side, a score box, a ficha with address, hours and price and a "Reservar
 * mesa" button; a British tech site's headphone review whose JSON-LD is a Product carrying the review, with a verdict
 * box of pros and cons, deal widgets with prices, a specs table and section headings in the prose; a windows-1256
 * Egyptian PHP film site's "نقد فني" in a table layout with an "التقييم" box of star images, a film card (director,
 * writer, cast, runtime), a trailer and a reads counter; an American Drupal paper's concert review by two critics with
 * a photographer in the byline row, a CriticReview beside the NewsArticle naming the performers, and a setlist and
 * "If you go" box; and a Quebec paper's series critique whose "Cote : ★★★½" line opens the body's container, with a
 * "Où regarder" box of streaming buttons and a paywall flag.
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam27-culture-reviews'), NOW);
