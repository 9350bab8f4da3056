/**
 * The twenty-ninth round's pages on elections and politics, fourteen of them: an American WordPress paper's
 * election-night story on a governor's race with the results widget (party logos, "95% expected vote in", "Race
 * called") set inside the text, a "Key races" box and a related-coverage list between its paragraphs, two writers
 * and their author boxes; a British opinion column whose byline names the columnist's former seat ("By Harriet
 * Conway, former Liberal Democrat MP for Ashbury") and whose bio closes the page, with a pull quote and a comment
 * count; an Iraqi portal's provincial-council results story in Arabic-Indic digits ("٤٣٫٦ بالمئة", "١٬٢٣٤ شكوى"),
 * signed under a place ("بغداد - …"), dated with the Levantine month names, with a counting widget of party logos and
 * seats; a French Drupal regional's poll story with a chapô, an embedded poll-of-polls chart, the poll's methodology
 * notice and the paper's "how we report on polls" box; a Mexican paper's quick-count story with candidate cards
 * inside the text and a live PREP box after it; a windows-1256 Egyptian table-layout portal's runoff story with a
 * results table over the text, a comment list and form; a German regional's mayoral-election story with a results
 * graphic, an inline teaser and a box on how the runoff works; and a Brazilian live blog of a count, its posts newest
 * first under a standfirst, with a results panel ("100% das urnas apuradas", "Eleita"); an Indian paper's op-ed by a
 * former MP ("Written by", a synopsis, "ALSO READ |") that closes with the italic note "The writer is a former Rajya
 * Sabha MP and …"; a British regional's by-election explainer ("What you need to know") under question subheadings,
 * with the candidates as a list, a row of party logos and a polling-station postcode finder between its sections; a
 * Tunisian WordPress paper's wire story on a by-election's turnout, posted under the agency's name ("وات") as its
 * author, with a box on the voting system; an Argentine opinion column on a runoff, its byline marked "Por Martín
 * Ríos (*)", closing with the note the asterisk points to ("(*) Exdiputado provincial y profesor …"); a German
 * paper's guest article by a former member of the Bundestag ("Ein Gastbeitrag von Dr. Anna Keller, ehemalige
 * Bundestagsabgeordnete (Grüne)"), with a "Sonntagsfrage" box of the poll average between its paragraphs and a
 * "Zur Autorin" box after the text; and a French regional's by-election result signed "Par L'Écho du Poitou avec
 * AFP", with a turnout widget titled by a bare line over the text and the results' table under the story's own
 * subheading.
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam29-elections-politics'), NOW);
