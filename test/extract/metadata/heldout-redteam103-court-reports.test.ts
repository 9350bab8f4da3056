import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const text = '<p>A Stroudsburg man charged with homicide by vehicle will stand trial in the death of a Bushkill cyclist, a district judge ruled Wednesday, and his arraignment is set for January.</p>'
  + '<p>Kyle Dunleavy, 29, waived none of the charges at his preliminary hearing, and the judge held all eight counts for county court.</p>';
const page = (title: string, label: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>`
  + '<div class="nav"><a href="/section.php?s=news">News</a> | <a href="/section.php?s=police">Police &amp; Courts</a> | <a href="/section.php?s=nfl">NFL</a></div>'
  + `<div class="main"><span class="sectionhead">${label}</span><br><h1>Man held for trial in crash</h1>${text}</div></body></html>`;
const section = (title: string, label: string) => extract(Buffer.from(page(title, label)), { url: 'https://courier.example/story.php?id=20451', now }).section;

describe('court and crime reports: metadata', () => {
  it('spells a section printed in capitals as the title or the menu does (rule "section in capitals")', () => {
    expect(section('Courier :: Police &amp; Courts :: Man held for trial in crash', 'POLICE &amp; COURTS')).toBe('Police & Courts');
    expect(section('Man held for trial in crash - Courier', 'POLICE &amp; COURTS')).toBe('Police & Courts');
    // An acronym is spelled in capitals everywhere.
    expect(section('Courier :: NFL :: Man held for trial in crash', 'NFL')).toBe('NFL');
  });
});
