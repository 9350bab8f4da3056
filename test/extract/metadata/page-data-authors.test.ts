import { extract } from '../../../lambdas/extract';
import { pageDataAuthors } from '../../../lambdas/extract/metadata/page-data-authors';

describe('pageDataAuthors (rule "writer in the page\'s data")', () => {
  it('reads the one writer the inline scripts name, their escapes read', () => {
    expect(pageDataAuthors(['window.dataLayer=[];dataLayer.push({"topic":"Warehousing","author":"Dana Whitfield"});'])).toEqual(['Dana Whitfield']);
    expect(pageDataAuthors(["utag_data = { 'article_author': 'Tanyel Mustafa', 'page_type': 'article' };"])).toEqual(['Tanyel Mustafa']);
    expect(pageDataAuthors(['{"authors":"Daniel Gro\\u00dfert"}'])).toEqual(['Daniel Großert']);
  });

  it('reads nothing where the scripts name several writers, as a listing\'s data names each item\'s', () => {
    expect(pageDataAuthors(['{"items":[{"author":"Lino Haltinner"},{"author":"Emily Engkent"}]}'])).toEqual([]);
    expect(pageDataAuthors(['var page = {"section":"news"};'])).toEqual([]);
  });
});

describe('extract, with no writer declared or marked', () => {
  const page = (script: string) => `<html><head><title>Warehouse rents climb again</title><script>${script}</script></head><body><h1>Warehouse rents climb again</h1>
    <p>${'Industrial rents rose for the ninth quarter in a row as vacancies stayed near record lows across the region. '.repeat(3)}</p></body></html>`;

  it('credits the writer the data layer names', () => {
    expect(extract(page('dataLayer.push({"contentType":"article","author":"Dana Whitfield"});'), { url: null }).authors).toEqual(['Dana Whitfield']);
  });

  it('credits no desk or agency the data layer names as its writer', () => {
    const record = extract(page('dataLayer.push({"contentType":"article","author":"Associated Press"});'), { url: null });
    expect(record.authors).toEqual([]);
    expect(record.wireSource).toBe('AP');
  });
});
