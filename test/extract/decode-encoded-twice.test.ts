import { encodedTwiceRead, withTextEncodedTwiceRead } from '../../lambdas/extract/decode/encoded-twice';
import { extract } from '../../lambdas/extract';

/** What a template that reads UTF-8 as windows-1252 and writes UTF-8 again prints. */
const twice = (text: string) => new TextDecoder('windows-1252').decode(Buffer.from(text, 'utf8'));

describe('encodedTwiceRead on one value', () => {
  it('reads a value encoded twice once more, and keeps one that only looks the part', () => {
    expect(encodedTwiceRead(twice('l’école à Paris'))).toBe('l’école à Paris');
    expect(encodedTwiceRead('SÃO PAULO')).toBe('SÃO PAULO');
  });
});

describe('withTextEncodedTwiceRead on a whole page', () => {
  /** The page's text read back, given in chunks as the UTF-8 decoder gives them. */
  const readBack = (chunks: string[]) => withTextEncodedTwiceRead(chunks, Buffer.from(chunks.join(''), 'utf8'));
  const garbled = `<h1>${twice('À Brest, la rénovation du pont « prend » six mois')}</h1>`;

  it('reads every garbled run of a page garbled throughout, and keeps its clean and genuine runs', () => {
    const html = `<script type="application/ld+json">{"headline":"À Brest, la rénovation"}</script>${garbled}<p>Reportage à SÃO PAULO.</p>`;
    expect(readBack([html]).join('')).toBe(
      '<script type="application/ld+json">{"headline":"À Brest, la rénovation"}</script>' +
      '<h1>À Brest, la rénovation du pont « prend » six mois</h1><p>Reportage à SÃO PAULO.</p>');
  });

  it('keeps a page of genuine text whose letters pair up with a mark by chance', () => {
    const brand = ['<a>NESTLÉ® Cereals</a>', '<a>NESTLÉ® Pure Life</a>', '<a>NESCAFÉ® Gold</a>'].join('');
    expect(readBack([`${brand}<p>Ein „Fuß“ für’s Café</p>`])).toEqual([`${brand}<p>Ein „Fuß“ für’s Café</p>`]);
  });

  it('keeps a page whose garbled runs are a small part of its text', () => {
    const html = `${garbled}${'<p>Le conseil a voté à l’unanimité pour la réouverture du marché, prévue en été.</p>'.repeat(3)}`;
    expect(readBack([html])).toEqual([html]);
  });

  it('reads a garbled run cut between two chunks whole', () => {
    const [head, tail] = [twice('Le pont rénové'), twice('é à côté, fermé aux piétons depuis l’été')];
    const chunks = readBack([`${head}${tail.slice(0, 1)}`, tail.slice(1)]);
    expect(chunks.join('')).toBe('Le pont rénovéé à côté, fermé aux piétons depuis l’été');
  });
});

describe('an article encoded twice throughout, with a clean JSON-LD block', () => {
  const page = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>${twice('Hôpital de Quimperlé : les urgences rouvrent la nuit - Le Courrier du Léon')}</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Hôpital de Quimperlé : les urgences rouvrent la nuit","datePublished":"2026-10-02T08:00:00+02:00"}</script>
</head><body><main><article><h1>${twice('Hôpital de Quimperlé : les urgences rouvrent la nuit')}</h1>
<figure><img src="https://courrier-leon.example/photos/urgences.jpg" alt="urgences"><figcaption>${twice("L'entrée des urgences, fermée la nuit depuis l'été. (Photo Anne Kerleroux)")}</figcaption></figure>
<p>${twice("Les urgences de l'hôpital de Quimperlé rouvriront la nuit à partir du 1er novembre, a annoncé jeudi l'agence régionale de santé, après quatre mois de fermeture nocturne.")}</p>
<p>${twice("« C'est un soulagement », a réagi le maire, qui dénonçait depuis l'été des trajets de plus d'une heure vers Lorient ou Quimper pour les patients du secteur.")}</p>
</article></main></body></html>`;
  const record = extract(Buffer.from(page, 'utf8'), { url: 'https://courrier-leon.example/2026/10/urgences', now: new Date('2026-12-01T00:00:00Z') });

  it('gives the title, the caption with its credit, and the body as a reader sees them', () => {
    expect(record.title).toBe('Hôpital de Quimperlé : les urgences rouvrent la nuit');
    expect(record.leadImage).toMatchObject({ caption: "L'entrée des urgences, fermée la nuit depuis l'été.", credit: 'Photo Anne Kerleroux' });
    expect(record.body.split('\n\n')).toEqual([
      "Les urgences de l'hôpital de Quimperlé rouvriront la nuit à partir du 1er novembre, a annoncé jeudi l'agence régionale de santé, après quatre mois de fermeture nocturne.",
      "« C'est un soulagement », a réagi le maire, qui dénonçait depuis l'été des trajets de plus d'une heure vers Lorient ou Quimper pour les patients du secteur.",
    ]);
  });
});
