/**
 * How a breadcrumb trail is told: the names a container gives it, the home page's crumb, and the shape of a trail
 * that no name marks (a short line of links joined by a trail's marks, just above the headline).
 */
import type { Element } from 'domhandler';
import { containsAnyPattern, containsPattern, hasToken } from './regions';
import { isTagElement } from './link-dom';

/**
 * Class, id and microdata type part that names a breadcrumb trail ("breadcrumbs", "BreadcrumbList"); themes also
 * name it by its crumbs alone ("entry-crumbs", `id="crumbs"`), by the path it shows ("topicpath", "nav-path") or
 * by Japanese "pankuzu" (breadcrumbs), French "ariane" (the "fil d'Ariane") or Spanish "migas" (the "migas de pan",
 * `<div class="migas">` on Chilean and Spanish templates). Rule "Basque crumbs": Basque templates name it "ogi-apurrak"
 * (bread crumbs), as Spanish ones name it "migas". A class that is the word "path" alone (`<td class="path">`) names
 * one too. Rule "Joomla's pathway": Joomla 1.0 and Mambo name the trail the "pathway" (`<span class="pathway">`).
 * Rule "the news path": Iranian news systems name the trail of the story's service and sub-service over the
 * headline `news_path` ("<div class="news_path"><a>محیط زیست</a> » <a>شاهرود</a></div>").
 */
const BREADCRUMB = containsAnyPattern(['breadcrumb', 'crumbs', 'topicpath', 'nav-path', 'navpath', 'pathway', 'pankuzu', 'ariane', 'migas', 'apurrak', 'news_path', 'news-path']);
/**
 * Rule "trail named for screen readers": an accessible theme names its trail's `<nav>` in `aria-label`, in the
 * page's language ("Breadcrumb", French "Fil d’Ariane", German "Brotkrumen", Spanish "Migas de pan", Italian
 * "Briciole di pane", Dutch "Kruimelpad"), whatever its class says.
 */
const BREADCRUMB_ARIA_LABEL = containsAnyPattern(['breadcrumb', 'ariane', 'brotkrume', 'migas de pan', 'briciole', 'kruimelpad']);
const PATH_CLASS: ReadonlySet<string> = new Set(['path']);
/**
 * Rule "location bar": Korean and Japanese templates name the trail for where the reader is, a class that is the word
 * "location" alone (`<div class="location"><a>뉴스</a> &gt; <a>사회</a></div>`). A place's box is so named too (a
 * dateline's city), so only a line whose links the trail's marks join.
 */
const LOCATION_CLASS: ReadonlySet<string> = new Set(['location']);
/** A breadcrumb trail is a handful of folders; a "breadcrumb" element holding more links is a layout wrapper. */
export const MAX_CRUMBS = 8;
/**
 * Names of the home page, in a link's text. Rule "home page in the other right-to-left languages": Persian portals
 * name it the first page or the main page ("صفحه نخست", "صفحه اصلی"), Urdu ones the first page or the cover ("صفحہ
 * اول", "سرورق"), Hebrew ones the main page ("ראשי", "דף הבית"), Sorani ones the main one ("سەرەکی", "پەڕەی سەرەکی"),
 * as Arabic ones name it "الرئيسية"; a trail that opens with it has no crumb a template's links do not. Rule "home
 * page in Chinese": Chinese sites name it the first page ("首页", "首頁") or the main page ("主页", "主頁"), and old
 * table templates link it to "index.html" or "index.asp" rather than the site's root. Rule "home page in Central Asia":
 * Kazakh portals name it the head page ("Басты бет", in the Latin alphabet "Basty bet"), Kyrgyz ones "Башкы бет",
 * Uzbek ones "Bosh sahifa" ("Бош саҳифа" in Cyrillic), Tajik ones the main page ("Саҳифаи асосӣ") and Mongolian ones
 * the front ("Нүүр", "Нүүр хуудас"); their multilingual templates link it to the language's root ("/ky/"), which is
 * no bare site root, so the trail is told by the name. Rule "home page in the Nordic languages": Danish and Norwegian
 * sites name it the front page ("Forside", "Forsiden"), Swedish ones "Startsida" beside "Start", Finnish ones
 * "Etusivu" and Icelandic ones "Forsíða"; older PHP templates link it to "index.php", as the Chinese ones do.
 */
export const HOME_PAGE_NAMES = String.raw`(?:home|home ?page|start|startseite|accueil|inicio|início|página inicial|portada|strona główna|главная|anasayfa|الرئيسية|الصفحة الرئيسية|صفحه نخست|صفحه اصلی|صفحہ اول|سرورق|ראשי|דף הבית|سەرەکی|پەڕەی سەرەکی|首页|首頁|主页|主頁|басты бет|basty bet|башкы бет|bosh sahifa|бош саҳифа|саҳифаи асосӣ|нүүр(?: хуудас)?|forsiden?|startsida|etusivu|forsíða)`;
/** The trail's first crumb, the home page, when its link is not the bare site root ("/de/", "/index.html"). */
const HOME_CRUMB = new RegExp(`^${HOME_PAGE_NAMES}$`, 'i');

/**
 * Whether the element's text outside its links is only the marks that join a trail's crumbs, at least one of them,
 * or the element is an ordered list of links, whose marks the stylesheet draws. Rule "page's own crumb": the line
 * may close with the innermost crumb unlinked, after a mark ("<a>Home</a> › <a>Local</a> › <span>Riyadh</span>"),
 * the folder or the page the reader is on.
 */
export function isTrailLine(line: Element): boolean {
  let marks = line.name === 'ol';
  let before = true;
  let afterMark = false;
  const lastChild = line.children.findLast(isTagElement) as Element | undefined;
  const lastNode = line.children.findLast((child) => isTagElement(child) || (child.type === 'text' && (child as unknown as { data: string }).data.trim() !== ''));
  const visit = (element: Element): boolean => {
    for (const child of element.children) {
      if (child.type === 'text') {
        const text = (child as unknown as { data: string }).data;
        // The innermost crumb may also be bare text after the last mark ("<a>首页</a> &gt; <a>要闻</a> &gt; 正文").
        const unlinkedLastText = child === lastNode && !before && LAST_CRUMB_TEXT.test(text);
        // Rule "you are here": a trail may open with its label ("当前位置：", "Sie sind hier:", "Você está em:") before its first link.
        // Arabic portals write it "أنت هنا:", Persian ones "شما اینجا هستید:" and Hebrew ones "אתם נמצאים כאן:".
        // Rule "you are here, in Central Europe": Czech and Slovak town and regional sites write "Nacházíte se:",
        // "Nachádzate sa:", Polish ones "Jesteś w:" and Hungarian ones "Ön itt van:" before the trail's first link; older
        // Czech and Slovak templates write it shorter, "Jste zde:" and "Ste tu:", with the same trail after it.
        // Rule "you are here, in Russian": the Russian-built CMSs that sites across the former Soviet Union still run,
        // whatever language their stories are in, print "Вы здесь:" or "Вы находитесь:" (Ukrainian "Ви тут:").
        if (!TRAIL_MARKS_ONLY.test(text) && !(before && TRAIL_LABEL.test(text.trim())) && !unlinkedLastText) return false;
        if (TRAIL_MARK.test(text)) marks = afterMark = true;
      } else if (isTagElement(child) && (child as Element).name !== 'a') {
        if ((child as Element).name === 'ol') marks = true;
        const unlinkedLastCrumb = child === lastChild && afterMark && !before && !(child as Element).children.some(isTagElement);
        if (!unlinkedLastCrumb && !visit(child as Element)) return false;
      } else if (isTagElement(child)) {
        before = false;
        afterMark = false;
      }
    }
    return true;
  };
  return visit(line) && marks;
}
/**
 * Rule "you are here in a menu's box": old templates name the trail's box as they name their menus (`<div
 * class="nav">أنت هنا: <a>الرئيسية</a> » <a>الذكاء الاصطناعي</a></div>`). A line that opens with the trail's label
 * says what it is, whatever its box is named; no menu opens with "you are here".
 */
export function opensWithTrailLabel(line: Element): boolean {
  const first = line.children.find((child) => isTagElement(child) || (child.type === 'text' && (child as unknown as { data: string }).data.trim() !== ''));
  return first?.type === 'text' && TRAIL_LABEL.test((first as unknown as { data: string }).data.trim());
}
const TRAIL_LABEL = /^(?:当前位置|您的位置|你的位置|目前位置|現在位置|所在位置|位置|you are here|sie sind hier|vous êtes ici|usted está aquí|está aquí|usted está en|estás en|você está aqui|você está em|ti trovi (?:in|qui)|u bent hier|jesteś tutaj|jesteś w|nacházíte se|nachádzate sa|jste (?:zde|tady)|ste tu|ön itt (?:van|jár)|вы здесь|вы находитесь(?: здесь)?|ви тут|ви знаходитеся|أنت هنا|انت هنا|شما اینجا هستید|אתם נמצאים כאן|אתה נמצא כאן)\s*[:：]?$/iu;
const TRAIL_MARK = /[/\\»«>›‹<→←]/;
const TRAIL_MARKS_ONLY = /^[\s/\\»«>›‹<→←]*$/;
/** Marks, then the words of one crumb, with no mark after them. */
const LAST_CRUMB_TEXT = /^[\s/\\»«>›‹<→←]*[/\\»«>›‹<→←]\s*[^\s/\\»«>›‹<→←][^/\\»«>›‹<→←]*$/;
/** How far above the headline a trail may stand: the kicker, the date and the share bar sit between them. */
export const MAX_ELEMENTS_ABOVE_HEADLINE = 60;
/** Eight crumbs of two or three words each. */
export const MAX_TRAIL_CHARS = 200;

/** For each position in document order, how many links come before it; one more entry for the end. */
export function linkCountsBefore(elements: Element[]): number[] {
  const counts = [0];
  for (const element of elements) counts.push(counts[counts.length - 1] + (element.name === 'a' ? 1 : 0));
  return counts;
}

export function isHomeCrumb(label: string): boolean {
  return HOME_CRUMB.test(label.trim());
}

/**
 * Whether the element's class, id, microdata type or accessible name names a breadcrumb trail. Its class and id come
 * from the page's attribute columns: the trail is looked for in every element of the page, whose own attributes are a
 * slow read each.
 */
export function namesBreadcrumb(element: Element, classes: string | undefined, id: string | undefined): boolean {
  if (containsPattern(classes, BREADCRUMB) || containsPattern(id, BREADCRUMB) || hasToken(classes, PATH_CLASS)) return true;
  if (hasToken(classes, LOCATION_CLASS) && isTrailLine(element)) return true;
  const { itemtype, 'aria-label': ariaLabel } = element.attribs;
  return containsPattern(itemtype, BREADCRUMB) || containsPattern(ariaLabel, BREADCRUMB_ARIA_LABEL);
}
