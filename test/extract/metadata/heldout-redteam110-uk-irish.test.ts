import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const story = [
  'The Harbury Gardening Club held its winter show in the village hall on Saturday, with more than 120 entries in twelve classes.',
  'The cup for the best display of winter vegetables went to Edna Pryce, who has entered the show every year since 1978.',
  'The club meets on the first Tuesday of every month and new members are always welcome, whatever their experience.',
];
const page = (account: string) => '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Gardening club holds winter show | Vale Post</title>'
  + `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Gardening club holds winter show","datePublished":"2026-12-06T10:00:00+00:00","author":{"@type":"Person","name":"${account}"}}</script>`
  + '</head><body><article><h1>Gardening club holds winter show</h1>'
  + `<div class="byline"><a href="/author/profile/account/">${account}</a></div>`
  + `<div class="article-body">${story.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
const read = (account: string) => extract(Buffer.from(page(account)), { url: 'https://www.valepost.example/news/community/1.gardening-club/', now });

describe('UK and Irish regional and local papers', () => {
  it('takes no account named for the kind of copy for a writer (rule "content account")', () => {
    for (const account of ['Community Content', 'Sponsored Content', 'Partner Content']) expect(read(account).authors).toEqual([]);
    expect(read('Edna Pryce').authors).toEqual(['Edna Pryce']);
  });
});
