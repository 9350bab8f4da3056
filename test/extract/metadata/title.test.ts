import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { extract } from '../../../lambdas/extract';
import { readMetadata } from '../../../lambdas/extract/metadata';
import { chooseTitle, cleanTitle } from '../../../lambdas/extract/metadata/title';
import { segmentsOf, stripSiteAffixes } from '../../../lambdas/extract/metadata/title-affixes';
import { headlineText, isTeaserHeading, readBreadcrumbHeadline } from '../../../lambdas/extract/metadata/headline-elements';
import { isSiteLogo } from '../../../lambdas/extract/metadata/site-logo';
import { indexedPage } from '../../support/indexed-page';

const evidence = (overrides: Partial<Parameters<typeof chooseTitle>[0]>) => ({
  declared: [], headings: [], subheadings: [], documentTitle: null, siteName: null, host: null, ...overrides,
});

describe('chooseTitle: a headline in another script (rule \'headline in another script\')', () => {
  it('takes the one h1 written in a script no declared headline uses as the headline readers see', () => {
    expect(chooseTitle(evidence({
      declared: ['Fujairah Municipality launches project to plant mangrove trees'],
      documentTitle: 'Fujairah Municipality launches project to plant mangrove trees | Fujairah Today',
      headings: ['بلدية الفجيرة تطلق مشروعاً لزراعة أشجار القرم'],
    }))).toBe('بلدية الفجيرة تطلق مشروعاً لزراعة أشجار القرم');
  });

  it('reads no heading of the tab of the story\'s other-language version as shown (rule "other language\'s tab")', () => {
    const html = `<html lang="ar"><head><title>Bridge reopens to traffic after repairs | Example Today</title>
      <meta property="og:title" content="Bridge reopens to traffic after repairs"></head><body><div class="tab-content">
      <div class="tab-pane fade show active" lang="ar"><h1>إعادة افتتاح الجسر أمام حركة المرور بعد الصيانة</h1>
      <p>أعيد افتتاح الجسر أمام حركة المرور صباح اليوم بعد أعمال صيانة استمرت ثلاثة أشهر، وفق ما أعلنت البلدية.</p></div>
      <div class="tab-pane fade" lang="en"><h2>Bridge reopens to traffic after repairs</h2>
      <p>The bridge reopened to traffic this morning after three months of repairs, the municipality said on Monday.</p></div></div></body></html>`;
    const record = extract(Buffer.from(html), { url: 'https://example.ae/ar/news/1' });
    expect(record.title).toBe('إعادة افتتاح الجسر أمام حركة المرور بعد الصيانة');
    expect(record.body).not.toContain('The bridge reopened');
  });

  it('keeps the declared headline when the h1 shares its script, or is a label of a word or two', () => {
    expect(chooseTitle(evidence({ declared: ['Harbour wall to be rebuilt'], headings: ['Local news from the coast today'] }))).toBe('Harbour wall to be rebuilt');
    expect(chooseTitle(evidence({ declared: ['Harbour wall to be rebuilt'], headings: ['أخبار'] }))).toBe('Harbour wall to be rebuilt');
  });
});

describe('chooseTitle: headlines in ideographs, and a headline shown as a block', () => {
  it('reads a Japanese h1 broken by commas and ideographic spaces as a headline, not a section\'s label (rule "ideographs across the commas")', () => {
    expect(chooseTitle(evidence({
      headings: ['北陸新幹線、大雪で一部運休　金沢―敦賀間'],
      documentTitle: '北陸新幹線、大雪で一部運休　金沢―敦賀間 | 北國日日新聞',
      subheadings: ['アクセスランキング'],
    }))).toBe('北陸新幹線、大雪で一部運休 金沢―敦賀間');
    // A section's label of two ideographs is still a banner over the lone h2 that heads the story.
    expect(chooseTitle(evidence({
      headings: ['経済'], documentTitle: '経済 | 北國日日新聞', siteName: '北國日日新聞', subheadings: ['日銀、国債買い入れ減額を継続へ'],
    }))).toBe('日銀、国債買い入れ減額を継続へ');
  });

  it('keeps the bracket label an h1 prints with its brackets, and drops the one it prints as a badge (rule \'bracket label as a badge\')', () => {
    expect(chooseTitle(evidence({
      headings: ['【独自】県立病院の産科、来春から休止へ　医師確保できず'],
      documentTitle: '【独自】県立病院の産科、来春から休止へ　医師確保できず - みなと日報', siteName: 'みなと日報',
    }))).toBe('【独自】県立病院の産科、来春から休止へ 医師確保できず');
    expect(chooseTitle(evidence({
      headings: ['独自県立病院の産科、来春から休止へ　医師確保できず'],
      documentTitle: '【独自】県立病院の産科、来春から休止へ　医師確保できず - みなと日報', siteName: 'みなと日報',
    }))).toBe('県立病院の産科、来春から休止へ 医師確保できず');
    // A label that names the page's medium is no part of the headline, bracketed or not (rule "medium label").
    expect(chooseTitle(evidence({
      headings: ['【動画】瀬戸内の小島に新しい渡し船　島民ら出航祝う'],
      documentTitle: '【動画】瀬戸内の小島に新しい渡し船　島民ら出航祝う｜しまなみ新報', siteName: 'しまなみ新報',
    }))).toBe('瀬戸内の小島に新しい渡し船 島民ら出航祝う');
  });

  it('takes the stripped <title> the page shows in a title block over a box\'s h2 when there is no h1 (rule \'headline in a title block\')', () => {
    const page = (titled: string[], shown: string[] = titled) => chooseTitle(evidence({
      documentTitle: '「星空の町」認定へ　光害対策の条例が成立｜たかはら日日新聞', siteName: 'たかはら日日新聞',
      subheadings: ['よく読まれている記事'], titledBlocks: () => titled, shownBlocks: () => shown,
    }));
    expect(page(['「星空の町」認定へ 光害対策の条例が成立'])).toBe('「星空の町」認定へ 光害対策の条例が成立');
    // Shown in a block of another kind, or nowhere but in <title>, it may be the slogan under the logo: the first h2
    // stays the headline, as on a page that sets it there.
    expect(page([], ['「星空の町」認定へ 光害対策の条例が成立'])).toBe('よく読まれている記事');
    expect(page([])).toBe('よく読まれている記事');
  });
});

describe('stripSiteAffixes', () => {
  it('drops a site-name suffix or prefix matched by the site name, whatever the separator', () => {
    // A spaced double hyphen is how older pages and plain-text editors write the dash.
    for (const separator of ['|', '-', '--', '–', '—', ':', '·', '»', '>>', '›', '│', '｜']) {
      expect(stripSiteAffixes(`Floods close the coast road ${separator} Example Times`, ['Example Times'])).toBe('Floods close the coast road');
      expect(stripSiteAffixes(`Example Times ${separator} Floods close the coast road`, ['Example Times'])).toBe('Floods close the coast road');
    }
  });

  it('drops the site name a Japanese or Chinese title adds after a full-width colon or in brackets', () => {
    expect(stripSiteAffixes('港の防波堤を再建へ：日本海新聞', ['日本海新聞'])).toBe('港の防波堤を再建へ');
    expect(stripSiteAffixes('港の防波堤を再建へ（海岸新聞）', ['海岸新聞'])).toBe('港の防波堤を再建へ');
    expect(stripSiteAffixes('港口防波堤将重建【海岸网】', ['海岸网'])).toBe('港口防波堤将重建');
    // Brackets that hold anything but the site's name are the headline's own.
    expect(stripSiteAffixes('港の防波堤を再建へ（写真）', ['海岸新聞'])).toBe('港の防波堤を再建へ（写真）');
  });

  it('matches the site by host name', () => {
    expect(stripSiteAffixes('Floods close the coast road - example.com', ['example.com', 'example'])).toBe('Floods close the coast road');
  });

  it('drops a short segment behind a pipe without other evidence, but keeps dashes and colons in headlines', () => {
    expect(stripSiteAffixes('Floods close the coast road | Daily Bugle', [])).toBe('Floods close the coast road');
    expect(stripSiteAffixes('Trump: The wall will be built', [])).toBe('Trump: The wall will be built');
    expect(stripSiteAffixes('COVID-19 cases rise - again', [])).toBe('COVID-19 cases rise - again');
  });

  it('cuts a title where the site part starts, shown by a named segment the title repeats', () => {
    expect(stripSiteAffixes('Harbour club wins the cup | Nassau / Paradise Island | Local News - Nassau / Paradise Island', []))
      .toBe('Harbour club wins the cup');
    // A number may well recur within a headline.
    expect(stripSiteAffixes('Harbour budget - 2024 - plans for 2025 - 2024', [])).toBe('Harbour budget - 2024 - plans for 2025 - 2024');
  });

  it('cuts a title before the date that templates print between the headline and the site', () => {
    expect(stripSiteAffixes('Letters - 26 Oktober 2010 - Blog - Pictures, news and stories', [])).toBe('Letters');
    expect(stripSiteAffixes('The harbour plan and the tide - Feb. 1, 2016', [])).toBe('The harbour plan and the tide');
    expect(stripSiteAffixes('Mayor resigns - 21/12/2018 - Politics - Example Times', [])).toBe('Mayor resigns');
    // A date that leads the title is its own, and a day without its year may be the headline's.
    expect(stripSiteAffixes('9 November 1989 - the night the wall fell', [])).toBe('9 November 1989 - the night the wall fell');
    expect(stripSiteAffixes('Election - 5 November - the count goes on', [])).toBe('Election - 5 November - the count goes on');
  });

  it('takes ">>" and "›" for "»", but not a closing Swiss quotation mark', () => {
    expect(stripSiteAffixes('Cheap car loans in May >> Compare offers', [])).toBe('Cheap car loans in May');
    expect(stripSiteAffixes('Basic income is a human right › Harbour Party', [])).toBe('Basic income is a human right');
    expect(stripSiteAffixes('Sie sagte ‹Nein› zum Hafenplan', [])).toBe('Sie sagte ‹Nein› zum Hafenplan');
  });

  it('takes no question for a site name behind a pipe', () => {
    expect(stripSiteAffixes('Leasing or financing a car | Which pays off?', [])).toBe('Leasing or financing a car | Which pays off?');
    expect(stripSiteAffixes('Does it pay off? | Leasing or financing a new car', [])).toBe('Does it pay off? | Leasing or financing a new car');
    expect(stripSiteAffixes('استئجار السيارة أم تمويلها الآن | أيهما أفضل؟', [])).toBe('استئجار السيارة أم تمويلها الآن | أيهما أفضل؟');
    expect(stripSiteAffixes('Is leasing a car worth it? | Daily Bugle', [])).toBe('Is leasing a car worth it?');
  });

  it('keeps a title whole when an h1 repeats all of it, even where it starts like the site name', () => {
    expect(stripSiteAffixes('Puppies – tips for every breed', ['Puppies'], ['Puppies – tips for every breed'])).toBe('Puppies – tips for every breed');
    expect(stripSiteAffixes('Puppies – tips for every breed', ['Puppies'])).toBe('tips for every breed');
  });

  it('uses the h1 as evidence of which side is the headline', () => {
    expect(stripSiteAffixes('Section name - Floods close the coast road', [], ['Floods close the coast road'])).toBe('Floods close the coast road');
  });

  it('recognises the site name as the host name spells it, without umlauts and accents', () => {
    expect(stripSiteAffixes('Lexikon | Nalas Löwenseiten', ['nalas-loewenseiten.info', 'nalas-loewenseiten'])).toBe('Lexikon');
    expect(stripSiteAffixes('Clarín - Budget approved by the senate', ['clarin.com', 'clarin'])).toBe('Budget approved by the senate');
  });

  it('takes a lone "«" for a separator pointing at the site name, but not one that opens a quote', () => {
    expect(stripSiteAffixes('Sewing a quilt « Example Blog', ['Example Blog'])).toBe('Sewing a quilt');
    expect(stripSiteAffixes('Il a dit « non » au budget | Le Monde', ['Le Monde'])).toBe('Il a dit « non » au budget');
  });

  it('strips Arabic site names', () => {
    expect(stripSiteAffixes('طائرتان روسيتان تنقلان جرحى إلى موسكو | صحيفة الساحل الإخبارية', ['صحيفة الساحل الإخبارية'])).toBe('طائرتان روسيتان تنقلان جرحى إلى موسكو');
  });

  it('drops the segment after a dash that opens with the kind of site it names, with no other evidence (rule "site\'s kind after the headline")', () => {
    const titled = (documentTitle: string) => chooseTitle(evidence({ documentTitle }));
    expect(titled('مجلس المدينة يقر خطة الجسر - صحيفة الوادي')).toBe('مجلس المدينة يقر خطة الجسر');
    expect(titled('مجلس المدينة يقر خطة الجسر - بوابة الوادي')).toBe('مجلس المدينة يقر خطة الجسر');
    // A dash inside the headline, with no such word after it, keeps the headline whole.
    expect(titled('الوزير: الجسر يفتح في الربيع - والعمل يبدأ غدا')).toBe('الوزير: الجسر يفتح في الربيع - والعمل يبدأ غدا');
  });
});

describe('cleanTitle', () => {
  it('drops a separator left dangling at the end', () => {
    expect(cleanTitle('Floods close the coast road :')).toBe('Floods close the coast road');
    expect(cleanTitle('Floods close the coast road |')).toBe('Floods close the coast road');
    expect(cleanTitle('COVID-19')).toBe('COVID-19');
  });

  it('collapses whitespace, decodes leftover entities and keeps a doubled title once', () => {
    expect(cleanTitle('  A \n title  ')).toBe('A title');
    expect(cleanTitle('Say &quot;cheese&quot;')).toBe('Say "cheese"');
    expect(cleanTitle('Floods close the road Floods close the road')).toBe('Floods close the road');
  });
});

describe('chooseTitle', () => {
  it('strips a segment that repeats the section the page declares, with the site name after it', () => {
    const titled = (sections: string[]) => chooseTitle(evidence({
      declared: [], headings: [], documentTitle: 'Floods close the coast road - Local News - Example Times', siteName: 'Example Times', sections,
    }));
    expect(titled(['Local News'])).toBe('Floods close the coast road');
    // Without the declaration, a dashed segment may be the headline's own ("… - what happens next").
    expect(titled([])).toBe('Floods close the coast road - Local News');
  });

  it('prefers a declared headline that an h1 repeats', () => {
    expect(chooseTitle(evidence({
      declared: ['Floods close the coast road | Example Times'],
      headings: ['Example Times', 'Floods close the coast road'],
      documentTitle: 'Floods close the coast road | Example Times',
      siteName: 'Example Times',
    }))).toBe('Floods close the coast road');
  });

  it('takes the h1 that a declared copy repeats behind a label (rule \'label the heading sets apart\')', () => {
    expect(chooseTitle(evidence({ declared: ['VIDÉO. Ville Neuve : la piscine ferme'], headings: ['Ville Neuve : la piscine ferme'], sections: ['Ville Neuve'] })))
      .toBe('Ville Neuve : la piscine ferme');
    expect(chooseTitle(evidence({ declared: ['KOMENTÁŘ: Město zdražuje parkování'], headings: ['Město zdražuje parkování'] }))).toBe('Město zdražuje parkování');
  });

  it('takes the h1 behind its opening element where a declared copy sets that element\'s text apart, whatever its class (rule \'label in an element of its own\')', () => {
    const titleOf = (h1: string, declared: string) =>
      extract(`<html><head><meta property="og:title" content="${declared}"></head><body><h1 class="x9f">${h1}</h1><p>${'The theatre opens its season with a production in the round. '.repeat(4)}</p></body></html>`, { url: null }).title;
    expect(titleOf('<span class="a1">Comment</span> <em>Hamlet</em> at 200 is the boldest gamble yet', 'Comment: Hamlet at 200 is the boldest gamble yet')).toBe('Hamlet at 200 is the boldest gamble yet');
    expect(titleOf('<span class="a1">Premium</span> <span class="b2">Dessalement : le chantier prend du retard</span>', '[Premium] Dessalement : le chantier prend du retard')).toBe('Dessalement : le chantier prend du retard');
    expect(titleOf('<span class="a1">EN DIRECT</span> Intempéries dans l\'est du pays', 'EN DIRECT - Intempéries dans l\'est du pays')).toBe('Intempéries dans l\'est du pays');
    expect(titleOf('<b>Exclusive:</b> State auditor found duplicate road contracts', 'Exclusive: State auditor found duplicate road contracts')).toBe('State auditor found duplicate road contracts');
    expect(titleOf('<span class="a1">KA+</span> Hallenbad in Bad Wendheim: Sanierung wird teurer', 'KA+ Hallenbad in Bad Wendheim: Sanierung wird teurer')).toBe('Hallenbad in Bad Wendheim: Sanierung wird teurer');
    // A declared copy with a label of its own agrees on where the headline starts.
    expect(titleOf('<span class="a1">Bastion-EM</span> Kölner Team gewinnt die Meisterschaft', 'Esport: Kölner Team gewinnt die Meisterschaft')).toBe('Kölner Team gewinnt die Meisterschaft');
    // An opening word the declared copy does not set apart is the headline's own.
    expect(titleOf('<em>Hamlet</em> at 200 is the boldest gamble yet', 'Hamlet at 200 is the boldest gamble yet')).toBe('Hamlet at 200 is the boldest gamble yet');
    expect(titleOf('<span class="a1">Editor’s Letter:</span> bye to the old baby, hello new one', 'Editor’s Letter: bye to the old baby, hello new one')).toBe('Editor’s Letter: bye to the old baby, hello new one');
  });

  it('takes the h1 that a declared copy repeats behind a paid tier\'s mark or a three-word label (rule "paywall mark in the heading")', () => {
    expect(chooseTitle(evidence({ declared: ['KA+ Hallenbad in Bad Wendheim: Sanierung wird teurer'], headings: ['Hallenbad in Bad Wendheim: Sanierung wird teurer'] })))
      .toBe('Hallenbad in Bad Wendheim: Sanierung wird teurer');
    expect(chooseTitle(evidence({ declared: ['Exclusivo para suscriptores: Constructoras ganaron la obra pública'], headings: ['Constructoras ganaron la obra pública'] })))
      .toBe('Constructoras ganaron la obra pública');
    // A brand's plus sign inside the h1 is the headline's own word.
    expect(chooseTitle(evidence({ declared: ['ESPN+ raises its monthly price again'], headings: ['ESPN+ raises its monthly price again'] }))).toBe('ESPN+ raises its monthly price again');
  });

  it('takes the declared headline that parts the words an h1\'s spans run together (rule \'lines run together in the h1\')', () => {
    expect(chooseTitle(evidence({ declared: ['Steuerstreit im Seeland: Gemeinde soll zahlen'], headings: ['Steuerstreit im SeelandGemeinde soll zahlen'] })))
      .toBe('Steuerstreit im Seeland: Gemeinde soll zahlen');
    // The h1 printing the same words apart is the headline as it prints it.
    expect(chooseTitle(evidence({ declared: ['Storm closes harbour - again'], headings: ['Storm closes harbour again'] }))).toBe('Storm closes harbour again');
    // With nothing declared, the <title> of the same letters parts them, once its site name is gone.
    expect(chooseTitle(evidence({ documentTitle: 'Steuerstreit im Seeland: Gemeinde soll zahlen | Seeländer Tagblatt', siteName: 'Seeländer Tagblatt', headings: ['Steuerstreit im SeelandGemeinde soll zahlen'] })))
      .toBe('Steuerstreit im Seeland: Gemeinde soll zahlen');
  });

  it('prefers the declared headline over an h1 that adds a kicker', () => {
    expect(chooseTitle(evidence({ declared: ['Judy wins the prize'], headings: ['Art world: Judy wins the prize'] }))).toBe('Judy wins the prize');
    expect(chooseTitle(evidence({
      declared: ['Art world: Judy wins the prize', 'Judy wins the prize'],
      headings: ['Art world: Judy wins the prize'],
    }))).toBe('Judy wins the prize');
  });

  it('prefers the one visible h1 over declared headlines that reword it', () => {
    expect(chooseTitle(evidence({
      declared: ['Heat pumps in old houses - when it pays off | Example Heating', 'Heat pumps in old houses - when it pays off'],
      headings: ['Does a heat pump suit an old house?'],
      documentTitle: 'Heat pumps in old houses - when it pays off | Example Heating',
      siteName: 'Example Heating',
    }))).toBe('Does a heat pump suit an old house?');
  });

  it('among several h1s, takes the one that shares at least two words with the declared titles', () => {
    expect(chooseTitle(evidence({
      declared: ['Made up: courier flies to Singapore for a meal, Thailand'],
      headings: ['Bangkok', 'Made up: courier flies to Singapore', 'Reader comments'],
    }))).toBe('Made up: courier flies to Singapore');
    expect(chooseTitle(evidence({ declared: ['Council approves the budget'], headings: ['Local news', 'Budget talks continue'] }))).toBe('Council approves the budget');
  });

  it('takes the words two candidates share behind different kickers, unless a heading confirms one candidate', () => {
    expect(chooseTitle(evidence({ declared: ['Industrialised?: Anno 1800 Beta'], documentTitle: 'Example Games | Previews: Anno 1800 Beta' }))).toBe('Anno 1800 Beta');
    expect(chooseTitle(evidence({ declared: ['Industrialised?: Anno 1800 Beta'], headings: ['Industrialised?: Anno 1800 Beta'], documentTitle: 'Previews: Anno 1800 Beta' })))
      .toBe('Industrialised?: Anno 1800 Beta');
    expect(chooseTitle(evidence({ declared: ['Review: Anno 1800 Beta'], documentTitle: 'Review: Anno 1800 Beta' }))).toBe('Review: Anno 1800 Beta');
  });

  it('counts a compound as sharing its head word with the free word, when the head is long', () => {
    expect(chooseTitle(evidence({ declared: ['Autofinanzierung – Kredit oder Leasing?'], headings: ['Finanzierung Ihres Autos'] }))).toBe('Finanzierung Ihres Autos');
    expect(chooseTitle(evidence({ declared: ['Nation mourns the queen'], headings: ['Donation drive opens'] }))).toBe('Nation mourns the queen');
  });

  it('among several h1s about the declared title, takes the first unless a later one shares more words', () => {
    expect(chooseTitle(evidence({
      declared: ['Become a product tester: try and review for free'],
      headings: ['Become a product tester today - it is easy', 'Current product tests', 'Become a product tester: how it works'],
    }))).toBe('Become a product tester today - it is easy');
    expect(chooseTitle(evidence({
      declared: ['Become a product tester: try and review for free'],
      headings: ['Product tester wanted', 'Become a product tester: try and review'],
    }))).toBe('Become a product tester: try and review for free');
  });

  it('keeps the declared headline when the h1 runs it into a subtitle, but not for a truncated preview title', () => {
    expect(chooseTitle(evidence({ declared: ['Hate march in Essen ignored'], headings: ['Hate march in Essen ignored Broadcaster plays down the slogans'] })))
      .toBe('Hate march in Essen ignored');
    expect(chooseTitle(evidence({
      declared: ['New court files expose the security team -- Example Net', 'New court files expose the...'],
      headings: ['New court files expose the security team'],
    }))).toBe('New court files expose the security team');
  });

  it('keeps the declared headline when the h1 is about something else, names the site, or wraps the headline', () => {
    expect(chooseTitle(evidence({ declared: ['Soldiers sent 88 questions to the court'], headings: ['Brasília'] }))).toBe('Soldiers sent 88 questions to the court');
    expect(chooseTitle(evidence({ declared: ['Congress could take decades'], headings: ['Example Post, the first digital daily'], siteName: 'Example Post' })))
      .toBe('Congress could take decades');
    expect(chooseTitle(evidence({ declared: ['Liverpool lose at Everton'], headings: ['Premier League Liverpool lose at Everton'] }))).toBe('Liverpool lose at Everton');
  });

  it('keeps the declared headline when the h1 is the site name shortened to some of its words', () => {
    expect(chooseTitle(evidence({ declared: ['Harbour 2.0 - The spring release'], headings: ['Harbour News'], siteName: 'Harbour Release News' })))
      .toBe('Harbour 2.0 - The spring release');
    expect(chooseTitle(evidence({ declared: ['Harbour 2.0 - The spring release'], headings: ['Harbour 2.0 brings spring colours'], siteName: 'Harbour Release News' })))
      .toBe('Harbour 2.0 brings spring colours');
  });

  it('takes the declared headline\'s reading case over an h1 typed in capitals (rule "headline typed in capitals")', () => {
    expect(chooseTitle(evidence({ declared: ['Lagos begins second phase of Red Line rail'], headings: ['LAGOS BEGINS SECOND PHASE OF RED LINE RAIL'] })))
      .toBe('Lagos begins second phase of Red Line rail');
    expect(chooseTitle(evidence({ declared: ['NATO summit opens in Vilnius'], headings: ['NATO Summit Opens In Vilnius'] }))).toBe('NATO Summit Opens In Vilnius');
    expect(chooseTitle(evidence({ declared: ['NASA AND ESA SIGN MOON DEAL'], headings: ['NASA AND ESA SIGN MOON DEAL'] }))).toBe('NASA AND ESA SIGN MOON DEAL');
  });

  it('takes the <title> or declared headline that an h2 repeats over an h1 that repeats none (a section banner)', () => {
    expect(chooseTitle(evidence({
      headings: ['Allergies Health Center'],
      subheadings: ['Tools & Resources', 'Babies who eat peanuts early may avoid allergy'],
      documentTitle: 'Babies who eat peanuts early may avoid allergy',
    }))).toBe('Babies who eat peanuts early may avoid allergy');
    expect(chooseTitle(evidence({ declared: ['Peanuts early, fewer allergies'], headings: ['Allergy centre'], subheadings: ['Peanuts early, fewer allergies'] })))
      .toBe('Peanuts early, fewer allergies');
  });

  it('reads the h2 that repeats <title> in its own dashes and quotes (rule "headline as the heading prints it"), and <title> where the h2 differs in more', () => {
    expect(chooseTitle(evidence({ subheadings: ['Cane farmers paid final price for 2025–26 crop'], documentTitle: 'Cane farmers paid final price for 2025-26 crop' })))
      .toBe('Cane farmers paid final price for 2025–26 crop');
    expect(chooseTitle(evidence({ subheadings: ['Mayor’s plan for “green” buses'], documentTitle: 'Mayor\'s plan for "green" buses' }))).toBe('Mayor’s plan for “green” buses');
    expect(chooseTitle(evidence({ subheadings: ['Vessel Returning to Port With Cargo'], documentTitle: 'Vessel Returning To Port With Cargo' }))).toBe('Vessel Returning To Port With Cargo');
  });

  it('learns the site name from the segment behind a lone "«" in <title>, and strips it from every candidate', () => {
    expect(chooseTitle(evidence({ declared: ['Lion Pages » Lexicon'], documentTitle: 'Lexicon « Lion Pages' }))).toBe('Lexicon');
    // Without the mark, the short side of the declared title is taken for the site's.
    expect(chooseTitle(evidence({ declared: ['Lion Pages » Lexicon'], documentTitle: 'Lexicon - Lion Pages' }))).toBe('Lion Pages');
    // A "«" that opens a quote names no site.
    expect(chooseTitle(evidence({ declared: ['Lion Pages » Lexicon'], documentTitle: 'Lexicon « Lion Pages »' }))).toBe('Lion Pages');
  });

  it('takes a <title> that the declared headline closes with, behind a separator, for the site name (rule "title naming the site alone")', () => {
    expect(chooseTitle(evidence({ declared: ['Bridge reopens after two years - Riverside Notes'], documentTitle: 'Riverside Notes' })))
      .toBe('Bridge reopens after two years');
    expect(chooseTitle(evidence({ declared: ['Bridge reopens after two years – Riverside Notes'], documentTitle: 'Riverside Notes', headings: ['Site news'] })))
      .toBe('Bridge reopens after two years');
    // A short head before the <title> is a kicker over a headline, and an h1 repeating <title> shows it is the headline.
    expect(chooseTitle(evidence({ declared: ['Exclusive - Bridge reopens'], documentTitle: 'Bridge reopens' }))).toBe('Exclusive - Bridge reopens');
    expect(chooseTitle(evidence({ declared: ['Council votes - and the bridge reopens'], documentTitle: 'and the bridge reopens', headings: ['and the bridge reopens'] })))
      .toBe('and the bridge reopens');
  });

  it('takes an h1 that is one end of <title> for the site banner when an h2 repeats the rest (forums, older blog themes)', () => {
    const forum = { documentTitle: 'Thermostat shows the wrong temperature - Home Repair Forum', headings: ['Home Repair Forum'] };
    expect(chooseTitle(evidence({ ...forum, subheadings: ['Thermostat shows the wrong temperature'] }))).toBe('Thermostat shows the wrong temperature');
    expect(chooseTitle(evidence({ documentTitle: 'Home Repair Forum :: Thermostat shows the wrong temperature', headings: ['Home Repair Forum'], subheadings: ['Thermostat shows the wrong temperature'] })))
      .toBe('Thermostat shows the wrong temperature');
    // Without the h2 the h1 stays the only witness of which side is the page's.
    expect(chooseTitle(evidence({ ...forum, subheadings: ['Replies'] }))).toBe('Home Repair Forum');
  });

  it('takes the declared headline an h2 repeats over an h1 that is the page banner in the middle of <title> (rule "page banner in the title\'s middle")', () => {
    const post = {
      declared: ['Board Approves 2027-28 School Calendar, Adds Two Flexible Learning Days'], headings: ['News Details'],
      subheadings: ['Board Approves 2027-28 School Calendar, Adds Two Flexible Learning Days'], siteName: 'Cedar Ridge Public Schools',
      documentTitle: 'Board Approves 2027-28 School Calendar, Adds Two Flexible Learning Days | News Details - Cedar Ridge Public Schools',
    };
    expect(chooseTitle(evidence(post))).toBe('Board Approves 2027-28 School Calendar, Adds Two Flexible Learning Days');
    // An h1 that is the title's end segment, not its middle, is left to the other rules.
    expect(chooseTitle(evidence({ ...post, headings: ['Cedar Ridge Public Schools'], documentTitle: 'Board Approves 2027-28 School Calendar, Adds Two Flexible Learning Days - Cedar Ridge Public Schools' })))
      .toBe('Board Approves 2027-28 School Calendar, Adds Two Flexible Learning Days');
  });

  it('takes the side of <title> a page without headings prints as a block of its own, the later of two, and decides nothing when it prints neither (rule \'logo in text over the headline\')', () => {
    const table = { documentTitle: 'National News Agency - Book fair opens with three hundred publishers' };
    expect(chooseTitle(evidence({ ...table, shownBlocks: () => ['Latest news', 'Book fair opens with three hundred publishers'] })))
      .toBe('Book fair opens with three hundred publishers');
    expect(chooseTitle(evidence({ ...table, shownBlocks: () => ['National News Agency', 'Latest news', 'Book fair opens with three hundred publishers'] })))
      .toBe('Book fair opens with three hundred publishers');
    expect(chooseTitle(evidence({ documentTitle: 'Book fair opens with three hundred publishers - National News Agency', shownBlocks: () => ['National News Agency', 'Book fair opens with three hundred publishers'] })))
      .toBe('Book fair opens with three hundred publishers');
    expect(chooseTitle(evidence({ ...table, shownBlocks: () => ['Latest news'] }))).toBe(table.documentTitle);
  });

  it('takes the one-line bold headline that <title> cuts short, but not a masthead block run on into its slogan (rule \'title cut short of the shown headline\')', () => {
    const page = (masthead: string, headline: string) => Buffer.from(`<html><head><title>Dorfbote Ellerau - Feuerwehr bekommt neues Löschfahrzeug</title></head>
      <body><table><tr><td>${masthead}</td></tr><tr><td><font size="4"><b>${headline}</b></font><br>
      <font size="2">Von Anke Brodersen – 03.12.2026</font><br><br>
      Die Freiwillige Feuerwehr Ellerau hat am Sonnabend ihr neues Löschfahrzeug in Dienst gestellt. Bürgermeister Tim Lange übergab die Schlüssel.<br><br>
      Das alte Fahrzeug war 31 Jahre im Einsatz und wird an einen Verein in Polen gespendet.</td></tr></table></body></html>`);
    const url = 'http://www.dorfbote-ellerau.example/2026/feuerwehr.htm';
    expect(extract(page('<img src="/kopf.gif" alt="Dorfbote Ellerau">', 'Feuerwehr bekommt neues Löschfahrzeug für den Katastrophenschutz'), { url }).title)
      .toBe('Feuerwehr bekommt neues Löschfahrzeug für den Katastrophenschutz');
    expect(extract(page('<div><p>Feuerwehr bekommt neues Löschfahrzeug</p><p>Berichte aus dem Ort</p></div>', 'Ein Tag für die Wehr'), { url }).title)
      .toBe('Feuerwehr bekommt neues Löschfahrzeug');
  });

  it('takes the line a <title> parted by ideographic spaces closes with, and the logo\'s name before the desk as the site (rules \'line closing the title\', "desk after the name, in ideographs")', () => {
    const page = Buffer.from(`<html><head><title>みずうみ日報　ニュース　湖畔の遊歩道、来春に全面開通　県が整備費を追加</title></head>
      <body><table><tr><td><a href="/"><img src="/img/title.gif" alt="みずうみ日報"></a></td></tr>
      <tr><td><font size="5"><b>湖畔の遊歩道、来春に全面開通　県が整備費を追加</b></font><br><font size="2">2026年12月4日（金）</font><br><br>
      <font size="3">　県は４日、湖畔の遊歩道の未整備区間について、来年春までに工事を終えると発表した。追加の整備費は約８千万円。<br><br>
      　遊歩道は全長１２キロで、完成すれば湖を一周できるようになる。</font></td></tr></table></body></html>`);
    const record = extract(page, { url: 'https://www.mizuumi-nippo.example/news/20261204_01.html' });
    expect(record.title).toBe('湖畔の遊歩道、来春に全面開通 県が整備費を追加');
    expect(record.siteName).toBe('みずうみ日報');
  });

  it('takes the headline set in a large font under a <title> of the site and its section (rule "headline in the large font")', () => {
    const page = (title: string) => Buffer.from(`<html><head><title>${title}</title></head>
      <body><table><tr><td><font size="1">Menu | Cidade | Esportes</font></td></tr><tr><td><font size="1">Cidade</font><br>
      <font size="4"><b>Prefeitura abre inscrições para a feira de artesanato de janeiro</b></font><br><br>
      <font size="2">A prefeitura abriu nesta segunda-feira as inscrições para a feira de artesanato, que vai ocupar a praça central em janeiro.<br><br>
      Os artesãos podem se inscrever até o dia 20 na sede da secretaria de cultura.</font></td></tr></table></body></html>`);
    const url = 'http://www.folhadovale.example/noticia.php?id=1';
    expect(extract(page('Folha do Vale - Notícias'), { url }).title).toBe('Prefeitura abre inscrições para a feira de artesanato de janeiro');
    // A <title> with no site's name beside it is the page's own, however short.
    expect(extract(page('Artesanato'), { url }).title).toBe('Artesanato');
  });

  it('takes the h2 that <title> opens with over an h1 printing <title> whole, separators and site included (rule \'title printed as the h1\')', () => {
    const board = 'Harbour fair opens on Saturday with forty stalls > Local news | Bay Herald';
    expect(chooseTitle(evidence({ documentTitle: board, declared: [board], headings: [board], subheadings: ['Local news', 'Harbour fair opens on Saturday with forty stalls', 'Page details'] })))
      .toBe('Harbour fair opens on Saturday with forty stalls');
    const explainer = 'What is the harbour fair and who runs it?';
    expect(chooseTitle(evidence({ documentTitle: explainer, headings: [explainer], subheadings: ['What is the harbour fair?'] }))).toBe(explainer);
  });

  it('takes the end segment of a three-part <title> that a page without headings prints as a block of its own', () => {
    const table = { documentTitle: 'Book fair opens with three hundred publishers - The Harbour Gazette - Local News' };
    expect(chooseTitle(evidence({ ...table, shownBlocks: () => ['Latest news', 'Book fair opens with three hundred publishers'] })))
      .toBe('Book fair opens with three hundred publishers');
    expect(chooseTitle(evidence({ documentTitle: 'Local News - The Harbour Gazette - Book fair opens with three hundred publishers', shownBlocks: () => ['Book fair opens with three hundred publishers'] })))
      .toBe('Book fair opens with three hundred publishers');
    expect(chooseTitle(evidence({ ...table, shownBlocks: () => ['Latest news'] }))).toBe(table.documentTitle);
  });

  it('decides by the side shown alone when the declared headline copies <title> whole, but keeps a declared headline of its own', () => {
    const copied = { documentTitle: 'National News Agency - Book fair opens with three hundred publishers', declared: ['National News Agency - Book fair opens with three hundred publishers'] };
    const shownBlocks = () => ['Latest news', 'Book fair opens with three hundred publishers'];
    expect(chooseTitle(evidence({ ...copied, shownBlocks }))).toBe('Book fair opens with three hundred publishers');
    expect(chooseTitle(evidence({ ...copied, declared: ['Book fair opens in the capital'], shownBlocks }))).toBe('Book fair opens in the capital');
  });

  it('keeps a declared headline that <title> only suffixes whole when a page without headings shows it whole', () => {
    const section = { declared: ['Politics | Mayor resigns over expenses row'], documentTitle: 'Politics | Mayor resigns over expenses row | Valley Courier' };
    expect(chooseTitle(evidence({ ...section, shownBlocks: () => ['Politics | Mayor resigns over expenses row'] }))).toBe('Politics | Mayor resigns over expenses row');
    // Printed apart, the words before the pipe are a section label.
    expect(chooseTitle(evidence({ ...section, shownBlocks: () => ['Politics', 'Mayor resigns over expenses row'] }))).toBe('Mayor resigns over expenses row');
    // An h1 decides instead.
    expect(chooseTitle(evidence({ ...section, headings: ['Mayor resigns over expenses row'], shownBlocks: () => ['Politics | Mayor resigns over expenses row'] })))
      .toBe('Mayor resigns over expenses row');
  });

  it('passes over a declared headline cut at a length limit when another candidate has its words in full', () => {
    const full = 'Regional rail operator confirms new timetable with later trains on weekends';
    expect(chooseTitle(evidence({ declared: ['Regional rail operator confirms new timetable with la…'], documentTitle: `${full} | Metro Wire` }))).toBe(full);
    expect(chooseTitle(evidence({ declared: ['Regional rail operator confirms new timetable with la...', full] }))).toBe(full);
    // With nothing to complete it, the cut headline is still the best witness there is.
    expect(chooseTitle(evidence({ declared: ['Regional rail operator confirms new timetable with la…'], documentTitle: 'Metro Wire' })))
      .toBe('Regional rail operator confirms new timetable with la…');
  });

  it('takes the one phrase among several h1s that are otherwise labels of a word or two, when <title> names only the site', () => {
    expect(chooseTitle(evidence({ headings: ['Environment', 'Volunteers clean up two miles of riverbank'], documentTitle: 'Riverside Weekly' })))
      .toBe('Volunteers clean up two miles of riverbank');
    // Two phrases leave the h1s undecided, and <title> stays the answer.
    expect(chooseTitle(evidence({ headings: ['Sign up to our newsletter', 'Volunteers clean up two miles of riverbank'], documentTitle: 'Riverside Weekly' })))
      .toBe('Riverside Weekly');
  });

  it('counts a run of Chinese or Japanese characters as a phrase when the shown side decides', () => {
    const japanese = { documentTitle: '市議会が新しい交通計画を可決 - 山里新聞デジタル' };
    expect(chooseTitle(evidence({ ...japanese, shownBlocks: () => ['ホーム', '市議会が新しい交通計画を可決'] }))).toBe('市議会が新しい交通計画を可決');
    expect(chooseTitle(evidence({ documentTitle: '雨 - 山里新聞', shownBlocks: () => ['雨'] }))).toBe('雨 - 山里新聞');
  });

  it('takes the side of a candidate that an h2 repeats, but not a one-word side or the words before a colon (section labels)', () => {
    expect(chooseTitle(evidence({ declared: ['Villa Galaxy - Holiday villa in Florida'], subheadings: ['Details', 'Villa Galaxy', 'Pool'] }))).toBe('Villa Galaxy');
    expect(chooseTitle(evidence({ declared: ['Sport - Harbour club wins the cup final'], subheadings: ['Sport', 'Latest'] }))).toBe('Sport - Harbour club wins the cup final');
    expect(chooseTitle(evidence({ declared: ['Local news: Harbour club wins the cup final'], subheadings: ['Local news', 'Latest'] })))
      .toBe('Local news: Harbour club wins the cup final');
  });

  it('takes an h2 that repeats several segments of a candidate together, but not a run holding the site name', () => {
    const page = { documentTitle: 'Example Review | Culture | Books | 30.11. | Book of the week - Jane Doe (ed.) • 1619',
      declared: ['30.11. | Book of the week - Jane Doe (ed.) • 1619'], headings: ['Books'] };
    expect(chooseTitle(evidence({ ...page, subheadings: ['30.11. | Book of the week'] }))).toBe('30.11. | Book of the week');
    // Without the h2, the date goes as decoration.
    expect(chooseTitle(evidence({ ...page, subheadings: ['Reader comments'] }))).toBe('Book of the week - Jane Doe (ed.)');
    // A path of sections of a word or two each is a banner.
    expect(chooseTitle(evidence({ declared: ['Storm closes the coast road | Weather | Coast news | Example Times'], siteName: 'Example Times',
      headings: ['Latest'], subheadings: ['Weather | Coast news'] }))).toBe('Storm closes the coast road');
    // A share box printing part of <title> with the site's name in it is no headline.
    expect(chooseTitle(evidence({ declared: ['Weather | Storm closes the coast road | Example Times'], siteName: 'Example Times',
      subheadings: ['Storm closes the coast road | Example Times'] }))).toBe('Storm closes the coast road');
  });

  it('keeps a whole title that an h2 repeats on a page without h1, but still drops a side naming the site', () => {
    expect(chooseTitle(evidence({ declared: ['Growing lemons from seed | Step-by-step guide'], subheadings: ['Growing lemons from seed | Step-by-step guide', 'What you need'],
      siteName: 'Example Garden' }))).toBe('Growing lemons from seed | Step-by-step guide');
    expect(chooseTitle(evidence({ documentTitle: 'Growing lemons from seed | Step-by-step guide', subheadings: ['Growing lemons from seed | Step-by-step guide'] })))
      .toBe('Growing lemons from seed | Step-by-step guide');
    // A share box printing <title> as it is: the site's side goes.
    expect(chooseTitle(evidence({ declared: ['Growing lemons from seed | Example Garden'], subheadings: ['Growing lemons from seed | Example Garden'],
      siteName: 'Example Garden' }))).toBe('Growing lemons from seed');
    // With an h1, an h2 is no witness of the whole title.
    expect(chooseTitle(evidence({ declared: ['Growing lemons from seed | Step-by-step guide'], headings: ['Growing lemons from seed'],
      subheadings: ['Growing lemons from seed | Step-by-step guide'] }))).toBe('Growing lemons from seed');
  });

  it('takes a block classed as the headline over <title> on a page without headings, unless it is a banner of a word or two', () => {
    expect(chooseTitle(evidence({ classedHeadline: 'Energy price crisis: your rights at a glance', documentTitle: 'example.org | Gas prices', host: 'example.org' })))
      .toBe('Energy price crisis: your rights at a glance');
    expect(chooseTitle(evidence({ classedHeadline: 'Council Group', documentTitle: 'Council Group - New school approved' }))).toBe('Council Group - New school approved');
    expect(chooseTitle(evidence({ classedHeadline: 'Energy price crisis: your rights', headings: ['Gas prices rise again'], documentTitle: 'Gas prices' })))
      .toBe('Gas prices rise again');
    expect(chooseTitle(evidence({ classedHeadline: 'Energy price crisis: your rights', declared: ['Gas prices rise again'] }))).toBe('Gas prices rise again');
  });

  it('reads a block classed as a title only when every candidate names just the site', () => {
    const magazine = { declared: ['Harbour Magazine'], documentTitle: 'HARBOUR • Harbour Magazine', siteName: 'Harbour Magazine', logos: ['Harbour Magazine'] };
    expect(chooseTitle(evidence({ ...magazine, titledBlocks: () => ['Harbour Magazine', 'Between the tides'] }))).toBe('Between the tides');
    expect(chooseTitle(evidence({ ...magazine, titledBlocks: () => ['HARBOUR'] }))).toBe('HARBOUR');
    expect(chooseTitle(evidence({ ...magazine, documentTitle: 'Between the tides | Harbour Magazine', titledBlocks: () => ['Reader offers'] })))
      .toBe('Between the tides');
  });

  it('takes the one h1 over a declared headline that is a label of a word or two', () => {
    expect(chooseTitle(evidence({ declared: ['Sport'], headings: ['Town reach the cup final for the first time'], documentTitle: 'Sport | Valley Courier' })))
      .toBe('Town reach the cup final for the first time');
    expect(chooseTitle(evidence({ declared: ['Sport'], headings: ['Valley Courier Sport'], siteName: 'Valley Courier' }))).toBe('Sport');
  });

  it('takes the first h2 behind a logo under a <title> naming only the site when it heads an <article>, not on a listing', () => {
    const blog = { documentTitle: 'Garden Notes', logos: ['Garden Notes'], subheadings: ['Why my leeks failed this year', 'Seed swap on Sunday'] };
    expect(chooseTitle(evidence({ ...blog, firstSubheadingInArticle: true }))).toBe('Why my leeks failed this year');
    expect(chooseTitle(evidence({ ...blog, firstSubheadingInArticle: false }))).toBe('Garden Notes');
    expect(chooseTitle(evidence({ ...blog, documentTitle: 'Garden Notes | Seeds and harvests from plot 14', firstSubheadingInArticle: true })))
      .toBe('Seeds and harvests from plot 14');
  });

  it('takes the one h1 over a declared copy of a <title> that shares no word with it, not over one it wraps', () => {
    const homeTitle = 'Valley Courier | Local news, sport and weather';
    expect(chooseTitle(evidence({ declared: [homeTitle], headings: ['Bridge over the river reopens after repairs'], documentTitle: homeTitle, siteName: 'Valley Courier' })))
      .toBe('Bridge over the river reopens after repairs');
    const storyTitle = 'Bridge reopens after repairs | Valley Courier';
    expect(chooseTitle(evidence({ declared: [storyTitle], headings: ['Bridge reopens after repairs: what drivers need to know'], documentTitle: storyTitle,
      siteName: 'Valley Courier' }))).toBe('Bridge reopens after repairs');
    expect(chooseTitle(evidence({ declared: ['Drivers face a shorter commute'], headings: ['Bridge over the river reopens after repairs'], documentTitle: homeTitle,
      siteName: 'Valley Courier' }))).toBe('Drivers face a shorter commute');
  });

  it('keeps the page’s side of a "Post « Blog" <title> that a meta title mirrors as "Blog » Post"', () => {
    expect(chooseTitle(evidence({ declared: ['Garden Notes » Glossary'], headings: ['Glossary – K'], documentTitle: 'Glossary « Garden Notes' })))
      .toBe('Glossary – K');
  });

  it('takes no h1 that repeats a section named between separators in <title> for the headline', () => {
    expect(chooseTitle(evidence({ declared: ['Book of the week - Jane Doe'], headings: ['Literature'],
      documentTitle: 'Example.de | Culture | Literature | 30.11. | Book of the week - Jane Doe • 1619', host: 'www.example.de' }))).toBe('Book of the week - Jane Doe');
    expect(chooseTitle(evidence({ declared: ['Storm shuts the harbour'], headings: ['Harbour shut after the storm'],
      documentTitle: 'Example.de | News | Storm shuts the harbour', host: 'www.example.de' }))).toBe('Harbour shut after the storm');
  });

  it('keeps the only h1 when no h2 repeats <title>', () => {
    expect(chooseTitle(evidence({ headings: ['A short guide to sheep'], subheadings: ['Sheep'], documentTitle: 'Sheepy the Sheep – Webcomic' })))
      .toBe('A short guide to sheep');
  });

  it('completes a declared headline cut short at a quotation mark from <title>', () => {
    expect(chooseTitle(evidence({ declared: ['Senator calls the president'], documentTitle: 'Senator calls the president "unfit" | Example Times', siteName: 'Example Times' })))
      .toBe('Senator calls the president "unfit"');
    expect(chooseTitle(evidence({ declared: ['Senator calls the president'], documentTitle: 'Senator calls the president unfit for office' })))
      .toBe('Senator calls the president');
  });

  it('falls back to the stripped <title> confirmed by an h1, then to the only h1', () => {
    expect(chooseTitle(evidence({ headings: ['Floods close the coast road'], documentTitle: 'Floods close the coast road - Example' , host: 'www.example.com' }))).toBe('Floods close the coast road');
    expect(chooseTitle(evidence({ headings: ['Welcome!'], documentTitle: 'Law Office Smith' }))).toBe('Welcome!');
  });

  it('does not take a logo h1 that names the site', () => {
    expect(chooseTitle(evidence({ headings: ['Example Times'], documentTitle: 'Floods close the coast road | Example Times', siteName: 'Example Times' }))).toBe('Floods close the coast road');
  });

  it('passes over a declared headline that is only the site name, but keeps it when nothing else names the page', () => {
    expect(chooseTitle(evidence({ declared: ['Example Sport', 'Lorient vs Lyon'], documentTitle: 'Lorient vs Lyon', siteName: 'Example Sport' }))).toBe('Lorient vs Lyon');
    expect(chooseTitle(evidence({ declared: ['Example Sport', 'Lorient vs Lyon'], headings: ['Example Sport'], siteName: 'Example Sport' }))).toBe('Lorient vs Lyon');
    expect(chooseTitle(evidence({ declared: ['Example Sport'], siteName: 'Example Sport' }))).toBe('Example Sport');
  });

  it('takes the first h2 of a template without h1 or declared headline', () => {
    expect(chooseTitle(evidence({ subheadings: ['Boat training'], documentTitle: 'Fire Brigade Divers' }))).toBe('Boat training');
  });

  it('takes the one h2 behind a logo over the slogan a "Site - slogan" <title> leaves, not over a related <title> or on a listing', () => {
    const portal = { logos: ['Valley Portal'], documentTitle: 'Valley Portal - News of the valley and the region', subheadings: ['Health centre reopens at night from Monday'] };
    expect(chooseTitle(evidence(portal))).toBe('Health centre reopens at night from Monday');
    expect(chooseTitle(evidence({ ...portal, subheadings: [...portal.subheadings, 'Ferry timetable changes in spring'] }))).toBe('News of the valley and the region');
    expect(chooseTitle(evidence({ ...portal, documentTitle: 'Valley Portal - Health centre to reopen at night' }))).toBe('Health centre to reopen at night');
  });

  it('takes a logo heading as a name of the site: stripped from <title>, never the headline', () => {
    expect(chooseTitle(evidence({ logos: ['Muffin Recipes'], documentTitle: 'Basic Muffins : Muffin Recipes', subheadings: ['Basic Muffins'] }))).toBe('Basic Muffins');
    // Without <title> naming it, the h2 behind a logo may be the first post of a listing page: the site name stays whole.
    expect(chooseTitle(evidence({ logos: ['Gaby - Colours'], documentTitle: 'Gaby - Colours', subheadings: ['Sewing a quilt'] }))).toBe('Gaby - Colours');
  });

  it('skips a date header where the first h2 would be the headline', () => {
    expect(chooseTitle(evidence({ subheadings: ['17.7.11'], documentTitle: 'Courts rule on pen names' }))).toBe('Courts rule on pen names');
  });

  it('takes no date header with its weekday as a witness of the headline, as Blogger heads the day\'s posts', () => {
    const story = '<p>The ferry resumed its winter timetable on Monday after the harbour works ended, the operator said in a short statement.</p>';
    const blog = (postTitle: string, titleClass: string) => `<html><head><title>Harbour Notes: ${postTitle}</title></head><body>
      <h1><a href="/">Harbour Notes</a></h1><div class="date-outer"><h2 class="date-header"><span>Saturday, December 5, 2026</span></h2>
      <div class="post"><h3${titleClass}>${postTitle}</h3><div class="post-body">${story}${story}</div></div></div></body></html>`;
    expect(extract(blog('Ferry resumes', ' class="post-title entry-title"')).title).toBe('Ferry resumes');
    expect(extract(blog('Ferry resumes its winter timetable', '')).title).toBe('Ferry resumes its winter timetable');
  });

  it('takes the h1 when a declared headline is a copy of it cut short, even one a teaser repeats', () => {
    expect(chooseTitle(evidence({
      declared: ['Ultium Cells raises gigafactory capacity'],
      headings: ['Ultium Cells raises gigafactory capacity in Tennessee', 'Ultium Cells raises gigafactory capacity'],
    }))).toBe('Ultium Cells raises gigafactory capacity in Tennessee');
  });

  it('keeps the declared headline when the h1 adds a subtitle, a site name or a long run-on', () => {
    expect(chooseTitle(evidence({ declared: ['Floods close the coast road'], headings: ['Floods close the coast road: what drivers need to know'] }))).toBe('Floods close the coast road');
    expect(chooseTitle(evidence({
      declared: ['Floods close the coast road'], headings: ['Floods close the coast road Drivers face detours for weeks to come'],
    }))).toBe('Floods close the coast road');
  });

  it('returns null when the page has no title at all', () => {
    expect(chooseTitle(evidence({}))).toBeNull();
  });
  it('drops a kicker of a word or two that the h1 runs into a declared headline or the <title> headline without a separator', () => {
    expect(chooseTitle(evidence({
      declared: ['Hospital waiting lists hit record high'],
      headings: ['Exclusive Hospital waiting lists hit record high'],
      documentTitle: 'Exclusive: Hospital waiting lists hit record high - Northern Echo Times',
    }))).toBe('Hospital waiting lists hit record high');
    expect(chooseTitle(evidence({
      headings: ['Health Hospital waiting lists hit record high'],
      documentTitle: 'Hospital waiting lists hit record high » Northern Echo Times',
    }))).toBe('Hospital waiting lists hit record high');
  });

  it('drops a kicker whose capitals fold to letters with combining marks (rule "marks inside a kicker\'s words")', () => {
    expect(chooseTitle(evidence({
      declared: ['Merkez Bankası politika faizini indirdi'],
      headings: ['SON DAKİKA Merkez Bankası politika faizini indirdi'],
      documentTitle: 'SON DAKİKA: Merkez Bankası politika faizini indirdi - Ege Postası',
    }))).toBe('Merkez Bankası politika faizini indirdi');
  });

  it.each([
    ['BREAKING: Wind-driven grass fire forces evacuations', 'Wind-driven grass fire forces evacuations'],
    ['SON DAKİKA: Merkez Bankası politika faizini indirdi', 'Merkez Bankası politika faizini indirdi'],
    ['ÚLTIMA HORA | Descarrila un tren de Cercanías en Atocha', 'Descarrila un tren de Cercanías en Atocha'],
    ['عاجل.. رئيس الوزراء يقرر صرف منحة استثنائية', 'رئيس الوزراء يقرر صرف منحة استثنائية'],
    ['Breaking: Bad', 'Breaking: Bad'],
    ['Breaking Bad: the final season reviewed', 'Breaking Bad: the final season reviewed'],
  ])('reads %j, run with the urgency label in every copy, as %j (rule "urgency label before the headline")', (shown, headline) => {
    expect(chooseTitle(evidence({ declared: [shown], headings: [shown], documentTitle: shown }))).toBe(headline);
  });

  it('keeps an h1 that says three words or more before the <title> headline, or completes a short label', () => {
    expect(chooseTitle(evidence({
      headings: ['Here is why waiting lists hit record high'],
      documentTitle: 'Waiting lists hit record high | Northern Echo Times',
    }))).toBe('Here is why waiting lists hit record high');
    expect(chooseTitle(evidence({ declared: ['Health'], headings: ['Mental Health'] }))).toBe('Mental Health');
  });
});

describe('headlineText', () => {
  const heading = (html: string) => load(html)('h1')[0] as Element;

  it('leaves out a breaking item\'s urgency badge named for the label or the urgency in the site\'s words (rule "breaking badge in the heading")', () => {
    expect(cleanTitle(headlineText(heading('<h1><span class="etiket-sondakika">SON DAKİKA</span> Merkez Bankası faizi indirdi</h1>')))).toBe('Merkez Bankası faizi indirdi');
    expect(cleanTitle(headlineText(heading('<h1><span class="breaking">عاجل</span> رئيس الوزراء يقرر صرف منحة استثنائية</h1>')))).toBe('رئيس الوزراء يقرر صرف منحة استثنائية');
    expect(cleanTitle(headlineText(heading('<h1><span class="etiqueta-urgente">Última hora</span> Descarrila un tren en Atocha</h1>')))).toBe('Descarrila un tren en Atocha');
    expect(cleanTitle(headlineText(heading('<h1><span class="breaking-headline">Descarrila un tren en Atocha</span></h1>')))).toBe('Descarrila un tren en Atocha');
  });

  it('leaves out a kicker element whose words would run into the headline', () => {
    expect(cleanTitle(headlineText(heading('<h1><span class="h1small">Energy initiative</span> Free power checks for homes</h1>')))).toBe('Free power checks for homes');
    expect(cleanTitle(headlineText(heading('<h1><div class="article-kicker">Brexit</div><div>Deal agreed at last</div></h1>')))).toBe('Deal agreed at last');
    expect(cleanTitle(headlineText(heading('<h1><span class="label label--exclusive">Exclusive</span>Deal agreed at last</h1>')))).toBe('Deal agreed at last');
    expect(cleanTitle(headlineText(heading('<h1><span class="article-surtitre">Vidéo</span> Accord trouvé</h1>')))).toBe('Accord trouvé');
  });

  it('leaves out a paid tier\'s mark set in an element named for the tier (rule "paywall mark in the heading")', () => {
    expect(cleanTitle(headlineText(heading('<h1><span class="ka-plus-icon"><svg></svg><span class="visually-hidden">KA+</span></span> Hallenbad wird teurer</h1>')))).toBe('Hallenbad wird teurer');
    expect(cleanTitle(headlineText(heading('<h1><span class="etiqueta-premium">Exclusivo para suscriptores</span> Constructoras ganaron la obra</h1>')))).toBe('Constructoras ganaron la obra');
    expect(cleanTitle(headlineText(heading('<h1><span class="surplus">Surplus</span> grows again</h1>')))).toBe('Surplus grows again');
  });

  it('reads a line break inside the heading as a space between words', () => {
    expect(cleanTitle(headlineText(heading('<h1>Harbour closed<br>after the storm</h1>')))).toBe('Harbour closed after the storm');
    expect(cleanTitle(headlineText(heading('<h1><span>Harbour closed<br/></span>after the storm</h1>')))).toBe('Harbour closed after the storm');
  });

  it('leaves out a first line of one word above a line that starts a phrase of its own, an overline without a class', () => {
    expect(cleanTitle(headlineText(heading('<h1>Exclusive<br>Hospital waiting lists hit record high</h1>')))).toBe('Hospital waiting lists hit record high');
    expect(cleanTitle(headlineText(heading('<h1>Harbour<br>closed after the storm</h1>')))).toBe('Harbour closed after the storm');
    expect(cleanTitle(headlineText(heading('<h1>Breaking News<br>Harbour closed after the storm</h1>')))).toBe('Breaking News Harbour closed after the storm');
    expect(cleanTitle(headlineText(heading('<h1>Exclusive<br>Harbour closed</h1>')))).toBe('Exclusive Harbour closed');
  });

  it('leaves out small print set under the headline, such as the byline, marked by a class token ending in "small"', () => {
    expect(cleanTitle(headlineText(heading('<h1><span class="hd-middle">Harbour closed after the storm</span><br><span class="hd-small">Senior writer Jane Doe</span></h1>')))).toBe('Harbour closed after the storm');
    expect(cleanTitle(headlineText(heading('<h1><span class="title_small">Storm</span> Harbour closed</h1>')))).toBe('Harbour closed');
  });

  it('keeps a heading whose every part is set in small print: then all of it is the headline', () => {
    expect(cleanTitle(headlineText(heading('<h1><span class="title-small">Harbour closed after the storm</span></h1>')))).toBe('Harbour closed after the storm');
  });

  it('reads the heading inside a wrapper classed as the title, without its category and comment links', () => {
    const wrapper = load('<div class="post-title"><h2><a href="/p/1">Floods close the road</a></h2><span class="post-cat"><a href="/c/news">News</a></span> <a href="#respond">Comment</a></div>')('div')[0] as Element;
    expect(cleanTitle(headlineText(wrapper))).toBe('Floods close the road');
    const plain = load('<div class="article-title">Floods close the road</div>')('div')[0] as Element;
    expect(cleanTitle(headlineText(plain))).toBe('Floods close the road');
  });

  it('keeps a kicker that a separator writes into the headline, and plain headline markup', () => {
    expect(cleanTitle(headlineText(heading('<h1><span class="kicker">Brexit</span><span class="sr-only">: </span><span>Deal agreed</span></h1>')))).toBe('Brexit: Deal agreed');
    expect(cleanTitle(headlineText(heading('<h1><a href="/a/1">Deal <em>finally</em> agreed</a></h1>')))).toBe('Deal finally agreed');
    expect(cleanTitle(headlineText(heading('<h1><span class="smallcaps">NASA</span> launches its probe</h1>')))).toBe('NASA launches its probe');
  });

  it('reads only the child marked as the headline when its unmarked sibling is a quote or kicker', () => {
    expect(cleanTitle(headlineText(heading('<h1><span class="red">"Soon"</span><span class="head_headline__x1">Mayor promises a new bridge</span></h1>')))).toBe('Mayor promises a new bridge');
    expect(cleanTitle(headlineText(heading('<h1><span class="topline">Storm</span> <span class="article__headline">Harbour closed</span></h1>')))).toBe('Harbour closed');
  });

  it('reads the marked headline when the separator after the kicker is hidden from every reader, not when it is heard', () => {
    expect(cleanTitle(headlineText(heading('<h1><span class="fake-h5">Price cap</span><span class="invisible">: </span><span class="headline">Harbour fees frozen</span></h1>')))).toBe('Harbour fees frozen');
    expect(cleanTitle(headlineText(heading('<h1><span>Price cap</span><span hidden>: </span><span class="headline">Harbour fees frozen</span></h1>')))).toBe('Harbour fees frozen');
    expect(cleanTitle(headlineText(heading('<h1><span>Price cap</span><span class="sr-only">: </span><span class="headline">Harbour fees frozen</span></h1>')))).toBe('Price cap: Harbour fees frozen');
  });

  it('keeps the whole heading when several children, none, or only a "subheadline" are marked, or a separator leads in', () => {
    expect(cleanTitle(headlineText(heading('<h1><span class="headline">Draft law</span><span>: </span><span class="headline">Some progress</span></h1>')))).toBe('Draft law: Some progress');
    expect(cleanTitle(headlineText(heading('<h1><span>Storm</span>: <span class="headline">Harbour closed</span></h1>')))).toBe('Storm: Harbour closed');
    expect(cleanTitle(headlineText(heading('<h1><span>Harbour closed</span> <span class="subheadline">after the storm</span></h1>')))).toBe('Harbour closed after the storm');
    expect(cleanTitle(headlineText(heading('<h1><span class="headline-wrap">Harbour</span> closed</h1>')))).toBe('Harbour closed');
  });
});

describe('isTeaserHeading', () => {
  const headlinesOf = (html: string) => load(html)('h1, .entry-title').toArray() as Element[];

  it('takes a lower-rank entry title after the h1 that is only a link for another story’s card', () => {
    const [h1, card] = headlinesOf('<h1 class="entry-title">Ferry fares rise</h1><div class="card"><h3 class="entry-title"> <a href="/b"><span>Choir wins prize</span></a> </h3></div>');
    expect(isTeaserHeading(card, [h1, card])).toBe(true);
    expect(isTeaserHeading(h1, [h1, card])).toBe(false);
  });

  it('keeps an entry title before the h1, one with words beside its link, and any on a page without an h1', () => {
    const [before, h1] = headlinesOf('<h2 class="entry-title"><a href="/a">Ferry fares rise</a></h2><h1>Island news</h1>');
    expect(isTeaserHeading(before, [before, h1])).toBe(false);
    const [top, annotated] = headlinesOf('<h1>Ferry fares rise</h1><h2 class="entry-title"><a href="/b">Choir wins prize</a> (video)</h2>');
    expect(isTeaserHeading(annotated, [top, annotated])).toBe(false);
    const [first, second] = headlinesOf('<h2 class="entry-title"><a href="/a">Ferry fares rise</a></h2><h2 class="entry-title"><a href="/b">Choir wins prize</a></h2>');
    expect(isTeaserHeading(second, [first, second])).toBe(false);
  });
});

describe('isSiteLogo', () => {
  const heading = (html: string) => load(html)('h1')[0] as Element;

  it('recognises a heading that links home or is marked as the logo or site title', () => {
    expect(isSiteLogo(heading('<h1><a href="/">Example Times</a></h1>'))).toBe(true);
    expect(isSiteLogo(heading('<h1><a href="https://www.example.com/">Example Times</a></h1>'))).toBe(true);
    expect(isSiteLogo(heading('<h1><a href="https://web.archive.org/web/2016/http://example.com/">Example</a></h1>'))).toBe(true);
    expect(isSiteLogo(heading('<h1 id="site-title"><span><a href="/blog" rel="home">Example</a></span></h1>'))).toBe(true);
    expect(isSiteLogo(heading('<h1 class="logo">Example</h1>'))).toBe(true);
  });

  it('recognises a heading set inside a link home, as HTML lets a link hold blocks', () => {
    expect(isSiteLogo(heading('<a href="/"><h1><svg aria-label="Example Times"><title>Example Times</title></svg></h1></a>'))).toBe(true);
    expect(isSiteLogo(heading('<a href="https://www.example.com/"><div><h1>Example Times</h1></div></a>'))).toBe(true);
    expect(isSiteLogo(heading('<a href="/2024/05/floods"><h1>Floods close the road</h1></a>'))).toBe(false);
  });

  it('does not take a headline that links to its article or shows a picture named "logo"', () => {
    expect(isSiteLogo(heading('<h1><a href="https://www.example.com/2024/05/floods">Floods close the road</a></h1>'))).toBe(false);
    expect(isSiteLogo(heading('<h1><img class="spip_logos" src="a.jpg"> Floods close the road</h1>'))).toBe(false);
  });
});

describe('readMetadata title', () => {
  it('reads the headline from the h2 when the h1 is the logo, skipping the tagline next to the logo', () => {
    const page = indexedPage(`<html><head><title>Sewing a quilt | Example Blog</title></head><body><header><h1><a href="/">Example Blog</a></h1>
      <h2>Notes since 1999</h2></header><div class="post"><h2>Sewing a quilt</h2><p>Text.</p></div></body></html>`);
    expect(readMetadata(page, { url: 'https://blog.example.org/quilt', now: new Date('2024-01-01') }).title).toBe('Sewing a quilt');
  });

  it('reads the headline from a block classed as one, passing over a teaser\'s, a sidebar\'s and a listing\'s', () => {
    const page = (body: string) => load(`<html><head><title>Magic tidying | Example Magazine</title></head><body>${body}</body></html>`);
    const at2 = { url: 'https://www.example.com/magazine/tidying', now: new Date('2024-01-01') };
    const article = '<div class="l-headline"><span class="l-bold">The best tidying tricks for your wardrobe</span></div><p>Text.</p>';
    expect(readMetadata(indexedPage(page(article)), at2).title).toBe('The best tidying tricks for your wardrobe');
    expect(readMetadata(indexedPage(page(`<aside class="sidebar"><div class="box-headline">Most read this week on the site</div></aside>${article}`)), at2).title)
      .toBe('The best tidying tricks for your wardrobe');
    expect(readMetadata(indexedPage(page('<p>Text.</p><div class="blog_teaser_headline">Ten ways to fold your shirts</div>')), at2).title).toBe('Magic tidying');
    expect(readMetadata(indexedPage(page('<div class="site-headline">Welcome to our family blog</div><p>Text.</p>')), at2).title).toBe('Magic tidying');
    // Printed twice by a responsive theme it is still one headline; different texts so classed are a listing's items.
    expect(readMetadata(indexedPage(page(`${article}${article}`)), at2).title).toBe('The best tidying tricks for your wardrobe');
    expect(readMetadata(indexedPage(page(`${article}<div class="item-headline">Ten ways to fold your shirts</div>`)), at2).title).toBe('Magic tidying');
  });

  it('reads the headline from a block whose class names it the article\'s title, also abbreviated, under a title that names the site (rule "article\'s title by class")', () => {
    const at2 = { url: 'https://www.rafidain.example/news/4521', now: new Date('2024-03-05') };
    const page = (body: string) => indexedPage(`<html><head><title>شبكة الرافدين الإخبارية</title></head><body>${body}</body></html>`);
    const story = '<div class="atext"><p>افتتحت أمانة بغداد صباح اليوم جسرا جديدا على نهر دجلة.</p></div>';
    expect(readMetadata(page(`<div class="alabel">عاجل</div><div class="atitle">افتتاح جسر جديد على نهر دجلة في بغداد</div>${story}`), at2).title)
      .toBe('افتتاح جسر جديد على نهر دجلة في بغداد');
    expect(readMetadata(page(`<div class="news_title">افتتاح جسر جديد على نهر دجلة في بغداد</div>${story}`), at2).title).toBe('افتتاح جسر جديد على نهر دجلة في بغداد');
    // A print version's template names its title so too ("ptitle", "print_title"), under a `<title>` of the site and the label.
    expect(readMetadata(page(`<table><tr><td class="ptitle">افتتاح جسر جديد على نهر دجلة في بغداد</td></tr></table>${story}`), at2).title).toBe('افتتاح جسر جديد على نهر دجلة في بغداد');
    expect(readMetadata(page(`<div class="print-title">افتتاح جسر جديد على نهر دجلة في بغداد</div>${story}`), at2).title).toBe('افتتاح جسر جديد على نهر دجلة في بغداد');
    // A menu entry's part so named, or a listing of several items so classed, names no article.
    expect(readMetadata(page(`<ul class="menu"><li class="mainnav__entry-title">أخبار العراق والعالم اليوم</li></ul>${story}`), at2).title).toBe('شبكة الرافدين الإخبارية');
    expect(readMetadata(page('<div class="ntitle">افتتاح جسر جديد على نهر دجلة</div><div class="ntitle">أمطار غزيرة في البصرة اليوم</div>'), at2).title).toBe('شبكة الرافدين الإخبارية');
  });

  it('takes no title longer than a headline: not an unclosed <h1> around the story, nor a declared title that is the story', () => {
    const story = '<p>The council voted on Tuesday to build a second bridge over the river, after three years of debate about its cost. '
      + 'Work is to start next spring and should take two years, the mayor said, and the old bridge stays open throughout. '
      + 'Residents on both banks had asked for the crossing since the ferry stopped running, and shops on the quay expect '
      + 'more trade once it opens in the summer.</p>';
    const at = { url: 'https://news.example.com/council/bridge', now: new Date('2024-01-01') };
    const head = '<title>Council approves a second bridge | Example News</title>';
    expect(readMetadata(indexedPage(`<html><head>${head}</head><body><h1 class="title">${story}</body></html>`), at).title).toBe('Council approves a second bridge');
    const storyText = load(story).text();
    expect(readMetadata(indexedPage(`<html><head>${head}<meta property="og:title" content="${storyText}"></head><body>${story}</body></html>`), at).title)
      .toBe('Council approves a second bridge');
  });

  const crumbPage = (crumb: string, afterTrail: string, ldHeadline: string) => load(`<html><head><title>${crumb} | Example News</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ldHeadline}"}</script>
    <meta property="og:title" content="${crumb}"></head><body><nav class="breadcrumb"><ol><li><a href="/">Home</a></li>
    <li><a href="/politics/">Politics</a></li><li><h1>${crumb}</h1></li></ol></nav>
    <article><h2>${afterTrail}</h2><p>Text of the article.</p></article></body></html>`);
  const at = { url: 'https://news.example.com/politics/1', now: new Date('2024-01-01') };

  it('takes a styled headline block that runs on from the h1 past a separator, unless a declared headline is the h1 or the block holds it', () => {
    const at2 = { url: null, now: new Date('2024-01-01') };
    const page = (head: string, body: string) => load(`<html><head><title>Leasing or financing » The big comparison | Example Loans</title>${head}</head>`
      + `<body>${body}</body></html>`);
    const stage = '<header class="stage"><p class="stage-headline">Leasing or financing – which pays off?</p><p class="stage-subline">Costs and risks</p></header>';
    const text = '<div class="rich-text"><h1>Leasing or financing</h1><p>Text.</p></div>';
    expect(readMetadata(indexedPage(page('', stage + text)), at2).title).toBe('Leasing or financing – which pays off?');
    // The publisher declares the short form.
    expect(readMetadata(indexedPage(page('<meta property="og:title" content="Leasing or financing">', stage + text)), at2).title).toBe('Leasing or financing');
    // A block classed as the headline around the h1 holds a byline, not more of the headline.
    expect(readMetadata(indexedPage(page('', '<div class="post-headline"><h1>Leasing or financing</h1><span>– by Jane Doe</span></div><p>Text.</p>')), at2).title)
      .toBe('Leasing or financing');
  });

  it('takes the heading after a breadcrumb trail over the crumb h1 when a declared headline repeats it', () => {
    const $ = crumbPage('Minister under pressure: what comes next for the budget', 'Budget talks stall as minister faces critics', 'Budget talks stall as minister faces critics');
    expect(readMetadata(indexedPage($), at).title).toBe('Budget talks stall as minister faces critics');
  });

  it('keeps the crumb h1 that the declared headlines repeat when the heading after the trail is a section label', () => {
    const $ = crumbPage('Budget talks stall as minister faces critics', 'Politics', 'Budget talks stall as minister faces critics');
    expect(readMetadata(indexedPage($), at).title).toBe('Budget talks stall as minister faces critics');
  });

  it('reads a headline element outside the trail before the crumb h1', () => {
    const page = indexedPage(`<html><head><title>Sick child: what employers must know | Example</title></head><body>
      <ul class="breadcrumbs"><li><a href="/">Home</a></li><li><h1>Sick child: what employers must know</h1></li></ul>
      <div itemprop="headline"><span class="kicker">Sick child</span> What employers must know about parents' rights</div>
      <p>Text.</p></body></html>`);
    expect(readMetadata(page, at).title).toBe("What employers must know about parents' rights");
  });

  const unmarkedTrail = (trail: string, ldHeadline: string, heading = '<h2><span>Budget week</span>\n<span>Budget talks stall as minister faces critics</span></h2>') => load(
    `<html><head><title>Minister under pressure: what comes next | Example News</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ldHeadline}"}</script>
    </head><body>${trail}<article>${heading}<p>Text of the article.</p></article></body></html>`);
  it.each([
    ['in a row of links', '<div class="x3"><a href="/politics/">Politics</a> › <h1 aria-current="page">Minister under pressure: what comes next</h1></div>'],
    ['in a list', '<ol class="x2"><li><a href="/">Home</a></li><li aria-current="page"><h1 aria-current="page">Minister under pressure: what comes next</h1></li></ol>'],
  ])('knows a crumb h1 that aria-current marks %s when no class names the trail, and takes the declared headline the heading under the trail shows after its kicker line', (_kind, trail) => {
    expect(readMetadata(indexedPage(unmarkedTrail(trail, 'Budget talks stall as minister faces critics')), at).title).toBe('Budget talks stall as minister faces critics');
  });

  it('takes no h1 for a crumb by the links before it alone, even from the home page', () => {
    const page = indexedPage('<html><body><div class="x4"><a href="/">Home</a> › <a href="/politics/">Politics</a> › <h1>Minister under pressure</h1></div><p>Text.</p></body></html>');
    expect(readBreadcrumbHeadline(page, page.tagged('h1')).headlinesInTrail).toBe(false);
  });

  it('keeps the crumb h1 over a headline element in a related-articles box', () => {
    const page = indexedPage(`<html><head><title>Budget talks stall as minister faces critics | Example News</title></head><body>
      <ol class="breadcrumb"><li><a href="/">Home</a></li><li><h1>Budget talks stall as minister faces critics</h1></li></ol>
      <article><p>Text of the article.</p></article>
      <div class="related-posts"><h3 class="entry-title"><a href="/2">Minister opens the new bridge</a></h3></div></body></html>`);
    expect(readMetadata(page, at).title).toBe('Budget talks stall as minister faces critics');
  });
});

describe('segmentsOf', () => {
  it('splits a title at its separators, and at an underscore beside a Chinese character, not inside a word', () => {
    expect(segmentsOf('Ferry fares to rise - Region | Harbour24')).toEqual(['Ferry fares to rise', 'Region', 'Harbour24']);
    expect(segmentsOf('长江流域迎来强降雨_新闻中心_东方日报网')).toEqual(['长江流域迎来强降雨', '新闻中心', '东方日报网']);
    expect(segmentsOf('Using snake_case names in Python')).toEqual(['Using snake_case names in Python']);
    expect(segmentsOf('COVID-19 rules at 10:30')).toEqual(['COVID-19 rules at 10:30']);
  });

  it('splits a Japanese title at a full-width hyphen beside kana, not at the long-vowel mark (rule "full-width hyphen after kana")', () => {
    expect(segmentsOf('酒米で新銘柄　農家と５年かけ開発－しおかぜ日報')).toEqual(['酒米で新銘柄　農家と５年かけ開発', 'しおかぜ日報']);
    expect(segmentsOf('スーパーの値上げ続く')).toEqual(['スーパーの値上げ続く']);
  });
});
