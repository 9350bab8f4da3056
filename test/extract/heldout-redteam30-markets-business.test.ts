/**
 * The thirtieth round's markets, business and personal finance pages, fifteen of them: a US business site's earnings
 * story with an index ticker strip over the page, a quote card with its "Market data delayed 15 minutes" note and a
 * sponsored crypto-exchange "Open an account" box among its paragraphs, and the company's results as a table of its
 * own; a British WordPress paper's central bank decision with a rate chart, a currency converter widget and a
 * "Sponsored" market commentary between its paragraphs; an Indian market report from PTI with an index and gold strip,
 * a "Stocks in News" quote table inside the text, an "Also Read" link, the syndicated-feed note, the "Catch all the
 * Business News" line and a gold rate box beside it; a windows-1256 Egyptian table-layout portal's gold price story
 * with its own price table, a marquee ticker, and gold price and currency boxes with a converter in the side column;
 * a Saudi business site's Tadawul earnings story printed in Arabic-Indic digits, with a stock quote box, a broker's
 * "افتح حسابك الآن" advertisement and the results table; a German finance portal's dpa-AFX closing report with an index
 * bar, an instrument box with buy and sell buttons, a depot advertisement ("Anzeige") and the editors' initials after
 * its last sentence; and a Japanese money paper's Bank of Japan decision with an index strip, a delayed-quotes note
 * and a brokerage's "口座開設はこちら" box; a French business daily's Paris close with a chapô, a market strip, a
 * company's quote card ("Cours différés de 15 minutes"), an "À lire aussi" link and a "Contenu sponsorisé" box; a
 * Spanish business paper's Europa Press Ibex report, its dateline on a line of its own, a quotes ribbon, a broker's
 * "Abre tu cuenta" advertisement and the story's own table of closing prices under its column headings; and a US
 * press-release distributor's earnings release with a subtitle, highlights, the company's "About" paragraph, the
 * forward-looking statements, a media contact, the "SOURCE" line and the distributor's furniture; an Emirati business
 * site's gold price story in Arabic-Indic digits with a gold price widget of its own table between its paragraphs
 * and a currency box beside it; and a US personal-finance site's explainer on a Fed decision, credited to a writer
 * and an editor, under an advertiser disclosure, with a table of partners' offers ("Open account" on each row) and
 * the story's own table of average rates, closed by a "Why trust" box; an Indian markets site's stock story with a
 * summary, a quote card priced in lakh grouping ("₹1,32,450.25 +7,810.40 (+6.27%)"), brokerages' calls, an "Also Read"
 * link and the disclaimer on analysts' views; and a crypto news site's bitcoin report with a coin-price tape, a
 * promoted exchange box, a no-investment-advice note, the writer's holdings on his card and a top-coins board; and a
 * British regional's business story from the national agency, its writer credited as "PA Retail Correspondent" under
 * a standfirst, with a share price box between its paragraphs and a subscription appeal after them.
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-05T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam30-markets-business'), NOW);
