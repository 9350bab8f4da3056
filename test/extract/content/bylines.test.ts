import { page, prose, run } from './helpers';

const story = ['harbour', 'ferry', 'pier', 'tide', 'dock', 'quay'].map((topic) => prose(topic)).join('');

describe('byline residue at the edges of the body', () => {
  it.each([
    ['a bare name before the story', `<article><p>Mara Holm</p>${story}</article>`],
    ['a credited name after the story', `<article>${story}<p>von Mara Holm</p></article>`],
    ['two credited names after the story', `<article>${story}<p><em>By Mara Holm and Tom Lee.</em></p></article>`],
    ['a labelled name before the story', `<article><p>Text: Mara Holm</p>${story}</article>`],
    ['a writer\'s credit parted from the photographer\'s by a slash (rule "slash before the photographer")', `<article><p><em>Text: Mara Holm / Fotos: Ana Poe</em></p>${story}</article>`],
    ['a genre credit before the story', `<article><p>Eine Kolumne von Mara Holm</p>${story}</article>`],
    ['a sign-off with the writer\'s e-mail address after the story', `<article>${story}<p>Mara Holm mara.holm@harbour.example</p></article>`],
    ['a signature in brackets after the story', `<article>${story}<p>(Mara Holm)</p></article>`],
    ['a wire byline with the agency run on after the name', `<article><p>By MARA HOLM Associated Press</p>${story}</article>`],
    ['a byline with the agency after "with"', `<article><p>By Mara Holm with AFP</p>${story}</article>`],
    ['a signature with a note on the agency copy it uses (rule "agency material note")', `<article>${story}<p>Mara Holm, mit Material von dpa</p></article>`],
    ['a byline closed by a note on where the writer filed from (rule "note after the byline")', `<article><p>Par Mara Holm (Florac (Lozère), envoyée spéciale)</p>${story}</article>`],
    ['a Portuguese closing credit of the writers and the reviewer (rule "article by", other role "revisto por")', `<article>${story}<p>Artigo de Mara Holm e Tom Lee. Revisto por Ana Poe.</p></article>`],
    ['a Spanish interview\'s closing credit of its interviewer ("Entrevista realizada por")', `<article>${story}<p><em>Entrevista realizada por Mara Holm</em></p></article>`],
    ['a fact-check\'s closing credits of its writer, researcher and editor (rule "research credit")', `<article>${story}<p><em>Reporting by Mara Holm. Additional research by Ana Poe. Edited by Tom Lee.</em></p></article>`],
    ['a closing credit of the writer for the site, by its address (rule "writing for the site, under the text")', `<article>${story}<p>By Mara Holm for Crudewatch.example</p></article>`],
    ['a closing credit of the writer for a paper', `<article>${story}<p>By Mara Holm for The Harbour Gazette</p></article>`],
    ['a byline box of the name and the place filed from, run together (rule "byline with its place")', `<article><div class="firma"><span class="autor">Mara Holm</span> <span class="lugar">Madrid</span></div>${story}</article>`],
    ['a byline box of the name and a two-word place', `<article><div class="firma"><span>Tom Lee</span> <span>Buenos Aires</span></div>${story}</article>`],
  ])('drops %s when the metadata names the authors', (_kind, html) => {
    const body = run(page(html), { authors: ['Mara Holm', 'Tom Lee'] }).body;
    expect(body).not.toMatch(/Mara Holm|Tom Lee/);
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it('drops the reporter\'s credit with the place it was filed from under the opening paragraph (rule "reporter\'s title set apart")', () => {
    for (const row of ['<p>记者 林慧敏／吉隆坡报道</p>', '<p>本報記者 林慧敏/溫哥華報導</p>']) {
      const body = run(page(`<article>${prose('harbour')}${row}${story}</article>`), { authors: ['林慧敏'] }).body;
      expect(body).not.toContain('林慧敏');
      expect(body.split('\n\n')).toHaveLength(7);
    }
  });

  it('drops a header row whose stamps run on into the story\'s access badge (rule "access badge in the row")', () => {
    for (const row of ['<p>Par <a href="/auteurs/mara-holm">Mara Holm</a> <span>Publié le 04/12/2031 à 19h12, mis à jour le 05/12/2031 à 08h30</span> <span class="badge">Abonnés</span></p>', '<p>By Mara Holm · Published May 3, 2031 Subscribers only</p>']) {
      const body = run(page(`<article>${row}${story}</article>`), { authors: ['Mara Holm'] }).body;
      expect(body).not.toContain('Mara Holm');
      expect(body.split('\n\n')).toHaveLength(6);
    }
  });

  it('drops a byline row that sets the site\'s own address, in Devanagari, between the writer and the date (rule "site\'s address after the writer")', () => {
    const body = run(page(`<article><p>Authored by संदीप पांडेय | राजधानीटाइम्स.कॉम</p>${story}</article>`), { authors: ['संदीप पांडेय'] }).body;
    expect(body).not.toContain('संदीप पांडेय');
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it('drops an Arabic byline of two writers, "and" joined to the second name (rule "joined and")', () => {
    const body = run(page(`<article><p>كتب محمد الصالح وسارة العلي:</p>${story}</article>`), { authors: ['محمد الصالح', 'سارة العلي'] }).body;
    expect(body).not.toContain('محمد الصالح');
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it('drops an Arabic byline that leads into the story with a colon after the name (rule "colon after the writer")', () => {
    const body = run(page(`<article><p><strong>كتب فيصل الرشيدي:</strong></p>${story}</article>`), { authors: ['فيصل الرشيدي'] }).body;
    expect(body).not.toContain('فيصل الرشيدي');
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it('drops a Levantine press review\'s byline that names the paper the piece ran in (rule "paper the piece ran in")', () => {
    const body = run(page(`<article><p><strong>كتبت ريما صعب في "نداء الجبل":</strong></p>${story}</article>`), { authors: ['ريما صعب'] }).body;
    expect(body).not.toContain('نداء الجبل');
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it.each([
    ['an Italian update stamp of the clock alone', 'di Mara Holm e Tom Lee Aggiornato alle 13:48'],
    ['an Italian update stamp with "ore" before the clock', 'di Mara Holm · Aggiornato ore 13:48'],
  ])('drops a byline row that closes with %s, the word Italian sets before the clock', (_kind, row) => {
    const body = run(page(`<article><p>${row}</p>${story}</article>`), { authors: ['Mara Holm', 'Tom Lee'] }).body;
    expect(body).not.toContain('Mara Holm');
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it('drops the correspondent\'s credit that gives only the place at the head of the story (rule "correspondent at a place")', () => {
    const body = run(page(`<article><p><strong>From our correspondent, Lokoja</strong></p>${story}</article>`), { authors: [] }).body;
    expect(body).not.toContain('correspondent');
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it.each(['By a Special Correspondent', 'By Our Staff Reporter', 'A Correspondent'])('drops the credit to a post that names no one, "%s", at the head of the story (rule "a post, no name")', (credit) => {
    const body = run(page(`<article><p class="author">${credit}</p>${story}</article>`), { authors: [] }).body;
    expect(body).not.toContain(credit);
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it.each(['बाड़मेर से हमारे संवाददाता', 'निज संवाददाता', 'নিজস্ব সংবাদদাতা', 'নিজস্ব প্রতিবেদক'])('drops the Hindi or Bengali credit to the paper\'s own correspondent, "%s", at the head of the story (rule "our correspondent, in Hindi and Bengali")', (credit) => {
    const body = run(page(`<article><p class="author">${credit}</p>${story}</article>`), { authors: [] }).body;
    expect(body).not.toContain(credit);
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it('keeps a Hindi sentence that names the paper\'s correspondent', () => {
    const line = 'हमारे संवाददाता ने मौके पर पहुंचकर ग्रामीणों से बात की।';
    expect(run(page(`<article><p>${line}</p>${story}</article>`), { authors: [] }).body).toContain(line);
  });

  it('drops the writer\'s "From" line at the head of a story filed away from the head office (rule "writer filing from a place")', () => {
    const body = run(page(`<article><p>From Tunde Okafor, Lokoja</p>${story}</article>`), { authors: ['Tunde Okafor'] }).body;
    expect(body).not.toContain('Tunde Okafor');
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it.each(['From staff reports', 'Staff report', 'From staff and wire reports'])('drops the desk\'s credit "%s" at the head of a round-up (rule "newsroom byline")', (credit) => {
    const body = run(page(`<article><p><em>${credit}</em></p>${story}</article>`), { authors: [] }).body;
    expect(body).not.toContain(credit);
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it('keeps a story paragraph that mentions staff reports', () => {
    const body = run(page(`<article><p>Staff reports from the harbour office were late.</p>${story}</article>`), { authors: [] }).body;
    expect(body).toContain('Staff reports from the harbour office');
  });

  it.each(['Por la Redacción', 'Da Redação', 'Per la redacció', 'Redacció', 'Door onze redactie', 'Door de redactie', 'Von unserer Redaktion', 'Par notre rédaction'])('drops the newsroom\'s credit "%s" before the story (rules "newsroom byline", "our newsroom")', (credit) => {
    const body = run(page(`<article><p>${credit}</p>${story}</article>`), { authors: [] }).body;
    expect(body).not.toMatch(/Reda/i);
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it.each(['إعداد: فريق التحرير', 'هيئة التحرير', 'قسم الأخبار', 'Haber Merkezi', 'Ekonomi Haber Merkezi'])('drops the Arabic or Turkish newsroom\'s credit "%s" before the story (rule "newsroom byline")', (credit) => {
    const body = run(page(`<article><p>${credit}</p>${story}</article>`), { authors: [] }).body;
    expect(body).not.toContain(credit);
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it.each(['Team Lokvarta', 'टीम लोकवार्ता', 'ટીમ નવસમાચાર'])('drops the Indian paper\'s team credit "%s" before the story (rule "the paper\'s team")', (credit) => {
    const body = run(page(`<article><p>${credit}</p>${story}</article>`), { authors: [] }).body;
    expect(body).not.toContain(credit);
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it.each(['By admin', 'Posted by jdoe', 'بواسطة admin'])('drops the header row "%s" that names only the posting account (rule "login in the byline")', (row) => {
    const body = run(page(`<article><p>${row}</p>${story}</article>`), { authors: [] }).body;
    expect(body).not.toContain(row);
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it('drops an Arabic byline row of the writer and the post "صحفي" after a dash (rule "post after a dash")', () => {
    const body = run(page(`<article><p>أحمد محمود - صحفي</p>${story}</article>`), { authors: ['أحمد محمود'] }).body;
    expect(body).not.toContain('صحفي');
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it('drops a byline row that names the writers and then the outlet\'s desk (rule "outlet after the writers")', () => {
    const body = run(page(`<article><p>Por Ana Souza e Pedro Lima, gnotícias Rio e TV Serra — Rio de Janeiro</p>${story}</article>`), { authors: ['Ana Souza', 'Pedro Lima'] }).body;
    expect(body).not.toContain('Ana Souza');
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it('drops a byline row that names the writers and then the paper by its capitalised name and the city', () => {
    const body = run(page(`<article><p>Por Ana Souza e Pedro Lima, Diário do Porto — Santos</p>${story}</article>`), { authors: ['Ana Souza', 'Pedro Lima'] }).body;
    expect(body).not.toContain('Ana Souza');
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it('drops a Catalan byline row opened by a lowercase "per", its place run on', () => {
    const body = run(page(`<article><p>per Jordi Puig i Núria Vila Mataró</p>${story}</article>`), { authors: ['Jordi Puig', 'Núria Vila'] }).body;
    expect(body).not.toContain('Jordi Puig');
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it('drops the writer and agency signed under a brief of a few short paragraphs, below a date row (rule "closing signature of a brief")', () => {
    const brief = '<p>5. marts 2024 kl. 10.12</p><p>The ferry sails again from Monday, after its engine was repaired.</p><p>The shipping line said so on Friday. Tickets are sold as before.</p>';
    expect(run(page(`<article>${brief}<p>Mara Holm/Ritzau</p></article>`), { authors: ['Mara Holm'] }).body).not.toContain('Mara Holm');
    // A line that names nobody the page credits stays.
    expect(run(page(`<article>${brief}<p>Mara Holm/Ritzau</p></article>`), { authors: ['Tom Lee'] }).body).toContain('Mara Holm/Ritzau');
  });

  it('drops the header\'s row that credits the paper and the agency, with the row\'s stamps (rule "newsroom with the agency")', () => {
    for (const row of ['Par Le Courrier du Midi avec AFP - Publié le 05/03/2031 à 16h12 - Mis à jour le 05/03/2031 à 16h40', 'Par Le Courrier du Midi avec AFP', 'By Harbour Times with AP | May 3, 2031']) {
      expect(run(page(`<article><p>${row}</p>${story}</article>`)).body.split('\n\n')).toHaveLength(6);
    }
    expect(run(page(`<article><p>Par Le Courrier du Midi avec des voisins - Publié le 05/03/2031</p>${story}</article>`)).body).toContain('avec des voisins');
    expect(run(page(`<article>${story}<p>Par Le Courrier du Midi avec AFP</p></article>`)).body).toContain('Le Courrier du Midi avec AFP');
  });

  it('drops the newsroom-and-agency row whose stamp runs on with no separator (rules "newsroom with the agency", "unseparated stamp")', () => {
    const row = '<p><span>La Voix du Bocage avec AFP</span> <span>Publié le 05/03/2031 à 14h10, mis à jour à 18h45</span></p>';
    expect(run(page(`<article>${row}${story}</article>`)).body.split('\n\n')).toHaveLength(6);
    // The stamp must be one: a sentence after the credit keeps the row.
    expect(run(page(`<article><p>La Voix du Bocage avec AFP Publié le 05/03/2031, le rapport dit que tout va bien.</p>${story}</article>`)).body).toContain('avec AFP');
  });

  it('drops a header row whose date runs into the last writer\'s name with no space, and keeps a row that runs on into words (rule "stamp run into the name")', () => {
    for (const row of ['<p><span>By Mara Holm and Tom Lee</span><span>Dec 5, 2031 11:48 PM PST</span></p>', '<p><span>Mara Holm</span><span>5 December 2031</span></p>']) {
      const body = run(page(`<article>${row}${story}</article>`), { authors: ['Mara Holm', 'Tom Lee'] }).body;
      expect(body).not.toMatch(/Mara Holm|Dec/);
      expect(body.split('\n\n')).toHaveLength(6);
    }
    expect(run(page(`<article><p>By Mara HolmDec 5, 2031, the ferry had stopped running twice.</p>${story}</article>`), { authors: ['Mara Holm'] }).body).toContain('the ferry had stopped');
  });

  it('drops the header\'s credit of the agency after the lead-in alone, with its date run on, and keeps the lead-in before other words (rule "agency after its lead-in alone")', () => {
    const dateline = 'Publié le : 13/06/2031 à 15h20';
    const body = run(page(`<article><p>Avec MAP ${dateline}</p>${story}</article>`), { dateline, publishedAt: '2031-06-13T15:20:00+01:00' }).body;
    expect(body).not.toContain('MAP');
    expect(body.split('\n\n')).toHaveLength(6);
    expect(run(page(`<article><p>Con EFE</p>${story}</article>`)).body).not.toContain('EFE');
    expect(run(page(`<article><p>Avec des amis</p>${story}</article>`)).body).toContain('Avec des amis');
  });

  it('drops a labelled byline row whose place runs on after the name, before its update stamp, and keeps an unlabelled name run on into words (rule "place run on after the name")', () => {
    const row = 'Written by Mara Holm New Delhi | Updated: May 4, 2031 7:05 PM IST';
    const body = run(page(`<article><p>${row}</p>${story}</article>`), { authors: ['Mara Holm'] }).body;
    expect(body).not.toContain('Mara Holm');
    expect(body.split('\n\n')).toHaveLength(6);
    expect(run(page(`<article><p>Mara Holm Opens Harbour Office</p>${story}</article>`), { authors: ['Mara Holm'] }).body).toContain('Mara Holm Opens Harbour Office');
  });

  it('drops the agency alone among the header\'s rows, not after the story (rule "agency byline")', () => {
    expect(run(page(`<article><p>PTI</p>${story}</article>`)).body.split('\n\n')).toHaveLength(6);
    expect(run(page(`<article>${story}<p>Harbour staff and PTI</p></article>`)).body).toContain('Harbour staff and PTI');
  });

  it('drops a dated signature in brackets, also where boxes on the people in the story follow it (rule "dated signature")', () => {
    const boxes = '<h3>Zur Person</h3><p>Ernst Falk (58) leitet das Hafenamt.</p><h3>Mehr zum Hafen</h3><p>Der Hafen in Zahlen: 40 Schiffe am Tag.</p>';
    const body = run(page(`<article>${story}<p>(Mara Holm, 1.12.2031)</p>${boxes}</article>`), { authors: ['Mara Holm'] }).body;
    expect(body).not.toContain('Mara Holm');
    expect(body).toContain('Ernst Falk (58)');
    expect(run(page(`<article>${story}<p>(Mara Holm, 1.12.2031)</p></article>`), { authors: ['Mara Holm'] }).body.split('\n\n')).toHaveLength(6);
  });

  it('keeps a bracketed line with a date that names someone the page does not credit', () => {
    const body = run(page(`<article>${story}<p>(Ernst Falk, 1.12.2031)</p><p>Der Hafen in Zahlen: 40 Schiffe am Tag.</p></article>`), { authors: ['Mara Holm'] }).body;
    expect(body).toContain('(Ernst Falk, 1.12.2031)');
  });

  it('drops the closing signatures of Japanese, Persian and Vietnamese stories', () => {
    const closing = (html: string, authors: string[]) => run(page(`<article>${story}${html}</article>`), { authors }).body.split('\n\n');
    expect(closing('<p>（七尾支局・山本悠記者）</p>', ['山本悠'])).toHaveLength(6);
    expect(closing('<p>گزارش: سارا رحیمی</p>', ['سارا رحیمی'])).toHaveLength(6);
    expect(closing('<p style="text-align:right;"><strong>Thu Hà</strong> (Theo <em>Reuters</em>)</p>', ['Thu Hà'])).toHaveLength(6);
  });

  it('drops a signature whose source note names an agency the engine does not know (rule "signature\'s source note")', () => {
    const body = run(page(`<article>${story}<p style="text-align:right;"><strong>Thanh Tâm</strong> (Theo TTXVN)</p></article>`), { authors: ['Thanh Tâm'] }).body;
    expect(body).not.toContain('Thanh Tâm');
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it('drops the unit in brackets on the line under a dropped signature (rule "unit in brackets under the signature")', () => {
    const body = run(page(`<article>${story}<p style="text-align:right;"><strong>Trần Văn Lợi</strong><br><em>(Sở Nông nghiệp và Môi trường)</em></p></article>`), { authors: ['Trần Văn Lợi'] }).body;
    expect(body).not.toContain('Trần Văn Lợi');
    expect(body).not.toContain('Sở Nông nghiệp');
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it('drops the Tribun network\'s opening reporter line when the metadata names its writer', () => {
    const body = run(page(`<article><p><strong>Laporan Wartawan Nusantara.example, Mara Holm</strong></p>${story}</article>`), { authors: ['Mara Holm'] }).body;
    expect(body).not.toContain('Laporan Wartawan');
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it('drops the byline and date rows under a long standfirst, which is the header\'s dek and no story paragraph', () => {
    const dek = 'The port authority will double the capacity of the old harbour by 2030, after years of planning, debate and two failed tenders, and the first works start in spring.';
    const dateline = 'posted on 04/05/2031 05:49 / updated on 04/05/2031 05:50';
    const html = page(`<article><h1>Port expands</h1><div class="x1">${dek}</div><div class="x2"><p>Mara Holm</p><p>${dateline}</p>${story}</div></article>`);
    const body = run(html, { title: 'Port expands', authors: ['Mara Holm'], dateline, publishedAt: '2031-05-04T05:49:00+00:00', description: dek }).body;
    expect(body.split('\n\n')[0]).toBe(dek);
    expect(body).not.toMatch(/Mara Holm|posted on/);
    expect(body.split('\n\n')).toHaveLength(7);
  });

  it('drops the row the date was read from when it gives the writer\'s post between the name and the stamp (rule "writer\'s title before the stamp")', () => {
    const dateline = 'By Mara Holm, Contributor | Dec. 5, 2031, at 10:40 a.m.';
    const body = run(page(`<article><p>${dateline}</p>${story}</article>`), { authors: ['Mara Holm'], dateline, publishedAt: '2031-12-05T10:40:00+00:00' }).body;
    expect(body).not.toMatch(/Mara Holm|Contributor/);
    expect(body.split('\n\n')).toHaveLength(6);
    const sentence = 'By Mara Holm, who filed from the port | Dec. 5, 2031';
    expect(run(page(`<article><p>${sentence}</p>${story}</article>`), { authors: ['Mara Holm'], dateline: sentence, publishedAt: '2031-12-05T10:40:00+00:00' }).body).toContain('who filed from the port');
  });

  it.each([['By the Kinross Valley Lions Club'], ['Escrito por Parroquia San Roque'], ['Von Bundesverband Beispielenergie']])('drops the byline row %j that credits an institution, no writer (rule "institution\'s byline")', (row) => {
    const body = run(page(`<article><p>${row}</p>${story}</article>`), { authors: [] }).body;
    expect(body).not.toMatch(/Lions|Parroquia|Bundesverband/);
    expect(body.split('\n\n')).toHaveLength(6);
    const sentence = 'By the time the Lions Club arrived the hall was full';
    expect(run(page(`<article><p>${sentence}</p>${story}</article>`), { authors: [] }).body).toContain(sentence);
  });

  it('drops the row that prints the date, then the writer and her post as a teacher (rule "teacher\'s or officer\'s post")', () => {
    const dateline = 'publié le 3 décembre 2031 par Claire Dufresne, professeure d’histoire-géographie';
    const body = run(page(`<article><p>${dateline}</p>${story}</article>`), { authors: ['Claire Dufresne'], dateline, publishedAt: '2031-12-03T00:00:00+01:00' }).body;
    expect(body).not.toMatch(/Dufresne|professeure/);
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it('drops a Greek genitive byline that repeats the article before each writer', () => {
    const body = run(page(`<article><p>Της Ελένης Μαργαρίτη και του Νίκου Σταύρου</p>${story}</article>`), { authors: ['Ελένης Μαργαρίτη', 'Νίκου Σταύρου'] }).body;
    expect(body).not.toContain('Μαργαρίτη');
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it.each([
    ['Indonesian', 'Oleh Budi Santoso dan Rina Wati', ['Budi Santoso', 'Rina Wati']],
    ['Vietnamese', 'Nguyễn Văn An và Trần Thị Bình', ['Nguyễn Văn An', 'Trần Thị Bình']],
    // The separators the metadata stage splits a credit at: Czech "a", Swedish "och", Russian "и", a semicolon.
    ['Czech', 'Jana Nováková a Petr Dvořák', ['Jana Nováková', 'Petr Dvořák']],
    ['Swedish', 'Av Karin Lund och Erik Berg', ['Karin Lund', 'Erik Berg']],
    ['Russian', 'Ирина Волкова и Олег Смирнов', ['Ирина Волкова', 'Олег Смирнов']],
    ['Spanish, with a semicolon between the writers', 'Por Lucía Ferrer; Tomás Gil', ['Lucía Ferrer', 'Tomás Gil']],
  ])('drops the %s byline row whose writers are joined by the language\'s "and"', (_language, row, authors) => {
    const body = run(page(`<article><p>${row}</p>${story}</article>`), { authors }).body;
    expect(body).not.toContain(authors[1]);
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it('drops a byline row below a two-line header of a Chinese story whose paragraphs are short in characters', () => {
    const paragraph = (topic: string) => `<p>${topic}码头周一在经过两年的维修后重新开放，港务局表示，首批渡轮预计将于初夏再次停靠，渔民们仍然保持谨慎，因为今年的渔季收成不佳，部分码头也尚未向货车开放。</p>`;
    const html = `<article><p>港口重开</p><p>两年维修后迎来首批渡轮</p><p>本报记者 张伟</p>${['北', '南', '东', '西', '中'].map(paragraph).join('')}</article>`;
    const body = run(page(html), { authors: ['张伟'] }).body;
    expect(body).not.toContain('张伟');
    expect(body).toContain('北码头周一');
  });

  it.each([
    ['an Arabic byline row with the date', '<p>كتب أحمد محمود الأحد، 22 يناير 2017 12:30 م</p>', ['أحمد محمود'], 'الأحد، 22 يناير 2017 12:30 م'],
    ['a byline row with the date after a bar', '<p>By Mara Holm | May 3, 2024</p>', ['Mara Holm'], 'May 3, 2024'],
    ['a byline row with the date first', '<p>03.05.2024 – von Mara Holm</p>', ['Mara Holm'], '03.05.2024'],
    ['an update line that names its writer last', '<p>Zuletzt aktualisiert am 3. Mai 2024 von Mara Holm</p>', ['Mara Holm'], 'Zuletzt aktualisiert am 3. Mai 2024 von Mara Holm'],
  ])('drops %s, the date being the one the page states', (_kind, row, authors, dateline) => {
    const body = run(page(`<article>${row}${story}</article>`), { authors, dateline }).body;
    expect(body.split('\n\n')).toHaveLength(6);
    expect(body.startsWith('The harbour report')).toBe(true);
  });

  it.each([
    ['with no digit, the Hebrew dual', 'לפני שעתיים'],
    ['in Persian digits', '۳ ساعت پیش'],
    ['of one unit without a count', 'час назад'],
  ])('drops the header\'s relative stamp %s, the string the page\'s date was read from', (_kind, stamp) => {
    const body = run(page(`<article><p>${stamp}</p>${story}</article>`), { dateline: stamp, publishedAt: '2026-11-29T10:00:00+00:00' }).body;
    expect(body.split('\n\n')).toHaveLength(6);
    expect(body.startsWith('The harbour report')).toBe(true);
  });

  it('keeps a short dated lead sentence the page\'s date was read from (rule "dated lead sentence")', () => {
    const lead = 'بكين 2 ديسمبر 2026 (شينخوا) أعلنت الحكومة الصينية اليوم خطة جديدة.';
    const body = run(page(`<article><p>${lead}</p>${story}</article>`), { dateline: lead, publishedAt: '2026-12-02T00:00:00+00:00' }).body;
    expect(body.startsWith(lead)).toBe(true);
    const stamp = 'نشر في 2 ديسمبر 2026.';
    expect(run(page(`<article><p>${stamp}</p>${story}</article>`), { dateline: stamp, publishedAt: '2026-12-02T00:00:00+00:00' }).body.startsWith('The harbour report')).toBe(true);
  });

  it('drops a Japanese closing credit, the writer\'s name in full-width brackets', () => {
    const body = run(page(`<article>${story}<p>（山本健太）</p></article>`), { authors: ['山本健太'] }).body;
    expect(body.split('\n\n')).toHaveLength(6);
    expect(body).not.toMatch(/山本健太/);
  });

  it('drops a Korean sign-off that names the reporter with the role after the name and the e-mail address', () => {
    const body = run(page(`<article>${story}<p>김민수 기자 minsu@harbour.example</p></article>`), { authors: ['김민수'] }).body;
    expect(body.split('\n\n')).toHaveLength(6);
    expect(body).not.toContain('김민수');
  });

  it.each([
    ['a labelled byline with the writer\'s job title', '<p>Autorin: Mara Holm, Apothekerin</p>'],
    ['a byline with the writer\'s place', '<p>Von Mara Holm, Berlin</p>'],
    ['the expert who reviewed the text', '<p>Medizinisch geprüft von: Dr. med. Tom Roe, Facharzt für Innere Medizin</p>'],
    ['an English review credit', '<p>Medically reviewed by Tom Roe, MD</p>'],
    ['a French review credit that names the text and pairs the verbs (rule "review credit")', '<p>Article relu et validé par Dr Tom Roe, pédiatre</p>'],
    ['a French byline with the participle and the writer\'s trade (rules "written by, in Romance and German", "journalist, in Romance languages")', '<p>Rédigé par Mara Holm, journaliste santé</p>'],
    ['a Spanish byline with the participle (rule "written by, in Romance and German")', '<p>Escrito por Mara Holm</p>'],
    ['a byline whose job title lists its project with a serial comma', '<p>By Mara Holm, Senior Staff Technologist, Speech, Privacy, and Technology Project</p>'],
    ['a byline whose job title is in lowercase', '<p>Mara Holm, staff writer</p>'],
  ])('drops %s above the story', (_kind, row) => {
    const body = run(page(`<article>${row}${story}</article>`), { authors: ['Mara Holm'] }).body;
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it('drops a Hebrew byline whose post after the name opens with a role word, and keeps a line that goes on otherwise', () => {
    const body = run(page(`<article><p>נועה ברק, כתבנו לענייני צפון</p>${story}</article>`), { authors: ['נועה ברק'] }).body;
    expect(body.split('\n\n')).toHaveLength(6);
    const sentence = run(page(`<article><p>נועה ברק, שגרה בקיבוץ דן</p>${story}</article>`), { authors: ['נועה ברק'] }).body;
    expect(sentence).toContain('שגרה בקיבוץ דן');
  });

  it('drops the desk line a byline box prints under the names, and keeps a short line that is no byline\'s', () => {
    for (const desk of ['Harbour Wales', 'Political correspondent']) {
      const body = run(page(`<article><div><span>By Mara Holm &amp; Tom Lee</span><div>${desk}</div></div>${story}</article>`), { authors: ['Mara Holm', 'Tom Lee'] }).body;
      expect(body).not.toContain(desk);
      expect(body.split('\n\n')).toHaveLength(6);
    }
    const kept = run(page(`<article><div>Harbour Wales</div>${story}</article>`), { authors: ['Mara Holm'] }).body;
    expect(kept).toContain('Harbour Wales');
  });

  it('drops the post under the writer\'s closing signature in one paragraph, and keeps a closing line of its own (rule "signature\'s post")', () => {
    const signed = run(page(`<article>${story}<p>Mara Holm<br>Pressewartin Abteilung Handball</p></article>`), { authors: ['Mara Holm'] }).body;
    expect(signed).not.toContain('Mara Holm');
    expect(signed).not.toContain('Pressewartin');
    expect(signed.split('\n\n')).toHaveLength(6);
    const apart = run(page(`<article>${story}<p>Mara Holm</p><p>Abteilung Handball</p></article>`), { authors: ['Mara Holm'] }).body;
    expect(apart).toContain('Abteilung Handball');
  });

  it('drops the calling an Arabic writer card sets under the credited name at the foot, and keeps a closing line that opens with a calling under the story (rule "calling under the card\'s name")', () => {
    const card = run(page(`<article>${story}<h4>سامر العطار</h4><p>باحث أول في وحدة الدراسات الإقليمية، متخصص في قضايا المياه.</p></article>`), { authors: ['سامر العطار'] }).body;
    expect(card).not.toContain('باحث أول');
    expect(card.split('\n\n')).toHaveLength(6);
    const closing = run(page(`<article>${story}<p>باحثون في الجامعة أكدوا أن المياه ستعود خلال أسبوع.</p></article>`), { authors: ['سامر العطار'] }).body;
    expect(closing).toContain('باحثون في الجامعة');
    const unnamed = run(page(`<article>${story}<p>باحث في الجامعة أكد أن المياه ستعود خلال أسبوع.</p></article>`), { authors: ['سامر العطار'] }).body;
    expect(unnamed).toContain('باحث في الجامعة');
  });

  it('drops a guest writer\'s credit with a lowercase profession beside the labelled stamp (rule "contributor\'s post before the stamp"), and keeps a sentence', () => {
    const row = '<p>Mara Holm, médecin-dentiste à Carouge Publié le 5 mars 2031 à 06:30</p>';
    expect(run(page(`<article>${row}${story}</article>`), { authors: ['Mara Holm'] }).body.split('\n\n')).toHaveLength(6);
    const sentence = '<p>Mara Holm, who has seen many patients wait too long, wrote to us. Publié le 5 mars 2031 à 06:30</p>';
    expect(run(page(`<article>${sentence}${story}</article>`), { authors: ['Mara Holm'] }).body).toContain('who has seen');
  });

  it('drops a writer\'s card whose name runs straight into the outlet under it (rule "name run into the post"), and keeps a headline about the writer', () => {
    const card = run(page(`<article><div class="author"><span>Mara Holm</span><span>Le Courrier de l'Estrie</span></div>${story}</article>`), { authors: ['Mara Holm'] }).body;
    expect(card.split('\n\n')).toHaveLength(6);
    const headline = run(page(`<article><p>Mara Holm Wins Harbour Award</p>${story}</article>`), { authors: ['Mara Holm'] }).body;
    expect(headline).toContain('Mara Holm Wins Harbour Award');
  });

  it('drops the row naming a forum post\'s poster and its time, and keeps a sentence shaped like it', () => {
    const body = run(page(`<article><p>von altbau_ralf » Mo 9. Jan 2031, 20:41</p>${story}</article>`)).body;
    expect(body.split('\n\n')).toHaveLength(6);
    const sentence = run(page(`<article><p>by tomorrow » the ferry will be back</p>${story}</article>`)).body;
    expect(sentence).toContain('by tomorrow');
  });

  it('drops Drupal\'s row naming the account that submitted the node and its time, and keeps a sentence shaped like it', () => {
    const body = run(page(`<article><div class="submitted">Submitted by admin on Sat, 12/05/2026 - 10:00</div>${story}</article>`)).body;
    expect(body.split('\n\n')).toHaveLength(6);
    const sentence = run(page(`<article><p>Submitted by hand on a form that the clerk keeps</p>${story}</article>`)).body;
    expect(sentence).toContain('Submitted by hand');
  });

  it('keeps a line that goes on about the writer after the name, and an institution\'s long name', () => {
    for (const row of ['<p>Mara Holm, die seit 20 Jahren berichtet</p>', '<p>Autor: Mara Holm, Landesanstalt für Landwirtschaft</p>']) {
      expect(run(page(`<article>${row}${story}</article>`), { authors: ['Mara Holm'] }).body.split('\n\n')).toHaveLength(7);
    }
  });

  it('drops a details row of the writer, a numeric date and a category in the header, its spans run together, and keeps a sentence after such a date', () => {
    const body = run(page(`<article><p>Mara Holm3/27/31 Business</p>${story}</article>`), { authors: ['Mara Holm'] }).body;
    expect(body.split('\n\n')).toHaveLength(6);
    const sentence = run(page(`<article><p>Mara Holm 3/27/31: the ferry resumed service across the bay.</p>${story}</article>`), { authors: ['Mara Holm'] }).body;
    expect(sentence).toContain('the ferry resumed service');
  });

  it('drops a details row that writes its date out, its fields set apart by bars (rule "details row with a written date"), and keeps a sentence', () => {
    for (const row of ['By Mara Holm | December 5, 2031 at 10:40 am | Politics', 'Mara Holm · 5 December 2031 · Local news']) {
      const body = run(page(`<article><p>${row}</p>${story}</article>`), { authors: ['Mara Holm'] }).body;
      expect(body).not.toContain('Mara Holm');
      expect(body.split('\n\n')).toHaveLength(6);
    }
    const sentence = run(page(`<article><p>Mara Holm | December 5, 2031 | the ferry resumed service across the bay after a week</p>${story}</article>`), { authors: ['Mara Holm'] }).body;
    expect(sentence).toContain('the ferry resumed service');
  });

  it('drops the row the writers and the date were read from together, however many writers it names', () => {
    for (const row of ['Von Mara Holm und Tom Lee, 12.03.2024', 'By Mara Holm, Tom Lee and Ann Poe, March 12, 2024', 'Mara Holm 12.03.2024']) {
      const body = run(page(`<article><p>${row}</p>${story}</article>`), { authors: ['Mara Holm', 'Tom Lee', 'Ann Poe'], dateline: row }).body;
      expect(body).not.toContain('Mara Holm');
      expect(body.split('\n\n')).toHaveLength(6);
    }
    // Another word between the writers and the date makes the row no byline.
    const sentence = run(page(`<article><p>Mara Holm und Tom Lee trafen sich am 12.03.2024</p>${story}</article>`), { authors: ['Mara Holm', 'Tom Lee'], dateline: 'Mara Holm und Tom Lee trafen sich am 12.03.2024' }).body;
    expect(sentence).toContain('trafen sich');
  });

  it('drops a byline row under a kicker and a dek, the short lines of the article\'s header', () => {
    const header = '<p>Transports</p><p>Air traffic controllers walked out for a second day.</p><p>Par Mara Holm Publié le 20 mars 2023 à 10h15</p>';
    const body = run(page(`<article>${header}${story}</article>`), { authors: ['Mara Holm'], dateline: 'Publié le 20 mars 2023 à 10h15' }).body;
    expect(body).not.toContain('Mara Holm');
    expect(body.split('\n\n')).toHaveLength(8);
  });

  it('keeps a name line after the first story paragraph', () => {
    const body = run(page(`<article>${prose('harbour')}<p>Air traffic controllers walked out.</p><p>Mara Holm</p>${story}</article>`), { authors: ['Mara Holm'] }).body;
    expect(body).toContain('Mara Holm');
  });

  it('keeps a row with the date and more than the names, and a row whose date is not the page\'s', () => {
    const reporting = '<p>Mara Holm reports from the harbour, May 3, 2024</p>';
    expect(run(page(`<article>${reporting}${story}</article>`), { authors: ['Mara Holm'], dateline: 'May 3, 2024' }).body).toContain('reports from the harbour');
    const otherDay = '<p>By Mara Holm | May 4, 2024</p>';
    expect(run(page(`<article>${otherDay}${story}</article>`), { authors: ['Mara Holm'], dateline: 'May 3, 2024' }).body).toContain('May 4, 2024');
  });

  it('keeps a closing sentence that mentions the author', () => {
    const body = run(page(`<article>${story}<p>Mara Holm reported from the harbour.</p></article>`), { authors: ['Mara Holm'] }).body;
    expect(body).toContain('Mara Holm reported from the harbour.');
  });

  it('keeps a name that is not an author of the piece', () => {
    const body = run(page(`<article>${story}<p>von Erik Sund</p></article>`), { authors: ['Mara Holm'] }).body;
    expect(body).toContain('von Erik Sund');
  });

  it('keeps the author named on its own in the middle of the story, where it is the story', () => {
    const middle = `${prose('harbour')}${prose('ferry')}${prose('pier')}<p>Mara Holm</p>${prose('tide')}${prose('dock')}${prose('quay')}`;
    expect(run(page(`<article>${middle}</article>`), { authors: ['Mara Holm'] }).body).toContain('Mara Holm');
  });

  it.each([
    ['a Spanish agency byline above the story', `<article><p>Por Agencia EFE</p>${story}</article>`],
    ['an English one', `<article><p>By AFP</p>${story}</article>`],
    ['a German one naming two agencies, after the story', `<article>${story}<p>Von dpa und Reuters</p></article>`],
    ['one crediting the agency\'s staff', `<article><p>By AFP Staff Writers</p>${story}</article>`],
    ['one crediting the agency\'s staff in lower case', `<article><p>By Associated Press staff</p>${story}</article>`],
  ])('drops %s, which names no author: the agency is the wire source', (_kind, html) => {
    const body = run(page(html)).body;
    expect(body.split('\n\n')).toHaveLength(6);
    expect(body).not.toMatch(/EFE|AFP|dpa|Associated/);
  });

  it.each([
    ['a row of its own', '<p>Source: The Associated Press</p>', []],
    ['beside the writer', '<p>Szerző: Mara Holm / Forrás: MTI</p>', ['Mara Holm']],
    ['between the date and a counter', '<p>6 agosto 2023 ore 13:47 | Fonte: ANSA | Letto 1.284 volte</p>', []],
    ['naming a site by its address', '<p><span>Source: www.harbourtimes.example</span></p>', []],
    ['run on into the date with only a space (rule "stamp run on after the source")', '<div><span>Source: AP</span> <time>06/08/2023 - 13:47</time></div>', []],
    ['in Arabic, run on into the date', '<div><span>المصدر: أ ف ب</span> <time>06/08/2023 - 13:47</time></div>', []],
  ])('drops the header\'s source field %s, with the row it sits in', (_kind, row, authors) => {
    const body = run(page(`<article><p>Transports</p>${row}${story}</article>`), { authors, publishedAt: '2023-08-06T13:47:00+01:00' }).body;
    expect(body.split('\n\n')).toHaveLength(7);
    expect(body).not.toMatch(/Associated Press|MTI|ANSA|harbourtimes|AP|أ ف ب/);
  });

  it('keeps a header line whose source is a sentence naming a site, and a site\'s address after the story', () => {
    const publishedAt = '2023-08-06T13:47:00+01:00';
    expect(run(page(`<article><p>Transports</p><p>Source: figures posted on harbourtimes.example</p>${story}</article>`), { publishedAt }).body).toContain('figures posted on');
    expect(run(page(`<article>${story}<p>Source: www.harbourtimes.example</p><p>Photo desk</p></article>`), { publishedAt }).body).toContain('www.harbourtimes.example');
  });

  it('keeps a header row whose source names no agency, and a closing source line for the credit split', () => {
    const publishedAt = '2023-08-06T13:47:00+01:00';
    expect(run(page(`<article><p>Transports</p><p>Source: Harbour Council</p>${story}</article>`), { publishedAt }).body).toContain('Source: Harbour Council');
    const closing = run(page(`<article>${story}<p>Fonte: ANSA</p></article>`), { publishedAt });
    expect(closing.body).not.toContain('ANSA');
    expect(closing.creditedAgency).toBe('ANSA');
  });

  it('keeps a line that credits an agency inside a sentence', () => {
    const body = run(page(`<article><p>By AFP's count, 40 ferries sailed.</p>${story}</article>`)).body;
    expect(body).toContain('By AFP\'s count');
  });

  it('keeps everything when the metadata names no author', () => {
    expect(run(page(`<article><p>Mara Holm</p>${story}</article>`)).body.startsWith('Mara Holm')).toBe(true);
  });

  it.each([
    ['alone', '<p>13:47, 6 Aug 2023</p>', []],
    ['after a place', '<p>Lindach 06.08.2023, 13:47 Uhr</p>', []],
    ['after the author\'s name', '<p>Mara Holm 6 aug. 2023 om 13:47</p>', ['Mara Holm']],
    ['with the update time', '<p>06.08.2023, 13:47 aktualizacja: 06.08.2023, 16:02</p>', []],
    ['with the half of the day after both times', '<p>Aug 6, 2023 at 1:47 pm Updated Aug 7, 2023 at 8:05 am</p>', []],
    ['with the half of the day spaced, as Spanish prints it', '<p>Agosto 6 de 2023, 1:47 p. m. Actualizado: Agosto 7 de 2023, 8:05 a. m.</p>', []],
    ['that prints the day and month without the year', '<p>Julkaistu 6.8. klo 13:47 | Päivitetty 6.8. klo 16.20</p>', []],
    ['that prints the month\'s name and the day without the year', '<p><time datetime="2023-08-06T12:47:00Z">Sun 6 Aug</time></p>', []],
    ['that prints the month\'s name first, without the year', '<p>Wed, Aug 6</p>', []],
    ['that prints the day as "yesterday", with a counter and the category (rule "day word in the date row")', '<p>Вчера, 13:47 Комментарии (5) Категория: Город</p>', []],
  ])('drops the header\'s date row %s, known by the publication date it prints', (_kind, row, authors) => {
    const body = run(page(`<article><p>Transports</p>${row}${story}</article>`), { authors, publishedAt: '2023-08-06T13:47:00+01:00' }).body;
    expect(body.split('\n\n')).toHaveLength(7);
    expect(body).not.toMatch(/13:47/);
  });

  it('drops the header\'s date row that prints the day in both calendars with their era letters, and keeps a sentence dated so (rule "both calendars in the date row")', () => {
    const context = { publishedAt: '2026-12-06T09:05:00+03:00' };
    const row = '<p>الأحد 15 جمادى الآخرة 1448 هـ - 06 ديسمبر 2026 م</p>';
    expect(run(page(`<article><p>Transports</p>${row}${story}</article>`), context).body).not.toContain('جمادى');
    const told = '<p>افتتح المعرض يوم 15 جمادى الآخرة 1448 هـ الموافق 06 ديسمبر 2026 م بحضور أمير المنطقة وعدد من الوزراء والمسؤولين</p>';
    expect(run(page(`<article><p>Transports</p>${told}${story}</article>`), context).body).toContain('افتتح المعرض');
    // The Saudi agency's dateline in both calendars, closed by the agency, is the copy's first line (rule "agency's dateline in both calendars").
    const dateline = '<p>الرياض 15 جمادى الآخرة 1448 هـ الموافق 06 ديسمبر 2026 م واس</p>';
    expect(run(page(`<article><p>Transports</p>${dateline}${story}</article>`), context).body).toContain('الموافق 06 ديسمبر 2026 م واس');
  });

  it('drops the header\'s row of an agency\'s desk, the place, the date and the section (rule "agency in the date row")', () => {
    const row = '<div class="info"><span>Redazione ANSA</span> <span>ROMA</span> <span>6 agosto 2023 13:47</span> <span><a href="/porto/">Porto</a></span></div>';
    const body = run(page(`<article><p>Transports</p>${row}${story}</article>`), { publishedAt: '2023-08-06T13:47:00+01:00' }).body;
    expect(body.split('\n\n')).toHaveLength(7);
    expect(body).not.toMatch(/ANSA|13:47/);
  });

  it.each(['MADRID, 6 Ago. (EUROPA PRESS) -', 'Roma, 6 ago. (Adnkronos) -', 'LAS PALMAS DE GRAN CANARIA, 6 (EUROPA PRESS)'])('keeps the agency copy\'s dateline line "%s" over the text, which dates the copy and credits the agency (rule "agency copy\'s dateline line")', (line) => {
    const body = run(page(`<article><p>Transports</p><p>${line}</p>${story}</article>`), { publishedAt: '2023-08-06T13:47:00+01:00' }).body;
    expect(body).toContain(line);
  });

  it('keeps a dated header line that names an agency among more words than a row has', () => {
    const line = '<p>ANSA reporters toured the harbour on 6 agosto 2023 13:47 with the port board</p>';
    const body = run(page(`<article><p>Transports</p>${line}${story}</article>`), { publishedAt: '2023-08-06T13:47:00+01:00' }).body;
    expect(body).toContain('ANSA reporters toured the harbour');
  });

  it.each([
    ['in brackets', '<p>(Reporting by Mara Holm and Tom Lee in Lindach; Editing by Ann Poe)</p>'],
    ['without brackets', '<p>Reporting by Mara Holm in Lindach and Tom Lee in Kiel; Editing by Ann Poe</p>'],
  ])('drops the agency\'s closing credits %s, each writer with the place filed from', (_kind, credits) => {
    const body = run(page(`<article>${story}${credits}</article>`), { authors: ['Mara Holm', 'Tom Lee'] }).body;
    expect(body).not.toMatch(/Reporting by|Editing by/);
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it.each([
    ['a weekday, a Levantine month of two words with its Egyptian twin, and the zone', '<p>الاثنين 6 تشرين الثاني/نوفمبر 2023 - 13:47 بتوقيت بيروت</p>', '2023-11-06T13:47:00+00:00'],
    ['a Friday spelled with tāʾ marbūṭa, which Arabic text is compared without', '<p>نشر يوم الجمعة 3 تشرين الثاني/نوفمبر 2023</p>', '2023-11-03T00:00:00+00:00'],
    ['a month of three words', '<p>Thứ hai, 6 tháng mười một 2023</p>', '2023-11-06T00:00:00+00:00'],
  ])('counts the weekday and every word of the month as the date, not as the row\'s words: %s', (_kind, row, publishedAt) => {
    const body = run(page(`<article><p>Transports</p>${row}${story}</article>`), { publishedAt }).body;
    expect(body.split('\n\n')).toHaveLength(7);
    expect(body).not.toMatch(/2023/);
  });

  it('drops a header row that is the string the date was read from, however many words it has', () => {
    const row = '<p>Publié le 6 août 2023 à 13h47, mis à jour le 7 août 2023 à 09h12</p>';
    const body = run(page(`<article>${row}${story}</article>`), { dateline: 'Publié le 6 août 2023 à 13h47, mis à jour le 7 août 2023 à 09h12', publishedAt: '2023-08-06T13:47:00+00:00' }).body;
    expect(body).not.toContain('Publié');
  });

  it('keeps a dated sentence, a row of another day and a date row after the first paragraphs of the story', () => {
    const publishedAt = '2023-08-06T13:47:00+01:00';
    const sentence = '<p>The harbour board met on 6 Aug 2023 to vote on the plan.</p>';
    expect(run(page(`<article>${sentence}${story}</article>`), { publishedAt }).body).toContain('to vote on the plan');
    expect(run(page(`<article><p>Lindach 9 Aug 2023, 13:47 Uhr</p>${story}</article>`), { publishedAt }).body).toContain('9 Aug 2023');
    expect(run(page(`<article><p>Julkaistu 9.8. klo 13:47</p>${story}</article>`), { publishedAt }).body).toContain('9.8.');
    expect(run(page(`<article><p>Wed, Aug 9</p>${story}</article>`), { publishedAt }).body).toContain('Wed, Aug 9');
    expect(run(page(`<article>${prose('harbour')}${prose('ferry')}<p>Lindach 06.08.2023, 13:47 Uhr</p>${story}</article>`), { publishedAt }).body).toContain('06.08.2023');
  });


  it.each([
    ['after a lead-in no label list knows', '<p>Escrito por Mara Holm y Tom Lee</p>'],
    ['after a one-word lead-in', '<p>di Mara Holm e Tom Lee</p>'],
    ['with the job title glued to the name', '<p><a href="/authors/mara-holm">Mara Holm</a><span>Senior Reporter</span></p>'],
    ['with the writer\'s post and its beat beside the name (rule "post and its beat")', '<div class="firma"><span>Mara Holm</span> <span>Periodista de Economía</span></div>'],
  ])('drops a byline row %s', (_kind, row) => {
    const body = run(page(`<article>${row}${story}</article>`), { authors: ['Mara Holm', 'Tom Lee'] }).body;
    expect(body).not.toMatch(/Mara Holm/);
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it('keeps a row whose lead-in is a sentence, and a name followed by words that are no job title', () => {
    const authors = ['Mara Holm'];
    expect(run(page(`<article><p>Our thanks for the photographs go to Mara Holm</p>${story}</article>`), { authors }).body).toContain('Our thanks');
    expect(run(page(`<article><p>Mara Holm walked the harbour</p>${story}</article>`), { authors }).body).toContain('walked the harbour');
    expect(run(page(`<article><p>Mara Holm reporter of the year in 2030 for her work on the harbour</p>${story}</article>`), { authors }).body).toContain('reporter of the year');
  });

  it('drops the one-field lines of a post-details list among the header\'s opening lines, and keeps such a line in the story', () => {
    const details = '<dl class="article-info"><dd>Categoría: Local</dd><dd>Visitas: 2318</dd></dl>';
    const body = run(page(`<article>${details}${story}</article>`)).body;
    expect(body).not.toMatch(/Categoría|Visitas/);
    const portuguese = '<dl class="article-info"><dd class="category-name">Categoria: <a href="/pais">País</a></dd><dd class="hits">Acessos: 812</dd></dl>';
    expect(run(page(`<article>${portuguese}${story}</article>`)).body).not.toMatch(/Categoria|Acessos/);
    const french = '<dl class="article-info"><dd class="category-name">Catégorie : <a href="/eco">Économie</a></dd><dd class="hits">Affichages : 689</dd></dl>';
    expect(run(page(`<article>${french}${story}</article>`)).body).not.toMatch(/Catégorie|Affichages/);
    const inStory = `${prose('harbour')}${prose('ferry')}<p>Category: Local</p>${prose('pier')}`;
    expect(run(page(`<article>${inStory}</article>`)).body).toContain('Category: Local');
  });

  it('drops the term a Joomla details list is headed by among the header\'s lines, once its fields are dropped (rule "details list\'s term")', () => {
    const details = (term: string) => `<dl class="article-info"><dt class="article-info-term">${term}</dt><dd class="createdby">Escrito por Ana Ruiz</dd></dl>`;
    expect(run(page(`<article>${details('Detalles')}${story}</article>`), { authors: ['Ana Ruiz'] }).body).not.toMatch(/Detalles|Escrito/);
    expect(run(page(`<article>${details('التفاصيل')}${story}</article>`), { authors: ['Ana Ruiz'] }).body).not.toMatch(/التفاصيل|Escrito/);
    // In the story, a one-word line stays.
    expect(run(page(`<article>${prose('harbour')}${prose('ferry')}<p>Details</p>${prose('pier')}</article>`)).body).toContain('Details');
  });

  it('keeps a row the date was read from when it credits people the metadata did not take for authors', () => {
    const row = '<p>Posted by mara_h, tomlee on 2019-02-15, all posts</p>';
    const body = run(page(`<article>${row}${story}</article>`), { dateline: 'Posted by mara_h, tomlee on 2019-02-15, all posts', publishedAt: '2019-02-15T00:00:00+00:00' }).body;
    expect(body).toContain('Posted by mara_h');
  });

  it('drops the row the date was read from when it credits a team, at the head of the text or at its foot (rule "team\'s credit in the date row")', () => {
    const row = 'Posted on May 2, 2026 by the Events Team';
    const dated = { dateline: row, publishedAt: '2026-05-02T00:00:00+00:00' };
    expect(run(page(`<article><p>${row}</p>${story}</article>`), dated).body).not.toContain('Events Team');
    expect(run(page(`<article>${story}<p>${row}</p></article>`), dated).body).not.toContain('Events Team');
    // A row that credits a person the metadata did not take for the writer stays at the foot.
    const personal = 'Posted on May 2, 2026 by mara_h';
    expect(run(page(`<article>${story}<p>${personal}</p></article>`), { ...dated, dateline: personal }).body).toContain(personal);
  });
});

describe('rule "update line at the foot"', () => {
  const update = 'Naposledy změněno středa, 02. prosinec 2026 19:20';

  it('drops the line the metadata read the last update from, under the text', () => {
    const body = run(page(`<article>${story}<div class="itemDateModified">${update}</div></article>`), { updateLine: update }).body;
    expect(body).not.toContain('Naposledy změněno');
    expect(body.split('\n\n')).toHaveLength(6);
  });

  it('keeps a story line that only mentions a change', () => {
    const body = run(page(`<article>${story}<p>Změněno bylo také jízdní řády.</p></article>`), { updateLine: update }).body;
    expect(body).toContain('Změněno bylo také');
  });
});

describe('rule "credit rows under the standfirst"', () => {
  const chapo = '<p>The harbour board voted on Tuesday night to close the old ferry pier for two years of repairs, a decision that will send the morning boats to the cargo quay.</p>';
  it('drops the writer\'s and the reviewer\'s rows that come after a chapô inside the article box', () => {
    const body = run(page(`<article>${chapo}<p>Rédigé par Mara Holm, journaliste</p><p>Article relu et validé par Dr Tom Roe, pédiatre</p>${story}</article>`), { authors: ['Mara Holm'] }).body;
    expect(body).not.toMatch(/Rédigé|Tom Roe/);
    expect(body.startsWith('The harbour board voted')).toBe(true);
  });

  it('keeps a short line between two story paragraphs that is no credit', () => {
    const body = run(page(`<article>${chapo}<p>What changes for passengers</p>${story}</article>`), { authors: ['Mara Holm'] }).body;
    expect(body).toContain('What changes for passengers');
  });
});

describe('rule "zone after the clock"', () => {
  it.each([
    ['a wire\'s row of the stamp and its name', 'December 1, 2031 at 07:05 GMT | Harbour Wire'],
    ['a row whose clock closes on a US zone', 'Dec 01, 2031 at 02:05 ET | Harbour Wire'],
  ])('drops %s from the head of the body', (_, row) => {
    const body = run(page(`<article><p>${row}</p>${story}</article>`), { publishedAt: '2031-12-01T07:05:00+00:00' }).body;
    expect(body).not.toContain('Harbour Wire');
    expect(body.startsWith('The harbour report')).toBe(true);
  });
});
