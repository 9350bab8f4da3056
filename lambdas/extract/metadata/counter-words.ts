/**
 * The words view and comment counters are labelled with, and the multipliers written after a count, in the languages
 * the pipeline ingests. A leaf module: the counters reader matches labels with them, and the body's vocabulary knows
 * the counter rows it drops by them, so neither imports the other.
 */
/**
 * Words for "thousand", "ten thousand" and "million" written after a count, in the languages whose labels are read
 * below: "1.2K", "1,2 тыс.", "1,2 mil", "1,2 bin", "۱٫۲ هزار", "1,2 rb", "1.2万" (Chinese and Japanese count in ten
 * thousands), "1.2만". Lowercased; the counters reader scales a count by them.
 */
export const COUNT_MULTIPLIERS: Record<string, number> = {
  k: 1_000, m: 1_000_000, ألف: 1_000, الف: 1_000, 'тыс.': 1_000, тыс: 1_000, 'тис.': 1_000, тис: 1_000, mil: 1_000, mila: 1_000,
  bin: 1_000, هزار: 1_000, हज़ार: 1_000, हजार: 1_000, ribu: 1_000, rb: 1_000, nghìn: 1_000, ngàn: 1_000, אלף: 1_000, 千: 1_000, 천: 1_000,
  万: 10_000, 萬: 10_000, 만: 10_000, 'млн.': 1_000_000, млн: 1_000_000, mln: 1_000_000, juta: 1_000_000, triệu: 1_000_000,
  // Arabic "1.5 مليون مشاهدة" and its plural after three to ten ("3 ملايين"), Persian "میلیون", Turkish "milyon".
  مليون: 1_000_000, ملايين: 1_000_000, میلیون: 1_000_000, milyon: 1_000_000,
  // The Arabic thousand's plural after three to ten, with its madda or without: "3 آلاف مشاهدة", "5 الاف".
  آلاف: 1_000, الاف: 1_000,
};
/** Longest first, so that "mil" is not read as "m" and "тыс." keeps its dot. */
export const MULTIPLIER_ALTERNATION = Object.keys(COUNT_MULTIPLIERS).sort((a, b) => b.length - a.length).map((word) => word.replace('.', '\\.')).join('|');
/**
 * Labels written after the count ("1,116 views", "5 просмотров", "1.234 dibaca", "3万阅读", "1234人阅读" (people who read it), "1,2 mil visualizações",
 * Romanian "3.412 vizualizări" or "afișări", with or without their diacritics), with the forms a number governs: Russian
 * "просмотр", "просмотра", "просмотров", Ukrainian "перегляд", "перегляди", "переглядів".
 */
export const VIEW_WORDS_AFTER = [
  'views?', 'reads?', 'hits', 'visits', 'aufrufe', 'zugriffe', 'vues', 'visitas', 'visualizaciones', 'visualizações', 'مشاهدة', 'مشاهدات', 'قراءة', 'قراءات',
  'زيارة', 'زيارات', 'المشاهدات', 'megtekintés', 'visningar', 'visninger', 'zobrazení', 'просмотр(?:а|ов)?', 'перегляд(?:и|ів)?', 'okunma',
  'görüntülenme', 'kez okundu', 'بازد[یي]د', 'ویوز', 'व्यूज़', 'व्यूज', 'बार देखा गया', 'dibaca', 'kali dibaca', 'visualizzazioni', 'letture',
  'weergaven', 'keer gelezen', 'lecturas', 'leituras', '[次人]?阅读', '[次人]?閱讀', '[次人]?浏览', '[次人]?瀏覽', '人看过', '人看過', '回閲覧', 'lượt xem', 'צפיות', 'wyświetle(?:ń|nia|nie)', 'odsło(?:n|ny|na)', 'mal gelesen',
  'vizualiz[ăa]ri', 'afi[șşs][ăa]ri', 'kali dilihat',
  // "1,234 page views"; Indonesian portals' "1.234x dibaca" (read 1,234 times, the "x" for "times").
  'page ?views', 'x ?dibaca',
  // Russian "1 204 прочтения" (readings), with the forms a number governs.
  'прочтени(?:е|я|й)',
  // French portals of West Africa count readings as the Spanish ones do ("4 312 lectures", SPIP's and Joomla's
  // French "lectures"); the English word names talks, which no article's meta row counts.
  'lectures',
  // Bengali "৩,৪৫৬ বার পড়া হয়েছে" (read so many times), "… বার দেখা হয়েছে" (seen), in NFC as countText writes them.
  'বার পড়া হয়েছে', 'বার দেখা হয়েছে',
  // Sorani Kurdish "٦٤٢ بینین" (views), "… جار بینراوە" (seen so many times).
  'بینین', 'جار بینراوە',
  // Urdu "3,482 مرتبہ پڑھا گیا" (read so many times), "… بار دیکھا گیا" (seen), with either word for "times".
  '(?:مرتبہ|بار) (?:پڑھا|دیکھا) گیا',
  // The Caucasus', Central Asia's and the Balkans' words for views: Azerbaijani "2 345 baxış", Georgian "1 245 ნახვა",
  // Armenian "1520 դիտում", Uzbek "4 812 marta ko‘rildi" (seen so many times, its o‘ typed with any of four
  // apostrophes), Kazakh "812 рет қаралды" (the same) and "812 қаралым", Mongolian "1204 үзэлт", Albanian "1.874
  // shikime", Macedonian "2.215 прегледи", Bosnian, Croatian and Serbian "3.418 pregleda" / "прегледа".
  'baxış', 'ნახვა', 'ნახვები', 'դիտում', 'դիտումներ', "(?:marta )?ko[‘ʻ'’`]rildi", 'марта кўрилди', 'рет қаралды', 'қаралым', 'үзэлт', 'shikime',
  'прегледи', 'pregleda', 'прегледа',
  // The Baltic words for views: Latvian "1873 skatījumi" (one "skatījums"), Lithuanian "1 204 peržiūros" and, after
  // ten and more, "peržiūrų", Estonian "1204 vaatamist".
  'skatījum(?:i|s)', 'peržiūr(?:os|ų|a)', 'vaatamist',
  // Rule "times watched": Turkish video pages count a clip's views as watchings ("12.806 izlenme"), where articles
  // count readings ("okunma") and views ("görüntülenme"); Spanish ones count its plays ("3.412 reproducciones").
  'izlenme', 'reproducciones',
  // Rule "views, in Tamil": Tamil portals of India, Sri Lanka and Malaysia count views as "3,482 பார்வைகள்".
  'பார்வைகள்',
];
/**
 * Labels written before the count: "Views: 1,204", "Zugriffe: 345" (Joomla's German "Hits:"), "Visualizações: 1.284", "Просмотров: 1 204", "조회 1,234", "阅读量：1234", "Dibaca 1.234 kali",
 * Chinese CMSs' "阅读数：", "浏览次数：", "点击：" (clicks), "访问量：" (visits) and "人气：" (popularity, their hit counter),
 * Rule "visitors counted": Taiwanese and Hong Kong portals count "人次" (person-visits), "瀏覽人次：2,318", "點閱人次：845".
 * "مشاهدة ٥٤٣", "عدد القراءات: 3412", "قراءات: 2104", "Megtekintések: 980", "Visningar: 1 204", Romanian "Vizualizări: 3.412" and "Afişări: 3.418".
 * Persian "بازدید" may be spelt with the Arabic yeh, as Persian sites still served in windows-1256 write it (see rule
 * "Arabic yeh in Persian"): "تعداد بازديد: 1204".
 */
export const VIEW_WORDS_BEFORE = [
  'views?', 'aufrufe', 'zugriffe', 'vues', 'visitas', 'مشاهدة', 'مشاهدات', 'المشاهدات', 'عدد المشاهدات', 'القراءات', 'قراءات', 'الزيارات', 'megtekintések?',
  // Arabic portals count readings and visits as they count views, "number of …": "عدد القراءات : 2,345", "عدد الزيارات: 812".
  'عدد القراءات', 'عدد الزيارات',
  // Rule "visits and times read, labelled": Gulf and Iraqi portals also label the count with the indefinite "visits"
  // and its colon ("زيارات: 6,120"), a word of sentences without it ("زيارات 3 وزراء"), and with "times read" or
  // "times viewed" ("مرات القراءة: 6,120", "مرات المشاهدة: 845").
  'زيارات(?=\\s*:)', 'مرات القراءة', 'مرات المشاهدة',
  'olvasottság', 'visningar', 'visninger', 'zobrazeno', 'přečteno', 'просмотр(?:ы|ов)', 'перегляд(?:и|ів)', 'okunma(?: sayısı)?', 'görüntülenme',
  'بازد[یي]د', 'تعداد بازد[یي]د', 'dibaca', 'dilihat', 'visualizzazioni', 'visualizações', 'visualizacoes', 'visualizaciones', 'weergaven', '阅读(?:次数|量|数)?', '閱讀(?:次數|量|數)?', '浏览(?:次数|人次|量|数)?', '瀏覽(?:次數|人次|量|數)?', '(?:点阅|點閱)人次', '点击(?:量|数)?', '點擊(?:量|數)?',
  '访问量', '訪問量', '人气', '人氣', '閲覧数?', '조회수?', 'lượt xem', 'צפיות',
  'wyświetle(?:nia|ń)', 'odsłony', 'vizualiz[ăa]ri', 'afi[șşs][ăa]ri',
  // Rule "counted, in West Slavic labels": Polish templates label the hits with the plural's genitive, as a count is
  // read ("Odsłon: 1532", "so many of page-views"), and Slovak ones with the participle "read" ("Prečítané: 876x"),
  // the Czech "Přečteno" above in its Slovak spelling.
  'odsłon', 'prečítané',
  // Spanish, Portuguese and Italian sites count readings, not views ("Lecturas: 3.456", "Leituras: 812", "Letture: 1.204").
  'lecturas', 'leituras', 'letture',
  // Sorani Kurdish "بینین: ٦٤٢" (views).
  'بینین',
  // Rule "Kurdish labels": Sorani portals also label the count "seen" ("بینراو: ٨٧٣") and Kurmanji ones "reading"
  // ("Xwendin: 1.532"), with the colon: without it the words are a sentence's ("بینراو" is also "visible", "xwendin"
  // is "study" and "education").
  'بینراو(?=\\s*:)', 'xwendin(?=\\s*:)',
  // Kinyarwanda "Yasuwe: 2,314" (visited), with its colon, as Rwandan portals label the count beside the byline.
  'yasuwe(?=\\s*:)',
  // "Lu 1 234 fois", "Letto 1234 volte", "Leído 1234 veces", "Lido 1234 vezes", Hungarian "Olvasták: 12 458" (they
  // have read it) and "Olvasva: 3 412" (read), and the sentence small CMSs and obituary hosts print, "This article has been viewed 1,208 times":
  // read so many times.
  'lu', 'letto', 'leído', 'leido', 'lido', 'olvasták', 'olvasva', 'viewed',
  // Rule "read so many times, in Lithuanian": Lithuanian CMSs print "Skaityta: 512 kartų" (read 512 times) in the row
  // under the headline; "skaityta" is also a participle of sentences ("knyga skaityta"), so only with its colon or
  // with "kartų"/"kartus" (times) after the count.
  'skaityta(?=\\s*:|\\s*\\d[\\d\\s]*\\s*kart)',
  // Rule "read so many times, in the story's gender": the participle agrees with the noun the portal calls its items,
  // "Letta 1.284 volte" of a notizia, "Leída 1.234 veces" of a noticia, "Lida 812 vezes" of a notícia. Only with the
  // word for times after the count: "Letta" is also a surname, "Lida" a first name.
  'letta(?=\\s*:?\\s*\\d[\\d.,\\s]*\\s*volte\\b)', 'le[íi]da(?=\\s*:?\\s*\\d[\\d.,\\s]*\\s*veces\\b)', 'lida(?=\\s*:?\\s*\\d[\\d.,\\s]*\\s*vezes\\b)',
  // Rule "read so many times, in Thai": Thai portals print "อ่าน 2,311 ครั้ง" (read 2,311 times) in the row under the
  // headline; "อ่าน" (read) is also a word of sentences, so only with "ครั้ง" (times) after the count. Older PHP
  // templates write "เปิดอ่าน : 567 ครั้ง" (opened and read), glued and with a colon.
  '(?:เปิด)?อ่าน(?=\\s*:?\\s*\\d[\\d,]*\\s*ครั้ง)',
  // Rule "read so many times, in Hebrew": Israeli portals' older templates print "נצפה 2,318 פעמים" (viewed 2,318
  // times) or "נקרא 812 פעמים" (read) in the tools row; both are verbs of sentences, so only with "פעמים" (times)
  // after the count.
  '(?:נצפה|נצפתה|נקרא|נקראה)(?=\\s*:?\\s*\\d[\\d,]*\\s*פעמים)',
  // Rule "readers and viewers, in Lao and Burmese": Lao state portals label the count "ຈຳນວນຜູ້ອ່ານ:" (number of
  // readers), Burmese sites "ကြည့်ရှုသူ" (viewers) in the row under the headline; both words name only the audience,
  // and a sentence that counts its readers does so after the number, not before it.
  'ຈຳນວນຜູ້ອ່ານ', 'ကြည့်ရှုသူ',
  // The English sentence's other verb, "Read 1,234 times", "This article has been read 1,234 times": only with "times"
  // after the count, since "Read 5 min" is the reading time.
  'read(?=\\s*:?\\s*\\d[\\d,. ]*\\s+times\\b)',
  // Russian "Прочитано 1 204 раза" (read 1,204 times), "Прочитали 1 204" (they have read it). Bulgarian sites print
  // the same sentence of the article, "Видяна 812 пъти" (seen 812 times) and "Прочетена 812 пъти" (read), the
  // participle in the gender of the story's noun (новина, статия, материал), and label the count "Преглеждания: 812".
  'прочитано', 'прочитали', 'видян[аои]', 'прочетен[аои]?', 'преглеждания',
  // Joomla's article info in English, "Hits: 1234", with its colon: without it the word is a song's or a show's
  // ("Greatest hits 2024"). Urdu "ویوز: 1,234" (views).
  'hits(?=\\s*:)', 'ویوز',
  // Rule "views, in Tamil": Joomla's and the Tamil portals' info rows label the count "பார்வைகள்: 847" (views); with
  // its colon only, since the word is also a sentence's "points of view" ("இரு பார்வைகள் உள்ளன").
  'பார்வைகள்(?=\\s*:)',
  // German "Gelesen: 3.456 mal" and "Aufgerufen: 812 mal" (read, called up so many times), the participle as a label:
  // only with "mal" after the count, since "Gelesen: 5 Minuten" would be the reading time.
  'gelesen(?=\\s*:?\\s*\\d[\\d.,\\s]*\\s*mal\\b)', 'aufgerufen(?=\\s*:?\\s*\\d[\\d.,\\s]*\\s*mal\\b)',
  // Spanish and Italian "Visto: 419" (seen), with its colon: without it the word is a heading's ("Lo más visto").
  'visto(?=\\s*:)',
  // Joomla's article info in Italian and Portuguese, "Visite: 1542" and "Acessos: 812", with the colon: without it the
  // words are a sentence's ("le visite guidate", "os acessos à ponte").
  'visite(?=\\s*:)', 'acessos(?=\\s*:)',
  // Arabic "شوهد 1٬204 مرة" (it was seen 1,204 times) and "قرئ 523 مرة" (it was read), the same sentence, also in the
  // periphrastic passive news sites print under the headline: "تمت قراءته 920 مرة", "تمت مشاهدتها 45 مرة" (of an
  // article, feminine).
  'شوهد', 'قرئ', 'تمت? قراءت(?:ه|ها)', 'تمت? مشاهدت(?:ه|ها)',
  // Rule "read so many times, unvoweled": older Arab portals' PHP templates print the passive "قُرئ" with the active
  // verb's spelling, "قرأ 871 مرة", in their info row; only with "مرة" ("times") after the count, since the verb opens
  // the story's sentences ("قرأ الوزير 3 قرارات").
  'قرأ(?=\\s*:?\\s*[\\d\u0660-\u0669][\\d\u0660-\u0669.,\u066C\\s]*\\s*(?:مرة|مرات)(?!\\p{L}))',
  // Rule "one reading, labelled": Gulf portals label the count with the singular "reading" and its colon ("قراءة:
  // 4210"), as they do with the plural; without the colon, or with minutes after the count ("قراءة: 3 دقائق"), the
  // word is the reading time's.
  'قراءة(?=\\s*:)(?!\\s*:\\s*[\\d\u0660-\u0669]+\\s*(?:دقيق|دقائق|دقايق))',
  // Bengali "পড়া হয়েছে ৩,৪৫৬ বার" (it has been read 3,456 times) and "পঠিত: ৩৪৫৬" (read), in NFC as countText writes them.
  'পড়া হয়েছে', 'পঠিত',
  // Rule "read so many times, in Persian": Afghan and Iranian PHP templates print "خوانده شده: ۱۲۰۶ بار" (it has been
  // read 1,206 times) in the tools row; "خوانده شده" (read) is a sentence's participle too, so only with "بار"
  // (times) after the count.
  'خوانده\\s+شده(?=\\s*:?\\s*\\p{Nd}[\\p{Nd},\u066C]*\\s*بار(?!\\p{L}))',
  // Rule "Hindi tools row": Hindi papers' PHP templates print "पढ़ा गया : 842 बार" (read 842 times), in NFC as countText
  // writes it; "पढ़ा गया" (was read) opens sentences too, so only with "बार" (times) after the count.
  'पढ\u093Cा गया(?=\\s*:?\\s*\\p{Nd}[\\p{Nd},]*\\s*बार(?!\\p{L}))',
  // The same languages' labels before the count: Azerbaijani "Baxış sayı: 1204" (number of views), Georgian "ნახვები:
  // 980" and, on older templates, "ნანახია: 847" (it has been seen), Armenian "Դիտումներ՝ 845" (after the Armenian comma), Uzbek "Ko‘rishlar soni: 1204" and "Кўрилди: 1307"
  // (seen), Kazakh "Қаралды: 812" and "Қаралым саны:", Kyrgyz "Көрүүлөр: 956", Mongolian "Үзсэн: 3 126" (seen) and
  // "Уншсан: 1 205" (read),
  // Albanian "Shikime: 1874", Macedonian "Прегледи: 2.215", Bosnian "Pregleda: 3418".
  'baxış(?: sayı)?', 'ნახვები', 'ნახვა', 'ნანახია', 'դիտումներ', 'դիտում', "ko[‘ʻ'’`]rishlar(?: soni)?", "ko[‘ʻ'’`]rildi", 'кўрилди', 'кўришлар(?: сони)?',
  'қаралды', 'қаралым(?: саны)?', 'көрүүлөр', 'үзсэн', 'уншсан', 'shikime', 'прегледи', 'pregleda', 'прегледа',
  // The Baltic labels: Latvian "Skatījumi: 1873", Lithuanian "Peržiūros: 1204", Estonian "Vaatamisi: 1204".
  'skatījumi', 'peržiūros', 'peržiūrų', 'vaatamisi',
  // Rule "times read, in Maltese": Maltese portals print "Moqri 2,418 darba" (read 2,418 times), the participle a
  // label only with "darba" ("times") after the count.
  'moqri(?=\\s*:?\\s*\\d[\\d.,\\s]*\\s*(?:darba|drabi)(?!\\p{L}))',
  // Rule "read so many times, in the Nordic languages": Danish and Norwegian local papers' older templates print "Læst
  // 412 gange" / "Lest 412 ganger" (read 412 times) in the row under the headline, Swedish ones "Läst 412 gånger",
  // Finnish ones "Luettu 412 kertaa". The participles open sentences too ("Læst op af …", "Luettu ääneen"), so only
  // with the word for times after the count.
  '(?:læst|lest|läst|luettu)(?=\\s*:?\\s*\\d[\\d.,\\s]*\\s*(?:gange?|ganger|gånger|gång|kertaa|kerran)(?!\\p{L}))',
  // Rule "read so many times, in Albanian": Albanian portals print "Lexuar: 318 herë" (read 318 times) in the row
  // under the headline; "lexuar" is also the participle of sentences ("është lexuar në Kuvend"), so only with "herë"
  // ("times") after the count.
  'lexuar(?=\\s*:?\\s*\\d[\\d.,\\s]*\\s*her[ëe](?!\\p{L}))',
  // Rule "seen so many times, in French": West and Central African portals print "Vue 1 234 fois" (seen, the
  // participle agreeing with the feminine "information" or "page") or "Vu 842 fois" where others print "Lu 842 fois".
  // Only with "fois" ("times") after the count: "vue" is also a noun of sentences ("une vue de 1 200 mètres").
  'vue?(?=\\s*:?\\s*\\d[\\d.,\\s]*\\s*fois(?!\\p{L}))',
  // Rule "emoji labels": themes that draw no icon font label the counts with emoji, the eye for the views ("👁 1,870",
  // "👁️ 1,870" with the emoji presentation selector) and the speech balloon for the comments (see COMMENT_WORDS_BEFORE).
  '👁\uFE0F?',
  // Rule "read so many times, in Hausa and Yoruba": Hausa papers print "An karanta sau 2,310" (it has been read 2,310
  // times), the passive a label only with "sau" ("times") before the count, since "an karanta" opens sentences ("an
  // karanta wasikar"); Yoruba ones "Àwọn tó ti kà á: 233" (those who have read it), with its colon, in NFC as
  // countText writes it.
  'an karanta sau(?=\\s*\\d)', 'àwọn tó ti kà á(?=\\s*:)',
  // Rule "read so many times, in Swahili": Kenyan and Tanzanian PHP templates print "Imesomwa mara: 842" (it has been
  // read 842 times) or "Imetazamwa mara 842" (viewed) under the headline, "mara" (times) before the count; the passive
  // is a verb of sentences too ("imesomwa bungeni"), so only with "mara" or a colon before the count.
  'ime(?:somwa|tazamwa)(?=\\s*:|\\s+mara\\s*:?\\s*\\d)(?:\\s+mara)?',
  // Rule "read so many times, in Somali": Somali portals' PHP templates print "La akhriyey: 3,512 jeer" (it has been
  // read 3,512 times; also spelt "akhriyay") in the row under the headline; the passive opens sentences too ("la
  // akhriyey warbixinta"), so only with its colon or with "jeer" ("times") after the count.
  'la akhri(?:yey|yay)(?=\\s*:|\\s*\\d[\\d.,\\s]*\\s*jeer(?!\\p{L}))',
];
/**
 * Comment labels after the count, with their inflected forms: "5 комментариев", "3 yorum", "12 評論", "4 תגובות",
 * "128 kommentarer", "45 komentářů", "7 hozzászólás", Chinese portals' "56人跟帖" (people who posted under it), "56条留言" (messages), Catalan "3 comentaris", Austrian "11 Postings" (readers' posts
 * under the story), Lithuanian "8 komentarai" / "12 komentarų", Serbian and Croatian "6 коментара", "6 komentara",
 * Romanian "5 comentarii", Finnish "11 kommenttia".
 */
export const COMMENT_WORDS_AFTER = [
  'comments?', 'kommentare?', 'kommentarer', 'komentář(?:e|ů)?', 'komentár(?:e|ov)?', 'hozzászólás', 'komment', 'commentaires?', 'comentarios?',
  'comentaris?', 'comentários?', 'komentarze?', 'تعليق', 'تعليقات', 'комментари(?:й|я|ев)', 'коментар(?:і|ів)?', 'yorum', 'نظر', 'تبصرے', 'تبصرہ', 'टिप्पणियां',
  'टिप्पणियाँ', 'टिप्पणी', 'komentar', 'commenti', 'commento', 'reacties?', '条评论', '评论', '則評論', '評論', '[人条]跟帖', '跟帖', '[条則]留言', '件のコメント', 'コメント', '개의 댓글', '댓글', 'bình luận',
  'תגובות', 'תגובה', 'دیدگاه', 'postings?', 'komentar(?:ai|ų|as|a|i)', 'коментар(?:а|и)', 'comentarii', 'kommenttia',
  // South Asia's words for a comment: Bengali "মন্তব্য", Nepali "प्रतिक्रिया" (response), Marathi "प्रतिक्रिया",
  // Tamil "கருத்துகள்", Malayalam "അഭിപ്രായം", Telugu "వ్యాఖ్యలు", Kannada "ಪ್ರತಿಕ್ರಿಯೆ".
  'মন্তব্য', 'प्रतिक्रियाहरू', 'प्रतिक्रिया', 'கருத்துகள்', 'கருத்து', 'അഭിപ്രായങ്ങൾ', 'അഭിപ്രായം', 'వ్యాఖ్యలు', 'ಪ್ರತಿಕ್ರಿಯೆಗಳು', 'ಪ್ರತಿಕ್ರಿಯೆ',  // Azerbaijani "3 şərh", Georgian "3 კომენტარი", Armenian "3 մեկնաբանություն", Uzbek "3 izoh", Kazakh "3 пікір",
  // Mongolian "3 сэтгэгдэл", Albanian "5 komente".
  'şərh', 'კომენტარი', 'մեկնաբանություն', 'izoh', 'пікір', 'сэтгэгдэл', 'komente',
  // Latvian "7 komentāri" (one "komentārs", after a number ending in one), Estonian "4 kommentaari" and Icelandic "3
  // athugasemdir"; Slovenian "31 komentarjev", "2 komentarja", "3 komentarji" (the forms after five, two, three and four).
  'komentār(?:i|s)', 'kommentaari', 'athugasemdir?', 'komentarj(?:ev|a|i)',
  // Rule "readers' reactions": French papers count the comments under a story as reactions ("4 réactions", "1
  // réaction"), in the box that invites readers to react, as Dutch ones count "reacties".
  'réactions?',
  // Rule "talkbacks": Israeli sites call readers' comments "טוקבקים" (talkbacks, one "טוקבק") and count them under the
  // story and in its link ("22 טוקבקים", "טוקבקים (14)") where others print "תגובות".
  'טוקבקים', 'טוקבק',
  // Rule "Greek and Maltese comments": Greek portals count "3 σχόλια" (one "σχόλιο"), Maltese ones "3 kummenti" (one
  // "kumment"), and both print the label before the count in the thread's title and its link ("Σχόλια (3)",
  // "Kummenti (3)").
  'σχόλι(?:α|ο)', 'kummenti?',
];
/**
 * Comment labels before the count: "Comments: 12", "Kommentarer (128)", "评论数：56", "跟帖 56", "留言(56)", Czech "Diskuse (45)", Slovak "Diskusia (4)", "Hozzászólások: 7",
 * Catalan "Comentaris (3)", Austrian "Postings (11)", Lithuanian "Komentarai (8)", Serbian "Коментари (6)" and
 * "Komentari (6)", Romanian "Comentarii (5)", Finnish "Kommentit (11)", Bengali "মন্তব্য (৫)" and the South Asian words above,
 * Hausa "Sharhi (2)" and Swahili "Maoni (4)" (comments), Filipino "Mga komento (3)".
 */
export const COMMENT_WORDS_BEFORE = [
  'comments?', 'kommentare', 'kommentarer', 'diskuse', 'diskuze', 'diskusia', 'komentáře', 'hozzászólások', 'commentaires', 'comentarios', 'comentaris', 'تعليقات', 'التعليقات',
  'комментари(?:и|ев)', 'коментар(?:і|ів)', 'yorumlar', 'yorum', 'نظرات', 'دیدگاه‌ها', 'دیدگاه', 'تبصرے', 'टिप्पणियां', 'komentar', 'commenti',
  'reacties', '评论数?', '評論數?', '跟帖', '留言', 'コメント', '댓글', 'bình luận', 'תגובות', 'postings', 'komentarai', 'коментари', 'komentari', 'comentarii',
  'kommentit', 'মন্তব্য', 'प्रतिक्रियाहरू', 'प्रतिक्रिया', 'கருத்துகள்', 'അഭിപ്രായങ്ങൾ', 'వ్యాఖ్యలు', 'ಪ್ರತಿಕ್ರಿಯೆಗಳು',
  'sharhi', 'maoni', '(?:mga )?komento',
  // Somali "Faallooyin (2)" (comments), Kinyarwanda "Ibitekerezo: 3" (thoughts, the readers' comments).
  'faallooyin', 'ibitekerezo',
  // Azerbaijani "Şərhlər (3)", Georgian "კომენტარები (3)", Armenian "Մեկնաբանություններ (3)", Uzbek "Izohlar (3)" and
  // "Изоҳлар", Kazakh "Пікірлер (3)", Mongolian "Сэтгэгдэл (0)", Albanian "Komente (5)".
  'şərhlər', 'კომენტარები', 'մեկնաբանություններ', 'izohlar', 'изоҳлар', 'пікірлер', 'сэтгэгдэл', 'komente',
  // Latvian "Komentāri (7)", Estonian "Kommentaarid (4)", Icelandic "Athugasemdir (3)", Slovenian "Komentarji (31)".
  'komentāri', 'kommentaarid', 'athugasemdir', 'komentarji',
  // Rule "West Slavic comment links": Polish "Komentarze (12)" and Slovak "Komentáre (0)", the plurals the Czech
  // "Komentáře" above has in the neighbouring languages, head the thread and label its link with the count.
  'komentarze', 'komentáre',
  // The speech balloon emoji (rule "emoji labels"): "💬 3".
  '💬',
  // Rule "Portuguese comments label": Brazilian and Portuguese papers print the label before the count, as Spanish ones
  // do ("Comentarios (18)"), in the thread's title and in its link ("Comentários (27)", "Ver todos os comentários (27)").
  'comentários',
  // Rule "talkbacks" (see COMMENT_WORDS_AFTER).
  'טוקבקים',
  // Rule "call to join in": a thread's title invites the reader with its count beside the call ("Join the conversation
  // (12)", "Join the discussion: 4"), as "Comments (12)" labels it. French papers call the reader to react, with the
  // count of those who did beside the call ("Réagissez (7)", "Réagir (3)"), where others print "Commentaires (7)".
  'join the (?:conversation|discussion)', 'réagissez', 'réagir',
  // Rule "reactions in brackets": the papers that count comments as reactions after the count ("4 réactions", see
  // COMMENT_WORDS_AFTER) print the label before it in their older templates' tools row and thread title ("Imprimer |
  // Envoyer à un ami | Réactions (2)"), as others print "Commentaires (2)".
  'réactions',
  // Rule "Greek and Maltese comments" (see COMMENT_WORDS_AFTER).
  'σχόλια', 'kummenti',
];
/** The words a count is followed by on a counter: what the page's counter rows are made of (see content/vocabulary.ts). */
export const COUNTER_WORDS_AFTER: readonly string[] = [...VIEW_WORDS_AFTER, ...COMMENT_WORDS_AFTER];
/** The words a count is preceded by on a counter ("الزيارات: 1204", "Просмотров: 1 204"). */
export const COUNTER_WORDS_BEFORE: readonly string[] = [...VIEW_WORDS_BEFORE, ...COMMENT_WORDS_BEFORE];
