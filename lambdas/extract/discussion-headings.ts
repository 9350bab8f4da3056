/**
 * The headings a readers' discussion is known by, whatever the template calls its box: the body stage drops the
 * section such a heading opens, and the metadata stage reads no byline or date inside it. A module of its own, with no
 * imports, so that both stages can ask it.
 *
 * ```ts
 * DISCUSSION_COUNT_HEADING.test('35 Comments »'); // true
 * READERS_DISCUSSION_HEADING.test('Vos réactions'); // true
 * ```
 */

/** What readers' comments are called, singular and plural, in the languages the pipeline ingests. */
const DISCUSSION_WORDS = 'comments?|responses?|repl(?:y|ies)|reactions?|kommentare?|antworten|reaktionen|commentaires?|réponses?|réactions?|comentarios?|respuestas?|commenti|reacties|(?:ال)?تعليقا?|(?:ال)?تعليقات|(?:ال)?ردود';

/**
 * The heading over the readers' discussion, which names it by its count: "38 responses", "14 Kommentare", "3
 * réponses", "Comments (12)", "التعليقات (5)".
 */
export const DISCUSSION_COUNT_HEADING = new RegExp(
  '^(?:[\\d\\u0660-\\u0669]+\\s+(?:' + DISCUSSION_WORDS + ')|(?:' + DISCUSSION_WORDS + ')\\s*\\([\\d\\u0660-\\u0669]+\\))\\s*[»›→↓:：]?$',
  'iu',
);

/**
 * The heading over the readers' discussion that names it by its writers rather than by a count: "Reader comments",
 * "Vos réactions", "Meinungen unserer Leser", "Comentarios de los lectores", "تعليقات القراء". Small sites print
 * readers' reactions under a short story in boxes with no class word, where this heading is all that tells them from
 * the story.
 */
export const READERS_DISCUSSION_HEADING = new RegExp(
  '^(?:' + [
    "readers?['’]? (?:comments|reactions|responses)", 'comments from (?:our )?readers', 'your (?:comments|reactions|views)', 'what (?:our )?readers (?:say|think)',
    'leser(?:innen)?(?:kommentare|stimmen|meinungen)', '(?:kommentare|meinungen|stimmen) (?:unserer|der) leser(?:innen)?', 'ihre (?:kommentare|meinungen)',
    'vos (?:réactions|commentaires|avis)', '(?:réactions|commentaires|avis) (?:des|de nos) lecteurs', '(?:comentarios|opiniones) de (?:los|nuestros) lectores',
    'tus (?:comentarios|opiniones)', 'sus comentarios', 'تعليقات القراء', 'آراء القراء', 'تعليقاتكم', 'آراؤكم',
  ].join('|') + ')\\s*[:：]?$',
  'iu',
);
