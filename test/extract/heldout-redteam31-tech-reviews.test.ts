/**
 * The thirty-first round's technology news and product reviews, nine pages: a US WordPress phone review with Article
 * and Review JSON-LD, a star rating, "Pros/Cons" lists and a "Today's best deals" price widget above the text, a spec
 * table and a benchmark chart in it, an inline "Buy on Amazon" line, a verdict box, a product box of shop buttons, an
 * update note, a "Related reviews" carousel and WordPress comments; a British custom-CMS laptop review with a
 * strapline, a "Our Verdict" panel scored 8/10 with For/Against lists, a PriceHawk price comparison, a spec table, a
 * benchmark table and an "Also consider" box, dated by its Product JSON-LD's review and a day only; an Indian tech
 * portal's live blog of a phone launch, two writers in LiveBlogPosting JSON-LD, key highlights, a price table, an
 * embedded tweet, a YouTube frame, a Flipkart affiliate button and app-store badges; a windows-1256 Egyptian tech
 * portal's phone launch story with a "المواصفات" table, prices in pounds and Gulf currencies, "اشتري الآن" buttons
 * and a read counter; a German headphones test with a teaser, a "Testnote" box with Pro/Contra and a best-price box,
 * a datasheet table, a "Lesen Sie auch" line and an update note; and a Japanese WordPress tablet review with a table
 * of contents, a spec table, Amazon and Rakuten button boxes, a YouTube frame and boxes of good and bad points; a
 * Spanish smartwatch review with Review JSON-LD, an affiliate disclosure over the text ("puede llevarse una
 * comisión"), "Comprar en Amazon" button boxes, a "Ficha técnica" table, an embedded tweet, "Lo mejor / Lo peor"
 * boxes, the score under the verdict and the note on the loaned watch; a French robot vacuum test with a chapô, an
 * affiliate notice, a "Note 8/10" box with "Les plus / Les moins", a "Meilleurs prix" widget of "Voir l'offre"
 * buttons, a "Fiche technique" table and an "À lire aussi" line; and a Saudi tech portal's phone review with Review
 * JSON-LD, a commission note, a "المواصفات" table with prices in riyals and dirhams, Amazon and Noon buy buttons, an
 * "اقرأ أيضًا" line, the final score and app-store badges. Three expectations are held out: the Indian live blog's
 * and the Egyptian story's tags (the engine joins the keyword metas, "Vayu X5 price in India", "مواصفات", to the tags
 * the page shows, by design), and the Egyptian story's publishedAt (an Arabic page on a ".example" address names no
 * country, so its "02:40 م" is read on no clock of Cairo's).
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam31-tech-reviews'), NOW);
