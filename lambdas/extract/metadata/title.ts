/**
 * The headline. `<title>` usually wraps it in the site name ("Headline | Site", "Site - Headline"), so the
 * declared headlines (JSON-LD headline, og:title, twitter:title) and the page's h1 come first, and site-name
 * affixes are stripped from every candidate using the site name and the h1 as evidence; a segment the title
 * repeats or a date marks where the site's part starts. When the declared headlines and the one h1 disagree, the
 * h1 (what readers see) wins unless it is a logo, a tagline or a kicker wrapped around a declared headline, or a
 * block styled as the headline says it in full. Where the h1 is a crumb of the breadcrumb trail or a section banner,
 * the heading below the trail or an h2 repeating a candidate (one side of it, or a run of its segments) shows which
 * candidate readers see. A page without headline elements may still name its headline by class, which then
 * outranks <title>.
 */
import { decodeLeftoverEntities } from '../plain-text';
import { SITE_KIND_OPENING } from './site-name';
import { collapseWhitespace } from './text';
import { closesWithName, innerSegments, isSiteHeading, isSiteNameOnly, isTitleLessAffix, matchesSiteName, segmentsOf, splitAtColon, splitOnce, strippedSegments, stripSiteAffixes } from './title-affixes';
import { behindBracketLabel, commonHeadlineBehindKickers, completedAtQuote, continues, hasRunInKicker, isAfterKickerLine, isKickerOf, runsOnPastSeparator, TRUNCATED, withoutCutCopies } from './title-copies';
import { compact, compactForms, isPhrase, LETTER, MAX_SITE_NAME_WORDS, MIN_HEADLINE_WORDS, normalize, normalizedForms, OPENS_IN_LOWER_CASE, sameText, sharedContentWords, wordCount } from './title-text';

export interface TitleEvidence {
  /** Declared headlines, most trusted first (JSON-LD headline, og:title, twitter:title, ...). */
  declared: string[];
  /** Text of the page's h1 elements (and similar headline elements), in document order. */
  headings: string[];
  /**
   * Text of the heading that follows a headline element sitting in a breadcrumb trail (see
   * {@link readBreadcrumbHeadline}): the headline readers see when the trail's last crumb is an SEO title.
   */
  afterBreadcrumb?: string | null;
  /**
   * Per headline element that opens with a short element of its own and goes on after it, that element's text and the
   * rest (see {@link openingPartSplit}): a label the template sets apart without a class that says so.
   */
  openingParts?: Array<{ label: string; rest: string }>;
  /** Whether every headline element stands in the breadcrumb trail, so that none but the crumb heads the page. */
  headlinesInTrail?: boolean;
  /** Text of headline elements that are the site's logo (see {@link isSiteLogo}): more names of the site. */
  logos?: string[];
  /**
   * Text of the first h2 elements outside navigation and sidebars, in document order: the first is the headline
   * of templates without an h1, and any may repeat a declared headline or <title>.
   */
  subheadings: string[];
  /** Whether the first of the subheadings stands inside an `<article>`, heading a story of its own. */
  firstSubheadingInArticle?: boolean;
  /**
   * Text of the element outside navigation and sidebars whose class names it the headline (see
   * {@link readClassedHeadline}), or else the centred headline of a release set in `<pre>` (see
   * `readReleaseHeadline`); read only on pages without headline elements.
   */
  classedHeadline?: string | null;
  /**
   * Text of the styled headline blocks apart from any heading (see {@link readHeadlineBlocks}); read only when the
   * h1 needs them, since finding them takes a look at every element's class.
   */
  headlineBlocks?: () => string[];
  /**
   * Texts of the page's short blocks outside navigation and sidebars; read only when <title> is the one candidate
   * left, since finding them takes a look at every element's text.
   */
  shownBlocks?: () => string[];
  /** Of those, the ones that are a single line (see {@link readShownLines}); read only when <title> is all there is. */
  shownLines?: () => string[];
  /**
   * Texts of the blocks outside navigation and sidebars whose class names them a title (see {@link readTitledBlocks});
   * read only when nothing but the site's name is there to choose from.
   */
  titledBlocks?: () => string[];
  /** Texts of the `<font>` elements set large (see {@link readLargeFontLines}); read only when <title> names no story. */
  largeFontLines?: () => string[];
  /** Texts of the h3 to h6 outside rails (see rule 'headline in a lower heading'); read only when nothing is declared. */
  lowerHeadings?: () => string[];
  /** The `<title>` element. */
  documentTitle: string | null;
  siteName: string | null;
  /**
   * The section names the page declares (`article:section` and its kin, JSON-LD `articleSection`). Rule "section segment": a
   * title's segment that repeats one is the site's part, as its name is ("Headline - Local News - Courier").
   */
  sections?: string[];
  /** Host name of the page URL, e.g. `www.example.com`. */
  host: string | null;
}

export function chooseTitle(evidence: TitleEvidence): string | null {
  try {
    const chosen = chooseAmongCandidates(evidence);
    return chosen === null ? null : withoutWriterLead(withoutUrgencyLabel(chosen));
  } finally {
    compactForms.clear();
    normalizedForms.clear();
  }
}

function chooseAmongCandidates(evidence: TitleEvidence): string | null {
  // The candidates as published, before any site name is stripped.
  const publishedDeclared = evidence.declared.map(cleanTitle);
  const publishedDocument = cleanTitle(evidence.documentTitle ?? '');
  const headings = evidence.headings.map(cleanTitle).filter((heading) => heading.length > 0);
  const siteNames = siteNameVariants(evidence, publishedDocument, publishedDeclared, headings);
  const subheadings = evidence.subheadings.map(cleanTitle);
  // The declared copies and <title> are often one string (og:title, twitter:title and the JSON-LD headline alike);
  // stripping depends only on the string, the headings and the site names, so each string is stripped once.
  const strippedTitles = new Map<string, string>();
  const strip = (title: string) => {
    let stripped = strippedTitles.get(title);
    if (stripped === undefined) {
      stripped = shownWhole(title, headings, subheadings, siteNames) ? title : stripSiteAffixes(title, siteNames, headings);
      strippedTitles.set(title, stripped);
    }
    return stripped;
  };
  const documentTitle = publishedDocument ? strip(publishedDocument) : '';
  let shownTexts: Set<string> | undefined;
  // Read at most once: rules 'headline in a title block' and 'title block under a site-only title' both may ask.
  let titled: string[] | undefined;
  const titledBlocks = () => (titled ??= (evidence.titledBlocks?.() ?? []).map(cleanTitle));
  const isShownAsBlock = (title: string) => (shownTexts ??= new Set((evidence.shownBlocks?.() ?? []).map(normalize))).has(normalize(title));
  const strippedDeclared = publishedDeclared.map((title) => {
    const stripped = strip(title);
    return stripped !== title && headings.length === 0 && isTitleLessAffix(title, publishedDocument) && isShownAsBlock(title) ? title : stripped;
  }).filter(Boolean);
  // A declared headline that is only the site's name (a JSON-LD headline filled in with the publisher, an og:title
  // the template never sets per page) names no article; it stays the answer of last resort. The segments stripped
  // from <title> are the site's part as well, where no site name is declared.
  const strippedFromDocument = strippedSegments(publishedDocument, documentTitle);
  const declaredTitles = strippedDeclared.filter((title) => !isSiteNameOnly(title, siteNames) && !isSiteNameOnly(title, strippedFromDocument));
  const declared = withoutCutCopies(declaredTitles.map((title) => completedAtQuote(title, documentTitle)), documentTitle);
  // <title> parted once at its separator, where it has one: the headline's side and the site's, in either order.
  const bannerSplit = splitOnce(publishedDocument);
  // Rule 'title printed as the h1': board and community software print the page's <title> whole, the board's and the
  // site's names included ("Subject > Board | Site"), in a header h1 kept for screen readers (GNUBoard's `#hd_h1`),
  // and the post's subject in an h2 of its own. An h1 that is <title> as published, separators and site included, is
  // its copy, no witness of where the headline ends; an h2 that <title> opens with, a phrase, is the subject. An h1
  // that is a headline alone, with no separator, is the headline, whatever short form an h2 repeats.
  if (headings.length === 1 && publishedDocument && sameText(headings[0], publishedDocument) && bannerSplit !== null) {
    const opening = subheadings.find((subheading) => isPhrase(subheading) && normalize(publishedDocument).startsWith(`${normalize(subheading)} `));
    if (opening) return opening;
  }

  // A breadcrumb's last crumb names the page in the site's hierarchy, and templates mark it up as the h1 with the
  // search-engine title; the heading after the trail is what readers see. A declared headline it repeats wins over
  // any agreement with the crumb.
  const afterBreadcrumb = evidence.afterBreadcrumb ? cleanTitle(evidence.afterBreadcrumb) : '';
  // The heading may carry a kicker, as a line of its own ("<h2><span>US team keeps improving</span> <span>Germany
  // impresses …</span></h2>", which reads as run in once the markup is gone) or before a colon ("Art world: Judy wins
  // …" shown and declared, "Judy wins …" declared too): the declared headline without it is the headline, as it is
  // for an h1 below.
  const shownAfterBreadcrumb = declared.find((title) => sameText(title, afterBreadcrumb));
  const shownBehindKicker = afterBreadcrumb
    ? declared.find((title) => isAfterKickerLine(afterBreadcrumb, title) || (shownAfterBreadcrumb !== undefined && isKickerOf(shownAfterBreadcrumb, title)))
    : undefined;
  if (shownBehindKicker ?? shownAfterBreadcrumb) return shownBehindKicker ?? shownAfterBreadcrumb!;
  // Rule 'heading under the trail': with no declared headline to side with either, a crumb that is the page's only
  // headline element is the search-engine title the trail ends on, and the heading set under the trail, above the
  // text, is the one readers see.
  if (declared.length === 0 && evidence.headlinesInTrail && isPhrase(afterBreadcrumb)) return afterBreadcrumb;
  // Rule 'label the heading sets apart': the declared copies print the story's label before the headline ("VIDÉO. La
  // Louvière : …", "KOMENTÁŘ: …", "Exclusive: …") where the h1 sets the label in an element of its own, a kicker
  // (see headlineText); the h1 without it, which a declared copy repeats behind the label, is the headline, and its
  // own colon ("La Louvière : …") stays, where the copy's segments would be stripped as a section's.
  const behindLabel = headings.find((heading) => publishedDeclared.some((title) => isBehindLabel(heading, title)));
  if (behindLabel) return behindLabel;
  // Rule 'label in an element of its own': a template whose classes name nothing (utility classes, hashed ones) still
  // sets the label in an element of its own at the h1's start ("<h1><span>Comment</span> <em>Hamlet</em> at 200 …"),
  // and the declared copies print it before the rest behind a separator ("Comment: Hamlet at 200 …", "[Premium] …",
  // "EN DIRECT - …"). A first element that a declared copy does not set apart ("<em>Hamlet</em> at 200 …" declared as
  // "Hamlet at 200 …") is a word of the headline. A declared copy may print another label before the same rest
  // ("<span>Bastion-EM</span> Kölner Team …" declared "Esport: Kölner Team …"): the two agree on where the headline starts.
  // Rule 'label the title leaves out': with nothing declared, <title> witnesses the same, printing the label before
  // the rest or leaving it out ("В Заречье открыли … — Вечерний Приволжск" under "<h1><span>Спорт</span> В Заречье
  // открыли …</h1>"), whole or on one side of its separator.
  const documentSides = bannerSplit ? [publishedDocument, bannerSplit.head, bannerSplit.tail] : [publishedDocument];
  const behindOwnElement = (evidence.openingParts ?? []).find(({ label, rest }) => publishedDeclared.some((title) => setsLabelApart(title, label, rest) || isBehindLabel(rest, title))
    || (publishedDeclared.length === 0 && publishedDocument !== '' && documentSides.some((side) => setsLabelApart(side, label, rest) || sameText(side, rest))));
  if (behindOwnElement) return behindOwnElement.rest;
  // An h1 or another declared headline that is a kicker plus a declared headline ("Art world: Judy wins …")
  // shows the kicker is decoration: the shorter declared headline is the headline.
  for (const title of declared) {
    if ([...headings, ...declared].some((heading) => isKickerOf(heading, title))) return title;
  }
  // Rule 'kicker before <title>': without a declared headline, an h1 that is a kicker plus the <title> stripped of its
  // site name ("Kultur: Was lesen die Philippinen?" over "Was lesen die Philippinen? — Site") shows the same, when
  // <title> leaves the kicker out (a <title> that prints it, "A | B testing … | Site", stripped a part of the
  // headline). An h1 going on in lower case after its colon ("'Ends recession debate': economists weigh in …") is one
  // sentence, which <title> rewrote to stand alone.
  const behindKicker = (heading: string) => isKickerOf(heading, documentTitle) && !normalize(publishedDocument).includes(normalize(heading))
    && !OPENS_IN_LOWER_CASE.test(heading.slice(-documentTitle.length));
  if (declared.length === 0 && headings.some(behindKicker)) return documentTitle;
  // The first h1 running on from a declared headline ("… Gigafactory capacity" / "… Gigafactory capacity in
  // Tennessee") shows the declared copy was cut short.
  if (headings.length > 0 && declared.some((title) => continues(headings[0], title))) return headings[0];
  // A styled headline block that runs on from the first h1 past a separator ("Leasing oder Finanzierung – was lohnt
  // sich mehr?" at the top, "<h1>Leasing oder Finanzierung</h1>" opening the text below) is the headline in full,
  // the h1 its short form as the text's first heading. A declared headline that is the h1 as published (not only
  // once stripped of a tagline the h1 lacks) confirms the short form.
  const fuller = headings.length > 0 && !publishedDeclared.some((title) => sameText(title, headings[0]))
    ? (evidence.headlineBlocks?.() ?? []).map(cleanTitle).find((block) => runsOnPastSeparator(block, headings[0])) : undefined;
  if (fuller) return fuller;
  // Rule 'lines run together in the h1': a template that sets the topic and the headline as two spans of the h1, each a
  // line of its own in the stylesheet, with nothing between them in the markup ("<span>Steuerstreit im Seeland</span>
  // <span>Gemeinde soll …</span>"), runs their words together once the markup is gone ("SeelandGemeinde"); a declared
  // headline of the same letters that sets the words apart ("Steuerstreit im Seeland: Gemeinde soll …") is the h1
  // as readers see it; so is the <title> of such letters, once its site name is gone, where nothing is declared.
  const setApart = [...declared, documentTitle].find((title) => title.length > 0 && headings.some((heading) => runsWordsTogether(heading, title)));
  if (setApart) return setApart;
  // A declared headline that an h1 repeats is the headline, beyond doubt, as the h1 prints it: the two differ only
  // in punctuation, symbols and case, and metadata often straightens quotes and drops emoji. Rule "headline typed in
  // capitals": an h1 typed all in capitals for display, where the declared copy has small letters, is the same
  // headline in its reading case, which the declaration keeps.
  for (const title of declared) {
    const heading = headings.find((heading) => sameText(heading, title));
    if (heading) return isAllCapitals(heading) && !isAllCapitals(title) ? title : heading;
  }
  // An h1 that is one end segment of <title> while an h2 repeats the rest of it ("Topic - Forum name" over
  // "<h1>Forum name</h1> … <h2>Topic</h2>") is the site's banner, and the h2 the page's headline, as forums and older
  // blog themes set them. Stripping alone would keep the side the h1 repeats.
  // Blogs also name themselves before a colon ("Notes from the Allotment: Why my leeks failed"). A banner names the
  // site in a few words; a longer h1 is the headline, and an h2 repeating the rest of <title> is the masthead's name.
  const colonSplit = splitAtColon(publishedDocument);
  const ends = [...(bannerSplit ? [[bannerSplit.tail, bannerSplit.tailRest], [bannerSplit.head, bannerSplit.headRest]] : []), ...(colonSplit ? [colonSplit] : [])];
  const behindBanner = headings.length === 1 && wordCount(headings[0]) <= MAX_SITE_NAME_WORDS
    ? ends.find(([end, rest]) => sameText(headings[0], end) && subheadings.some((subheading) => sameText(subheading, rest)))?.[1] : undefined;
  if (behindBanner) return behindBanner;
  // An h1 that is a candidate with a word or two run on before it ("Exclusive Hospital waiting lists hit record high"
  // over og:title "Hospital waiting lists hit record high") prints a kicker in its own type inside the heading
  // ("<span class="label">", "<small>"), which reads as one line only once the markup is gone: the candidate without
  // it is the headline. Checked before <title> confirms the h1, since "Exclusive: Hospital …" folds to the same words.
  const behindRunInKicker = headings.length > 0 ? [...declared, documentTitle].find((title) => hasRunInKicker(headings[0], title)) : undefined;
  if (behindRunInKicker) return behindRunInKicker;
  const behindBadge = headings.length > 0 ? behindBracketLabel(headings[0], [...declared, documentTitle]) : null;
  if (behindBadge) return behindBadge;
  // Rule 'section banner over a lone h2': small-town papers and older templates head every page of a section with the
  // section's name as the h1 ("<h1>Local News</h1>") and set the story's headline in the one h2 under it, while
  // <title> names only the site and that section ("Lakeview Herald - Local News"). A label of a word or two that is
  // all <title> says beside the site names no story; the page's only h2, a phrase, heads the story it shows. A listing
  // page heads each of its stories with an h2, so one h2 alone is the story's own.
  if (declared.length === 0 && headings.length === 1 && !isPhrase(headings[0]) && publishedDocument !== documentTitle && sameText(headings[0], documentTitle)
    && subheadings.length === 1 && isPhrase(subheadings[0]) && !isSiteHeading(subheadings[0], siteNames)) return subheadings[0];
  // Rule 'page banner in the title's middle': a school's or a council's CMS heads every post with its page widget's
  // title as the h1 ("<h1>News Details</h1>") and the post's own headline as an h2 in the post ("<h2>Board Approves
  // 2027-28 School Calendar …</h2>"), and prints that banner between the headline and the site's name in <title>
  // ("Board Approves … | News Details - Cedar Ridge Public Schools"). An h1 that is an inner segment of <title> names
  // the page's kind, as a section's label there does; a declared headline an h2 repeats is the headline readers see.
  const innerLabels = innerSegments(publishedDocument);
  const bannerInTitle = headings.length === 1 && innerLabels.some((label) => sameText(label, headings[0]))
    ? declared.find((title) => subheadings.some((subheading) => sameText(subheading, title))) : undefined;
  if (bannerInTitle) return bannerInTitle;
  // The <title>, once its site name is gone, is confirmed by an h1 the same way.
  const headingMatchingDocument = headings.find((heading) => sameText(heading, documentTitle));
  if (headingMatchingDocument) return headingMatchingDocument;
  // With no h1 repeating a candidate, an h2 that repeats one shows it as the headline, and the h1 is a section
  // or site banner ("Allergies Health Center" above "<h2>Babies who eat peanuts early …</h2>"). Rule 'headline as the
  // heading prints it': where a <title> typed on a keyboard flattens the heading's dashes and quotes ("2025-26" for the
  // heading's "2025–26") and differs in nothing else, the h2 prints the headline as the newsroom set it.
  const shownInSubheading = [...declared, documentTitle].find((title) => subheadings.some((subheading) => sameText(subheading, title)));
  if (shownInSubheading) return subheadings.find((subheading) => subheading !== shownInSubheading && keyboardForm(subheading) === keyboardForm(shownInSubheading)) ?? shownInSubheading;
  // An h2 repeating one side of a candidate ("Villa Galaxy" of "Villa Galaxy - Holiday villa in Florida") shows that
  // side is the headline and the other a tagline. A one-word side is more often a section label ("Sport - …"), and
  // so are the words before a colon ("Local news: …"), the kicker's place.
  const sides = [...declared, documentTitle].flatMap((title) => {
    const split = splitOnce(title);
    if (!split) return [];
    return /^\s*:/.test(title.slice(split.head.length)) ? [split.tail] : [split.head, split.tail];
  });
  const sideInSubheading = sides.find((side) => wordCount(side) >= 2 && subheadings.some((subheading) => sameText(subheading, side)));
  if (sideInSubheading) return sideInSubheading;
  // An h2 repeating several segments of a candidate as published ("30.11. | Buch der Woche" of "GALORE.de | Kultur |
  // Literatur | 30.11. | Buch der Woche - …") prints them together as the headline, even a part that stripping took
  // for decoration (the date); a run holding a site name is a share box's copy of <title>.
  const runInSubheading = subheadings.find((subheading) => [...publishedDeclared, publishedDocument].some((title) => isSegmentRun(subheading, title, siteNames)));
  if (runInSubheading) return runInSubheading;
  // With no heading confirming a candidate, two candidates that put different kickers before the same words
  // ("Previews: Anno 1800 Beta" in <title>, "Industrialised?: Anno 1800 Beta" in og:title) show the shared words
  // are the headline.
  const sharedBehindKickers = commonHeadlineBehindKickers([...declared, documentTitle]);
  if (sharedBehindKickers) return sharedBehindKickers;
  const visible = visibleHeadline(headings.filter((heading) => !innerLabels.some((label) => sameText(label, heading))), [...declared, documentTitle], siteNames);
  if (visible) return visible;
  // A declared headline that copies <title> whole ("Headline - Site" in og:title too) is no second witness of where
  // the site's name starts: the side the page shows alone decides as it would without one.
  const declaredCopiesTitle = headings.length === 0 && declared.length > 0 && declared.every((title) => sameText(title, documentTitle));
  const shownBesideCopy = declaredCopiesTitle ? sideShownAlone(documentTitle, evidence.shownBlocks) : null;
  if (shownBesideCopy) return shownBesideCopy;
  // Declared headlines that name no page of their own leave the page's one h1, a phrase naming no site, as the
  // headline readers see.
  if (headings.length === 1 && declaredNamesNoPage(declared, documentTitle, headings[0]) && isPhrase(headings[0]) && !isSiteHeading(headings[0], siteNames)) {
    return headings[0];
  }
  // Rule 'headline in another script': a bilingual newsroom serves one language's metadata on both versions of a
  // story, and an Arabic page prints its Arabic headline under the English og:title and <title> ("بلدية الفجيرة تطلق
  // مشروعاً …" under "Fujairah Municipality launches …"). A page's only h1, a phrase naming no site, written in a script
  // that no declared headline and not <title> uses, shares no word with them to compare by: it is the headline readers
  // see, and the declared ones the other version's.
  if (headings.length === 1 && declared.length > 0 && isPhrase(headings[0]) && !isSiteHeading(headings[0], siteNames)
    && [...declared, documentTitle].filter(Boolean).every((title) => !sharesScript(headings[0], title))) return headings[0];
  if (declared.length > 0) return declared[0];
  // Rule 'headline in a lower heading': Korean and other portals' templates set the story's headline in an h3 or h4
  // ("<h3 class="heading">"), with the section's name as the page's h1 ("<h1>경제</h1>") or no h1, and the first h2
  // heading a box of related stories ("이 기사와 관련된 기사"). A lower heading, a phrase, that is <title> or one side of
  // it ("… 3천명 넘어 - 한빛일보", the site's name on the other) is the headline, where the h1 is a label of a word or
  // two and no h2 shows it.
  const titleSides = [documentTitle, bannerSplit?.head, bannerSplit?.tail].filter((side): side is string => Boolean(side));
  const inLowerHeading = headings.every((heading) => !isPhrase(heading))
    ? (evidence.lowerHeadings?.() ?? []).map(cleanTitle).find((heading) => isPhrase(heading) && titleSides.some((side) => sameText(heading, side))
      && !subheadings.some((subheading) => sameText(subheading, heading))) : undefined;
  if (inLowerHeading) return inLowerHeading;
  // Rule 'site name run into the h1': an h1 that is <title>'s headline run on into a segment stripped from <title> as
  // the site's ("… la InfantaUltima Hora Mallorca" over "… la Infanta » Noticias » Ultima Hora Mallorca") prints the
  // site's name inside the heading, a logo set in its line; <title> shows where the headline ends.
  if (headings.length > 0 && isRunIntoSiteSegment(headings[0], documentTitle, strippedFromDocument)) return documentTitle;
  // Without a declared headline, a page's only h1 is its headline unless it is the site's name (a logo heading);
  // <title> is the weaker witness because templates compose it from several parts.
  if (headings.length === 1 && !siteNames.some((name) => matchesSiteName(headings[0], name))) return headings[0];
  // An h1 contained in <title> is the headline and the rest of <title> is decoration.
  const headingInDocument = headings.find((heading) => heading.length >= 10 && normalize(documentTitle).includes(normalize(heading)));
  if (headingInDocument) return headingInDocument;
  // Of several h1s, the one phrase among labels of a word or two ("Environment" above "Volunteers clean up two miles
  // of riverbank") is the headline: templates head the section with an h1 too, and a label names no article. Responsive
  // themes print the headline twice, for small screens and large; the copies are one phrase.
  const phraseHeadings = distinctTexts(headings.filter((heading) => isPhrase(heading) && !siteNames.some((name) => matchesSiteName(heading, name))));
  if (headings.length > 1 && phraseHeadings.length === 1 && headings.every((heading) => sameText(heading, phraseHeadings[0]) || !isPhrase(heading))) {
    return phraseHeadings[0];
  }
  // Templates without an h1 put the headline in the first h2; <title> there is usually the site's name.
  const subheading = subheadings.length > 0 && LETTER.test(subheadings[0]) ? subheadings[0] : undefined;
  // Behind a logo h1, the first h2 may be the first post of a listing page: there <title> must name it too. Rule
  // 'story under a site-only title': a <title> naming only the site names no page, and an h2 heading an <article>
  // heads a story, so that h2 is the headline. Rule 'lone h2 under a slogan': older portals print "Site - slogan" as
  // every page's <title>; a listing heads each of its posts with an h2, so a page's only h2, a phrase about something
  // else than what <title> has left once the site's name is gone, heads one story, and that is not the slogan's.
  const titleNamesOnlySite = documentTitle !== '' && isSiteHeading(documentTitle, siteNames);
  const underSlogan = subheadings.length === 1 && !titleNamesOnlySite && isPhrase(subheadings[0]) && sharedContentWords(normalize(subheadings[0]), [normalize(documentTitle)]) === 0;
  const listingRisk = (evidence.logos ?? []).length > 0 && !(titleNamesOnlySite && evidence.firstSubheadingInArticle) && !underSlogan
    && !(subheading && normalize(evidence.documentTitle ?? '').includes(normalize(subheading)));
  // Rule 'headline broken at its colon': an h2 ending on a colon ("Open Journalism Project:") is the first line of a
  // headline set in two, the second in a heading of its own; a <title> that holds it and goes on prints the whole.
  if (headings.length === 0 && subheading && ENDS_IN_COLON.test(subheading) && continuesPastColon(documentTitle, subheading)) return documentTitle;
  // Rule 'headline in a title block': without an h1 or a declared headline, a <title> that, stripped of the site's
  // name, the page shows whole in a block its class names a title ("<p class="c-article__title">") is the headline the
  // reader sees, and the first h2 heads a box beside it ("よく読まれている記事", most read; "Most popular"). A block
  // of another kind may be the site's slogan under its logo, which <title> repeats beside the site's name.
  if (headings.length === 0 && declared.length === 0 && subheading && isPhrase(documentTitle) && !sameText(subheading, documentTitle)
    && titledBlocks().some((block) => sameText(block, documentTitle))) return documentTitle;
  if (headings.length === 0 && subheading && !listingRisk) return subheading;
  // Templates that set the headline in a styled block rather than a heading element name it by class, and their
  // <title> is often the menu entry ("Gaspreise" over "Energiepreiskrise: Entlastungen und Rechte auf einen Blick").
  // A block of a word or two so classed is a banner naming the site or section ("CDU-Fraktion").
  const classed = evidence.classedHeadline ? cleanTitle(evidence.classedHeadline) : '';
  if (headings.length === 0 && isPhrase(classed) && !isSiteNameOnly(classed, siteNames)) return classed;
  const shownSide = headings.length === 0 && declared.length === 0 ? sideShownAlone(documentTitle, evidence.shownBlocks) : null;
  if (shownSide) return shownSide;
  // Rule 'title block under a site-only title': magazine themes print the site's name as the logo h1 and in every
  // declared title, and set the story's headline in a block styled as a title ("<div class="title-text">"). With
  // nothing else naming more than the site, the first such block that does is the headline.
  const titledBlock = headings.length === 0 && titleNamesOnlySite
    ? titledBlocks().find((text) => LETTER.test(text) && !isSiteHeading(text, siteNames)) : undefined;
  if (titledBlock) return titledBlock;
  const shownLine = headings.length === 0 && declared.length === 0 && documentTitle ? lineShowingTitle(documentTitle, evidence.shownLines) : null;
  if (shownLine) return shownLine;
  // Rule "headline in the large font": table-layout sites of the 2000s title every story page with the site's name
  // and the section's ("Jornal - Notícias", "Diario - Noticias") and set the headline in a `<font size="4">` or larger,
  // the one way their markup had to make a line big. A <title> that, the site's name gone, is no phrase names no
  // story, and a phrase so set is the headline the reader sees. A <title> with no site's name to part from it is the
  // page's own, however short ("linux video" over a personal page's "linux usability" in large letters).
  const largeFont = headings.length === 0 && declared.length === 0 && publishedDocument !== documentTitle && !isPhrase(documentTitle)
    ? (evidence.largeFontLines?.() ?? []).map(cleanTitle).find(isPhrase) : undefined;
  if (largeFont) return largeFont;
  if (documentTitle) return documentTitle;
  return headings[0] ?? strippedDeclared[0] ?? null;
}

/** True when `heading` is `title`'s letters with fewer words: two of the words run together where `title` parts them. */
function runsWordsTogether(heading: string, title: string): boolean {
  return compact(heading) === compact(title) && wordsWithLetters(heading) < wordsWithLetters(title);
}

function wordsWithLetters(text: string): number {
  return text.split(/\s+/).filter((word) => LETTER_OR_DIGIT.test(word)).length;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Letters in capitals only, three words at least: a headline set in capitals, not an acronym. */
function isAllCapitals(text: string): boolean {
  return !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 3;
}

/** True when `title` opens with `firstLine`'s words and goes on past them. */
function continuesPastColon(title: string, firstLine: string): boolean {
  const whole = compact(title);
  const line = compact(firstLine);
  return line.length > 0 && whole.length > line.length && whole.startsWith(line);
}
const ENDS_IN_COLON = /[:：]$/u;

/**
 * Whether a title is the heading behind a label of one or two words and a full stop or a colon ("VIDÉO. …"), a label
 * of three words and a colon ("Exclusivo para suscriptores: …"), or a paid tier's mark, a short name and its plus
 * sign ("KA+ …", "F+ …"), which the h1 sets in an element of its own (rule "paywall mark in the heading").
 */
function isBehindLabel(heading: string, title: string): boolean {
  const label = LEADING_LABEL.exec(title);
  return label !== null && sameText(title.slice(label[0].length), heading);
}
const LEADING_LABEL = /^(?:\p{L}+(?:\s\p{L}+)?\s*[.:：]|\p{L}+(?:\s\p{L}+){2}\s*[:：]|\p{Lu}{1,4}\+)\s+/u;

/** True when `title` is `label`, then a separator (its own or the label's closing one) or the label in brackets, then `rest`. */
function setsLabelApart(title: string, label: string, rest: string): boolean {
  const typed = keyboardForm(title).toLowerCase();
  const printedLabel = keyboardForm(label);
  const shownLabel = printedLabel.toLowerCase();
  const bracketed = typed.startsWith(`[${shownLabel}]`);
  if (!bracketed && !typed.startsWith(shownLabel)) return false;
  const after = typed.slice(shownLabel.length + (bracketed ? 2 : 0));
  const separator = LABEL_SEPARATOR.exec(after)![0];
  const setApart = bracketed || LABEL_CLOSING_SEPARATOR.test(printedLabel) || separator.trim() !== '';
  return setApart && sameText(after.slice(separator.length), rest);
}
/** After the label, in keyboard form: a colon, a bar or a full stop, or a spaced dash. */
const LABEL_SEPARATOR = /^\s*(?:[:|.]|-(?=\s))?\s*/u;
/** A label's own closing separator, or a paid tier's plus ("KA+", "SZ+"), which sets it apart as a mark does. */
const LABEL_CLOSING_SEPARATOR = /(?:[:|.]|^\p{Lu}{1,4}\+)$/u;

/** True when `heading` is `headline` followed by one of `siteSegments`, spaces or none between. */
function isRunIntoSiteSegment(heading: string, headline: string, siteSegments: string[]): boolean {
  const runOn = compact(heading);
  return headline.length >= 10 && siteSegments.some((segment) => runOn === compact(headline) + compact(segment));
}

/** A text as typed on a keyboard: typographic dashes and quotes as the hyphen and the straight quotes. */
function keyboardForm(text: string): string {
  return text.replace(/[‐‑‒–—−]/gu, '-').replace(/[‘’‚‛′]/gu, "'").replace(/[“”„‟″]/gu, '"').replace(/\s+/gu, ' ').trim();
}

/** The texts once each, in order of first appearance; copies differing only in punctuation and case are one text. */
function distinctTexts(texts: string[]): string[] {
  return [...new Map(texts.map((text) => [normalize(text), text])).values()];
}

/**
 * True when the declared headlines name no page: rule 'label declared', each is a label of a word or two (og:title
 * filled with the section's name, "Sport", "Glossary"); rule 'declared copy of an unrelated <title>', all copy
 * <title> and share no word with the h1 (the "Site | Local news and weather" or "Section | Site" that templates print
 * on every page). A copy is no second witness, and a <title> about something else than the h1 is no first one.
 */
function declaredNamesNoPage(declared: string[], documentTitle: string, heading: string): boolean {
  if (declared.length === 0) return false;
  if (declared.every((title) => !isPhrase(title))) return true;
  return declared.every((title) => sameText(title, documentTitle)) && sharedContentWords(normalize(heading), [normalize(documentTitle)]) === 0;
}

/**
 * Old table layouts print the headline in a bold cell, with no heading element and no metadata, under a <title> of
 * site and headline joined by a dash ("Agency - Headline" over "<td class="title"><b>Headline</b></td>"). With
 * nothing else to go by, the side of <title> the page shows as a block of its own is the headline, and the other
 * side the site's name; when the page shows neither, nothing is decided. Rule 'end segment
 * shown alone': a <title> of three parts ("Headline - Site - Section") has no side that is the headline alone, and its
 * end segment the page shows as a block is the headline, the rest the site's name and section. Rule 'label before
 * a shown headline': the words after a colon are such a side too ("Vorschauen: Anno 1800 Beta" over a block "Anno
 * 1800 Beta"), the words before it a section's label; a colon splits nothing else off, since a headline may quote a
 * speaker before one. A page that shows the words before the colon as a block as well sets the headline in two lines
 * ("Open Journalism Project:" over "Better Student Journalism"), both of it. A page that shows both sides of a dash
 * shows the site's name first (rule 'logo in text over the headline').
 */
function sideShownAlone(title: string, shownBlocks: (() => string[]) | undefined): string | null {
  const split = title ? splitOnce(title) : null;
  const colonSplit = title ? splitAtColon(title) : null;
  if ((!split && !colonSplit) || !shownBlocks) return null;
  const blocks = shownBlocks();
  const shown = new Set(blocks.map(normalize));
  const labelShown = colonSplit !== null && blocks.some((block) => compact(block) === compact(colonSplit[0]));
  const sides = [split?.headRest, split?.tailRest, split?.head, split?.tail, labelShown ? undefined : colonSplit?.[1]]
    .filter((side): side is string => side !== undefined && isPhrase(side) && shown.has(normalize(side)));
  const distinct = distinctTexts(sides);
  if (distinct.length === 1) return distinct[0];
  // Rule 'logo in text over the headline': a page that shows both sides shows the site's name in its masthead, a
  // logo set as text ("<div class="top_headline">Club</div><div class="top_subline">in the Council</div>"), above the
  // story; the side it shows later is the headline.
  if (distinct.length !== 2) return null;
  const order = blocks.map(normalize);
  const [first, second] = distinct.map((side) => order.indexOf(normalize(side)));
  return first === second ? null : distinct[first > second ? 0 : 1];
}

/** The page's line that shows the headline <title> cuts short or closes with; the lines are read once, for both rules. */
function lineShowingTitle(title: string, shownLines: (() => string[]) | undefined): string | null {
  if (!shownLines) return null;
  const lines = shownLines();
  return headlineCutShort(title, lines) ?? lineClosingTitle(title, lines);
}

/**
 * Rule 'title cut short of the shown headline': older CMSs fill <title> from a short field or cut it at a few words,
 * so "Site - Schützenverein ehrt Mitglieder" stands over a bold line "Schützenverein ehrt Mitglieder für 50 Jahre
 * Treue". A <title>, or a side of it, that the page shows only as the opening words of a line, which runs on by whole
 * words and ends no sentence inside, is that line's headline cut short; the line is the headline. A paragraph opening
 * with the same words is a sentence, and a side of one or two words is a name, not a headline's start.
 */
function headlineCutShort(title: string, lines: string[]): string | null {
  const split = splitOnce(title);
  const sides = [title, ...(split ? [split.headRest, split.tailRest, split.head, split.tail] : [])].filter((side) => wordCount(side) >= MIN_CUT_HEADLINE_WORDS);
  const runOn = lines.filter((line) => !SENTENCE_INSIDE.test(line) && sides.some((side) => normalize(line).startsWith(`${normalize(side)} `)));
  return distinctTexts(runOn).length === 1 ? runOn[0] : null;
}
const MIN_CUT_HEADLINE_WORDS = 3;
/** A sentence's end inside a text or at its close, as a paragraph has and a headline line has not. */
const SENTENCE_INSIDE = /[.!?。]\s|\.$/u;

/**
 * Rule 'line closing the title': Japanese and Chinese templates part the site's and the section's names from the
 * headline in <title> with ideographic spaces, which headlines use too ("やまなみ新報　ニュース　リンゴ農家に初の雪害補助
 * 飯田市、…"), so no separator tells where the headline starts. A line of the page that <title> closes with, a phrase,
 * after words of its own, is that headline, and the words before it the site's and the section's.
 */
function lineClosingTitle(title: string, lines: string[]): string | null {
  const whole = normalize(title);
  const closing = lines.filter((line) => isPhrase(line) && whole.endsWith(` ${normalize(line)}`));
  return distinctTexts(closing).length === 1 ? closing[0] : null;
}

/**
 * Without an h1, an h2 that repeats a whole title ("How to grow a lemon tree | Step-by-step guide") shows all of it
 * is the headline, as an h1 repeating it would; a side that names the site is still the site's, since a share box
 * may print <title> as it is.
 */
function shownWhole(title: string, headings: string[], subheadings: string[], siteNames: string[]): boolean {
  if (headings.length > 0 || !subheadings.some((subheading) => sameText(subheading, title))) return false;
  const split = splitOnce(title);
  return !split || !siteNames.some((name) => matchesSiteName(split.head, name) || matchesSiteName(split.tail, name));
}

/**
 * True when `text` repeats two or more consecutive segments of `title`, but not all of it and no site name. A run of
 * labels of a word or two each ("Politik | Ausland") is the path of sections that <title> names on the way to the
 * page, which an h2 may print as a banner; a headline has a segment of a few words.
 */
function isSegmentRun(text: string, title: string, siteNames: string[]): boolean {
  const segments = segmentsOf(title);
  const target = normalize(text);
  if (segments.length < 3 || target.length === 0) return false;
  for (let first = 0; first < segments.length - 1; first++) {
    for (let last = first + 1; last < segments.length && last - first < segments.length - 1; last++) {
      const run = segments.slice(first, last + 1);
      if (normalize(run.join(' ')) !== target) continue;
      return run.some((segment) => wordCount(segment) >= MIN_HEADLINE_WORDS) && !run.some((segment) => siteNames.some((name) => matchesSiteName(segment, name)));
    }
  }
  return false;
}

/**
 * The page's h1 when the declared headlines disagree with it. Declared headlines are often written for search
 * and social previews ("Topic: …", a reworded teaser), while the h1 is what readers see as the headline. The h1
 * must be about the same thing (share a word with a declared title) and must not merely wrap a declared title in
 * a kicker or site name ("Premier League Liverpool lose …", "… Daily Herald"): then the declared title is the cleaner one.
 */
function visibleHeadline(headings: string[], declared: string[], siteNames: string[]): string | null {
  const titles = declared.map(normalize).filter((title) => title.length > 0);
  const distinct = distinctTexts(headings);
  // With several h1s (a section label, a newsletter box), the one about the same thing as the declared titles;
  // one shared word could be chance there, so two are required. Several such h1s ("Become a tester - it's easy",
  // then the section "Become a tester: how it works") are the headline and the sections that echo it: the first
  // is the headline, unless a later one shares more words, when the h1s decide nothing.
  const minShared = distinct.length === 1 ? 1 : 2;
  const related = distinct.filter((heading) => !isSiteHeading(heading, siteNames) && sharedContentWords(normalize(heading), titles) >= minShared);
  if (related.length === 0) return null;
  const shared = related.map((heading) => sharedContentWords(normalize(heading), titles));
  if (shared.some((count) => count > shared[0])) return null;
  const heading = related[0];
  const headingText = normalize(heading);
  // An h1 that runs a declared title into a subtitle or a site name shows the declared title is the headline.
  const wrapsTitle = (title: string) => title.length >= 10 && ((headingText.startsWith(title) && !continues(heading, title)) || headingText.endsWith(title)
    || (headingText.includes(title) && wordCount(headingText.replace(title, ' ')) <= MAX_SITE_NAME_WORDS));
  const complete = declared.filter((title) => !TRUNCATED.test(title)).map(normalize);
  return complete.some(wrapsTitle) ? null : heading;
}

/** Whether `text` has letters of a script `other` is written in; a text without letters shares any. */
function sharesScript(text: string, other: string): boolean {
  const scripts = LETTER_SCRIPTS.filter((script) => script.test(other));
  return scripts.length === 0 || scripts.some((script) => script.test(text));
}
const LETTER_SCRIPTS = ['Latin', 'Arabic', 'Cyrillic', 'Greek', 'Hebrew', 'Han', 'Hangul', 'Hiragana', 'Katakana', 'Thai', 'Devanagari', 'Bengali', 'Georgian', 'Armenian']
  .map((script) => new RegExp(`\\p{Script=${script}}`, 'u'));

/**
 * Rule "urgency label before the headline": a breaking item's headline is run with the desk's urgency label before it
 * and a separator ("BREAKING: …", "EILMELDUNG: …", "URGENT - …", "ÚLTIMA HORA | …", "SON DAKİKA: …", "عاجل.. …"), in
 * every copy the page declares as in the h1; the label is taken down once the item is written through, and the
 * headline stays. With a phrase after it, the label and its separator are no part of the headline.
 */
function withoutUrgencyLabel(title: string): string {
  const label = URGENCY_LABEL.exec(title);
  if (!label) return title;
  const rest = title.slice(label[0].length);
  return isPhrase(rest) ? rest : title;
}
const URGENCY_LABEL = /^\s*(?:breaking(?: news)?|eilmeldung|urgent|urgente|última hora|ultima hora|ultim['’]ora|son dak[iİ]ka|عاجل|خبر عاجل)\s*(?:[:|–—-]+|\.{2,}|…)\s*/iu;

/**
 * Rule "the columnist writes": Egyptian, Sudanese and other Arab sites head an opinion column with its writer's full
 * name and "يكتب:" or "تكتب:" (writes) before the column's own title, in the h1 as in every declared copy ("د. عثمان
 * الطيب محجوب يكتب: الخبز قبل الخطابة"); the name is the byline's, and the title is what follows the colon. A name of
 * two words or more, with the doctor's or the professor's abbreviation before it: a news headline quoting one
 * person's post names them by one word ("ترامب يكتب: …"), and is left whole.
 */
function withoutWriterLead(title: string): string {
  const lead = WRITER_LEAD.exec(title);
  if (!lead) return title;
  const rest = title.slice(lead[0].length);
  return isPhrase(rest) ? rest : title;
}
const WRITER_LEAD = /^\s*(?:(?:د|أ\.د|ا\.د|م)\.\s*)?[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+){1,4}\s+(?:يكتب|تكتب)\s*[:：]\s*/u;

/** Whitespace collapsed; a title that repeats itself ("Headline Headline") is kept once. */
export function cleanTitle(title: string): string {
  // Documentation generators append a permalink anchor ("¶", "#") to headings; a separator left at the end
  // introduced a part that is gone (a kicker element after the headline).
  const collapsed = collapseWhitespace(decodeLeftoverEntities(title)).replace(/\s*[¶§#]+$/u, '').replace(/\s+[:|–—-]$/u, '');
  const half = collapsed.length / 2;
  if (Number.isInteger(half - 0.5)) {
    const left = collapsed.slice(0, half - 0.5);
    if (left.length > 0 && left === collapsed.slice(half + 0.5)) return left;
  }
  return collapsed;
}

/**
 * The site name as declared and shown as a logo, a segment the candidates carry at opposite ends, plus the host's
 * registrable-looking label ("www.example.co.uk" → "example").
 */
function siteNameVariants(evidence: TitleEvidence, documentTitle: string, declared: string[], headings: string[]): string[] {
  const names: string[] = [];
  if (evidence.siteName) names.push(evidence.siteName);
  for (const named of [...evidence.logos ?? [], ...evidence.sections ?? []].map(cleanTitle)) if (named) names.push(named);
  // Rule "site's kind after the headline": Arabic and Persian sites close the title with their name opened by what
  // kind of site they are ("… - صحيفة الوادي", the Wadi newspaper; "… - بوابة …", portal; "… - خبرگزاری …", agency),
  // after a dash that a headline may hold too; the kind's word marks the segment as the site's.
  const outermost = segmentsOf(documentTitle).at(-1);
  if (outermost && outermost !== documentTitle.trim() && SITE_KIND_OPENING.test(outermost)) names.push(outermost);
  // Rule "title naming the site alone" (see closesWithName), unless an h1 shows <title> to be the headline.
  if (documentTitle && !headings.some((heading) => sameText(heading, documentTitle)) && declared.some((title) => closesWithName(title, documentTitle))) names.push(documentTitle);
  const behindLoneGuillemet = LONE_GUILLEMET_TAIL.exec(documentTitle);
  if (behindLoneGuillemet) names.push(behindLoneGuillemet[1]);
  // Rule 'guillemet over moved end': "Post « Blog" in <title> and "Blog » Post" in a meta title move both ends
  // across, so the moved end cannot tell them apart; the lone guillemet already named the site's end, and the other
  // is the page's own.
  const movedEnd = endMovedAcross([documentTitle, ...declared]);
  if (movedEnd && (!behindLoneGuillemet || sameText(movedEnd, behindLoneGuillemet[1]))) names.push(movedEnd);
  if (evidence.host) {
    const host = evidence.host.replace(/^www\d?\./, '');
    names.push(host);
    const label = host.split('.').filter((part) => part.length > 3 || !/^(?:com|net|org|co|gov|edu|ac)$/.test(part))[0];
    if (label && label.length >= 3) names.push(label);
  }
  return names;
}

/**
 * Rule 'end moved across': a segment one candidate puts before the headline and another after it ("Courier »
 * Council approves …" in <title>, "Council approves … — Courier" in og:title) is the site's name: templates fill in
 * the site's part where each format wants it, while the headline is the part they share.
 */
function endMovedAcross(candidates: string[]): string | null {
  const distinct = [...new Set(candidates.filter(Boolean))];
  for (const first of distinct) {
    // Most pages fail here without a split: the other candidate must hold the first word of this one's head after
    // a space, where its own tail would start.
    const space = first.indexOf(' ');
    const firstWord = space > 0 ? ` ${first.slice(0, space)}` : '';
    const others = firstWord ? distinct.filter((other) => other !== first && other.includes(firstWord)) : [];
    if (others.length === 0) continue;
    const split = splitOnce(first);
    if (!split || wordCount(split.head) > MAX_SITE_NAME_WORDS) continue;
    if (others.some((other) => {
      const otherSplit = splitOnce(other);
      return otherSplit && sameText(otherSplit.tail, split.head) && sameText(otherSplit.tailRest, split.headRest);
    })) return split.head;
  }
  return null;
}

/** "Post « Blog", the WordPress default <title>: behind a "«" that opens no quote, the last segment names the site. */
const LONE_GUILLEMET_TAIL = /^[^«»]+\s«\s+([^«»|]+)$/;
