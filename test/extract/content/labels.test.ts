import { page, prose, run } from './helpers';

describe('label blocks', () => {
  it.each([
    ['Russian', 'Читайте также:', 'Какие дороги отремонтируют в этом году'],
    ['Turkish capitals', 'İLGİNİZİ ÇEKEBİLİR:', 'Limanda yeni dönem başlıyor'],
    ['Indonesian', 'Baca juga:', 'Banjir rendam ratusan rumah di pesisir'],
    ['Vietnamese', 'Xem thêm:', 'Giá điện tăng từ tháng sau'],
  ])('drops a plug line in %s between the line breaks of a text', (_language, label, headline) => {
    const sentence = 'The harbour report, published on Monday, describes how the council and the engineers worked together.';
    const text = `<div class="full-text">${sentence} ${sentence}<br><br><b>${label}</b> <a href="/news/18650.html">${headline}</a><br><br>${sentence} ${sentence}</div>`;
    const body = run(page(`<article><h1>Harbour</h1>${text}</article>`)).body;
    expect(body).toContain('The harbour report');
    expect(body).not.toContain(headline);
  });

  it.each([
    ['Thai', 'อ่านเพิ่มเติม:', 'เทศบาลเร่งตรวจสายไฟตลาดเก่าทั่วเมือง'],
  ])('drops a plug paragraph in %s between the story\'s paragraphs (rule "read more, in mainland Southeast Asia")', (_language, label, headline) => {
    const line = `<p class="read-more"><strong>${label}</strong> <a href="/news/region/2026120512">${headline}</a></p>`;
    const body = run(page(`<article><h1>Harbour</h1>${prose('harbour')}${line}${prose('ferry')}</article>`)).body;
    expect(body).toContain('harbour report');
    expect(body).toContain('ferry report');
    expect(body).not.toContain(headline);
  });

  it.each([
    ['English', '<p><strong>Follow the latest developments in our <a href="/live/storm">live blog</a>.</strong></p>'],
    ['English, the link on "here"', '<p>For the latest, follow our live coverage <a href="/live/storm">here</a>.</p>'],
    ['German', '<p><em>Alle aktuellen Entwicklungen in unserem <a href="/liveblog/sturm">Liveblog</a></em></p>'],
    ['German, addressing the reader', '<p>Verfolgen Sie die Ereignisse in unserem <a href="/ticker">Liveticker</a>.</p>'],
    ['French', '<p><a href="/direct/tempete">Suivez notre direct</a> ici.</p>'],
    ['Arabic', '<p>تابعوا <a href="/live">تغطيتنا المباشرة</a></p>'],
  ])('drops the line pointing to the live page, in %s (rule "live page pointer")', (_language, line) => {
    const body = run(page(`<article><h1>Storm</h1>${prose('storm')}${line}${prose('harbour')}</article>`)).body;
    expect(body).toContain('storm report');
    expect(body).toContain('harbour report');
    expect(body).not.toMatch(/live|Liveblog|Liveticker|direct|المباشرة/);
  });

  it.each([
    ['Slovak', '<p class="gallery-more">Ďalšie fotografie nájdete v galérii.</p>'],
    ['Czech', '<p>Další fotografie najdete v <a href="/galerie/42">galerii</a>.</p>'],
    ['Hungarian, the gallery\'s count with the click hint', '<p class="gallery-count">Galéria: 24 fotó – a képre kattintva nagyobb méretben is megnézheti</p>'],
    ['English', '<p><em>Click on a picture to enlarge</em></p>'],
  ])('drops the line pointing to the story\'s gallery, in %s (rule "gallery pointer")', (_language, line) => {
    const body = run(page(`<article><h1>Market</h1>${prose('market')}${line}${prose('stage')}</article>`)).body;
    expect(body).toContain('market report');
    expect(body).toContain('stage report');
    expect(body).not.toMatch(/galéri|galeri|gallery|enlarge|kattintva/i);
  });

  it('keeps a sentence about photographs shown in a gallery (rule "gallery pointer")', () => {
    const told = '<p>Další fotografie z archivu kronikáře najdete v galerii muzea, která je otevřená i o víkendu a vstup do ní je zdarma.</p>';
    expect(run(page(`<article><h1>Market</h1>${prose('market')}${told}${prose('stage')}</article>`)).body).toContain('kronikáře');
  });

  it('drops an Arabic note naming the paper a piece is reprinted from, over the text or under it (rule "reprint note")', () => {
    for (const note of ['نقلاً عن صحيفة المشرق البغدادية', '(نقلا عن موقع الساحل)']) {
      const body = run(page(`<article><h1>Harbour</h1><p>${note}</p>${prose('harbour')}${prose('ferry')}</article>`), { title: 'Harbour' }).body;
      expect(body.startsWith('The harbour report')).toBe(true);
    }
    const quoted = '<p>نقلاً عن مصادر مطلعة قولها إن الوزير سيزور الميناء الأسبوع المقبل لتفقد أعمال التوسعة</p>';
    expect(run(page(`<article><h1>Harbour</h1>${prose('harbour')}${quoted}${prose('ferry')}</article>`)).body).toContain('نقلاً عن مصادر مطلعة');
  });

  it.each([
    ['Published by The Millbrook Ledger on Dec. 4, 2026.'], ['Published in the Harmon Herald from Dec. 4 to Dec. 6, 2026'],
    ['Erschienen im Hohenloher Kreisboten am 05.12.2026'], ['Paru dans Vosges Matin le 04/12/2026'], ['Publicado en El Norte el 4 de diciembre de 2026'],
  ])('drops the line %j naming the paper and the days a notice ran in print (rule "printed in the paper")', (line) => {
    const body = run(page(`<article><h1>Harold Whitcomb</h1>${prose('obituary')}${prose('family')}<p>${line}</p></article>`)).body;
    expect(body).toContain('family report');
    expect(body).not.toMatch(/Ledger|Herald|Kreisboten|Vosges|Norte/);
  });

  it('keeps a sentence that says where and when a study was published (rule "printed in the paper")', () => {
    const sentence = '<p>Published in The Lancet on Dec. 4, 2026, the study found that mortality fell by a third.</p>';
    expect(run(page(`<article><h1>Study</h1>${prose('study')}${sentence}</article>`)).body).toContain('Published in The Lancet');
  });

  it('keeps a sentence of the story that speaks of live coverage', () => {
    const sentence = '<p>The council said it would follow the advice given in the live coverage of the hearing, which lasted for hours.</p>';
    expect(run(page(`<article><h1>Storm</h1>${prose('storm')}${sentence}${prose('harbour')}</article>`)).body).toContain('follow the advice given');
  });

  it.each([
    ['an ad label paragraph', '<p>Anzeige</p>'],
    ['a dashed ad label between line breaks', '<div>- Advertisement -<br><br></div>'],
    ['a French ad label', '<div class="slot">Publicité</div>'],
    ['a Portuguese ad label', '<div class="css-ad00"><span class="css-adl">Publicidade</span></div>'],
    ['a Dutch ad label', '<div class="slot"><span>Advertentie</span></div>'],
    ['a Turkish ad label', '<div class="reklam"><span>Reklam</span><div id="gpt-1"></div></div>'],
    ['a Russian ad label', '<div class="rb"><span>Реклама</span></div>'],
    ['a Catalan ad label', '<div class="x7"><span>Publicitat</span></div>'],
    ['tagDiv\'s misspelt ad label', '<div class="td-a-rec"><span class="td-adspot-title">- Advertisment -</span></div>'],
    ['a Romanian ad label', '<div class="x8"><span>Publicitate</span></div>'],
    ['a Hungarian ad label', '<div class="x9"><span>Hirdetés</span></div>'],
    ['a Croatian ad label', '<div class="x10"><span>Oglas</span></div>'],
    ['a Korean slot labelled AD', '<div class="css-ad01"><span>AD</span></div>'],
    ['a Chinese ad label in lenticular brackets', '<p><span style="color:#999">【广告】</span></p>'],
    ['an ad label naming the network that fills the slot', '<div class="x4"><div id="slot_1"></div><span class="x5">Anzeige symplr</span></div>'],
    ['a bilingual Maghreb ad label beside its slot', '<div class="pub-x"><ins class="adsbygoogle" data-ad-slot="12"></ins><span>Publicité - إشهار</span></div>'],
    ['a bilingual ad label in English and Arabic', '<div class="x6"><span>Advertisement | إعلان</span></div>'],
    ['a bilingual Kurdistan ad label in Arabic and Sorani (rule "Kurdish ad label")', '<div class="x11"><em>إعلان</em> · <em>ڕیکلام</em><div id="gpt-2"></div></div>'],
    ['a Sorani ad label alone', '<p><span class="x12">ڕیکلام</span></p>'],
    ['an Icelandic ad label (rule "Nordic ad labels")', '<div class="augl"><small>Auglýsing</small><div class="banner"></div></div>'],
    ['a Danish and Norwegian ad label (rule "Nordic ad labels")', '<div class="x14"><span>Reklame</span></div>'],
    ['a Latvian ad label (rule "Baltic ad labels")', '<div class="x15"><span>Reklāma</span></div>'],
    ['an Estonian ad label (rule "Baltic ad labels")', '<div class="x16"><span class="lbl">Reklaam</span><div class="slot"></div></div>'],
    ['an Albanian ad label (rule "Albanian ad label")', '<div class="x17"><span class="lbl">Reklamë</span><div class="banner"></div></div>'],
    ['an Albanian ad label between tagDiv\'s dashes', '<div class="td-a-rec"><span class="td-adspot-title">- Reklamë -</span></div>'],
    ['a reading-time note', '<p>6 minute read</p>'],
    ['a German reading-time note', '<span>Lesezeit: ca. 3 Minuten</span>'],
    ['a line of tag links', '<p><strong>Tags:</strong> <a href="/tag/ferry">ferry</a>, <a href="/tag/harbour-fees">harbour fees</a></p>'],
    ['an Arabic line of keywords', '<p>كلمات مفتاحية: <a href="/tag/fuel">المحروقات</a> ، <a href="/tag/lebanon">لبنان</a></p>'],
    ['a Maghreb line of keywords', '<div class="kw">كلمات مفاتيح: <a href="/tag/port">الميناء</a> - <a href="/tag/fuel">المحروقات</a></div>'],
    ['an Egyptian line of "indicative words"', '<div class="kw">الكلمات الدالة: <a href="/search?q=port">الميناء</a> <a href="/search?q=fuel">المحروقات</a></div>'],
    ['a German keyword line whose links lost their address', '<p>Schlagwörter: Fähre | Hafen | Gebühren</p>'],
    ['a Turkish tag line', '<p>Etiketler: <a href="/etiket/feribot">feribot</a>, <a href="/etiket/liman">liman</a></p>'],
    ['a Portuguese keyword line', '<p>Palavras-chave: balsa, porto, tarifas</p>'],
    ['a German topics line', '<p>Themen: <a href="/thema/faehre">Fähre</a> | <a href="/thema/hafen">Hafen</a></p>'],
    ['a Spanish topics line', '<p>Temas: <a href="/tema/puerto">puerto</a>, <a href="/tema/tranvia">tranvía</a></p>'],
    ['a German topics line without links', '<p>Themen: Bibliothek · Stadtrat · Kultur</p>'],
    ['a share label whose network links are gone', '<p>Compartir: | |</p>'],
    ['a share row run on into the print link, its network links gone', '<p>شارك: | | طباعة</p>'],
    ['a Dutch plug line whose link lost its address', '<p>Lees ook: De veerboot vaart vanaf maandag weer naar het eiland</p>'],
    ['a German share label', '<p>Artikel teilen</p>'],
    ['a Dutch player stand-in', '<div class="vlr-video" data-video-id="v1"><div class="vlr-video__placeholder">Video wordt geladen...</div></div>'],
    ['a French player stand-in', '<div class="clip"><span>Chargement de la vidéo…</span></div>'],
    ['a Pinterest button spelled out at the end of a blog post', '<div class="pin-it-box"><p><strong>Like this post? Pin it for later!</strong></p><img src="/pin.jpg" alt=""></div>'],
    ['a Polish reading-time note', '<p>11 minut czytania</p>'],
    ['an Arabic reading-time note, the label first', '<p>زمن القراءة: 3 دقائق</p>'],
    ['an Arabic reading-time note, the minutes first', '<p>دقيقتان للقراءة</p>'],
    ['an Arabic text size control (rule "text size control")', '<div class="font-size">حجم الخط: <a>أ</a> <a>أ</a> <a>أ</a></div>'],
    ['an English text size control', '<div>Text size <button>A-</button> <button>A+</button></div>'],
    ['an Arabic text size control of two buttons (rule "text size control")', '<div class="font">تكبير الخط تصغير الخط</div>'],
    ['an English text size control of two buttons', '<div class="tools">Increase font size Decrease font size</div>'],
    ['an Arabic tools row run on into the text size control (rule "tools row with the text size")', '<div class="tools"><a>طباعة</a> <a>أرسل لصديق</a> <a>تكبير الخط</a> <a>تصغير الخط</a></div>'],
    ['an English tools row with the text size control before the print link', '<p>Text size <a>A+</a> <a>A-</a> | <a>Print</a> | <a>Save</a></p>'],
    ['an Arabic breaking badge (rule "breaking badge")', '<p><strong>عاجل</strong></p>'],
    ['a Spanish read-aloud button (rule "read-aloud button")', '<div class="tts"><span>Escuchar noticia</span></div>'],
    ['a Turkish read-aloud button', '<div class="tts"><span>Bu haberi dinle</span></div>'],
    ['an Arabic read-aloud button', '<div class="tts"><span>استمع للمقال</span></div>'],
    ['a read-aloud button under its player\'s label', '<p>Audio: Listen to this article</p>'],
    ['an English breaking badge', '<div class="badge">Breaking news</div>'],
    ['a German breaking badge', '<span class="label">Eilmeldung</span>'],
    ['an Arabic tools row with the save link', '<p><a>طباعة</a> | <a>إرسال لصديق</a> | <a>حفظ</a></p>'],
    ['a German save button spelled out', '<p>Speichern</p>'],
    ['a copy-link button\'s toast (rule "share and report toggles")', '<p>تم نسخ الرابط</p>'],
    ['an English copy-link toast', '<p>Link copied to clipboard</p>'],
    ['a German gallery\'s next-picture button (rule "gallery\'s buttons")', '<div class="x-g"><span>Nächstes Bild</span></div>'],
    ['an English gallery\'s previous-photo button', '<p>Previous photo</p>'],
    ['a Spanish gallery\'s next-photo button', '<div><span>Siguiente foto</span></div>'],
    ['a French live page\'s refresh switch (rule "live page\'s refresh switch")', '<div class="reload"><button>Actualiser</button> <span>Mise à jour automatique</span></div>'],
    ['an English live page\'s refresh switch', '<p>Auto-refresh on</p>'],
    ['an Arabic live page\'s refresh switch', '<div><span>التحديث التلقائي</span></div>'],
    ['an Arabic report-an-error link', '<p><a href="/report">الإبلاغ عن خطأ</a></p>'],
    ['an English report-an-error link', '<p>Report an error</p>'],
    ['a chart tool\'s footer left by its dropped frame (rule "chart tool\'s footer")', '<p>Source: Statistics office • Get the data • Created with Datawrapper</p>'],
    ['a chart tool\'s footer that credits the chart\'s maker', '<p>Chart: Mara Holm • Made with Flourish</p>'],
    ['a chart\'s stand-in', '<p>A Flourish chart</p>'],
    ['a numeric date stamp', '<p>23.10.2031</p>'],
    ['a labelled update stamp', '<p>Aktualisiert am 17.01.2031, 15:42 Uhr</p>'],
    ['a Japanese update stamp with the label after the date and no year', '<p>12月3日 14時05分更新</p>'],
    ['a bracketed Japanese update stamp with no year', '<p>（最終更新：12月3日 14時05分）</p>'],
    ['a clock time', '<div>3:59 PM</div>'],
    ['a written-out date stamp', '<p>Published Jun 05, 2031</p>'],
    ['a date stamp with a weekday', '<p>Monday, 12 March 2031</p>'],
    ['an Arabic update stamp with the time zone in parentheses', '<div>آخر تحديث: <span>28/1/2031</span> <span>04:10 م (توقيت مكة المكرمة)</span></div>'],
    ['an Arabic date stamp with a weekday and the half of the day', '<p>الأحد، 05 مارس 2031 02:00 م</p>'],
    ['an Arabic date stamp with a dual month name and no clock', '<p><time datetime="2031-02-03">3 فبراير/ شباط 2031</time></p>'],
    ['an Arabic date stamp with a Levantine month name', '<p>الجمعة ١٤ آذار ٢٠٣١</p>'],
    ['a numeric date stamp in Arabic-Indic digits', '<p>٢٠٣١/١٢/٠٣ - ١١:٢٠</p>'],
    ['a Hindi date stamp in Devanagari digits', '<p>३ दिसंबर २०३१</p>'],
    ['an Iranian stamp with a solar date, its weekday and clock word', '<p>پنجشنبه ۱۳ آذر ۱۴۱۰ ساعت ۰۹:۴۵</p>'],
    ['an Afghan stamp with a Dari solar month', '<p>۱۳ قوس ۱۴۱۰ - ۱۰:۳۰</p>'],
    ['an update stamp with a GMT note', '<p>Updated 05/03/2031 14:10 (GMT+3)</p>'],
    ['a bare German credit label', '<p><strong>Von:</strong></p>'],
    ['a bare credit label heading', '<h4>Authors:</h4>'],
    ['an Arabic source label left alone, its agency gone with the tag box it sat in', '<div><span>المصدر</span></div>'],
    ['a German picture credit', '<p>Foto: Lea Berger / Hafenarchiv</p>'],
    ['a picture credit naming a stock site', '<p><em>Beitragsbild via Stockfotos</em></p>'],
    ['an English photo credit', '<p>Photo Credit: Harbour Pictures</p>'],
    ['a German picture-sources line', '<p>Bildnachweis: Hafenarchiv, cc-Lizenz</p>'],
    ['a photo-credit line written as one word', '<p>Fotocredit: Lea Berger © 2031 Hafen GmbH</p>'],
    ['a credit for photos and illustration', '<p>Fotos/Illustration: Lea Berger</p>'],
    ['an Arabic picture credit', '<p>تصوير: أحمد علي</p>'],
    ['a Portuguese picture credit in brackets', '<p>(crédito: Lea Berger/Agência Porto)</p>'],
    ['an Italian picture credit in brackets, with no colon (rule "bracketed picture credit")', '<p style="text-align: right;"><em>(foto di Lea Berger)</em></p>'],
    ['a German link back to the listing', '<a href="/presse">zurück zur Übersicht</a>'],
    ['an arrowed link back', '<a href="/news">← Back to all news</a>'],
    ['a read-more link', '<a href="/world/other-story">Weiterlesen »</a>'],
    ['an English read-the-rest link', '<a href="/world/other-story">READ THE REST</a>'],
    ['a German learn-more link under a teaser', '<p><a href="/engagieren/urlaub"> mehr erfahren </a></p>'],
    ['a French learn-more link', '<a href="/offres">En savoir plus ›</a>'],
    ['an Arabic read-more link written with a hamza under the alif', '<p><a href="/news/84513">إقرأ المزيد</a></p>'],
    ['an Arabic learn-more link', '<a href="/news/84514">اعرف المزيد »</a>'],
    ['a Persian read-the-rest link', '<a href="/news/84515">ادامه مطلب</a>'],
    ['a Turkish AMP link to the whole story (rule "the whole story, in Turkish")', '<a class="amp-full" href="/van/22871">Haberin tamamını görüntüle</a>'],
    ['a row of post details', '<div>Views: 412 | Added by: harbourfan | Tags: ferries, tides | Rating: 4.5/5</div>'],
    ['a Spanish row of post details', '<p>| Por: Ana Ruiz | Actualizado el: 3 mayo 2031</p>'],
    ['an Arabic row of article tools', '<div>طباعة | أرسل لصديق</div>'],
    ['a Levantine row of article tools with "إلى" and dashes between the links', '<div>طباعة - أرسل إلى صديق</div>'],
    ['a Levantine row of article tools that runs the views counter on (rule "tools row with the counter")', '<div>طباعة - أرسل إلى صديق - عدد القراءات: 418</div>'],
    ['an older template\'s row of article tools closed by the comments link and its count in brackets (rule "count in brackets")', '<p>Print this story | Email to a friend | Comments (4)</p>'],
    ['a Lithuanian tools row (rule "Baltic tools row")', '<p>Spausdinti | Siųsti draugui | Komentarai (3)</p>'],
    ['a Latvian tools row (rule "Baltic tools row")', '<p>Drukāt | Sūtīt draugam | Komentāri (12)</p>'],
    ['a Somali row of article tools closed by the comments count (rule "count in brackets")', '<p class="tools"><a href="print.php?id=9">Daabac</a> | <a href="mail.php?id=9">U dir saaxiib</a> | Faallooyin (2)</p>'],
    ['a Spanish row of article tools that sends by mail, shares on a network and closes with the comments count (rule "send by mail")', '<p><a href="#">Imprimir</a> | <a href="#">Enviar por correo</a> | <a href="#">Compartir en Facebook</a> | Comentarios (5)</p>'],
    ['a Greek row of article tools closed by the comments count (rules "Greek tools row", "Greek and Maltese comments")', '<p>Εκτύπωση | Αποστολή σε φίλο | Σχόλια (2)</p>'],
    ['a Polish row of article tools opened by the arrowed link back to the listing (rule "Central European tools row")', '<p>&laquo; powrót | drukuj | poleć znajomemu</p>'],
    ['a Czech row of article tools (rule "Central European tools row")', '<p>Vytisknout | « Zpět</p>'],
    ['an Italian row of article tools, each link in square brackets, closed by the comments count (rule "tools in square brackets")', '<p>[<a href="stampa.asp?id=9">Stampa</a>] [<a href="invia.asp?id=9">Invia a un amico</a>] [<a href="commenti.asp?id=9">Commenti (3)</a>]</p>'],
    ['a Dutch row of article tools closed by the reads in a sentence (rule "Dutch tools row")', '<p><a href="/print.php?id=8">Printversie</a> | <a href="/tip.php?id=8">Stuur door</a> | Dit artikel is 1.877 keer gelezen</p>'],
    ['a Romanian row of article tools closed by the comments count (rule "Romanian tools row")', '<p>Versiune de tipărit | Trimite unui prieten | Comentarii (3)</p>'],
    ['a Japanese row of article tools parted by the full-width bar (rule "East Asian tools row")', '<p><a href="javascript:window.print()">印刷する</a>　｜　<a href="mailto:?subject=news">メールで送る</a></p>'],
    ['a Chinese row of article tools (rule "East Asian tools row")', '<p>打印本页 ｜ 关闭窗口</p>'],
    ['a Russian row of article tools closed by the views and the comments count (rule "Russian tools row")', '<p><a href="/print.php?id=8">Версия для печати</a> | <a href="/send.php?id=8">Отправить другу</a> | Просмотров: 412 | <a href="/comments.php?id=8">Комментарии (3)</a></p>'],
    ['a Portuguese counter set as a sentence (rule "read so many times, in a sentence")', '<p><font size="1">Esta notícia foi lida 512 vezes</font></p>'],
    ['a Spanish counter set as a sentence (rule "read so many times, in a sentence")', '<p>Esta noticia ha sido leída 1.234 veces</p>'],
    ['an Albanian row of article tools closed by the comments count (rule "Albanian tools row")', '<p><a href="/printo.php?id=8">Printo</a> | <a href="/dergo.php?id=8">Dërgoja një shoku</a> | <a href="/komente.php?id=8">Komente (2)</a></p>'],
    ['an Albanian row of article tools typed without its ë', '<p>Printo | Dergoje nje miku | Komente (5)</p>'],
    ['an Indonesian row of article tools (rule "Indonesian and Malay tools row")', '<p>Cetak | Kirim ke Teman</p>'],
    ['a Malay row of article tools (rule "Indonesian and Malay tools row")', '<p>Versi Cetak | Hantar kepada rakan</p>'],
    ['a Hindi row of article tools closed by the reads and the word for times (rule "Hindi tools row")', '<p><a href="print.php?id=8">प्रिंट करें</a> | <a href="mail.php?id=8">मित्र को भेजें</a> | पढ़ा गया : 842 बार</p>'],
    ['a print label', '<p>Print this page</p>'],
    ['an Arabic row of post details', '<p>نشر في : الإثنين 23 كانون الثاني/يناير 2031 - 11:20 ص | عدد القراءات : 874</p>'],
    ['an Arabic row of post details that opens with the source (rule "source field of the details row")', '<div><span>المصدر: وزارة الأوقاف والشؤون الإسلامية</span> <span>تاريخ النشر: 04/12/2031 02:10 م</span></div>'],
    ['a details row in a table', '<table><tr><td>Category : Harbour news</td><td>Date : 05/03/2031</td></tr></table>'],
    ['a bare date label', '<p><span class="label">Release Date:</span></p>'],
    ['a bare label of the first publication (rule "review schedule")', '<dl><dt>First published:</dt><dd>14 February 2031</dd></dl>'],
    ['a health page\'s next review date (rule "review schedule")', '<p>Next review due: December 2033</p>'],
    ['a health page\'s next review month in a definition list (rule "review schedule")', '<dl><dt>Next review due:</dt><dd>December 2033</dd></dl>'],
    ['a health page\'s review stamp (rule "review schedule")', '<p>Page last reviewed: 2 December 2031</p>'],
    ['a date stamp with a written-on half of the day', '<p>Thursday, 28 April 2031 – 3:55pm</p>'],
    ['a relative time stamp', '<p>Last updated 15 hours ago</p>'],
    ['a German relative time stamp', '<p>vor 3 Stunden</p>'],
    ['a byline row closed by a relative stamp', '<p>Lea Berger | Publicado hace 3 horas</p>'],
    ['a video player\'s loading label', '<div>Video Loading</div>'],
    ['a video player\'s watch label', '<p>watch now</p>'],
    ['a video player\'s countdown', '<p>Your video will play in 00:25</p>'],
    ['a video player\'s run-together prompts', '<div>Click to playTap to play</div>'],
    ['a transcript box\'s toggle (rule "transcript\'s toggle")', '<details><summary>Read the video transcript</summary></details>'],
    ['a French transcript box\'s toggle', '<p>Lire la transcription</p>'],
    ['a Turkish transcript box\'s toggle', '<div>Transkripti göster</div>'],
    ['a reading tool\'s label', '<p>Read Later</p>'],
    ['a save button\'s label', '<p>Save</p>'],
    ['a credit label without its colon, its name gone with a link', '<p>By</p>'],
    ['an ad network\'s label', '<p>Promoted By Zergnet</p>'],
    ['a link to the next page of a paginated story', '<p>Next page: Security&gt;&gt;</p>'],
    ['a feedback button\'s label', '<p>Found This Helpful</p>'],
    ['a feedback question', '<p>Was this article helpful?</p>'],
    ['a share bar\'s label', '<p>Social Share</p>'],
    ['a German reading tool\'s label', '<div>Artikel anhören</div>'],
    ['a Spanish listen-to-this label', '<p>ESCUCHA ESTA NOTA AQUÍ</p>'],
    ['a Portuguese note under an ad slot', '<p>CONTINUA DEPOIS DA PUBLICIDADE</p>'],
    ['a map\'s loading note', '<p>Karte wird geladen - bitte warten...</p>'],
    ['an Arabic clip\'s call with its running time (rule "clip\'s call with its running time")', '<div class="video-embed"><span>شاهد الفيديو</span> <span>01:32</span></div>'],
    ['an English clip\'s call with its running time', '<p>Watch the video (2:14)</p>'],
    ['a French clip\'s badge with its running time (rule "clip\'s badge with its running time")', '<div class="embed-video"><span>Vidéo</span> <span>02:14</span> <button>Lire la vidéo</button></div>'],
    ['a hosted live blog tool\'s credit under the posts (rule "live blog tool\'s credit")', '<div class="tik4-credit">Powered by Tickaroo</div>'],
    ['a chart\'s title and source run together (rule "chart\'s title and source")', '<div class="grafico"><span>Gráfico: dólar comercial hoje</span> <span>Fonte: B3</span></div>'],
    ['an English chart\'s title and source', '<p>Chart: Oil price this week Source: ICE</p>'],
    ['an interactive map\'s label with its call (rule "interactive\'s label with its call")', '<div class="outage-map"><span>Interactive map: Check power outages near you</span><button>Enter your address</button></div>'],
    ['a live blog\'s pin badge after the pin sign', '<div class="entry__pin">📌 Pinned</div>'],
    ['a Japanese paid-story badge in the row under the headline (rule "paid-story badge")', '<p class="p-article__pv"><span>有料記事</span></p>'],
    ['a Korean paid-story badge', '<span class="badge">유료기사</span>'],
    ['a Taiwanese paid-story badge', '<div class="tag">付費文章</div>'],
    ['a feedback widget\'s run-together buttons', '<div>JaNein</div>'],
    ['an estimated reading time', '<p>Estimated reading time: 6 minutes</p>'],
    ['a Polish reading time still to go', '<p>Jeszcze 3 minuty czytania</p>'],
    ['the note under an ad slot', '<p>Article continues below</p>'],
    ['the note under an ad slot that names it', '<p>Story continues below advertisement</p>'],
    ['an ad slot\'s label run into its scroll note', '<div>Advertisement · Scroll to continue</div>'],
    ['a Czech relative time stamp', '<p>před 2 hodinami</p>'],
    ['an Arabic breadcrumb line', '<p><a href="/">الرئيسية</a> &gt; <a href="/section.php?id=1">محليات</a></p>'],
    ['a breadcrumb line of three folders', '<div>Home » News » Local</div>'],
    ['a permalink line', '<p>Permalink: https://harbour.example/news/2031/ferry.html</p>'],
    ['a list of labelled date stamps', '<ul><li>Published: 22:04, 22 Apr 2031</li><li>Updated: 22:05, 22 Apr 2031</li></ul>'],
    ['a Dutch last-changed stamp', '<p>Deze pagina is voor het laatst gewijzigd op 7 februari 2031.</p>'],
    // The date labels of every language the dateline reader knows, and the relative dates it reads.
    ['a Spanish creation stamp', '<p>Creado el 3 de mayo de 2031, 09:15</p>'],
    ['a Turkish update stamp', '<p>Güncelleme: 14.03.2031 10:45</p>'],
    ['a Russian publication stamp', '<p>Опубликовано: 14.03.2031 10:45</p>'],
    ['a relative stamp with an abbreviated unit run into its count', '<p>3h ago</p>'],
    ['a German relative stamp with an abbreviated unit', '<p>vor 25 Min.</p>'],
    ['an Italian relative stamp counted by a word', '<p>una settimana fa</p>'],
    ['a labelled Portuguese relative stamp', '<p>Atualizado há uma hora</p>'],
    ['a Polish relative stamp', '<p>przed 2 godzinami</p>'],
    ['a Russian byline row closed by a labelled relative stamp', '<p>Ирина Волкова | Опубликовано 3 часа назад</p>'],
    ['an Arabic relative stamp', '<p>منذ 3 ساعات</p>'],
    ['a Chinese relative stamp', '<p>3小时前</p>'],
    ['a Hebrew relative stamp in the dual', '<p>לפני שעתיים</p>'],
    ['an Italian date stamp with its weekday', '<p>Sabato 3 maggio 2031, 18:40</p>'],
    ['a Portuguese date stamp with its weekday', '<p>Quarta-feira, 7 de maio de 2031</p>'],
    ['a Japanese date stamp with the clock in characters', '<p>2031年5月3日 10時15分</p>'],
    ['a Japanese date stamp with its weekday in brackets', '<p>2031年5月3日（土）10:15</p>'],
    ['a Japanese era-dated stamp', '<p>令和13年5月3日</p>'],
    ['a labelled Japanese update stamp in the afternoon', '<p>更新日時：2031年5月3日 午後3時</p>'],
    ['a Chinese date stamp with zero-padded fields', '<p>2031年05月03日 10:15</p>'],
    ['a labelled Chinese publication stamp', '<p>发布时间：2031-05-03 10:15</p>'],
    ['a labelled Taiwanese stamp with the afternoon before the clock', '<p>發布時間：2031年5月3日 下午2:30</p>'],
    ['a Hong Kong last-updated stamp', '<p>最後更新：2031年5月3日 09:15</p>'],
    ['an Indian row of a publication and an update stamp', '<p>Published - March 05, 2031 02:20 pm IST | Updated - March 05, 2031 06:45 pm IST</p>'],
    ['an Austrian stamp labelled "Publiziert am", its clock dotted', '<p>Publiziert am 05.03.2031 12.45</p>'],
    ['a French row whose update stamp follows a dash', '<p>Publié le 05/03/2031 à 07h58 - Mis à jour à 12h41</p>'],
    ['a French row of two full stamps longer than one stamp, set apart by a dash (rule "dash before the second stamp")', '<p>Publié le 05/03/2031 à 07h45 – Mis à jour le 05/03/2031 à 18h20</p>'],
    ['a French row that runs the update on after a comma (rule "comma before the update")', '<p>Publié le 05/03/2031 à 18h05, mis à jour le 06/03/2031 à 08h30</p>'],
    ['a Spanish row that runs the update on after a comma', '<p>Publicado el 05/03/2031 a las 07:30, actualizado el 05/03/2031 a las 13:10</p>'],
    ['an Italian row with the edit in brackets after the publication, its clock after a bar (rules "update in brackets", "clock after the bar")', '<div>6 marzo 2031 (modifica il 7 marzo 2031 | 00:12)</div>'],
    ['an English row with the update in brackets', '<p>March 5, 2031 (Updated March 6, 2031 10:15)</p>'],
    ['a Canadian French row whose update span follows the stamp with only a space (rule "update run on after the stamp")', '<div><time datetime="2031-03-05T11:40">5 mars 2031 à 11 h 40</time> <span>Mis à jour à 16 h 25</span></div>'],
    ['an English row whose update span follows the stamp with only a space', '<div><time>March 5, 2031 10:40 a.m.</time> <span>Updated 4:25 p.m.</span></div>'],
    ['a French row of two stamps that both write the month out', '<p>Publié le 5 mars 2031 à 11 h 40 - Mis à jour le 6 mars 2031 à 16 h 25</p>'],
    ['a French row whose credit word lost the name after it (rule "credit word without its name")', '<p>Par - Publié le 05/03/2031 à 07h45 - Mis à jour le 05/03/2031 à 18h20</p>'],
    ['an English row whose template left the writer empty', '<p>By | May 3, 2031 10:15 am</p>'],
    ['a Flemish row whose update stamp is labelled with the noun, its clocks written with the u of uur', '<p>za 05/03/2031 - 14u05 | Laatste update: 15u30</p>'],
    ['a French stamp labelled "Mis en ligne le" (rule "put online")', '<p>Mis en ligne le mercredi 5 mars 2031 à 16h05</p>'],
    ['a Japanese last-updated stamp', '<p>最終更新日：2031年5月3日</p>'],
    ['a Korean dotted date stamp', '<p>2031.05.03 10:15</p>'],
    ['a labelled Korean stamp', '<p>입력 2031.05.03 10:15</p>'],
    ['a Korean row of publication and revision stamps', '<p>입력 2031.05.03 10:15 수정 2031.05.03 11:20</p>'],
    ['a Korean date stamp in characters with its weekday', '<p>2031년 5월 3일 (토) 오후 3시 15분</p>'],
    ['a shop\'s German price footnote', '<p class="price-note"><small>* Alle Preise inkl. gesetzl. MwSt. zzgl. Versandkosten</small></p>'],
    ['a shop\'s English price footnote', '<p>*All prices include VAT, plus shipping</p>'],
  ])('drops %s', (_kind, label) => {
    const body = run(page(`<article>${prose('harbour')}${label}${prose('ferry')}</article>`)).body;
    expect(body).toContain('ferry report');
    expect(body.split('\n\n')).toHaveLength(2);
  });

  it('drops a table layout\'s row of a stamp and a views counter set apart by a bar, under the writer\'s line (rule "stamp and counter row")', () => {
    const sentence = 'Les paysans de la zone du fleuve attendent toujours les engrais promis pour la campagne de contre-saison, disent-ils.';
    const cell = `<td><font size="1">Par Awa Diop, à Niono<br>Mis en ligne le mercredi 5 mars 2031 à 16h05 | Lu 842 fois</font><br><br><font size="2">${sentence}<br><br>${sentence} ${sentence}<br><br>${sentence}</font></td>`;
    const body = run(page(`<table><tr><td><b>Engrais : les paysans attendent</b><br>${cell}</td></tr></table>`)).body;
    expect(body).toContain('Les paysans de la zone');
    expect(body).not.toContain('Lu 842 fois');
  });

  it('keeps a line that brackets a date after a clock, and three stamps in a row', () => {
    const told = '<p>Ferry at 10:15 (updated timetable 6 March 2031)</p><p>5 March 2031 | 6 March 2031 | 7 March 2031</p>';
    const body = run(page(`<article>${prose('harbour')}${told}${prose('ferry')}</article>`)).body;
    expect(body).toContain('updated timetable');
    expect(body).toContain('5 March 2031 | 6 March 2031 | 7 March 2031');
  });

  it('keeps a sentence that opens with a credit word and a dash before a date (rule "credit word without its name")', () => {
    const told = '<p>By - 12 votes to 3, the council approved the harbour plan on 05/03/2031.</p>';
    expect(run(page(`<article>${prose('harbour')}${told}${prose('ferry')}</article>`)).body).toContain('12 votes to 3');
  });

  it('keeps a month and a year that no review label precedes (rule "review schedule")', () => {
    const timeline = '<h3>Timeline</h3><p>March 2031</p><p>The harbour plan is approved by the council.</p>';
    expect(run(page(`<article>${prose('harbour')}${timeline}${prose('ferry')}</article>`)).body).toContain('March 2031');
  });

  it('drops a bare date listed in the post\'s details row above the story, and keeps a list of dates within it', () => {
    const details = '<ul><li>17. Okt. 2031</li><li>3 Min. Lesezeit</li></ul>';
    const dates = '<ul><li>12 March 2031</li><li>14 March 2031</li></ul>';
    const body = run(page(`<article>${details}${prose('harbour')}${dates}${prose('ferry')}</article>`)).body;
    expect(body).not.toContain('Okt.');
    expect(body).toContain('12 March 2031');
  });

  it.each([
    ['a sentence about advertising', '<p>Advertisement revenue fell.</p>', 'Advertisement revenue fell.'],
    ['a keyword line that is prose', '<p>Keywords: the report names three of them, and all concern the ferry.</p>', 'Keywords: the report names three'],
    ['a topics line that is a sentence', '<p>Topics: the council discussed housing, buses and the pool.</p>', 'Topics: the council discussed housing, buses and the pool.'],
    ['a sentence that opens with a share word', '<p>Share the road with cyclists, the police said.</p>', 'Share the road with cyclists, the police said.'],
    ['a tag line whose part ends a sentence', '<p>Tags: none were given.</p>', 'Tags: none were given.'],
    ['a sentence about reading time', '<p>It takes 6 minutes to read.</p>', 'It takes 6 minutes to read.'],
    ['a sentence that starts with a date', '<p>On 23.10.2031 the ferry sank.</p>', 'On 23.10.2031 the ferry sank.'],
    ['a month and year heading a timeline', '<h3>March 2031</h3>', 'March 2031'],
    ['a date heading a timeline', '<h3>12 March 2031</h3>', '12 March 2031'],
    ['a bare year', '<p>2031</p>', '2031'],
    ['a Japanese sentence that opens with a date', '<p>2031年5月3日に町が発表した。</p>', '2031年5月3日に町が発表した。'],
    ['a Chinese year heading a timeline', '<h3>2031年</h3>', '2031年'],
    ['a Chinese day and month with no year', '<p>5月3日</p>', '5月3日'],
    ['a sentence that starts with a home word and an arrow', '<p>Home &gt; the council said the ferry would be back in service by Monday, and then the harbour would reopen.</p>', 'ferry would be back'],
    ['an Arabic sentence that starts with a weekday', '<p>الأحد، 05 مارس 2031 افتتح الوزير الميناء الجديد</p>', 'افتتح الوزير الميناء الجديد'],
    ['a dated line with a note in parentheses that is not a time zone', '<p>05/03/2031 (the harbour board)</p>', '(the harbour board)'],
    ['a dated line whose dash leads on to a place', '<p>05/03/2031 - Harbour board meeting in Portree</p>', 'Harbour board meeting in Portree'],
    ['a dated line whose comma leads on to a sentence', '<p>Le 05/03/2031 à 18h05, la mairie a mis à jour le plan des pistes.</p>', 'la mairie a mis à jour le plan des pistes.'],
    ['a price', '<p>12.50</p>', '12.50'],
    ['a sentence that opens with a learn-more link', '<p><a href="/guide">Learn more</a> about the ferry timetable in the harbour guide.</p>', 'about the ferry timetable'],
    ['a score', '<p>Harbour 2 - 1 Ferry</p>', 'Harbour 2 - 1 Ferry'],
    ['a credit line with its name', '<p>Von: Lea Berger</p>', 'Von: Lea Berger'],
    ['a sentence that ends in a relative time', '<p>The ferry left 15 hours ago.</p>', 'The ferry left 15 hours ago.'],
    ['a sentence before a relative stamp', '<p>The ferry left the harbour. | 15 hours ago</p>', 'The ferry left the harbour.'],
    ['a Spanish sentence that ends in a relative time', '<p>El ferri salió del puerto hace 3 horas.</p>', 'El ferri salió del puerto hace 3 horas.'],
    ['an Arabic sentence that ends in a relative time', '<p>غادرت العبارة الميناء منذ 3 ساعات</p>', 'غادرت العبارة الميناء منذ 3 ساعات'],
    ['a sentence about a permalink', '<p>Permalinks such as https://harbour.example/p/1 never change.</p>', 'Permalinks such as'],
    ['a list of dates', '<ul><li>12 March 2031</li><li>14 March 2031</li></ul>', '12 March 2031'],
    ['a sentence about a yes or a no', '<p>Yes, no one expected the ferry.</p>', 'Yes, no one expected the ferry.'],
    ['a sentence about reading later', '<p>Read later, the report says more.</p>', 'Read later, the report says more.'],
    ['a sentence about a sponsor', '<p>The regatta, sponsored by the harbour board, starts at noon.</p>', 'sponsored by the harbour board'],
    ['a sentence about the next page', '<p>Next page of the report covers the ferry budget in detail.</p>', 'Next page of the report'],
    ['a sentence that starts with a credit word', '<p>By noon the ferry had left the harbour.</p>', 'By noon the ferry had left'],
    ['a sentence about watching', '<p>Watch now, the harbour master said, and the crowd did.</p>', 'Watch now, the harbour master said'],
    ['a sentence about photos', '<p>Photos of the flood were shared widely.</p>', 'Photos of the flood were shared widely.'],
    ['an Arabic sentence about a picture', '<p>صورة المدينة تغيرت كثيرا خلال السنوات الماضية.</p>', 'صورة المدينة تغيرت'],
    ['a sentence about picture sources', '<p>Bildquellen aus dem Hafenarchiv zeigen die alte Mole.</p>', 'Bildquellen aus dem Hafenarchiv'],
    ['a sentence that starts with a field label', '<p>Date: the council has not set one, and the ferry operators say they will wait.</p>', 'the council has not set one'],
    ['a price list', '<p>Adults: 34 € | Children: 12 €</p>', 'Adults: 34 €'],
    ['a story\'s footnote marked by an asterisk', '<p>* Name changed by the editors; the ferry pilot asked not to be named.</p>', 'Name changed by the editors'],
    ['a sentence that starts with a date label', '<p>Published: the council report, at last.</p>', 'Published: the council report'],
    ['a sentence that starts with "Read more"', '<p><a href="/harbour">Read more</a> about the harbour in our guide.</p>', 'about the harbour in our guide.'],
    ['an Arabic sentence that opens with the print word and a dash', '<p>طباعة - الكتب المدرسية بدأت في المطبعة الحكومية وعدد القراءات: 418</p>', 'الكتب المدرسية بدأت'],
    ['a sentence that starts with "Back to"', '<p>Back to the <a href="/harbour">harbour</a> they went.</p>', 'Back to the harbour they went.'],
    ['a sentence that starts with "Save"', '<p>Save the date: the ferry festival opens on Monday.</p>', 'Save the date'],
    ['a sentence that starts with "Made with"', '<p>Made with oak from the old pier, the new benches line the quay.</p>', 'Made with oak'],
    ['an Arabic sentence about reading time', '<p>زمن القراءة في المدارس ارتفع إلى ثلاث ساعات أسبوعيا.</p>', 'زمن القراءة في المدارس'],
  ])('keeps %s', (_kind, line, kept) => {
    expect(run(page(`<article>${prose('harbour')}${line}${prose('ferry')}</article>`)).body).toContain(kept);
  });

  it('drops a short lead-in that ends the body, having lost what it announced', () => {
    const body = run(page(`<article>${prose('harbour')}${prose('ferry')}<h2>Die Karte zum Abspeichern:</h2></article>`)).body;
    expect(body.endsWith('the next steps.')).toBe(true);
  });

  it.each([
    ['a Portuguese title over a playlist', '<div class="col"><p><strong>VÍDEOS: as últimas notícias do porto</strong></p></div><div class="col playlist-box"><div data-playlist="porto"></div></div>'],
    ['a German title over a playlist', '<p>Videos: Die Fähre legt zum letzten Mal ab</p>'],
  ])('drops %s that ends the body, its player gone', (_kind, ending) => {
    const body = run(page(`<article>${prose('harbour')}${prose('ferry')}${ending}</article>`)).body;
    expect(body.endsWith('the next steps.')).toBe(true);
  });

  it.each([
    ['a closing sentence that opens with a media label', '<p>Videos: the council has filmed every meeting since March.</p>', 'Videos: the council has filmed every meeting since March.'],
    ['the credit of a video', '<p>Video: Harbour Pictures</p>', 'Video: Harbour Pictures'],
  ])('keeps %s at the end of the body', (_kind, ending, kept) => {
    expect(run(page(`<article>${prose('harbour')}${prose('ferry')}${ending}</article>`)).body.endsWith(kept)).toBe(true);
  });

  it.each([['Pour aller plus loin'], ['More on this story'], ['Verwandte Artikel']])('drops the heading %s that ends the body, its links gone', (heading) => {
    const body = run(page(`<article>${prose('harbour')}${prose('ferry')}<h3>${heading}</h3></article>`)).body;
    expect(body.endsWith('the next steps.')).toBe(true);
  });

  it('drops an agency\'s "Más en …:" line and the link under it that close the copy (rule "more at the source")', () => {
    const more = '<p>Más en Andina:</p><p><a href="https://agency.example/noticia-ubinas">Volcán Ubinas: reportan leve actividad</a></p>';
    const body = run(page(`<article>${prose('harbour')}${prose('ferry')}${more}</article>`)).body;
    expect(body.endsWith('the next steps.')).toBe(true);
    expect(run(page(`<article>${prose('harbour')}<h3>Más en juego</h3>${prose('ferry')}</article>`)).body).toContain('Más en juego');
  });

  it('drops the title of a tag box that ends the body, its tag links gone', () => {
    const tagBox = '<div class="post-bottom-tags"><div class="post-bottom-tags-title">Etiquetas</div><span class="tagcloud"><a href="/tag/ferry/" rel="tag">Ferry</a></span></div>';
    const body = run(page(`<article>${prose('harbour')}${prose('ferry')}${tagBox}</article>`)).body;
    expect(body.endsWith('the next steps.')).toBe(true);
  });

  it('keeps a tag word that is a paragraph of the story', () => {
    expect(run(page(`<article>${prose('harbour')}<p>Etiquetas</p>${prose('ferry')}</article>`)).body).toContain('Etiquetas');
  });

  it.each([
    ['a closing line set as a heading', '<h3>The ferry sails again on Monday.</h3>', 'The ferry sails again on Monday.'],
    ['the heading of the article\'s sources', '<h3>Sources &amp; links</h3>', 'Sources & links'],
  ])('keeps %s at the end of the body', (_kind, ending, kept) => {
    expect(run(page(`<article>${prose('harbour')}${prose('ferry')}${ending}</article>`)).body.endsWith(kept)).toBe(true);
  });

  it.each([
    ['the list it announces', '<h2>What changes:</h2><ul><li>Fares</li><li>Timetables</li></ul>', 'What changes:'],
    ['the picture it announces', '<h2>The map:</h2><figure><img src="https://news.example/map.png" alt=""></figure>', 'The map:'],
    ['nothing, being a sentence of the story', '<p>The mayor, asked about the delays, would only say this, and then left:</p>', 'would only say this'],
  ])('keeps a lead-in followed by %s', (_kind, ending, kept) => {
    expect(run(page(`<article>${prose('harbour')}${prose('ferry')}${ending}</article>`)).body).toContain(kept);
  });
});

describe('credit lines under pictures', () => {
  it('moves a credit printed as a paragraph right after a picture onto that picture', () => {
    const result = run(page(`<article>${prose('harbour')}
      <figure><img src="/img/pier.jpg"></figure><p>© Harbour Pictures</p>
      ${prose('ferry')}
      <figure><img src="/img/dock.jpg"></figure><p>Lea Berger/Hafenarchiv</p>
      ${prose('tides')}</article>`));
    expect(result.body.split('\n\n')).toHaveLength(3);
    expect(result.images.map((image) => image.credit)).toEqual(['© Harbour Pictures', 'Lea Berger/Hafenarchiv']);
  });

  it('keeps a credit-shaped line that no picture precedes, and a sentence after a picture', () => {
    const result = run(page(`<article>${prose('harbour')}<p>Lea Berger/Hafenarchiv</p>
      <figure><img src="/img/pier.jpg"></figure><p>The pier/quay was rebuilt in 2031.</p>
      ${prose('ferry')}</article>`));
    expect(result.body).toContain('Lea Berger/Hafenarchiv');
    expect(result.body).toContain('The pier/quay was rebuilt in 2031.');
    expect(result.images.map((image) => image.credit)).toEqual([null]);
  });
});

describe('rule "other news"', () => {
  it('drops a legacy cell\'s "Inne wiadomości:" line and the links under it, between line breaks after the story', () => {
    const sentence = 'Rada powiatu przyjęła w czwartek budżet na przyszły rok, a radni opozycji zapowiedzieli poprawki do planu inwestycji.';
    const cell = `<td><h2>Budżet przyjęty</h2><p>${sentence} ${sentence}</p><p>${sentence}</p><hr><b>Inne wiadomości:</b><br><a href="/w.php?id=2">Kiermasz w Barcinie</a><br><a href="/w.php?id=3">Zebranie w Gąsawie</a><br></td>`;
    const body = run(page(`<table><tr>${cell}</tr></table>`)).body;
    expect(body).toContain('Rada powiatu');
    expect(body).not.toMatch(/Inne wiadomości|Kiermasz|Zebranie/);
  });

  it('drops a Romanian "Alte ştiri din …:" line in the cedilla letters and its links, each marked by a bullet typed before it (rule "the teaser\'s bullet")', () => {
    const sentence = 'Consilierii judeţeni au aprobat miercuri bugetul pentru drumuri, iar opoziţia a votat împotrivă după o dezbatere lungă.';
    const cell = `<td><h2>Bugetul aprobat</h2><p>${sentence} ${sentence}</p><p>${sentence}</p><hr><b>Alte ştiri din Administraţie:</b><br>&middot; <a href="/s.php?id=2">Piaţa centrală are administrator</a><br>&middot; <a href="/s.php?id=3">Taxele cresc din ianuarie</a><br></td>`;
    const body = run(page(`<table><tr>${cell}</tr></table>`)).body;
    expect(body).toContain('Consilierii judeţeni');
    expect(body).not.toMatch(/Alte ştiri|Piaţa centrală|Taxele cresc|·/);
  });

  it.each([
    ['Spanish', 'Otras noticias de Local', 'El cabildo aprobó el jueves el presupuesto del próximo año, y la oposición anunció enmiendas al plan de obras públicas.'],
    ['Italian', 'Altre notizie di Cronaca', 'Il consiglio comunale ha approvato giovedì il bilancio del prossimo anno, e l\'opposizione ha annunciato emendamenti.'],
    ['French', 'Autres articles de la rubrique', 'Le conseil municipal a adopté jeudi le budget de l\'an prochain, et l\'opposition a annoncé des amendements au plan.'],
  ])('drops the %s "other news" line title and the links under it, loose in the cell after the story', (_, heading, sentence) => {
    const cell = `<td><h2>Presupuesto</h2>${sentence}<br><br>${sentence}<br><br><b>${heading}</b><br><a href="/n/2">LINKONE feria del barrio</a><br><a href="/n/3">LINKTWO consulado abre citas</a></td>`;
    const body = run(page(`<table><tr>${cell}</tr></table>`)).body;
    expect(body).toContain(sentence.slice(0, 20));
    expect(body).not.toMatch(new RegExp(`${heading}|LINKONE|LINKTWO`));
  });

  it('drops an Albanian "Lajme të tjera nga …:" line and its links after the story (rule "Albanian other news")', () => {
    const sentence = 'Tregu i ri u hap të enjten me 120 tezga, ku fermerët e zonës shesin prodhimet pa paguar qira gjatë vitit të parë.';
    const cell = `<td><h2>Tregu i ri</h2><p>${sentence} ${sentence}</p><p>${sentence}</p><hr><b>Lajme të tjera nga Ekonomia:</b><br>&middot; <a href="/l.php?id=2">Çmimi i mollës bie</a><br>&middot; <a href="/l.php?id=3">Fabrika rrit prodhimin</a><br></td>`;
    const body = run(page(`<table><tr>${cell}</tr></table>`)).body;
    expect(body).toContain('Tregu i ri u hap');
    expect(body).not.toMatch(/Lajme të tjera|Çmimi i mollës|Fabrika rrit|·/);
  });
});

describe('a match ticker\'s minute marks (rule "ticker\'s minute marks")', () => {
  it.each([
    ['German', ['90.+5\'', '88\'', '57\''], 'Der Kapitän verwandelt den Foulelfmeter sicher links unten, und das Stadion feiert den Ausgleich lange und laut.'],
    ['Spanish', ['90+4\'', '45+1\'', '12\''], 'Iturriaga recibe en la frontal, se acomoda a la izquierda y la pone junto al palo, sin opción para el portero local.'],
  ])('drops the %s minute lines that stand over each entry, and keeps the entries', (_language, minutes, sentence) => {
    const entries = minutes.map((minute, index) => `<div class="entry"><span class="min">${minute}</span><p>${sentence} (${index + 1})</p></div>`).join('');
    const body = run(page(`<article><h1>Ticker</h1>${prose('match')}<div class="ticker">${entries}</div></article>`)).body;
    expect(body).toContain(`${sentence} (3)`);
    for (const minute of minutes) expect(body.split('\n\n')).not.toContain(minute);
  });
});

describe('a live ticker\'s score with the match\'s state (rule "score with the match\'s state")', () => {
  it.each([
    ['German, after the live badge', '<div class="spielstand"><span class="live">LIVE</span> <span>Endstand</span> <strong>2:1</strong> <span>(0:1)</span></div>', 'LIVE Endstand'],
    ['English', '<p>Full time 2-1</p>', 'Full time'],
  ])('drops the %s line over the entries', (_kind, box, line) => {
    const body = run(page(`<article><h1>Ticker</h1>${box}${prose('match')}${prose('ground')}</article>`)).body;
    expect(body).toContain('The match report');
    expect(body).not.toContain(line);
  });

  it('keeps a sentence that gives the score', () => {
    const body = run(page(`<article><h1>Ticker</h1><p>Full time came with the score at 2-1, and the home side celebrated.</p>${prose('match')}</article>`)).body;
    expect(body).toContain('Full time came with the score at 2-1');
  });
});
