import { load } from 'cheerio/slim';
import { readAboutAuthorBox, readAuthorLinkBox, readBylines, readDutyEditorCredits, readEditorCredits, readHiddenAccount, readJapaneseClosingCredit, readSignature, readUnmarkedBylines, readWriterNote } from '../../../lambdas/extract/metadata/bylines';
import { indexedPage } from '../../support/indexed-page';

describe('readBylines', () => {
  it('reads the byline after the headline, not author names in teasers or sidebars', () => {
    expect(readBylines(indexedPage(`<body><div class="teaser"><span class="author">Teaser Author</span></div><h1>Title</h1>
      <div class="byline">By <a rel="author" href="/author/jane">Jane Doe</a> and <a rel="author" href="/author/john">John Roe</a></div>
      <aside class="sidebar"><span class="author">Sidebar Author</span></aside></body>`))).toEqual(['Jane Doe and John Roe']);
  });

  it('reads an unmarked line that opens with the participle of "written by" in French, Spanish, Italian or German (rule "written by, in Romance and German")', () => {
    const line = (credit: string) => readUnmarkedBylines(indexedPage(`<h1>Le pont rouvre</h1><p>${credit}</p><p>${'Le pont a rouvert lundi après deux ans de travaux. '.repeat(4)}</p>`));
    expect(line('Écrit par Jeanne Dupont')).toEqual(['Écrit par Jeanne Dupont']);
    expect(line('Rédigé par Jeanne Dupont')).toEqual(['Rédigé par Jeanne Dupont']);
    expect(line('Escrito por Juan Pérez')).toEqual(['Escrito por Juan Pérez']);
    expect(line('Scritto da Giulia Ferraro')).toEqual(['Scritto da Giulia Ferraro']);
  });

  it('reads no byline out of a sentence that opens with the credit words and runs on in a clause (rule "sentence opening with a credit")', () => {
    const line = (text: string) => readUnmarkedBylines(indexedPage(`<h1>Les Misérables</h1><p>${text}</p><p>${'The musical opened in London in 1985 and has run ever since. '.repeat(4)}</p>`));
    expect(line('Written by Victor Hugo in 1862, the novel follows the life of Jean Valjean.')).toEqual([]);
    expect(line('Écrit par Victor Hugo en 1862, ce roman raconte la vie de Jean Valjean.')).toEqual([]);
    // A comma that leads to the writer's role is a byline's.
    expect(line('By Jane Doe, staff writer.')).toEqual(['By Jane Doe, staff writer.']);
  });

  it('reads the writer\'s credit a Joomla details list sets as a description (rule "details list")', () => {
    expect(readBylines(indexedPage(`<body><h1>جامعة سطيف تفتح أول ماستر</h1><dl class="article-info"><dt>التفاصيل</dt>
      <dd class="createdby">بقلم: كريم بن علي</dd><dd class="published">نشر في: 04 ديسمبر 2026</dd></dl><p>نص</p></body>`))).toEqual(['بقلم: كريم بن علي']);
    expect(readBylines(indexedPage(`<body><h1>Harbour plan</h1><dl class="article-info"><dd class="createdby">Written by Jane Doe</dd></dl><p>Story text.</p></body>`))).toEqual(['Written by Jane Doe']);
  });

  it('reads no writer from a box named for an authority (rule "authority is no author")', () => {
    expect(readBylines(indexedPage(`<body><h1>Harbour plan</h1><p>Story text.</p><div class="local-authority">Port Council</div>
      <table><tr><th id="Authority_control"><a href="/wiki/Help:Authority_control">Authority control</a></th></tr></table>
      <div class="autoridad">Ministerio de Obras</div><div class="post-autor">Jane Doe</div></body>`))).toEqual(['Jane Doe']);
  });

  it('reads no writer from the section trail among rows the template names byline (rule "trail in the byline rows")', () => {
    expect(readBylines(indexedPage(`<body><h1>Single at Christmas</h1><p>Story text.</p><div class="story-footer">
      <div class="byline breadcrumbs"><a class="crumb" href="/christmas">Christmas</a> • <a class="crumb" href="/love">Love & Dating</a></div>
      <div class="byline contributors"><a href="/author/jane-doe">Jane Doe</a></div></div></body>`))).toEqual(['Jane Doe']);
  });

  it('reads the agency\'s closing credits in brackets as a byline (rule "bracketed agency credits"), not another bracketed note', () => {
    const story = '<p>The council approved the new harbour plan on Tuesday after a two-hour debate, clearing the way for the work.</p>';
    expect(readBylines(indexedPage(`<body><h1>Harbour plan</h1>${story}<p>(Reporting by Jane Doe in Mumbai; Editing by John Roe)</p></body>`)))
      .toEqual(['(Reporting by Jane Doe in Mumbai; Editing by John Roe)']);
    expect(readBylines(indexedPage(`<body><h1>Harbour plan</h1>${story}<p>(By the harbour, Jane Doe waited)</p></body>`))).toEqual([]);
  });

  it('reads no writer from a card the template hides beside the shown one (rule "hidden beside the shown byline")', () => {
    const card = (name: string, hiding = '') => `<div class="post-header_author${hiding}"><img src="/p.jpg" alt=""><div><div class="name">${name}</div><div>Data Analyst</div></div></div>`;
    expect(readBylines(indexedPage(`<body><h1>Where the minutes go</h1><div class="post-header_author-wrapper">${card('Jane Doe')}${card('John Roe', ' w-condition-invisible')}
      <div class="date">Nov 13, 2025</div></div></body>`))).not.toContain('John Roe');
    expect(readBylines(indexedPage(`<body><h1>Where the minutes go</h1><div class="meta">${card('Jane Doe')}<div class="post-header_author" style="display:none">John Roe</div></div></body>`)))
      .not.toContain('John Roe');
    expect(readBylines(indexedPage(`<body><h1>Where the minutes go</h1><div class="post-header_author-wrapper">${card('Jane Doe')}${card('John Roe')}</div></body>`)))
      .toContain('John Roe');
  });

  it('reads a roundup\'s "Compiled by" line under the headline as its byline', () => {
    expect(readBylines(indexedPage(`<body><h1>Weekend roundup</h1><p>Compiled by Jane Doe</p>
      <p>The council approved the new harbour plan on Tuesday after a two-hour debate, clearing the way for the work.</p></body>`))).toEqual(['Compiled by Jane Doe']);
  });

  it('reads a community item\'s "Submitted by" and "Contributed by" lines as its byline (rule "submitted by")', () => {
    const story = '<p>The council approved the new harbour plan on Tuesday after a two-hour debate, clearing the way for the work.</p>';
    expect(readBylines(indexedPage(`<body><h1>Rotary club plants trees</h1><p class="submitted">Submitted by Jane Doe on Sat, 12/05/2026 - 10:00</p>${story}</body>`)))
      .toEqual(['Submitted by Jane Doe on Sat, 12/05/2026 - 10:00']);
    expect(readBylines(indexedPage(`<body><h1>Rotary club plants trees</h1><p><em>Contributed by John Roe</em></p>${story}</body>`))).toEqual(['Contributed by John Roe']);
  });

  it('reads a French interview\'s "Propos recueillis par" line under the chapô as its byline, the date after its line break (rule "words gathered by")', () => {
    const story = '<p>Le conseil municipal a voté fin novembre une étude sur l\'avenir de la station, qui n\'a pas vu un flocon.</p>';
    expect(readBylines(indexedPage(`<body><h1>Entretien avec le maire</h1><p>Le maire revient sur l'avenir de la station.</p>
      <div class="infos">Propos recueillis par <a href="/auteurs/jane-doe">Jane Doe</a><br>Publié le 03/12/2031 à 18h05</div>${story}</body>`))).toEqual(['Propos recueillis par Jane Doe']);
    expect(readBylines(indexedPage(`<body><h1>Entretien avec le maire</h1><div>Propos recueillis auprès des habitants du village</div>${story}</body>`))).toEqual([]);
  });

  it('reads no writer from a reader\'s letter on a letters page, its writer named for the letter (rule "reader\'s letter"), and reads a newsletter\'s byline', () => {
    const story = '<p>The council voted on Tuesday to spend the money on the harbour wall, after two years of argument about who should pay for the repairs.</p>';
    expect(readBylines(indexedPage(`<body><h1>Letters to the editor</h1><div class="letter"><h3>Pay for the wall</h3>${story}<p class="letter-byline">Margaret Lyle, Port Ewen</p></div>
      <div class="letter"><h3>Keep the library open</h3>${story}<p class="letter__author">Tom Reyes</p></div></body>`))).toEqual([]);
    expect(readBylines(indexedPage(`<body><h1>The week in harbour news</h1><div class="newsletter-byline">Jane Doe</div>${story}</body>`))).toEqual(['Jane Doe']);
    expect(readBylines(indexedPage(`<body><h1>The week in harbour news</h1><div class="byline letter-spacing-1">Jane Doe</div>${story}</body>`))).toEqual(['Jane Doe']);
  });

  it('reads a labelled Cyrillic byline and a Taiwanese reporter credit under the headline, whatever their class', () => {
    expect(readBylines(indexedPage('<h1>T</h1><div class="info">Автор: Иван Петров</div>'))).toEqual(['Автор: Иван Петров']);
    expect(readBylines(indexedPage('<h1>T</h1><div class="info">〔記者王志明／台中報導〕</div>'))).toEqual(['〔記者王志明／台中報導〕']);
    expect(readBylines(indexedPage('<h1>T</h1><p>記者王志明、林美玲／台北報導</p>'))).toEqual(['記者王志明、林美玲／台北報導']);
  });

  it('reads the Sorani Kurdish "writer:" line as a byline, whatever its class', () => {
    expect(readBylines(indexedPage('<h1>T</h1><div class="meta">نووسەر: ئاراس محەمەد</div>'))).toEqual(['نووسەر: ئاراس محەمەد']);
  });

  it('reads the Russian interviewer\'s credit and the Thai "written by" line as bylines, whatever their class', () => {
    expect(readBylines(indexedPage('<h1>T</h1><div class="news-detail__prop">Беседовал: Дмитрий Орлов</div>'))).toEqual(['Беседовал: Дмитрий Орлов']);
    expect(readBylines(indexedPage('<h1>T</h1><p class="x">เขียนโดย ปิยะพร ศรีสุข</p>'))).toEqual(['เขียนโดย ปิยะพร ศรีสุข']);
    // Without its colon the word opens a sentence.
    expect(readBylines(indexedPage('<h1>T</h1><p class="x">Беседовал с ним долго</p>'))).toEqual([]);
  });

  it('reads a portal\'s "Contributor:" line as a byline, whatever its class, and the word without its colon as no label', () => {
    expect(readBylines(indexedPage('<h1>T</h1><div class="info"><strong>Contributor:</strong> Kofi Mensah, Accra</div>'))).toEqual(['Contributor: Kofi Mensah, Accra']);
    expect(readBylines(indexedPage('<h1>T</h1><p class="x">Contributor pay rises again</p>'))).toEqual([]);
  });

  it('reads a byline whose class names the writer in the site\'s language', () => {
    expect(readBylines(indexedPage('<h1>T</h1><span class="nom-auteur">Claire Dubois</span><p>Texte.</p>'))).toEqual(['Claire Dubois']);
    expect(readBylines(indexedPage('<h1>T</h1><div class="penulis">Budi Santoso</div><p>Teks.</p>'))).toEqual(['Budi Santoso']);
  });

  it('reads a line classed "by" as the byline, the whole token only (rule "class named by")', () => {
    expect(readBylines(indexedPage('<h1>T</h1><div class="submitted"><span class="by">ليلى بن علي</span> - <span class="photos">صور: رضا قاسمي</span></div><p>نص.</p>'))).toEqual(['ليلى بن علي']);
    expect(readBylines(indexedPage('<h1>T</h1><div class="ten columns offset-by-one">Lucía Roldán Pérez</div><p>Texto.</p>'))).toEqual([]);
    expect(readBylines(indexedPage('<h1>T</h1><span class="submitted-by">Submitted on Mon, 2019-01-21 13:49</span><p>Text.</p>'))).toEqual([]);
  });

  it('reads a byline box named for the signature, "firma", as a whole word of its class only (rule "signature class")', () => {
    expect(readBylines(indexedPage('<h1>T</h1><div class="firma">Lucía Roldán Pérez</div><p>Texto.</p>'))).toEqual(['Lucía Roldán Pérez']);
    expect(readBylines(indexedPage('<h1>T</h1><div class="noticia-firma">Lucía Roldán Pérez</div><p>Texto.</p>'))).toEqual(['Lucía Roldán Pérez']);
    expect(readBylines(indexedPage('<h1>T</h1><div class="confirmation">Thank You Kindly</div><p>Text.</p>'))).toEqual([]);
    expect(readBylines(indexedPage('<h1>T</h1><div class="firmas">Lucía Roldán Pérez</div><p>Texto.</p>'))).toEqual([]);
  });

  it('reads the Catalan "signatura" box, and the names boxed inside it rather than the box (rule "Catalan signature box")', () => {
    expect(readBylines(indexedPage('<h1>T</h1><p class="signatura">Laia Puig Serra<br>Publicat el 3 de desembre de 2026</p><p>Text.</p>'))).toEqual(['Laia Puig Serra']);
    expect(readBylines(indexedPage('<h1>T</h1><div class="signatura"><span class="autors">per <strong>Laia Puig</strong></span> <span class="lloc">Mataró</span></div><p>Text.</p>'))).toEqual(['per Laia Puig']);
  });

  it('reads a byline box named by the writer\'s word in Turkish, the Nordic languages and Arabic as a whole part of its class (rule "writer\'s word as a whole part")', () => {
    expect(readBylines(indexedPage('<h1>T</h1><div class="yazar">Mehmet Yılmaz</div><p>Metin.</p>'))).toEqual(['Mehmet Yılmaz']);
    expect(readBylines(indexedPage('<h1>T</h1><span class="haber-muhabir">Ayşe Demir</span><p>Metin.</p>'))).toEqual(['Ayşe Demir']);
    expect(readBylines(indexedPage('<h1>T</h1><div class="artikkel-forfatter">Mette Hansen</div><p>Tekst.</p>'))).toEqual(['Mette Hansen']);
    expect(readBylines(indexedPage('<h1>T</h1><div class="kirjoittaja">Matti Virtanen</div><p>Teksti.</p>'))).toEqual(['Matti Virtanen']);
    // The plural names the paper's columnists beside the story.
    expect(readBylines(indexedPage('<h1>T</h1><p>Metin.</p><div class="kose-yazarlari">Mehmet Yılmaz</div>'))).toEqual([]);
  });

  it('reads the columnist\'s box of an opinion page, but not the paper\'s list of columnists or the writer\'s other columns (rule "columnist\'s box")', () => {
    expect(readBylines(indexedPage('<div class="columnista"><img src="/c/lr.jpg" alt=""><a class="columnista__nombre" href="/opinion/lr/">Lucía Roldán Pérez</a></div><h1>T</h1><p>Texto.</p>'))).toEqual(['Lucía Roldán Pérez']);
    expect(readBylines(indexedPage('<h1>T</h1><div class="columnist-name">Jane Roe</div><p>Text.</p>'))).toEqual(['Jane Roe']);
    expect(readBylines(indexedPage('<h1>T</h1><p>Texto.</p><div class="columnistas">Lucía Roldán Pérez</div>'))).toEqual([]);
    expect(readBylines(indexedPage('<h1>T</h1><p>Texto.</p><div class="columnista-mas"><h3>Más columnas</h3><ul><li><a href="/opinion/la-feria/">La Feria y el tráfico</a></li><li><a href="/opinion/el-bus/">El bus rápido</a></li></ul></div>'))).toEqual([]);
  });

  it('reads a name and the agency or the place after it in a box beside the date, and not a name and other words', () => {
    const row = (credit: string) => `<h1>T</h1><div class="i2Info"><span class="i2A">${credit}</span> <span class="i2D">12. března 2025 14:05</span></div>`;
    expect(readBylines(indexedPage(row('Jana Dvořáková, ČTK')))).toEqual(['Jana Dvořáková, ČTK']);
    expect(readBylines(indexedPage(row('Jana Dvořáková / dpa')))).toEqual(['Jana Dvořáková / dpa']);
    expect(readBylines(indexedPage(row('Jana Dvořáková, Olomouc')))).toEqual(['Jana Dvořáková, Olomouc']);
    expect(readBylines(indexedPage(row('Jana Dvořáková, jaro v Olomouci')))).toEqual([]);
  });

  it('reads the names a reader view prints alone in its credits row right under the headline (rule "credits row under the headline")', () => {
    const view = (credits: string, between = '') => `<div class="reader-header"><h1 class="reader-title">Orchard plants grapes</h1>${between}
      <div class="credits reader-credits">${credits}</div></div><div class="content"><p>For a hundred years the family has grown apples on the slopes.</p></div>`;
    expect(readBylines(indexedPage(view('Jane Doe')))).toEqual(['Jane Doe']);
    expect(readBylines(indexedPage(view('Jane Doe and John Roe')))).toEqual(['Jane Doe and John Roe']);
    // Words that are no names, or a credits box that is not the headline's next element, are a picture's credit.
    expect(readBylines(indexedPage(view('Photos courtesy of the family archive')))).toEqual([]);
    expect(readBylines(indexedPage(view('Jane Doe', '<img src="/orchard.jpg" alt="">')))).toEqual([]);
  });

  it('reads a name with its abbreviated title in a box beside the date, across the dot the row sets between its fields', () => {
    const row = (between: string) => `<h1>T</h1><div class="meta"><span>د. سامي الرشيد</span>${between}<span>08-03-2026</span></div><p>نص المقال.</p>`;
    expect(readBylines(indexedPage(row(' · ')))).toEqual(['د. سامي الرشيد']);
    expect(readBylines(indexedPage(row('')))).toEqual(['د. سامي الرشيد']);
    // Words between the boxes make a line the byline-word rules read.
    expect(readBylines(indexedPage(row(' نشر في ')))).toEqual([]);
  });

  it('reads a name in a box beside the date across a separator set in a box of its own (rule "separator in a box of its own")', () => {
    const row = (between: string) => `<h1>T</h1><div class="post-meta"><span class="who">ريتا خوري</span>${between}<span class="on">الجمعة 4 كانون الأول 2026 | 13:05</span></div><p>نص الخبر.</p>`;
    expect(readBylines(indexedPage(row('<span class="sep">|</span>')))).toEqual(['ريتا خوري']);
    expect(readBylines(indexedPage(row('<span class="sep">·</span>')))).toEqual(['ريتا خوري']);
    // A box of words between the name and the date is a field of its own, and the name is beside no date.
    expect(readBylines(indexedPage(row('<span class="place">بيروت</span>')))).toEqual([]);
  });

  it('reads a name in a box over the date\'s box, whose date opens with the label "نشر في" (published on)', () => {
    const page = (label: string) => `<h1>T</h1><div class="signature">ن. بلقاسمي</div><div class="datepub">${label} 04 ديسمبر 2026 على الساعة 17:45</div><p>نص الخبر.</p>`;
    expect(readBylines(indexedPage(page('نشر في')))).toEqual(['ن. بلقاسمي']);
    expect(readBylines(indexedPage(page('نُشر في')))).toEqual(['ن. بلقاسمي']);
    // A box of other words over the date is no credit.
    expect(readBylines(indexedPage(page('زار الوزير الولاية في')))).toEqual([]);
  });

  it('reads a Swiss "Name, Ort" box beside the date under a dek set in the headline\'s box', () => {
    expect(readBylines(indexedPage(`<body><div class="css-h"><h1>Der Bundesrat will das Budget schneller erhöhen</h1><p class="css-l">Die Regierung schlägt vor,
      das Budget bis 2030 anzuheben. Finanziert werden soll das über Kürzungen an anderer Stelle, was im Parlament für Streit sorgen dürfte.</p></div>
      <div class="css-m"><div class="css-a"><span>Jane Doe</span>, <span>Bern</span></div><div class="css-d"><time datetime="2026-12-01T04:30:00Z">01.12.2026, 05.30 Uhr</time></div></div>
      <p>Die Vorlage geht nun in die Vernehmlassung, die bis zum Frühjahr dauert; erst danach entscheidet das Parlament über das Geschäft.</p></body>`))).toEqual(['Jane Doe, Bern']);
  });

  it('reads the byline line of a byline that marks each writer and joins them with "and" as one credit', () => {
    expect(readBylines(indexedPage(`<h1>T</h1><div class="c-byline">by <span class="c-byline__author-name"><a href="/authors/jane-doe">Jane Doe</a></span>
      and <span class="c-byline__author-name"><a href="/authors/john-roe">John Roe</a></span> <time>Jun 4, 2024, 8:00am EDT</time></div>`))).toEqual(['Jane Doe and John Roe']);
    expect(readBylines(indexedPage(`<h1>T</h1><div class="author-section">By <a class="author" href="/s?a=1">JANE DOE FOR EXAMPLEONLINE</a>
      and <a class="author" href="/s?a=2">JOHN ROE, NORTHERN CORRESPONDENT</a></div>`))).toEqual(['JANE DOE FOR EXAMPLEONLINE and JOHN ROE, NORTHERN CORRESPONDENT']);
  });

  it('reads writers marked one element each and joined by a comma in one row as one credit, and apart when other words stand between', () => {
    const row = (between: string) => readBylines(indexedPage(`<article><h1>T</h1><p class="post-meta"><time>Oct 15, 2031</time> • <span itemprop="author"><span itemprop="name">Jane Doe</span></span>${between}
      <span itemprop="author"><span itemprop="name">John Roe</span></span></p><p>Text of the story.</p></article>`));
    expect(row(',')).toEqual(['Jane Doe, John Roe']);
    expect(row(' · Photos:')).toEqual(['Jane Doe', 'John Roe']);
  });

  it('reads a station video page\'s producer credit as its byline, and not a producer named after the presenter (rule "producer\'s credit")', () => {
    expect(readUnmarkedBylines(indexedPage('<h1>T</h1><div class="video-meta"><span class="producer">Produced by <a href="/staff/jane">Jane Doe</a></span> | <time>4:20 PM</time></div><p>Text of the story.</p>')))
      .toEqual(['Produced by Jane Doe']);
    expect(readUnmarkedBylines(indexedPage('<h1>T</h1><div class="video-meta"><span>Reported by Jane Doe</span> | <time>4:20 PM</time></div><p>Text of the story.</p>')))
      .toEqual(['Reported by Jane Doe']);
    expect(readUnmarkedBylines(indexedPage('<h1>T</h1><p class="credits">Presented by Jane Doe · Produced by John Roe</p><p>Text of the story.</p>'))).toEqual([]);
  });

  it('reads the unmarked credit line of the text, not the line of the marked byline (rule "placeholder byline")', () => {
    const $ = load(`<article><div class="entry-meta"><span class="byline"> von <span class="author vcard"><a class="url fn n" href="/author/redaktion/">Redaktion</a></span></span></div>
      <h1>T</h1><div class="entry-content"><p><em>Text: Jane Doe | Fotos: John Roe</em></p><p>Text of the story.</p></div></article>`);
    expect(readBylines(indexedPage($))).toEqual(['Redaktion']);
    expect(readUnmarkedBylines(indexedPage($))).toEqual(['Text: Jane Doe | Fotos: John Roe']);
  });

  it('reads no city before the writer out of a share row whose network links touch (rule "share label is no city")', () => {
    const share = (label: string) => readUnmarkedBylines(indexedPage(`<h1>T</h1><div class="share-bar"><span>${label}</span><a href="#">فيسبوك</a><a href="#">إكس</a><a href="#">نسخ الرابط</a></div>
      <p>${'نص الخبر هنا. '.repeat(20)}</p>`));
    expect(share('شارك:')).toEqual([]);
    expect(share('تابعنا:')).toEqual([]);
    expect(readUnmarkedBylines(indexedPage(`<h1>T</h1><div class="meta"><span>الرياض: فهد القحطاني</span></div><p>${'نص الخبر هنا. '.repeat(20)}</p>`))).toEqual(['الرياض: فهد القحطاني']);
  });

  it('reads the agency reporter\'s line that opens the text under a desk account\'s byline (rule "the agency\'s reporter")', () => {
    const line = (credit: string) => readUnmarkedBylines(indexedPage(`<h1>Desemprego cai</h1><p><strong>${credit}</strong></p><p>${'A taxa de desemprego caiu no trimestre encerrado em outubro. '.repeat(4)}</p>`));
    expect(line('Luiza Tavares - Repórter da Agência Brasil')).toEqual(['Luiza Tavares - Repórter da Agência Brasil']);
    expect(line('Ana Ruiz – Redactora de EFE')).toEqual(['Ana Ruiz – Redactora de EFE']);
    // A post that names no agency is no credit line.
    expect(line('Luiz Inácio - Presidente do Brasil')).toEqual([]);
  });

  it('reads a WordPress byline in the footer of the article that holds the headline, not in the site\'s footer', () => {
    expect(readBylines(indexedPage(`<body><article><h1 class="entry-title">T</h1><div class="entry-content"><p>Text of the essay.</p></div>
      <footer class="entry-footer"><span class="byline"><span class="author vcard"><a class="url fn n" href="/author/jane-doe/">Jane Doe</a></span></span></footer></article>
      <footer class="site-footer"><span class="author">Site Owner</span></footer></body>`))).toEqual(['Jane Doe']);
  });

  it('reads the byline in the footer of the story\'s section, with no <article> around it, as one list past a note in brackets (rules "the article\'s footer", "note after a listed name")', () => {
    expect(readBylines(indexedPage(`<body><main><section class="zone"><h1>T</h1><section class="wrapper"><p>Text of the story.</p>
      <footer class="article-footer"><div class="author"><span><a class="author-link" href="/writers/jane-doe/">Jane Doe</a> <span>(Paris, correspondent)</span></span>
      <span> and <a class="author-link" href="/writers/john-roe/">John Roe</a></span></div></footer></section></section></main>
      <footer class="site-footer"><span class="author">Site Owner</span></footer></body>`))).toEqual(['Jane Doe (Paris, correspondent) and John Roe']);
  });

  it('cuts the place, the post or the date a byline marks after the name, run together with it or not (rules "marked place after the name", "marked post or date after the name")', () => {
    const byline = (inner: string) => readBylines(indexedPage(`<h1>T</h1><div class="firma">${inner}</div><p>Text</p>`));
    expect(byline('<span>Jordi Camprubí Soler</span><span class="lugar">Barcelona</span><time datetime="2026-12-05T13:47:00+01:00">05/12/2026 13:47</time>')).toEqual(['Jordi Camprubí Soler']);
    expect(byline('<span>Mélodie Turcotte</span><span class="auteur-titre">Le Courrier de l\'Estrie</span>')).toEqual(['Mélodie Turcotte']);
    expect(byline('<strong>Vicent Llorca</strong> <span class="fecha">Altea, 02/12/2026 - 09:05</span>')).toEqual(['Vicent Llorca']);
    // A field class around the name itself cuts nothing: what would stay before it names no one.
    expect(byline('Por <span class="card-title">Jane Doe</span>')).toEqual(['Por Jane Doe']);
  });

  it('reads the name apart from the date a byline row sets in the box beside it, with no space between the tags (rule "the row\'s fields apart")', () => {
    expect(readBylines(indexedPage('<h1>T</h1><div class="news-byline"><span>مريم عبدالله</span><span>السبت 06 ديسمبر 2026 - 12:00 م</span></div><p>نص</p>')))
      .toEqual(['مريم عبدالله السبت 06 ديسمبر 2026 - 12:00 م']);
    expect(readBylines(indexedPage('<h1>T</h1><div class="byline">By <span>Jane Doe</span></div><p>Text</p>'))).toEqual(['By Jane Doe']);
  });

  it('reads no reviewer whose credit the byline\'s sentence labels after the writer\'s', () => {
    const byline = (inner: string) => readBylines(indexedPage(`<h1>T</h1><p class="byline">${inner}</p><p>Text</p>`));
    expect(byline('By <a href="/author/jane-doe/">Jane Doe</a> | Fact-checked by <a href="/author/john-roe/">John Roe</a>')).toEqual(['Jane Doe']);
    expect(byline('By <a href="/author/jane-doe/">Jane Doe</a> · Reviewed by <a href="/author/john-roe/">John Roe</a>')).toEqual(['Jane Doe']);
    expect(byline('By <a href="/author/jane-doe/">Jane Doe</a> and <a href="/author/john-roe/">John Roe</a>')).toEqual(['Jane Doe and John Roe']);
  });

  it('reads each writer of a Drupal authors field, whose class names the field, not a name (rule "Drupal\'s field name")', () => {
    expect(readBylines(indexedPage(`<h1>T</h1><div class="hero__authors">
      <div class="field field--name-field-authors field__items">
        <div class="field__item"><a href="/experts/jane-doe">Jane Doe</a></div>
        <div class="field__item"><a href="/experts/john-roe">John Roe</a></div>
      </div></div><p>Text</p>`))).toEqual(['Jane Doe', 'John Roe']);
    expect(readBylines(indexedPage('<h1>T</h1><div class="byline">By <span class="author-name">Jane Doe</span></div><p>Text</p>'))).toEqual(['Jane Doe']);
  });

  it('reads the co-writers a paper adds in brackets after the linked writer (rule "co-writers in brackets")', () => {
    const byline = (after: string) => `<h1>T</h1><p class="meta"><span class="signature_article">Par <span class="auteur"><a class="auteur" href="/journaliste/martin-roe/">Martin Roe</a> ${after}</span></span></p><p>Text</p>`;
    expect(readBylines(indexedPage(byline('(avec Damien Doe et Léa Poe)')))).toEqual(['Martin Roe (avec Damien Doe et Léa Poe)']);
    expect(readBylines(indexedPage(byline('(with Jane Doe)')))).toEqual(['Martin Roe (with Jane Doe)']);
    // An agency or a note in the brackets is no co-writer: the linked writer stands alone.
    expect(readBylines(indexedPage(byline('(avec AFP)')))).toEqual(['Martin Roe']);
    expect(readBylines(indexedPage(byline('(with reporting from Kyiv)')))).toEqual(['Martin Roe']);
  });

  it('reads the byline\'s own line before the break that sets the date under it', () => {
    const signature = (credit: string) => `<h1>T</h1><p class="signature">${credit}<br>Article publié le 14/06/2011 à 09h12 | Mis à jour le 15/06/2011 à 17h05</p>`;
    expect(readBylines(indexedPage(signature('Par Jane Doe (avec AFP)')))).toEqual(['Par Jane Doe (avec AFP)']);
    expect(readBylines(indexedPage(signature('Par Jane Doe')))).toEqual(['Par Jane Doe']);
    expect(readBylines(indexedPage('<h1>T</h1><p>By JANE DOE<br>and JOHN ROE</p>'))).not.toEqual(['By JANE DOE']);
  });

  it('reads the byline word and the name set in bold at the head of the date line', () => {
    expect(readBylines(indexedPage('<h1>T</h1><div class="info">di <strong>Jane Doe</strong> &middot; Pubblicato: Mar, 14 Nov 2017 alle 18:22 &middot; Aggiornato: Mer, 15 Nov 2017 alle 09:05</div>')))
      .toEqual(['di Jane Doe']);
  });

  it('reads the writer of a Russian credit and not the photographer it names after "фото:"', () => {
    expect(readBylines(indexedPage('<h1>T</h1><span class="article__authors">Текст: <a href="/authors/a/">Ольга Иванова</a>, фото: <a href="/authors/b/">Игорь Петров</a></span>')))
      .toEqual(['Ольга Иванова']);
  });

  it('reads a field whose id names the writer, and a meta row\'s field opened by a person icon after the headline', () => {
    expect(readBylines(indexedPage('<span id="lblTitle">T</span><span id="ctl00_lblWriter">الخرطوم: عوض الكريم حسن</span> | <span id="ctl00_lblDate">28/11/2026</span>')))
      .toEqual(['الخرطوم: عوض الكريم حسن']);
    // A heading so named heads the writer's own page, which the template also serves.
    expect(readBylines(indexedPage('<h1>T</h1><h2 id="ifAuthor">Política Nacional</h2><p>Text.</p>'))).toEqual([]);
    const row = (icon: string, field = 'الرياض - فهد القحطاني') => `<h1>T</h1><div class="flex"><span class="flex gap-1"><i class="${icon}"></i>${field}</span>
      <span class="flex gap-1"><i class="icon-cal"></i>01 نوفمبر 2026م</span></div>`;
    expect(readBylines(indexedPage(row('icon-user')))).toEqual(['الرياض - فهد القحطاني']);
    // The city before the name makes a line a byline of its own (rule "city before the writer"); the name before it does not.
    expect(readBylines(indexedPage(row('icon-eye', 'فهد القحطاني - الرياض')))).toEqual([]);
    // Before the headline, the icon opens the reader's account link.
    expect(readBylines(indexedPage('<header><a href="/login"><i class="fa fa-user"></i>Jane Doe</a></header><h1>T</h1><p>Text.</p>'))).toEqual([]);
  });

  it('reads hCard names inside a byline', () => {
    expect(readBylines(indexedPage('<h1>T</h1><p class="byline"><span>By </span><span class="fn">GILLIAN MOHNEY</span></p>'))).toEqual(['GILLIAN MOHNEY']);
  });

  it('reads each block of a byline that sets its writers in blocks of their own, and a one-line byline whole', () => {
    expect(readBylines(indexedPage(`<h1>T</h1><div class="field-authors">
      <div class="item"><a href="/experts/jane">Jane Doe</a></div>
      <div class="item"><a href="/experts/john">John Roe</a></div></div>`))).toEqual(['Jane Doe', 'John Roe']);
    expect(readBylines(indexedPage('<h1>T</h1><ul class="authors"><li>Jane Doe</li><li>John Roe</li></ul>'))).toEqual(['Jane Doe', 'John Roe']);
    expect(readBylines(indexedPage('<h1>T</h1><div class="byline">By <div>Jane Doe</div></div>'))).toEqual(['By Jane Doe']);
  });

  it('reads writers in spans of their own inside a block of the byline, and a name whose address the span sets beside it', () => {
    const byline = (authors: string) => `<h1>T</h1><div class="article__byline"><div class="authors">${authors}</div>
      <div class="dates"><span>Publisert</span> <time>12.03.2025 kl. 14:05</time></div></div><p>${'Story text. '.repeat(20)}</p>`;
    expect(readBylines(indexedPage(byline('<span class="author-x"><a href="/f/jane">Jane Doe</a></span><span class="author-x"><a href="/f/john">John Roe</a></span>'))))
      .toEqual(['Jane Doe', 'John Roe', 'Publisert 12.03.2025 kl. 14:05']);
    expect(readBylines(indexedPage(`<h1>T</h1><div class="byline-authors"><span class="byline-author"><a href="/f/jane">Jane Doe</a><span class="byline-email">jane.doe@example.com</span></span><span class="byline-author"><a href="/f/john">John Roe</a></span></div>`)))
      .toEqual(['Jane Doe', 'John Roe']);
  });

  it('reads each writer\'s span with the agency after the name as an item, not the agency run into the next name', () => {
    expect(readBylines(indexedPage('<h1>T</h1><div class="article-byline"><span class="writer">Jane Doe/TT</span> <span class="writer">John Roe/TT</span></div>')))
      .toEqual(['Jane Doe/TT', 'John Roe/TT']);
    expect(readBylines(indexedPage('<h1>T</h1><div class="article-byline"><span>Jane Doe, NTB</span> <span>John Roe, NTB</span></div>'))).toEqual(['Jane Doe, NTB', 'John Roe, NTB']);
    // Words after the slash that name no agency leave the spans one line.
    expect(readBylines(indexedPage('<h1>T</h1><div class="article-byline"><span>Jane Doe/Oslo</span> <span>John Roe/Oslo</span></div>'))).toEqual(['Jane Doe/Oslo John Roe/Oslo']);
  });

  it('reads the agency the byline\'s text credits after the linked writer (rule "agency after the marked name")', () => {
    expect(readBylines(indexedPage('<h1>T</h1><span class="autor">Autor: <a href="/autor/jana-novak/">Jana Novák</a>, ČTK</span>'))).toEqual(['Jana Novák', 'ČTK']);
    expect(readBylines(indexedPage('<h1>T</h1><span class="autor">Autor: <a href="/autor/jana-novak/">Jana Novák</a>, Praha</span>'))).toEqual(['Jana Novák']);
  });

  it('reads the writers under a heading that labels them, one a line, not the label (rule "writers\' label")', () => {
    expect(readBylines(indexedPage('<h1>T</h1><div class="story-authors"><h4>Tekijät</h4><p>Anna Virta, toimittaja<br>Ville Koski, toimittaja</p></div>')))
      .toEqual(['Tekijät', 'Anna Virta, toimittaja', 'Ville Koski, toimittaja']);
  });

  it('reads the items of a list a byline holds, leaving out the field that gives the writer\'s role', () => {
    expect(readBylines(indexedPage(`<h1>T</h1><div class="byline"><ul><li><span>Author,</span><span>Jane Doe</span></li>
      <li><span>Role,</span><span>Harbour correspondent</span></li></ul></div>`))).toEqual(['Author,Jane Doe']);
  });

  it('reads each line of a byline broken by <br> as a credit of its own, leaving out date lines', () => {
    expect(readBylines(indexedPage('<h1>T</h1><div class="byline">By DEBRA KLINE<br>Gazette Staff Writer</div>'))).toEqual(['By DEBRA KLINE', 'Gazette Staff Writer']);
    expect(readBylines(indexedPage('<h1>T</h1><div class="byline">By <b>Jane Doe</b><br>March 25, 2015</div>'))).toEqual(['By Jane Doe']);
  });

  it('does not read the byline of a teaser link as the article\'s, and reads one inside a link of its own', () => {
    expect(readBylines(indexedPage(`<h1>T</h1><p>Text</p><ul class="linkbox"><li><a href="/forum/1"><p>Another question</p>
      <span>von Jane123 um 21:02</span></a></li></ul>`))).toEqual([]);
    expect(readBylines(indexedPage('<h1>T</h1><p><a href="/people/jane"><span>Von Jane Doe</span></a></p>'))).toEqual(['Von Jane Doe']);
  });

  it('does not read a marked byline inside a teaser link as the article\'s, and reads one inside a link of its own', () => {
    expect(readBylines(indexedPage(`<h1>T</h1><p>Text</p><div class="row"><a href="/other-story"><h3>Another story</h3>
      <div class="listing__item__author">Von <span>Jane Roe</span> am <span>08.12.2022</span></div></a></div>`))).toEqual([]);
    expect(readBylines(indexedPage('<h1>T</h1><div class="author"><a href="/people/jane">Jane Doe</a></div><p>Text</p>'))).toEqual(['Jane Doe']);
    expect(readBylines(indexedPage('<h1>T</h1><a href="/people/jane"><span class="author">Jane Doe</span></a><p>Text</p>'))).toEqual(['Jane Doe']);
    expect(readBylines(indexedPage(`<h1>T</h1><div class="meta"><a href="/author/jane"><span class="byline-name">Jane Doe</span>
      <span class="byline-title">Reporter</span></a></div><p>Text</p>`))).toEqual(['Jane Doe']);
  });

  it('reads a link to the writer\'s page as a byline, not a link to the list of writers', () => {
    expect(readBylines(indexedPage('<h1>T</h1><div><a href="/author/dana-whitfield/"><img src="/a.jpg" alt=""> Dana Whitfield</a> · Nov. 20</div><p>Text</p>'))).toEqual(['Dana Whitfield']);
    expect(readBylines(indexedPage('<h1>T</h1><div><a href="/articles/authors">All writers</a></div><p>Text</p>'))).toEqual([]);
  });

  it('reads a link to a writer\'s profile page that opens a meta row in the article\'s header', () => {
    const header = (row: string, after = '') => load(`<body><nav><a href="/profile/me">My account</a></nav><h1>T</h1>${row}
      <p>${'Story text that runs long enough to be a paragraph of the article itself. '.repeat(3)}</p>${after}</body>`);
    expect(readBylines(indexedPage(header('<div class="meta"><a href="/profile/jordan-pike">Jordan Pike</a> | Nov. 18, 2026</div>')))).toEqual(['Jordan Pike']);
    expect(readBylines(indexedPage(header('<div><a href="/yazar/elif-aksoy">Elif Aksoy</a> | 18.11.2026</div>')))).toEqual(['Elif Aksoy']);
    expect(readBylines(indexedPage(header('<div><a href="/staff/ana-ruiz">Ana Ruiz</a> and <a href="/people/tom-lee">Tom Lee</a></div>')))).toEqual(['Ana Ruiz', 'Tom Lee']);
    expect(readBylines(indexedPage(header(`<div class="meta"><span><a href="/profile/ana-ruiz">Ana Ruiz</a></span> and <span><a href="/profile/tom-lee">Tom Lee</a></span>
      | Nov. 18, 2026</div>`)))).toEqual(['Ana Ruiz', 'Tom Lee']);
    expect(readBylines(indexedPage(header('<div class="meta"><a href="/kontributor/rudi-hartono"><img src="/a.jpg" alt=""> Rudi Hartono</a> - Rabu, 18 Nov 2026</div>')))).toEqual(['Rudi Hartono']);
  });

  it('reads the names linked to writers\' pages inside a marked byline, and a byline inside a writer\'s card link', () => {
    expect(readBylines(indexedPage(`<h1>T</h1><div class="byline"><a href="/yazar/elif-aksoy">Elif Aksoy</a> · <a href="/kategori/gundem">Gündem</a>
      · 18.11.2026</div><p>Text</p>`))).toEqual(['Elif Aksoy']);
    expect(readBylines(indexedPage(`<h1>T</h1><div class="author-info"><a href="/profile/jordan-pike">Jordan Pike</a> and
      <a href="/profile/maria-santos">Maria Santos</a> in <a href="/local">Local</a></div><p>Text</p>`))).toEqual(['Jordan Pike and Maria Santos']);
    expect(readBylines(indexedPage(`<h1>T</h1><div class="meta"><a href="/staff/jane-doe"><span class="byline">Von Jane Doe</span>
      <span>Reporterin</span></a></div><p>Text</p>`))).toEqual(['Von Jane Doe']);
  });

  it('does not read writer-page links outside the article\'s header or inside a sentence', () => {
    const header = (row: string, after = '') => load(`<body><h1>T</h1>${row}
      <p>${'Story text that runs long enough to be a paragraph of the article itself. '.repeat(3)}</p>${after}</body>`);
    expect(readBylines(indexedPage(header('', '<div class="more"><a href="/profile/maria-santos">Maria Santos</a> School budget passes</div>')))).toEqual([]);
    expect(readBylines(indexedPage(header('', '<div class="comments"><a href="/people/eddie-marsh">Eddie Marsh</a></div>')))).toEqual([]);
    expect(readBylines(indexedPage(header('<p>Senator <a href="/people/john-smith">John Smith</a> wants a vote this week.</p>')))).toEqual([]);
    expect(readBylines(indexedPage(header('<div><a href="/profile/settings">Settings</a> | 18.11.2026</div>')))).toEqual([]);
  });

  it('reads a Greek byline in the genitive, whose article opens it without a byline word or class', () => {
    expect(readBylines(indexedPage('<h1>T</h1><p class="credits">Της Ελένης Μαργαρίτη και του Νίκου Σταύρου</p><p>Text</p>'))).toEqual(['Της Ελένης Μαργαρίτη και του Νίκου Σταύρου']);
    expect(readBylines(indexedPage('<h1>T</h1><div><span class="signature">Του Γιώργου Αντωνίου</span> · <span>18/11/2026</span></div><p>Text</p>'))).toEqual(['Του Γιώργου Αντωνίου']);
    expect(readBylines(indexedPage('<h1>T</h1><p>Του έδωσαν το βραβείο χθες.</p><p>Text</p>'))).toEqual([]);
  });

  it('reads a Greek byline that opens with "Γράφει ο/η" ("writes") and no colon, not a sentence that opens so', () => {
    expect(readBylines(indexedPage('<h1>T</h1><p>Γράφει ο Γιώργος Αντωνίου</p><p>Text</p>'))).toEqual(['Γράφει ο Γιώργος Αντωνίου']);
    expect(readBylines(indexedPage('<h1>T</h1><p>Γράφουν οι Γιώργος Αντωνίου και Μαρία Νικολάου</p><p>Text</p>'))).toEqual(['Γράφουν οι Γιώργος Αντωνίου και Μαρία Νικολάου']);
    expect(readBylines(indexedPage('<h1>T</h1><p>Γράφει η εφημερίδα ότι η Βουλή θα ψηφίσει σήμερα.</p><p>Text</p>'))).toEqual([]);
  });

  it('reads a Greek byline that opens with "Από τον/την" ("by") and the name in the accusative, not a sentence that opens so', () => {
    expect(readBylines(indexedPage('<h1>T</h1><p>Από τον Γιώργο Αντωνίου</p><p>Text</p>'))).toEqual(['Από τον Γιώργο Αντωνίου']);
    expect(readBylines(indexedPage('<h1>T</h1><p>Από την Τρίτη η κυκλοφορία θα γίνεται κανονικά.</p><p>Text</p>'))).toEqual([]);
  });

  it('reads a Catalan byline opened by a lowercase "per", its writers joined by "i" (rule "lowercase byline word")', () => {
    expect(readBylines(indexedPage('<h1>T</h1><div><span>per <strong>Jordi Puig</strong> i <strong>Núria Vila</strong></span><span class="lloc">Mataró</span></div><p>Text</p>'))).toEqual(['per Jordi Puig i Núria Vila']);
    expect(readBylines(indexedPage('<h1>T</h1><p>per Jordi Puig</p><p>Text</p>'))).toEqual(['per Jordi Puig']);
    expect(readBylines(indexedPage('<h1>T</h1><p>per la Generalitat i els Ajuntaments</p><p>Text</p>'))).toEqual([]);
  });

  it('reads a byline that sets each writer and role in a block of its own with the blocks spaced (rule "one writer a block")', () => {
    expect(readBylines(indexedPage('<h1>T</h1><div><div>By <a href="/people/ann-lee">Ann Lee</a>, Reporter</div><div>and <a href="/people/bo-park">Bo Park</a>, Photojournalist</div></div><p>Text</p>')))
      .toEqual(['By Ann Lee, Reporter and Bo Park, Photojournalist']);
  });

  it('reads a Turkish byline labelled "Haber:" or "Yazan:"', () => {
    expect(readBylines(indexedPage('<h1>T</h1><div><span>Haber: Deniz Yılmaz</span> <span>18 Kasım 2026</span></div><p>Text</p>'))).toEqual(['Haber: Deniz Yılmaz']);
    expect(readBylines(indexedPage('<h1>T</h1><p>Yazan: Elif Aksoy</p><p>Text</p>'))).toEqual(['Yazan: Elif Aksoy']);
    expect(readBylines(indexedPage('<h1>T</h1><p>Haber Merkezi olarak bildirdik.</p><p>Text</p>'))).toEqual([]);
  });

  it('reads the prepared-by lines of Turkish and Azerbaijani and the Kurmanji writer\'s line with their colon, and not the verbs opening a sentence', () => {
    expect(readBylines(indexedPage('<h1>T</h1><p>Text</p><p><strong>Hazırladı:</strong> Nigar Həsənova</p>'))).toEqual(['Hazırladı: Nigar Həsənova']);
    expect(readBylines(indexedPage('<h1>T</h1><p>Hazırlayan: Selin Acar</p><p>Text</p>'))).toEqual(['Hazırlayan: Selin Acar']);
    expect(readBylines(indexedPage('<h1>T</h1><div><span>Nivîskar: Berfîn Tekin</span></div><p>Text</p>'))).toEqual(['Nivîskar: Berfîn Tekin']);
    expect(readBylines(indexedPage('<h1>T</h1><p>Hazırladı Nazirlik yeni plan.</p><p>Text</p>'))).toEqual([]);
  });

  it('does not read the author of a picture\'s licence or caption as the article\'s', () => {
    expect(readBylines(indexedPage(`<h1>T</h1><div class="img-holder"><img src="a.jpg"><div class="license-info">
      <a href="https://creativecommons.org/licenses/by/2.0/">CC BY</a> <span class="author-name"><a href="/photo">Max Roe</a></span></div></div>
      <p>Text</p><div class="author-box"><a href="/author/jane">Jane Doe</a></div>`))).toEqual(['Jane Doe']);
    expect(readBylines(indexedPage(`<h1>T</h1><div class="image-caption">A harbour <span class="photo-author">Max Roe</span></div><p>Text</p>`))).toEqual([]);
    expect(readBylines(indexedPage(`<h1>T</h1><div class="entry-meta"><span class="author">Jane Doe</span></div><p>Text</p>`))).toEqual(['Jane Doe']);
  });

  it('reads only the first story\'s byline on a page that runs several stories, each under its own headline', () => {
    expect(readBylines(indexedPage(`<div class="page"><h1>Weekly edition</h1><div class="text">
      <h2><a href="/1">First story</a></h2><div class="FeatureByline">By <b>Jane Doe</b></div><p>Text one.</p>
      <h2><a href="/2">Second story</a></h2><div class="FeatureByline">By <b>John Roe</b></div><p>Text two.</p></div></div>`))).toEqual(['By Jane Doe']);
    expect(readBylines(indexedPage(`<div class="page"><h1>T</h1><div class="text"><div class="cards">
      <div class="author-card"><h3 class="card-name">Jane Doe</h3><p>Writes about harbours.</p></div>
      <div class="author-card"><h3 class="card-name">John Roe</h3><p>Writes about trains.</p></div></div><p>Text.</p></div></div>`)))
      .toEqual(['Jane Doe', 'John Roe']);
    expect(readBylines(indexedPage(`<h1>T</h1><div class="text"><div class="meta"><span class="author">Jane Doe</span>,
      <span class="author">John Roe</span></div><p>Text.</p></div>`))).toEqual(['Jane Doe, John Roe']);
  });

  it('reads a labelled writer\'s line set apart by line breaks at the foot of the text, and no unlabelled one', () => {
    expect(readBylines(indexedPage(`<h1>T</h1><div class="text">The story, long enough.<br><br>Quelle: Example Press<br><br>
      Autor: <a href="/lawyers/">Rechtsanwalt</a> Jane Doe</div>`))).toEqual(['Autor: Rechtsanwalt Jane Doe']);
    expect(readBylines(indexedPage(`<h1>T</h1><div class="text">The story, long enough.<br><br>Von Jane Doe stammt das Zitat.</div>`))).toEqual([]);
    expect(readBylines(indexedPage(`<h1>T</h1><div class="text">The story.<br>Autor: <b>${'a long note '.repeat(12)}</b></div>`))).toEqual([]);
  });

  it('reads a byline that opens the story\'s first paragraph before a line break, and no later line or meta line', () => {
    const story = 'The harbour ferry will switch to its winter timetable on Monday, with the first crossing of the day leaving half an hour later.';
    expect(readBylines(indexedPage(`<h1>T</h1><p class="meta">Posted on May 3</p><p>By <b>Jane Doe</b><br>${story}</p>`))).toEqual(['By Jane Doe']);
    expect(readBylines(indexedPage(`<h1>T</h1><p>${story}</p><p>Von Jane Doe<br>${story}</p>`))).toEqual([]);
    expect(readBylines(indexedPage(`<h1>T</h1><p>By the way, ${story}<br>${story}</p>`))).toEqual([]);
    expect(readBylines(indexedPage(`<p>By Jane Doe<br>${story}</p>`))).toEqual([]);
  });

  it('reads a header link to the writer\'s team page with the comma before the date, and a byline set in a <section>', () => {
    const story = `<p>${'The harbour ferry will switch to its winter timetable on Monday, with the first crossing later. '.repeat(3)}</p>`;
    expect(readBylines(indexedPage(`<h1>T</h1><div class="x1"><a href="//www.example.de/team/jane/"><span>Jane Doe,</span></a>
      <time datetime="2023-01-02">02.01.2023, 11:08 Uhr</time></div>${story}`))).toEqual(['Jane Doe']);
    expect(readBylines(indexedPage(`<h1>T</h1><article><section class="x2">von <span class="x3">Tilman Weber</span></section>
      <section class="x4">10.12.2022 07:00</section>${story}</article>`))).toEqual(['von Tilman Weber']);
  });

  it('reads the <address> of the article as its byline, and not the site\'s <address> outside any article', () => {
    expect(readBylines(indexedPage(`<article><h1>T</h1><div class="x1">Tipps von <ul><li><address><a href="/team/jane-doe">Jane Doe</a></address></li></ul></div>
      <p>Text.</p></article>`))).toEqual(['Jane Doe']);
    expect(readBylines(indexedPage(`<h1>T</h1><p>Text.</p><div class="x9"><address>Gasthaus Seeblick, Uferweg 3</address></div>`))).toEqual([]);
    expect(readBylines(indexedPage(`<article><address>Jane Doe</address><h1>T</h1><p>Text.</p></article>`))).toEqual([]);
  });

  it('reads no byline from a writer\'s contact form or its controls, and keeps a byline that holds a button', () => {
    expect(readBylines(indexedPage(`<h1>T</h1><p>Text.</p><div class="author-contact"><form><label class="author-label">Your message</label>
      <textarea></textarea><button class="author-form-submit">Send message</button></form></div>`))).toEqual([]);
    expect(readBylines(indexedPage(`<h1>T</h1><div class="author-card"><a rel="author" href="/author/jane">Jane Doe</a>
      <button class="follow">Follow</button></div><p>Text.</p>`))).toEqual(['Jane Doe']);
  });

  it('reads no byline from the box of the writer\'s other stories under the text (rule "writer\'s other stories")', () => {
    const more = (items: string) => `<section class="writer-more-articles"><h3>Other articles</h3><ul>${items}</ul></section>`;
    expect(readBylines(indexedPage(`<div class="writer-card"><a class="writer-name" href="/writers/sara-ali">سارة علي</a></div><h1>T</h1><p>Text.</p>
      ${more('<li><a href="/opinions/1201.html">التضخم وجيوب الأسر</a></li><li><a href="/opinions/1187.html">مدن بلا ماء</a></li>')}`))).toEqual(['سارة علي']);
    // A PHP portal addresses its stories by a number in the query (rule "story id in the query").
    expect(readBylines(indexedPage(`<div class="writer-card"><a class="writer-name" href="/writers/sara-ali">سارة علي</a></div><h1>T</h1><p>Text.</p>
      ${more('<li><a href="/article.php?id=1201">التضخم وجيوب الأسر</a></li><li><a href="/article.php?id=1187">مدن بلا ماء</a></li>')}`))).toEqual(['سارة علي']);
    // Co-writers listed one an item link their own pages.
    expect(readBylines(indexedPage(`<h1>T</h1><div class="authors"><ul><li><a href="/writers/sara-ali">Sara Ali</a></li><li><a href="/writers/omar-haddad">Omar Haddad</a></li></ul></div><p>Text.</p>`)))
      .toEqual(['Sara Ali', 'Omar Haddad']);
  });

  it('reads the writer from a credits table that sets the label and the name apart, and not a sentence after a label', () => {
    expect(readBylines(indexedPage(`<h1>T</h1><p>The story.</p><div class="credits">
      <div class="credit"><div class="label">Interview</div><div class="value">JANE DOE</div></div>
      <div class="credit"><div class="label">Fotograf</div><div class="value">JOHN ROE</div></div></div>`))).toEqual(['JANE DOE']);
    expect(readBylines(indexedPage(`<h1>T</h1><h2>Interview</h2><p>${'The minister spoke about the harbour for a long while. '.repeat(3)}</p>`))).toEqual([]);
    expect(readBylines(indexedPage(`<h1>T</h1><p>The story.</p><div class="credit"><div class="label">Fotograf</div><div class="value">John Roe</div></div>`))).toEqual([]);
    expect(readBylines(indexedPage(`<h1>T</h1><div><p>Text</p><p>John Roe</p><p>More of the story.</p></div>`))).toEqual([]);
  });

  it('reads the writer\'s field of a byline list whose fields are labelled for screen readers, not the role\'s or the place\'s', () => {
    const byline = (items: string) => load(`<h1>T</h1><section aria-labelledby="article-byline" class="css-x1"><h2 id="article-byline">Article information</h2>
      <ul class="css-x2">${items}</ul></section><p>${'The story runs on for a while here. '.repeat(4)}</p>`);
    const role = '<li><span role="text"><span class="css-x3">Role, </span><span>Harbour correspondent</span></span></li>';
    const place = '<li><span role="text"><span>Reporting from </span><span>Kyiv</span></span></li>';
    expect(readBylines(indexedPage(byline(`<li><span role="text"><span class="css-x3">Author, </span><span>Jane Doe</span></span></li>${role}${place}`)))).toEqual(['Jane Doe']);
    expect(readBylines(indexedPage(byline(`<li><span>Author, </span><a href="/news/topics/c1x"><span>Jane Doe</span><svg></svg></a></li>${role}`)))).toEqual(['Jane Doe']);
    expect(readBylines(indexedPage(byline(`<li><span>Yazan, </span><span>Ayşe Demir</span></li>${role}`)))).toEqual(['Ayşe Demir']);
    expect(readBylines(indexedPage(byline(`<li><span>نویسنده، </span><span>مریم احمدی</span></li>${role}`)))).toEqual(['مریم احمدی']);
    expect(readBylines(indexedPage(byline(`${role}${place}`)))).toEqual([]);
  });

  it('passes over a name the byline links for a translator or photographer, to the writer\'s own line in it', () => {
    expect(readBylines(indexedPage(`<h1>T</h1><div class="author"><div class="second"><p>Autor <span>Jane Doe:</span></p><div class="lang">EN</div></div>
      <p class="first">Übersetzung <span><a href="/author/john/">John Roe</a></span>, <span class="date">12.12.22</span></p></div><p>Text.</p>`)))
      .toEqual(['Autor Jane Doe:']);
    expect(readBylines(indexedPage(`<h1>T</h1><div class="author">Von <a href="/author/jane/">Jane Doe</a>, Fotos: <a href="/author/john/">John Roe</a></div>`)))
      .toEqual(['Jane Doe']);
    expect(readBylines(indexedPage(`<h1>T</h1><div class="author">Von <a href="/author/jane/">Jane Doe</a> und <a href="/author/john/">John Roe</a></div>`)))
      .toEqual(['Jane Doe und John Roe']);
  });

  it('falls back to a short line that starts with a byline word', () => {
    expect(readBylines(indexedPage('<h1>عنوان</h1><p>بقلم: محمد علي</p><p>نص طويل</p>'))).toEqual(['بقلم: محمد علي']);
  });

  it('reads an Arabic interviewer\'s, compiler\'s or writer\'s credit only in its labelled form, with the colon', () => {
    expect(readBylines(indexedPage('<h1>عنوان</h1><p>حوار: آسيا العربي</p><p>نص طويل</p>'))).toEqual(['حوار: آسيا العربي']);
    expect(readBylines(indexedPage('<h1>عنوان</h1><p>إعداد: محمد علي</p><p>نص طويل</p>'))).toEqual(['إعداد: محمد علي']);
    expect(readBylines(indexedPage('<h1>عنوان</h1><p>الكاتب: رامي الحلو</p><p>نص طويل</p>'))).toEqual(['الكاتب: رامي الحلو']);
    expect(readBylines(indexedPage('<h1>عنوان</h1><p>الكاتب الفرنسي فيكتور هوغو ترك أثرا</p><p>نص طويل</p>'))).toEqual([]);
    expect(readBylines(indexedPage('<h1>عنوان</h1><p>إعداد الطعام يستغرق ساعة</p><p>حوار مع الوزير</p>'))).toEqual([]);
  });

  it.each([
    'BY JANE DOE', 'door Jan de Vries', 'di Mario Rossi', 'av Kari Nordmann', 'af Jens Hansen', 'par Jean Dupont', 'Por Ana Ruiz',
    'Author: Jane Doe', 'Autor*in: Alex Roe', '— by Jane Doe', '· von Jane Doe', '. By Jane Doe', 'كتب محمد علي', 'كتبت سارة أحمد',
    'حاوره: سارة أحمد', 'اعداد: محمد علي', 'بواسطة: سارة الحسن', 'بقلم/ خالد يوسف', 'كتب-محمود سعيد', 'كتبت / منى عبد العزيز',
  ])('reads the byline line %j', (line) => {
    expect(readBylines(indexedPage(`<h1>T</h1><p>Text.</p><p>${line}</p>`))).toEqual([line]);
  });

  it('reads author lines marked with the "autor" class and lines labelled "Autoren" or led by dashes', () => {
    expect(readBylines(indexedPage('<h1>T</h1><div class="autor"><h6>Juan Pérez | Publicado hace 3 horas</h6></div>'))).toEqual(['Juan Pérez | Publicado hace 3 horas']);
    expect(readBylines(indexedPage('<h1>T</h1><p>Langer Text.</p><p>Autoren Anna Schmidt und Peter Meier</p>'))).toEqual(['Autoren Anna Schmidt und Peter Meier']);
    expect(readBylines(indexedPage('<h1>T</h1><div><span><em>---- by Jane Doe</em></span></div>'))).toEqual(['---- by Jane Doe']);
  });

  it('prefers an unmarked byline line under the headline to the marked bylines of teasers further down', () => {
    expect(readBylines(indexedPage(`<h1>T</h1><p>Von <a href="/p/lisa">Lisa Meier</a></p><p>Text.</p>
      <div class="teaser"><h3>Other</h3><span class="teaser__autor">Von Max Roe</span></div>`))).toEqual(['Von Lisa Meier']);
    // A byline line that wraps the marked name is the same byline: the marked name is read.
    expect(readBylines(indexedPage('<h1>T</h1><p>By <span class="author">Jane Doe</span> Updated 3 hours ago</p>'))).toEqual(['Jane Doe']);
  });

  it('skips photo credits marked as authors inside figures', () => {
    expect(readBylines(indexedPage(`<h1>T</h1><figure><img src="a.jpg"><figcaption><span class="media__autor">Foto: Max Roe</span></figcaption></figure>
      <div class="byline">Jane Doe</div>`))).toEqual(['Jane Doe']);
  });

  it('returns nothing without a byline', () => {
    expect(readBylines(indexedPage('<h1>T</h1><p>Just text.</p>'))).toEqual([]);
  });

  it('reads byline lines set as small headings, in italics or as list items and links', () => {
    expect(readBylines(indexedPage('<h1>T</h1><h5><em>Von Lea Roe</em></h5><p>Text.</p>'))).toEqual(['Von Lea Roe']);
    expect(readBylines(indexedPage('<h1>T</h1><p>Text.</p><ul><li>Autorin/Autor Roman Meier</li><li>Datum 1.2.2023</li></ul>'))).toEqual(['Autorin/Autor Roman Meier']);
    expect(readBylines(indexedPage('<h1>T</h1><div><p>Text.</p><a href="mailto:x">Von: Götz Roe</a></div>'))).toEqual(['Von: Götz Roe']);
  });

  it.each([
    ['<div class="entry-meta">Posted on <time datetime="2031-03-03">March 3, 2031</time> by <a href="/people/tom">Tom Hadley</a></div>', 'by Tom Hadley'],
    ['<div class="post-meta">February 11, 2031 by Sam Ortiz</div>', 'by Sam Ortiz'],
    ['<div>Veröffentlicht am 3. März 2031 von Max Muster</div>', 'von Max Muster'],
    ['<div>Publié le 3 mars 2031 à 10h05 par Jean Dupont</div>', 'par Jean Dupont'],
    ['<p>Publicado el 3 de marzo de 2031 | por María López</p>', 'por María López'],
  ])('reads the writer after the date in a dated credit line under the headline: %s', (row, credit) => {
    expect(readBylines(indexedPage(`<body><h1>T</h1>${row}<p>The council met again on Tuesday to talk about the harbour.</p></body>`))).toEqual([credit]);
  });

  it('reads a dated credit on a page whose headline is no h1, up to its first paragraph, and cuts the row\'s next field', () => {
    const story = '<p>The council met again on Tuesday to talk about the harbour, the ferry and the pier, and about the money they need to mend the old sea wall before the winter storms arrive.</p>';
    expect(readBylines(indexedPage(`<body><h2>T</h2><p>Posted on March 3, 2031 by Tom Hadley · <a href="#c">4 comments</a></p>${story}</body>`))).toEqual(['by Tom Hadley']);
    expect(readBylines(indexedPage(`<body><h2>T</h2>${story}<p>March 3, 2031 by Tom Hadley</p></body>`))).toEqual([]);
  });

  it('reads the writer after a row\'s <time> shown as a day\'s word, with the participle before the byline word (rule "relative date before the byline")', () => {
    const page = (row: string) => readBylines(indexedPage(`<body><h1>T</h1><div class="meta">${row}</div><p>The council met again on Tuesday to talk about the harbour.</p></body>`));
    expect(page('<time datetime="2031-12-06T09:31:00+01:00">gisteren</time> · Geschreven door Joris Hofman')).toEqual(['door Joris Hofman']);
    expect(page('<time datetime="2031-12-06T09:31:00Z">yesterday</time> · By Jane Doe')).toEqual(['By Jane Doe']);
    // A day's word with no machine date behind it is no date.
    expect(page('<span>gisteren</span> · Geschreven door Joris Hofman')).toEqual([]);
  });

  it('reads no dated credit from a sentence, a line without a year, or a line before the headline', () => {
    const page = (html: string) => readBylines(indexedPage(`<body>${html}<p>The council met again on Tuesday to talk about the harbour.</p></body>`));
    expect(page('<h1>T</h1><p>The plan was drawn up in 2031 and approved last week by Mayor Ann Roe.</p>')).toEqual([]);
    expect(page('<h1>T</h1><div>Last Tuesday by Tom Hadley</div>')).toEqual([]);
    expect(page('<div>March 3, 2031 by Tom Hadley</div><h1>T</h1>')).toEqual([]);
    expect(page('<h1>T</h1><div>March 3, 2031 by the harbour</div>')).toEqual([]);
    expect(page('<h1>T</h1><p>Photo taken in 2031 by Jane Doe</p>')).toEqual([]);
  });

  it('does not read an organization\'s hCard as a byline', () => {
    expect(readBylines(indexedPage('<h1>T</h1><table class="infobox vcard"><tr><th><div class="fn org">New Example</div></th></tr></table>'))).toEqual([]);
  });

  it('leaves the place the byline marks as one out of its text (rule "marked place after the name")', () => {
    const $ = load(`<h1>Headline</h1><section class="byline"><a class="byline__link" href="/autor/ana-ruiz/">Ana Ruiz Gil</a><span class="byline__sep"> | </span><span class="byline__location">Dos Hermanas</span></section><p>Text.</p>`);
    expect(readBylines(indexedPage($))).toEqual(['Ana Ruiz Gil']);
  });

  it('reads the credit\'s own element of a byline row whose next fields follow with only a space (rule "writer\'s own element in the row")', () => {
    const row = (after: string) => `<h1>Reabre el puente tras dos años de obras</h1><div class="byline"><span>Por María López</span> ${after}</div><p>Text.</p>`;
    expect(readBylines(indexedPage(row('<span>Madrid</span> <time datetime="2026-12-05">05 dic 2026</time>')))).toEqual(['Por María López']);
    expect(readBylines(indexedPage(row('<span>y Juan Pérez</span>')))).toEqual(['Por María López y Juan Pérez']);
  });

  it('leaves out a box of the byline row that its class marks as the place, in a script without capitals', () => {
    const row = (place: string) => `<h1>দিল্লিতে বিরোধী জোটের বৈঠক</h1><div class="writer-time"><div class="writer">লেখক: <span>সৌমিত্র ঘোষাল</span></div>${place}
      <div class="time">শেষ আপডেট: ০৪ ডিসেম্বর ২০২৬ ০৭:১২</div></div><p>Text.</p>`;
    expect(readBylines(indexedPage(row('<div class="place">নয়াদিল্লি</div>')))).not.toContain('নয়াদিল্লি');
    expect(readBylines(indexedPage(row('<div class="editor">নয়াদিল্লি</div>')))).toContain('নয়াদিল্লি');
  });

  it('reads the lines under a "By" line in the byline box as the writer\'s description, not more writers (rule "writer\'s description under the byline")', () => {
    const box = (lines: string) => readBylines(indexedPage(`<body><h1>Bridge reopens</h1><div class="byline">${lines}</div><p>Story text.</p></body>`));
    expect(box('<p>By Jane Doe</p><p>Business reporter, Cairo</p>')).toEqual(['By Jane Doe']);
    expect(box('<p>By Jane Doe</p><p>Cairo</p>')).toEqual(['By Jane Doe']);
    expect(box('<p>By Jane Doe</p><p>By John Roe</p>')).toEqual(['By Jane Doe', 'By John Roe']);
    expect(box('<p>By Jane Doe</p><p>and John Roe</p>')).toEqual(['By Jane Doe', 'and John Roe']);
    expect(box('<p>Jane Doe</p><p>John Roe</p>')).toEqual(['Jane Doe', 'John Roe']);
  });
});

describe('readSignature', () => {
  const prose = (words: number) => `<p>${'Words of the article text run on here. '.repeat(words)}</p>`;
  const signature = (html: string) => readSignature(indexedPage(html));

  it('reads a name alone in bold before the text or after it, or right-aligned', () => {
    expect(signature(`<h1>T</h1><div><p><strong>Lea Roe</strong></p>${prose(10)}${prose(10)}</div>`)).toEqual(['Lea Roe']);
    expect(signature(`<div>${prose(10)}${prose(10)}<p><b>Lê Phương / Jan Roe</b></p></div>`)).toEqual(['Lê Phương / Jan Roe']);
    expect(signature(`<div>${prose(30)}<p align="right"><em><font>Denis Roe</font></em></p><p>(1) A footnote that is long enough to be read as prose by the length rule alone, which needs a hundred and fifty characters.</p></div>`)).toEqual(['Denis Roe']);
    expect(signature(`<div>${prose(10)}${prose(10)}<p><strong>محمد علي</strong></p></div>`)).toEqual(['محمد علي']);
  });

  it('reads no signature from the bold line that opens each of a guide\'s section boxes (rule "heading of one of the sections")', () => {
    const section = (id: string, heading: string, look: string) => `<div id="${id}"><p${look}>${heading}</p>${prose(10)}${prose(10)}</div>`;
    const bold = ' class="border-bottom font-weight-bold mt-4"';
    expect(signature(`<h1>Ischgl</h1>${section('season', 'Beste Reisezeit', bold)}${section('route', 'Anreise Auto', ' class="font-weight-bold mb-3"')}`)).toEqual([]);
    expect(signature(`<h1>T</h1>${section('a', '<strong>Beste Reisezeit</strong>', '')}${section('b', '<strong>Karten Guides</strong>', '')}`)).toEqual([]);
    // A signature's box beside a box of another make still signs its text.
    expect(signature(`<h1>T</h1>${section('a', 'Lea Roe', bold)}<div id="b"><p>Related: a list of other pieces</p></div>`)).toEqual(['Lea Roe']);
  });

  it('reads a right-aligned signature under a brief of sentence-long paragraphs (rule "right-aligned signature under a brief")', () => {
    const sentence = (words: number) => `<p>${'A brief runs short lines. '.repeat(words)}</p>`;
    const brief = `${prose(4)}${sentence(6)}${sentence(6)}${sentence(6)}`;
    expect(signature(`<div>${brief}<p style="text-align:right;"><strong>Hoàng Minh Quân</strong></p></div>`)).toEqual(['Hoàng Minh Quân']);
    // Lines shorter than a sentence make no signed article, and a name in the text's flow may be a quote's attribution.
    expect(signature(`<div>${prose(4)}${sentence(2)}${sentence(2)}<p style="text-align:right;"><strong>Jane Doe</strong></p></div>`)).toEqual([]);
    expect(signature(`<div>${brief}<p><strong>Hoàng Minh Quân</strong></p></div>`)).toEqual([]);
  });

  it('does not read subheadings, section headings, speakers, teasers or comments as signatures', () => {
    // In the middle of the text, a bold line is a subheading.
    expect(signature(`<div>${prose(10)}<p><strong>Flawed Approach</strong></p>${prose(10)}</div>`)).toEqual([]);
    // Before the text, a bold line followed by a short line heads a section.
    expect(signature(`<div><p><strong>Social Problems</strong></p><p>1) Privacy</p>${prose(10)}${prose(10)}</div>`)).toEqual([]);
    // Two candidates (an interview's speakers at both ends) name nobody for sure.
    expect(signature(`<div><p><b>Jane Doe</b></p>${prose(10)}${prose(10)}<p><b>John Roe</b></p></div>`)).toEqual([]);
    // A teaser's few words are not a signed article.
    expect(signature(`<div><p><b>Jane Doe</b></p><p>A short teaser sentence that goes on for a while longer.</p></div>`)).toEqual([]);
    expect(signature(`<div class="comment-list"><div><p><b>Jane Doe</b></p>${prose(10)}${prose(10)}</div></div>`)).toEqual([]);
    // Sentences and labels are not names.
    expect(signature(`<div>${prose(10)}${prose(10)}<p><b>Thanks for reading</b></p></div>`)).toEqual([]);
  });

  it('reads a signature followed by the agency its copy came from, and a labelled name closing the text', () => {
    expect(signature(`<div>${prose(10)}${prose(10)}<p style="text-align:right;"><strong>Thu Hà</strong> (Theo <em>Reuters</em>)</p></div>`)).toEqual(['Thu Hà (Theo Reuters)']);
    expect(signature(`<div>${prose(10)}${prose(10)}<p><b>Jane Doe</b> (with AFP)</p></div>`)).toEqual(['Jane Doe (with AFP)']);
    // A note that names no agency is no source.
    expect(signature(`<div>${prose(10)}${prose(10)}<p><b>Jane Doe</b> (Photos)</p></div>`)).toEqual([]);
    expect(signature(`<div>${prose(10)}${prose(10)}<p>گزارش: سارا رحیمی</p></div>`)).toEqual(['سارا رحیمی']);
    // A label that is no byline word names someone else.
    expect(signature(`<div>${prose(10)}${prose(10)}<p>Fotos: Jane Doe</p></div>`)).toEqual([]);
  });

  it('reads the writer and the agency signed under the text as the credit (rule "writer and agency under the text")', () => {
    expect(signature(`<div>${prose(10)}${prose(10)}<p>Lise Holm/Ritzau</p></div>`)).toEqual(['Lise Holm/Ritzau']);
    expect(signature(`<div>${prose(10)}${prose(10)}<p>Kari Lund, NTB</p></div>`)).toEqual(['Kari Lund, NTB']);
    // Two places, or a name beside no agency, sign nothing.
    expect(signature(`<div>${prose(10)}${prose(10)}<p>Oslo, Bergen</p></div>`)).toEqual([]);
    expect(signature(`<div>${prose(10)}${prose(10)}<p>Lise Holm/Kari Lund</p></div>`)).toEqual([]);
  });

  it('reads the writer and the agency under an agency notice of a few short paragraphs (rule "agency notice signed")', () => {
    const notice = '<p>The ferry sails again from Monday.</p><p>The shipping line said so in a statement on Friday.</p><p>Tickets are sold as before, at the harbour and online.</p><p>The repairs to the old engine took a month.</p>';
    expect(signature(`<div>${notice}<p>Lise Holm/Ritzau</p></div>`)).toEqual(['Lise Holm/Ritzau']);
    // A line of text too short for a notice, or a name beside no agency, signs nothing.
    expect(signature(`<div><p>The ferry sails again.</p><p>Lise Holm/Ritzau</p></div>`)).toEqual([]);
    expect(signature(`<div>${notice}<p>Lise Holm/Kari Lund</p></div>`)).toEqual([]);
  });

  it('reads a name a class calls the signature or sets bold, and an interviewer\'s closing credit', () => {
    expect(signature(`<div>${prose(10)}${prose(10)}<p class="signature">Aurélie Dewandre</p></div>`)).toEqual(['Aurélie Dewandre']);
    expect(signature(`<div>${prose(10)}${prose(10)}<p class="text-sm font-bold mt-6">Carmen Villalobos</p></div>`)).toEqual(['Carmen Villalobos']);
    expect(signature(`<div>${prose(10)}${prose(10)}<p><em>Das Interview führte Konstantin Reuß.</em></p></div>`)).toEqual(['Konstantin Reuß']);
    expect(signature(`<div>${prose(10)}${prose(10)}<p>Die Fragen stellte Lea Brandt</p></div>`)).toEqual(['Lea Brandt']);
    // A plain paragraph of a name, with no class to say so, may be a quote's attribution.
    expect(signature(`<div>${prose(10)}${prose(10)}<p class="text-sm mt-6">Carmen Villalobos</p></div>`)).toEqual([]);
  });

  it('reads the writer\'s closing line over a correction or an editor\'s note appended under the text (rule "note under the signature")', () => {
    const correction = '<p><em>Correction: An earlier version of this story misstated the cost of the repairs, which is $2.1 million and not $1.2 million as we first reported. We regret the error.</em></p>';
    expect(signature(`<div>${prose(10)}${prose(10)}<p>— Jane Doe</p>${correction}</div>`)).toEqual(['Jane Doe']);
    expect(signature(`<div>${prose(10)}${prose(10)}<p><em>Das Interview führte Jonas Albrecht.</em></p><p><em>Korrekturhinweis: In einer früheren Fassung hieß es, die Studie sei 2024 erschienen.</em></p></div>`)).toEqual(['Jonas Albrecht']);
    expect(signature(`<div>${prose(10)}${prose(10)}<p><em>Entrevista realizada por Lucía Carmona</em></p><p><em>Fe de errores: una versión anterior situaba el embalse al 29%.</em></p></div>`)).toEqual(['Lucía Carmona']);
    // More text after the line, not a note about the story, makes it no closing line.
    expect(signature(`<div>${prose(10)}${prose(10)}<p>— Jane Doe</p><p>The harbour board meets again on Friday.</p></div>`)).toEqual([]);
  });

  it('reads the signature closing the last of the sections a story is set in, signing them all', () => {
    const sections = `<section>${prose(6)}</section><div class="ad"></div><section>${prose(6)}</section><section>${prose(5)}<p class="signature">Aurélie Dewandre</p></section>`;
    expect(signature(`<h1>T</h1><div>${sections}</div>`)).toEqual(['Aurélie Dewandre']);
    expect(signature(`<h1>T</h1><div><section>${prose(5)}<p class="signature">Aurélie Dewandre</p></section></div>`)).toEqual([]);
  });

  it('reads the names alone in the block right after the text\'s container (rule "signature after the text\'s container")', () => {
    const story = `<h1>T</h1><article><div class="content">${prose(10)}${prose(10)}</div>`;
    expect(signature(`${story}<div class="meta"><b>Lan Anh - Jan Roe</b></div><div class="tags">Tags: <a href="/t">x</a></div></article>`)).toEqual(['Lan Anh', 'Jan Roe']);
    expect(signature(`${story}<div>Lan Anh - Jan Roe</div></article>`)).toEqual(['Lan Anh', 'Jan Roe']);
    expect(signature(`${story}<p><strong>Jane Doe</strong></p></article>`)).toEqual(['Jane Doe']);
    // A single name in plain type may be a label under the text.
    expect(signature(`${story}<div class="info">Project Archive</div></article>`)).toEqual([]);
    // A related-story list and a newsletter line hold links; a box's heading is followed by its list.
    expect(signature(`${story}<div><b><a href="/news/story-2">Storm Hits Coast</a></b></div></article>`)).toEqual([]);
    expect(signature(`${story}<div><a href="/newsletter">Sign Up Now</a></div></article>`)).toEqual([]);
    expect(signature(`${story}<div><b>Related Stories</b></div><ul><li><a href="/a">One story</a></li></ul></article>`)).toEqual([]);
    // A photo credit sits in its figure, or carries its label.
    expect(signature(`${story}<figure><img src="a.jpg"><div><b>Jane Doe</b></div></figure></article>`)).toEqual([]);
    expect(signature(`${story}<div><b>Photo: Jane Doe</b></div></article>`)).toEqual([]);
    // The container must hold an article's text.
    expect(signature(`<h1>T</h1><div><p>A short teaser sentence that goes on for a while longer.</p></div><div><b>Jane Doe</b></div>`)).toEqual([]);
  });

  it('reads a labelled credit closing a short story of short paragraphs, and no bare name there', () => {
    const short = (text: string) => `<p>${'Short sentence of the story. '.repeat(4)}${text}</p>`;
    const story = [1, 2, 3, 4, 5].map((n) => short(`Part ${n}.`)).join('');
    expect(signature(`<h1>T</h1><div>${story}<p><em>Autor: Andrei Munteanu</em></p></div>`)).toEqual(['Andrei Munteanu']);
    // A bare name after short paragraphs may be a quote's attribution; and a teaser's few lines are no article.
    expect(signature(`<h1>T</h1><div>${story}<p><em>Andrei Munteanu</em></p></div>`)).toEqual([]);
    expect(signature(`<h1>T</h1><div>${short('One.')}<p><em>Autor: Andrei Munteanu</em></p></div>`)).toEqual([]);
  });

  it('reads the name on the last line of a text that sets its paragraphs apart by line breaks alone', () => {
    const lines = 'Words of the article text run on here, line after line. '.repeat(6);
    expect(signature(`<h1>T</h1><div class="full-text">${lines}<br><br>${lines}<br><br><i>Ольга Смирнова</i></div>`)).toEqual(['Ольга Смирнова']);
    expect(signature(`<h1>T</h1><div class="full-text">${lines}<br><br>${lines}<br><br><i>Read more below</i></div>`)).toEqual([]);
    // The name under its label in the same emphasis, as DataLife Engine's editors set it ("<i>Текст: …</i>").
    expect(signature(`<h1>T</h1><div class="full-text">${lines}<br><br>${lines}<br><br><i>Текст: Ольга Смирнова</i></div>`)).toEqual(['Ольга Смирнова']);
    expect(signature(`<h1>T</h1><div class="full-text">${lines}<br><br>${lines}<br><br><i>Фото: Ольга Смирнова</i></div>`)).toEqual([]);
  });

  it('reads the name in a block of its own after a table layout\'s line-broken text (rule "signature after line-broken text")', () => {
    const line = (n: number) => `Строка ${n} этой заметки, длиной в целое предложение, о первом снеге, выпавшем ночью в предгорьях Чуйской области.<br><br>`;
    const text = (lines: number) => `<font size="2">${[1, 2, 3, 4].slice(0, lines).map(line).join('')}</font>`;
    const tools = '<br><font size="1"><a href="/print">Версия для печати</a> | Просмотров: 412</font>';
    expect(signature(`<table><tr><td><h2>T</h2>${text(4)}<font size="2"><b>Михаил Ковалев</b></font>${tools}</td></tr></table>`)).toEqual(['Михаил Ковалев']);
    // Two lines are a box's or a teaser's, and a link's text names a story.
    expect(signature(`<table><tr><td><h2>T</h2>${text(2)}<font size="2"><b>Михаил Ковалев</b></font>${tools}</td></tr></table>`)).toEqual([]);
    expect(signature(`<table><tr><td><h2>T</h2>${text(4)}<font size="2"><b><a href="/news/2">Курс доллара</a></b></font></td></tr></table>`)).toEqual([]);
  });

  it('reads the writer credited for the text and the pictures both (rule "text and pictures by one writer")', () => {
    const short = (text: string) => `<p>${'Короткое предложение этой заметки. '.repeat(4)}${text}</p>`;
    const story = [1, 2, 3, 4, 5].map((n) => short(`Часть ${n}.`)).join('');
    expect(signature(`<h1>T</h1><div>${story}<p style="text-align: right;"><em>Текст и фото: Светлана Орлова</em></p></div>`)).toEqual(['Светлана Орлова']);
    expect(signature(`<h1>T</h1><div>${story}<p><em>Фото і текст: Світлана Орлова</em></p></div>`)).toEqual(['Світлана Орлова']);
    expect(signature(`<h1>T</h1><div>${story}<p><em>Фото: Светлана Орлова</em></p></div>`)).toEqual([]);
  });

  it('reads the signature that credits one writer for text and pictures in any language the joint credit is written in (rule "joint credit")', () => {
    const story = [1, 2, 3, 4, 5].map((n) => `<p>${'A short sentence of this note. '.repeat(4)}Part ${n}.</p>`).join('');
    expect(signature(`<h1>T</h1><div>${story}<p><em>Text und Fotos: Jana Berg</em></p></div>`)).toEqual(['Jana Berg']);
    expect(signature(`<h1>T</h1><div>${story}<p><em>Tekst og foto: Kari Lunde</em></p></div>`)).toEqual(['Kari Lunde']);
  });

  it('reads a "prepared by" signature after the text, over the line that credits the source (rule "prepared-by signature")', () => {
    expect(signature(`<div>${prose(10)}${prose(10)}<p class="source">oprac. Jana Nowak<br>Źródło: PAP</p></div>`)).toEqual(['Jana Nowak']);
    expect(signature(`<div>${prose(10)}${prose(10)}<p>Připravila Jana Nováková</p></div>`)).toEqual(['Jana Nováková']);
    // The word before words that are no name, or a second line that is no source, signs nothing.
    expect(signature(`<div>${prose(10)}${prose(10)}<p>oprac. na podstawie danych GUS</p></div>`)).toEqual([]);
    expect(signature(`<div>${prose(10)}${prose(10)}<p>oprac. Jana Nowak<br>Zobacz także: Sejm</p></div>`)).toEqual([]);
  });

  it('reads the writer\'s copyright notice after the text, in plain type', () => {
    expect(signature(`<div>${prose(10)}${prose(10)}<p>© 2019 Lea Roe</p></div>`)).toEqual(['Lea Roe']);
    expect(signature(`<div>${prose(10)}${prose(10)}<p>(c) 2006-2008 by Jan Roe</p></div>`)).toEqual(['Jan Roe']);
  });

  it('does not read a copyright notice before the text, or one that names no person', () => {
    // Before the text, the notice credits the lead picture.
    expect(signature(`<div><p>© Lea Roe</p>${prose(10)}${prose(10)}</div>`)).toEqual([]);
    expect(signature(`<div>${prose(10)}${prose(10)}<p>© 2019 Example. All rights reserved.</p></div>`)).toEqual([]);
  });
});

describe('readEditorCredits', () => {
  it('reads the names on short lines labelled as the editor\'s', () => {
    const page = indexedPage('<h1>T</h1><p>Editor: <a href="/p/1">Jane Doe</a></p><p>Edited by John Roe</p><p>Redaktur: Ani Putri</p>');
    expect(readEditorCredits(page)).toEqual(['Jane Doe', 'John Roe', 'Ani Putri']);
  });

  it('reads each label in any case, and a label set apart in its own element', () => {
    const page = indexedPage('<h1>T</h1><p>penyunting: Budi Santoso</p><p>EDITADO POR Ana Ruiz</p><p> <b>edición:</b> Luis Gómez</p>');
    expect(readEditorCredits(page)).toEqual(['Budi Santoso', 'Ana Ruiz', 'Luis Gómez']);
  });

  it('does not read an editor\'s title written after a name, or the word in a sentence', () => {
    const page = indexedPage('<h1>T</h1><p>Jane Doe, Editor</p><p>The editor said: no.</p>');
    expect(readEditorCredits(page)).toEqual([]);
  });
});

describe('readDutyEditorCredits', () => {
  it('reads the Chinese duty editor credited in brackets or without them, but no bracket that credits anyone else', () => {
    const page = indexedPage('<h1>T</h1><div class="art-editor">【责任编辑：刘洋】</div><p>（責任編輯：王芳）</p><p>责任编辑: 赵磊</p><p>（记者：陈思远）</p><p>Editor: Jane Doe</p>');
    expect(readDutyEditorCredits(page)).toEqual(['刘洋', '王芳', '赵磊']);
  });
});

describe('readHiddenAccount', () => {
  it('reads the names of a hidden hCard after the headline and the byline line the reader sees', () => {
    const page = indexedPage(`<body class="theme-mobile-hidden"><h1>T</h1><span class="vcard screen-reader-text"><span class="fn">Ann Poe</span></span>
      <p>Von Jane Doe</p><p>Text.</p></body>`);
    expect(readHiddenAccount(page)).toEqual({ account: ['Ann Poe'], visibleLine: 'Von Jane Doe' });
  });

  it('reads nothing when the byline is shown, or no line is in view', () => {
    expect(readHiddenAccount(indexedPage('<h1>T</h1><span class="vcard"><span class="fn">Ann Poe</span></span><p>Von Jane Doe</p>'))).toBeNull();
    expect(readHiddenAccount(indexedPage('<h1>T</h1><span class="fn" hidden>Ann Poe</span><p style="display:none">Von Jane Doe</p>'))).toBeNull();
  });
});

describe('readWriterNote', () => {
  const prose = '<p>' + 'The city could grow inward, with more green between its houses. '.repeat(4) + '</p>';
  const note = (html: string) => readWriterNote(indexedPage(`<h1>Title</h1><div class="text">${html}</div>`));

  it('reads the writer from the italic note that closes the text', () => {
    expect(note(`${prose}<p>The end of the essay.<br><em>Jane Doe ist Architektin und Stadtplanerin in Berlin.</em></p>`)).toEqual(['Jane Doe']);
    expect(note(`${prose}<p><i>Jane Doe is a professor of urban planning at Example University.</i></p>`)).toEqual(['Jane Doe']);
  });

  it('does not read an italic sentence inside the text, two notes, or a note that is not a sentence about someone', () => {
    expect(note(`<p><em>John Roe ist Bürgermeister der Stadt.</em></p>${prose}`)).toEqual([]);
    expect(note(`${prose}<p><em>Jane Doe ist Architektin.</em></p><p><em>John Roe ist Stadtplaner.</em></p>`)).toEqual([]);
    expect(note(`${prose}<p><em>Mehr zum Thema ist im Heft zu lesen.</em></p>`)).toEqual([]);
  });
});

describe('readAboutAuthorBox', () => {
  const box = (html: string) => readAboutAuthorBox(indexedPage(`<h1>Title</h1><p>The story.</p>${html}`));

  it('reads the name right after an "About the author" heading, a portrait aside', () => {
    expect(box('<section><h3>About the author</h3><img src="/a.jpg" alt=""><h4>Dana Whitfield</h4><p>Dana covers labor.</p></section>')).toEqual(['Dana Whitfield']);
    expect(box('<aside><h2>Über die Autorin</h2><p>Erika Musterfrau</p></aside>')).toEqual(['Erika Musterfrau']);
    // Rule "to the author": "Zur Autorin", "Zum Autor"; "Zur Person" heads a box on someone the story is about.
    expect(box('<aside><h4>Zur Autorin</h4><p>Erika Musterfrau</p></aside>')).toEqual(['Erika Musterfrau']);
    expect(box('<aside><h4>Zum Autor</h4><p>Max Mustermann</p></aside>')).toEqual(['Max Mustermann']);
    expect(box('<aside><h4>Zur Person</h4><p>Max Mustermann</p></aside>')).toEqual([]);
    // Rule "about the authors, all of them": the plural heading over the bios of a paper by several hands.
    expect(box('<aside><h3>Sobre los autores</h3><p>Mariana Cortés</p></aside>')).toEqual(['Mariana Cortés']);
    expect(box('<aside><h3>Über die Autorinnen und Autoren</h3><p>Erika Musterfrau</p></aside>')).toEqual(['Erika Musterfrau']);
  });

  it('reads the name the box\'s heading sets after the phrase, in a heading or a line set as one', () => {
    expect(box('<div class="x1"><div class="x2">About the Author - <span>Florina Ionescu</span></div><p>Hi! My name is Florina.</p></div>')).toEqual(['Florina Ionescu']);
    expect(box('<aside><h3>Über die Autorin: Erika Musterfrau</h3><p>Erika schreibt über Gärten.</p></aside>')).toEqual(['Erika Musterfrau']);
    expect(box('<p>About the author: she has covered the harbour for twenty years and lives in the old town.</p>')).toEqual([]);
  });

  it('reads no sentence after the heading, no heading before the headline, and nobody from two boxes naming different people', () => {
    expect(box('<h3>About the author</h3><p>Dana covers labor and the rural economy.</p>')).toEqual([]);
    expect(readAboutAuthorBox(indexedPage('<h3>About the author</h3><p>Dana Whitfield</p><h1>Title</h1><p>The story.</p>'))).toEqual([]);
    expect(box('<h3>About the author</h3><p>Dana Whitfield</p><h3>About the author</h3><p>Marcus Lee</p>')).toEqual([]);
  });
});

describe('readAuthorLinkBox', () => {
  const box = (html: string) => readAuthorLinkBox(indexedPage(`<h1>Title</h1><p>The recipe.</p>${html}`));

  it('reads the name beside a link to everything the writer published', () => {
    expect(box('<div class="expert"><div class="expert-name">Jane Doe-Roe</div><a href="/experts/jane">zu allen Rezepten vom Autor</a></div>'))
      .toEqual(['Jane Doe-Roe']);
    expect(box('<div><span>Jane Doe</span> <a href="/people/jane">All posts by this author</a></div>')).toEqual(['Jane Doe']);
  });

  it('does not read a menu item beside an author link, a labelled byline link, or two boxes naming different people', () => {
    expect(box('<div><a href="/imprint">Impressum</a> <a href="/join">Autor werden</a></div>')).toEqual([]);
    expect(box('<div><span>Jane Doe</span> <a href="/people/jane">Autor: Jane Doe</a></div>')).toEqual([]);
    expect(box('<div><span>Jane Doe</span> <a href="/p/jane">Mehr vom Autor</a></div><div><span>John Roe</span> <a href="/p/john">Mehr vom Autor</a></div>'))
      .toEqual([]);
  });
});

describe('readJapaneseClosingCredit', () => {
  const story = '<p>金沢地方気象台は５日、ソメイヨシノの開花を確認したと発表した。</p><p>満開は来週末ごろになる見込みだという。</p>';
  const read = (html: string) => readJapaneseClosingCredit(indexedPage(html));

  it('reads the writer\'s name in brackets closing a Japanese story, past the footer\'s paragraphs', () => {
    expect(read(`<body><h1>T</h1><div class="honbun">${story}<p>（山本健太）</p></div><footer><p>Copyright 北陸新報社</p></footer></body>`)).toEqual(['山本健太']);
    expect(read(`<body><h1>T</h1><div>${story}<p>【佐藤 花子】</p></div></body>`)).toEqual(['佐藤 花子']);
  });

  it('reads the name between the bureau and the role, past a sidebar\'s closing paragraph', () => {
    expect(read(`<body><h1>T</h1><div>${story}<p>（七尾支局・山本悠記者）</p></div><div class="side"><p>宅配購読はこちらから。</p></div></body>`)).toEqual(['山本悠']);
    expect(read(`<body><h1>T</h1><div>${story}<p>（報道部　高橋美咲記者）</p></div></body>`)).toEqual(['高橋美咲']);
    expect(read(`<body><h1>T</h1><div>${story}<p>（ワシントン総局・佐藤花子）</p></div></body>`)).toEqual(['佐藤花子']);
    expect(read(`<body><h1>T</h1><div>${story}<p>（山本健太記者）</p></div></body>`)).toEqual(['山本健太']);
  });

  it('reads the name in brackets after the last sentence of the story\'s last paragraph', () => {
    expect(read(`<body><h1>T</h1><div>${story}<p>市長は「早く見に来てほしい」と述べた。（佐藤花子）</p></div></body>`)).toEqual(['佐藤花子']);
    expect(read(`<body><h1>T</h1><div>${story}<p>市長は「早く見に来てほしい」と述べた。【佐藤 花子】</p></div></body>`)).toEqual(['佐藤 花子']);
  });

  it('reads the bureau\'s credit after the last sentence, and in the last line of a cell\'s lines parted by line breaks (rule "credit closing a cell\'s lines")', () => {
    expect(read(`<body><h1>T</h1><div>${story}<p>市長は「早く見に来てほしい」と述べた。（飯田支局・北原智）</p></div></body>`)).toEqual(['北原智']);
    const lines = '　金沢地方気象台は５日、ソメイヨシノの開花を確認したと発表した。<br><br>　満開は来週末ごろになる見込みだという。<br><br>';
    expect(read(`<body><table><tr><td><font size="5"><b>T</b></font><br><font size="3">${lines}　市長は「早く見に来てほしい」と述べた。（飯田支局・北原智）\n</font><br><br><font size="2"><a href="#">印刷する</a></font></td></tr></table></body>`)).toEqual(['北原智']);
    expect(read(`<body><table><tr><td><font size="3">${lines}　市長は「早く見に来てほしい」と述べた。（飯田支局・北原智）<br><a href="/next">次の記事</a></font></td></tr></table></body>`)).toEqual([]);
    expect(read(`<body><table><tr><td><font size="3">${lines}　式典には市長が出席した。（敬称略）</font></td></tr></table></body>`)).toEqual([]);
  });

  it('reads no editor\'s note, no bracket inside a sentence and no credit in a paragraph that is not the last', () => {
    expect(read(`<body><h1>T</h1><div>${story}<p>市長が出席した。（敬称略）</p></div></body>`)).toEqual([]);
    expect(read(`<body><h1>T</h1><div>${story}<p>式典が開かれた。（写真は市役所）</p></div></body>`)).toEqual([]);
    expect(read(`<body><h1>T</h1><div>${story}<p>式典には市長（佐藤花子）が出席した</p></div></body>`)).toEqual([]);
    expect(read(`<body><h1>T</h1><div>${story}<p>市長が述べた。（佐藤花子）</p><p>満開は来週末ごろになる見込みだという。</p></div></body>`)).toEqual([]);
  });

  it('reads no name inside the text, after a Chinese story, or a desk\'s name', () => {
    expect(read(`<body><h1>T</h1><div>${story}<p>（山本健太）</p><p>満開は来週末ごろになる見込みだという。</p></div></body>`)).toEqual([]);
    expect(read('<body><h1>T</h1><div><p>台中捷運綠線延伸案昨日通過環評。</p><p>預計二○二八年完工通車。</p><p>（王志明）</p></div></body>')).toEqual([]);
    expect(read(`<body><h1>T</h1><div>${story}<p>（編集部）</p></div></body>`)).toEqual([]);
  });

  it('reads no title in brackets set over a list of links (rule "bracketed title over a list")', () => {
    expect(read(`<body><h1>T</h1><div>${story}<p>【関連記事】</p><ul><li><a href="/a">和菓子の輸出、過去最高に</a></li></ul></div></body>`)).toEqual([]);
  });
});
