/**
 * The site's name as the page shows it: the name its tags declare, else the words its document title adds to the
 * headline when the logo, the copyright notice or the domain confirms them.
 *
 * ```ts
 * const name = declaredSiteName(tags, page) ?? undeclaredSiteName(page, documentTitle, title, host);
 * ```
 */
import type { Element, Text } from 'domhandler';
import { hostOf } from '../url';
import { normalizeSpace } from '../dom-walk';
import { asciiDigits } from './arabic-dates';
import { normalizeOtherDigits } from './dates';
import { COPYRIGHT_NOTICE } from './bylines';
import { holdsLineBreak, textLines } from './dateline-candidates';
import type { MetaTags } from './meta-tags';
import { IndexedPage, textContent } from './regions';
import { domainSpelling, siteNameOf, spelledAsDomain } from './site-name';
import { segmentsOf } from './title-affixes';

/**
 * The name of a site that declares none, by the first rule that finds it: the copyright notice, the domain, the logo
 * with the copyright notice, the domain with the copyright notice, or the kind of publication the title names.
 */
export function undeclaredSiteName(page: IndexedPage, documentTitle: string, title: string | null, host: string | null): string | null {
  const domain = nameableDomain(host);
  return copyrightNamedInTitle(page, documentTitle, title) ?? domainNamedInTitle(documentTitle, title, domain) ?? logoNamedInCopyright(page, host)
    ?? domainNamedInCopyright(page, host, domain) ?? logoNamingDomain(page, host, domain) ?? publicationNamedInTitle(documentTitle, title);
}

/**
 * The name the page's tags give the site. Rule "page's label for a name": a template that fills og:site_name with
 * the page's own labels names no site: the home page's ("Home", "Startseite", "الرئيسية", taken from the menu's first
 * entry) or the article's headline (the og:title copied into every og: field, which the `<h1>` prints too; a site
 * that sets its own name as og:title over a story whose `<h1>` is the headline still names itself). A later tag,
 * the publisher, or the `<title>` suffix names it then.
 */
export function declaredSiteName(tags: MetaTags, page: IndexedPage): string | null {
  const socialTitle = tags.first('og:title')?.trim().toLowerCase();
  const isHeadline = (name: string) => name.toLowerCase() === socialTitle && textContent(page.first('h1')).trim().toLowerCase() === socialTitle;
  for (const key of SITE_NAME_KEYS) {
    const name = tags.first(key)?.trim();
    if (name && !HOME_PAGE_LABEL.test(name) && !isHeadline(name)) return name;
  }
  return null;
}
const SITE_NAME_KEYS = ['og:site_name', 'application-name', 'al:iphone:app_name'];
const HOME_PAGE_LABEL = /^(?:home|home ?page|start ?page|startseite|accueil|inicio|início|portada|pagina iniziale|главная|головна|الرئيسية|الصفحة الرئيسية|strona główna|ana ?sayfa|首页|首頁|ホーム)$/iu;

/** What the document title adds to the headline, whole and its outermost parts: a site's name and its section. */
export function titleSiteNames(documentTitle: string, title: string | null): string[] {
  const added = titleAffix(documentTitle, title);
  if (!added) return [];
  const parts = segmentsOf(added).filter(Boolean);
  return [...new Set([added, parts.at(-1)!, parts[0]])];
}

/**
 * Rule "regional edition's name": a chain's regional site declares only its region as its name (`og:site_name`
 * "Calgary"), and its document title adds the whole name after the headline ("… | CFRA News Calgary"): where the
 * declared name is one word and the part the title adds is a short name that ends with that word, the title's name
 * is the site's. A headline the title does not hold leaves no such part to read.
 */
export function editionNamedInTitle(declared: string | null, documentTitle: string | null, title: string | null): string | null {
  if (!declared || !ONE_WORD.test(declared) || !documentTitle || !title || !documentTitle.includes(title)) return null;
  const named = titleSiteNames(documentTitle, title).find((name) => {
    const words = name.split(/\s+/);
    return !SEPARATED.test(name) && words.length > 1 && words.length <= MAX_EDITION_NAME_WORDS && words.at(-1) === declared && words.every((word) => NAME_WORD.test(word));
  });
  return named ?? null;
}
const ONE_WORD = /^\p{L}[\p{L}'’-]*$/u;
/** A part of the title that still holds a separator is a section or slogan with the name, no name ("Nacional | BioBioChile"). */
const SEPARATED = /[|–—:·•»«›‹/\\()]| - /u;
const MAX_EDITION_NAME_WORDS = 5;
/** A name's words open with a letter or a digit; a symbol before the name ("@ 小城慢慢走") is a blog's mark, no word of it. */
const NAME_WORD = /^[\p{L}\p{N}]/u;

/**
 * Separators between a document title's headline and the site name it adds. Rule "full-width separator at the edge":
 * Chinese sites part the two with the full-width dash or bar ("…开到第３０家－东港新闻网", "…｜聯環新聞網"), as the
 * title's own separators do between Han characters.
 */
const TITLE_AFFIX_EDGE = /^[\s|–—:·•»«›‹/\\\-－｜]+|[\s|–—:·•»«›‹/\\\-－｜]+$/gu;

/** An absolute link to a site's home page: scheme, host and at most a slash. */
const SITE_ROOT_URL = /^https?:\/\/[^/]+\/?$/i;

/**
 * Rule "logo named in the title": a page that declares no site name still shows it twice, as the words the document
 * title adds to the headline ("Headline - Daily Planet") and as its logo, a link home with that text or picture alt.
 * Both together name the site: they are the record's site name, and a credit to that name ("author": "Daily
 * Planet") is the site's, not a writer's. Either alone is not enough: an opinion page's title may add its
 * columnist's name.
 */
export function logoNamedInTitle(page: IndexedPage, documentTitle: string, title: string | null, host: string | null): string | null {
  const added = titleAffix(documentTitle, title);
  if (!added) return null;
  // The title may add a section too ("…_新闻中心_东方日报网", "… - Politik - Stadtblatt"): its outermost part is the site's.
  const names = titleSiteNames(documentTitle, title);
  const links = homeLinks(page, host);
  const named = names.find((name) => links.some((link) => namesLogo(link, name)));
  if (named === undefined) return names.map((name) => kindBeforeLogo(name, links)).find((name) => name !== null) ?? unlinkedLogoNamed(page, names);
  // Rule "channel's home in the title": a portal runs each channel on a host of its own (news.example.cn), and the
  // channel's name in the title ("标题_新闻_星浪网", "标题--观点--华夏网") is also the text of the link to that host's
  // root, in the menu or the trail. A link home that names a part inside the title's added words names the channel;
  // the part outside it names the site.
  // Only in words added after the headline: a title that holds no headline is the site's name and its slogan.
  const parts = segmentsOf(added).filter(Boolean);
  // A logo picture that names the inner part makes it the site's, whatever the order ("Headline - Site - Section").
  const afterHeadline = title !== null && documentTitle.includes(title) && documentTitle.trimEnd().endsWith(added);
  const channel = afterHeadline && parts.length > 1 && named === parts[0] && !links.some((link) => pictureNames(link, named));
  return channel ? parts.at(-1)! : named;
}

/**
 * Rule "kind of site before its name": Iranian titles say what the site is before its name ("… | پایگاه خبری ساوه
 * امروز", the Saveh Emrooz news site), where the logo shows the name alone. A title part that ends with the logo's
 * name, one or two words before it, names the site by the logo's words. Rule "desk after the site's name": a paper's
 * desks add their own name after the paper's in the title ("Ashcombe Town 3 Fenwick Rovers 1 - Wessex Echo Sport",
 * "… - Daily Planet Business") under the paper's logo: a title part that opens with the logo's name, one or two
 * words after it, names the site by the logo's words too. See also rule "the station's band".
 */
function kindBeforeLogo(name: string, links: Element[]): string | null {
  for (const link of links) {
    const logo = logoText(link);
    if (!logo) continue;
    if (logo.startsWith(`${name} `) && STATION_BAND.test(logo.slice(name.length))) return name;
    const before = name.endsWith(` ${logo}`);
    const other = before ? name.slice(0, -logo.length) : name.startsWith(`${logo} `) ? name.slice(logo.length) : null;
    if (other === null) continue;
    const words = other.trim().split(/\s+/);
    if (words.length <= MAX_SITE_KIND_WORDS && (before || words.every((word) => DESK_WORD.test(word) || IDEOGRAPHIC_WORD.test(word)))) return logo;
  }
  return null;
}
/**
 * Rule "the station's band": a radio station's logo names it with its band after its frequency ("راديو الساحل 99.5 إف
 * إم", "Radio Sol 99.5 FM"), where the title gives the name the station goes by without it ("… - راديو الساحل 99.5");
 * the title's shorter name is the site's.
 */
const STATION_BAND = /^\s+(?:FM|AM|إف\s*إم|اف\s*ام|إف\.\s*إم|أف\s*أم)$/iu;
/**
 * A desk's name is a name, its words capitalised ("Sport", "Business"); "Menway w INTERIA.PL" says "in". A script without
 * capitals tells no desk from the name's own last word ("جريدة الوسط الكويتية", the Kuwaiti Al-Wasat paper), and is left out.
 */
const DESK_WORD = /^[\p{Lu}\p{N}]/u;
/**
 * Rule "desk after the name, in ideographs": Japanese and Chinese write a name without spaces, so a space in the
 * title after the logo's name ("やまなみ新報　ニュース", the paper and its news desk) ends the name, and a word of
 * ideographs or kana after it is the desk's.
 */
const IDEOGRAPHIC_WORD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u;
const MAX_SITE_KIND_WORDS = 2;

/**
 * Rule "logo without its link": a print version sets the site's logo at its head as a bare picture that links nowhere
 * (`<img src="/img/print_logo.gif" alt="Volzhsky Vestnik">`), as a printout has no use for links, under a title that
 * adds the site's name ("Versión para imprimir - Diario del Guadalquivir"). A picture the site files as its logo or
 * masthead (the word in its file name, class or id) whose alt is a name the title adds names the site, as a logo
 * linked home does.
 */
function unlinkedLogoNamed(page: IndexedPage, names: string[]): string | null {
  const logos = page.tagged('img').filter((picture) => isFiledAsLogo(picture) && !isInLink(picture));
  return names.find((name) => logos.some((picture) => altNames(picture, name))) ?? null;
}
function isFiledAsLogo(picture: Element): boolean {
  const { src = '', class: classes = '', id = '', alt = '' } = picture.attribs;
  const file = src.split(/[?#]/)[0].split('/').at(-1) ?? '';
  return LOGO_NAMED.test(file) || LOGO_NAMED.test(classes) || LOGO_NAMED.test(id) || LOGO_WORD.test(alt.trim());
}
/**
 * Newspapers call the name plate over their front page the masthead, and so name its picture ("print-masthead.png").
 * Rule "banner over the page": table layouts set the name plate as the page's top banner, filed as the banner or the
 * header in the site's language ("banner_top.gif", Catalan "capcalera.gif", Spanish "cabecera", Italian "testata",
 * German "kopf"); its alt is the site's name, and only a name the title adds counts.
 */
const LOGO_NAMED = /logo|masthead|banner|header|cap[cç]alera|cabecera|testata|kopf/i;
/** A logo in a link that leads elsewhere than home (a section's page, a partner's site) names what it links to. */
function isInLink(picture: Element): boolean {
  for (let ancestor = picture.parent; ancestor && ancestor.type === 'tag'; ancestor = ancestor.parent) {
    if ((ancestor as Element).name === 'a') return true;
  }
  return false;
}

/** The name a link home shows: its text, else its picture's alt. */
function logoText(link: Element): string | null {
  const text = textContent(link).trim();
  if (text) return text;
  const image = link.children.find((child): child is Element => child.type === 'tag' && (child as Element).name === 'img');
  return image?.attribs.alt?.trim() || null;
}

/**
 * Rule "logo named in the copyright": a page whose title adds no site name (a portal's "Headline | General News
 * 2026-12-02") still shows the name twice, as its logo and as the holder of its copyright notice ("Copyright © 1994 -
 * 2026 AccraDigest.com. All rights reserved."). Both together name the site; like the copyright rule, they name the
 * record's site and leave the credits alone. A print version's logo that links nowhere (rule "logo without its link":
 * `<img src="/images/logo_print.png" alt="الشارع المصري">`) shows the name as well.
 */
function logoNamedInCopyright(page: IndexedPage, host: string | null): string | null {
  const holders = copyrightNotices(page).filter((holder) => LETTER.test(holder));
  if (holders.length === 0) return null;
  const links = homeLinks(page, host);
  const named = holders.find((holder) => links.some((link) => namesLogo(link, holder))) ?? unlinkedLogoNamed(page, holders);
  return named ? siteNameOf(named, host) : null;
}

/** A holder read from a bare "©" or a year alone names nothing. */
const LETTER = /\p{L}/u;

function homeLinks(page: IndexedPage, host: string | null): Element[] {
  return page.tagged('a').filter((link) => {
    // A menu marks its item for the page being read ("aria-current"): that names the page, not the site.
    if (link.attribs['aria-current'] !== undefined) return false;
    const href = link.attribs.href?.trim() ?? '';
    // The shape test first: it rules out nearly every link, and parsing each link's URL for its host would not.
    return href === '/' || HOME_PATH.test(href) || (host !== null && SITE_ROOT_URL.test(href) && hostOf(href) === host);
  });
}

/**
 * Whether a link home shows the name, as its text or as its picture's alt: the site's logo. Rule "logo's own words":
 * templates name the logo link in its title and its picture as the logo ("<a title="Kreisbote Lahntal" href="/"><img
 * alt="Kreisbote Lahntal logo">", "Logo Kreisbote Lahntal"); the link's title, and the alt without the word "logo",
 * name the site as well.
 */
function namesLogo(link: Element, name: string): boolean {
  const text = textContent(link).trim();
  return text === name || isSetInCapitals(text, name) || link.attribs.title?.trim() === name || pictureNames(link, name);
}
/**
 * Rule "logo in capitals": a logo set in capital letters ("КРОПИВНИЦЬКИЙ ІНФО") spells in capitals the name the
 * copyright notice writes in its own case ("© 2008-2026 Кропивницький Інфо"); the notice's spelling is the name.
 */
function isSetInCapitals(text: string, name: string): boolean {
  return text !== name && text === name.toLocaleUpperCase() && LOWER_CASE_LETTER.test(name);
}
const LOWER_CASE_LETTER = /\p{Ll}/u;
function pictureNames(link: Element, name: string): boolean {
  return link.children.some((child) => child.type === 'tag' && (child as Element).name === 'img' && altNames(child as Element, name));
}
function altNames(image: Element, name: string): boolean {
  const alt = image.attribs.alt?.trim().replace(LOGO_WORD, '');
  return alt === name || (alt !== undefined && alt.startsWith(name) && SLOGAN_AFTER_NAME.test(alt.slice(name.length)));
}
/**
 * Rule "logo's name and slogan": community and regional sites write their slogan into the logo's alt after the name
 * ("<img alt="Valley Voice - news of the valley">"), as on the logo itself; the alt still names the site when it
 * opens with the name and a spaced dash or bar parts the slogan from it. A slogan is words: one word or an address
 * after the bar ("Topic | example.ch") is the site after a page's topic, and names no site by the topic.
 */
const SLOGAN_AFTER_NAME = /^\s+[-–—|]\s+[^\s.]+\s+\S/u;
/**
 * Rule "emblem by its alt": a council's, a ministry's or a school's site heads its pages with its emblem, a picture
 * filed under a word of the site's own language ("semel.png") whose alt says what it is: the logo or the emblem of
 * the body the site is ("סמל עיריית …", "Герб Житомира", "شعار وزارة …"). The alt names the
 * site by the words after that one, as a picture filed as the logo does by its whole alt.
 */
const LOGO_WORD = /^(?:logo|logotipo|logotype|emblem|emblema|wappen|לוגו|סמל|شعار|لوگو|نشان|логотип|лого|герб)\s+|\s+logo$/iu;

/**
 * The site's front page by path: its language edition's ("/ar/", "/en-gb/") or its index script ("index.php", ASP.NET's
 * "Default.aspx"), from the site's root or from a folder below it ("../Default.aspx" on "/News/Details.aspx"). Rule
 * "mobile edition's home": a site that serves its phone and AMP pages from a folder of their own links their logo to
 * that edition's front page ("/m/", "/mobile/", "/amp/"), the thin template's only link home. Rule "edition's index
 * script": a ministry's ASP.NET or PHP site serves each language edition from a folder with its own index script,
 * and its logo links there ("/ar/Default.aspx", "/en/index.php"), the edition's front page as "/ar/" is.
 * Rule "SharePoint's front page": Gulf ministries and agencies publish on SharePoint, which serves every page of a
 * site from its "Pages" library, the front page too ("/ar/Pages/default.aspx", "/Pages/Default.aspx"), and the logo
 * links there.
 */
const INDEX_SCRIPT = String.raw`(?:pages\/)?(?:index|default)\.(?:php|html?|aspx?|jsp)`;
const HOME_PATH = new RegExp(String.raw`^(?:\.?\/|(?:\.\.\/)+)?(?:(?:[a-z]{2}(?:-[a-z]{2})?|m|mobile|amp)\/(?:${INDEX_SCRIPT})?|${INDEX_SCRIPT})$`, 'i');

/**
 * The words the document title adds to the headline, after it or else before it; null when it adds none. Rule
 * "title without the headline": older portals print one <title> on every page, the site's name and its slogan ("Site
 * - News of the valley"), over a headline set in the page; all of such a title is the site's part.
 */
function titleAffix(publishedTitle: string, title: string | null): string | null {
  if (!title) return null;
  // The headline comes with its spaces made plain; <title> as published may part its words with ideographic spaces.
  const documentTitle = normalizeSpace(publishedTitle);
  const at = documentTitle.indexOf(title);
  if (at < 0) return documentTitle.trim() || null;
  return (documentTitle.slice(at + title.length).replace(TITLE_AFFIX_EDGE, '') || documentTitle.slice(0, at).replace(TITLE_AFFIX_EDGE, '')).trim() || null;
}

/**
 * Rule "copyright named in the title": the words the document title adds to the headline ("… | The Daily Courier")
 * that the page's copyright notice names too ("© 2026 The Daily Courier") are the site's name. Weaker than the logo
 * rule: on a personal site the notice and the title name the writer, so it names the record's site and leaves the
 * credits alone (the writer's own byline stays a byline). As with the logo, the title may add a section beside the
 * name ("Gazette :: Economy :: …"), and the notice may add the publishing company ("© 2024 Gazette - Editrice Alpina
 * s.r.l."): the outermost parts are compared. Rule "quoted name in the title": a paper that quotes its name in the
 * notice quotes it in the title too, after the kind of publication ("… - Газета "Славутчина"" over "© Редакція
 * газети "Славутчина""), and the quoted name is compared, as the notice's is.
 */
function copyrightNamedInTitle(page: IndexedPage, documentTitle: string, title: string | null): string | null {
  const added = titleAffix(documentTitle, title);
  if (!added) return null;
  const holders = new Set(copyrightNotices(page).flatMap((holder) => [holder, segmentsOf(holder)[0], townAfterName(segmentsOf(holder)[0]), holder.replace(ARABIC_HOLDER_KIND, '')]));
  const parts = segmentsOf(added).filter(Boolean);
  return [added, parts.at(-1)!, parts[0]].flatMap((name) => [name, QUOTED_HOLDER.exec(name)?.[1].trim()]).find((name) => name !== undefined && holders.has(name)) ?? null;
}

/**
 * Rule "the holder's kind, in Arabic": Arab footers reserve the rights to the site, the paper or the network by name
 * ("جميع الحقوق محفوظة لموقع فزان اليوم", "… لصحيفة …", "… لشبكة …"), where the title names the site alone ("فزان
 * اليوم :: …"); the name after the kind's word is compared too, as the quoted name after a Russian paper's kind is.
 */
const ARABIC_HOLDER_KIND = /^(?:موقع|صحيفة|جريدة|مجلة|شبكة|بوابة)\s+(?=\S)/u;

/**
 * Rule "the holder's town": India's district papers follow their name in the notice with the town they are published
 * in, after a comma ("© मरुधर संदेश, बाड़मेर"), where the title names the paper alone; the name before the comma is
 * compared too, and only a title that adds that name takes it.
 */
function townAfterName(holder: string): string {
  const comma = holder.indexOf(',');
  return comma > 0 ? holder.slice(0, comma).trim() : holder;
}

/**
 * Rule "publication named in the title": Chinese, Japanese and Korean sites name themselves by what they are, a
 * website (…网, …網), a newspaper (…新聞, …日报, …일보) or a news service (…뉴스), and their document titles add that
 * name after the headline ("标题_滚动新闻_中国政府网", "見出し：日本経済新聞"), often with no logo text, copyright line
 * or domain to confirm it. The outermost of the words added after the headline, so named, is the site's name; an
 * inner one is a channel ("滚动新闻", rolling news), which such a name never ends.
 */
function publicationNamedInTitle(documentTitle: string, title: string | null): string | null {
  const at = title ? documentTitle.indexOf(title) : -1;
  if (at < 0) return null;
  const outermost = segmentsOf(documentTitle.slice(at + title!.length).replace(TITLE_AFFIX_EDGE, '')).filter(Boolean).at(-1);
  return outermost !== undefined && PUBLICATION_NAME.test(outermost) ? outermost : null;
}
const PUBLICATION_NAME = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}A-Za-z0-9]{1,16}(?:网|網|新聞|新闻|日报|日報|晚报|晚報|时报|時報|일보|신문|뉴스)$/u;

/**
 * Rule "domain named in the title": the words the document title adds to the headline that spell the site's domain
 * ("… – The Daily Ledger" on dailyledger.com) are the site's name. Like the copyright rule it names the record's site
 * and leaves the credits alone: a personal site's domain spells its writer's name. The title may add a section too;
 * its outermost parts are tried. A part must spell most of the domain, not a word of it ("News" of coastnews), and
 * little more than it: a line that goes on long around the domain ("Rezept von Backen.de") is about the site.
 */
function domainNamedInTitle(documentTitle: string, title: string | null, domain: string | null): string | null {
  const added = titleAffix(documentTitle, title);
  if (!added || domain === null) return null;
  const parts = segmentsOf(added).map((part) => part.replace(TITLE_AFFIX_EDGE, '')).filter(Boolean);
  return [...new Set([parts.at(-1), parts[0], added].filter((part) => part !== undefined))].find((name) => spellsDomain(name, domain)) ?? null;
}
/** Whether a name spells most of the domain's letters and little more (see {@link domainNamedInTitle}). */
function spellsDomain(name: string, domain: string): boolean {
  const letters = spelledAsDomain(name);
  return letters.length >= MIN_DOMAIN_NAME_CHARS && letters.length <= domain.length + MAX_LETTERS_BEYOND_DOMAIN
    && (letters.includes(domain) || (domain.includes(letters) && letters.length * 2 >= domain.length));
}

/**
 * Rule "domain named in the copyright": a page whose title adds no site name and whose logo is a picture without
 * words still names the site in its copyright notice, and the holder that spells the domain ("© 2026 Harbour
 * Courier" on harbourcourier.com) is the site's name; a holder that does not is often the publishing company
 * ("© 2026 Coastal Media Group") and names no site. Like the domain rule it names the record's site only.
 */
function domainNamedInCopyright(page: IndexedPage, host: string | null, domain: string | null): string | null {
  if (domain === null) return null;
  const named = copyrightNotices(page).flatMap((holder) => [holder, segmentsOf(holder)[0]]).find((holder) => spellsDomain(holder, domain));
  return named ? siteNameOf(named, host) : null;
}
/**
 * Rule "logo spelling the domain": a page whose title adds no site name and which prints no copyright notice still
 * shows the name in its logo, a link home whose text or picture names the site (`<a href="/" class="logo">The Daily
 * Courier</a>`, `<img alt="The Daily Courier logo">` on dailycourier.com). Where the logo's name spells the domain, it
 * is the site's, as a title's part that does (rule "domain named in the title"); a link home named otherwise ("Home",
 * the publishing group) names no site by this rule.
 */
function logoNamingDomain(page: IndexedPage, host: string | null, domain: string | null): string | null {
  if (domain === null) return null;
  for (const link of homeLinks(page, host)) {
    const name = normalizeSpace(logoText(link) ?? '').replace(LOGO_WORD, '');
    if (name && spellsDomain(name, domain)) return siteNameOf(name, host);
  }
  return null;
}

/** The host's domain as a name would spell it, read once for the domain rules; null where it is too short to tell a name by. */
function nameableDomain(host: string | null): string | null {
  const domain = host ? domainSpelling(host) : '';
  return domain.length >= MIN_DOMAIN_NAME_CHARS ? domain : null;
}
/** A shorter domain ("tz", "ab") is spelled inside too many words to name a site by. */
const MIN_DOMAIN_NAME_CHARS = 3;
/** What a name adds to its domain's letters: an article, a place, the domain's ending ("The …", "… Lübeck", ".de"). */
const MAX_LETTERS_BEYOND_DOMAIN = 8;

/**
 * Who the page's copyright notices name: "© 2026 The Daily Courier. All rights reserved." names "The Daily Courier".
 * Arabic and Persian notices name the holder after the rights: "جميع الحقوق محفوظة لصحيفة الساحل" (all rights
 * reserved to the Sahel paper), "کلیه حقوق این سایت متعلق به خبرگزاری پارس است" (all rights of this site belong to
 * the Pars news agency), with or without a © and the year before them, or after the mark and the year ("جميع الحقوق
 * محفوظة © 2024 وكالة أنباء الهلال"), the Persian ones also with the Arabic yeh of windows-1256 pages ("کليه حقوق براي
 * ساوه امروز محفوظ است", see rule "Arabic yeh in Persian"). Read once per page, as two site-name rules ask in turn.
 */
function copyrightNotices(page: IndexedPage): string[] {
  return page.once(findCopyrightNotices);
}
function findCopyrightNotices(page: IndexedPage): string[] {
  const { elements, visibleChars } = page.walk;
  const holders: string[] = [];
  for (let index = 0; index < elements.length; index++) {
    if (visibleChars[index] === 0 || visibleChars[index] > MAX_NOTICE_CHARS) continue;
    const first = page.firstCharAt(index);
    const han = isHanCode(first);
    if (!han && !NOTICE_INITIALS.has(first)) {
      const holder = holdsMark(elements[index]) ? HOLDER_BEFORE_MARK.exec(page.shortTextAt(index, MAX_NOTICE_CHARS) ?? '')?.[1] : undefined;
      if (holder) holders.push(holder);
      continue;
    }
    const text = page.shortTextAt(index, MAX_NOTICE_CHARS);
    if (!text) continue;
    if (han) {
      const held = CHINESE_RIGHTS_HELD.exec(text);
      if (held) holders.push(held[1] ?? held[2]);
      continue;
    }
    const holder = holdsLineBreak(page, elements[index]) ? noticeOnItsLine(elements[index]) : noticeHolder(text);
    if (holder !== null) holders.push(holder);
  }
  return holders;
}

/**
 * Rule "holder before the mark": small sites print their name first and the mark and the year after it ("Harbour
 * Courier © 2026. All rights reserved."). Such a line opens with no notice word, so only an element whose own text
 * holds the mark is read; a picture's credit sets the mark before a name, not before a year ("Harbour at dawn ©
 * Jane Roe"), and is no notice.
 */
const HOLDER_BEFORE_MARK = /^(\p{L}[\p{L}\p{M}\d .&'’-]{1,60}?)\s*©\s*\d{4}(?!\d)/u;
function holdsMark(element: Element): boolean {
  return element.children.some((child) => child.type === 'text' && (child as Text).data.includes('©'));
}

/**
 * Rule "notice on its line": a footer cell prints the notice and the designer's credit on two lines of one element
 * ("جميع الحقوق محفوظة لشبكة الساحل © 2025<br>تصميم وبرمجة: …"), and the holder's name ends with its line; an element
 * whose text a `<br>` parts is read line by line, and its first line that is a notice names the holder. The notice
 * may come after the footer's other lines ("تابعونا على فيسبوك<br>جميع الحقوق محفوظة © …", follow us).
 */
function noticeOnItsLine(element: Element): string | null {
  for (const line of textLines(element)) {
    const holder = noticeHolder(line);
    if (holder !== null) return holder;
  }
  return null;
}

/**
 * The holder a notice's text names, or null when it is no notice.
 */
function noticeHolder(line: string): string | null {
  // Rule "year in Arabic-Indic digits": "جميع الحقوق محفوظة © الشارع المصري ٢٠٢٦" ends its holder at the year as
  // "… 2026" does; the year patterns below read ASCII digits. Rule "year in India's digits": so do Odia, Bengali and
  // Devanagari years ("© ୨୦୨୬ ମହାନଦୀ ଖବର").
  const text = normalizeOtherDigits(asciiDigits(line)).replace(RIGHTS_WORD_BEFORE_MARK, '');
  const afterMark = text.replace(COPYRIGHT_NOTICE, '');
  const heldBy = RIGHTS_HELD_BY.exec(afterMark);
  if (heldBy) return (heldBy[1] ?? heldBy[2]).trim();
  if (afterMark === text) return null;
  const quoted = QUOTED_HOLDER.exec(afterMark)?.[1].trim();
  return quoted ?? afterMark.replace(SEPARATOR_AFTER_MARK, '').replace(FIELDS_AFTER_HOLDER, '').replace(RIGHTS_RESERVED, '').replace(HOLDER_SENTENCE_TAIL, '').replace(CASELESS_SENTENCE_TAIL, '').trim();
}
/**
 * Rule "fields after the holder": a footer's notice line goes on, behind a bar or a middle dot, with the rights in
 * the page's language or the policy links ("© ୨୦୨୬ ମହାନଦୀ ଖବର | ସର୍ବସ୍ୱତ୍ୱ ସଂରକ୍ଷିତ", "© كوردستان تايمز 2026 · هەموو
 * مافەکان پارێزراون"); no name holds a bar or a dot set between spaces, and the holder ends before it.
 */
const FIELDS_AFTER_HOLDER = /\s+[|·•](?:\s[^]*)?$/u;
/** Blog themes set the year apart from the holder with a dot as well ("Copyright © 2013 · Harbour Notes | …"). */
const SEPARATOR_AFTER_MARK = /^[|·•]\s*/u;
/**
 * Rule "holder's own sentence, in scripts without capitals": rule "holder's own sentence" ends the holder at a full
 * stop before a capital; Persian, Hindi, Amharic and Arabic notices reserve the rights in a sentence of their own
 * after the holder's name ("© ۲۰۲۶ هرات‌نیوز. همه حقوق محفوظ است.", "© 2026 ዜና ኢትዮጵያ ዛሬ። መብቱ በህግ የተጠበቀ ነው።"), in
 * letters that have no case: a full stop (the Ethiopic and Devanagari ones too) before such a letter ends it.
 */
const CASELESS_SENTENCE_TAIL = /(?<=[\p{L}\p{M}]{2})\s*[.።।۔]\s+(?=\p{Lo})[^]*$/u;
/**
 * Rule "holder's own sentence": Irish and British footers follow the holder's name with a sentence on the company
 * behind it ("© 2026 The Leinster Post. Leinster Post Media DAC, registered in Ireland."); the holder ends with its
 * sentence. Only after a word of four letters or more, so an abbreviation's dot ("Example Co. Ltd") ends nothing.
 */
const HOLDER_SENTENCE_TAIL = /(?<=\p{L}{3}\p{Ll})\.\s+\p{Lu}[^]*$/u;
/**
 * Rule "rights word before the mark": Uyghur footers name the right before the mark ("نەشر ھوقۇقى © 2026 …",
 * publishing rights), as English ones print "Copyright ©"; the word goes, and the mark opens the notice.
 * Rule "rights reserved before the mark, in Hindi and Bengali": Indian papers' footers reserve the rights before the
 * mark ("सर्वाधिकार सुरक्षित © …", "সর্বস্বত্ব সংরক্ষিত © …"); the words go as the Uyghur ones do.
 */
const RIGHTS_WORD_BEFORE_MARK = /^(?:نەشر\s+ھوقۇقى|ھوقۇقى|सर्वाधिकार\s+सुरक्षित|सभी\s+अधिकार\s+सुरक्षित|সর্বস্বত্ব\s+সংরক্ষিত)\s*(?=©)/u;
/**
 * Rule "quoted holder": Russian, Ukrainian and French papers print their name in quotation marks in the notice, and
 * the reprint terms after it ("© 2002-2026 «Приокская правда». При перепечатке ссылка обязательна."): a holder that
 * opens with a quotation mark is the name the marks enclose. Rule "the holder's kind before its name": they often
 * say what the holder is before the quoted name, a paper, a magazine, a publishing house or the company's legal form
 * ("© 1998-2026 Газета «Индустриальный вестник»", "© ТОВ «Вечірній Київ»"), and the name is still the quoted one;
 * so it is after the paper's office ("© Редакція газети "Славутчина"", the editors of the paper).
 */
const QUOTED_HOLDER = /^(?:(?:газета|газети|газеты|журнал|журналу|журнала|еженедельник|тижневик|издание|видання|издательский дом|видавничий дім|редакция|редакція|ооо|тов|тоо|осоо|зао|оао|пао|ао|ид)\s+){0,2}[«"„“]([^«»"„“”]+)[»"“”]/iu;
/**
 * Rule "holder before its rights": Chinese footers name the holder before "all rights reserved" ("华夏网版权所有，未经
 * 书面授权禁止使用", "江澜网版权所有") or after it with a colon ("版权所有：华夏网"), with no © to open the notice.
 */
const CHINESE_RIGHTS_HELD = /^(\p{Script=Han}[\p{Script=Han}\p{L}\d]{1,19}?)\s*(?:版权所有|版權所有)|^(?:版权所有|版權所有)\s*[:：]\s*([\p{Script=Han}\p{L}\d]{2,20})/u;
/** Whether a character code is a CJK unified ideograph, as Chinese notices open with the holder's name. */
function isHanCode(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}
const MAX_NOTICE_CHARS = 120;
/**
 * The first characters of a notice: the mark, "(c)", "Copyright", the Arabic and Persian words for "all" and "rights",
 * and the Uyghur, Hindi and Bengali words for the right (see {@link RIGHTS_WORD_BEFORE_MARK}).
 */
const NOTICE_INITIALS = new Set(['©', '(', 'c', 'C', 'ج', 'ك', 'ک', 'ت', 'ح', 'ا', 'ن', 'ھ', 'स', 'স'].map((char) => char.charCodeAt(0)));
/**
 * "All rights reserved" in Arabic ("جميع الحقوق محفوظة", "حقوق النشر محفوظة"), which names its holder after it or,
 * after the mark, before it.
 */
const ARABIC_RIGHTS_RESERVED = String.raw`(?:(?:جميع|كافة|كل)\s+)?(?:ال)?حقوق(?:\s+(?:النشر|الطبع|الطبع والنشر))?\s+محفوظة`;
/**
 * "All rights reserved" in the languages the pipeline ingests, and whatever the footer sets after it on the same line
 * (its policy links), name no holder; nor does the year a notice may print after the holder ("© Le Courrier 2025 –
 * Tous droits réservés"), after a comma too ("© Gartenpost, 2022."). Rule "Arabic rights after the holder": Arabic
 * footers that open with the mark and the year name the holder next and reserve the rights after it, behind a dash
 * or a comma ("© 2026 دجلة الثقافية - جميع الحقوق محفوظة"), as "© 2026 Harbour Courier. All rights reserved." does;
 * the rights are no part of the name, which the logo then matches.
 */
const RIGHTS_RESERVED = new RegExp(String.raw`(?:,?\s+\d{4}(?:\s*[-–]\s*\d{4})?)?(?:\s*[.,،|–—-]?\s+(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|alle rechten voorbehouden|wszelkie prawa zastrzeżone|${ARABIC_RIGHTS_RESERVED})[^]*)?\.?$`, 'iu');
/**
 * Rule "year closes the holder": an Arabic notice that sets the designer's credit on its own line after the year,
 * behind a dash ("جميع الحقوق محفوظة لشبكة الساحل 2026 - تصميم وبرمجة: …"), ends the holder's name at the year, as
 * the notice on its line ends it at the line's end.
 */
const RIGHTS_HELD_BY = new RegExp(String.raw`^${ARABIC_RIGHTS_RESERVED}\s*(?:ل(?:ـ\s*)?|©\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?|[-–—|]\s*)(.+?)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?(?:\s*[-–—|]\s*\D.*)?\s*)?[.،]?$|^(?:کل[یي]ه|تمام[یي]|همه‌[یي]|همه)\s+حقوق\s+(?:مادی و معنوی\s+)?(?:ا[یي]ن\s+(?:سا[یي]ت|وب‌سا[یي]ت|وبسا[یي]ت|پا[یي]گاه)\s+)?(?:متعلق به|برا[یي]|نزد)\s+(.+?)\s+(?:محفوظ\s+)?(?:است|م[یي]‌باشد)\s*\.?$`, 'u');
