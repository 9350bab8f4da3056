/**
 * The thirtieth round's Arabic culture, society and long-form pages, sixteen of them: a Lebanese WordPress magazine's
 * profile of an oud maker, translated from French, that credits its writer, its translator and its photographer in
 * one row ("كتبت: …", "ترجمة: …", "تصوير: …"), with a standfirst, a reading time and font-size controls, an "اقرأ
 * أيضا" box between its paragraphs and the writer's box after the text; an Egyptian windows-1256 culture portal's
 * report on a poetry evening, signed "كتب - …" under a Gregorian and Hijri dateline, that quotes colloquial stanzas
 * broken with <br> and classical hemistichs set in a table; a Saudi Drupal paper's interview with a novelist, its
 * questions in bold paragraphs, signed "حاورها:" beside the photographer, with the interviewer's card after the
 * text; a Moroccan ISO-8859-6 film site's review from the Marrakech festival dated with the Maghreb's month names
 * ("05 دجنبر 2026"), with the film's credits card, a critic's rating and visitors' comments after the text; an
 * Emirati photo essay in JSON-LD whose pictures each carry a caption and a lens credit ("عدسة: …"), with a text
 * and a photography credit ("نص:", "تصوير:") and cards on both after the text; and an Iraqi Joomla site's review of
 * a novel translated from Persian, dated and counted in Persian digits ("۴ كانون الأول ۲۰۲۶ - ۱۱:۲۰"), quoting a
 * poem in a blockquote, with a book card that names the novel's author and translator after the text; a Jordanian
 * WordPress poet's column under the columnist's picture, quoting verses set as hemistich spans ("sadr" and "ajuz") in
 * a line box each, with "more by the writer" and the paper's disclaimer; a Kuwaiti cultural monthly's interview with an
 * Italian director, credited "حوار: … | ترجمة عن الإيطالية: …", its questions and answers led by the magazine's and
 * the director's names, signed again after the text, dated by day only on a country domain; and an Algerian Drupal
 * photo gallery of a heritage festival (`ar-DZ`), dated in both calendars ("… م الموافق لـ 26 جمادى الثانية 1448 هـ"),
 * credited "صور: …", whose slides each print a counter, a caption and a credit before a teaser-led text; an Egyptian
 * film site's review declared as a schema.org Review of a Movie, with a star rating, a film box with a ticket link
 * over the text and readers' ratings under it; and a Tunisian paper's feature on Kairouan's carpet weavers, its "اقرأ
 * أيضاً:" link set as a paragraph of its own between the story's, signed with the writer's name in bold after the
 * text, with links to the previous and next features; a Qatari cultural site's interview with a calligrapher, its
 * questions set as subheadings, credited "أجرت الحوار: …", whose picture's caption ends with its credit ("الصورة: …");
 * and a Bahraini literary monthly's poem published as the article, credited "شعر: …", its stanzas broken with <br> and
 * parted by "***", with the poet's box after it; and an Emirati paper's opinion column whose writer's card, her picture,
 * name and a line on her calling, sits between the headline and the text, over a reading time, with an "اقرأ أيضا"
 * list closing the text's box and the paper's disclaimer after it; and a Moroccan WordPress photo report whose pictures
 * sit in paragraphs of their own, each captioned by the italic paragraph under it with the photographer in brackets
 * ("… (تصوير: …)"); and a Lebanese news site's exhibition story whose JSON-LD lists the writer and the photographer both
 * as its authors, while the page credits them "كتبت: … | تصوير: …", with the photographer's name in brackets after the
 * caption.
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam30-arabic-culture-features'), NOW);
