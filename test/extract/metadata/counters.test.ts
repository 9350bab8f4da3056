import { load } from 'cheerio/slim';
import { readCounters } from '../../../lambdas/extract/metadata/counters';
import { readMetaTags } from '../../../lambdas/extract/metadata/meta-tags';
import { readJsonLd } from '../../../lambdas/extract/metadata/json-ld';

const countersOf = (html: string) => {
  const $ = load(html);
  return readCounters($, readMetaTags($), readJsonLd($).article);
};

describe('readCounters', () => {
  it('reads WordPress post-views and comment links', () => {
    expect(countersOf(`<article><div class="post-views entry-meta"><span class="post-views-label">مشاهدات: </span><span class="post-views-count">1,116</span></div>
      <span class="comments-link"><a href="#respond">لا توجد تعليقات</a></span></article>`)).toEqual({ views: 1116, comments: 0 });
  });

  it('does not read a date in a widget named for views as a view count', () => {
    expect(countersOf('<main><article><p>Text</p></article><div class="views-row"><span class="views-field views-field-created">15.05.2024</span></div></main>'))
      .toEqual({ views: null, comments: null });
    expect(countersOf('<main><article><span class="post-views">Views 1.204</span></article></main>')).toEqual({ views: 1204, comments: null });
  });

  it('reads Arabic labels with Arabic-Indic digits', () => {
    expect(countersOf('<article><span>١١١٦ مشاهدة</span><span>٣ تعليقات</span></article>')).toEqual({ views: 1116, comments: 3 });
  });

  it('reads English labels and abbreviated thousands', () => {
    expect(countersOf('<article><span>1.2k views</span> <a>5 Comments</a></article>')).toEqual({ views: 1200, comments: 5 });
  });

  it('reads a count set in its own element inside the label, and a label after unlabelled numbers', () => {
    expect(countersOf('<article><span>Posted 2024</span><div><span><b>1,116</b> views</span><noscript>9 comments</noscript></div><p><a href="#c"><span>12</span> Kommentare</a></p></article>'))
      .toEqual({ views: 1116, comments: 12 });
  });

  it.each([
    ['No comments yet', 0], ['leave a reply', 0], ['Be the first to comment', 0], ['\u212Aeine Kommentare', 0], ['Aucun commentaire', 0],
    ['Sin comentarios', 0], ['لا توجد تعليقات', 0], ['أضف تعليق', 0], ['One comment', 1], ['تعليق واحد', 1], ['1 comment', 1],
  ])('reads the comment phrase %j without a digit', (phrase, comments) => {
    expect(countersOf(`<article><p>Text</p><span><a href="#respond"> ${phrase}</a></span></article>`).comments).toBe(comments);
  });

  it('prefers structured data', () => {
    expect(countersOf('<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","commentCount":7}</script><article><span>3 comments</span></article>').comments).toBe(7);
  });

  it('reports null when the page shows no counters', () => {
    expect(countersOf('<article><p>A long paragraph that mentions views of the sea and 3 comments made by the minister in an interview yesterday.</p></article>'))
      .toEqual({ views: null, comments: null });
  });
});
