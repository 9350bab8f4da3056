import { extract } from '../../../lambdas/extract';
import { readTaxonomy } from '../../../lambdas/extract/metadata/taxonomy';
import { readMetaTags } from '../../../lambdas/extract/metadata/meta-tags';
import { readJsonLd } from '../../../lambdas/extract/metadata/json-ld';
import { indexedPage } from '../../support/indexed-page';

const taxonomyOf = (html: string) => {
  const page = indexedPage(html);
  return readTaxonomy(page, readMetaTags(page), readJsonLd(page).article);
};

describe('readTaxonomy', () => {
  it('reads the plain label of WordPress\'s category taxonomy box a reader-mode template prints right over the headline (rule "the category taxonomy\'s box")', () => {
    const page = (label: string) => `<article><header><div class="amp-wp-meta amp-wp-tax-category">${label}</div><h1 class="amp-wp-title">Budget passes</h1></header><p>The council passed the budget.</p></article>`;
    expect(taxonomyOf(page('Politics')).section).toBe('Politics');
    // A box so named that holds a date or a sentence is no section, nor is one away from the headline.
    expect(taxonomyOf(page('Posted 7 December 2026')).section).toBeNull();
    expect(taxonomyOf('<article><h1>Budget passes</h1><p>The council passed the budget.</p><div class="tax-category">Politics</div></article>').section).toBeNull();
  });

  it('reads the tag line under the Kurmanji label "Etîket:" and the Sorani "تاگەکان:" (rule "Kurdish tag labels")', () => {
    expect(taxonomyOf('<main><article><h1>Sernav</h1><p>Nivîs.</p><div class="etiket">Etîket: <a href="/etiket/pembu">pembû</a> <a href="/etiket/amed">Amed</a></div></article></main>').tags).toEqual(['pembû', 'Amed']);
    expect(taxonomyOf('<main><article><h1>سەردێڕ</h1><p>دەق.</p><div class="post-labels"><span>تاگەکان:</span> <a href="/t/1">پەرلەمان</a> <a href="/t/2">بودجە</a></div></article></main>').tags).toEqual(['پەرلەمان', 'بودجە']);
  });

  it('reads the tag line under the Jawi label "تاݢ:" (rule "Jawi tag label")', () => {
    expect(taxonomyOf('<main><article><h1>تاجوق</h1><p>بريتا.</p><div class="tag"><span>تاݢ:</span> <a href="/t/1">ڤليليهنرايا</a> <a href="/t/2">كواله ترڠݢانو</a></div></article></main>').tags).toEqual(['ڤليليهنرايا', 'كواله ترڠݢانو']);
  });

  it('reads the section box set over the post the headline opens (rule "section box over the post")', () => {
    const post = '<div class="post"><h1>Headline</h1><div class="post-info"><span>2026/12/03</span></div><p>Text.</p></div>';
    expect(taxonomyOf(`<main><div class="cat-head"><a href="/cat/aburi">ئابووری</a></div>${post}</main>`).section).toBe('ئابووری');
    // A box of another name over the wrapper is not read for its one link.
    expect(taxonomyOf(`<main><div class="promo-strip"><a href="/cat/aburi">ئابووری</a></div>${post}</main>`).section).toBeNull();
  });

  it('reads the one-link box over the headline that its class names for the section (rule "section box over the headline")', () => {
    expect(taxonomyOf('<nav><a href="/">Home</a><a href="/world">World</a><a href="/local">Local</a></nav><main><div class="section-label"><a href="/world">اقتصاد عالمي</a></div><h1>Headline</h1><p>Text.</p></main>').section).toBe('اقتصاد عالمي');
    expect(taxonomyOf('<main><div class="art-cat"><a href="/mahalli/">محلي</a></div><h1>Headline</h1><p>Text.</p></main>').section).toBe('محلي');
    expect(taxonomyOf('<main><div class="news-service"><a href="/city">شهری</a></div><h1>Headline</h1><p>Text.</p></main>').section).toBe('شهری');
    // A box of other words over the headline is not read for its one link.
    expect(taxonomyOf('<main><div class="share"><a href="/world">World</a></div><h1>Headline</h1><p>Text.</p></main>').section).toBeNull();
  });

  it('reads a trail a Korean template classes "location", its links joined by marks (rule "location bar")', () => {
    expect(taxonomyOf('<div id="content"><div class="location"><a href="/news">뉴스</a> &gt; <a href="/news/list?cate=society">사회</a></div><div class="news_view"><h2>섬마을 분교 살렸다</h2><p>본문.</p></div></div>').section).toBe('사회');
    // A place's box of the same name, with no marks between links, is no trail.
    expect(taxonomyOf('<div id="content"><div class="news_view"><h2>섬마을 분교 살렸다</h2><div class="location"><a href="/tag/sinan">신안</a></div><p>본문.</p></div></div>').section).toBeNull();
  });

  it('reads the one-link box over the headline a Korean template classes "cate" (rule "cate for category")', () => {
    expect(taxonomyOf('<main><article><p class="m-cate"><a href="/list/society">사회</a></p><h1 class="m-title">제주 첫 한파특보</h1><p>본문.</p></article></main>').section).toBe('사회');
    // "cate" inside a longer word names nothing.
    expect(taxonomyOf('<main><article><p class="m-locate"><a href="/list/society">사회</a></p><h1>제주 첫 한파특보</h1><p>본문.</p></article></main>').section).toBeNull();
  });

  it('reads the keywords of a side box its template names menu when the tag label heads it, and leaves a site menu under that label alone (rule "keywords in a side box named menu")', () => {
    const article = '<div class="content"><h1>Headline</h1><p>Text of the article, long enough.</p></div>';
    const side = '<div class="aside"><div class="menu"><h2>Dans la même rubrique</h2><ul><li><a href="autre-article">Autre article</a></li></ul></div><div class="menu"><h2>Mots-clés</h2><ul><li><a href="+-communs-+">Communs</a></li><li><a href="+-foncier-+">Foncier</a></li></ul></div></div>';
    expect(taxonomyOf(`${article}${side}`).tags).toEqual(['Communs', 'Foncier']);
    const siteMenu = '<div class="menu"><div class="menu-col"><h2>Mots-clés</h2><ul><li><a href="+-communs-+">Communs</a></li><li><a href="+-foncier-+">Foncier</a></li></ul></div></div>';
    expect(taxonomyOf(`${article}${siteMenu}`).tags).toEqual([]);
  });

  it('reads the row of category links over the headline inside a box named "article" as the article\'s categories, the first its section (rule "box named article")', () => {
    const menu = '<ul class="nav"><li><a href="/rubrique/critique">نقد</a></li><li><a href="/rubrique/festivals">مهرجانات</a></li></ul>';
    const row = '<div class="rubrique"><a href="/rubrique/critique">نقد</a> / <a href="/rubrique/festivals">مهرجان مراكش 2026</a></div>';
    const taxonomy = taxonomyOf(`${menu}<div class="article" id="article-6021">${row}<h1>Headline</h1><p>Text.</p></div>`);
    expect(taxonomy.section).toBe('نقد');
    expect(taxonomy.categories).toEqual(['نقد', 'مهرجان مراكش 2026']);
    // Outside a box that holds the article, such a row over the headline is a menu's.
    expect(taxonomyOf(`${menu}<div class="story-wrap">${row}<h1>Headline</h1><p>Text.</p></div>`).section).toBeNull();
  });

  it('reads the section box over the columnist\'s box that stands over the headline (rule "columnist box under the section")', () => {
    const writer = '<div class="writer-head"><img src="/w/3412.jpg" alt=""><a href="/writer/3412">سامر العلي</a></div>';
    expect(taxonomyOf(`<main><div class="art-cat"><a href="/articles">مقالات</a></div>${writer}<h1>Headline</h1><p>Text.</p></main>`).section).toBe('مقالات');
    // The columnist's box may open the wrapper of the headline, under the section's box.
    expect(taxonomyOf(`<main><div class="section-head"><a href="/opinion">كتاب وآراء</a></div><div class="wrap">${writer}<h1>Headline</h1><p>Text.</p></div></main>`).section).toBe('كتاب وآراء');
    // A box over the headline that links elsewhere than to a writer's page is no columnist's box.
    expect(taxonomyOf('<main><div class="art-cat"><a href="/articles">مقالات</a></div><div class="share"><a href="/share?u=1">شارك</a></div><h1>Headline</h1><p>Text.</p></main>').section).toBeNull();
  });

  it('reads the section label an old font layout ends with a line break over the headline, without its tatweel (rules "line break under the section", "stretched name")', () => {
    const menu = '<div class="nav"><a href="/section.asp?section=4">أخبار</a> | <a href="/section.asp?section=2">الــرأي</a></div>';
    const cell = '<table><tr><td><font class="section">الــرأي</font><br><font class="title"><b>السفر الذي غيرته الشاشات</b></font><br><div>Text.</div></td></tr></table>';
    const page = indexedPage(`${menu}${cell}`);
    expect(readTaxonomy(page, readMetaTags(page), null, [], 'السفر الذي غيرته الشاشات').section).toBe('الرأي');
  });

  it('reads an unmarked list over the headline as the trail when its links after the home link nest as folders (rule "trail of nested folders")', () => {
    const page = (list: string) => `<header><nav><ul><li><a href="/inland/">Inland</a></li><li><a href="/ausland/">Ausland</a></li></ul></nav></header>
      <main><div><ul>${list}</ul></div><h1>Bundesrat stoppt Gebäudesanierungsgesetz vorerst</h1><p>Text.</p></main>`;
    expect(taxonomyOf(page('<li><a href="/">Startseite</a></li><li><a href="/inland/">Inland</a></li><li><a href="/inland/innenpolitik/">Innenpolitik</a></li>')).section).toBe('Innenpolitik');
    // Folders side by side are a menu's.
    expect(taxonomyOf(page('<li><a href="/">Startseite</a></li><li><a href="/inland/">Inland</a></li><li><a href="/ausland/">Ausland</a></li>')).section).toBeNull();
  });

  it('reads the one link over the headline as the section when a link before it leads to the same folder, one level down too (rule "section folder of the menu, one level down")', () => {
    const menu = '<nav><ul><li><a href="/seccion/oaxaca">Oaxaca</a></li><li><a href="/seccion/cultura">Cultura</a></li></ul></nav>';
    const page = (kicker: string) => `${menu}<main>${kicker}<h1>Festival de la Guelaguetza abre convocatoria</h1><p>Text.</p></main>`;
    expect(taxonomyOf(page('<div><a href="/seccion/cultura">Cultura</a></div>')).section).toBe('Cultura');
    // A story's address is a sentence of words, not a folder.
    expect(taxonomyOf(`<nav><a href="/seccion/cultura">Cultura</a><a href="/nota/festival-de-la-guelaguetza-abre-convocatoria-para-delegaciones">Guelaguetza</a></nav><main><div><a href="/nota/festival-de-la-guelaguetza-abre-convocatoria-para-delegaciones">Guelaguetza</a></div><h1>Festival de la Guelaguetza abre convocatoria</h1><p>Text.</p></main>`).section).toBeNull();
  });

  it('reads the section field in the meta row right over the headline (rule "section field in the row over the headline")', () => {
    const menu = '<ul id="menu"><li><a href="/zpravy">Zprávy</a></li><li><a href="/zpravy/kolin">Kolín</a></li></ul>';
    const row = (field: string) => `${menu}<main><div class="art-info">${field}<span class="time">dnes 9:41</span></div><h1>Požár haly v Kolíně</h1><p>Text.</p></main>`;
    expect(taxonomyOf(row('<span class="section"><a href="/zpravy/kolin">Kolín</a></span>')).section).toBe('Kolín');
    // A field of other words in the row is not read for its link, where the link leads to no folder of the menu's.
    expect(taxonomyOf(row('<span class="share"><a href="/sdilet?url=/zpravy/kolin">Kolín</a></span>')).section).toBeNull();
    // A row of two links sets a topic beside the section: the field classed "section" is the topic.
    expect(taxonomyOf(row('<span class="first"><a href="/zpravy/kolin">Kolín</a></span><span class="section"><a href="/temata/pozary">Požáry</a></span>')).section).toBeNull();
  });

  it('reads the category after "published in" in a box named for it (rule "filed in the category")', () => {
    expect(taxonomyOf('<main><h1>Headline</h1><p>Text.</p><div class="itemCategory"><span>نشرت في</span> <a href="/index.php/ramadan">رمضانيات</a></div></main>').section).toBe('رمضانيات');
    expect(taxonomyOf('<main><h1>Headline</h1><p>Text.</p><div class="itemCategory"><span>Published in</span> <a href="/index.php/local">Local news</a></div></main>').section).toBe('Local news');
    // Rule "in the rubric".
    expect(taxonomyOf('<main><h1>Сарлавҳа</h1><p>Матн.</p><span class="itemCategory">Дар рубрикаи: <a href="/tg/iqtisod">Иқтисод</a></span></main>').section).toBe('Иқтисод');
    expect(taxonomyOf('<main><h1>Заголовок</h1><p>Текст.</p><div class="itemCategory"><span>Опубликовано в</span> <a href="/ru/society">Общество</a></div></main>').section).toBe('Общество');
    // The same words before a date, or in a box named for nothing, name no section.
    expect(taxonomyOf('<main><h1>Headline</h1><div class="category-date">نشر في 12 ديسمبر 2031</div><p>Text.</p></main>').section).toBeNull();
    expect(taxonomyOf('<main><h1>Headline</h1><p>Text.</p><div class="note">Published in Harbour Weekly</div></main>').section).toBeNull();
  });

  it('reads the section after its Cyrillic label in the story\'s particulars (rule "labelled section")', () => {
    expect(taxonomyOf('<main><h2>Headline</h2><dl class="article-info"><dd class="createdby">Автор: Super User</dd><dd class="category-name">Категория: <a href="/index.php/novosti">Новости</a></dd></dl><p>Text.</p></main>').section).toBe('Новости');
    expect(taxonomyOf('<main><h1>Headline</h1><span>Рубрика: Культура</span><p>Text.</p></main>').section).toBe('Культура');
    // The label before a sentence names no section.
    expect(taxonomyOf('<main><h1>Headline</h1><p>Категория: все жители города, у которых есть дети школьного возраста и льготы</p></main>').section).toBeNull();
  });

  it('reads the innermost crumb of a trail printed as plain text over the headline (rule "unlinked trail over the headline")', () => {
    expect(taxonomyOf('<table><tr><td><font size="2">Nouvelles &gt; Économie</font><br><h1>La traverse reprend du service</h1><p>Text.</p></td></tr></table>').section).toBe('Économie');
    expect(taxonomyOf('<div><p class="cat">Wararka » Siyaasadda</p><h1>Golaha oo ansixiyay miisaaniyadda</h1><p>Text.</p></div>').section).toBe('Siyaasadda');
    // A linked trail is the trail reader's; a line of other marks, or one far from the headline, names no section.
    expect(taxonomyOf('<div><p>Score: 3 > 2 at half time</p><p>Text.</p><h1>Headline</h1><p>Text.</p></div>').section).toBeNull();
    expect(taxonomyOf('<div><p>Nouvelles &gt; Économie</p><p>Text.</p><h1>Headline</h1><p>Text.</p></div>').section).toBeNull();
  });

  it('reads the kicker in a box whose compound class joins the Indonesian or Turkish word for category, and not a German field name (rule "category word in a compound class")', () => {
    expect(taxonomyOf('<main><div class="kategori-label"><a href="/main/siaran-pers">Siaran Pers</a></div><div class="nomor">Nomor: 412/sipers/A6/XII/2026</div><h1>Headline</h1><p>Text.</p></main>').section).toBe('Siaran Pers');
    expect(taxonomyOf('<main><div class="field-produkt-kategorie"><a href="/angebote/reisen">Reisen</a></div><div class="nomor">Nr. 412</div><h1>Headline</h1><p>Text.</p></main>').section).toBeNull();
  });

  it('reads the menu\'s folder linked first in the particulars row under the headline as the section (rule "section opening the row under the headline")', () => {
    const menu = '<nav><a href="/news">News</a><a href="/politics">Politics</a><a href="/sport">Sport</a></nav>';
    expect(taxonomyOf(`${menu}<main><h1>Headline</h1><div class="meta"><a href="/politics">Politics</a> | 3 December 2026 | By Jane Miller</div><p>Text.</p></main>`).section).toBe('Politics');
    expect(taxonomyOf(`${menu}<main><h1>Headline</h1><p class="info"><span class="cat"><a href="/sport">Sport</a></span> · 3 December 2026</p><p>Text.</p></main>`).section).toBe('Sport');
    // A writer's link opening the row, a folder the menu does not link, and a lone link with nothing after it are no section.
    expect(taxonomyOf(`${menu}<main><h1>Headline</h1><div class="meta"><a href="/author/jane-miller">Jane Miller</a> | 3 December 2026</div><p>Text.</p></main>`).section).toBeNull();
    expect(taxonomyOf(`${menu}<main><h1>Headline</h1><div class="meta"><a href="/archive">Archive</a> | 3 December 2026</div><p>Text.</p></main>`).section).toBeNull();
    expect(taxonomyOf(`${menu}<main><h1>Headline</h1><p><a href="/politics">Politics</a></p><p>Text.</p></main>`).section).toBeNull();
  });

  it('reads the unlinked category field of the row under the headline that names a menu item (rule "category field under the headline")', () => {
    const menu = '<nav><a href="/aktuelles">Aktuelles</a><a href="/politik">Politik</a><a href="/vereine">Vereine</a></nav>';
    const trail = '<ol class="breadcrumb"><li><a href="/">Start</a></li><li><a href="/aktuelles">Aktuelles</a></li></ol>';
    const row = (category: string) => `<div class="footer"><p><span class="news-list-date"><time datetime="2026-12-02">02.12.2026</time></span>
      <span class="news-list-category">${category}</span><span class="news-list-author">Von Jörg Hainbach</span></p></div>`;
    expect(taxonomyOf(`${menu}${trail}<main><div class="header"><h1>Kreistag beschließt Busnetz</h1></div>${row('Politik')}<p>Text.</p></main>`).section).toBe('Politik');
    // A category the menu does not name is no section: the trail's folder stands.
    expect(taxonomyOf(`${menu}${trail}<main><div class="header"><h1>Kreistag beschließt Busnetz</h1></div>${row('Kreistag')}<p>Text.</p></main>`).section).toBe('Aktuelles');
    // Under the headline the story itself, whose boxes hold a category among its paragraphs, is no row.
    const story = `<article><p>${'Der Kreistag hat am Dienstag das neue Busnetz für das Hinterland beschlossen, mit großer Mehrheit. '.repeat(3)}</p><div class="category-teaser">Politik</div></article>`;
    expect(taxonomyOf(`${menu}${trail}<main><h1>Kreistag beschließt Busnetz</h1>${story}</main>`).section).toBe('Aktuelles');
  });

  it('reads a kicker of nested folders as a trail, the innermost the section (rule "kicker trail")', () => {
    const trail = taxonomyOf('<main><div class="kicker"><a href="/news/">News</a> / <a href="/news/politics/">Politics</a></div><h1>Headline</h1><p>Text.</p></main>');
    expect(trail.section).toBe('Politics');
    expect(trail.categories).toEqual(['News', 'Politics']);
    // A home link may open it.
    expect(taxonomyOf('<main><div class="post-category"><a href="https://site.example.com/">Home</a> › <a href="/world">World</a> › <a href="/world/africa">Africa</a></div><h1>Headline</h1><p>Text.</p></main>').section).toBe('Africa');
    // Folders side by side are a row of categories or a menu, not a trail.
    expect(taxonomyOf('<main><div class="kicker"><a href="/politics/">Politics</a> / <a href="/economy/">Economy</a></div><h1>Headline</h1><p>Text.</p></main>').section).toBeNull();
  });

  it('reads the linked category field a portal names as its section box, after the date in the row under the headline', () => {
    const menu = '<ul class="menu"><li><a href="/klaipeda/">Klaipėda</a></li><li><a href="/ekonomika/">Ekonomika</a></li></ul>';
    const row = (category: string) => `<div class="news-info"><span class="news-date">2026-12-03 14:20</span> <span class="news-cat"><a href="/${category.toLowerCase()}/">${category}</a></span></div>`;
    expect(taxonomyOf(`${menu}<div class="news-item"><h1>Klaipėdos uoste – rekordinis krovinių kiekis</h1>${row('Ekonomika')}<p>Text.</p></div>`).section).toBe('Ekonomika');
    expect(taxonomyOf(`${menu}<div class="news-item"><h1>Klaipėdos uoste – rekordinis krovinių kiekis</h1>${row('Uostas')}<p>Text.</p></div>`).section).toBeNull();
  });

  it('does not read a kicker that names the writer as the section (rule "column kicker")', () => {
    expect(taxonomyOf('<meta name="article:author" content="Laurie Oakes"><main><div class="story-section"><a href="/news/opinion/laurie-oakes">Laurie Oakes</a></div><h1>Headline</h1><p>Text.</p></main>').section).toBeNull();
  });

  it('reads the trail above a headline set outside an h1 (rule "trail over a headline outside an h1")', () => {
    const page = indexedPage('<div class="fil"><a href="/">الرئيسية</a> &gt; <a href="/rubrique/jihat">جهات</a></div><div class="titre">Headline of the story</div><p>Text.</p>');
    expect(readTaxonomy(page, readMetaTags(page), null, [], 'Headline of the story').section).toBe('جهات');
  });

  it('reads WordPress category and tag links', () => {
    expect(taxonomyOf(`<article>
      <span class="cat-links"><a href="/c/arab" rel="category tag">أخبار عربية</a>, <a href="/c/top" rel="category tag">في الواجهة</a></span>
      <span class="tags-links"><a href="/t/libya" rel="tag">ليبيا</a><a href="/t/russia" rel="tag">روسيا</a></span>
    </article>`)).toEqual({ section: 'أخبار عربية', categories: ['أخبار عربية', 'في الواجهة'], tags: ['ليبيا', 'روسيا'] });
  });

  it('reads a rel=tag link into the category archive as a category, beside the rel=tag links of the tags', () => {
    expect(taxonomyOf(`<article><header><span class="category-links"><a href="https://blog.example/category/europe/portugal/" rel="tag">Portugal</a></span>
      <h1>Walking the coast</h1></header><p>Text</p><footer><a href="/tag/hiking/" rel="tag">hiking</a> <a href="/tag/coast/" rel="tag">coast</a></footer></article>`))
      .toEqual({ section: 'Portugal', categories: ['Portugal'], tags: ['hiking', 'coast'] });
  });

  it('reads no topic from labels that say there is none: field names, "Uncategorized" and its translations', () => {
    expect(taxonomyOf('<head><meta property="article:section" content="tags"></head><script type="application/ld+json">{"@type":"NewsArticle","headline":"x","articleSection":"beauty"}</script>').section).toBe('beauty');
    expect(taxonomyOf('<article><a href="/category/uncategorized" rel="category tag">Uncategorized</a></article>')).toEqual({ section: null, categories: [], tags: [] });
    expect(taxonomyOf('<article><a href="/c/1" rel="category tag">غير مصنف</a> <a href="/c/2" rel="category tag">اقتصاد</a></article>').categories).toEqual(['اقتصاد']);
    expect(taxonomyOf('<article><a href="/c/1" rel="category tag">Non classé</a></article>').categories).toEqual([]);
    // Hugo declares its content type as the section.
    expect(taxonomyOf('<head><meta property="article:section" content="posts"></head>').section).toBeNull();
  });

  it('keeps a default category that has a name', () => {
    expect(taxonomyOf('<article><a href="/category/allgemein" rel="category tag">Allgemein</a></article>').categories).toEqual(['Allgemein']);
  });

  it('reads a section given as the folder path as no section', () => {
    expect(taxonomyOf('<head><meta property="article:section" content="/world/middle_east"></head>').section).toBeNull();
  });

  it('drops the breadcrumb marks a theme prints before each category', () => {
    expect(taxonomyOf('<article><a href="/c/1" rel="category tag">› Gebäck</a>, <a href="/c/2" rel="category tag">» Weihnachten</a></article>').categories).toEqual(['Gebäck', 'Weihnachten']);
  });

  it('reads a tag-list heading at either end of the list as the heading, and the same word inside the list as a tag', () => {
    const keywords = (list: string) => taxonomyOf(`<head><meta name="keywords" content="${list}"></head>`).tags;
    expect(keywords('Themen, Rote Gebiete, Düngeverordnung')).toEqual(['Rote Gebiete', 'Düngeverordnung']);
    expect(keywords('Rote Gebiete, Düngeverordnung, Topics')).toEqual(['Rote Gebiete', 'Düngeverordnung']);
    expect(keywords('Handtasche, Label, Leder')).toEqual(['Handtasche', 'Label', 'Leder']);
  });

  it('leaves the keyword metas\' city or section news out of the tags the article shows (rule "news keyword")', () => {
    const shown = '<article><h1>Kar</h1><p>Text.</p><div class="etiketler"><a href="/etiket/erciyes" rel="tag">Erciyes</a> <a href="/etiket/kar" rel="tag">kar</a></div></article>';
    expect(taxonomyOf(`<head><meta name="keywords" content="Erciyes, kar, trafik, Kayseri haber, ekonomi haberleri"></head><body>${shown}</body>`).tags)
      .toEqual(['Erciyes', 'kar', 'trafik']);
    // Keyword metas alone are the only tags the page states, and are read as they stand.
    expect(taxonomyOf('<head><meta name="keywords" content="Erciyes, Kayseri haber"></head>').tags).toEqual(['Erciyes', 'Kayseri haber']);
  });

  it('reads a Turkish tag box by its class, and leaves the bare news and breaking keywords out of the tags it shows (rules "Turkish tag box", "news and breaking as keywords")', () => {
    const shown = '<article><h1>Su kesintisi</h1><p>Metin.</p><div class="etiketler"><b>Etiketler:</b> <a href="/haberler/lefkosa">Lefkoşa</a> <a href="/haberler/su-kesintisi">su kesintisi</a></div></article>';
    expect(taxonomyOf(`<head><meta name="keywords" content="Lefkoşa, su kesintisi, belediye, haberler, son dakika"></head><body>${shown}</body>`).tags)
      .toEqual(['Lefkoşa', 'su kesintisi', 'belediye']);
  });

  it('reads a labelled line of category links after the headline over the breadcrumb trail, and not one in a sidebar or a line without the label', () => {
    const trail = '<ol class="breadcrumb"><li><a href="/">Start</a></li><li><a href="/rathaus">Rathaus</a></li></ol>';
    const line = (label: string) => `<span class="news-list-category">${label}<a href="/c/4">Verkehr</a>, <a href="/c/7">Bauen</a></span>`;
    expect(taxonomyOf(`<body>${trail}<h1>Sperrung der Ortsdurchfahrt</h1>${line('Kategorie: ')}<p>Text</p></body>`).categories).toEqual(['Verkehr', 'Bauen']);
    expect(taxonomyOf(`<body>${trail}<h1>Sperrung der Ortsdurchfahrt</h1><p>Text</p><aside class="sidebar">${line('Categories: ')}</aside></body>`).categories).toEqual(['Rathaus']);
    expect(taxonomyOf(`<body>${trail}<h1>Sperrung der Ortsdurchfahrt</h1><p>Text</p>${line('Mehr zu ')}</body>`).categories).toEqual(['Rathaus']);
  });

  it('reads the category that Joomla\'s article info labels in the page\'s language ("Kategoria:", "Kategori:")', () => {
    const info = (label: string) => `<dl class="article-info"><dd class="category-name">${label}<a href="/samorzad">Samorząd</a></dd><dd class="published">3.12.2026</dd></dl>`;
    expect(taxonomyOf(`<body><h2>Gmina wyremontuje szkołę</h2>${info('Kategoria: ')}<p>Text</p></body>`).categories).toEqual(['Samorząd']);
    expect(taxonomyOf(`<body><h2>Gmina wyremontuje szkołę</h2>${info('Kategori: ')}<p>Text</p></body>`).categories).toEqual(['Samorząd']);
    expect(taxonomyOf(`<body><h2>Gmina wyremontuje szkołę</h2>${info('Zobacz: ')}<p>Text</p></body>`).categories).toEqual([]);
  });

  it('reads the K2 item\'s category line its "Published in" opens, with no colon (rule "published in")', () => {
    const line = (label: string) => `<div class="itemCategory"><span>${label}</span> <a href="/zpravodajstvi/mesto">Město</a></div>`;
    expect(taxonomyOf(`<body><h1>Radnice zvýší poplatek</h1><p>Text</p>${line('Publikováno v')}</body>`).categories).toEqual(['Město']);
    expect(taxonomyOf(`<body><h1>Radnice zvýší poplatek</h1><p>Text</p>${line('Published in')}</body>`).categories).toEqual(['Město']);
    expect(taxonomyOf(`<body><h1>Radnice zvýší poplatek</h1><p>Text</p>${line('Více z')}</body>`).categories).toEqual([]);
  });

  it('reads a labelled tag list inside a <nav> that names it as the article\'s tags, and no site menu labelled so', () => {
    const list = '<p>Tags :</p><ul><li><a href="/blog/tags/beaujolais">Beaujolais</a></li><li><a href="/blog/tags/saint-rigaud">Saint-Rigaud</a></li></ul>';
    expect(taxonomyOf(`<body><article><h1>Sortie du dimanche</h1><p>Text</p><div><nav aria-label="Tags">${list}</nav></div></article></body>`).tags)
      .toEqual(['Beaujolais', 'Saint-Rigaud']);
    expect(taxonomyOf(`<body><nav class="menu">${list}</nav><article><h1>Sortie du dimanche</h1><p>Text</p></article></body>`).tags).toEqual([]);
  });

  it('reads a line of links a tag label opens, or a list under a tag heading, after the headline and outside sidebars and menus', () => {
    const row = (label: string) => `<p>${label}<a href="/suche?q=parken">Parken</a> | <a href="/suche?q=stadtrat">Stadtrat</a></p>`;
    expect(taxonomyOf(`<body><h1>Parkraumkonzept</h1><p>Text</p>${row('Schlagwörter: ')}</body>`).tags).toEqual(['Parken', 'Stadtrat']);
    expect(taxonomyOf(`<body><h1>Parkraumkonzept</h1><p>Text</p>${row('<i class="icon-tag"></i> <strong>Tags:</strong> ')}</body>`).tags).toEqual(['Parken', 'Stadtrat']);
    expect(taxonomyOf(`<body><h1>Parkraumkonzept</h1><p>Text</p>${row('Palabras clave: ')}</body>`).tags).toEqual(['Parken', 'Stadtrat']);
    expect(taxonomyOf(`<body><h1>Parkraumkonzept</h1><p>Text</p>${row('Słowa kluczowe: ')}</body>`).tags).toEqual(['Parken', 'Stadtrat']);
    expect(taxonomyOf(`<body><h1>Parkraumkonzept</h1><p>Text</p><h4>Tags</h4><ul><li><a href="/s?q=a">Parken</a></li><li><a href="/s?q=b">Stadtrat</a></li></ul></body>`).tags).toEqual(['Parken', 'Stadtrat']);
    expect(taxonomyOf(`<body><h1>Parkraumkonzept</h1><p>Text</p><div class="sidebar">${row('Tags: ')}</div></body>`).tags).toEqual([]);
    expect(taxonomyOf(`<body>${row('Themen: ')}<h1>Parkraumkonzept</h1><p>Text</p></body>`).tags).toEqual([]);
    expect(taxonomyOf(`<body><h1>Parkraumkonzept</h1><p>Text</p>${row('Mehr zu ')}</body>`).tags).toEqual([]);
    expect(taxonomyOf(`<body><h1>Parkraumkonzept</h1><p>Text</p><p>Tags: <a href="/s?q=a">Parken</a> und vieles mehr aus der Stadt, was Sie interessieren könnte</p></body>`).tags).toEqual([]);
  });

  it.each(['Címkék: ', 'Štítky: ', 'Žymos: ', 'Avainsanat: ', 'Etiquetes: ', 'Ετικέτες: ', 'תגיות: ', 'แท็ก: ', 'Từ khóa: ', 'Kata kunci: ', '키워드: ', '關鍵字：',
    'Assuntos: ', 'Tudo sobre: ', 'Onderwerpen: ', 'Témata: ', 'Konular: ', 'Topik: ', 'الكلمات الدلالية: ', 'الكلمات الدالة: '])(
    'reads a line of tag links labelled "%s"', (label) => {
      const row = `<p>${label}<a href="/s?q=a">Debrecen</a> | <a href="/s?q=b">villamos</a></p>`;
      expect(taxonomyOf(`<body><h1>Új villamosvonal</h1><p>Text</p>${row}</body>`).tags).toEqual(['Debrecen', 'villamos']);
    },
  );

  it('reads the row of topic links a Brazilian portal heads "Veja mais sobre" as tags (rule "see more about"), not a "Veja também" link', () => {
    const row = (label: string) => `<div class="entities"><span>${label}</span> <a href="/tudo-sobre/estrela/">Estrela do Vale</a> <a href="/mercado/">Mercado da Bola</a></div>`;
    expect(taxonomyOf(`<body><h1>Estrela vende atacante</h1><p>Text</p>${row('Veja mais sobre')}</body>`).tags).toEqual(['Estrela do Vale', 'Mercado da Bola']);
    expect(taxonomyOf(`<body><h1>Estrela vende atacante</h1><p>Text</p>${row('Veja também')}</body>`).tags).toEqual([]);
  });

  it('reads category-archive links after the headline that the meta line says file the article, not a menu before it or a call to action', () => {
    const menu = '<ul class="site-links"><li><a href="/category/news/">News</a></li><li><a href="/category/clubhouse/">Clubhouse</a></li></ul>';
    expect(taxonomyOf(`<body>${menu}<h1>Energy bill</h1><div class="meta">Posted on 5 May in <a href="/category/clubhouse/">Clubhouse</a></div><p>Text</p></body>`).categories).toEqual(['Clubhouse']);
    expect(taxonomyOf(`<body><h1>Energy bill</h1><p class="meta">Veröffentlicht unter <a href="/kategorie/verein/">Verein</a>, <a href="/kategorie/haus/">Haus</a></p></body>`).categories).toEqual(['Verein', 'Haus']);
    expect(taxonomyOf(`<body>${menu}<h1>Energy bill</h1><p>Text</p></body>`).categories).toEqual([]);
    expect(taxonomyOf(`<body><h1>Energy bill</h1><p>Text</p><div class="cta"><a href="/category/shop/">Alle Shops im Bereich Clubhouse</a></div></body>`).categories).toEqual([]);
  });

  it('reads Tumblr\'s /tagged/ links as tags, but not a writer\'s page linked from an author box, nor a shop\'s affiliate tag', () => {
    const tags = '<div class="post-footer"><a href="/tagged/sketchbook">#sketchbook</a> <a href="/tagged/watercolour">#watercolour</a></div>';
    expect(taxonomyOf(`<article class="post author-admin"><h1>Harbour in the rain</h1><p>Text</p>${tags}</article>`).tags).toEqual(['sketchbook', 'watercolour']);
    const follow = '<ul><li class="author-follow"><a href="/news/tagged/jane-doe"><span>Jane Doe</span></a></li></ul>';
    expect(taxonomyOf(`<body><h1>Space ship breaks up</h1><p>Text</p>${follow}</body>`).tags).toEqual([]);
    expect(taxonomyOf('<body><h1>Pruning</h1><p>Text</p><p><a href="https://shop.example/dp/B01?tag=site-21">Bypass pruners</a></p></body>').tags).toEqual([]);
  });

  it('reads links into a tag archive that takes the tag in its query as tags (rule "tag archive by query")', () => {
    const tags = '<div class="news_tag"><a href="/tag?q=반도체">#반도체</a><a href="/tag?q=수출">#수출</a></div>';
    expect(taxonomyOf(`<article><h1>반도체 수출 역대 최대</h1><p>Text</p>${tags}</article>`).tags).toEqual(['반도체', '수출']);
    expect(taxonomyOf('<article><h1>Pruning</h1><p>Text</p><p><a href="/search?q=pruning">Search</a></p></article>').tags).toEqual([]);
  });

  it('reads a wiki\'s shown category box, not its hidden maintenance categories, category pages in its navigation, or a numbered category path', () => {
    const box = `<div id="catlinks" class="catlinks"><div class="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>: <ul>
      <li><a href="/wiki/Category:Machine_learning_algorithms">Machine learning algorithms</a></li><li><a href="/wiki/Category:Dimension_reduction">Dimension reduction</a></li></ul></div>
      <div class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden category: <ul><li><a href="/wiki/Category:Articles_with_short_description">Articles with short description</a></li></ul></div></div>`;
    const nav = '<div id="mw-panel"><a href="/wiki/Category:Contents">Contents</a></div>';
    expect(taxonomyOf(`<body>${nav}<h1>t-SNE</h1><p>Text</p>${box}</body>`).categories).toEqual(['Machine learning algorithms', 'Dimension reduction']);
    expect(taxonomyOf(`<body>${nav}<h1>t-SNE</h1><p>Text</p></body>`).categories).toEqual([]);
    expect(taxonomyOf('<body><h1>Baseball</h1><p>Text</p><div class="categories"><a href="/articles/index/sports/category:9">野球</a></div></body>').categories).toEqual([]);
  });

  it('reads a box of links under a "Related topics" heading, even an <aside>, but not a heading and box inside a sidebar, nor one over other links', () => {
    const box = (heading: string) => `<h2>${heading}</h2><aside class="link-wrapper"><a href="/t/1"><span>Long COVID</span></a><a href="/t/2"><span>Coronavirus</span></a></aside>`;
    expect(taxonomyOf(`<body><h1>Post-vac</h1><p>Text</p><section>${box('Related topics')}</section></body>`).tags).toEqual(['Long COVID', 'Coronavirus']);
    expect(taxonomyOf(`<body><h1>Post-vac</h1><p>Text</p><section>${box('Ähnliche Themen')}</section></body>`).tags).toEqual(['Long COVID', 'Coronavirus']);
    expect(taxonomyOf(`<body><h1>Post-vac</h1><p>Text</p><div class="sidebar">${box('Related topics')}</div></body>`).tags).toEqual([]);
    expect(taxonomyOf(`<body><h1>Post-vac</h1><p>Text</p><section>${box('Most read')}</section></body>`).tags).toEqual([]);
  });

  it('reads tags under a term of a definition list, and a run of like boxes under a label, each holding a tag', () => {
    expect(taxonomyOf('<body><h1>Mühle</h1><p>Text</p><dl><dt>Schlagworte</dt><dd><a href="/s?q=a">Mühle</a>, <a href="/s?q=b">Museum</a></dd></dl></body>').tags).toEqual(['Mühle', 'Museum']);
    const run = '<p>Tags</p><div class="chip"><a href="/s?q=a">3D Printing</a></div><div class="chip"><a href="/s?q=b">firmware</a></div><section><a href="/s?q=c">Newsletter</a></section>';
    expect(taxonomyOf(`<body><h1>Printers</h1><p>Text</p>${run}</body>`).tags).toEqual(['3D Printing', 'firmware']);
  });

  it('reads the "Topics" term of a description list of the item\'s particulars, in an <aside> by the text too, but not in a sidebar or under a heading', () => {
    const record = (term: string) => `<dl><dt>Region</dt><dd><a href="/regions/north">North</a></dd><dt>${term}</dt><dd><a href="/topics/soil">Soil health</a>, <a href="/topics/farms">Small farms</a></dd></dl>`;
    expect(taxonomyOf(`<body><h1>Report</h1><p>Text</p><aside class="layout-aside">${record('Topics')}</aside></body>`).tags).toEqual(['Soil health', 'Small farms']);
    expect(taxonomyOf(`<body><h1>Report</h1><p>Text</p><aside class="sidebar">${record('Topics')}</aside></body>`).tags).toEqual([]);
    expect(taxonomyOf(`<body><h1>Report</h1><p>Text</p><aside><h3>Topics</h3><div><a href="/s?q=a">Soil health</a> <a href="/s?q=b">Small farms</a></div></aside></body>`).tags).toEqual([]);
  });

  it('does not take a "Themen" or "Topics" heading over a list after the headline for tags: a site index in the footer', () => {
    const index = '<h3>Themen</h3><ul><li><a href="/s/familie">Familie</a></li><li><a href="/s/vorsorge">Vorsorge</a></li></ul>';
    expect(taxonomyOf(`<body><h1>Preisanpassung</h1><p>Text</p><div id="site-footer">${index}</div></body>`).tags).toEqual([]);
    expect(taxonomyOf(`<body><div class="story"><h1>Preisanpassung</h1><p>Text</p></div><div class="more">${index}</div></body>`).tags).toEqual([]);
    expect(taxonomyOf(`<body><h1>Preisanpassung</h1><p>Text</p><div class="more">${index}</div></body>`).tags).toEqual([]);
  });

  it('reads a "Topics" heading over a list in the box that holds the headline: the column\'s own topics (rule "topics in the headline\'s box")', () => {
    const topics = '<div class="x-topics"><h2>Topics</h2><ul><li><a href="/politics/elections">Elections</a></li><li><a href="/society/local-government">Local government</a></li></ul></div>';
    expect(taxonomyOf(`<body><div class="x-article"><h1>Councils run elections on goodwill</h1><p>Text</p>${topics}</div></body>`).tags).toEqual(['Elections', 'Local government']);
    // A wrapper of the whole page, around its menu, is no story's box.
    expect(taxonomyOf(`<body><div id="wrapper"><nav><a href="/">Home</a></nav><h1>Councils run elections on goodwill</h1><p>Text</p>${topics}</div></body>`).tags).toEqual([]);
  });

  it('reads tag-archive links in a page builder\'s widget, and not those in a sidebar widget or a builder\'s related-posts widget', () => {
    const module = (kind: string, links: string) => `<div class="elementor-element elementor-widget elementor-widget-${kind}"><div class="elementor-widget-container">${links}</div></div>`;
    const tags = '<a href="/tag/isolatie/">Isolatie</a>, <a href="/tag/warmtepomp/">Warmtepomp</a>';
    expect(taxonomyOf(`<body><h1>Verduurzamen</h1><p>Tekst</p>${module('post-info', tags)}</body>`).tags).toEqual(['Isolatie', 'Warmtepomp']);
    expect(taxonomyOf(`<body><h1>Verduurzamen</h1><p>Tekst</p><div class="widget widget_tag_cloud">${tags}</div></body>`).tags).toEqual([]);
    expect(taxonomyOf(`<body><h1>Verduurzamen</h1><p>Tekst</p>${module('related-posts', tags)}</body>`).tags).toEqual([]);
  });

  it('reads article:section and article:tag, and JSON-LD articleSection and keywords', () => {
    expect(taxonomyOf(`<head>
      <meta property="article:section" content="World"><meta property="article:tag" content="Floods"><meta property="article:tag" content="Weather">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"x","articleSection":["Europe","Climate"],"keywords":["Roads","floods"]}</script>
    </head>`)).toEqual({ section: 'World', categories: ['Europe', 'Climate'], tags: ['Floods', 'Weather', 'Roads'] });
    expect(taxonomyOf(`<head><meta property="article:section" content="World">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"x","articleSection":"Europe"}</script>
    </head>`)).toEqual({ section: 'World', categories: ['World', 'Europe'], tags: [] });
  });

  it('keeps a lone section value, the site folder, out of the categories when the article states its own tags', () => {
    expect(taxonomyOf(`<head><meta property="article:section" content="Politik"><meta property="article:tag" content="Wahlrecht">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"x","articleSection":"Nachrichten"}</script>
    </head>`)).toEqual({ section: 'Politik', categories: [], tags: ['Wahlrecht'] });
    expect(taxonomyOf(`<head><meta property="article:tag" content="Sport">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"x","articleSection":"Sport"}</script>
    </head>`)).toEqual({ section: 'Sport', categories: [], tags: ['Sport'] });
  });

  it('keeps a tag that a category repeats when article:tag states it and the article shows it among its tag links, and drops it otherwise', () => {
    const head = (tags: string) => `<head>${tags}<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","articleSection":["Sport","Tennis"]}</script></head>`;
    const metas = '<meta property="article:tag" content="Tennis"><meta property="article:tag" content="Wimbledon">';
    const shown = '<div class="post-tags"><a href="/tag/tennis/" rel="tag">Tennis</a> <a href="/tag/wimbledon/" rel="tag">Wimbledon</a></div>';
    expect(taxonomyOf(`${head(metas)}<body><article><h1>A new champion</h1><p>Text.</p>${shown}</article></body>`))
      .toEqual({ section: 'Sport', categories: ['Sport', 'Tennis'], tags: ['Tennis', 'Wimbledon'] });
    expect(taxonomyOf(`${head(metas)}<body><article><h1>A new champion</h1><p>Text.</p></article></body>`).tags).toEqual(['Wimbledon']);
    expect(taxonomyOf(`${head('')}<body><article><h1>A new champion</h1><p>Text.</p>${shown}</article></body>`).tags).toEqual(['Wimbledon']);
  });

  it('keeps a tag that a category repeats when the JSON-LD keywords state it and the article shows it among its tag links (rule "tag stated twice")', () => {
    const head = (keywords: string) => `<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"x","articleSection":["Local","Schools"]${keywords}}</script></head>`;
    const shown = '<div class="article-tags"><span>Tags:</span> <a href="/tag/schools/">Schools</a> <a href="/tag/buses/">Buses</a></div>';
    expect(taxonomyOf(`${head(',"keywords":["Schools","Buses"]')}<body><article><h1>Routes cut</h1><p>Text.</p>${shown}</article></body>`))
      .toEqual({ section: 'Local', categories: ['Local', 'Schools'], tags: ['Schools', 'Buses'] });
    expect(taxonomyOf(`${head(',"keywords":["Schools","Buses"]')}<body><article><h1>Routes cut</h1><p>Text.</p></article></body>`).tags).toEqual(['Buses']);
  });

  it('falls back to keyword metas, and ignores site-wide keyword stuffing', () => {
    expect(taxonomyOf('<meta name="keywords" content="floods, roads, weather">').tags).toEqual(['floods', 'roads', 'weather']);
    const stuffed = Array.from({ length: 60 }, (_, index) => `keyword${index}`).join(', ');
    expect(taxonomyOf(`<meta name="keywords" content="${stuffed}">`).tags).toEqual([]);
  });

  it('reads tag-archive links when nothing else names tags, but not a site-wide tag cloud in a sidebar', () => {
    expect(taxonomyOf('<article><ul class="topics"><li><a href="/topics/floods">Floods</a></li><li><a href="/topics/roads">Roads</a></li></ul></article>').tags)
      .toEqual(['Floods', 'Roads']);
    expect(taxonomyOf('<aside class="sidebar"><a href="/tag/a" rel="tag">A</a></aside>').tags).toEqual([]);
  });

  it('drops CMS-internal values and quoting from keyword fields', () => {
    expect(taxonomyOf('<meta property="article:tag" content="Category: Economy"><meta property="article:tag" content="98be933f-38cf-4fba-b6c6-ad438e82010a"><meta property="article:tag" content="&quot;3D Printing&quot;">').tags)
      .toEqual(['3D Printing']);
  });

  it('reads rel=tag links in the article\'s own footer, but not in the page footer', () => {
    expect(taxonomyOf(`<article><p>Text</p><footer class="entry-footer"><a href="/tag/floods" rel="tag">Floods</a></footer></article>
      <footer><a href="/tag/site-wide" rel="tag">Site wide</a></footer>`).tags).toEqual(['Floods']);
    expect(taxonomyOf('<main><p>Text</p></main><footer><a href="/tag/site-wide" rel="tag">Site wide</a></footer>').tags).toEqual([]);
  });

  it('reads rel=tag links in the post\'s own box inside a widget the platform builds the page of, but not a sidebar widget\'s', () => {
    const page = (sidebar: string) => `<div class="widget Blog" id="Blog1"><div class="post hentry"><h3 class="post-title">Farmers protest</h3>
      <div class="post-body">Text</div><div class="post-footer"><span class="post-labels">Labels: <a href="/search/label/World" rel="tag">World</a>,
      <a href="/search/label/France" rel="tag">France</a></span></div></div></div>${sidebar}`;
    expect(taxonomyOf(page('')).tags).toEqual(['World', 'France']);
    expect(taxonomyOf(page('<div class="widget Label"><a href="/search/label/Sport" rel="tag">Sport</a></div>')).tags).toEqual(['World', 'France']);
    expect(taxonomyOf('<div class="widget Label"><div class="widget-content"><a href="/search/label/Sport" rel="tag">Sport</a></div></div>').tags).toEqual([]);
  });

  it('reads no rel=tag links from a widget\'s list of posts, each card with its own terms', () => {
    expect(taxonomyOf(`<h1>Games hub</h1><div class="widget"><div class="post"><a href="/plattform/pc/" rel="tag">PC</a></div>
      <div class="post"><a href="/plattform/ps5/" rel="tag">PS5</a></div></div>`).tags).toEqual([]);
  });

  it('reads a section label whose id names it and whose text the title names between the site and the headline', () => {
    const page = (title: string, label: string) => `<head><title>${title}</title></head><table><tr><td>${label}</td></tr>
      <tr><td><span id="ctl00_lblTitle">Water level rises</span></td></tr><tr><td>Text</td></tr></table>`;
    expect(taxonomyOf(page('Sennar Post :: Local news :: Water level rises', '<span id="ctl00_ContentPlaceHolder1_lblSection">Local news</span>')).section).toBe('Local news');
    expect(taxonomyOf(page('Sennar Post :: Water level rises', '<span id="ctl00_ContentPlaceHolder1_lblSection">Local news</span>')).section).toBeNull();
    expect(taxonomyOf(page('Sennar Post :: Local news :: Water level rises', '<span>Local news</span>')).section).toBeNull();
  });

  it('reads the capitals label over a table layout\'s headline as the title\'s section when the menu links it (rule "the menu\'s section over the headline")', () => {
    const page = (label: string, menu: string) => `<head><title>Diário do Rio - Cidades - Cheia preocupa moradores</title></head><table>
      <tr><td>${menu}</td><td><table><tr><td><font color="#990000"><b>${label}</b></font></td></tr>
      <tr><td><font size="5"><b>Cheia preocupa moradores</b></font></td></tr><tr><td>Texto</td></tr></table></td></tr></table>`;
    expect(taxonomyOf(page('CIDADES', '<a href="/capa.asp">Capa</a> <a href="/cidades.asp">Cidades</a>')).section).toBe('Cidades');
    // Without the menu's link the title's part may be a kicker.
    expect(taxonomyOf(page('CIDADES', '<a href="/capa.asp">Capa</a>')).section).toBeNull();
  });

  it('reads the board\'s heading over a post as its section when <title> and the menu name the board (rules "the board\'s heading", "board\'s angle bracket")', () => {
    const page = (heading: string, menu: string) => `<head><title>오일장 주차난 해소된다 > 지역소식 | 탐진뉴스</title></head><header><nav>${menu}</nav></header>
      <h2 id="container_title"><span>${heading}</span></h2><article><h2 id="bo_v_title">오일장 주차난 해소된다</h2><p>본문</p></article>`;
    expect(taxonomyOf(page('지역소식', '<a href="/bbs/board.php?bo_table=local">지역소식</a> <a href="/bbs/board.php?bo_table=free">자유게시판</a>')).section).toBe('지역소식');
    // Without the menu's link the title's part may be a kicker; a heading that is not the title's part is another box's.
    expect(taxonomyOf(page('지역소식', '<a href="/bbs/board.php?bo_table=free">자유게시판</a>')).section).toBeNull();
    expect(taxonomyOf(page('많이 본 뉴스', '<a href="/bbs/board.php?bo_table=local">많이 본 뉴스</a>')).section).toBeNull();
  });

  it('reads a line of links that a Nordic or Blogger\'s Arabic tag label opens', () => {
    expect(taxonomyOf('<h1>Vejle wins</h1><p>Text</p><div class="article__topics">Emner: <a href="/emne/vejle">Vejle Boldklub</a> <a href="/emne/aab">AaB</a></div>').tags)
      .toEqual(['Vejle Boldklub', 'AaB']);
    expect(taxonomyOf('<h1>Headline</h1><p>Text</p><p>Ämnen: <a href="/amne/val">Val</a>, <a href="/amne/skatt">Skatt</a></p>').tags).toEqual(['Val', 'Skatt']);
    expect(taxonomyOf('<h1>عنوان</h1><p>نص</p><span>التسميات: <a href="/search/label/a">أخبار عالمية</a>, <a href="/search/label/b">فرنسا</a></span>').tags)
      .toEqual(['أخبار عالمية', 'فرنسا']);
  });

  it('reads a tag-list box without the link to the tag index, together with the keyword metas', () => {
    expect(taxonomyOf(`<meta name="keywords" content="Rivers, floods"><article><p>Text</p>
      <section class="article__tags"><a href="/topics">TOPICS</a><ul><li><a href="/topics/floods">Floods</a></li><li><a href="/topics/roads">Roads</a></li></ul></section>
    </article>`).tags).toEqual(['Floods', 'Roads', 'Rivers']);
  });

  it('leaves out a box of related articles set in the tag list\'s class when the tag box links into the tag archive', () => {
    expect(taxonomyOf(`<article><p>Text</p>
      <div class="article__tags"><span>Related Links</span><ul><li><a href="/news/stage-4-returns-20261120">Stage 4 returns after breakdowns</a></li></ul></div>
      <div class="article__tags"><span>Tags</span><a href="/tags/eskom">eskom</a><a href="/tags/places/cape_town">cape town</a></div>
    </article>`).tags).toEqual(['eskom', 'cape town']);
    // Tag boxes whose links follow no archive pattern keep them all.
    expect(taxonomyOf(`<article><p>Text</p><div class="post-tags"><a href="/t/floods">Floods</a></div><div class="post-tags"><a href="/t/roads">Roads</a></div></article>`).tags)
      .toEqual(['Floods', 'Roads']);
  });

  it('leaves out keyword metas that share no tag with a visible tag list of several, the site\'s standing list', () => {
    expect(taxonomyOf(`<meta name="keywords" content="Industry, Management, Technology"><article><p>Text</p>
      <ul class="tags"><li><a href="/t/floods">Floods</a></li><li><a href="/t/roads">Roads</a></li></ul>
    </article>`).tags).toEqual(['Floods', 'Roads']);
    expect(taxonomyOf(`<meta name="keywords" content="Rivers, Roads"><article><p>Text</p>
      <ul class="tags"><li><a href="/t/floods">Floods</a></li><li><a href="/t/roads">Roads</a></li></ul>
    </article>`).tags).toEqual(['Floods', 'Roads', 'Rivers']);
  });

  it('does not add a keyword list that names the site to the tags the article states or shows', () => {
    const box = '<article><p>Text</p><ul class="tags"><li><a href="/t/floods">Floods</a></li><li><a href="/t/roads">Roads</a></li></ul></article>';
    // The site's name further on, as it writes itself or short of its last word when no name is declared.
    expect(taxonomyOf(`<meta property="og:site_name" content="Daily Planet"><meta name="keywords" content="Floods, Roads, Daily Planet, Business news">${box}`).tags)
      .toEqual(['Floods', 'Roads']);
    const page = indexedPage(`<meta name="keywords" content="Planet Press, World news, Floods, Breaking">${box}`);
    expect(readTaxonomy(page, readMetaTags(page), readJsonLd(page).article, [], null, 'Planet Press News').tags).toEqual(['Floods', 'Roads']);
    // Stated tags, and a site named by its domain.
    expect(taxonomyOf(`<meta property="og:url" content="https://www.dailyplanet.com/a"><meta property="article:tag" content="Floods"><meta property="article:tag" content="Roads">
      <meta name="keywords" content="Floods, Rivers, dailyplanet">`).tags).toEqual(['Floods', 'Roads']);
    // A keyword list that names no site completes the tags as before; one word left of the name is a topic.
    expect(taxonomyOf(`<meta property="og:site_name" content="Business Insider"><meta name="keywords" content="Floods, Rivers, Business">${box}`).tags)
      .toEqual(['Floods', 'Roads', 'Rivers', 'Business']);
  });

  it('drops a tag\'s slug when its label is listed too, but keeps hyphenated tags without a spaced twin', () => {
    expect(taxonomyOf('<meta property="article:tag" content="brot-&amp;-brötchen, einfach"><meta name="keywords" content="einfach, Brot &amp; Brötchen">').tags)
      .toEqual(['einfach', 'Brot & Brötchen']);
    expect(taxonomyOf('<meta name="keywords" content="covid-19, Ukraine-Krieg, Covid 20">').tags).toEqual(['covid-19', 'Ukraine-Krieg', 'Covid 20']);
  });

  it('ignores a keyword list that opens with the site name, the site\'s standing SEO list', () => {
    expect(taxonomyOf('<meta property="og:site_name" content="Daily Planet"><meta name="keywords" content="Daily Planet, News, Sport, Opinion">').tags)
      .toEqual([]);
    expect(taxonomyOf('<meta property="og:site_name" content="Planet"><meta name="keywords" content="Floods, Roads, Planet">').tags)
      .toEqual(['Floods', 'Roads', 'Planet']);
  });

  it('drops the site\'s own domain from the tags, but keeps another site\'s domain', () => {
    expect(taxonomyOf(`<meta property="og:url" content="https://www.dailyplanet.com/news/floods">
      <meta property="article:tag" content="Floods"><meta property="article:tag" content="dailyplanet.com"><meta property="article:tag" content="Booking.com">`).tags)
      .toEqual(['Floods', 'Booking.com']);
  });

  it('drops a lone Latin letter from a keyword field, but keeps a one-character word of another script', () => {
    expect(taxonomyOf('<meta name="keywords" content="Floods, p, Roads, N">').tags).toEqual(['Floods', 'Roads']);
    expect(taxonomyOf('<meta name="keywords" content="金, 相場">').tags).toEqual(['金', '相場']);
  });

  it('drops the article\'s writer from its tags, but keeps other people', () => {
    expect(taxonomyOf(`<meta name="author" content="Jane Roe"><meta name="keywords" content="Diet, Health, Jane Roe, John Doe">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"x","author":{"@type":"Person","name":"Max Muster"},"keywords":["Max Muster","Diet"]}</script>`).tags)
      .toEqual(['Diet', 'Health', 'John Doe']);
  });

  it('drops the editor a credit line links into the tag archive beside the writer, but keeps a person tagged elsewhere', () => {
    const page = `<meta name="author" content="Jane Roe"><article><p>Text</p>
      <p class="credit">Writer: <a href="/tag/jane-roe">Jane Roe</a> | Editor: <a href="/tag/max-muster">Max Muster</a></p>
      <div class="topics"><a href="/tag/rice">rice</a><a href="/tag/john-doe">John Doe</a></div></article>`;
    expect(taxonomyOf(page).tags).toEqual(['rice', 'John Doe']);
  });

  it('reads only the tag-archive links inside the article when some are, not the site\'s topic menu', () => {
    expect(taxonomyOf(`<div><noscript><ul><li><a href="/topics/war">War</a></li><li><a href="/topics/election">Election</a></li></ul></noscript></div>
      <article><p>Text</p><div><a href="/topics/gdp">GDP</a><a href="/topics/recession">Recession</a></div></article>`).tags).toEqual(['GDP', 'Recession']);
    expect(taxonomyOf(`<div class="story"><p>Text</p><div><a href="/topics/gdp">GDP</a><a href="/topics/recession">Recession</a></div></div>`).tags)
      .toEqual(['GDP', 'Recession']);
  });

  it('reads the topic list of a commentary, an article type whose class says "commentary"', () => {
    expect(taxonomyOf(`<article class="node node--type-commentary"><h1>Ports</h1><p>Text</p>
      <div class="node__topics"><h2>Topics</h2><ul><li><a href="/topics/ports">Ports</a></li><li><a href="/topics/ferries">Ferries</a></li></ul></div></article>`).tags)
      .toEqual(['Ports', 'Ferries']);
  });

  it('leaves out the site\'s topic index under an "Explore topics" heading', () => {
    expect(taxonomyOf(`<main><article><h1>Ports</h1><p>Text</p></article>
      <section class="explore"><h2>Explore topics</h2><ul><li><a href="/pulse/topics/sales-s5/">Sales</a></li><li><a href="/pulse/topics/marketing-s2/">Marketing</a></li></ul></section></main>`).tags)
      .toEqual([]);
    expect(taxonomyOf(`<main><article><h1>Ports</h1><p>Text</p></article>
      <section><h2>Tags</h2><ul><li><a href="/topics/ports">Ports</a></li><li><a href="/topics/ferries">Ferries</a></li></ul></section></main>`).tags)
      .toEqual(['Ports', 'Ferries']);
  });

  it('leaves out a "back to the home page" link that points into the topic archive, but keeps a topic called Home', () => {
    expect(taxonomyOf(`<article><p>Text</p><a href="/de/themen/s-9077">Zur Startseite</a><a href="/de/themen/klima">Klima</a></article>`).tags)
      .toEqual(['Klima']);
    expect(taxonomyOf(`<article><p>Text</p><a href="/topics/front">Back to the homepage</a><a href="/topics/accueil">Retour à l'accueil</a></article>`).tags)
      .toEqual([]);
    expect(taxonomyOf(`<article><p>Text</p><a href="/topics/home">Home</a><a href="/topics/garden">Garden</a></article>`).tags)
      .toEqual(['Home', 'Garden']);
  });

  it('leaves out a newsroom subject-code scheme but keeps acronyms among readable tags', () => {
    expect(taxonomyOf('<meta name="parsely-tags" content="AER, INDG08, TRAN, MEAST, Aviation">').tags).toEqual(['Aviation']);
    expect(taxonomyOf('<meta property="article:tag" content="AI"><meta property="article:tag" content="Robots"><meta property="article:tag" content="EU">').tags)
      .toEqual(['AI', 'Robots', 'EU']);
  });

  it('takes the menu item WordPress marks as the post\'s category when the page declares none', () => {
    const page = `<header><ul class="menu"><li class="menu-item"><a href="/sport/">Sport</a></li>
      <li class="menu-item current-post-ancestor current-post-parent"><a href="/politics/">Politics</a></li></ul></header><article><p>Text</p></article>`;
    expect(taxonomyOf(page)).toEqual({ section: 'Politics', categories: ['Politics'], tags: [] });
    expect(taxonomyOf(`<meta property="article:section" content="World">${page}`).categories).toEqual(['World']);
  });

  it('falls back to the keyword metas when article:tag holds only CMS-internal slugs, not when it holds readable tags', () => {
    expect(taxonomyOf('<meta property="article:tag" content="kloeckner__julia, die_gruenen"><meta name="keywords" content="Julia Klöckner, Grüne">').tags)
      .toEqual(['Julia Klöckner', 'Grüne']);
    expect(taxonomyOf('<meta property="article:tag" content="Floods, Roads"><meta name="keywords" content="news, weather">').tags).toEqual(['Floods', 'Roads']);
  });

  it('adds the keyword metas to the stated tags when they share a tag or when a single tag is stated', () => {
    expect(taxonomyOf('<meta property="article:tag" content="Floods"><meta property="article:tag" content="Roads"><meta name="keywords" content="roads, bridges">').tags)
      .toEqual(['Floods', 'Roads', 'bridges']);
    expect(taxonomyOf('<meta property="article:tag" content="Weather"><meta name="keywords" content="floods, roads">').tags).toEqual(['Weather', 'floods', 'roads']);
    expect(taxonomyOf('<meta property="article:tag" content="Floods"><meta property="article:tag" content="Roads"><meta name="keywords" content="news, sport">').tags)
      .toEqual(['Floods', 'Roads']);
  });

  it('keeps a name with a serial comma before "&" as one label, and splits ordinary lists', () => {
    expect(taxonomyOf('<meta property="article:tag" content="Business, Finance, &amp; Economics">').tags).toEqual(['Business, Finance, & Economics']);
    expect(taxonomyOf('<meta property="article:tag" content="Business, Finance &amp; Economics">').tags).toEqual(['Business', 'Finance & Economics']);
  });

  it('splits keyword lists joined by pipes', () => {
    expect(taxonomyOf('<meta name="keywords" content="porto de santos | soja|exportação">').tags).toEqual(['porto de santos', 'soja', 'exportação']);
  });

  it('drops a copy of the tag list run together into one tag, but keeps a name whose parts are also tagged', () => {
    expect(taxonomyOf('<meta property="article:tag" content="Cannes Messen Duisburg, Cannes, Messen, Duisburg">').tags).toEqual(['Cannes', 'Messen', 'Duisburg']);
    expect(taxonomyOf('<meta property="article:tag" content="Mario Voigt, Mario, Voigt">').tags).toEqual(['Mario Voigt', 'Mario', 'Voigt']);
  });

  it('leaves a subject-code scheme out of the keyword metas too, but keeps acronyms there', () => {
    expect(taxonomyOf('<meta name="keywords" content="AER,AIRL,INDG08,TRAN,MEAST">').tags).toEqual([]);
    expect(taxonomyOf('<meta name="keywords" content="NATO, EU, Defence budgets, Summits">').tags).toEqual(['NATO', 'EU', 'Defence budgets', 'Summits']);
  });

  it('reads a tag list whose class calls it related, but not one inside a sidebar', () => {
    const list = '<div class="p-related-tags"><h2>Related keywords</h2><ul class="p-related-tags__list"><li><a href="/kw/1/">#North Korea</a></li><li><a href="/kw/2/">#South Korea</a></li></ul></div>';
    expect(taxonomyOf(`<article><p>Text</p>${list}</article>`).tags).toEqual(['North Korea', 'South Korea']);
    expect(taxonomyOf(`<article><p>Text</p></article><div class="sidebar">${list}</div>`).tags).toEqual([]);
  });

  it('takes the breadcrumb trail as categories when the page names no category or tag, without home and the page itself; its innermost folder is the section', () => {
    const trail = `<meta property="og:title" content="How to repot a money plant in spring">
      <nav class="breadcrumbs"><a href="/en/">Home</a> › <a href="/en/houseplants/">Houseplants</a> › <a href="/en/houseplants/care/">Care</a>
      › <a href="/en/houseplants/care/repot-money-plant">How to repot a money plant</a></nav><article><p>Text</p></article>`;
    expect(taxonomyOf(trail)).toEqual({ section: 'Care', categories: ['Houseplants', 'Care'], tags: [] });
    expect(taxonomyOf(`<meta property="article:section" content="Garden">${trail}`).categories).toEqual(['Garden']);
    // With tags, the trail files no categories, but its innermost folder is still where the page sits.
    expect(taxonomyOf(`<meta name="keywords" content="plants">${trail}`)).toEqual({ section: 'Care', categories: [], tags: ['plants'] });
  });

  it.each([
    ['a table cell of class "path"', '<table><tr><td class="path"><a href="index.php">الرئيسية</a> &gt;&gt; <a href="cat.php?id=4">اقتصاد</a></td></tr></table>', 'اقتصاد'],
    ['a Japanese topic path', '<div id="topicpath"><a href="/">ホーム</a> &gt; <a href="/news/ishikawa/">石川</a> &gt; <a href="/news/ishikawa/shakai/">社会</a> &gt; 能登の酒蔵</div>', '社会'],
    ['a navigation path', '<div id="navPath"><a href="/de/themen/">THEMEN</a> / <a href="/de/welt/">Welt</a> / <a href="/de/europa/">Europa</a></div>', 'Europa'],
  ])('reads the trail in %s', (_kind, trail, section) => {
    expect(taxonomyOf(`${trail}<article><p>Text</p></article>`).section).toBe(section);
  });

  it('reads the police and rescue desk named after the emergency number as a folder (rule "the emergency number\'s desk")', () => {
    const trail = '<div class="breadcrumb"><a href="/">Forside</a> / <a href="/112">112</a></div>';
    expect(taxonomyOf(`${trail}<h1>Brand i lagerhal</h1><article><p>Tekst</p></article>`).section).toBe('112');
  });

  it('reads no folder from a trail\'s date archive, its writer\'s archive or the page\'s own headline', () => {
    const taxonomy = (crumbs: string, title = 'Storm closes the coastal line') => {
      const page = indexedPage(`<meta name="keywords" content="weather, rail"><div class="breadcrumb"><a href="/">Home</a> › <a href="/news/">News</a> › ${crumbs}</div>
        <h1>${title}</h1><article><p>Text</p></article>`);
      return readTaxonomy(page, readMetaTags(page), readJsonLd(page).article, [], title).section;
    };
    expect(taxonomy('<a href="/news/archive/?year=2015">2015</a> › <a href="/news/archive/?year=2015&week=15">KW 15</a>')).toBe('News');
    expect(taxonomy('<a href="/news/2019/06/">06/2019</a>')).toBe('News');
    expect(taxonomy('<a href="/author/jane-doe/">Jane Doe</a>')).toBe('News');
    expect(taxonomy(`<a href="/news/transport/">Transport</a> <a href="javascript:window.print()">Print</a>`)).toBe('Transport');
    expect(taxonomy('<a href="/news/storm-closes-coastal-line/">Storm closes the coastal line</a>')).toBe('News');
    expect(taxonomy('<a href="/news/transport/">Transport</a> › <a href="/news/transport/storm/">Storm closes the coastal line</a>')).toBe('Transport');
  });

  it('reads no tag from a pager\'s links or the trail\'s, whose addresses may look like a topic archive\'s', () => {
    const page = (foot: string) => `<div class="breadcrumbs"><a href="/">Start</a> › <a href="/thema/">Thema</a> › <a href="/thema/umwelt/">Umwelt</a></div>
      <h1>Woher kommt der Smog?</h1><article><p>Text</p></article>${foot}`;
    const pager = `<div class="page-browser"><ul><li><a href="/thema/umwelt/luft/">zurück</a></li><li><a href="/thema/umwelt/">Zum Anfang</a></li>
      <li><a href="/thema/umwelt/wasser/">weiter</a></li></ul></div>`;
    expect(taxonomyOf(page(pager))).toEqual({ section: 'Umwelt', categories: ['Thema', 'Umwelt'], tags: [] });
    expect(taxonomyOf(page('<p><a rel="prev" href="/thema/umwelt/luft/">Voriger Artikel</a></p>')).tags).toEqual([]);
    expect(taxonomyOf(page('<div class="tags"><a href="/thema/smog/">Smog</a> <a href="/thema/verkehr/">Verkehr</a></div>')).tags).toEqual(['Smog', 'Verkehr']);
  });

  describe('a trail no class names, known by its shape', () => {
    const headline = '<h1>Die Stadt baut drei neue Radwege</h1><p>Text</p>';
    it.each([
      ['joined by "/" in a right-to-left page', '<div class="bread"><a href="/">الرئيسية</a> / <a href="/economy">اقتصاد</a></div><h1>الحكومة تعلن خطة جديدة لدعم المزارعين</h1><p>نص</p>', 'اقتصاد', ['اقتصاد']],
      ['opened by the Persian home page\'s name (rule "home page in the other right-to-left languages")', '<div class="news_path"><a href="/fa/">صفحه نخست</a> » <a href="/fa/service/science">علم و فناوری</a></div><h1>منجمان آماتور یک دنباله‌دار تازه کشف کردند</h1><p>متن</p>', 'علم و فناوری', ['علم و فناوری']],
      ['opened by the Hebrew home page\'s name (rule "home page in the other right-to-left languages")', '<div class="path2"><a href="/he/">ראשי</a> &gt; <a href="/cat.asp?c=2">כלכלה</a></div><h1>מפעל השבבים החדש יעסיק 600 עובדים</h1><p>טקסט</p>', 'כלכלה', ['כלכלה']],
      ['opened by the Sorani home page\'s name (rule "home page in the other right-to-left languages")', '<div class="x1"><a href="/ckb/">سەرەکی</a> / <a href="/ckb/cat/1">ناوخۆ</a></div><h1>شارەوانی سلێمانی پاسی کارەبایی دەخاتە کار</h1><p>دەق</p>', 'ناوخۆ', ['ناوخۆ']],
      ['opened by the Kyrgyz home page\'s name (rule "home page in Central Asia")', '<div class="speedbar"><a href="/ky/">Башкы бет</a> » <a href="/ky/koom/">Коом</a> » Ош шаарында жаңы көпүрө курулат</div><h1>Ош шаарында жаңы көпүрө курулат</h1><p>Текст</p>', 'Коом', ['Коом']],
      ['opened by the Tajik home page\'s name (rule "home page in Central Asia")', '<div class="x1"><a href="/tg/">Саҳифаи асосӣ</a> / <a href="/tg/jomea">Ҷомеа</a></div><h1>Дар Хуҷанд боғи нав кушода шуд</h1><p>Матн</p>', 'Ҷомеа', ['Ҷомеа']],
      ['joined by "›" in spans, home linked by its word', `<div class="x1 y7"><span><a href="/de/index.html">Startseite</a></span> <span>›</span> <span><a href="/de/stadt/">Stadt</a></span> <span>›</span> <span><a href="/de/stadt/verkehr/">Verkehr</a></span></div>${headline}`, 'Verkehr', ['Stadt', 'Verkehr']],
      ['set as an ordered list', `<ol class="c-9f2"><li><a href="https://www.example.de/">Start</a></li><li><a href="/stadt/">Stadt</a></li></ol>${headline}`, 'Stadt', ['Stadt']],
      ['opened by its Chinese "you are here" label', `<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/news/guonei/">国内新闻</a></div><h1>长江流域迎来强降雨</h1><p>正文</p>`, '国内新闻', ['新闻中心', '国内新闻']],
      ['opened by the Chinese home page\'s name linked to an index file (rule "home page in Chinese")', `<div class="x1"><a href="index.html">首页</a> &gt;&gt; <a href="list.asp?c=5">侨社</a> &gt;&gt; 正文</div><h1>中国城春节灯饰提前亮灯</h1><p>正文</p>`, '侨社', ['侨社']],
      ['opened by its German "you are here" label', `<div class="x1">Sie sind hier: <a href="/">Start</a> › <a href="/stadt/">Stadt</a></div>${headline}`, 'Stadt', ['Stadt']],
      ['opened by its Czech "you are here" label and closed by the page\'s own unlinked title (rule "you are here, in Central Europe")', '<p class="x1">Nacházíte se: <a href="/">Úvod</a> &gt; <a href="/aktuality">Aktuality</a> &gt; Zimní údržba chodníků začíná</p><h1>Zimní údržba chodníků začíná</h1><p>Text</p>', 'Aktuality', ['Aktuality']],
      ['opened by the older Czech templates\' short "Jste zde:" (rule "you are here, in Central Europe")', '<div class="drobky">Jste zde: <a href="/">Úvod</a> &raquo; <a href="/zpravy/">Zprávy z města</a></div><h1>Vodárna dostane nový filtr</h1><p>Text</p>', 'Zprávy z města', ['Zprávy z města']],
      ['opened by the Slovak templates\' short "Ste tu:" (rule "you are here, in Central Europe")', '<div class="x1">Ste tu: <a href="/">Domov</a> » <a href="/spravodajstvo/">Spravodajstvo</a></div><h1>Mesto opraví most</h1><p>Text</p>', 'Spravodajstvo', ['Spravodajstvo']],
      ['in a list named by the Basque "ogi-apurrak" (rule "Basque crumbs")', '<ul class="ogi-apurrak"><li><a href="/">Azala</a></li><li><a href="/gizartea">Gizartea</a></li></ul><h1>Metroak gaueko zerbitzua luzatuko du</h1><p>Testua</p>', 'Gizartea', ['Gizartea']],
      ['opened by its Russian "you are here" label over an Azerbaijani site\'s crumbs (rule "you are here, in Russian")', '<div class="yol">Вы здесь: <a href="/">Главная</a> » <a href="/medeniyyet/">Mədəniyyət</a></div><h1>Şəkidə festival keçirilib</h1><p>Mətn</p>', 'Mədəniyyət', ['Mədəniyyət']],
      ['opened by its Slovak "you are here" label (rule "you are here, in Central Europe")', '<div class="x1">Nachádzate sa: <a href="/">Úvod</a> » <a href="/spravy">Správy</a></div><h1>Mesto opraví most</h1><p>Text</p>', 'Správy', ['Správy']],
      ['opened by its Arabic "you are here" label in a box named as menus are (rule "you are here in a menu\'s box")', '<div class="nav">أنت هنا: <a href="/index.php">الرئيسية</a> &raquo; <a href="/cat.php?id=2">الذكاء الاصطناعي</a></div><h1>كيف تعمل النماذج اللغوية الكبيرة؟</h1><p>نص</p>', 'الذكاء الاصطناعي', ['الذكاء الاصطناعي']],
      ['set as a <nav> of its own and closed by an unlinked crumb', `<header><nav><a href="/">Start</a> <a href="/sport/">Sport</a></nav></header><main><nav class="text-xs"><a href="/">Start</a> &rsaquo; <a href="/stadt/">Stadt</a> &rsaquo; <span>Verkehr</span></nav>${headline}</main>`, 'Stadt', ['Stadt']],
    ])('reads a trail %s above the headline', (_, html, section, categories) => {
      expect(taxonomyOf(html)).toEqual({ section, categories, tags: [] });
    });

    it.each([
      ['a menu without marks between its links', `<div class="x1"><a href="/">Start</a> <a href="/stadt/">Stadt</a> <a href="/sport/">Sport</a></div>${headline}`],
      ['a row of links joined by "|"', `<div class="x1"><a href="/">Start</a> | <a href="/stadt/">Stadt</a> | <a href="/sport/">Sport</a></div>${headline}`],
      ['a line whose first link is not the home page', `<div class="x1"><a href="/stadt/">Stadt</a> › <a href="/stadt/verkehr/">Verkehr</a></div>${headline}`],
      ['a line with words besides its links', `<div class="x1">Mehr aus <a href="/">Start</a> / <a href="/stadt/">Stadt</a></div>${headline}`],
      ['a line with the label after its first link', `<div class="x1"><a href="/">Start</a> Sie sind hier: <a href="/stadt/">Stadt</a> / <a href="/sport/">Sport</a></div>${headline}`],
      ['a trail after the headline, in the text', `${headline}<div class="x1"><a href="/">Start</a> / <a href="/stadt/">Stadt</a></div>`],
      ['a trail in the page\'s menu', `<nav><div><a href="/">Start</a> / <a href="/stadt/">Stadt</a></div></nav>${headline}`],
      ['a line of links in a box named as menus are, without the "you are here" label', `<div class="nav"><a href="/">Start</a> / <a href="/stadt/">Stadt</a></div>${headline}`],
      ['a <nav> trail in the page header', `<header><nav><a href="/">Start</a> / <a href="/stadt/">Stadt</a></nav></header>${headline}`],
      ['a line with words after its last mark besides an unlinked crumb', `<div class="x1"><a href="/">Start</a> › <a href="/stadt/">Stadt</a> › <span>Verkehr</span> mehr</div>${headline}`],
    ])('takes no trail from %s', (_, html) => {
      expect(taxonomyOf(html)).toEqual({ section: null, categories: [], tags: [] });
    });
  });

  it('takes the JSON-LD BreadcrumbList when the page shows no trail, without the home page, the page itself and a glossary\'s letter', () => {
    const page = indexedPage(`<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[
      {"@type":"ListItem","position":1,"name":"Energieblog","item":"https://example.com/"},
      {"@type":"ListItem","position":2,"name":"Lexikon","item":"https://example.com/lexikon/"},
      {"@type":"ListItem","position":3,"name":"E","item":"https://example.com/lexikon/e/"},
      {"@type":"ListItem","position":4,"name":"Energieversorgung"}]}</script><article><h1>Energieversorgung</h1><p>Text</p></article>`);
    const jsonLd = readJsonLd(page);
    expect(readTaxonomy(page, readMetaTags(page), jsonLd.article, jsonLd.breadcrumbs)).toEqual({ section: 'Lexikon', categories: ['Lexikon'], tags: [] });
  });

  it('takes the JSON-LD BreadcrumbList\'s folder for the section of a page with only tags, not the crumb of the page\'s own address (rule "declared trail beside the tags")', () => {
    const trail = (third: string) => `<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[
      {"@type":"ListItem","position":1,"name":"ひろばニュース","item":"https://news.example/"},
      {"@type":"ListItem","position":2,"name":"地域","item":"https://news.example/categories/local"},
      ${third}]}</script><meta name="news_keywords" content="北陸日日新聞,経済"><link rel="canonical" href="https://news.example/articles/7f3a"><article><h1>金沢の和菓子店、台北に出店</h1><p>本文</p></article>`;
    const sectionOf = (html: string) => {
      const page = indexedPage(html);
      const jsonLd = readJsonLd(page);
      return readTaxonomy(page, readMetaTags(page), jsonLd.article, jsonLd.breadcrumbs).section;
    };
    expect(sectionOf(trail('{"@type":"ListItem","position":3,"name":"金沢の和菓子店、台北に出店"}'))).toBe('地域');
    expect(sectionOf(trail('{"@type":"ListItem","position":3,"name":"和菓子店の出店","item":"https://news.example/articles/7f3a"}'))).toBe('地域');
  });

  it('ignores a "breadcrumb" element that wraps many links', () => {
    const links = Array.from({ length: 12 }, (_, index) => `<a href="/s/${index}">Section ${index}</a>`).join('');
    expect(taxonomyOf(`<div class="has-breadcrumb">${links}</div>`).categories).toEqual([]);
  });

  it('drops a keyword that repeats the headline, and keeps one that only shares words with it', () => {
    expect(taxonomyOf('<meta property="og:title" content="Spiced pumpkin soup"><meta name="keywords" content="Spiced pumpkin soup, soup, autumn">').tags)
      .toEqual(['soup', 'autumn']);
    expect(taxonomyOf('<meta property="og:title" content="Spiced pumpkin soup"><meta name="keywords" content="pumpkin soup, autumn">').tags)
      .toEqual(['pumpkin soup', 'autumn']);
  });

  it('ignores a keywords meta that holds a cut-off teaser sentence, not one that holds a list', () => {
    expect(taxonomyOf('<meta name="keywords" content="A video claims that a courier flew abroad, to buy chicken rice for a customer, ...">').tags).toEqual([]);
    expect(taxonomyOf('<meta name="keywords" content="couriers, chicken rice">').tags).toEqual(['couriers', 'chicken rice']);
  });

  it('does not take topic links inside sentences for tags, but reads a line of topic links', () => {
    expect(taxonomyOf('<article><p>The committee asked <a href="/topic/fbi">what steps the FBI is taking</a> to close the stations in New York.</p></article>').tags)
      .toEqual([]);
    expect(taxonomyOf('<article><p>Text</p><p>Topics: <a href="/topic/fbi">FBI</a>, <a href="/topic/congress">Congress</a></p></article>').tags)
      .toEqual(['FBI', 'Congress']);
  });

  it('drops a tag-list link as the index only when two links sit in its folder, not in a folder sharing its name\'s start', () => {
    expect(taxonomyOf(`<article><div class="tags"><a href="/topics">Topics</a><a href="/topics/a">A</a><a href="/topics-old/b">B</a>
      <a href="/topics0/c">C</a><a href="https://example.com/topics/d/">D</a></div></article>`).tags).toEqual(['A', 'B', 'C', 'D']);
    expect(taxonomyOf(`<article><div class="tags"><a href="/topics">Topics</a><a href="/topics/a">A</a><a href="/topics/b?x=1">B</a>
      </div></article>`).tags).toEqual(['A', 'B']);
  });

  it('reads tag-list classes and tag-archive paths in any case', () => {
    expect(taxonomyOf('<article><ul class="Post-TAGS"><li><a href="/x/floods">Floods</a></li></ul></article>').tags).toEqual(['Floods']);
    expect(taxonomyOf('<article><p>Text</p><p><a href="/Themen/Wetter">Wetter</a></p></article>').tags).toEqual(['Wetter']);
    expect(taxonomyOf('<article><div class="\u212Aeywords"><a href="/x/roads">Roads</a></div></article>').tags).toEqual(['Roads']);
  });

  it('reads a tag box named by a bare data attribute, but not by one holding data or a flag that only mentions tags', () => {
    const story = '<article><h1>Floods close roads</h1><p>Water rose overnight.</p></article>';
    expect(taxonomyOf(`<head><meta property="article:section" content="Politik"></head><body>${story}
      <section data-tags-box class="my-10 flex"><h4>Read more about</h4><ul class="flex gap-3"><li><a href="/politik/floods/">Floods</a></li><li><a href="/region/roads/">Roads</a></li></ul></section>
    </body>`)).toEqual({ section: 'Politik', categories: [], tags: ['Floods', 'Roads'] });
    expect(taxonomyOf(`<head><meta property="article:section" content="Politik"></head><body>${story}
      <div data-tags="floods,roads" class="flex"><a href="/politik/other-story/">Another story</a></div>
      <div data-metatags class="flex"><a href="/politik/third-story/">A third story</a></div>
    </body>`)).toEqual({ section: 'Politik', categories: ['Politik'], tags: [] });
  });

  it('reads the one category link boxed by the headline when the page names no category or tag, not one after it or in a menu', () => {
    const head = '<head><meta property="og:title" content="Cold wave hits the capital | World News"></head>';
    const logo = '<h1 class="logo"><a href="/">World News</a></h1>';
    expect(taxonomyOf(`${head}<body>${logo}<ul class="menu"><li class="menu-item-object-category"><a href="/c/sport">Sport</a></li></ul>
      <section><p class="cate"><a href="/list?id=dm">Domestic</a></p><h1>Cold wave hits the capital</h1><p>Temperatures fell.</p></section>
    </body>`)).toEqual({ section: 'Domestic', categories: ['Domestic'], tags: [] });
    expect(taxonomyOf(`${head}<body>${logo}<div class="post-category"><a href="/c/a">Weather</a><a href="/c/b">Cities</a></div>
      <h1>Cold wave hits the capital</h1><p>Temperatures fell.</p><div class="article-category"><a href="/c/weather">All weather stories</a></div>
    </body>`)).toEqual({ section: null, categories: [], tags: [] });
  });

  it.each([
    ['Portuguese', 'editoria', 'Rio Grande do Sul'], ['German', 'article-ressort', 'Wirtschaft'], ['French', 'article__rubrique', 'Pixels'],
    ['Spanish', 'noticia-seccion', 'Internacional'], ['Argentine', 'volanta', 'Ciudad'], ['American', 'article-eyebrow', 'China'],
    ['BEM', 'article-live__section', 'Política'],
  ])('reads the %s newsroom\'s desk label or kicker link (class "%s") over the headline as its category', (_, className, desk) => {
    expect(taxonomyOf(`<body><main><a class="${className}" href="/desk/">${desk}</a><h1>Cold wave hits the capital</h1><p>Temperatures fell.</p></main></body>`))
      .toEqual({ section: desk, categories: [desk], tags: [] });
  });

  it('reads the link in a box named for the category\'s name over the headline as the section ("cat-name")', () => {
    expect(taxonomyOf(`<body><div class="details"><div class="cat-name"><a href="/country">Country</a></div><h1>Mango blossoms blighted</h1><p>Text.</p>
      <div class="tags-area"><a href="/tags/mango">Mango</a></div></div></body>`).section).toBe('Country');
  });

  it('reads the kicker link over the headline as the section of a page that states tags, but not as a category', () => {
    expect(taxonomyOf(`<body><main><div class="story__kicker"><a href="/opiniao">Opinião</a></div><h1>O país que não sabe envelhecer</h1><p>Texto.</p>
      <div class="post-tags"><a href="/t/cidades">Cidades</a><a href="/t/velhice">Velhice</a></div></main></body>`))
      .toEqual({ section: 'Opinião', categories: [], tags: ['Cidades', 'Velhice'] });
  });

  it('reads a kicker into a folder as the section though a tag repeats its word, and a kicker into the tag archive that repeats a tag as that tag', () => {
    const tags = '<div class="story-tags">Tags: <a href="/tag/sport">#sport</a> <a href="/tag/tennis">#tennis</a></div>';
    expect(taxonomyOf(`<body><main><div class="story__category"><a href="/sport">Sport</a></div><h1>A new champion in Paris</h1><p>Text.</p>${tags}</main></body>`))
      .toEqual({ section: 'Sport', categories: [], tags: ['sport', 'tennis'] });
    expect(taxonomyOf(`<body><main><div class="story__category"><a href="/tag/tennis">Tennis</a></div><h1>A new champion in Paris</h1><p>Text.</p>${tags}</main></body>`))
      .toEqual({ section: null, categories: [], tags: ['sport', 'tennis'] });
  });

  it('reads the kicker in the header that holds the headline, in a story box that is no article element, but not one in the page header', () => {
    const menu = '<header class="site-header"><a href="/">Daily North</a><div class="topic"><a href="/weather">Weather</a></div></header>';
    expect(taxonomyOf(`<body>${menu}<section class="story"><header class="story-header"><div class="category"><a href="/farming">Farming</a></div>
      <h1>Orchards short of pickers</h1></header><p>Text.</p></section></body>`).section).toBe('Farming');
    expect(taxonomyOf(`<body>${menu}<section class="story"><h1>Orchards short of pickers</h1><p>Text.</p></section></body>`).section).toBeNull();
  });

  it('reads a lone link into a section folder right over the headline as the section, by its address, but not a menu\'s or a story\'s link there', () => {
    const tags = '<div class="story-tags">Tags: <a href="/tag/ports">Ports</a> <a href="/tag/grain">Grain</a></div>';
    const menu = '<ul class="menu"><li><a href="/section/local">Local</a></li><li><a href="/section/economy">Economy</a></li></ul>';
    const page = (over: string) => taxonomyOf(`<body>${menu}<main>${over}<h1>Grain exports double at the port</h1><p>Text.</p>${tags}</main></body>`).section;
    expect(page('<div class="news-section"><a href="/section/economy">Economy</a></div>')).toBe('Economy');
    expect(page('<div class="post-cat"><a href="/category/economy">Economy</a></div>')).toBe('Economy');
    expect(page('<div class="x9"><a href="index.php?cat=2">Reports</a></div>')).toBe('Reports');
    expect(page('<div class="x9"><a href="/2024/11/harvest-begins">Harvest begins in the south</a></div>')).toBeNull();
    expect(page('<ul class="x9"><li><a href="/section/local">Local</a></li><li><a href="/section/economy">Economy</a></li></ul>')).toBeNull();
    expect(page('<div class="x9"><a href="/section/economy">Economy</a></div><div class="date">3 Nov 2024</div>')).toBeNull();
  });

  it('finds the headline of a page without an h1 by the shown title, in a lower heading or a layout table\'s styled cell, and reads the section link over it', () => {
    const sectionOf = (html: string, shown: string) => {
      const page = indexedPage(html);
      return readTaxonomy(page, readMetaTags(page), readJsonLd(page).article, [], shown).section;
    };
    const title = 'Grain exports double at the port';
    expect(sectionOf(`<body><div class="nd_cat"><a href="/cat/3">Economy</a></div><div class="nd_title"><h2>${title}</h2></div><p>Text.</p></body>`, title))
      .toBe('Economy');
    expect(sectionOf(`<body><table><tr><td class="menu"><a href="index.php?cat=1">News</a> - <a href="index.php?cat=2">Reports</a></td></tr>
      <tr><td><table><tr><td class="cat_name"><a href="index.php?cat=2">Reports</a></td></tr><tr><td><font class="art_title">${title}</font></td></tr>
      <tr><td class="art_text"><p>Text.</p></td></tr></table></td></tr></table></body>`, title)).toBe('Reports');
    expect(sectionOf(`<body><div class="nd_cat"><a href="/cat/3">Economy</a></div><div class="nd_title"><h2>${title}</h2></div><p>Text.</p></body>`, 'Another story'))
      .toBeNull();
  });

  it('reads the kicker link in a box named for the section in Hungarian, or a BEM block\'s "__subject", or a "cat-name" box', () => {
    const page = (over: string) => taxonomyOf(`<body><main>${over}<h1>Grain exports double at the port</h1><p>Text.</p></main></body>`).section;
    expect(page('<div class="hk-article__rovat"><a href="/belfold">Belföld</a></div>')).toBe('Belföld');
    expect(page('<div class="kr-article__subject"><a href="/uutiset/kotimaa">Kotimaa</a></div>')).toBe('Kotimaa');
    expect(page('<div class="cat-name"><a href="/country">Country</a></div>')).toBe('Country');
  });

  it('reads an unlinked label in a box named for the category over the headline as the section when the site\'s menu names it, and on no page with a trail', () => {
    const menu = '<div class="menu"><a href="/index.asp">Home</a> | <a href="/cat.asp?id=1">Politics</a> | <a href="/cat.asp?id=2">Local</a></div>';
    const page = (head: string, label: string) => taxonomyOf(`<body>${head}<div class="catname">${label}</div><table><tr><td class="ndate">20/01/2026 11:45</td></tr>
      <tr><td><h1>Grain exports double at the port</h1></td></tr><tr><td><p>Text.</p></td></tr></table></body>`);
    expect(page(menu, 'Local')).toEqual({ section: 'Local', categories: ['Local'], tags: [] });
    expect(page(menu, 'Weather warning issued').section).toBeNull();
    expect(page('', 'Local').section).toBeNull();
    const trail = '<ul class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/news/local/">Local news</a></li></ul>';
    expect(page(menu + trail, 'Local').categories).toEqual(['News', 'Local news']);
  });

  it('reads the menu a table template names by its id alone, and the unlinked Icelandic category box it names (rule "menu named in its id")', () => {
    const page = (menu: string) => taxonomyOf(`<body>${menu}<table><tr><td><div class="flokkur">Fréttir</div><h1>Loðnuvertíðin hefst fyrr</h1>
      <p>Text.</p></td></tr></table></body>`);
    expect(page('<div id="valmynd"><a href="/frettir/">Fréttir</a> | <a href="/ithrottir/">Íþróttir</a></div>').section).toBe('Fréttir');
    expect(page('<div id="menu"><a href="/frettir/">Fréttir</a> | <a href="/ithrottir/">Íþróttir</a></div>').section).toBe('Fréttir');
    expect(page('<div id="top"><a href="/frettir/">Fréttir</a> | <a href="/ithrottir/">Íþróttir</a></div>').section).toBeNull();
  });

  it('reads an unlinked label the menu names in the section box right over the headline, and not in one elsewhere', () => {
    const menu = '<nav><a href="/politics">정치</a><a href="/society">사회</a><a href="/economy">경제</a></nav>';
    const page = (box: string, between = '') => taxonomyOf(`<body><header>${menu}</header><div class="section">${box}${between}
      <h1>시내버스 요금 200원 인상</h1><p>서울시는 내년부터 시내버스 요금을 인상한다고 밝혔다.</p></div></body>`).section;
    expect(page('<div class="sec">사회</div>')).toBe('사회');
    expect(page('<span class="section">사회</span>')).toBe('사회');
    expect(page('<div class="sec">속보</div>')).toBeNull();
    expect(page('<div class="sec">사회</div>', '<div class="date">2026.12.04</div>')).toBeNull();
  });

  it('reads the plain label of a box named for the section\'s label right over the headline, menu or no menu (rule "box named the section\'s label")', () => {
    const page = (box: string, between = '') => taxonomyOf(`<body><nav><a href="/">Home</a><a href="/sport">Sport</a></nav><article>${box}${between}
      <h1>Gemeenteraad stemt over de havenbegroting</h1><p>De gemeenteraad stemt donderdag over de begroting van de haven.</p></article></body>`).section;
    expect(page('<div class="section-label">Binnenland</div>')).toBe('Binnenland');
    expect(page('<span class="article__section-name">Economie</span>')).toBe('Economie');
    expect(page('<div class="section-label">Binnenland</div>', '<div class="date">3 december 2026</div>')).toBeNull();
    expect(page('<div class="section-label">Live: de stemming van 3 december</div>')).toBeNull();
    expect(page('<div class="article-section">Binnenland</div>')).toBeNull();
  });

  it('reads a plain line right over the headline as the section where a link before it shows the same word (rule "plain kicker named in the menu")', () => {
    const story = 'Les paysans de la zone s\'inquiètent du retard dans la livraison des engrais subventionnés pour la campagne, qui doit démarrer dans moins d\'un mois. ';
    const page = (menu: string, kicker: string) => extract(`<html lang="fr"><head><title>Les riziculteurs attendent l'engrais</title></head><body><table><tr><td>${menu}</td></tr>
      <tr><td><font color="#666666">${kicker}</font><br><font size="5"><b>Les riziculteurs attendent l'engrais</b></font><br>
      <font size="2">${story.repeat(3)}<br><br>${story.repeat(3)}</font></td></tr></table></body></html>`, { url: null, now: new Date('2026-12-07T12:00:00Z') }).section;
    const menu = '<a href="index.php">Accueil</a> | <a href="rubrique.php?id=1">Politique</a> | <a href="rubrique.php?id=2">Economie</a>';
    expect(page(menu, 'Economie')).toBe('Economie');
    // A line no link names, and a kicker's phrase, are no section.
    expect(page(menu, 'Culture')).toBeNull();
    expect(page(menu, 'Exclusif : notre enquête')).toBeNull();
  });

  it('reads the plain label of a box named by the newsroom\'s word for the desk right over the headline (rule "desk\'s own word")', () => {
    const page = (box: string, between = '') => taxonomyOf(`<body><img src="/img/print_logo.gif" alt="Vestnik">${box}${between}
      <h1>Water level rises</h1><p>The river rose a metre in the night.</p></body>`).section;
    expect(page('<div class="rubric">Общество</div>')).toBe('Общество');
    expect(page('<p class="druck-ressort">Sachsen-Anhalt</p>')).toBe('Sachsen-Anhalt');
    expect(page('<div class="rubrique">Société</div>')).toBe('Société');
    // The Iberian desks' word: Catalan "secció", Spanish "sección".
    expect(page('<span class="seccio">Comarca</span>')).toBe('Comarca');
    expect(page('<div class="seccion">Sociedad</div>')).toBe('Sociedad');
    // A date between the label and the headline, a sentence, or the word only inside a longer one name nothing.
    expect(page('<div class="rubric">Общество</div>', '<div class="date">05.12.2026</div>')).toBeNull();
    expect(page('<div class="rubric">The river rose a metre in the night</div>')).toBeNull();
    expect(page('<div class="rubricator">Общество</div>')).toBeNull();
  });

  it('reads the innermost folder of a plain trail in the desk\'s box right over the headline (rule "trail in the desk\'s box")', () => {
    const page = (box: string) => taxonomyOf(`<body>${box}<h1>Bugetul pentru drumuri, aprobat</h1><p>Consilierii au votat miercuri bugetul.</p></body>`).section;
    expect(page('<span class="rubrica">Ştiri &raquo; Administraţie</span>')).toBe('Administraţie');
    expect(page('<div class="rubrica">Cronaca</div>')).toBe('Cronaca');
    expect(page('<div class="rubric">Новости › Общество › Медицина</div>')).toBe('Медицина');
    // A sentence after the mark is no folder.
    expect(page('<div class="rubric">Știri » Consilierii au votat bugetul pentru drumurile județene</div>')).toBeNull();
  });

  it('prefers the innermost crumb of the trail to the kicker as the section of a page that states tags', () => {
    expect(taxonomyOf(`<body><main><ul class="breadcrumb"><li><a href="/">Start</a></li><li><a href="/leben/">Leben</a></li><li><a href="/leben/drinks/">Drinks</a></li></ul>
      <a class="ressort" href="/leben/">Leben</a><h1>Der Cocktail aus New Orleans</h1><p>Text.</p>
      <div class="post-tags"><a href="/t/bar">Bar</a><a href="/t/rum">Rum</a></div></main></body>`).section).toBe('Drinks');
  });

  it.each([
    ['French "mots-clés" box', '<ul class="article__mots-cles"><li><a href="/x/agriculture/">Agriculture</a></li><li><a href="/x/loup/">Loup</a></li></ul>', ['Agriculture', 'Loup']],
    ['BEM "__topics" box', '<div class="story__topics"><span>Tópicos</span><a href="/x/cidades">Cidades</a><a href="/x/velhice">Velhice</a></div>', ['Cidades', 'Velhice']],
    ['line of links into the French "/mot-cle/" archive', '<div class="x1"><a href="/mot-cle/agriculture/">Agriculture</a> <a href="/mot-cle/loup/">Loup</a></div>', ['Agriculture', 'Loup']],
    ['line of links into the Portuguese "/topico/" archive', '<div class="x1"><a href="/topico/cidades">Cidades</a> <a href="/topico/velhice">Velhice</a></div>', ['Cidades', 'Velhice']],
  ])('reads the tags from a %s', (_, box, tags) => {
    expect(taxonomyOf(`<body><main><article><h1>Le loup revient dans les Cévennes</h1><p>Texte.</p>${box}</article></main></body>`).tags).toEqual(tags);
  });

  it('reads a trail named by its aria-label or by the French "ariane", and one closed by an unlinked text crumb', () => {
    const headline = '<h1>Un automobiliste blessé dans une sortie de route</h1><p>Texte.</p>';
    expect(taxonomyOf(`<nav class="x1" aria-label="Fil d’Ariane"><ol><li><a href="/">Accueil</a></li><li><a href="/bretagne/">Bretagne</a></li><li><span>Faits divers</span></li></ol></nav>${headline}`).section)
      .toBe('Bretagne');
    expect(taxonomyOf(`<div class="ca-ariane"><a href="/">Accueil</a> <a href="/bretagne/">Bretagne</a></div>${headline}`).section).toBe('Bretagne');
    expect(taxonomyOf(`<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/yw/">要闻</a> &gt; 正文</div><h1>春播春管有序推进</h1><p>正文</p>`))
      .toEqual({ section: '要闻', categories: ['要闻'], tags: [] });
  });

  it('drops the slash a theme sets before a kicker label', () => {
    expect(taxonomyOf('<body><main><p class="article__category"><a href="/obyczaje"><span>/</span> Obyczaje</a></p><h1>Winda w chmurach</h1><p>Tekst.</p></main></body>').section)
      .toBe('Obyczaje');
  });

  it('reads the tags of the article that holds the headline, not those of the next story loaded under it or a teaser above it', () => {
    const story = (title: string, tag: string) => `<article class="story"><h1>${title}</h1><p>Text of the story.</p>
      <footer><a href="/tag/${tag.toLowerCase()}">${tag}</a></footer></article>`;
    const tagsOf = (html: string, shown: string) => {
      const page = indexedPage(html);
      return readTaxonomy(page, readMetaTags(page), readJsonLd(page).article, [], shown).tags;
    };
    expect(tagsOf(`<main>${story('Harbour approves cruise terminal', 'Harbour')}<div>Next article</div>${story('Library hours cut', 'Libraries')}</main>`, 'Harbour approves cruise terminal'))
      .toEqual(['Harbour']);
    expect(tagsOf(`<main>${story('Library hours cut', 'Libraries')}${story('Harbour approves cruise terminal', 'Harbour')}</main>`, 'Harbour approves cruise terminal'))
      .toEqual(['Harbour']);
    // One story with comments set as articles of their own, which carry no headline: the story's tags.
    expect(tagsOf(`<main>${story('Harbour approves cruise terminal', 'Harbour')}<article class="comment"><p>Great news</p></article></main>`, 'Harbour approves cruise terminal'))
      .toEqual(['Harbour']);
  });

  it('reads the tags of the first story of a stream of boxes, not those of the next story under a headline of its class', () => {
    const story = (heading: string, title: string, tag: string) => `<div class="stream__item"><${heading} class="art__title">${title}</${heading}>
      <p>Text of the story.</p><p>More of it.</p><div class="art__tags"><a href="/thema/${tag.toLowerCase()}/">${tag}</a></div></div>`;
    const taxonomy = taxonomyOf(`<div class="stream">${story('h1', 'Harbour approves cruise terminal', 'Harbour')}<div>Next article</div>${story('h2', 'Library hours cut', 'Libraries')}</div>`);
    expect(taxonomy.tags).toEqual(['Harbour']);
    // Teasers under the story with headings of another class leave its tags alone.
    const teased = taxonomyOf(`<div><h1 class="art__title">Harbour approves cruise terminal</h1><p>Text.</p><h2 class="teaser__title">Library hours cut</h2>
      <div class="art__tags"><a href="/thema/harbour/">Harbour</a></div></div>`);
    expect(teased.tags).toEqual(['Harbour']);
  });

  it('reads a topic label in the article\'s own header as its category, not one in the page header', () => {
    const head = '<head><meta property="og:title" content="Cold wave hits the capital"></head>';
    expect(taxonomyOf(`${head}<body><article><header><div class="article-topic"><a href="/thema/weather">Weather and climate</a></div>
      <h1>Cold wave hits the capital</h1></header><p>Temperatures fell.</p></article></body>`))
      .toEqual({ section: 'Weather and climate', categories: ['Weather and climate'], tags: [] });
    expect(taxonomyOf(`${head}<body><header><div class="topic-of-the-day"><a href="/thema/elections">Elections</a></div></header>
      <article><h1>Cold wave hits the capital</h1><p>Temperatures fell.</p></article></body>`))
      .toEqual({ section: null, categories: [], tags: [] });
  });
});

describe('the credited agency\'s keyword (rule "the credited agency\'s keyword")', () => {
  const tagsOf = (keywords: string, tagRow: string, foot: string) => extract(`<!doctype html><html lang="nb"><head><title>Strømprisen stiger</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Strømprisen stiger","keywords":${keywords}}</script></head>
    <body><article><h1>Strømprisen stiger</h1>
    <p>Strømprisen i Sør-Norge ventes å nå det høyeste nivået i år neste uke, viser nye prognoser fra analyseselskapene.</p>
    <p>Kaldt vær og lite vind i Nord-Europa presser prisene opp, samtidig som fyllingsgraden i magasinene er lav.</p>${foot}
    <footer>${tagRow}</footer></article></body></html>`, { now: new Date('2026-12-07T12:00:00Z') }).tags;

  it('leaves out the keyword that names the agency the page credits', () => {
    expect(tagsOf('["Strøm","NTB"]', 'Stikkord: <a href="/tag/strom/" rel="tag">Strøm</a>', '<p>(©NTB)</p>')).toEqual(['Strøm']);
  });

  it('keeps it when the page shows it as a tag, credits no agency or shows no tags', () => {
    expect(tagsOf('["Strøm","NTB"]', 'Stikkord: <a href="/tag/strom/" rel="tag">Strøm</a> <a href="/tag/ntb/" rel="tag">NTB</a>', '<p>(©NTB)</p>')).toEqual(['Strøm', 'NTB']);
    expect(tagsOf('["Strøm","NTB"]', 'Stikkord: <a href="/tag/strom/" rel="tag">Strøm</a>', '')).toEqual(['Strøm', 'NTB']);
    expect(tagsOf('["Strøm","NTB"]', '', '<p>(©NTB)</p>')).toEqual(['Strøm', 'NTB']);
  });
});
