import { readMetadata } from '../../../lambdas/extract/metadata';
import { chooseDescription } from '../../../lambdas/extract/metadata/description';
import { indexedPage } from '../../support/indexed-page';

const NOW = new Date('2024-06-01T12:00:00Z');
const descriptionOf = (body: string, head = '') =>
  readMetadata(indexedPage(`<html><head><title>Harbour crane collapses in storm</title>${head}</head><body>${body}</body></html>`), { url: null, now: NOW }).description;

const LEAD = 'A crane at the container terminal fell onto an empty quay during Tuesday night\'s gale.';
const BODY_PARAGRAPH = '<p>The port authority said nobody was hurt when the crane, one of six on the east quay, came down shortly after midnight, and that the terminal would reopen on Thursday.</p>';

describe('chooseDescription', () => {
  const noDek = () => null;
  const NO_NAMES = { title: null, siteName: null, host: null };

  it('keeps the first declared summary when the others are different texts, longer or not', () => {
    expect(chooseDescription(['Short social card text.', 'A longer and quite different search summary of the story.'], noDek, NO_NAMES)).toBe('Short social card text.');
  });

  it('takes the whole text when the first summary is a cut copy of another, marked with "…", "..." or "[…]"', () => {
    const full = 'The council voted to close the old bridge to cars from May, citing cracks found in two of its piers.';
    expect(chooseDescription(['The council voted to close the old bridge to cars from May, citing cra…', full], noDek, NO_NAMES)).toBe(full);
    expect(chooseDescription(['The council voted to close the old bridge to cars ...', null, full], noDek, NO_NAMES)).toBe(full);
    expect(chooseDescription(['The council voted to close the old bridge to cars from May […]', null, null, null, full], noDek, NO_NAMES)).toBe(full);
  });

  it('prefers an uncut completion to a longer cut one, and the longest of cut ones when none is whole', () => {
    const cutLonger = 'Die Stadt sperrt die alte Brücke ab Mai für Autos, weil an zwei Pfeilern Risse gefunden wurden, und plant …';
    const whole = 'Die Stadt sperrt die alte Brücke ab Mai für Autos.';
    expect(chooseDescription(['Die Stadt sperrt die alte Brücke…', cutLonger, whole], noDek, NO_NAMES)).toBe(whole);
    expect(chooseDescription(['Die Stadt sperrt die alte Brücke…', 'Die Stadt sperrt die alte Brücke ab Mai…', cutLonger], noDek, NO_NAMES)).toBe(cutLonger);
  });

  it('keeps a cut summary that nothing completes, and one that another text only resembles', () => {
    expect(chooseDescription(['La mairie ferme le vieux pont…', 'Le vieux pont sera fermé aux voitures dès mai.'], noDek, NO_NAMES)).toBe('La mairie ferme le vieux pont…');
  });

  it('completes a cut summary from the dek the page shows', () => {
    expect(chooseDescription(['El ayuntamiento cierra el puente viejo a los coches...'], () => 'El ayuntamiento cierra el puente viejo a los coches desde mayo por grietas en dos pilares.', NO_NAMES))
      .toBe('El ayuntamiento cierra el puente viejo a los coches desde mayo por grietas en dos pilares.');
  });

  it('passes over a summary that only repeats the headline, the site\'s name or its domain, when something better exists', () => {
    const names = { title: 'Harbour crane collapses in storm', siteName: 'Port Gazette', host: 'www.portgazette.example' };
    expect(chooseDescription(['Harbour crane collapses in storm.', 'A crane fell onto an empty quay in the gale.'], noDek, names)).toBe('A crane fell onto an empty quay in the gale.');
    expect(chooseDescription(['portgazette.example'], () => 'A crane fell onto an empty quay in the gale.', names)).toBe('A crane fell onto an empty quay in the gale.');
    expect(chooseDescription(['Port Gazette'], noDek, names)).toBe('Port Gazette');
  });

  it('drops the site\'s name with its slogan, the home page\'s summary, and keeps a summary that opens with the name as a sentence', () => {
    const names = { title: 'Harbour crane collapses in storm', siteName: 'Port Gazette', host: 'portgazette.example' };
    expect(chooseDescription(['Port Gazette - News of the harbour around the clock'], noDek, names)).toBeNull();
    expect(chooseDescription(['News of the harbour around the clock | Port Gazette', 'A crane fell onto an empty quay.'], noDek, names)).toBe('A crane fell onto an empty quay.');
    expect(chooseDescription(['Port Gazette - News of the harbour'], () => 'A crane fell onto an empty quay in the gale.', names)).toBe('A crane fell onto an empty quay in the gale.');
    expect(chooseDescription(['Port Gazette: A crane fell onto an empty quay in the gale on Monday night. Nobody was hurt.'], noDek, names))
      .toBe('Port Gazette: A crane fell onto an empty quay in the gale on Monday night. Nobody was hurt.');
    expect(chooseDescription(['Port Gazette reports that a crane fell'], noDek, names)).toBe('Port Gazette reports that a crane fell');
  });

  it('drops a longer slogan after the site\'s name that shares no word with the headline (rule "slogan beside the story")', () => {
    const names = { title: 'Harbour crane collapses in storm', siteName: 'Port Gazette', host: 'portgazette.example' };
    expect(chooseDescription(['Port Gazette - the latest news, sport and weather from the coast and the islands'], noDek, names)).toBeNull();
    expect(chooseDescription(['Port Gazette - a harbour crane collapses onto the quay in a storm, nobody hurt'], noDek, names))
      .toBe('Port Gazette - a harbour crane collapses onto the quay in a storm, nobody hurt');
  });

  it('reads the page only when no summary is declared', () => {
    const dek = jest.fn(() => 'Shown dek.');
    expect(chooseDescription(['Declared.'], dek, NO_NAMES)).toBe('Declared.');
    expect(dek).not.toHaveBeenCalled();
    expect(chooseDescription([null, undefined, ''], dek, NO_NAMES)).toBe('Shown dek.');
  });
});

describe('readMetadata description from the page', () => {
  it('reads the dek a template names under the headline when no meta tag declares a summary', () => {
    expect(descriptionOf(`<h1>Harbour crane collapses in storm</h1><p class="article-lead">${LEAD}</p>${BODY_PARAGRAPH}`)).toBe(LEAD);
    expect(descriptionOf(`<h1>Harbour crane collapses in storm</h1><div class="story__standfirst"><p>${LEAD}</p></div>${BODY_PARAGRAPH}`)).toBe(LEAD);
    expect(descriptionOf(`<h1>Harbour crane collapses in storm</h1><h2 class="subtitle">${LEAD}</h2>${BODY_PARAGRAPH}`)).toBe(LEAD);
  });

  it('reads the newsrooms\' own words for the dek: chapo, entradilla, bajada, Vorspann', () => {
    for (const word of ['chapo', 'entradilla', 'bajada', 'vorspann']) {
      expect(descriptionOf(`<h1>Harbour crane collapses in storm</h1><p class="${word}">${LEAD}</p>${BODY_PARAGRAPH}`)).toBe(LEAD);
    }
  });

  it('joins a two-paragraph dek with a space', () => {
    expect(descriptionOf(`<h1>Harbour crane collapses in storm</h1><div class="dek"><p>A crane fell onto an empty quay.</p><p>Nobody was hurt, the port says.</p></div>${BODY_PARAGRAPH}`))
      .toBe('A crane fell onto an empty quay. Nobody was hurt, the port says.');
  });

  it('reads a sentence-long subtitle right under the headline, not a short first section heading', () => {
    expect(descriptionOf(`<h1>Harbour crane collapses in storm</h1><h2>${LEAD} The terminal reopens on Thursday.</h2>${BODY_PARAGRAPH}`))
      .toBe(`${LEAD} The terminal reopens on Thursday.`);
    expect(descriptionOf(`<h1>Harbour crane collapses in storm</h1><h2>What happened on the east quay tonight</h2>${BODY_PARAGRAPH}`)).toBeNull();
  });

  it('reads a subtitle as long as the body stage reads one, its spaces counted', () => {
    const dek = 'Families of the victims return to the street, and the judge is barred from his work';
    expect(descriptionOf(`<div id="article"><h1>Harbour crane collapses in storm</h1><h2 class="subhead">${dek}</h2>${BODY_PARAGRAPH}</div>`)).toBe(dek);
  });

  it('reads a visible microdata description of the article, not one of its picture', () => {
    expect(descriptionOf(`<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Harbour crane collapses in storm</h1><p itemprop="description">${LEAD}</p>${BODY_PARAGRAPH}</article>`)).toBe(LEAD);
    expect(descriptionOf(`<article itemscope itemtype="https://schema.org/NewsArticle"><h1>Harbour crane collapses in storm</h1><figure itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><span itemprop="description">The fallen crane lies across the east quay on Wednesday morning.</span></figure>${BODY_PARAGRAPH}</article>`)).toBeNull();
  });

  it('leaves the description empty rather than take the first paragraph of the text', () => {
    expect(descriptionOf(`<h1>Harbour crane collapses in storm</h1>${BODY_PARAGRAPH}<p>More text follows here for the readers of the story, as every story has.</p>`)).toBeNull();
  });

  it('takes no "lead" block after the text has begun: a sidebar teaser, a teaser card of another story', () => {
    expect(descriptionOf(`<h1>Harbour crane collapses in storm</h1>${BODY_PARAGRAPH}<p class="lead">Elsewhere the ferry to the islands ran late for the third day in a row.</p>`)).toBeNull();
    expect(descriptionOf(`<h1>Harbour crane collapses in storm</h1><aside><p class="lead">Elsewhere the ferry to the islands ran late for the third day in a row.</p></aside>${BODY_PARAGRAPH}`)).toBeNull();
    expect(descriptionOf(`<article><h1>Harbour crane collapses in storm</h1><article class="card"><h3>Ferry delays</h3><p class="teaser">Elsewhere the ferry to the islands ran late for the third day.</p></article>${BODY_PARAGRAPH}</article>`)).toBeNull();
  });

  it('takes no intro of a newsletter box, a hidden block or a call to subscribe', () => {
    expect(descriptionOf(`<h1>Harbour crane collapses in storm</h1><div class="newsletter-box"><p class="intro">Every morning the news from the port and the coast, straight from our desk.</p></div>${BODY_PARAGRAPH}`)).toBeNull();
    expect(descriptionOf(`<h1>Harbour crane collapses in storm</h1><p class="lead" hidden>${LEAD}</p>${BODY_PARAGRAPH}`)).toBeNull();
    expect(descriptionOf(`<h1>Harbour crane collapses in storm</h1><p class="intro">Subscribe to read every story from the port and the coast without limits.</p>${BODY_PARAGRAPH}`)).toBeNull();
  });

  it('takes no lead picture or its caption for the dek', () => {
    expect(descriptionOf(`<h1>Harbour crane collapses in storm</h1><div class="lead-media"><img src="/crane.jpg" alt=""><p>The fallen crane on the east quay, photographed on Wednesday.</p></div>${BODY_PARAGRAPH}`)).toBeNull();
  });

  it('keeps the declared summary over the dek the page shows', () => {
    expect(descriptionOf(`<h1>Harbour crane collapses in storm</h1><p class="lead">${LEAD}</p>${BODY_PARAGRAPH}`, '<meta name="description" content="Storm topples crane at the port.">'))
      .toBe('Storm topples crane at the port.');
  });
});
