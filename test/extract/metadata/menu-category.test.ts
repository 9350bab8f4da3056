import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const story = [
  'Gold prices rose for a third day on Monday as traders waited for the central bank to say whether it would cut rates again.',
  'Dealers in the old market said buyers were holding back ahead of the wedding season, hoping prices would ease first.',
  'Silver followed gold higher, while the price of platinum was little changed from the end of last week.',
];
/** A WordPress page with no metadata and no trail: its section is told by the menu alone. */
function section(menu: string): string | null {
  const html = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Gold rises for a third day</title></head><body>'
    + `<header><nav><ul class="menu">${menu}</ul></nav></header><main><article><h1>Gold rises for a third day</h1>`
    + `${story.map((text) => `<p>${text}</p>`).join('')}</article></main></body></html>`;
  return extract(Buffer.from(html), { url: 'https://goldwatch.example/2026/12/07/gold-rises/', now }).section;
}
const item = (classes: string, href: string, label: string) => `<li class="menu-item ${classes}"><a href="${href}">${label}</a></li>`;

describe('the menu\'s current category', () => {
  it('reads the menu item WordPress marks as the post\'s category (rule "the menu\'s current category")', () => {
    const menu = item('menu-item-home', '/', 'Home') + item('menu-item-object-category current-post-ancestor current-menu-parent', '/category/markets/', 'Markets')
      + item('menu-item-object-category', '/category/banks/', 'Banks');
    expect(section(menu)).toBe('Markets');
  });

  it('reads no section from a page\'s marks for its parent pages', () => {
    const menu = item('menu-item-home', '/', 'Home') + item('menu-item-object-page current-menu-ancestor current_page_parent', '/about/', 'About us');
    expect(section(menu)).toBeNull();
  });
});
