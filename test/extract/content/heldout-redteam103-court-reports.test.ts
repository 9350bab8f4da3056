import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const story = [
  'A Stroudsburg man charged with homicide by vehicle will stand trial in the death of a Bushkill cyclist, a district judge ruled Wednesday.',
  'Kyle Dunleavy, 29, waived none of the charges at his preliminary hearing, and the judge held all eight counts for county court.',
  'Dunleavy remains free on $100,000 bail. His formal arraignment is scheduled for Jan. 12.',
];
const page = (after: string) => '<html><head><meta charset="utf-8"><title>Man held for trial in crash</title></head><body>'
  + '<table><tr><td class="nav"><a href="/">Home</a><br><a href="/police">Police &amp; Courts</a></td><td class="main">'
  + `<span class="headline">Man held for trial in crash</span><br><span class="storytext">${story.join('<br><br>\n')}<br><br></span>${after}`
  + '</td></tr></table></body></html>';
const body = (after: string) => extract(Buffer.from(page(after)), { url: 'https://courier.example/story.php?id=20451', now }).body;

describe('court and crime reports', () => {
  it('leaves the tools row that closes on an English view count out of the text (rule "viewed so many times, in English")', () => {
    for (const row of ['Print this story | E-mail to a friend | Story viewed 1,284 times', 'Print | Email to a friend | Viewed 86 times']) {
      const text = body(`<p class="storytools">${row}</p>`);
      expect(text.split('\n\n').at(-1)).toBe(story.at(-1));
    }
  });

  it('leaves a note that the paper takes no comments on the story out of the text (rule "comments not taken")', () => {
    for (const note of ['Comments are not accepted on court stories.', 'Comments have been disabled on this article.']) {
      const text = body(`<p class="small"><i>${note}</i></p>`);
      expect(text.split('\n\n').at(-1)).toBe(story.at(-1));
    }
  });

  it('leaves the section\'s other stories under "More …" out of the text (rule "more of the section")', () => {
    const links = '<a href="/story.php?id=20433">Tobyhanna woman sentenced in theft from employer</a><br>\n<a href="/story.php?id=20419">Police log: Nov. 24 - Dec. 1</a><br>';
    for (const heading of ['MORE POLICE &amp; COURTS', 'More in Crime &amp; Courts']) {
      const text = body(`<p class="morehead">${heading}</p>\n${links}`);
      expect(text.split('\n\n').at(-1)).toBe(story.at(-1));
    }
    // A subheading of the story that opens with "More" heads paragraphs, not links.
    expect(body('<p>More officers on the beat</p><p>The borough will hire four officers next year, the chief said.</p>')).toContain('More officers on the beat');
  });
});
