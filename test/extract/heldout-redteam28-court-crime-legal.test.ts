/**
 * The twenty-eighth round's court, crime and legal pages, eight of them: a British regional paper's Crown Court trial
 * report with the court and case number above the headline, a "Court Reporter" under the writer's name, a
 * "Reporting restrictions" box before the text and an "All defendants are presumed innocent" note after it; an
 * American WordPress paper's federal fraud verdict by two courts reporters, with an "UPDATE: Jury returns verdict"
 * banner, a case-caption box with the docket number, a courtroom sketch credited to its artist, a "Read the
 * indictment" PDF file block in the text, a timeline of the case as a list under its own heading, and a newsletter box;
 * an Indian legal-news site's High Court bail report with a case-title box (case number, citation), a "Legal
 * Correspondent" designation, an "Also Read" line, a quoted order and a "Click Here To Read/Download Order" link; a
 * windows-1256 Egyptian PHP site in a table layout with "القضية رقم 145 لسنة 2026 جنايات الجيزة" above the headline,
 * a "كتب:" byline, a views counter, the text in one cell broken by <br>, visible tags and a comment list; a Gulf
 * paper's Dubai criminal-court report with a police appeal box giving the reporting number and a "تنويه" presumption
 * note; a French regional daily's "chronique judiciaire" of a correctional-court hearing with a sketch credited
 * "Dessin d'audience", a paywalled part and a "Présomption d'innocence" notice; a German paper's Landgericht trial
 * opening with the file number (Az.) over the headline, "Gerichtsreporterin" after the name, a "Zeugenaufruf" box with
 * the police's phone number and the Unschuldsvermutung line after the text; and an American law firm's Elementor blog
 * post on arraignments with a consultation call-to-action inside the text, a "not legal advice" disclaimer, an author
 * box and an "Attorney Advertising" footer.
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam28-court-crime-legal'), NOW);
