import { extract } from '../../lambdas/extract';
import { decodeLeftoverEntities, isUnsetValue, plainTextOf, trimCharacters } from '../../lambdas/extract/plain-text';

describe('decodeLeftoverEntities', () => {
  it('decodes entities left over from double escaping and keeps unknown ones', () => {
    expect(decodeLeftoverEntities('Redacci&oacute;n &amp; &#8220;more&#x201D; &unknown;')).toBe('Redacción & “more” &unknown;');
  });

  it('knows every HTML named entity, not only the common Latin ones', () => {
    expect(decodeLeftoverEntities('&bdquo;Zitat&ldquo; &sbquo;x&lsquo; &euro;5 &shy;&eth;')).toBe('„Zitat“ ‚x‘ €5 \u00ADð');
  });

  it('reads only complete entities, so ampersands in names and addresses stay', () => {
    expect(decodeLeftoverEntities('AT&T and M&S')).toBe('AT&T and M&S');
    expect(decodeLeftoverEntities('https://news.example/a?id=1&copy=2&lang=ar')).toBe('https://news.example/a?id=1&copy=2&lang=ar');
  });

  it('keeps entities named like object properties as they are', () => {
    expect(decodeLeftoverEntities('a &constructor; b &toString; c')).toBe('a &constructor; b &toString; c');
  });
});

describe('trimCharacters', () => {
  const separators = new Set([...' |-']);
  it('trims the given characters at both ends, or at the end only', () => {
    expect(trimCharacters(' | Harbour Times - ', separators)).toBe('Harbour Times');
    expect(trimCharacters(' | Harbour Times - ', separators, false)).toBe(' | Harbour Times');
    expect(trimCharacters('Harbour', separators)).toBe('Harbour');
    expect(trimCharacters(' - | ', separators)).toBe('');
  });

  it('trims a run of 200,000 characters before a word in one pass', () => {
    expect(trimCharacters(`${' '.repeat(200_000)}x${' '.repeat(200_000)}`, separators)).toBe('x');
  });
});

describe('plainTextOf', () => {
  it('returns plain values with their whitespace collapsed', () => {
    expect(plainTextOf('  Storm  closes\n the port ')).toBe('Storm closes the port');
  });

  it('removes the markup an editor typed into a summary field, escaped once or twice', () => {
    expect(plainTextOf('&lt;p&gt;The council met on <em>Tuesday</em>.&lt;/p&gt;')).toBe('The council met on Tuesday.');
    expect(plainTextOf('<p class="lead">Rain is due.</p><p>More tomorrow.</p>')).toBe('Rain is due. More tomorrow.');
    expect(plainTextOf('Harbour at dawn<br /><small>Photo by <a href="https://x.example/p">Lena Moor</a></small>')).toBe('Harbour at dawn Photo by Lena Moor');
    // An inline tag sits inside the run of text, and leaves no space before the punctuation after it.
    expect(plainTextOf('Read the <a href="/r">report</a>, or <strong>the summary</strong>.')).toBe('Read the report, or the summary.');
  });

  it('keeps angle brackets that open no tag', () => {
    expect(plainTextOf('Scores: 3 < 5 and <3 for fans, a <-> b')).toBe('Scores: 3 < 5 and <3 for fans, a <-> b');
  });

  it('decodes non-breaking spaces and quotes left as entities', () => {
    expect(plainTextOf('Pronto llegará la lluvia.&nbsp;')).toBe('Pronto llegará la lluvia.');
    expect(plainTextOf('قال &quot;لن نتراجع&quot;')).toBe('قال "لن نتراجع"');
  });

  it('drops unrendered template placeholders, and the separators that joined them', () => {
    expect(plainTextOf('{$plugin.tx_news.opengraph.site_name}')).toBe('');
    expect(plainTextOf('{{ page.title }}')).toBe('');
    expect(plainTextOf('%%title%% %%sep%% Harbour Times')).toBe('Harbour Times');
    expect(plainTextOf('${headline} | Harbour Times')).toBe('Harbour Times');
    expect(plainTextOf('<%= site_name %>')).toBe('');
  });

  it('keeps braces and percent signs that are text', () => {
    expect(plainTextOf('Inflation at 5% {provisional}')).toBe('Inflation at 5% {provisional}');
    expect(plainTextOf('Sale: 50%% off')).toBe('Sale: 50%% off');
  });

  it('reads an unset variable printed as text as no value, padded or inside markup too', () => {
    expect(plainTextOf('undefined')).toBe('');
    expect(plainTextOf('  None ')).toBe('');
    expect(plainTextOf('<p>null</p>')).toBe('');
    expect(plainTextOf('undefined undefined')).toBe('');
  });
});

describe('plainTextOf on text encoded twice', () => {
  /** What a template that reads UTF-8 as windows-1252 and writes UTF-8 again prints. */
  const encodedTwice = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

  it('reads Latin, Arabic and Japanese text encoded twice once more as UTF-8', () => {
    for (const text of ['Medellín', 'Infográfico', 'Ñandú y año', 'Müller', 'افتتاح محطة جديدة', '日本語の記事']) {
      expect(plainTextOf(encodedTwice(text))).toBe(text);
    }
  });

  it('reads curly quotes and dashes that windows-1252 gave their own characters', () => {
    expect(plainTextOf('lâ€™Ã©cole â€“ Ã\u00a0 Paris')).toBe('l’école – à Paris');
  });

  it('keeps text that only looks the part, whose bytes are no UTF-8', () => {
    expect(plainTextOf('Ã la carte')).toBe('Ã la carte');
    expect(plainTextOf('Ürün Ã¼ ve Ş')).toBe('Ürün Ã¼ ve Ş');
    expect(plainTextOf('São Paulo é')).toBe('São Paulo é');
  });
});

describe('isUnsetValue', () => {
  it('knows the words languages print for nothing, alone or joined', () => {
    for (const value of ['undefined', 'null', 'NULL', 'None', 'nil', 'NaN', '[object Object]', 'undefined undefined', 'null, null', 'None | None']) {
      expect({ value, unset: isUnsetValue(value) }).toEqual({ value, unset: true });
    }
  });

  it('keeps words and names that only start or contain such a word', () => {
    for (const value of ['Null Toleranz', 'None of the above', 'nullify', 'Nil Desperandum', 'Nana', 'undefined behaviour in C', 'Null', 'none']) {
      expect({ value, unset: isUnsetValue(value) }).toEqual({ value, unset: false });
    }
  });
});

describe('page values that carry markup, double escaping or template placeholders', () => {
  const page = `<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Neue Fähre für die Insel | Inselbote</title>
<meta property="og:title" content="Neue Fähre für die Insel">
<meta property="og:site_name" content="{$plugin.tx_news.opengraph.site_name}">
<meta name="description" content="&lt;p&gt;Die Gemeinde bestellt eine &amp;bdquo;leise&amp;ldquo; Fähre mit Batterieantrieb.&lt;/p&gt;">
<meta property="og:image" content="{{ og_image }}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Neue Fähre für die Insel",
"datePublished":"2025-03-04T09:00:00+01:00","author":{"@type":"Person","name":"Jonas Brenner"}}</script>
</head><body><main><article><h1>Neue Fähre für die Insel</h1>
<p class="byline">Von Jonas Brenner</p>
<figure><img src="https://inselbote.example/bilder/faehre.jpg" alt="Die Werft im Winter&lt;br&gt;&lt;small&gt;Foto: Archiv&lt;/small&gt;"></figure>
<p>Die Gemeinde hat am Montag eine neue Fähre bestellt. Sie soll ab dem kommenden Sommer zwischen dem Hafen und der Insel pendeln und fährt mit Batterien, die nachts am Anleger geladen werden.</p>
<p>Der alte Dieselkahn bleibt als Reserve im Hafen. Die Werft rechnet mit einer Bauzeit von vierzehn Monaten, die Kosten trägt zur Hälfte das Land.</p>
<p>Im Rat stimmten alle Fraktionen für den Kauf. Die Fahrpreise sollen nach Auskunft des Bürgermeisters gleich bleiben, auch wenn die Fahrzeit etwas länger wird.</p>
</article></main></body></html>`;

  for (const url of [undefined, 'https://inselbote.example/2025/03/neue-faehre']) {
    const record = extract(page, { url, now: new Date('2025-06-01T00:00:00Z') });
    const label = url ? 'with its URL' : 'without a URL';

    it(`gives the summary as words, not markup or entities (${label})`, () => {
      expect(record.description).toBe('Die Gemeinde bestellt eine „leise“ Fähre mit Batterieantrieb.');
    });

    it(`takes no unrendered site-name placeholder for the name, and names the site by the title's word that spells its domain (${label})`, () => {
      expect(record.siteName).toBe(url ? 'Inselbote' : null);
    });

    it(`gives the picture's alt text without its markup, and no placeholder picture (${label})`, () => {
      expect(record.images.map((image) => image.alt)).toEqual(['Die Werft im Winter Foto: Archiv']);
      expect(record.leadImage?.url).toBe('https://inselbote.example/bilder/faehre.jpg');
    });

    it(`still reads the article (${label})`, () => {
      expect(record.title).toBe('Neue Fähre für die Insel');
      expect(record.authors).toEqual(['Jonas Brenner']);
      expect(record.publishedAt).toBe('2025-03-04T09:00:00+01:00');
      expect(record.body.split('\n\n')).toHaveLength(3);
    });
  }
});

describe('an Arabic page whose declared values were encoded twice', () => {
  const twice = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
  const page = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>${twice('أمطار غزيرة تغلق الطرق في المدينة')}</title>
<meta property="og:site_name" content="${twice('صحيفة الوادي')}">
<meta name="description" content="${twice('أغلقت السلطات عدة طرق رئيسية بعد أمطار غزيرة استمرت طوال الليل.')}">
</head><body><main><article><h1>أمطار غزيرة تغلق الطرق في المدينة</h1>
<figure><img src="https://alwadi.example/images/rain.jpg" alt="${twice('سيارات عالقة في المياه')}" width="1200" height="800"></figure>
<p>أغلقت السلطات المحلية صباح اليوم عدة طرق رئيسية في المدينة بعد أمطار غزيرة استمرت طوال الليل، ودعت السكان إلى تجنب التنقل إلا للضرورة.</p>
<p>وقالت مديرية الدفاع المدني إن فرقها تعاملت مع عشرات البلاغات عن تجمعات للمياه في الأحياء المنخفضة، من دون تسجيل إصابات حتى الآن.</p>
<p>وتوقعت الأرصاد الجوية استمرار الأمطار حتى مساء الغد، مع انخفاض ملحوظ في درجات الحرارة ورياح نشطة على المناطق الساحلية.</p>
</article></main></body></html>`;

  it.each([undefined, 'https://alwadi.example/2026/11/rain'])('reads the site name, the summary and the alt text as Arabic (URL %s)', (url) => {
    const record = extract(page, { url, now: new Date('2026-12-01T00:00:00Z') });
    expect(record.title).toBe('أمطار غزيرة تغلق الطرق في المدينة');
    expect(record.siteName).toBe('صحيفة الوادي');
    expect(record.description).toBe('أغلقت السلطات عدة طرق رئيسية بعد أمطار غزيرة استمرت طوال الليل.');
    expect(record.images.map((image) => image.alt)).toEqual(['سيارات عالقة في المياه']);
    expect(record.direction).toBe('rtl');
  });
});

describe('a site that fills its name field with its own address', () => {
  const pageNamed = (siteName: string) => `<html lang="es"><head><title>Nueva línea de tranvía</title>
<meta property="og:site_name" content="${siteName}"><meta property="og:title" content="Nueva línea de tranvía"></head>
<body><article><h1>Nueva línea de tranvía</h1><p>El ayuntamiento aprobó ayer la nueva línea de tranvía que unirá el puerto con la estación de autobuses a partir de la próxima primavera.</p>
<p>Las obras comenzarán en otoño y cortarán el tráfico en la avenida principal durante seis semanas, según el calendario presentado por la concejala.</p></article></body></html>`;

  it('is named by its host, without scheme, "www." or trailing slash', () => {
    expect(extract(pageNamed('https://www.diario-costa.example/')).siteName).toBe('diario-costa.example');
    expect(extract(pageNamed('http://diario-costa.example')).siteName).toBe('diario-costa.example');
    expect(extract(pageNamed('www.diario-costa.example')).siteName).toBe('diario-costa.example');
  });

  it('keeps names that only mention an address, and host names given without "www."', () => {
    expect(extract(pageNamed('Diario Costa – www.diario-costa.example')).siteName).toBe('Diario Costa – www.diario-costa.example');
    expect(extract(pageNamed('diario-costa.example')).siteName).toBe('diario-costa.example');
  });
});
