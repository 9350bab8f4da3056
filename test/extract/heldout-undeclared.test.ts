/**
 * Held-out audit of pages that declare nothing: no JSON-LD, no meta tags beyond the charset, no microdata, so the
 * record comes from what a reader sees. These shapes came from reading the dev corpus with its metadata taken away
 * (`bench/robustness.ts --ablations nometa`) and asking why a visible byline or dateline was missed; the pages are
 * written for these tests. Each page is read with its URL and without one, and each case states the title, the
 * writers, the day and the story's paragraphs.
 */
import { expectBylineOf, expectParagraphsInOrder, heldoutPageReader, paragraphs, readWithAndWithoutUrl, type ExpectedParagraph, type HeldoutStory } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-undeclared');

interface UndeclaredStory extends HeldoutStory {
  body: ExpectedParagraph[];
}

function describeStory(summary: string, story: UndeclaredStory): void {
  describe(summary, () => {
    const records = readWithAndWithoutUrl(extractPage, story);
    it.each(records)('reads the headline %s', (_, record) => {
      expect(record.title).toBe(story.title);
    });
    it.each(records)('credits the writers and dates the story %s', (_, record) => {
      expectBylineOf(record, story);
    });
    it.each(records)('opens the body with the story and keeps its paragraphs %s', (_, record) => {
      expect(paragraphs(record)[0]).toMatch(story.body[0]);
      expectParagraphsInOrder(paragraphs(record), story.body);
    });
  });
}

describeStory('Review site: the logo is an h1 inside a link home, and the writer is a link to "/about/editors/…" beside an avatar', {
  name: 'en-logo-in-home-link', url: 'https://gadget-bench.example/2026/03/14/folding-e-reader-review/',
  title: 'Folding e-reader review: a paper-like screen that bends', authors: ['Priya Natarajan'], publishedDay: '2026-03-14',
  body: [/^The first thing you notice about the folding reader/, /^Its screen is the familiar grey/, /^Battery life is the weak point/],
});

describeStory('German local paper: a logo h1 and the day\'s date in the masthead, the columnist linked under "/kolumnisten/…"', {
  name: 'de-logo-h1-kolumnist', url: 'https://kreisbote-talheim.example/lokales/wochenmarkt-umzug/',
  title: 'Warum der Wochenmarkt umziehen muss', authors: ['Henrike Vogt'], publishedDay: '2026-03-12',
  body: [/^Der Wochenmarkt auf dem Kirchplatz zieht im Sommer/, /^Die Händler sind geteilter Meinung/, /^Die Stadt will mit Hinweisschildern/],
});

describeStory('Wire story under a photo carousel: a slide\'s caption dates its picture ("Thursday, Aug. 29, 2024. (AP Photo/…)") beside its counter', {
  name: 'en-carousel-caption-date', url: 'https://lakeshore-wire.example/politics/campaigns-sprint-election-day',
  title: 'Campaigns brace for a sprint to Election Day', authors: [], publishedDay: '2024-09-03',
  body: [/^WASHINGTON \(AP\) — The two campaigns enter the final stretch/, /^Both sides plan rallies/, /^Early voting begins/],
});

describe('Wire story under a photo carousel: the slide\'s caption and credit go with its picture', () => {
  it.each(readWithAndWithoutUrl(extractPage, { name: 'en-carousel-caption-date', url: 'https://lakeshore-wire.example/politics/campaigns-sprint-election-day' }))('%s', (_, record) => {
    expect(record.images).toEqual([{
      url: 'https://lakeshore-wire.example/photos/rally-savannah.jpg',
      caption: 'The candidate speaks at a campaign rally in Savannah, Ga., Thursday, Aug. 29, 2024.', alt: null, credit: 'AP Photo/Dana Morrow',
    }]);
    expect(record.body).not.toMatch(/3 of 12|AP Photo/);
  });
});

describe('tag lines a label names, on pages that declare no keywords', () => {
  it.each(readWithAndWithoutUrl(extractPage, { name: 'en-topics-list-wrapped', url: 'https://coast-courier.example/news/ferry-fares-rise' }))(
    '"Explore more on these topics" over a wrapped list of links: the links are the tags, the "Most read" list is not %s', (_, record) => {
      expect(record.tags).toEqual(['Ferries', 'Island life', 'Fuel prices']);
      expect(paragraphs(record)).toHaveLength(3);
    });
  it.each(readWithAndWithoutUrl(extractPage, { name: 'en-filed-under', url: 'https://lockside-notes.example/2026/05/slow-sunday-towpath/' }))(
    '"Filed under:" opens the line, and its "2 comments" link to the thread is no tag %s', (_, record) => {
      expect(record.tags).toEqual(['Walks', 'Canals']);
      expect(record.body).not.toMatch(/Filed under|comments/);
    });
});

describe('a newsletter box between the paragraphs, its title in a part of its own above the pitch and the form', () => {
  it.each(readWithAndWithoutUrl(extractPage, { name: 'en-newsletter-title-apart', url: 'https://pixel-quarterly.example/features/blacksmith-week' }))(
    'goes whole, title and all, and the story runs on around it %s', (_, record) => {
      expect(record.body).not.toMatch(/Pixel Quarterly Letter|Sign me up|best reads of the week/);
      expectParagraphsInOrder(paragraphs(record), [/^The forge sits/, /^Smithing in the game/, /^By the fifth night/, /^It is a small thing/]);
    });
});

describeStory('WordPress meta line: the last edit in a span classed "updated" (hidden by the theme\'s stylesheet) before the shown date', {
  name: 'de-meta-line-hidden-update', url: 'https://netzwerk-notizen.example/blog/instagram-abmahnung/',
  title: 'Abmahnung wegen Werbung auf Instagram: was Blogger jetzt wissen müssen', authors: ['Jonas Reiter'], publishedDay: '2018-06-19',
  body: [/^Wer auf Instagram Produkte zeigt/, /^Das Landgericht hat/, /^Bis eine höhere Instanz/],
});

describe('WordPress meta line with a hidden update: the edit is the modification', () => {
  it.each(readWithAndWithoutUrl(extractPage, { name: 'de-meta-line-hidden-update', url: 'https://netzwerk-notizen.example/blog/instagram-abmahnung/' }))('%s', (_, record) => {
    expect(record.modifiedAt).toBe('2019-01-07T17:27:31+01:00');
  });
});

describeStory('Recipe blog: the story\'s date over the headline\'s own wrapper, and cards of other recipes below, each with a dated meta line', {
  name: 'de-teaser-cards-dated', url: 'https://frische-ideen.example/feste/stollenfest-altstadt.html',
  title: 'Stollenfest in der Altstadt: Tradition zum Anfassen', authors: ['Julia Stein'], publishedDay: '2023-10-25',
  body: [/^Am zweiten Adventssamstag zieht der Riesenstollen/, /^Der Stollen wird auf dem Marktplatz/, /^Wer den Umzug sehen will/],
});

describeStory('Press release: its date in the line over the headline, and a list of the association\'s other releases below, each opening with its date', {
  name: 'de-dated-release-list', url: 'https://verbaende-portal.example/news/pressemitteilung/aenderungen-2023-150210/',
  title: 'Das ändert sich 2023 für Mieterinnen und Mieter', authors: [], publishedDay: '2022-12-12',
  body: [/^Zum Jahreswechsel treten mehrere Änderungen in Kraft/, /^Die Kosten für den CO2-Preis/, /^Wer Wohngeld bezieht/],
});
