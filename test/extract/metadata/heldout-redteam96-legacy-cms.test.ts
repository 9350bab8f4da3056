import { extract } from '../../../lambdas/extract';
import { parseDate } from '../../../lambdas/extract/metadata/dates';

const now = new Date('2026-12-08T12:00:00Z');
const story = '<p>Der Gemeinderat hat am Donnerstagabend einstimmig den Neubau des Feuerwehrhauses beschlossen, das bis zum Herbst bezugsfertig sein soll.</p>'.repeat(3);

describe('legacy CMS news pages', () => {
  it('drops a standing keyword list that opens with the name the page titles carry (rule "site-led keywords, site named by its title")', () => {
    const page = (keywords: string) => `<html><head><title>Dorfbote - Neues Feuerwehrhaus beschlossen</title><meta name="keywords" content="${keywords}"></head>`
      + `<body><table><tr><td class="contentheading">Neues Feuerwehrhaus beschlossen</td></tr><tr><td>${story}</td></tr></table></body></html>`;
    const tags = (keywords: string) => extract(Buffer.from(page(keywords)), { url: 'http://www.dorfbote.example/index.php?option=com_content&task=view&id=12', now }).tags;
    expect(tags('Dorfbote, Nachrichten, Lokales, Vereine')).toEqual([]);
    expect(tags('Feuerwehr, Gemeinderat')).toEqual(['Feuerwehr', 'Gemeinderat']);
  });

  it('reads Joomla\'s Polish and Indonesian update lines as the last edit (rule "Joomla\'s update line in Polish and Indonesian")', () => {
    const page = (lang: string, created: string, text: string, updated: string) => `<html lang="${lang}"><head><title>Joomla</title></head><body><table class="contentpaneopen">`
      + `<tr><td class="contentheading">Headline of the story</td></tr><tr><td class="createdate">${created}</td></tr><tr><td>${text.repeat(3)}</td></tr>`
      + `<tr><td class="modifydate">${updated}</td></tr></table></body></html>`;
    const polish = extract(Buffer.from(page('pl-pl', 'sobota, 05 grudzień 2026 09:30', '<p>Przebudowa mostu drogowego przez Wisłę zakończy się co najmniej cztery miesiące później, niż planowano.</p>', 'Poprawiony: sobota, 05 grudzień 2026 11:40')), { url: 'http://gazeta.example/index.php/region/1877-most', now });
    expect(polish.modifiedAt).toBe('2026-12-05T11:40:00+01:00');
    const indonesian = extract(Buffer.from(page('id-id', 'Sabtu, 05 Desember 2026 09:30', '<p>Jembatan gantung sepanjang 120 meter itu akhirnya selesai dibangun dan mulai dilalui warga desa sejak Kamis.</p>', 'Terakhir Diperbaharui ( Sabtu, 05 Desember 2026 13:02 )')), { url: 'http://warta.example/index.php?option=com_content&view=article&id=5531', now });
    expect(indonesian.modifiedAt).toBe('2026-12-05T13:02:00+07:00');
  });

  it('reads the sender of a Spanish or Portuguese CMS row as the writer, without the date after it (rule "Romance sender\'s row")', () => {
    const page = (lang: string, row: string, text: string) => `<html lang="${lang}"><head><title>Portal</title></head><body><h1>Titular de la noticia</h1>`
      + `<span class="submitted">${row}</span><div class="content">${text.repeat(3)}</div></body></html>`;
    const authors = (lang: string, row: string, text: string) => extract(Buffer.from(page(lang, row, text)), { url: 'http://portal.example/node/15520', now }).authors;
    const spanish = '<p>El pleno del Ayuntamiento aprobó el jueves por la noche un plan de rehabilitación para las viviendas del casco antiguo.</p>';
    const portuguese = '<p>O festival levou cerca de três mil pessoas à praça da matriz na noite de sexta-feira, com duplas de vários municípios.</p>';
    expect(authors('es', 'Enviado por María García el Sáb, 05/12/2026 - 09:30', spanish)).toEqual(['María García']);
    expect(authors('pt', 'Postado por Rita Moura em sábado 05 dezembro 2026 - 09:30:00', portuguese)).toEqual(['Rita Moura']);
    const posted = '<html lang="pt-BR"><head><title>Pacto assinado | Correio</title></head><body><article><h1>Pacto assinado em Belém</h1>'
      + '<div class="noticia-autor"><p>postado em 03/12/2026 18:40 / atualizado em 03/12/2026 20:15</p></div>'
      + `<div class="noticia-texto"><p><strong>Por Marina Lobo, enviada especial a Belém</strong></p>${portuguese.repeat(3)}</div></article></body></html>`;
    expect(extract(Buffer.from(posted), { url: 'https://correio.example.com.br/mundo/2026/12/03/pacto.html', now }).authors).toEqual(['Marina Lobo']);
  });

  it('dates the item by the row that names its sender (rule "sender\'s row")', () => {
    const html = '<html lang="pt"><head><title>Portal / Notícias / Festival reúne duplas</title></head><body><div class="news_title">Festival reúne duplas na praça</div>'
      + '<div class="news_info"><a href="news.php?cat.2"><img src="cultura.png" alt="Cultura"></a> <span class="smalltext">Postado por <a href="user.php?id.14">Rita Moura</a> em sábado 05 dezembro 2026 - 09:30:00 | Categoria: <a href="news.php?cat.2">Cultura</a></span></div>'
      + `<div class="news_text">${'O festival levou cerca de três mil pessoas à praça da matriz na noite de sexta-feira, com duplas de vários municípios.<br /><br />'.repeat(3)}</div></body></html>`;
    expect(extract(Buffer.from(html), { url: 'http://portal.example/news.php?item.2204', now }).publishedAt).toMatch(/^2026-12-05T09:30:00/);
  });

  it('reads Joomla\'s pathway as the breadcrumb trail, its folder the section, and keeps it out of the body (rule "Joomla\'s pathway")', () => {
    const html = '<html><head><title>Dorfbote - Neues Feuerwehrhaus beschlossen</title></head><body><div id="pathway_text"><span class="pathway">'
      + '<a href="index.php" class="pathway">Startseite</a> <img src="arrow.png" alt="arrow" /> <a href="index.php?option=com_content&amp;task=blogcategory&amp;id=5" class="pathway">Gemeinde</a> <img src="arrow.png" alt="arrow" /> Neues Feuerwehrhaus beschlossen </span></div>'
      + `<table class="contentpaneopen"><tr><td class="contentheading">Neues Feuerwehrhaus beschlossen</td></tr><tr><td>${story}</td></tr></table></body></html>`;
    const record = extract(Buffer.from(html), { url: 'http://www.dorfbote.example/index.php?option=com_content&task=view&id=12', now });
    expect(record.section).toBe('Gemeinde');
    expect(record.body).not.toContain('Startseite');
  });

  it('puts a zoneless Spanish page that prices in euros on Madrid\'s clock, not one that prices in pesos too (rule "the euro in Spanish")', () => {
    const page = (money: string) => `<html lang="es"><head><title>Plan de vivienda | El Eco</title></head><body><h1>El Ayuntamiento aprueba un plan de vivienda</h1><span class="submitted">Enviado por María García el Sáb, 05/12/2026 - 09:30</span>`
      + `<div class="content">${'<p>El pleno aprobó el jueves un plan de rehabilitación para las viviendas del casco antiguo del municipio.</p>'.repeat(2)}<p>La inversión municipal será de ${money}.</p></div></body></html>`;
    const published = (money: string) => extract(Buffer.from(page(money)), { url: 'http://eco.example/node/15520', now }).publishedAt;
    expect(published('2,8 millones de euros')).toBe('2026-12-05T09:30:00+01:00');
    expect(published('2,8 millones de euros, unos 60 millones de pesos')).toBe('2026-12-05T09:30:00+00:00');
  });

  it('reads a yearless stamp with its reads counted in brackets after it (rule "reads after the yearless stamp")', () => {
    expect(parseDate('Posted by admin on Saturday, December 05 @ 09:30:00 EST (1287 reads)', now)?.iso).toBe('2026-12-05T09:30:00-05:00');
    expect(parseDate('Saturday, December 05 @ 09:30:00 EST (1287 reads)', now)?.iso).toBe('2026-12-05T09:30:00-05:00');
    expect(parseDate('Opened December 05 at 09:30 in the 1287 building', now)).toBeNull();
  });

  it('takes no column heading for a writer (rule "column headings")', () => {
    const html = '<html><head><title>Club :: View topic - Derby moves to the bay</title></head><body><a class="maintitle" href="viewtopic.php?t=2291">Derby moves to the bay</a>'
      + '<table class="forumline"><tr><th class="thLeft">Author</th><th class="thRight">Message</th></tr><tr><td class="row1"><span class="name"><b>bayfisher</b></span></td>'
      + `<td class="row1"><span class="postbody">${'The club\'s derby will be held on the bay this year, the board decided at its meeting on Thursday night.<br /><br />'.repeat(3)}</span></td></tr></table></body></html>`;
    expect(extract(Buffer.from(html), { url: 'http://club.example/viewtopic.php?t=2291', now }).authors).toEqual([]);
  });

  it('credits a forum topic\'s item to the poster of its first post (rule "opening post\'s poster")', () => {
    const post = (id: number, name: string, text: string) => `<table id="post${id}"><tr><td class="alt2"><div><a class="bigusername" href="member.php?u=3">${name}</a></div><div class="smallfont">Регистрация: 12.03.2009</div></td>`
      + `<td class="alt1"><div id="post_message_${id}">${text}</div></td></tr></table>`;
    const news = 'С понедельника движение по Заречному мосту будет полностью закрыто на три недели, сообщили в управлении дорожного хозяйства.<br /><br />';
    const html = '<html lang="ru"><head><title>Мост закроют на три недели - Форум</title></head><body><div class="navbar"><strong>Мост закроют на три недели</strong></div>'
      + post(402211, 'Сергей Ветров', news.repeat(4)) + post(402230, 'zarechnaya', 'Подписала обращение, надеюсь, автобус дадут.') + '</body></html>';
    expect(extract(Buffer.from(html), { url: 'http://forum.example/showthread.php?t=31877', now }).authors).toEqual(['Сергей Ветров']);
  });

  it('reads e107\'s labelled category link as the section, past the category\'s icon link (rule "e107\'s category links")', () => {
    const html = '<html lang="pt"><head><title>Portal / Notícias / Festival reúne duplas</title></head><body><div class="news_title">Festival reúne duplas na praça</div>'
      + '<div class="news_info"><a href="news.php?cat.2"><img src="cultura.png" alt="Cultura"></a> <span class="smalltext">Postado por <a href="user.php?id.14">Rita Moura</a> em sábado 05 dezembro 2026 - 09:30:00 | Categoria: <a href="news.php?cat.2">Cultura</a></span></div>'
      + `<div class="news_text">${'O festival levou cerca de três mil pessoas à praça da matriz na noite de sexta-feira, com duplas de vários municípios.<br /><br />'.repeat(3)}</div></body></html>`;
    expect(extract(Buffer.from(html), { url: 'http://portal.example/news.php?item.2204', now }).section).toBe('Cultura');
  });

  it('reads the title of the page\'s up link as its section when nothing else names one (rule "the page\'s up link")', () => {
    const page = (head: string) => `<html><head><title>Club :: View topic - Derby moves to the bay</title>${head}</head><body><a class="maintitle" href="viewtopic.php?t=2291">Derby moves to the bay</a>`
      + `<span class="nav"><a href="index.php" class="nav">Club Forum Index</a> -&gt; <a href="viewforum.php?f=3" class="nav">Club News</a></span><span class="postbody">${'The club\'s derby will be held on the bay this year, the board decided at its meeting on Thursday night.<br /><br />'.repeat(3)}</span></body></html>`;
    const section = (head: string) => extract(Buffer.from(page(head)), { url: 'http://club.example/viewtopic.php?t=2291', now }).section;
    expect(section('<link rel="up" href="viewforum.php?f=3" title="Club News" />')).toBe('Club News');
    expect(section('<link rel="up" href="viewforum.php?f=3" />')).toBeNull();
  });

  it('reads the reads counted in brackets after the News module\'s stamp (rule "reads after the stamp")', () => {
    const html = '<html><head><title>Valley Online - Council reopens footbridge</title></head><body><table><tr><td><font class="option"><b>Council reopens footbridge</b></font><br>'
      + '<font class="content">Posted by <a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username=admin">admin</a> on Saturday, December 05 @ 09:30:00 EST (1287 reads)<br><br>'
      + `${'The town council voted on Thursday night to spend the money repairing the footbridge over the creek, closed since spring.<br><br>'.repeat(4)}</font></td></tr></table></body></html>`;
    expect(extract(Buffer.from(html), { url: 'http://valley.example/modules.php?name=News&file=article&sid=4412', now }).counters.views).toBe(1287);
  });
});
