import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const story = '<p>Der Gemeinderat hat am Donnerstagabend einstimmig den Neubau des Feuerwehrhauses beschlossen, das bis zum Herbst bezugsfertig sein soll.</p>'.repeat(3);

describe('legacy CMS news pages', () => {
  it('drops a standing keyword list that opens with the name the page titles carry (rule "site-led keywords, site named by its title")', () => {
    const page = (keywords: string) => `<html><head><title>Dorfbote - Neues Feuerwehrhaus beschlossen</title><meta name="keywords" content="${keywords}"></head>`
      + `<body><table><tr><td class="contentheading">Neues Feuerwehrhaus beschlossen</td></tr><tr><td>${story}</td></tr></table></body></html>`;
    const tags = (keywords: string) => extract(Buffer.from(page(keywords)), { url: 'http://www.dorfbote.example/index.php?option=com_content&task=view&id=12', now }).tags;
    expect(tags('Dorfbote, Nachrichten, Lokales, Vereine')).toEqual([]);
    expect(tags('Feuerwehr, Gemeinderat')).toEqual(['Feuerwehr', 'Gemeinderat']);
  });
});
