import { readCounters } from '../../../lambdas/extract/metadata/counters';
import { readMetaTags } from '../../../lambdas/extract/metadata/meta-tags';
import { readJsonLd } from '../../../lambdas/extract/metadata/json-ld';
import { indexedPage } from '../../support/indexed-page';

const countersOf = (html: string) => {
  const page = indexedPage(html);
  return readCounters(page, readMetaTags(page), readJsonLd(page).article);
};

describe('readCounters', () => {
  it('reads the Arabic thread title that names the post: the count, one, or the dual two (rule "comments title in Arabic")', () => {
    const thread = (title: string) => `<article><h1>عنوان الخبر</h1><p>نص الخبر.</p></article><div id="comments"><h3 id="comments-title">${title}</h3><ol class="commentlist"><li>تعليق</li></ol></div>`;
    expect(countersOf(thread('تعليقان على "عنوان الخبر"')).comments).toBe(2);
    expect(countersOf(thread('٥ ردود على “عنوان الخبر”')).comments).toBe(5);
    expect(countersOf(thread('تعليق واحد على "عنوان الخبر"')).comments).toBe(1);
    // A heading that speaks of comments with no post after "على" counts nothing.
    expect(countersOf(thread('التعليقات')).comments).toBeNull();
  });

  it('reads a counter a definition list sets as a term and its description (rule "term and its description")', () => {
    const board = (value: string) => `<div class="board-view"><h4>충남도, 스마트팜 확대</h4><dl class="info"><dt>담당부서</dt><dd>스마트농업과</dd><dt>배포일시</dt><dd>2026. 12. 4.(금) 11:00</dd><dt>조회수</dt><dd>${value}</dd></dl><p>본문.</p></div>`;
    expect(countersOf(board('418')).views).toBe(418);
    expect(countersOf('<article><h1>Harbour reopens</h1><dl><dt>Views</dt><dd>1,204</dd></dl><p>Text.</p></article>').views).toBe(1204);
    // A description of words is no count.
    expect(countersOf(board('집계 중')).views).toBeNull();
  });

  it('reads Kurdish counters: Sorani "بینراو:" and Kurmanji "Xwendin:" before the views, the thread\'s "Şîrove (2)" (rules "Kurdish labels", "Kurdish comments")', () => {
    expect(countersOf('<article><h1>سەردێڕ</h1><div class="info"><span>بینراو: ٨٧٣</span></div><p>دەقی هەواڵەکە.</p></article>').views).toBe(873);
    expect(countersOf('<article><h1>Sernav</h1><div class="meta"><span>Xwendin: 1.532</span></div><p>Nivîsa nûçeyê.</p></article>').views).toBe(1532);
    expect(countersOf('<article><h1>Sernav</h1><p>Nivîsa nûçeyê.</p></article><section class="comments-box"><h3>Şîrove (2)</h3><form><textarea></textarea></form></section>').comments).toBe(2);
    // The words in a sentence, with no colon, count nothing.
    expect(countersOf('<article><h1>Sernav</h1><p>Xwendin 3 sal dom dike.</p></article>').views).toBeNull();
  });

  it('reads the Georgian older templates\' "ნანახია:" (it has been seen) before the views', () => {
    expect(countersOf('<article><h1>სათაური</h1><div class="date">6 დეკემბერი, 2026 18:25 | ნანახია: 847</div><p>სტატიის ტექსტი.</p></article>').views).toBe(847);
  });

  it('reads the South Caucasus\' comment threads by their titles, a bold line opening the box or a heading (rule "comments in the South Caucasus")', () => {
    expect(countersOf('<article><h1>სათაური</h1><p>სტატიის ტექსტი.</p></article><div class="comments"><b>კომენტარები (2)</b><div class="c"><b>ლევანი</b> 6.12.2026 19:40<br>კომენტარი.</div><form><textarea></textarea></form></div>').comments).toBe(2);
    expect(countersOf('<article><h1>Վերնագիր</h1><p>Հոդվածի տեքստը։</p></article><section class="x1"><h3>Մեկնաբանություններ (3)</h3><form><textarea></textarea></form></section>').comments).toBe(3);
  });

  it('reads Greek and Maltese comment counts, the label before the count or after it (rule "Greek and Maltese comments")', () => {
    expect(countersOf('<article><h1>Τίτλος</h1><p>Το κείμενο του άρθρου.</p></article><section class="sxolia"><h3>Σχόλια (3)</h3><form><textarea></textarea></form></section>').comments).toBe(3);
    expect(countersOf('<article><h1>Τίτλος</h1><span class="meta">5 σχόλια</span><p>Το κείμενο του άρθρου.</p></article>').comments).toBe(5);
    expect(countersOf('<article><h1>Titlu</h1><p>It-test tal-artiklu.</p></article><section class="taqsima"><h3>Kummenti (4)</h3><form><textarea></textarea></form></section>').comments).toBe(4);
  });

  it('reads Polish view counts, with the label after the count or before it', () => {
    expect(countersOf('<article><p>Tekst artykułu.</p><span class="views">1 204 wyświetlenia</span></article>').views).toBe(1204);
    expect(countersOf('<article><p>Tekst artykułu.</p><span class="meta">Odsłony: 587</span></article>').views).toBe(587);
  });

  it('reads no views from the lists Drupal\'s Views module names for itself (rule "Drupal\'s listing views"), and reads a views counter beside them', () => {
    const related = '<div class="views-element-container block block-views" id="block-views-block-related"><h2>مواضيع ذات صلة</h2><div class="view-content"><div class="views-row"><a href="/ar/religion/2031/11/12/zakat-fund">صندوق الزكاة يوزع 40 مليون ريال</a></div></div></div>';
    expect(countersOf(`<main><article><h1>عنوان</h1><p>نص المقال.</p></article>${related}</main>`).views).toBeNull();
    expect(countersOf(`<main><article><h1>عنوان</h1><span class="post-views">1,116 views</span><p>نص المقال.</p></article>${related}</main>`).views).toBe(1116);
  });

  it('reads WordPress post-views and comment links', () => {
    expect(countersOf(`<article><div class="post-views entry-meta"><span class="post-views-label">مشاهدات: </span><span class="post-views-count">1,116</span></div>
      <span class="comments-link"><a href="#respond">لا توجد تعليقات</a></span></article>`)).toEqual({ views: 1116, comments: 0 });
  });

  it('reads a bare count by the icon font\'s glyph before it (rule "counter named by its icon")', () => {
    const row = '<div class="meta"><span><i class="fa fa-eye"></i> 3,412</span> <span><i class="fa fa-comments-o"></i> 2</span></div>';
    expect(countersOf(`<article><h1>عنوان الخبر</h1>${row}<p>نص الخبر.</p></article>`)).toEqual({ views: 3412, comments: 2 });
    // A glyph that names neither, or a glyph with words of its own, names no count.
    expect(countersOf('<article><h1>عنوان الخبر</h1><span><i class="fa fa-clock-o"></i> 14</span><p>نص الخبر.</p></article>')).toEqual({ views: null, comments: null });
    expect(countersOf('<article><h1>عنوان الخبر</h1><span><span class="eye">عين</span> 14</span><p>نص الخبر.</p></article>').views).toBeNull();
  });

  it('reads the count printed after a glyph drawn as a picture named for it (rule "count after the pictogram")', () => {
    const row = '<div class="datepub">نشر في 04 ديسمبر 2026 على الساعة 17:45 <img src="/images/eye.gif"> 956 <img src="/images/comment.gif"> 3</div>';
    expect(countersOf(`<div><h1>عنوان الخبر</h1>${row}<p>نص الخبر.</p></div>`)).toEqual({ views: 956, comments: 3 });
    // A picture named otherwise, or a text after it that is more than a number, names no count.
    expect(countersOf('<div><h1>عنوان الخبر</h1><div><img src="/images/clock.gif"> 17:45</div><p>نص الخبر.</p></div>').views).toBeNull();
    expect(countersOf('<div><h1>عنوان الخبر</h1><div><img src="/images/eye.gif"> 956 زائر اليوم</div><p>نص الخبر.</p></div>').views).toBeNull();
  });

  it('reads the Kinyarwanda views and comments labels', () => {
    const row = '<div class="infos"><span>Ku wa 5 Ukuboza 2026</span> <span>Yasuwe: 2,314</span> <span>Ibitekerezo: 3</span></div>';
    expect(countersOf(`<article><h1>Abahinzi barishimira igiciro</h1>${row}<p>Abahinzi baravuga ko igiciro gishya kizabafasha.</p></article>`)).toEqual({ views: 2314, comments: 3 });
  });

  it('reads the count printed after an icon font\'s glyph in a row of several fields (rule "count after the glyph")', () => {
    const row = '<div class="post-meta"><i class="fa fa-user"></i> Staff Writer <i class="fa fa-calendar"></i> 05 Dec 2026 <i class="fa fa-eye"></i> 932 <i class="fa fa-comments"></i> 4</div>';
    expect(countersOf(`<article><h1>Dam works resume</h1>${row}<p>The works resumed on Monday.</p></article>`)).toEqual({ views: 932, comments: 4 });
    // A glyph followed by words, or one that draws something else, names no count.
    expect(countersOf('<article><h1>Dam works resume</h1><div class="post-meta"><i class="fa fa-user"></i> Staff <i class="fa fa-eye"></i> 5 Dec 2026</div><p>Text.</p></article>').views).toBeNull();
    expect(countersOf('<article><h1>Dam works resume</h1><div class="post-meta"><i class="fa fa-clock-o"></i> 14 <i class="fa fa-user"></i> Staff</div><p>Text.</p></article>')).toEqual({ views: null, comments: null });
  });

  it('scales a count by the Arabic thousand\'s plural after three to ten, with its madda or without', () => {
    expect(countersOf('<article><p>نص الخبر.</p><span class="views">3 آلاف مشاهدة</span></article>').views).toBe(3000);
    expect(countersOf('<article><p>نص الخبر.</p><span class="views">5 الاف قراءة</span></article>').views).toBe(5000);
  });

  it('does not read a date in a widget named for views as a view count', () => {
    expect(countersOf('<main><article><p>Text</p></article><div class="views-row"><span class="views-field views-field-created">15.05.2024</span></div></main>'))
      .toEqual({ views: null, comments: null });
    expect(countersOf('<main><article><span class="post-views">Views 1.204</span></article></main>')).toEqual({ views: 1204, comments: null });
  });

  it('reads "Visto: 419" with its colon, and not the heading of the most-seen list', () => {
    expect(countersOf('<article><p>Texto de la noticia.</p><span class="visitas">Visto: 419</span></article>').views).toBe(419);
    expect(countersOf('<article><p>Texto de la noticia.</p><span class="lista">Lo más visto 5</span></article>').views).toBeNull();
  });

  it('reads Joomla\'s Italian "Visite:" and Portuguese "Acessos:" with their colon, and not the words in a sentence', () => {
    expect(countersOf('<article><p>Testo della notizia.</p><dl class="article-info"><dd class="hits">Visite: 1542</dd></dl></article>').views).toBe(1542);
    expect(countersOf('<article><p>Texto da notícia.</p><dl class="article-info"><dd class="hits">Acessos: 812</dd></dl></article>').views).toBe(812);
    expect(countersOf('<article><p>Testo della notizia.</p><span class="info">visite guidate 12</span></article>').views).toBeNull();
  });

  it('reads Portuguese and Spanish view labels written before the count', () => {
    expect(countersOf('<div id="content"><p>Texto da notícia.</p><span class="info">Visualizações: 1.284</span></div>').views).toBe(1284);
    expect(countersOf('<div id="content"><p>Texto de la noticia.</p><span class="info">Visualizaciones: 312</span></div>').views).toBe(312);
  });

  it('reads a German Joomla hit counter, labelled "Zugriffe" before or after the count', () => {
    expect(countersOf('<div id="content"><p>Text des Beitrags.</p><dl class="article-info"><dd class="hits">Zugriffe: 345</dd></dl></div>').views).toBe(345);
    expect(countersOf('<div id="content"><p>Text des Beitrags.</p><span class="info">1.204 Zugriffe</span></div>').views).toBe(1204);
  });

  it('reads no counter from a table of contents entry that numbers a section named as one', () => {
    const contents = (entry: string) => `<div id="content"><div id="toc" class="toc"><ul><li class="toclevel-1"><a href="#History"><span class="tocnumber">1</span> <span class="toctext">History</span></a></li>
<li class="toclevel-1">${entry}</li></ul></div><p>The lighthouse was lit in 1887.</p><h2 id="Visits">Visits</h2><p>It opens on Wednesdays.</p></div>`;
    expect(countersOf(contents('<a href="#Visits"><span class="tocnumber">2</span> <span class="toctext">Visits</span></a>')).views).toBeNull();
    expect(countersOf(contents('<a href="#Views"><span class="tocnumber">2</span> <span class="toctext">Views</span></a>')).views).toBeNull();
  });

  it('reads Arabic labels with Arabic-Indic digits', () => {
    expect(countersOf('<article><span>١١١٦ مشاهدة</span><span>٣ تعليقات</span></article>')).toEqual({ views: 1116, comments: 3 });
  });

  it('reads English labels and abbreviated thousands', () => {
    expect(countersOf('<article><span>1.2k views</span> <a>5 Comments</a></article>')).toEqual({ views: 1200, comments: 5 });
  });

  it('scales a widget\'s bare abbreviated count, and reads each counter of a row that prints several in its own element', () => {
    expect(countersOf('<article><span class="post-views"><i class="icon-eye"></i> 12.5K</span><span class="comments-count"><i></i> 7</span></article>')).toEqual({ views: 12500, comments: 7 });
    expect(countersOf('<article><div class="meta"><span>阅读 1234</span> <span>评论 5</span></div></article>')).toEqual({ views: 1234, comments: 5 });
    expect(countersOf('<article><div class="meta"><span>بازدید: ۱۲۳۴</span> <span>۵ دیدگاه</span></div></article>')).toEqual({ views: 1234, comments: 5 });
  });

  it('reads a counter printed in Bengali or Devanagari digits, its Bengali label in either encoding of its dotted letters (rule "digits of any script")', () => {
    expect(countersOf('<article><div class="rpt-view"><i class="fa fa-eye"></i> পড়া হয়েছে ৩,৪৫৬ বার</div></article>').views).toBe(3456);
    expect(countersOf('<article><span>\u09E7\u09E8\u09E9 বার প\u09DCা হ\u09DFেছে</span></article>').views).toBe(123);
    expect(countersOf('<article><span>१२३ बार देखा गया</span></article>').views).toBe(123);
    // Rule "Hindi tools row": "read so many times", the label before the count, in either digits; a sentence stays no counter.
    expect(countersOf('<article><font size="1">प्रिंट करें | पढ़ा गया : 842 बार</font></article>').views).toBe(842);
    expect(countersOf('<article><span>पढ़ा गया : ८४२ बार</span></article>').views).toBe(842);
    expect(countersOf('<article><p>पढ़ा गया 12 पन्नों का पत्र सभा में।</p></article>').views).toBeNull();
  });

  it('reads "read so many times" labels and "mal gelesen"', () => {
    expect(countersOf('<article><span>Lu 1 234 fois</span></article>').views).toBe(1234);
    expect(countersOf('<article><span>Letto 87 volte</span></article>').views).toBe(87);
    // Rule "read so many times, in the story's gender": the feminine participle of a notizia, a noticia, a notícia.
    expect(countersOf('<article><span class="letture">Letta 1.284 volte</span></article>').views).toBe(1284);
    expect(countersOf('<article><span>Leída 2.310 veces</span></article>').views).toBe(2310);
    expect(countersOf('<article><span>Lida 812 vezes</span></article>').views).toBe(812);
    // The surname and the first name, with no word for times after the figure, count nothing.
    expect(countersOf('<article><span>Letta 2013</span></article>').views).toBeNull();
    expect(countersOf('<article><span>2.345 mal gelesen</span></article>').views).toBe(2345);
    // Bulgarian: the participle in the story's gender, and the label before the count.
    expect(countersOf('<article><span class="seen">Видяна 812 пъти</span></article>').views).toBe(812);
    expect(countersOf('<article><span>Прочетен 1 204 пъти</span></article>').views).toBe(1204);
    expect(countersOf('<article><span>Преглеждания: 3418</span></article>').views).toBe(3418);
    // Mongolian "read": the count of readers under the headline.
    expect(countersOf('<article><span>Уншсан: 1 205</span></article>').views).toBe(1205);
    // German, the participle as the label before the count, "mal" after it; a reading time is no such count.
    expect(countersOf('<article><span>Gelesen: 3.456 mal</span></article>').views).toBe(3456);
    expect(countersOf('<article><span>Aufgerufen: 812 mal</span></article>').views).toBe(812);
    expect(countersOf('<article><span>Gelesen: 5 Minuten</span></article>').views).toBeNull();
  });

  it('reads the counter field of a details row printed as one line, its fields set apart by bars (rule "counter field of a one-line row")', () => {
    const row = '<div class="artikel-info">18.06.2026 | 19:30 Uhr &nbsp;|&nbsp; Von Jane Roewald und Johanna Doebeling &nbsp;|&nbsp; 2.341 mal gelesen</div>';
    expect(countersOf(`<div id="content"><h1>Kreistag tagt</h1>${row}<p>Text des Beitrags.</p></div>`).views).toBe(2341);
    expect(countersOf('<div id="content"><div>Am Montag lasen 2.341 Menschen den Aufruf der Stadtwerke zum Sparen, wie der Bürgermeister sagte</div></div>').views).toBeNull();
  });

  it('reads the counter field of a one-line row whose fields are set apart by runs of no-break spaces (rule "fields parted by no-break spaces")', () => {
    const row = '<div class="art_info">بقلم: محمد الأمين بوزيد &nbsp;&nbsp; نشر في: الأحد 12 جويلية 2026 على الساعة 14:35 &nbsp;&nbsp; قرئ 5310 مرة</div>';
    expect(countersOf(`<div id="content"><h1>بن عمارة يوقع لثلاثة مواسم</h1>${row}<p>نص الخبر.</p></div>`).views).toBe(5310);
    // One no-break space stands between two words of a sentence, and parts no fields.
    const sentence = '<div>قال المدرب إن الفريق قرئ&nbsp;اسمه في قائمة 5310 مرة على الأقل خلال الموسم الماضي كله بحسب الإحصاءات</div>';
    expect(countersOf(`<div id="content">${sentence}</div>`).views).toBeNull();
  });

  it('reads the fields of a row parted by a no-break space between plain spaces (rule "fields parted by no-break spaces")', () => {
    const row = '<td><font size="2">โดย ประเสริฐ คำมูล &nbsp; วันจันทร์ที่ 7 ธ.ค. 69 เวลา 09:15 น. &nbsp; เปิดอ่าน : 567 ครั้ง</font></td>';
    expect(countersOf(`<table><tr><td><b>เปิดถนนคนเดิน</b></td></tr><tr>${row}</tr><tr><td>เนื้อข่าว</td></tr></table>`).views).toBe(567);
  });

  it('reads the unvoweled "قرأ N مرة" of old PHP portals as the view count, and not the verb that opens a sentence (rule "read so many times, unvoweled")', () => {
    const row = '<td><font color="#888888">بتاريخ: 2026-12-04 على الساعة 18:30 | بقلم: عبد القادر بن سالم | قرأ 871 مرة</font></td>';
    expect(countersOf(`<table><tr><td><b>إيداع 14 قائمة</b></td></tr><tr>${row}</tr><tr><td>نص الخبر.</td></tr></table>`).views).toBe(871);
    expect(countersOf('<article><p>Text</p><span>قرأ ٣٬١٢٠ مرات</span></article>').views).toBe(3120);
    expect(countersOf('<article><p>Text</p><div>قرأ الوزير 3 قرارات جديدة أمام المجلس البلدي</div></article>').views).toBeNull();
  });

  it('reads the sentence "has been viewed N times" as the view count', () => {
    expect(countersOf('<article><p>Text</p><div class="obit-views">This obituary has been viewed 1,208 times.</div></article>').views).toBe(1208);
    expect(countersOf('<article><p>Text</p><span>Viewed 87 times</span></article>').views).toBe(87);
  });

  it('reads "read N times" as the view count, and not a reading time', () => {
    expect(countersOf('<article><p>Text</p><span class="stats">Read 1,234 times</span></article>').views).toBe(1234);
    expect(countersOf('<article><p>Text</p><div class="hits">This article has been read 1,234 times.</div></article>').views).toBe(1234);
    expect(countersOf('<article><p>Text</p><span class="meta">Read 5 min</span><span class="meta">Read: 5 minutes</span></article>').views).toBeNull();
  });

  it('reads Romanian view labels, before or after the count, with or without diacritics', () => {
    expect(countersOf('<article><p>Text</p><span class="vizualizari"><i class="fa fa-eye"></i> 3.412 vizualizări</span></article>').views).toBe(3412);
    expect(countersOf('<article><p>Text</p><span class="meta">Vizualizari: 587</span></article>').views).toBe(587);
    expect(countersOf('<article><p>Text</p><span class="meta">1.204 afișări</span></article>').views).toBe(1204);
  });

  it('reads the Arabic singular view label before the count, in either digits', () => {
    expect(countersOf('<article><h1>Title</h1><div class="NewsViews">مشاهدة ٥٤٣</div><p>Text</p></article>').views).toBe(543);
    expect(countersOf('<article><h1>Title</h1><div class="NewsViews">مشاهدة 543</div><p>Text</p></article>').views).toBe(543);
  });

  it('reads the counters of an old table template\'s meta row, set in <font> and spaced out beside the date', () => {
    const row = (line: string) => `<table><tr><td class="title"><b>Title</b></td></tr><tr><td class="info"><font size="1" color="#999999">${line}</font></td></tr><tr><td>Text</td></tr></table>`;
    expect(countersOf(row('2024/01/17 الساعة 11:20 ص &nbsp;&nbsp; عدد القراءات: 3412 &nbsp;&nbsp; عدد التعليقات: 7'))).toEqual({ views: 3412, comments: 7 });
    expect(countersOf(row('12 marzo 2024 - 14:30 &nbsp;|&nbsp; Letto 1.532 volte')).views).toBe(1532);
  });

  it('reads a count set in its own element inside the label, and a label after unlabelled numbers', () => {
    expect(countersOf('<article><span>Posted 2024</span><div><span><b>1,116</b> views</span><noscript>9 comments</noscript></div><p><a href="#c"><span>12</span> Kommentare</a></p></article>'))
      .toEqual({ views: 1116, comments: 12 });
  });

  it.each([
    ['No comments yet', 0], ['leave a reply', 0], ['Be the first to comment', 0], ['\u212Aeine Kommentare', 0], ['Aucun commentaire', 0],
    ['Sin comentarios', 0], ['لا توجد تعليقات', 0], ['أضف تعليق', 0], ['One comment', 1], ['تعليق واحد', 1], ['1 comment', 1],
  ])('reads the comment phrase %j without a digit', (phrase, comments) => {
    expect(countersOf(`<article><p>Text</p><span><a href="#respond"> ${phrase}</a></span></article>`).comments).toBe(comments);
  });

  it('reads the Arabic dual as two comments (rule "dual comment count"), and the invitation to comment first as none', () => {
    expect(countersOf('<article><p>Text</p><span class="post-comments"><a href="#comments">تعليقان</a></span></article>').comments).toBe(2);
    expect(countersOf('<article><p>Text</p><h3 id="comments-title">تعليقان </h3></article>').comments).toBe(2);
    expect(countersOf('<article><p>Text</p><p class="no-comments">كن أول من يعلّق على هذا الخبر</p></article>').comments).toBe(0);
    // A dual that opens a longer word is no count.
    expect(countersOf('<article><p>Text</p><span class="post-comments"><a href="#comments">تعليقاني</a></span></article>').comments).toBeNull();
  });

  it('reads Blogger\'s Arabic "no comments", a bracketed count before its label, and "seen so many times"', () => {
    expect(countersOf('<article><p>Text</p><span><a class="comment-link" href="#comment-form">ليست هناك تعليقات:</a></span></article>').comments).toBe(0);
    expect(countersOf('<article><p>Text</p><span class="post-comment-link"><a class="comment-link" href="#comment-form">Nenhum comentário:</a></span></article>').comments).toBe(0);
    expect(countersOf('<article><p>Text</p><span class="post-comment-link"><a class="comment-link" href="#comment-form">No hay comentarios:</a></span></article>').comments).toBe(0);
    expect(countersOf('<article><p>Text</p><span>(3) تعليقات</span><span>(1,204) مشاهدة</span></article>')).toEqual({ views: 1204, comments: 3 });
    expect(countersOf('<article><p>Text</p><span>شوهد 1٬204 مرة</span></article>').views).toBe(1204);
    expect(countersOf('<article><p>Text</p><p>1) Enter the name. 2) View the record online.</p></article>').views).toBeNull();
  });

  it('reads the Persian views label spelt with the Arabic yeh (rule "Arabic yeh in Persian")', () => {
    expect(countersOf('<article><p>Text</p><div class="visit">تعداد بازديد: 1204</div></article>').views).toBe(1204);
  });

  it('reads the Sorani Kurdish views label, before the count or after it', () => {
    expect(countersOf('<article><p>Text</p><span>بینین: ٦٤٢</span></article>').views).toBe(642);
    expect(countersOf('<article><p>Text</p><span>٦٤٢ بینین</span></article>').views).toBe(642);
  });

  it('reads "no comments" inside ASP.NET\'s page-wide form, which holds the headline (rule "page-wide form")', () => {
    expect(countersOf('<form id="aspnetForm"><h1>Headline</h1><p>Text</p><div id="comments"><span>لا توجد تعليقات</span><textarea></textarea></div></form>').comments).toBe(0);
  });

  it.each([
    ['1 204 просмотра', '5 комментариев', 1204, 5], ['Просмотров: 1,2 тыс.', 'Комментарии: 3', 1200, 3], ['1 234 переглядів', '5 коментарів', 1234, 5],
    ['1.234 okunma', '3 yorum', 1234, 3], ['1,2 bin görüntülenme', 'Yorumlar: 4', 1200, 4], ['۱۲۳۴ بازدید', '۵ نظر', 1234, 5],
    ['تعداد بازدید: ۱٬۲۳۴', 'نظرات: ۳', 1234, 3], ['۱٫۲ هزار بازدید', '۳ نظر', 1200, 3], ['1234 ویوز', '5 تبصرے', 1234, 5],
    ['1.2K व्यूज़', '3 टिप्पणी', 1200, 3], ['Dibaca 1.234 kali', '5 komentar', 1234, 5], ['1,2 rb dibaca', 'Komentar: 4', 1200, 4],
    ['1,2 mila visualizzazioni', '12 commenti', 1200, 12], ['1.234 weergaven', '5 reacties', 1234, 5], ['阅读 1234', '评论 12', 1234, 12],
    ['3万阅读', '12条评论', 30000, 12], ['閲覧数 1234', '5件のコメント', 1234, 5], ['조회 1,234', '댓글 5', 1234, 5], ['조회수 1.2만', '5개의 댓글', 12000, 5],
    ['1.234 lượt xem', '5 bình luận', 1234, 5], ['1,234 צפיות', '4 תגובות', 1234, 4], ['1,2 mil visualizações', '3 comentários', 1200, 3],
    ['Lido 1234 vezes', '3 comentaris', 1234, 3], ['Lido 1234 vezes', 'Comentaris (3)', 1234, 3], ['4 312 lectures', '7 commentaires', 4312, 7],
    // Rule "readers' reactions": French papers count the comments as reactions.
    ['4 312 lectures', '4 réactions', 4312, 4], ['4 312 lectures', '1 réaction', 4312, 1],
    // Rule "talkbacks": Israeli sites count readers' comments as talkbacks.
    ['1,234 צפיות', '22 טוקבקים', 1234, 22],
    // Rule "read so many times, in Hebrew": older Israeli templates print the views as "viewed so many times".
    ['נצפה 2,318 פעמים', '22 טוקבקים', 2318, 22], ['נקרא 812 פעמים', '3 תגובות', 812, 3],
    // Rule "visitors counted": Taiwanese portals count person-visits.
    ['瀏覽人次：2,318', '留言 4', 2318, 4], ['點閱人次：845', '評論 3', 845, 3],
  ])('reads the counters %j and %j', (viewLabel, commentLabel, views, comments) => {
    expect(countersOf(`<article><p>Text</p><span>${viewLabel}</span><span>${commentLabel}</span></article>`)).toEqual({ views, comments });
  });

  it.each(['Нет комментариев', 'Yorum yok', 'Belum ada komentar', 'Nessun commento', 'Geen reacties', 'אין תגובות', 'Ei kommentteja', 'Inga kommentarer', 'Ingen kommentarer',
    'Kommentaare pole', 'Nav komentāru', 'Komentarų nėra', 'Engar athugasemdir'])('reads %j as no comments', (phrase) => {
    expect(countersOf(`<article><p>Text</p><span><a href="#respond">${phrase}</a></span></article>`).comments).toBe(0);
  });

  it.each([
    ['Olvasták: 12 458', '7 hozzászólás', 12458, 7], ['Visningar: 1 204', '128 kommentarer', 1204, 128], ['1 204 zobrazení', 'Diskuse (45)', 1204, 45],
    ['Megtekintések: 980', '45 komentářů', 980, 45], ['Olvasva: 3 412', '12 hozzászólás', 3412, 12],
  ])('reads the Central European and Nordic counters %j and %j', (viewLabel, commentLabel, views, comments) => {
    expect(countersOf(`<article><p>Text</p><span>${viewLabel}</span><a href="#c">${commentLabel}</a></article>`)).toEqual({ views, comments });
  });

  it.each([
    ['Skatījumi: 1873', 'Komentāri (7)', 1873, 7], ['1873 skatījumi', '7 komentāri', 1873, 7], ['Peržiūros: 1204', 'Komentarai (12)', 1204, 12],
    ['12 peržiūrų', '8 komentarai', 12, 8], ['Vaatamisi: 1204', 'Kommentaarid (4)', 1204, 4], ['1204 vaatamist', '4 kommentaari', 1204, 4],
  ])('reads the Baltic counters %j and %j', (viewLabel, commentLabel, views, comments) => {
    expect(countersOf(`<article><p>Text</p><span>${viewLabel}</span><a href="#c">${commentLabel}</a></article>`)).toEqual({ views, comments });
  });

  it.each([
    ['12.806 izlenme', '3 yorum', 12806, 3], ['3.412 reproducciones', '5 comentarios', 3412, 5],
  ])('reads a clip\'s views counted as times watched or played, %j (rule "times watched")', (viewLabel, commentLabel, views, comments) => {
    expect(countersOf(`<article><p>Text</p><span>${viewLabel}</span><a href="#c">${commentLabel}</a></article>`)).toEqual({ views, comments });
  });

  it('reads a Slovenian comment count after its number, in the forms a number governs, and before it', () => {
    expect(countersOf('<article><p>Text</p><a href="#c">31 komentarjev</a></article>').comments).toBe(31);
    expect(countersOf('<article><p>Text</p><a href="#c">2 komentarja</a></article>').comments).toBe(2);
    expect(countersOf('<article><p>Text</p><a href="#c">3 komentarji</a></article>').comments).toBe(3);
    expect(countersOf('<article><p>Text</p><a href="#c">Komentarji (31)</a></article>').comments).toBe(31);
  });

  it('reads the Slovak discussion link "Diskusia (4)" as the comment count', () => {
    expect(countersOf('<article><p>Text</p><a href="/diskusia/51823">Diskusia (4)</a></article>').comments).toBe(4);
  });

  it('reads an Icelandic comment count after its number and before it', () => {
    expect(countersOf('<article><p>Text</p><a href="#c">3 athugasemdir</a></article>').comments).toBe(3);
    expect(countersOf('<article><p>Text</p><a href="#c">Athugasemdir (3)</a></article>').comments).toBe(3);
  });

  it('reads French-named counter widgets, with a dot between thousands', () => {
    expect(countersOf('<article><h1>Title</h1><div class="compteurs"><span class="vues"><i class="ico-oeil"></i> 5.412</span><span class="nb-commentaires"><i class="ico-bulle"></i> 3</span></div><p>Text</p></article>'))
      .toEqual({ views: 5412, comments: 3 });
  });

  it('reads camel-cased WebForms counters whose label is a span of its own (rule "camel-cased widget")', () => {
    const row = `<span class="newsViewsLabel">المشاهدات:</span> <span id="ctl00_Main_lblViews" class="newsViews">318</span>
      <span class="newsCommentsLabel">التعليقات:</span> <span id="ctl00_Main_lblComments">4</span>`;
    expect(countersOf(`<div id="content"><p>نص الخبر.</p>${row}</div>`)).toEqual({ views: 318, comments: 4 });
    expect(countersOf('<div id="content"><p>Text</p><span class="newsViewsLabel">Views: </span><span class="reviewsBox">7</span></div>').views).toBeNull();
  });

  it('reads a Turkish read-count widget that shows an eye icon and the bare number', () => {
    expect(countersOf('<article><h1>Title</h1><div class="meta"><span class="okunma"><i class="icon-eye"></i> 4.812</span><span class="yorum-sayisi">12 yorum</span></div><p>Text</p></article>'))
      .toEqual({ views: 4812, comments: 12 });
    expect(countersOf('<article><h1>Title</h1><span class="okunma-sayisi">1.204</span><p>Text</p></article>').views).toBe(1204);
  });

  it('reads Soledad\'s view widget, whose class runs the count\'s words together, by an eye icon and a count in thousands', () => {
    expect(countersOf('<article><h1>Title</h1><span class="penci-post-countview penci-post-countview-single"><i class="fa fa-eye"></i><span class="penci-post-countview-number">1,2K</span></span><p>Text</p></article>').views).toBe(1200);
    expect(countersOf('<article><h1>Title</h1><div class="entry-content"><i class="penci-post-countview-number-check" style="display:none">13</i><p>Text</p></div></article>').views).toBeNull();
  });

  it('reads a count and its label set in boxes of their own apart (rule "count and label in boxes of their own")', () => {
    expect(countersOf('<article><h1>Title</h1><div class="jeg_meta_views"><span>1.2k</span><div>Views</div></div><p>Text</p></article>').views).toBe(1200);
    expect(countersOf('<article><h1>Title</h1><div class="post-views"><strong>12K</strong><span>VIEWS</span></div><p>Text</p></article>').views).toBe(12000);
    // Apart, a count whose label opens with the multiplier's letter keeps its value.
    expect(countersOf('<article><h1>Title</h1><span class="comments-count"><b>2</b><span>KOMMENTARE</span></span><p>Text</p></article>').comments).toBe(2);
  });

  it('reads no counter the page styles out of sight (rule "counter kept out of sight")', () => {
    expect(countersOf('<article><h1>Title</h1><div class="entry-content"><i class="post-views-check" style="display:none">13</i><p>Text</p></div></article>').views).toBeNull();
    expect(countersOf('<article><h1>Title</h1><div class="entry-content"><i class="post-views-check">13</i><p>Text</p></div></article>').views).toBe(13);
  });

  it('reads the views labelled in an old template\'s table cell, not the time before them nor a most-read list\'s counts', () => {
    const page = `<table><tr><td class="ninfo">Agency <img src="clock.gif"> 2026-11-30 الساعة 15:22 &nbsp;&nbsp; قراءات: 2104</td></tr><tr><td>Text</td></tr></table>
      <div class="sidebox"><div class="sidehead">الأكثر قراءة</div><ol><li><a href="/n?id=1">Another story</a> <span class="hits">(3000)</span></li>
      <li><a href="/n?id=2">A third story</a> <span class="hits">(2830)</span></li></ol></div>`;
    expect(countersOf(page).views).toBe(2104);
  });

  it('reads a button that opens the comments as their count, not as views, and a comment button named in short', () => {
    expect(countersOf('<article><p>Text</p><a class="caas-comments-btn" href="#comments">136</a><button class="view-comments">View comments (136)</button></article>'))
      .toEqual({ views: null, comments: 136 });
    expect(countersOf('<article><p>Text</p><div class="reactionBar"><button class="likeBtn">46</button><button class="commentBtn" aria-label="Comentarios">Comentarios (12)</button></div></article>'))
      .toEqual({ views: null, comments: 12 });
  });

  it('reads the count before "View comments" as the comments\' alone: "view" there opens the thread', () => {
    expect(countersOf('<article><p>Text</p><a class="comments-link" href="#comments"><span class="readerCommentNo">346</span> <span class="comments-label">View comments</span></a></article>'))
      .toEqual({ views: null, comments: 346 });
    expect(countersOf('<article><p>Text</p><span class="meta">1,204 views</span></article>').views).toBe(1204);
  });

  it('reads no view count from a shop\'s price before its "View Deal" button (rule "price, not a count")', () => {
    const widget = (price: string) => `<article><h1>Laptop review</h1><div class="pc-row"><span>Currys</span><span>${price}</span><a href="https://shop.example/x" rel="sponsored">View Deal</a></div><p>Text.</p></article>`;
    expect(countersOf(widget('£1,049')).views).toBeNull();
    expect(countersOf(widget('$ 899.99')).views).toBeNull();
    expect(countersOf(widget('€79')).views).toBeNull();
    expect(countersOf('<article><p>Text</p><span class="meta">1,049 views</span></article>').views).toBe(1049);
  });

  it('reads no view count from a word that ends in a label or a year after it', () => {
    expect(countersOf('<article><span>Hotel-Review: 105</span><span>Interview 2017</span></article>')).toEqual({ views: null, comments: null });
  });

  it('reads the count in the heading over a comment thread, which names the post', () => {
    const thread = (title: string) => `<div id="content"><article><h1>Council delays bypass</h1><p>Text.</p></article>
      <div id="comments" class="comments-area"><h2 class="comments-title">${title}</h2><ol class="comment-list"><li>Reply text</li></ol>
      <div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3><form><textarea></textarea></form></div></div></div>`;
    expect(countersOf(thread('25 thoughts on “Council delays bypass”')).comments).toBe(25);
    expect(countersOf(thread('12 Gedanken zu „Council delays bypass“')).comments).toBe(12);
    expect(countersOf(thread('One thought on “Council delays bypass”')).comments).toBe(1);
    expect(countersOf(thread('3 Réponses à « Council delays bypass »')).comments).toBe(3);
    // The reply form's title says nothing of the thread above it; a link to the form that says "Leave a reply" does.
    expect(countersOf(thread('Comments')).comments).toBeNull();
    expect(countersOf('<article><p>Text</p><span class="meta"><a href="#respond">Leave a reply</a></span></article>').comments).toBe(0);
  });

  it('reads the count in the heading over the comments of regional-language papers (rule "regional languages\' comments")', () => {
    const thread = (title: string) => `<div id="content"><article><h1>Council delays bypass</h1><p>Text.</p></article>
      <div class="iruzkinak"><h3>${title}</h3><p>Reply text</p><form><textarea></textarea></form></div></div>`;
    expect(countersOf(thread('Iruzkinak (0)')).comments).toBe(0);
    expect(countersOf(thread('Sylwadau (5)')).comments).toBe(5);
    expect(countersOf(thread('Kummenti (3)')).comments).toBe(3);
    expect(countersOf(thread('Evezhiadennoù (1)')).comments).toBe(1);
    expect(countersOf(thread('Tuairimí (4)')).comments).toBe(4);
    expect(countersOf(thread('2 reaksjes')).comments).toBe(2);
  });

  it('reads the Maltese count of readings with "darba" after it, and no reading time (rule "times read, in Maltese")', () => {
    expect(countersOf('<article><p>Text</p><span class="qari">Moqri 2,418 darba</span></article>').views).toBe(2418);
    expect(countersOf('<article><p>Text</p><span class="qari">Moqri 5 minuti</span></article>').views).toBeNull();
  });

  it('reads the Albanian "Lexuar: 318 herë", and no reading of a sentence (rule "read so many times, in Albanian")', () => {
    expect(countersOf('<article><p>Text</p><font size="1">Autori: Ilir Çela | Data: 04.12.2026 | Lexuar: 318 herë</font></article>').views).toBe(318);
    expect(countersOf('<article><p>Text</p><span class="info">Lexuar 1.204 here</span></article>').views).toBe(1204);
    expect(countersOf('<article><p>Text</p><span class="info">Lexuar: 5 minuta</span></article>').views).toBeNull();
  });

  it('reads the Tamil "பார்வைகள்: 847" and "3,482 பார்வைகள்", and no points of view of a sentence (rule "views, in Tamil")', () => {
    expect(countersOf('<article><p>Text</p><span class="meta">பார்வைகள்: 847</span></article>').views).toBe(847);
    expect(countersOf('<article><p>Text</p><span class="meta">3,482 பார்வைகள்</span></article>').views).toBe(3482);
    expect(countersOf('<article><p>Text</p><span class="meta">இரு பார்வைகள் உள்ளன</span></article>').views).toBeNull();
  });

  it('reads the French "Vue 1 234 fois" and "Vu 842 fois", and no view of a sentence (rule "seen so many times, in French")', () => {
    expect(countersOf('<article><p>Text</p><span class="compteur">Vue 1 234 fois</span></article>').views).toBe(1234);
    expect(countersOf('<article><p>Text</p><span class="compteur">Vu 842 fois</span></article>').views).toBe(842);
    expect(countersOf('<article><p>Text</p><span class="legende">Vue 3 du chantier</span></article>').views).toBeNull();
  });

  it('reads the thread\'s title past a block theme\'s reply form, which is classed as the comments', () => {
    const page = (form: string) => `<main><article><h1>Ferry fares rise</h1><p>Text.</p></article><div class="wp-block-comments">
      <h2 class="wp-block-comments-title">4 responses to “Ferry fares rise”</h2><ol><li>Reply text</li></ol>${form}</div></main>`;
    expect(countersOf(page('<div id="respond" class="comment-respond wp-block-post-comments-form"><h3>Leave a Reply</h3><form><textarea></textarea></form></div>')).comments).toBe(4);
    expect(countersOf(page('<div class="wp-block-post-comments-form"><h3>Leave a Reply</h3><form><textarea></textarea></form></div>')).comments).toBe(4);
    // A comments link that says there are none still counts them.
    expect(countersOf('<main><article><p>Text</p><span class="comments-link"><a href="#respond">Leave a comment</a></span></article></main>').comments).toBe(0);
  });

  it('reads a button\'s count from its label for screen readers, and no count from an invitation to comment on another page (rules "counter named by its tooltip", "invitation to another page")', () => {
    const post = (buttons: string, invitation: string) => `<main><article><h1>The night ferry</h1><div class="post-ufi">${buttons}</div>
      <div class="body"><p>Text of the post.</p>${invitation}</div></article></main>`;
    const invitation = '<p class="button-wrapper"><a class="button primary" href="/p/night-ferry/comments"><span>Leave a comment</span></a></p>';
    expect(countersOf(post('<button aria-label="Like (214)">214</button><button aria-label="View comments (37)">37</button>', invitation)).comments).toBe(37);
    expect(countersOf(post('<button aria-label="Share">Share</button>', invitation)).comments).toBeNull();
    // A label that states another count is no label of the button's number.
    expect(countersOf(post('<button aria-label="View comments (37)">36</button>', '')).comments).toBeNull();
  });

  it('reads no view count from the card of a post the story embeds, and reads the article\'s own beside it (rule "embedded post\'s counter")', () => {
    const card = '<div class="Embed-module_telegram"><div class="Embed-module_header"><a href="https://t.me/harbour_office/812">Open in Telegram</a></div>'
      + '<p>The ferry will run every hour from Monday.</p><div class="Embed-module_footer"><span>👁 48.2K</span> <span>06.12.2026, 05:12</span></div></div>';
    const story = (meta: string) => `<main><article><h1>Ferry timetable changes</h1>${meta}<div class="body"><p>The harbour office changed the timetable.</p>${card}<p>More text.</p></div></article></main>`;
    expect(countersOf(story('')).views).toBeNull();
    expect(countersOf(story('<span class="meta">👁 1,870</span>')).views).toBe(1870);
  });

  it('reads no view count from a site-wide hit counter or another story\'s count (rule "site\'s hit counter")', () => {
    const page = (widget: string) => `<body class="single single-post"><main><article><h1>Ferry fares rise</h1><p>Text.</p></article></main>
      <footer>${widget}</footer></body>`;
    expect(countersOf(page('<div class="widget widget_blog-stats"><h2 class="widgettitle">Blog Stats</h2><ul><li>52,310 hits</li></ul></div>')).views).toBeNull();
    expect(countersOf('<body class="single"><div class="post"><p>Text.</p><span class="meta">1,204 views</span></div></body>').views).toBe(1204);
    // A sidebar's most-read list before the article counts other stories' views.
    expect(countersOf(`<body class="single"><aside class="sidebar"><ul><li><a href="/a">Other story</a> <span>3,000 views</span></li></ul></aside>
      <div class="content-area"><h1>Ferry fares rise</h1><p>Text.</p><span class="meta">87 views</span></div></body>`).views).toBe(87);
  });

  it.each([
    ['<h2>تعليقات (4)</h2>', 4], ['<h2>التعليقات (٤)</h2>', 4], ['<h3>Комментарии (5)</h3>', 5], ['<h3>Komentarze (2)</h3>', 2], ['<h4>3 commentaires :</h4>', 3],
    ['<h2>Responses (38)</h2>', 38], ['<h3>Ý kiến <span>(23)</span></h3>', 23], ['<h3>Komentar (6)</h3>', 6], ['<h3>コメント（5）</h3>', 5],
    ['<h3>Comments: 1,204</h3>', 1204], ['<div class="box-title">Комментарии (5)</div>', 5], ['<b>COMMENTI DEI LETTORI (2)</b><br>', 2],
    ['<h3>Hozzászólások (7)</h3>', 7], ['<h2>Kommentarer (128)</h2>', 128], ['<h2>Diskuse (45)</h2>', 45], ['<h2>Guest Book (12 entries)</h2>', 12],
    ['<h3>Forum: 31 Beiträge</h3>', 31], ['<h2>Forum: 5 <span>Postings</span></h2>', 5],
    // Rule "condolences in the site's language": a death notice's readers leave condolences.
    ['<h2>Kondolenzbuch (6 Einträge)</h2>', 6], ['<h2>Condoléances (9)</h2>', 9], ['<h3>Condolencias (3)</h3>', 3], ['<div class="ctitle">التعازي (4)</div>', 4], ['<h2>Tribute Wall (3)</h2>', 3],
    // Rule "visitors' comments": Arabic templates call the readers the site's visitors.
    // Rule "talkbacks": Israeli sites head their readers' comments as talkbacks.
    ['<h3>טוקבקים (14)</h3>', 14],
    ['<h4>تعليقات الزوار (2)</h4>', 2], ['<h3>تعليقات الزائرين: 5</h3>', 5],
  ])('reads the count in the title %j over the comments, out of the article\'s container', (title, comments) => {
    expect(countersOf(`<article><h1>Council delays bypass</h1><p>Text.</p></article><div class="box">${title}<div><p>Reader</p><p>The council never listens.</p></div></div>`).comments)
      .toBe(comments);
  });

  it('reads the comments\' title set as a bold line between breaks in a table cell (rule "bold line over the thread")', () => {
    const cell = (title: string) => `<table><tr><td><font class="headline">Park extended</font><br><div class="text">Text of the story.</div><br>
      ${title}<br>1. <b>Yossi</b> - Finally something good (04/12/2026 19:30)<br>2. <b>Inbal</b> - When will there be toilets?<br></td></tr></table>`;
    expect(countersOf(cell('<br><b>תגובות הגולשים (3)</b>')).comments).toBe(3);
    expect(countersOf(cell('<br><strong>Readers\' comments (2)</strong>')).comments).toBe(2);
    // Bold words run into a sentence are no line of their own.
    expect(countersOf(cell('The park drew <b>Comments (3)</b> on its first day')).comments).toBeNull();
  });

  it('reads the count on the line under a heading that names the readers\' discussion without one (rule "count under the discussion\'s name")', () => {
    expect(countersOf('<article><h1>Council delays bypass</h1><p>Text.</p></article><div class="forum"><h3>Réagir à cet article</h3><p>3 messages</p><form><textarea></textarea></form></div>').comments).toBe(3);
    expect(countersOf('<article><h1>Council delays bypass</h1><p>Text.</p></article><div class="forum"><h3>Vos réactions</h3><p>12 commentaires</p></div>').comments).toBe(12);
    // A line under the heading that is no count of posts counts nothing.
    expect(countersOf('<article><h1>Council delays bypass</h1><p>Text.</p></article><div class="forum"><h3>Réagir à cet article</h3><p>3 jours restants</p></div>').comments).toBeNull();
  });

  it('reads no comments title from a line that does not open its box, as another story\'s teaser prints its count', () => {
    expect(countersOf('<article><h1>Council delays bypass</h1><p>Text.</p></article><aside><div><a href="/other">Other story</a><span>12 comments</span></div></aside>').comments)
      .toBeNull();
  });

  it('reads the comment button\'s count, and not the link to the comments left after those shown as the total', () => {
    const post = (button: string) => `<article><h1>Title</h1><p>Text</p><div class="post-ufi">${button}</div>
      <div class="comments-page"><div class="comment"><p>Reader</p><p>The council never listens.</p></div>
      <a class="more-comments" href="/p/title/comments">45 more comments...</a></div></article>`;
    expect(countersOf(post('<a class="post-ufi-button post-ufi-comment-button has-label" href="/p/title/comments"><svg></svg><div class="label">47</div></a>')).comments).toBe(47);
    expect(countersOf(post('')).comments).toBeNull();
  });

  it.each([
    ['<a class="comments-link" href="#comments">Voir les 12 autres commentaires</a>'], ['<span>ещё 12 комментариев</span>'], ['<span>12 yorum daha</span>'],
    ['<a href="#comments">Lihat 12 komentar lainnya</a>'],
  ])('reads no total from %s, which counts the comments left to show', (link) => {
    expect(countersOf(`<article><p>Text</p><div class="comment"><p>The council never listens.</p></div>${link}</article>`).comments).toBeNull();
  });

  it('scales Arabic, Persian and Turkish counts in millions', () => {
    expect(countersOf('<article><p>نص الخبر.</p><span class="meta">1 مليون مشاهدة</span></article>').views).toBe(1_000_000);
    expect(countersOf('<article><p>نص الخبر.</p><span class="meta">المشاهدات: 1.5 مليون</span></article>').views).toBe(1_500_000);
    expect(countersOf('<article><p>نص الخبر.</p><span class="meta">3 ملايين مشاهدة</span></article>').views).toBe(3_000_000);
    expect(countersOf('<article><p>متن خبر.</p><span class="meta">۲٫۴ میلیون بازدید</span></article>').views).toBe(2_400_000);
    expect(countersOf('<article><p>Haber metni.</p><span class="meta">1,2 milyon okunma</span></article>').views).toBe(1_200_000);
  });

  it('reads the singular Arabic "reading" with its colon as the views\' label, not the reading time (rule "one reading, labelled")', () => {
    expect(countersOf('<article><p>نص المقال.</p><span class="vw">قراءة: 4210</span></article>').views).toBe(4210);
    expect(countersOf('<article><p>نص المقال.</p><span class="vw">قراءة: ٣ دقائق</span></article>').views).toBeNull();
    expect(countersOf('<article><p>نص المقال.</p><span class="vw">قراءة 3 دقائق</span></article>').views).toBeNull();
  });

  it('reads the indefinite Arabic "visits" with its colon and "times read" as the views\' label (rule "visits and times read, labelled")', () => {
    expect(countersOf('<article><p>نص الخبر.</p><span>زيارات: 6,120</span></article>').views).toBe(6120);
    expect(countersOf('<article><p>نص الخبر.</p><span>مرات القراءة: ٨٤٥</span></article>').views).toBe(845);
    expect(countersOf('<article><p>نص الخبر.</p><span>مرات المشاهدة 845</span></article>').views).toBe(845);
    // Without the colon the word is a sentence's: visits of three ministers.
    expect(countersOf('<article><p>نص الخبر.</p><span>زيارات 3 وزراء</span></article>').views).toBeNull();
  });

  it('reads the Arabic periphrastic passive "it has been read / seen N times"', () => {
    expect(countersOf('<article><p>نص الخبر.</p><span class="meta">تمت قراءته 920 مرة</span></article>').views).toBe(920);
    expect(countersOf('<article><p>نص المقالة.</p><span class="meta">تمت مشاهدتها ١٬٢٠٤ مرة</span></article>').views).toBe(1204);
    expect(countersOf('<article><p>نص الخبر.</p><span class="meta">تم قراءته 45 مرة</span></article>').views).toBe(45);
  });

  it.each([
    ['May 16, 2024 Comment'], ['16 mai 2024 Commenter'], ['16.05.2024 Kommentar'], ['2024-05-16 Comment'], ['May 2024 Comment'], ['14:05 Comment'],
    ['<time>May 16, 2024</time><a class="comments-link" href="#respond">Comment</a>'],
  ])('reads no count from the date that runs into a comments link without one: %s (rule "date before the comments link")', (row) => {
    expect(countersOf(`<article><h1>Title</h1><div class="entry-meta">${row}</div><p>Text of the story.</p></article>`).comments).toBeNull();
  });

  it('still reads the count after a date, and a count that happens to be a year\'s number', () => {
    expect(countersOf('<article><h1>Title</h1><div class="entry-meta">December 2, 2016 11 Comments</div><p>Text.</p></article>').comments).toBe(11);
    expect(countersOf('<article><h1>Title</h1><div class="entry-meta">2016 Comments</div><p>Text.</p></article>').comments).toBe(2016);
    expect(countersOf('<article><h1>Title</h1><div class="entry-meta">1,204 views · 16 comments</div><p>Text.</p></article>')).toEqual({ views: 1204, comments: 16 });
  });

  it('prefers structured data', () => {
    expect(countersOf('<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","commentCount":7}</script><article><span>3 comments</span></article>').comments).toBe(7);
  });

  it('reports null when the page shows no counters', () => {
    expect(countersOf('<article><p>A long paragraph that mentions views of the sea and 3 comments made by the minister in an interview yesterday.</p></article>'))
      .toEqual({ views: null, comments: null });
  });
});

describe('rule "labels before their counts"', () => {
  const row = (text: string) => countersOf(`<h1>Headline</h1><div class="info">${text}</div><p>Text of the story.</p>`);

  it('reads each count after its own label in a row run together from its boxes', () => {
    expect(row('Views 120 Comments 9')).toMatchObject({ views: 120, comments: 9 });
    expect(row('Comments 9 Views 120')).toMatchObject({ views: 120, comments: 9 });
    expect(row('Aufrufe 120 Kommentare 9')).toMatchObject({ views: 120, comments: 9 });
    expect(row('조회 120 댓글 9')).toMatchObject({ views: 120, comments: 9 });
  });

  it('keeps the count before the label where the row sets counts first', () => {
    expect(row('120 views · 9 comments')).toMatchObject({ views: 120, comments: 9 });
    expect(row('Visto 120 veces 9 comentarios')).toMatchObject({ comments: 9 });
    expect(row('December 2, 2016 11 Comments')).toMatchObject({ comments: 11 });
  });

  it('reads a row that boxes only its numbers whole, each label in its own text (rule "labels in the row\'s own text")', () => {
    expect(row('이 기사를 추천합니다 <span class="num">17</span> &nbsp; 댓글 <span class="num">9</span>')).toMatchObject({ comments: 9 });
    expect(row('Views <b>120</b> Comments <b>9</b>')).toMatchObject({ views: 120, comments: 9 });
    // Each child with its own label is still read through, one count per label.
    expect(row('<span>阅读 1234</span> <span>评论 5</span>')).toMatchObject({ views: 1234, comments: 5 });
  });
});

describe('rule "Portuguese comments label"', () => {
  it('reads the count after "comentários", in a thread\'s title and in its link', () => {
    expect(countersOf('<h1>Manchete</h1><p>Texto.</p><section class="comments"><h4>Comentários</h4><a href="/comentarios/login">Ver todos os comentários (27)</a></section>').comments).toBe(27);
    expect(countersOf('<h1>Manchete</h1><p>Texto.</p><div id="comments"><h3>Comentários (5)</h3></div>').comments).toBe(5);
  });
});

describe('rule "call to join in"', () => {
  it('reads the count a thread\'s title sets beside its call to join in', () => {
    expect(countersOf('<h1>Headline</h1><p>Text.</p><div id="comments" class="comments-area"><h2 class="comments-title">Join the conversation (12)</h2><form><textarea></textarea></form></div>').comments).toBe(12);
    expect(countersOf('<h1>Headline</h1><p>Text.</p><div id="comments"><h2>Join the discussion: 4</h2></div>').comments).toBe(4);
  });

  it('reads the count a French page sets beside its call to react', () => {
    expect(countersOf('<h1>Titre</h1><div class="infos"><span>Lu 1 204 fois</span> <a href="#commentaires" class="reagir">Réagissez (7)</a></div><p>Texte.</p>').comments).toBe(7);
    expect(countersOf('<h1>Titre</h1><p>Texte.</p><div id="commentaires"><h3>Réagir (3)</h3></div>').comments).toBe(3);
  });
});

describe('rule "reactions in brackets"', () => {
  it('reads the count an older French template sets after "Réactions" in its tools row', () => {
    expect(countersOf('<h1>Titre</h1><p>Texte de l\'article.</p><p><font size="1"><a href="javascript:window.print()">Imprimer</a> | <a href="/envoyer.asp?id=1">Envoyer à un ami</a> | <a href="#reactions">Réactions (2)</a></font></p>').comments).toBe(2);
  });
});

describe('rule "count in its own box"', () => {
  it('reads the count a comments link sets in a box of its own beside a call to join in', () => {
    expect(countersOf('<h1>Headline</h1><a href="#comments" class="comments-count"><span>Join the conversation</span> <span class="count">12</span></a><p>Text.</p>').comments).toBe(12);
  });

  it('reads no count from a comments link whose boxes hold none', () => {
    expect(countersOf('<h1>Headline</h1><a href="#comments" class="comments-count"><span>Join the conversation</span> <span class="label">now open</span></a><p>Text.</p>').comments).toBeNull();
  });
});

describe('rule "read so many times, in Thai"', () => {
  it('reads "อ่าน … ครั้ง" in the row under the headline, and not "อ่าน" in a sentence', () => {
    expect(countersOf('<h1>ข่าว</h1><div class="newsinfo">โดย ณัฐพล ศรีสวัสดิ์ | 6 ธ.ค. 2569 14:30 น. | อ่าน 2,311 ครั้ง</div><p>ข้อความ</p>').views).toBe(2311);
    expect(countersOf('<h1>ข่าว</h1><div class="newsinfo">นักเรียนอ่าน 3 เล่ม</div><p>ข้อความ</p>').views).toBeNull();
  });
});

describe('rules "read so many times, in Thai" (its older glued form) and "readers and viewers, in Lao and Burmese"', () => {
  it('reads "เปิดอ่าน : … ครั้ง", "ຈຳນວນຜູ້ອ່ານ:" and "ကြည့်ရှုသူ" before the count, in their own digits too', () => {
    expect(countersOf('<h1>ข่าว</h1><font size="2">โดย ประเสริฐ คำมูล &nbsp; 7 ธ.ค. 69 เวลา 09:15 น. &nbsp; เปิดอ่าน : 567 ครั้ง</font><p>ข้อความ</p>').views).toBe(567);
    expect(countersOf('<h2>ຂ່າວ</h2><div class="news-foot">ຈຳນວນຜູ້ອ່ານ: ໓໔໕ &nbsp; <a href="#">ພິມ</a></div><p>ເນື້ອໃນ</p>').views).toBe(345);
    expect(countersOf('<h1>သတင်း</h1><p class="info">ရေးသားသူ - မင်းသူရ ၊ ဒီဇင်ဘာ ၇၊ ၂၀၂၆ ၊ ကြည့်ရှုသူ ၈၉၀</p><p>စာ</p>').views).toBe(890);
  });
});

describe('rule "read so many times, in Lithuanian"', () => {
  it('reads "Skaityta: 512 kartų" and "Skaityta 512 kartus" as views, and not the participle in a sentence', () => {
    expect(countersOf('<h1>Antraštė</h1><font size="1">Paskelbta: 2026-12-04 09:15 | Skaityta: 512 kartų</font><p>Tekstas.</p>').views).toBe(512);
    expect(countersOf('<h1>Antraštė</h1><div class="info">Skaityta 87 kartus</div><p>Tekstas.</p>').views).toBe(87);
    expect(countersOf('<h1>Antraštė</h1><p>Knyga skaityta 3 vakarus iš eilės.</p>').views).toBeNull();
  });
});

describe('rules "counted, in West Slavic labels" and "West Slavic comment links"', () => {
  it('reads Polish "Odsłon:" and Slovak "Prečítané:" before the views, and "Komentarze (12)", "Komentáre (3)" before the comments', () => {
    expect(countersOf('<h1>Tytuł</h1><div class="data">dodano: 04.12.2026 09:15 | odsłon: 1532</div><p>Tekst.</p>').views).toBe(1532);
    expect(countersOf('<h1>Titulok</h1><div class="info">Pridané: 04.12.2026 18:30 | Prečítané: 876x</div><p>Text.</p>').views).toBe(876);
    expect(countersOf('<h1>Tytuł</h1><p>Tekst.</p><section><h3>Komentarze (12)</h3><form><textarea></textarea></form></section>').comments).toBe(12);
    expect(countersOf('<h1>Titulok</h1><p>Text.</p><div class="diskusia"><b>Komentáre (3)</b> Pre pridanie komentára sa musíte prihlásiť.</div>').comments).toBe(3);
  });
});
