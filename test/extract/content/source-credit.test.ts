import type { Block } from '../../../lambdas/extract/content/blocks';
import { splitSourceCredit } from '../../../lambdas/extract/content/source-credit';
import { page, prose, run } from './helpers';

describe('source credit closing the body', () => {
  it.each([
    ['a labelled credit with the site and the editor\'s initials', 'Quelle: hafen.de, lbe/dpa', 'dpa'],
    ['an agency with initials', 'lbe/PAP', 'PAP'],
    ['an agency after "mit"', 'mit dpa', 'dpa'],
    ['two agencies, the first named first', 'Fuente: EFE/AFP', 'EFE'],
    ['an Arabic source line', 'المصدر: رويترز', 'Reuters'],
    ['an Arabic line labelled "source of the news"', 'مصدر الخبر: وكالة الأنباء الأردنية', 'Petra'],
    ['a credit after a dash', '— With Reuters', 'Reuters'],
    ['a written-out German credit', 'Mit Material von dpa', 'dpa'],
    ['a Spanish credit naming three agencies', '(Con información de AFP, EFE y Reuters)', 'AFP'],
    ['a Portuguese credit', 'Com informações da Lusa', 'Lusa'],
    ['a Turkish agency by its initials', '(AA)', 'Anadolu'],
    ['an agency\'s contribution note', 'The Associated Press contributed to this report.', 'AP'],
    ['an agency\'s additional reporting', 'Additional reporting by Reuters.', 'Reuters'],
    ['a Canadian desk\'s files', 'With files from The Canadian Press', 'Canadian Press'],
    ['New Zealand\'s broadcaster after a dash', '- RNZ', 'RNZ'],
    ['the British and Irish agency\'s initials after additional reporting', 'Additional reporting by PA', 'PA'],
    ['a note that the agencies\' material was used', 'Material from Reuters and AFP was used.', 'Reuters'],
    ['a note that the story includes an agency\'s material', 'This story includes material from The Associated Press.', 'AP'],
    ['Swiss agencies in lower case, in parentheses', '(ats/afp)', 'SDA'],
    ['agencies in lower case before an editor\'s initials', 'afp/ats/jfe', 'AFP'],
    ['a Greek source line, its label in bold', '<strong>Πηγή: ΑΠΕ-ΜΠΕ</strong>', 'ANA-MPA'],
    ['a Hungarian source line', 'Forrás: MTI', 'MTI'],
    ['a labelled source line naming a broadcaster by its initials beside the agency (rule "outlet beside the agency")', 'Allikas: ERR, BNS', 'BNS'],
    ['a German source line naming a broadcaster first', 'Quelle: ZDF, dpa', 'dpa'],
    ['an agency\'s copyright line in letters', '(c) Agencia EFE', 'EFE'],
    ['an agency\'s dated copyright line in letters', '(c) 2031 Reuters', 'Reuters'],
    ['the Canadian agency\'s first-published note', '<em>This report by The Canadian Press was first published Dec. 2, 2031.</em>', 'Canadian Press'],
    ['a note that an agency first published the story', 'This story was first published by The Associated Press.', 'AP'],
    ['the Nigerian agency\'s closing initials', '(NAN)', 'NAN'],
    ['the German agency\'s story identifier behind its service\'s name', 'dpa-infocom, dpa:261202-930-412877/3', 'dpa'],
    ['a Ukrainian credit, the agency declined after "based on the material of"', '<em>За матеріалами Укрінформу</em>', 'Ukrinform'],
    ['a Russian credit of the same kind', 'По материалам Интерфакса', 'Interfax'],
    ['a Malaysian agency sign-off after a dash', '— BERNAMA', 'Bernama'],
    ['the same agency\'s Chinese name after the Chinese dash of two em dashes (rule "dashed agency sign-off")', '——马新社', 'Bernama'],
    ['the Canadian agency\'s Chinese name in brackets (rule "agencies in the overseas Chinese press")', '（加通社）', 'Canadian Press'],
    ['an Indian agency sign-off after two hyphens, in Devanagari', '--आईएएनएस', 'IANS'],
    ['an agency sign-off after a hyphen', '-PTI', 'PTI'],
    ['a Hindi note of the agency\'s input, naming PTI\'s Hindi service', '(इनपुट: भाषा)', 'PTI'],
    ['a Bengali source line', 'সূত্র: বাসস', 'BSS'],
    ['a Gulf agency\'s sign-off with its writer and editor (rule "agency staff sign-off")', 'وام/عاصم الخولي/مصطفى بدر الدين', 'WAM'],
    ['the same sign-off in English', 'WAM/Hatem Mohamed/Esraa Ismail', 'WAM'],
    ['an agency\'s Arabic name with its initials (rule "agency\'s name and initials")', 'وكالة الأنباء القطرية (قنا)', 'QNA'],
    ['a labelled Arabic name with its initials', 'المصدر: وكالة الأنباء الألمانية (د ب أ)', 'dpa'],
    ['the French agency by its Arabic name', 'وكالة الصحافة الفرنسية', 'AFP'],
    ['Sputnik\'s Arabic service', 'المصدر: سبوتنيك', 'Sputnik'],
    ['the place and the agency on a line of their own (rule "place and agency sign-off")', 'موسكو - سبوتنيك', 'Sputnik'],
    ['the same with an agency of three initials', 'القاهرة - أ ش أ', 'MENA'],
    ['the Caribbean agency\'s desk slug, its initials and the year (rule "agency\'s desk slug")', 'CMC/ld/ir/2026', 'CMC'],
  ])('takes %s out of the body and hands back its agency', (_kind, credit, agency) => {
    const result = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>${credit}</p></article>`));
    expect(result.body.endsWith('the next steps.')).toBe(true);
    expect(result.body).not.toContain(credit.replace(/<[^>]*>/g, ''));
    expect(result.creditedAgency).toBe(agency);
  });

  it('keeps a line of a year and initials that names no agency', () => {
    expect(run(page(`<article>${prose('harbour')}${prose('ferry')}<p>ld/ir/2026</p></article>`)).body).toContain('ld/ir/2026');
  });

  it.each([['المصدر: وكالات'], ['(وكالات)'], ['Source: agencies']])('takes the unnamed agencies\' credit %j out of the body, with no agency (rule "unnamed agencies")', (credit) => {
    const result = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>${credit}</p></article>`));
    expect(result.body.endsWith('the next steps.')).toBe(true);
    expect(result.creditedAgency).toBeNull();
  });

  it('takes two credit lines stacked under the story, the site\'s over the feed\'s (rule "stacked credits")', () => {
    const paragraph = (text: string): Block => ({ kind: 'p', text, html: text, quoted: false });
    const story = paragraph('Die Deiche bei Ziltendorf wurden in der Nacht mit Sandsäcken verstärkt, sagte ein Sprecher.');
    const split = splitSourceCredit([story, paragraph('dpa/lbn'), paragraph('dpa-infocom, dpa:261202-930-412877/3')]);
    expect(split.blocks).toEqual([story]);
    expect(split.creditedAgency).toBe('dpa');
  });

  it('keeps a closing line of names after slashes that names no agency first', () => {
    const result = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>تصوير/عاصم الخولي/مصطفى بدر الدين</p></article>`));
    expect(result.body).toContain('تصوير/عاصم الخولي');
    expect(result.creditedAgency).toBeNull();
  });

  it('takes the credit an old table layout sets in a row of its own, as it sets the story\'s lines', () => {
    const row = (text: string): Block => ({ kind: 'row', text, html: text, quoted: false });
    const split = splitSourceCredit([row('قال مسؤولون في الميناء يوم الاثنين إن حركة العبارات عادت إلى طبيعتها.'), row('المصدر: رويترز')]);
    expect(split.blocks).toHaveLength(1);
    expect(split.creditedAgency).toBe('Reuters');
  });

  it.each([
    ['a source line naming a study', 'Quelle: Science, Rice University'],
    ['a source line naming outlets by their initials and no agency', 'Quelle: NASA, ESA'],
    ['initials beside an agency on a line with no source label', 'ERR, BNS'],
    ['a sentence with an agency', 'Mit dpa sprach der Hafenmeister am Montag.'],
    ['a reporter\'s contribution note', 'Jane Doe contributed to this report.'],
    ['a reporter\'s additional reporting', 'Additional reporting by Jane Doe in Ottawa.'],
    ['editors\' initials in lower case alone', '(mb/jfe)'],
    ['a lone lower-case agency name', '(afp)'],
    ['a copyright line in letters naming the site', '(c) The Example Post'],
    ['a note on material from a study', 'Material from the harbour survey was used.'],
    ['a first-published note naming a magazine', 'This article was first published by The Harbour Review.'],
    ['a first-published note naming the site', 'This report by The Example Post was first published Dec. 2, 2031.'],
    ['a dashed sign-off naming a person', '— Jane Doe'],
    ['a credit in the middle of the body', null],
  ])('keeps %s', (_kind, line) => {
    const body = line
      ? `${prose('harbour')}${prose('ferry')}<p>${line}</p>`
      : `${prose('harbour')}<p>Quelle: lbe/dpa</p>${prose('ferry')}`;
    const result = run(page(`<article>${body}</article>`));
    expect(result.body).toContain(line ?? 'Quelle: lbe/dpa');
    expect(result.creditedAgency).toBeNull();
  });
});

describe('dateline row over the story', () => {
  it('reads a slashed dateline row right under a picture as the story\'s dateline, not the picture\'s credit, and a Latin name and agency as the credit', () => {
    const dateline = run(page(`<article><div><img src="/img/dam.jpg"><br>بغداد / واع<br><br>${'أعلنت وزارة الموارد المائية ارتفاع الخزين المائي في السد بعد موجة الأمطار. '.repeat(4)}<br><br>${'وقال المتحدث باسم الوزارة إن الإيرادات المائية ارتفعت بشكل ملحوظ. '.repeat(4)}</div></article>`));
    expect(dateline.images[0].credit).toBeNull();
    expect(dateline.body.startsWith('بغداد / واع أعلنت')).toBe(true);
    const credit = run(page(`<article>${prose('harbour')}<div><img src="/img/harbour.jpg"></div><p>Jane Doe/AP</p>${prose('ferry')}</article>`));
    expect(credit.images[0].credit).toBe('Jane Doe/AP');
  });

  it('reads a dashed dateline row right under a picture with no caption as the story\'s dateline, not the picture\'s caption and credit, and a described picture\'s line as its caption (rule "dateline row under the picture")', () => {
    const story = '<p>' + 'أعلنت وزارة الإسكان طرح دفعة جديدة من الشقق لمحدودي الدخل في عدد من المدن الجديدة بمقدمات ميسرة. '.repeat(3) + '</p>';
    const dateline = run(page(`<article><div><img src="/img/flats.jpg"><p>القاهرة - أ ش أ</p>${story}${story}</div></article>`));
    expect(dateline.body.startsWith('القاهرة - أ ش أ أعلنت')).toBe(true);
    expect(dateline.images[0].credit).toBeNull();
    const caption = run(page(`<article><div><img src="/img/flats.jpg"><p>عمال في موقع البناء - أ ف ب</p>${story}${story}</div></article>`));
    expect(caption.images[0].caption).toBe('عمال في موقع البناء');
  });

  it.each([
    ['an English dateline with the agency in parentheses', 'PARIS (AFP) —', 'AFP'],
    ['an Arabic dateline with the agency after a dash', 'القاهرة - رويترز', 'Reuters'],
    ['an Arabic dateline with the agency after a slash (rule "slashed dateline row")', 'أنقرة/ الأناضول', 'Anadolu'],
    ['an Iraqi dateline with the agency after a slash (rule "slashed dateline row")', 'بغداد / واع', 'INA'],
    ['an Arabic dateline with a spaced tatweel for its dash (rule "tatweel dash")', 'القطيف ـ واس', 'SPA'],
  ])('joins %s to the paragraph it opens and hands back its agency', (_kind, dateline, agency) => {
    const result = run(page(`<article><p>${dateline}</p>${prose('harbour')}${prose('ferry')}</article>`));
    expect(result.body.split('\n\n')).toHaveLength(2);
    expect(result.body.startsWith(`${dateline} The harbour report`)).toBe(true);
    expect(result.creditedAgency).toBe(agency);
  });

  it('drops a place-and-agency row set over the date row, the head\'s credit line, and hands back its agency (rule "credit row over the date row")', () => {
    const dateRow = 'الجمعة 24 جمادى الآخرة 1448هـ الموافق 4 ديسمبر 2026م - 07:45 م';
    const html = page(`<article><div>ينبع - واس</div><div>${dateRow}</div>${prose('harbour')}${prose('ferry')}</article>`);
    const result = run(html, { dateline: dateRow, publishedAt: '2026-12-04T19:45:00+03:00' });
    expect(result.body.startsWith('The harbour report')).toBe(true);
    expect(result.body).not.toContain('واس');
    expect(result.creditedAgency).toBe('SPA');
  });

  it('joins the dateline on the first line of a table cell to the line it opens (rule "dateline line in a table cell")', () => {
    const lines = ['صنعاء - سبأ:', 'أطلقت وزارة الزراعة حملة ميدانية لمكافحة الجراد في سهل تهامة بمشاركة فرق الرش الأرضي. '.repeat(3), 'وأوضح مدير وقاية النباتات أن الفرق بدأت أعمال المسح والرش في عدد من المديريات. '.repeat(3)];
    const result = run(page(`<table><tr><td><b>الجراد في تهامة</b></td></tr><tr><td>${lines.join('<br><br>')}</td></tr></table>`));
    expect(result.body.startsWith('صنعاء - سبأ: أطلقت')).toBe(true);
    expect(result.creditedAgency).toBe('Saba');
  });

  it('hands back the agency of a row of the place, the day and the agency, and joins the row to no paragraph (rule "dated agency row")', () => {
    const result = run(page(`<article><p>Gəncə, 5 dekabr, AZƏRTAC</p>${prose('harbour')}${prose('ferry')}</article>`));
    expect(result.creditedAgency).toBe('AZERTAC');
    expect(result.body).not.toContain('AZƏRTAC The harbour');
    expect(run(page(`<article><p>Gəncə, 5 dekabr, Nigar</p>${prose('harbour')}${prose('ferry')}</article>`)).creditedAgency).toBeNull();
  });

  it.each([
    ['a place in capitals', 'LISBON —', 'LISBON — The harbour report'],
    ['a place and the network\'s name set in elements of their own', '<cite><span>Lisbon</span><span>HBN</span></cite>&nbsp;—&nbsp;', 'Lisbon HBN — The harbour report'],
  ])('joins a row of %s that names no agency to the paragraph it opens', (_kind, row, opening) => {
    const result = run(page(`<article><div>${row}</div>${prose('harbour')}${prose('ferry')}</article>`));
    expect(result.body.split('\n\n')).toHaveLength(2);
    expect(result.body.startsWith(opening)).toBe(true);
    expect(result.creditedAgency).toBeNull();
  });

  it.each([
    ['after a dash', 'دمشق – خاص'],
    ['after a slash, with a colon', 'بغداد/ خاص:'],
  ])('joins an Arabic row of a place and "خاص" %s to the paragraph it opens, naming no agency (rule "exclusive dateline row")', (_kind, row) => {
    const result = run(page(`<article><p>${row}</p>${prose('harbour')}${prose('ferry')}</article>`));
    expect(result.body.split('\n\n')).toHaveLength(2);
    expect(result.body.startsWith(`${row} The harbour report`)).toBe(true);
    expect(result.creditedAgency).toBeNull();
  });

  it.each([
    ['a row naming two places', 'Paris – Lyon'],
    ['a row naming a place and a company', 'Hamburg (Hafenbetrieb Nord) –'],
  ])('leaves %s a paragraph of its own', (_kind, row) => {
    const result = run(page(`<article><p>${row}</p>${prose('harbour')}${prose('ferry')}</article>`));
    expect(result.body.split('\n\n')[0]).toBe(row);
    expect(result.creditedAgency).toBeNull();
  });
});

describe('initials sign-off (rule "initials sign-off")', () => {
  it('cuts the Canadian reporters\' note naming colleagues, in French or English, and keeps a sentence that opens so (rule "reporters\' note")', () => {
    for (const note of ['Avec les informations de Jeanne Roy', 'Avec des informations d’Émilie Gagnon', 'With files from John Roe and Ann Poe']) {
      const noted = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>La traverse reprend en mai.</p><p><em>${note}</em></p></article>`)).body;
      expect(noted.endsWith('La traverse reprend en mai.')).toBe(true);
    }
    expect(run(page(`<article>${prose('harbour')}${prose('ferry')}<p>With files from Ottawa, the committee met again. It sat until midnight.</p></article>`)).body).toContain('With files from Ottawa');
  });

  it('cuts the editor\'s initials after the last sentence, also under a promotion, and keeps a slash inside the text', () => {
    const signed = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>The pier reopens in May. /jpv</p><p>Read more stories about the harbour.</p></article>`)).body;
    expect(signed).toContain('The pier reopens in May.\n\nRead more');
    expect(signed).not.toContain('/jpv');
    expect(run(page(`<article>${prose('harbour')}${prose('ferry')}<p>The pier opens 9am/5pm daily and/or on request</p></article>`)).body).toContain('daily and/or on request');
  });

  it('cuts the editor\'s initials in capitals between slashes, alone in the last block or after the last sentence', () => {
    const alone = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>Строителството ще приключи през 2027 година.</p><p>/ЕК/</p></article>`)).body;
    expect(alone.endsWith('Строителството ще приключи през 2027 година.')).toBe(true);
    const glued = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>Строителството ще приключи през 2027 година. /ИЛ/ДД/</p></article>`)).body;
    expect(glued.endsWith('Строителството ще приключи през 2027 година.')).toBe(true);
    // Capitals between slashes inside a sentence stay.
    expect(run(page(`<article>${prose('harbour')}${prose('ferry')}<p>Линията /ЕК/ ще работи до 2027 година</p></article>`)).body).toContain('Линията /ЕК/ ще работи');
  });

  it('cuts a line of desks\' initials in lower case, each closed by a slash or with slashes between them', () => {
    for (const line of ['mwj/ mok/', 'lb/jlp/ads']) {
      const signed = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>La obra termina en 2027.</p><p>${line}</p></article>`)).body;
      expect(signed.endsWith('La obra termina en 2027.')).toBe(true);
    }
    expect(run(page(`<article>${prose('harbour')}${prose('ferry')}<p>La obra termina en 2027.</p><p>ida/vuelta</p></article>`)).body).toContain('ida/vuelta');
  });

  it('cuts two desks\' initials closing a story whose lead opens on the agency\'s dateline (rule "two desks under the agency\'s dateline")', () => {
    const lead = '<p>Thiès, 3 déc (APS) – Le marché central de Thiès rouvrira lundi après six mois de travaux de réhabilitation, a appris l\'APS auprès de la mairie.</p>';
    const signed = run(page(`<article>${lead}${prose('harbour')}<p>Les commerçants retrouveront leurs places.</p><p>MK/OID</p></article>`)).body;
    expect(signed.endsWith('Les commerçants retrouveront leurs places.')).toBe(true);
    const ownLead = '<p>Thiès, 3 déc – Le marché central de Thiès rouvrira lundi après six mois de travaux de réhabilitation, selon la mairie de la ville.</p>';
    expect(run(page(`<article>${ownLead}${prose('harbour')}<p>Les commerçants retrouveront leurs places.</p><p>TGV/TER</p></article>`)).body).toContain('TGV/TER');
  });

  it('cuts a line of three desks\' initials in capitals with slashes between them, and keeps two or an agency\'s credit', () => {
    const signed = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>Les travaux seront achevés en 2027.</p><p>AMD/OID/ASG</p></article>`)).body;
    expect(signed.endsWith('Les travaux seront achevés en 2027.')).toBe(true);
    expect(run(page(`<article>${prose('harbour')}${prose('ferry')}<p>Les travaux seront achevés en 2027.</p><p>TGV/TER</p></article>`)).body).toContain('TGV/TER');
    const credited = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>Les travaux seront achevés en 2027.</p><p>AFP/ATS/OID</p></article>`));
    expect(credited.creditedAgency).toBe('AFP');
  });

  it('cuts the Spanish agency\'s media note under its initials, and its name over them as the credit (rule "agency\'s media note")', () => {
    for (const note of ['(foto)', '(foto) (vídeo)', '(Infografía)']) {
      const result = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>La obra termina en 2027.</p><p>EFE</p><p>mrs/ja</p><p>${note}</p></article>`));
      expect(result.body.endsWith('La obra termina en 2027.')).toBe(true);
      expect(result.creditedAgency).toBe('EFE');
    }
    expect(run(page(`<article>${prose('harbour')}${prose('ferry')}<p>La obra termina en 2027 (foto de archivo).</p></article>`)).body).toContain('(foto de archivo)');
    const onAgencyLine = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>La obra termina en 2027.</p><p>EFE (foto)(vídeo)</p></article>`));
    expect(onAgencyLine.body.endsWith('La obra termina en 2027.')).toBe(true);
    expect(onAgencyLine.creditedAgency).toBe('EFE');
    expect(run(page(`<article>${prose('harbour')}${prose('ferry')}<p>Así quedó el puente (vídeo)</p></article>`)).body).toContain('Así quedó el puente (vídeo)');
  });

  it('cuts the Portuguese agency\'s initials set apart by a double slash over its end mark, and keeps a double slash in a sentence', () => {
    const signed = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>A obra termina em 2027.</p><p>ACC // JMR</p><p>Lusa/Fim</p></article>`)).body;
    expect(signed.endsWith('A obra termina em 2027.')).toBe(true);
    expect(run(page(`<article>${prose('harbour')}${prose('ferry')}<p>O endereço começa por HTTPS // e não por HTTP.</p></article>`)).body).toContain('HTTPS // e não');
  });

  it('cuts an Arab agency\'s end mark and its desk\'s initials after the last sentence, or the block they stand in alone', () => {
    const glued = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>وافتتحت المحطة في وقت سابق. (النهاية) ع ف س / م ع ا</p></article>`)).body;
    expect(glued.endsWith('وافتتحت المحطة في وقت سابق.')).toBe(true);
    // Pictures set after the text (a carousel) are not among the last blocks.
    const pictures = ['one', 'two', 'three'].map((name) => `<figure><img src="https://img.example/${name}.jpg" alt="محطة الزور"><figcaption>محطة الزور ${name}</figcaption></figure>`).join('');
    const beforePictures = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>وافتتحت المحطة في وقت سابق. (النهاية) ع ف س / م ع ا</p><p>الكهرباء، الماء، الصيف</p>${pictures}</article>`)).body;
    expect(beforePictures).not.toContain('ع ف س');
    const alone = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>وافتتحت المحطة في وقت سابق.</p><p>(انتهى) م ع</p></article>`)).body;
    expect(alone.endsWith('وافتتحت المحطة في وقت سابق.')).toBe(true);
    // "More follows" closes a dispatch as "the end" does.
    const continued = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>وافتتحت المحطة في وقت سابق. (يتبع) ع ف س / م ع ا</p></article>`)).body;
    expect(continued.endsWith('وافتتحت المحطة في وقت سابق.')).toBe(true);
    // A sentence that quotes the word keeps it.
    expect(run(page(`<article>${prose('harbour')}${prose('ferry')}<p>قال إن المرحلة الأولى شارفت على (النهاية) تقريبا</p></article>`)).body).toContain('(النهاية) تقريبا');
  });

  it('cuts the Chinese agencies\' end mark run onto the last sentence, and keeps a bracketed "完" inside a sentence (rule "Chinese end mark after the sentence")', () => {
    const glued = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>供热企业应在二十四小时内上门处理。（完）</p></article>`)).body;
    expect(glued.endsWith('供热企业应在二十四小时内上门处理。')).toBe(true);
    expect(run(page(`<article>${prose('harbour')}${prose('ferry')}<p>工程进度表上标注为（完）的路段已经通车，其余路段仍在施工</p></article>`)).body).toContain('（完）的路段');
  });

  it('cuts the Andean agencies\' "(FIN)" and the desks\' initials in capitals on the last line, and keeps "fin" in a sentence (rule "Spanish end mark")', () => {
    const signed = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>El puerto reabrirá el lunes.</p><p>(FIN) LZR/MDV</p></article>`)).body;
    expect(signed.endsWith('El puerto reabrirá el lunes.')).toBe(true);
    expect(run(page(`<article>${prose('harbour')}${prose('ferry')}<p>El muelle pone fin a la espera de los pescadores</p></article>`)).body).toContain('pone fin a la espera');
  });

  it('cuts the desks\' dotted initials with a slash between them, alone in the last block or after the last sentence', () => {
    const alone = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>وافتتحت المحطة في وقت سابق.</p><p>ف.ع / ر.م</p></article>`)).body;
    expect(alone.endsWith('وافتتحت المحطة في وقت سابق.')).toBe(true);
    const glued = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>وافتتحت المحطة في وقت سابق. س.ع/ م.ح</p></article>`)).body;
    expect(glued.endsWith('وافتتحت المحطة في وقت سابق.')).toBe(true);
    // A date written with dots and slashes is no desk's initials.
    expect(run(page(`<article>${prose('harbour')}${prose('ferry')}<p>وافتتحت المحطة عام 2031 م/ 1452 هـ</p></article>`)).body).toContain('1452 هـ');
  });

  it('cuts the line of an agency\'s bracketed name after two dashes and its desks\' spaced initials, and keeps it when the bracket names no agency (rule "agency\'s mark before the initials")', () => {
    const signed = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>وافتتحت المحطة في وقت سابق.</p><p>--(بترا) ع ح/ م ع/ س ص</p></article>`)).body;
    expect(signed.endsWith('وافتتحت المحطة في وقت سابق.')).toBe(true);
    expect(run(page(`<article>${prose('harbour')}${prose('ferry')}<p>وافتتحت المحطة في وقت سابق.</p><p>--(الطريق) ع ح/ م ع</p></article>`)).body).toContain('(الطريق) ع ح/ م ع');
  });

  it('cuts the agency\'s transmission stamp under its end mark, in either digits, and keeps it when the word before the digits names no agency (rule "agency\'s transmission stamp")', () => {
    for (const stamp of ['كونا051915 جمت ديس 26', 'كونا ٠٥١٧١٥ جمت ديس ٢٦', 'KUNA 051915 GMT Dec 26']) {
      const body = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>وافتتحت المحطة في وقت سابق.</p><p>(النهاية) م ع ح / ف ن ر</p><p>${stamp}</p></article>`)).body;
      expect([stamp, body.endsWith('وافتتحت المحطة في وقت سابق.')]).toEqual([stamp, true]);
    }
    expect(run(page(`<article>${prose('harbour')}${prose('ferry')}<p>وافتتحت المحطة في وقت سابق.</p><p>الرقم 051915 جمت ديس 26</p></article>`)).body).toContain('الرقم 051915');
  });

  it('cuts a desk\'s dotted initials alone on the last line, with a space after the dot or none (rule "desk\'s dotted initials")', () => {
    for (const initials of ['ق. ج', 'ق.و', 'م. ب.']) {
      const body = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>وافتتحت المحطة في وقت سابق.</p><p>${initials}</p></article>`)).body;
      expect(body.endsWith('وافتتحت المحطة في وقت سابق.')).toBe(true);
    }
    // Initials that open a word are an abbreviated name in a line of text, which stays.
    expect(run(page(`<article>${prose('harbour')}${prose('ferry')}<p>وافتتحت المحطة في وقت سابق.</p><p>ج. مصطفى يعود غدا</p></article>`)).body).toContain('ج. مصطفى يعود غدا');
  });

  it('cuts PTI-Bhasha\'s desk line and the editor\'s name repeated under it, and keeps a sentence that opens with "भाषा" (rule "Bhasha\'s desk line")', () => {
    const body = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>पुल का काम मई में पूरा होगा।</p><p>भाषा सुरेश मनोहर</p><p>मनोहर</p></article>`)).body;
    expect(body.endsWith('पुल का काम मई में पूरा होगा।')).toBe(true);
    const alone = run(page(`<article>${prose('harbour')}${prose('ferry')}<p>पुल का काम मई में पूरा होगा।</p><p>भाषा सुरेश</p></article>`)).body;
    expect(alone.endsWith('पुल का काम मई में पूरा होगा।')).toBe(true);
    expect(run(page(`<article>${prose('harbour')}${prose('ferry')}<p>पुल का काम मई में पूरा होगा।</p><p>भाषा विभाग ने नई किताबें जारी कीं।</p></article>`)).body).toContain('भाषा विभाग ने नई किताबें जारी कीं।');
  });
});
