/**
 * The headings a readers' discussion is known by, whatever the template calls its box: the body stage drops the
 * section such a heading opens, the metadata stage reads no byline or date inside it, and the counters read the
 * number of comments from it. A module of its own, with no imports, so that both stages can ask it.
 *
 * ```ts
 * DISCUSSION_COUNT_HEADING.test('35 Comments »'); // true
 * READERS_DISCUSSION_HEADING.test('Vos réactions'); // true
 * ```
 */

/**
 * What readers' comments are called, singular and plural, in the languages the pipeline ingests, with the forms a
 * number governs (Russian "5 комментариев", Polish "2 komentarze", "5 komentarzy", Czech "45 komentářů") and the
 * counter words of Chinese, Japanese and Korean ("12条评论", "5件のコメント"). Central European sites call the thread
 * the discussion ("Diskuse (45)") or the contributions ("Hozzászólások (7)"); an obituary's readers sign its guest
 * book ("Guest Book (12 entries)"), posts to its "Tribute Wall (3)" or leaves condolences, in a German portal's "Kondolenzbuch (6 Einträge)", a French
 * funeral home's "Condoléances (9)", a Spanish "Condolencias (3)" or an Arabic paper's "التعازي (4)". Hausa calls them "Sharhi", Swahili "Maoni", Filipino "Mga komento".
 * Rule "regional languages' comments": Basque "Iruzkinak (0)", Welsh "Sylwadau (5)", Maltese "Kummenti (3)", Breton
 * "Evezhiadennoù (1)" (SPIP's forum in Breton), Irish "Tuairimí (4)", West Frisian "Reaksjes (2)" and Luxembourgish
 * "Kommentaren (6)", over the comment list of their papers' stories.
 */
const DISCUSSION_WORDS = [
  'comments?', 'responses?', 'repl(?:y|ies)', 'reactions?', 'kommentare?', 'kommentarer', 'antworten', 'reaktionen', 'commentaires?', 'réponses?',
  'réactions?', 'comentarios?', 'respuestas?', 'comentários?', 'commenti', 'commento', 'comentarii', 'reacties', 'reactie', 'kommentit', 'σχόλια',
  'hozzászólás(?:ok)?', 'kommentek?', 'diskuse', 'diskuze', 'diskusia', 'komentář(?:e|ů)?', 'komentár(?:e|ov)?', 'komentari', 'guest ?book', 'tribute ?wall', 'condolences',
  'kondolenz(?:en|buch)', 'condoléances', 'condolencias', '(?:ال)?تعازي',
  '(?:ال)?تعليقا?', '(?:ال)?تعليقات', '(?:ال)?ردود', 'комментари(?:и|ев|й|я)', 'коментар(?:і|ів|я)?', 'komentarz(?:e|y)?', 'komentar', 'yorum(?:lar)?',
  'نظرات', 'دیدگاه(?:‌ها)?', 'تبصرے', 'टिप्पणियां', 'टिप्पणियाँ', 'ý kiến', 'bình luận', 'תגובות', 'תגובה', '条?评论', '則?評論', '(?:件の)?コメント', '(?:개의 )?댓글',
  'sharhi', 'maoni', '(?:mga )?komento',
  'iruzkin(?:ak)?', 'sylw(?:adau)?', 'kummenti?', 'evezhiadenn(?:où)?', 'tuairimí', 'reaksjes?', 'kommentaren',
  // Rule "talkbacks" (see COMMENT_WORDS_AFTER): Israeli sites head their readers' comments "טוקבקים (14)".
  'טוקבקים', 'טוקבק',
  // Rule "Kurdish comments": Kurmanji portals head the readers' thread "Şîrove (2)" (comments), Sorani ones
  // "ڕاوبۆچوونەکان (٢)" (the opinions) or "کۆمێنتەکان (٢)", as Turkish ones head it "Yorumlar (2)".
  'şîrove', 'ڕاوبۆچوونەکان', 'کۆمێنتەکان',
  // Rule "South Slavic and Bulgarian comments": Serbian, Macedonian and Bulgarian sites head the thread in Cyrillic
  // "Коментари (2)", with the count's genitive "12 коментара" (Latin "12 komentara"), and Slovenian ones
  // "Komentarji (3)", "5 komentarjev".
  'коментари', 'коментара', 'komentara', 'komentarj(?:i|ev)',
  // Rule "comments in the South Caucasus": Georgian portals head the thread "კომენტარები (2)" (one "კომენტარი"),
  // Armenian ones "Մեկնաբանություններ (2)" and Azerbaijani ones "Şərhlər (2)" (one "Şərh").
  'კომენტარ(?:ი|ები)', 'մեկնաբանություն(?:ներ)?', 'şərh(?:lər)?',
].join('|');

/**
 * The names of the discussion that call it the readers': "Reader comments", "Vos réactions", "Meinungen unserer
 * Leser", "Comentarios de los lectores", "Commenti dei lettori", "تعليقات القراء", Hebrew "תגובות הגולשים" (the
 * surfers' talkbacks), SPIP's French forum heading "Réagir à cet article" (react to this article, also "Répondre à
 * cet article"), Persian "نظرات خوانندگان", Urdu "قارئین کے تبصرے", Tamil "வாசகர் கருத்து" (the reader's opinion,
 * also in the plural) and Bengali "পাঠকের মন্তব্য" (the reader's comment). Rule "visitors' comments": Maghreb and
 * older Arabic templates call the readers the site's visitors ("تعليقات الزوار (2)", "تعليقات الزائرين"), as they
 * count the visits.
 */
const READERS_DISCUSSION_NAMES = [
  "readers?['’]? (?:comments|reactions|responses)", 'comments from (?:our )?readers', 'your (?:comments|reactions|views)', 'what (?:our )?readers (?:say|think)',
  'leser(?:innen)?(?:kommentare|stimmen|meinungen)', '(?:kommentare|meinungen|stimmen) (?:unserer|der) leser(?:innen)?', 'ihre (?:kommentare|meinungen)',
  'vos (?:réactions|commentaires|avis)', 'r[ée]ag(?:ir|issez) à (?:cet|l[\'’]) ?article', 'répond(?:re|ez) à (?:cet|l[\'’]) ?article', '(?:réactions|commentaires|avis) (?:des|de nos) lecteurs', '(?:comentarios|opiniones) de (?:los|nuestros) lectores',
  'tus (?:comentarios|opiniones)', 'sus comentarios', '(?:commenti|opinioni) dei (?:nostri )?lettori', 'تعليقات القراء', 'آراء القراء', 'تعليقات (?:الزوار|الزائرين)', 'تعليقاتكم', 'آراؤكم',
  'תגובות (?:ה)?(?:גולשים|קוראים)', 'نظرات (?:خوانندگان|کاربران)', 'قارئین کے تبصرے', 'வாசகர் கருத்து(?:க்கள்|கள்)?', 'পাঠকের মন্তব্য',
  // Rule "Korean comment list": the board software Korean community papers and local portals run heads the readers'
  // comments "댓글목록" (the comment list), and older news CMSs head them "독자의견" (readers' opinions); the list's
  // entries are signed and timed like the post.
  '댓글\\s?목록', '독자\\s?의견',
  // Rule "readers' comments, in Swahili": Kenyan and Tanzanian templates head the thread "Maoni ya Wasomaji (2)" (the
  // readers' comments), where WordPress ones print "Maoni" alone.
  'maoni ya wasomaji',
].join('|');

/**
 * What a forum names the readers' posts in it: German-language sites head their thread "Forum: 31 Beiträge" or
 * "Forum (31 Postings)", the Austrian word for the comments being the forum.
 */
const FORUM_NAMES = ['forum', 'diskussion', 'debatte'].join('|');
const FORUM_POST_WORDS = ['beiträge', 'beitrag', 'postings?', 'posts?', 'einträge', 'eintrag', 'messages?', 'contributions?', 'wortmeldungen'].join('|');

/** A count in Western, Arabic-Indic or Extended Arabic-Indic digits, perhaps with thousands separators ("1,204"). */
const COUNT = '[\\d\\u0660-\\u0669\\u06F0-\\u06F9][\\d\\u0660-\\u0669\\u06F0-\\u06F9.,\\u066C]*';

/**
 * A count in brackets may name what it counts ("Guest Book (12 entries)", "Diskuse (45 příspěvků)"): one word after
 * the number.
 */
const BRACKETED_COUNT = COUNT + '(?:\\s+\\p{L}+)?';

/**
 * Rule "thoughts on the post": WordPress themes head the comments with their count and the post's title in quotes, in
 * the words their translations give ("14 thoughts on “…”", "One response to “…”", "3 réflexions sur « … »", "5
 * Gedanken zu „…“", "2 comentarios en «…»", "7 pensieri su “…”"), the number spelled out for one. The words and the
 * quotation mark after them are the heading's; a story's sentence does not open on a count of thoughts on a quote.
 */
const ONE = 'one|une?|ein(?:en)?|uno?|um|een';
const THOUGHTS_WORDS = 'thoughts?|responses?|comments?|repl(?:y|ies)|réflexions?|réponses?|commentaires?|gedanken|antworten|kommentare?|comentarios?|respuestas?|opiniones|pensamientos?|comentários?|respostas?|pensieri|pensiero|commenti|commento|reacties|gedachten|reactie';
const THOUGHTS_PARTICLES = 'on|to|sur|à|zu|über|en|a|em|para|su|per|op|bij|over';
const OPENING_QUOTE = '["“”„«‘\'‚]';

/**
 * The heading over the readers' discussion, which names it by its count, before the name or after it, in brackets
 * or as a field: "38 responses", "14 Kommentare", "3 commentaires :", "Comments (12)", "التعليقات (5)",
 * "Комментарии (5)", "Ý kiến (23)", "コメント（5）", "Commenti dei lettori (2)", "Comments: 12". A forum is named so only with
 * its count of posts ("Forum: 31 Beiträge", "Forum (31)"): "Forum" alone, or over a year, heads a story's section.
 */
export const DISCUSSION_COUNT_HEADING = new RegExp(
  '^(?:' + COUNT + '\\s*(?:' + DISCUSSION_WORDS + ')'
    + '|(?:' + DISCUSSION_WORDS + '|' + READERS_DISCUSSION_NAMES + ')\\s*(?:\\(' + BRACKETED_COUNT + '\\)|（' + BRACKETED_COUNT + '）|\\[' + BRACKETED_COUNT + '\\]|[:：]?\\s*' + COUNT + ')'
    + '|(?:' + FORUM_NAMES + ')\\s*(?:\\(' + COUNT + '(?:\\s+(?:' + FORUM_POST_WORDS + '))?\\)|[:：]\\s*' + COUNT + '\\s+(?:' + FORUM_POST_WORDS + '))'
    + '|(?:' + COUNT + '|' + ONE + ')\\s+(?:' + THOUGHTS_WORDS + ')\\s+(?:' + THOUGHTS_PARTICLES + ')\\s*' + OPENING_QUOTE + '.*)'
    + '\\s*[»›→↓:：]?$',
  'iu',
);

/**
 * The heading over the readers' discussion that names it by its writers rather than by a count. Small sites print
 * readers' reactions under a short story in boxes with no class word, where this heading is all that tells them from
 * the story.
 */
export const READERS_DISCUSSION_HEADING = new RegExp('^(?:' + READERS_DISCUSSION_NAMES + ')\\s*[:：]?$', 'iu');
/** A text that opens with the readers' name for the discussion, whatever follows it (a count). */
export const READERS_DISCUSSION_OPENING = new RegExp('^(?:' + READERS_DISCUSSION_NAMES + ')', 'iu');

/** The discussion's name alone, with no count ("Comments", "MGA KOMENTO", "Kommentare:"). */
export const DISCUSSION_NAME_ALONE = new RegExp('^(?:' + DISCUSSION_WORDS + ')\\s*[:：]?$', 'iu');

/**
 * Rule "count under the discussion's name": a heading that names the readers' discussion without a count ("Réagir à
 * cet article", SPIP's, "Vos réactions") may have the count as the line right under it ("3 messages", "12
 * commentaires"), the forum's tally of the posts that follow.
 */
export const DISCUSSION_COUNT_LINE = new RegExp('^' + COUNT + '\\s+(?:' + DISCUSSION_WORDS + '|' + FORUM_POST_WORDS + ')$', 'iu');
