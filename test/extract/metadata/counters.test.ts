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

  it('reads Arabic labels with Arabic-Indic digits', () => {
    expect(countersOf('<article><span>١١١٦ مشاهدة</span><span>٣ تعليقات</span></article>')).toEqual({ views: 1116, comments: 3 });
  });

  it('reads English labels and abbreviated thousands', () => {
    expect(countersOf('<article><span>1.2k views</span> <a>5 Comments</a></article>')).toEqual({ views: 1200, comments: 5 });
  });

  it('prefers structured data', () => {
    expect(countersOf('<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","commentCount":7}</script><article><span>3 comments</span></article>').comments).toBe(7);
  });

  it('reports null when the page shows no counters', () => {
    expect(countersOf('<article><p>A long paragraph that mentions views of the sea and 3 comments made by the minister in an interview yesterday.</p></article>'))
      .toEqual({ views: null, comments: null });
  });
});
