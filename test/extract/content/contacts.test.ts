import { page, prose, run } from './helpers';

const story = ['harbour', 'ferry', 'pier', 'tide', 'dock', 'quay'].map((topic) => prose(topic)).join('');

describe('contact card at the end of the body', () => {
  it('drops a press contact under its heading', () => {
    const card = '<h3>Pressekontakt</h3><p><strong>Mara Holm</strong></p><p>Pressesprecherin Hafenamt</p><p>Tel.: 040 123 456</p><p>presse@hafen.example</p>';
    const body = run(page(`<article>${story}${card}</article>`)).body;
    expect(body).not.toMatch(/Pressekontakt|Mara Holm|040 123|presse@/);
    expect(body.endsWith('the next steps.')).toBe(true);
  });

  it('drops a card headed by the press office\'s name, with one way to reach it (rule "press office as the heading")', () => {
    const card = '<p><strong>Assessoria de Imprensa</strong><br>Secretaria Municipal de Comunicação<br>(85) 3300-1200 | imprensa@cidade.example</p>';
    const body = run(page(`<article>${story}${card}</article>`)).body;
    expect(body).not.toMatch(/Assessoria|Secretaria|imprensa@/);
    expect(body.endsWith('the next steps.')).toBe(true);
  });

  it('drops a release\'s closing lines of its site and its social handles, set as one block of lines, with the issuing office\'s lines above them (rule "site and social lines")', () => {
    const card = '<p>Biro Kerja Sama dan Hubungan Masyarakat<br>Sekretariat Jenderal</p><p>Laman: harbour.example<br>Facebook: facebook.example/harbour<br>Instagram: @harbour<br>X: @harbour</p>';
    const body = run(page(`<article>${story}${card}</article>`)).body;
    expect(body).not.toMatch(/Biro|Laman|Instagram|@harbour/);
    expect(body.endsWith('the next steps.')).toBe(true);
    // One social line under the story is a pointer of the story's, not a card.
    expect(run(page(`<article>${story}<p>Instagram: @harbourferries</p></article>`)).body).toContain('@harbourferries');
  });

  it('drops a Hebrew press office\'s closing line, its phone labelled "טל\'" beside its mail (rule "Hebrew phone label")', () => {
    const body = run(page(`<article>${story}<div>דוברות המועצה | טל' 04-6660000 | dover@moatza.example</div></article>`)).body;
    expect(body).not.toMatch(/דוברות המועצה|04-6660000|dover@/);
    expect(body.endsWith('the next steps.')).toBe(true);
  });

  it('drops a card without a heading, one person after another', () => {
    const card = '<p>Dr. Mara Holm</p><p>Harbour Institute</p><p>E-Mail: holm@harbour.example</p><p>Prof. Tom Lee</p><p>E-Mail: lee@harbour.example</p>';
    expect(run(page(`<article>${story}${card}</article>`)).body).not.toMatch(/Holm|Lee/);
  });

  it('keeps the short lines above the card heading', () => {
    const tail = '<ul><li>Timetable</li><li>Fares</li></ul><h3>Contact</h3><p>tel +44 20 7946 0000 | desk@harbour.example</p>';
    const body = run(page(`<article>${story}${tail}</article>`)).body;
    expect(body).toContain('Fares');
    expect(body).not.toContain('desk@harbour.example');
  });

  it('drops a wire release\'s card through the source line under it, whose company ends in its legal form\'s dot (rule "company\'s legal form")', () => {
    const card = '<p><b>Media Contact:</b><br>Kelsey Moran<br>press@grid.example<br>+1 617-555-0142</p><p>SOURCE Example Grid Storage, Inc.</p>';
    const body = run(page(`<article>${story}${card}</article>`)).body;
    expect(body).not.toMatch(/Media Contact|press@|SOURCE/);
    expect(body.endsWith('the next steps.')).toBe(true);
  });

  it('drops a press contact under its heading that a closing section follows (rule "card before the closing section")', () => {
    const card = '<h3>Pressekontakt</h3><p>Dr. Mara Holm<br>Pressesprecherin<br>Telefon: 040 123 456<br>E-Mail: presse@hafen.example</p>';
    const about = '<h3>Über das Hafenamt</h3><p>Das Hafenamt verwaltet seit 1950 die Kais, Schleusen und Fähren der Stadt und beschäftigt 400 Menschen.</p>';
    const body = run(page(`<article>${story}${card}${about}</article>`)).body;
    expect(body).not.toMatch(/Pressekontakt|Mara Holm|040 123|presse@/);
    expect(body).toContain('Das Hafenamt verwaltet');
    // A "Contact" section of the story, that says more than names and numbers, stays.
    const told = '<h3>Contact</h3><p>Tel: 040 123 456</p><p>The harbour office answered calls until midnight, and many callers asked about the ferry.</p><h3>What next</h3><p>The ferry sails again on Monday.</p>';
    expect(run(page(`<article>${story}${told}</article>`)).body).toContain('The harbour office answered calls');
  });

  it('keeps a story that ends with one address for readers', () => {
    const closing = '<p>Questions</p><p>tips@harbour.example</p>';
    expect(run(page(`<article>${story}${closing}</article>`)).body).toContain('tips@harbour.example');
  });

  it('keeps rows of numbers that are no phone numbers', () => {
    const calendar = '<p>01 02 03 04 05</p><p>06 07 08 09 10 11 12</p><p>13 14 15 16 17 18 19</p>';
    expect(run(page(`<article>${story}${calendar}</article>`)).body).toContain('13 14 15 16 17 18 19');
  });
});

describe('rule "leading contact card"', () => {
  it('drops an agency release\'s card above the dateline, through its phone and mail line', () => {
    const card = '<p><strong>FOR IMMEDIATE RELEASE</strong></p><p>Contact: Mara Holm, Public Information Officer<br>Harbour Authority<br>(555) 010-0188 | mholm@harbour.example</p>';
    const body = run(page(`<article>${card}${story}</article>`)).body;
    expect(body).not.toMatch(/Contact|Mara Holm|Harbour Authority|mholm@/);
    expect(body.startsWith('The harbour report')).toBe(true);
  });

  it('drops a card set as a bold label over separate lines, and keeps the short line after its mail', () => {
    const card = '<p><b>Media contact:</b></p><p>Mara Holm</p><p>press@harbour.example</p><h2>Ferries return to the pier</h2>';
    const body = run(page(`<article>${card}${story}</article>`)).body;
    expect(body).not.toMatch(/Media contact|Mara Holm|press@/);
    expect(body.startsWith('Ferries return to the pier')).toBe(true);
  });

  it('keeps an opening that names the label without a colon, a label with no way to reach anyone, and a card under the story\'s first paragraph', () => {
    const ask = '<p>Contact us for a tour</p><p>tours@harbour.example</p>';
    expect(run(page(`<article>${ask}${story}</article>`)).body).toContain('Contact us for a tour');
    const bare = '<p>Contact: Mara Holm</p><p>Harbour Authority</p>';
    expect(run(page(`<article>${bare}${story}</article>`)).body).toContain('Contact: Mara Holm');
    const afterLead = `${prose('tide')}<p>Contact: Mara Holm</p><p>mholm@harbour.example</p>`;
    expect(run(page(`<article>${afterLead}${story}</article>`)).body).toContain('mholm@harbour.example');
  });
});

describe('rule "writer\'s contact line"', () => {
  const authors = ['Marcus Hale'];
  it.each([
    ['a note on the writer with an address and a handle', '<p>Marcus Hale covers education for the Westbrook Dispatch. Reach him at mhale@dispatch.example or on X at @MarcusHaleWD.</p>'],
    ['an ask to reach the writer by phone', '<p>Reach Marcus Hale at 555-0143. Follow him on X @MarcusHaleWD.</p>'],
  ])('drops %s closing the story', (_kind, note) => {
    const body = run(page(`<article>${story}${note}</article>`), { authors }).body;
    expect(body).not.toContain('Marcus Hale');
    expect(body.endsWith('the next steps.')).toBe(true);
  });

  it('keeps a closing line that gives someone else\'s address, or names the writer with no way to reach them', () => {
    const other = '<p>Readers can send their questions to the harbour master, Mara Holm, at holm@harbour.example.</p>';
    expect(run(page(`<article>${story}${other}</article>`), { authors }).body).toContain('holm@harbour.example');
    const credit = '<p>Marcus Hale contributed reporting from the harbour office.</p>';
    expect(run(page(`<article>${story}${credit}</article>`), { authors }).body).toContain('Marcus Hale contributed reporting');
  });
});

describe('rule "writer\'s address under the byline"', () => {
  it('drops the credited writer\'s bare address opening the text, and keeps it on a page that credits no one', () => {
    const html = page(`<article><p>mhale@dispatch.example</p>${story}</article>`);
    const body = run(html, { authors: ['Marcus Hale'] }).body;
    expect(body).not.toContain('mhale@');
    expect(body.startsWith('The harbour report')).toBe(true);
    expect(run(html).body).toContain('mhale@dispatch.example');
  });
});

describe('rule "writer\'s note"', () => {
  it.each([
    ['an English note on two writers', ['Marcus Hale', 'Tom Kessler'], '<p><em>Marcus Hale is a senior correspondent covering cities. Tom Kessler is a data reporter.</em></p>'],
    ['a German note set apart by a dash', ['Marcus Hale'], '<p><em>— Marcus Hale ist Redakteur im Ressort Hafen und Verkehr.</em></p>'],
    ['a French note', ['Marcus Hale'], '<p>Marcus Hale est journaliste au service Société.</p>'],
    ['a note naming the post in the publication\'s possessive, in a box with the writer\'s picture', ['Marcus Hale'],
      '<div class="contributor-box"><img src="/files/marcus-hale.jpg" alt=""><p><strong>Marcus Hale</strong> is Harbour &amp; Coast’s features editor. He sails.</p></div>'],
    ['a note naming the post as a title without an article', ['Marcus Hale'], '<p><em>Marcus Hale was managing editor of the Harbour Herald until it closed. He is writing a book.</em></p>'],
    ['a writer\'s card that gives the record (rule "writer\'s record")', ['Marcus Hale'],
      '<div class="pw-author-card"><img src="/team/marcus.jpg" alt=""><p><strong>Marcus Hale</strong> has written about mortgages and household finance for more than a decade.</p></div>'],
    ['a note on how long the writer has covered the beat (rule "writer\'s record")', ['Marcus Hale'], '<p><em>Marcus Hale has covered the harbour since 2015.</em></p>'],
  ])('drops %s closing the story', (_kind, authors, note) => {
    const body = run(page(`<article>${story}${note}</article>`), { authors }).body;
    expect(body).not.toContain('Marcus Hale');
    expect(body.endsWith('the next steps.')).toBe(true);
  });

  it('keeps a closing line that says where the writer may be found, or that names the writer in the story', () => {
    const authors = ['Marcus Hale'];
    const pointer = '<p>Marcus Hale is on X at marcus_hale.</p>';
    expect(run(page(`<article>${story}${pointer}</article>`), { authors }).body).toContain('Marcus Hale is on X');
    const possessive = '<p>Marcus Hale is Harbour’s oldest ferry captain: the writer shares his name.</p>';
    expect(run(page(`<article>${story}${possessive}</article>`), { authors: ['Jane Doe'] }).body).toContain('Harbour’s oldest');
    const told = '<p>The harbour master thanked Marcus Hale, who is a reporter, for the questions.</p>';
    expect(run(page(`<article>${story}${told}</article>`), { authors }).body).toContain('thanked Marcus Hale');
    const arrest = '<p>Marcus Hale was arrested at the harbour gate for the second time.</p>';
    expect(run(page(`<article>${story}${arrest}</article>`), { authors }).body).toContain('was arrested at the harbour');
    const found = '<p>Marcus Hale has found that the ferry fares rose twice in a year.</p>';
    expect(run(page(`<article>${story}${found}</article>`), { authors }).body).toContain('has found that the ferry fares');
  });

  it('drops the notes on two writers set one under the other, one for each writer (rule "a note on each writer")', () => {
    const authors = ['Marcus Hale', 'Tom Kessler'];
    const notes = '<p>Marcus Hale covers the harbour for the Herald. He joined the paper in 2021.</p><p>Tom Kessler is a reporter with Coast Radio in Northport.</p>';
    const body = run(page(`<article>${story}${notes}</article>`), { authors }).body;
    expect(body).not.toMatch(/Marcus Hale|Tom Kessler/);
    expect(body.endsWith('the next steps.')).toBe(true);
    // A page that credits one writer reads one note: the line above it is the story's.
    const single = run(page(`<article>${story}<p>Tom Kessler is a reporter with Coast Radio in Northport.</p><p>Marcus Hale covers the harbour for the Herald.</p></article>`), { authors: ['Marcus Hale'] }).body;
    expect(single).toContain('Tom Kessler is a reporter');
  });

  it('drops the note on the writer that stands right above the closing notes, and keeps the notes and a story paragraph there (rule "writer\'s note above the notes")', () => {
    const notes = '<h4>Notes:</h4><ol><li>Harbour board minutes, March 2025.</li><li>The quay was last dredged in 1998.</li></ol>';
    const body = run(page(`<article>${story}<p><em>Marcus Hale is a visiting fellow at the Centre for Coastal Studies.</em></p>${notes}</article>`), { authors: ['Marcus Hale'] }).body;
    expect(body).not.toContain('visiting fellow');
    expect(body).toContain('Harbour board minutes, March 2025.');
    expect(body.endsWith('The quay was last dredged in 1998.')).toBe(true);
    const story2 = run(page(`<article>${story}<p>The board meets again in May to decide on the quay.</p>${notes}</article>`), { authors: ['Marcus Hale'] }).body;
    expect(story2).toContain('The board meets again in May');
  });

  it('drops an Arabic note that names the writer\'s calling after an asterisk, on a page that credits a writer (rule "asterisked role note")', () => {
    for (const note of ['* أكاديمي وباحث في شؤون الموارد المائية', '*كاتبة وصحافية لبنانية', '٭ كاتب وباحث فلسطيني']) {
      const body = run(page(`<article>${story}<p>${note}</p></article>`), { authors: ['كريم الدليمي'] }).body;
      expect(body.endsWith('the next steps.')).toBe(true);
    }
    // Without a credited writer, or without the asterisk, the line is left to the story.
    expect(run(page(`<article>${story}<p>* أكاديمي وباحث في شؤون الموارد المائية</p></article>`)).body).toContain('أكاديمي وباحث');
    expect(run(page(`<article>${story}<p>باحثون في الجامعة يدرسون المياه</p></article>`), { authors: ['كريم الدليمي'] }).body).toContain('باحثون في الجامعة');
  });

  it('drops a note that names the column\'s writer as "the author" after an asterisk, on a page that credits a writer (rule "asterisked note on the author")', () => {
    for (const note of ['*El autor es ingeniero hidráulico y profesor de la Universidad.', '(*) La autora es politóloga.', '* The writer is a former ambassador to Chile.', '*L’auteure est économiste.']) {
      const body = run(page(`<article>${story}<p>${note}</p></article>`), { authors: ['Jane Doe'] }).body;
      expect(body.endsWith('the next steps.')).toBe(true);
    }
    // A review's last judgement of a book's author, and the note on a page that credits no writer, stay.
    expect(run(page(`<article>${story}<p>El autor es un maestro del suspense.</p></article>`), { authors: ['Jane Doe'] }).body).toContain('maestro del suspense');
    expect(run(page(`<article>${story}<p>*El autor es ingeniero hidráulico.</p></article>`)).body).toContain('ingeniero hidráulico');
  });

  it('drops the note an asterisk in the byline points to, that opens with the writer\'s calling or former seat, and keeps a footnote of figures (rule "asterisked calling")', () => {
    for (const note of ['(*) Exdiputado provincial y profesor de Derecho Constitucional.', '* Cientista político e professor da universidade.', '* Ancienne députée, politologue.', '(*) Politóloga.', '* A former MP for Ashbury.']) {
      const body = run(page(`<article>${story}<p>${note}</p></article>`), { authors: ['Jane Doe'] }).body;
      expect(body.endsWith('the next steps.')).toBe(true);
    }
    expect(run(page(`<article>${story}<p>(*) Datos provisorios del escrutinio.</p></article>`), { authors: ['Jane Doe'] }).body).toContain('Datos provisorios');
    expect(run(page(`<article>${story}<p>(*) Exdiputado provincial.</p></article>`)).body).toContain('Exdiputado provincial');
  });

  it('drops the note on the writer an op-ed closes with in italics, without the asterisk, and keeps a review\'s last judgement in the text\'s type (rule "italic note on the author")', () => {
    for (const note of ['<em>The writer is a former Rajya Sabha MP and a member of the party’s research department</em>', '<i>L’autrice est politologue.</i>', '<em>The writers are former election commissioners.</em>']) {
      const body = run(page(`<article>${story}<p>${note}</p></article>`), { authors: ['Jane Doe'] }).body;
      expect(body.endsWith('the next steps.')).toBe(true);
    }
    expect(run(page(`<article>${story}<p>The author is a master of suspense, and <em>Night Ferry</em> is her best.</p></article>`), { authors: ['Jane Doe'] }).body).toContain('master of suspense');
    expect(run(page(`<article>${story}<p><em>The author is</em> a master of suspense.</p></article>`), { authors: ['Jane Doe'] }).body).toContain('master of suspense');
  });
});

describe('rule "writer\'s card at the foot"', () => {
  const authors = ['Marcus Hale'];
  it('drops the card\'s name, post and the note that calls the writer by the given name', () => {
    const card = '<div class="tnt-author-card"><h5>Marcus Hale</h5><p>Staff Writer</p><p>Marcus covers public safety and the courts for the Ledger.</p></div>';
    const body = run(page(`<article>${story}${card}</article>`), { authors }).body;
    expect(body).not.toMatch(/Marcus|Staff Writer/);
    expect(body.endsWith('the next steps.')).toBe(true);
  });

  it('keeps a closing paragraph that names someone by the writer\'s given name with no card above it', () => {
    const closing = '<p>Marcus covers the late shift at the harbour office, the clerk said.</p>';
    expect(run(page(`<article>${story}${closing}</article>`), { authors }).body).toContain('Marcus covers the late shift');
  });
});

describe('rule "card above the safe harbor statement"', () => {
  const card = '<p><strong>For further information, please contact:</strong><br>Lena Ward, Investor Relations<br>Tel: 416-555-0100<br>Email: lward@harbour.example</p>';
  const notice = '<p><strong>Cautionary Note Regarding Forward-Looking Information</strong></p><p>This news release contains forward-looking information within the meaning of applicable securities laws. Readers are cautioned not to place undue reliance on it.</p>';

  it('drops a release\'s card set above its closing notice on forward-looking information, with the notice', () => {
    const body = run(page(`<article>${story}${card}${notice}</article>`)).body;
    expect(body).not.toMatch(/further information|Lena Ward|416-555|lward@|Cautionary|forward-looking/);
    expect(body.endsWith('the next steps.')).toBe(true);
  });

  it('keeps the story\'s last short lines when no notice closes it', () => {
    const tail = '<p>Ferries resume on Monday.</p><p>Tickets cost $4.</p>';
    expect(run(page(`<article>${story}${tail}</article>`)).body).toContain('Tickets cost $4.');
  });
});

describe('rule "ideographic full stop"', () => {
  it('keeps a Japanese release\'s short closing sentences above its card', () => {
    const japanese = ['港の新しい桟橋が完成し、市は来月から定期便の運航を始めると発表しました。観光客の増加が見込まれています。',
      '新しい桟橋は長さ120メートルで、大型の観光船も接岸できます。市は総額18億円をかけて整備しました。',
      '運航会社によると、初年度は年間およそ4万人の利用を見込んでいます。週末には臨時便も出す予定です。']
      .map((text) => `<p>${text}</p>`).join('');
    const tail = '<p>料金は片道500円です。</p><p>今後は冬季の運航も検討します。</p><h2>本件に関するお問い合わせ先</h2><p>港湾課　広報担当：山田<br>TEL：0848-55-0100<br>E-mail：port@city.example</p>';
    const body = run(page(`<article>${japanese}${tail}</article>`)).body;
    expect(body).toContain('今後は冬季の運航も検討します。');
    expect(body).toContain('料金は片道500円です。');
    expect(body).not.toMatch(/0848|port@/);
  });
});

describe('rule "bare network links"', () => {
  it('drops a wire\'s closing card whose profiles are links named for their networks alone', () => {
    const card = '<p>Mara Holm<br>Harbour Analytics Ltd<br>+44 20 7946 0000<br><a href="/contact">email us here</a><br>Visit us on social media:<br><a href="#">LinkedIn</a><br><a href="#">X</a></p>';
    const body = run(page(`<article>${story}${card}</article>`)).body;
    expect(body).not.toMatch(/Mara Holm|7946|email us here|LinkedIn/);
    expect(body.endsWith('the next steps.')).toBe(true);
  });
});

describe('rule "wire\'s source line"', () => {
  it('drops the wire\'s "SOURCE" line closing a release run verbatim, with no card above it', () => {
    const body = run(page(`<article>${story}<p>SOURCE Harbour Health</p></article>`)).body;
    expect(body).not.toContain('SOURCE');
    expect(body.endsWith('the next steps.')).toBe(true);
  });

  it('keeps a story\'s closing line that names its source in a sentence', () => {
    const line = '<p>Source figures were supplied by the harbour office.</p>';
    expect(run(page(`<article>${story}${line}</article>`)).body).toContain('Source figures were supplied');
  });
});

describe('rule "credited writer\'s bio box"', () => {
  const box = (name: string) => `<div class="yazar-alt-kutu"><img src="/yazar.jpg" alt="" width="60"><div><strong>${name}</strong><p>1974'te Liman'da doğdu. Denizcilik Fakültesi mezunu. 2009'dan bu yana gazetemizde yazıyor BIOTEXT.</p></div></div>`;

  it('drops the box that closes a column with the credited writer\'s name in bold over a biography, linked nowhere', () => {
    const body = run(page(`<article><h1>Port expands</h1>${story}${box('Jane Doe')}</article>`), { title: 'Port expands', authors: ['Jane Doe'] }).body;
    expect(body).not.toContain('BIOTEXT');
    expect(body).toContain('the next steps.');
  });

  it('keeps a closing box on someone the page does not credit', () => {
    const body = run(page(`<article><h1>Port expands</h1>${story}${box('Ali Veli')}</article>`), { title: 'Port expands', authors: ['Jane Doe'] }).body;
    expect(body).toContain('BIOTEXT');
  });
});
