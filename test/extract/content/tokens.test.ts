import { attributeTokens, idTokens } from '../../../lambdas/extract/content/tokens';
import type { DomElement } from '../../../lambdas/extract/content/dom';

function element(attribs: Record<string, string>): DomElement {
  return { type: 'tag', name: 'div', attribs, children: [], parent: null };
}

describe('attributeTokens', () => {
  it('yields whole values, their parts and adjacent pairs of parts, lower-cased', () => {
    expect([...attributeTokens(element({ class: 'story-share_bar socialLinks' }))].sort()).toEqual(
      ['bar', 'share', 'share-bar', 'sociallinks', 'story', 'story-share', 'story-share_bar'],
    );
  });

  it('joins a pair with one hyphen whatever separated its parts, and passes over separators at the ends', () => {
    expect([...attributeTokens(element({ class: 'card__body-text -lead_' }))].sort()).toEqual(
      ['-lead_', 'body', 'body-text', 'card', 'card-body', 'card__body-text', 'lead', 'text'],
    );
  });

  it('splits the camel-cased boxes of a K2 item into their words, and leaves other camel-cased classes whole (rule "item\'s camel-cased boxes")', () => {
    expect([...attributeTokens(element({ class: 'itemImageCaption' }))].sort()).toEqual(
      ['caption', 'image', 'image-caption', 'item', 'item-image', 'itemimagecaption'],
    );
    expect([...attributeTokens(element({ class: 'articleBody socialLinks' }))].sort()).toEqual(['articlebody', 'sociallinks']);
    expect([...attributeTokens(element({ class: 'items' }))]).toEqual(['items']);
  });

  it('keeps taxonomy classes whole', () => {
    expect([...attributeTokens(element({ class: 'tag-comments post-share_bar' }))]).toEqual(['tag-comments', 'post-share_bar']);
  });

  it('keeps a class that switches a part off whole (rule "negated class")', () => {
    expect([...attributeTokens(element({ class: 'entry-content no-share' }))].sort()).toEqual(['content', 'entry', 'entry-content', 'no-share']);
    expect(attributeTokens(element({ class: 'single no_sidebar' }))).not.toContain('sidebar');
    expect(attributeTokens(element({ class: 'no-comments' }))).toContain('comments');
    expect(attributeTokens(element({ class: 'share-row no-print' }))).toContain('print');
  });

  it('splits a BEM component class that opens like a taxonomy class', () => {
    expect(attributeTokens(element({ class: 'author-bio__container__1G0IX' }))).toContain('author-bio');
  });

  it('reads the id as well as the class', () => {
    expect([...attributeTokens(element({ class: 'box', id: 'main-nav' }))].sort()).toEqual(['box', 'main', 'main-nav', 'nav']);
    expect([...attributeTokens(element({ id: 'comments' }))]).toEqual(['comments']);
  });

  it('gives elements that share a class the same tokens, and adds an id only to its own element', () => {
    const plain = element({ class: 'menu-item' });
    const withId = element({ class: 'menu-item', id: 'related' });
    expect([...attributeTokens(plain)].sort()).toEqual(['item', 'menu', 'menu-item']);
    expect([...attributeTokens(withId)].sort()).toEqual(['item', 'menu', 'menu-item', 'related']);
    expect([...attributeTokens(element({ class: 'menu-item' }))].sort()).toEqual(['item', 'menu', 'menu-item']);
  });

  it('leaves out an ad word in a BEM modifier, which marks a block that hosts ad slots', () => {
    expect([...attributeTokens(element({ class: 'review__section review__section--ads' }))].sort()).toEqual(
      ['review', 'review-section', 'review__section', 'review__section--ads', 'section'],
    );
    expect(attributeTokens(element({ class: 'o-section--has-ads' })).has('ads')).toBe(false);
  });

  it('keeps an ad word that names the block, and every other modifier word', () => {
    expect(attributeTokens(element({ class: 'ad-slot--wide' })).has('ad')).toBe(true);
    expect(attributeTokens(element({ class: 'c-ad__label--top' })).has('ad')).toBe(true);
    expect(attributeTokens(element({ class: 'list list--related' })).has('related')).toBe(true);
  });

  it('reads the id alone when asked for id tokens', () => {
    expect([...idTokens(element({ class: 'j-header', id: 'main-nav' }))].sort()).toEqual(['main', 'main-nav', 'nav']);
    expect(idTokens(element({ class: 'j-header' })).size).toBe(0);
  });

  it('reads no role in the anchor a Markdown renderer makes of a heading\'s own words, and reads a heading\'s other id (rule "heading\'s own anchor")', () => {
    const heading = (id: string, text: string, attribs: Record<string, string> = {}): DomElement => {
      const node: DomElement = { type: 'tag', name: 'h2', attribs: { id, ...attribs }, children: [], parent: null };
      node.children = [{ type: 'text', data: text, parent: node } as never];
      return node;
    };
    expect(attributeTokens(heading('recommendations', 'Recommendations')).size).toBe(0);
    expect(attributeTokens(heading('the-problem', 'The problem')).size).toBe(0);
    expect(attributeTokens(heading('related', 'More from the Winter Issue')).has('related')).toBe(true);
    expect(attributeTokens(heading('recommendations', 'Recommendations', { class: 'box-title' })).has('recommendations')).toBe(true);
  });

  it('has no tokens without class or id', () => {
    expect(attributeTokens(element({ href: '/x' })).size).toBe(0);
    expect(attributeTokens(element({ class: '', id: '' })).size).toBe(0);
  });
});
