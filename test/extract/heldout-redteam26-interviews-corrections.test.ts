/**
 * The twenty-sixth round's interviews, transcripts, corrections and letters, eight of them: an American weekly's Q&A
 * with "Q:" and "A:" lines, the questions in bold, an intro paragraph and an "Editor's note" set first in the text; a
 * British radio station's interview transcript with capitalised speaker labels in bold and a dated "Correction" at
 * its end; an ISO-8859-1 French regional paper's "entretien" credited "Propos recueillis par", its questions in bold
 * (the first labelled with the paper's name, the first answer with the mayor's) and a "Rectificatif" over the text; a
 * Spanish paper's interview with "Pregunta." and "Respuesta." then "P." and "R." labels and a "Fe de errores" at the
 * end; a German TYPO3 page whose questions carry the paper's name and answers the interviewee's, credited
 * "Interview: …" and closed by a "Korrekturhinweis"; a windows-1256 Egyptian table-layout page with "س:" and "ج:"
 * lines, a "حاوره:" credit and a "تصحيح:" over the text; an American letters page of three letters, each under its
 * heading and closed by its writer's signature, with no journalist credited; and an "as told to" first-person piece
 * with an italic note on how it was made.
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam26-interviews-corrections'), NOW);
