/**
 * Held-out pictures: hand-written news pages in English, German, Spanish, French, Arabic, Japanese and Chinese whose
 * pictures come lazy-loaded, in <picture> and srcset renditions, in WordPress caption boxes, sliders and paragraphs,
 * with credits labelled in the page's language, set in small print or declared only in a data attribute, among
 * pictures that are not the story's (logos, avatars, share icons, ad creatives, pixels, emoji, related thumbnails)
 * and beside og:images that are a site's default share card or another size of the lead picture. Each page is read
 * with its URL and without one, and each test states the pictures a reader expects, field by field.
 */
import type { ArticleImage, ArticleRecord } from '../../lambdas/extract';
import { heldoutPageReader, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-images');

interface PicturePage {
  name: string;
  url: string;
  /** What the page's pictures are like. */
  shows: string;
  title: string;
  /** The story's first and last paragraphs, whole. */
  first: string;
  last: string;
  /** Every picture of the story, in page order. */
  images: ArticleImage[];
  /** Which of them is the lead picture. */
  lead: number;
}

const PAGES: PicturePage[] = [
  {
    name: "en-gallery-rail",
    url: "https://www.tidewater.example/news/harbour-festival-record-crowds",
    shows: "a lead figure with a nested credit span, a five-picture slider with captions, then a related-stories rail; byline avatar, share icons, site logo and a footer pixel around it",
    title: "Harbour festival draws record crowds despite the rain",
    first: "More than forty thousand people came to the harbour festival this weekend, organisers said on Sunday, the most since the event began nineteen years ago.",
    last: "Next year's festival is planned for the last weekend of November.",
    images: [
      { url: "https://img.tidewater.example/2026/11/harbour-festival-boats.jpg", caption: "Decorated boats lined the quay on Saturday evening.", alt: "Sailing boats decorated with lanterns in the harbour", credit: "Photo: Daniel Okafor" },
      { url: "https://img.tidewater.example/2026/11/festival-gallery-01.jpg", caption: "Crowds packed the quay for the lantern parade.", alt: "Crowds on the quay", credit: null },
      { url: "https://img.tidewater.example/2026/11/festival-gallery-02.jpg", caption: "The Eastbrook Brass Band opened the evening.", alt: "A brass band", credit: null },
      { url: "https://img.tidewater.example/2026/11/festival-gallery-03.jpg", caption: "Children carried lanterns they had made at school.", alt: "Children with lanterns", credit: null },
      { url: "https://img.tidewater.example/2026/11/festival-gallery-04.jpg", caption: "Smoked mackerel sold out by nine o'clock.", alt: "A food stall", credit: null },
      { url: "https://img.tidewater.example/2026/11/festival-gallery-05.jpg", caption: "Fireworks closed the festival on Sunday night.", alt: "Fireworks over the harbour", credit: null },
    ],
    lead: 0,
  },
  {
    name: "de-lazy-noscript",
    url: "https://www.nordrundschau.example/region/deich-elmshagen-wird-erhoeht-55120.html",
    shows: "lazy pictures three ways (data-lazy-src over blank.gif, a <noscript> copy after a data: placeholder, loading=lazy with srcset and sizes listed out of order), a credit in closing <small> print, \"Bild:\" and \"Grafik:\" labels, an ad slot creative and a tracking pixel",
    title: "Hochwasserschutz: Deich bei Elmshagen wird erhöht",
    first: "Am Deich bei Elmshagen haben die Bauarbeiten für die Erhöhung um einen Meter begonnen. Bis zum Herbst 2027 soll der Abschnitt von 4,2 Kilometern fertig sein.",
    last: "Die Kosten von rund 31 Millionen Euro tragen Bund und Land gemeinsam.",
    images: [
      { url: "https://bilder.nordrundschau.example/2026/11/deich-elmshagen-bagger.jpg", caption: "Bagger tragen die alte Deichkrone ab.", alt: "Bagger am Deich bei Elmshagen", credit: "Bild: Nordkurier Rundschau/Henrik Sievers" },
      { url: "https://bilder.nordrundschau.example/2026/11/deich-elmshagen-schafe.jpg", caption: "Schafe halten die Grasnarbe kurz.", alt: "Schafe auf dem Deich", credit: "Henrik Sievers" },
      { url: "https://bilder.nordrundschau.example/2026/11/deich-querschnitt-1440.png", caption: "So wird der Deich aufgebaut.", alt: "Querschnitt des neuen Deichs", credit: "Grafik: Nordkurier Rundschau" },
    ],
    lead: 0,
  },
  {
    name: "es-wp-caption",
    url: "https://diariodelvalle.example/2026/11/25/mercado-abastos-reabre/",
    shows: "a WordPress wp-caption box with \"Foto:\", og:image the lead picture's 300×200 rendition, a block figure whose credit is only in data-credit, a sibling <p class=\"caption\"> with a <small> credit; gravatar, logo and share icon",
    title: "El mercado de abastos reabre con puestos de productores locales",
    first: "El mercado de abastos del barrio de San Roque volvió a abrir sus puertas este martes tras catorce meses de obras, con veintidós puestos, la mitad de ellos de productores de la comarca.",
    last: "El mercado abrirá de lunes a sábado de ocho de la mañana a tres de la tarde, y los jueves también por la tarde.",
    images: [
      { url: "https://diariodelvalle.example/wp-content/uploads/2026/11/mercado-abastos-reapertura.jpg", caption: "Vecinos recorren los pasillos renovados del mercado.", alt: "Vecinos en los pasillos del mercado", credit: "Foto: Andrés Molina" },
      { url: "https://diariodelvalle.example/wp-content/uploads/2026/11/mercado-puesto-queso-1536x1024.jpg", caption: "Uno de los puestos de queso artesano de la comarca.", alt: "Puesto de quesos artesanos", credit: "Ayuntamiento de San Roque" },
      { url: "https://diariodelvalle.example/wp-content/uploads/2026/11/mercado-fachada.jpg", caption: "La fachada de 1931 se ha conservado.", alt: "Fachada del mercado", credit: "Foto: Archivo Diario del Valle" },
    ],
    lead: 0,
  },
  {
    name: "fr-picture-webp",
    url: "https://www.echo-coteaux.example/metropole/tramway-t2-prolonge-saint-aubin",
    shows: "a <picture> whose webp source is larger than the img's fallback, a figcaption with légende and copyright spans, a data-srcset-only map with an \"Infographie :\" credit; og:image the site's share card",
    title: "Le tramway de la vallée prolongé jusqu'à la gare de Saint-Aubin",
    first: "Les travaux de la ligne T2 commenceront au printemps pour une mise en service prévue fin 2028.",
    last: "Une réunion publique est prévue le 9 décembre à la salle des fêtes de Saint-Aubin.",
    images: [
      { url: "https://medias.echo-coteaux.example/2026/11/tram-t2-rame-1280.webp", caption: "Une rame de la ligne T2 à l'arrêt Hôtel de Ville.", alt: "Une rame du tramway T2 à l'arrêt Hôtel de Ville", credit: "© Julien Marchand / L'Écho des Coteaux" },
      { url: "https://medias.echo-coteaux.example/2026/11/tram-t2-trace-1200.png", caption: "Le tracé retenu longe la rivière sur deux kilomètres.", alt: "Carte du prolongement de la ligne T2", credit: "Infographie : Léa Fontaine" },
    ],
    lead: 0,
  },
  {
    name: "ar-tasweer-credit",
    url: "https://www.alwaha-news.example/local/2026/11/26/hadiqa",
    shows: "right-to-left captions closing with \"(تصوير: …)\" and \"- تصوير: …\", og:image a default share picture; author box portrait, inline SVG and icon share buttons, an ad creative and an emoji image",
    title: "افتتاح أكبر حديقة عامة في المدينة بعد عامين من العمل",
    first: "افتتحت أمانة المدينة صباح أمس أكبر حديقة عامة فيها، على مساحة تزيد على ثلاثمائة ألف متر مربع، بعد عامين من أعمال الإنشاء.",
    last: "ومن المقرر افتتاح حديقتين أخريين في الأحياء الشمالية خلال العام المقبل",
    images: [
      { url: "https://www.alwaha-news.example/uploads/2026/11/hadiqa-iftitah.jpg", caption: "زوار يتجولون في الحديقة يوم الافتتاح", alt: "زوار الحديقة الجديدة عند البوابة الرئيسية", credit: "تصوير: فهد العتيبي" },
      { url: "https://www.alwaha-news.example/uploads/2026/11/hadiqa-buhaira.jpg", caption: "البحيرة الصناعية وسط الحديقة", alt: "البحيرة الصناعية", credit: "تصوير: نورة القحطاني" },
    ],
    lead: 0,
  },
  {
    name: "ja-shashin-credit",
    url: "https://www.wangan-nippo.example/article/20261127-asaichi",
    shows: "Japanese captions crediting with \"（写真：…）\" and \"写真＝…\", og:image the site's OGP default; a ranking thumbnail and an emoji image in the footer",
    title: "港町の朝市、三年ぶりに再開 地元の漁師ら出店",
    first: "漁港の岸壁で毎週日曜日に開かれていた朝市が、二十六日、三年ぶりに再開した。地元の漁師や農家など二十店が出店し、開始前から行列ができた。",
    last: "市は朝市に合わせて、漁港近くの臨時駐車場を無料で開放する。次回は十二月三日の午前六時から開かれる。",
    images: [
      { url: "https://img.wangan-nippo.example/article/2026/11/asaichi-saikai-main.jpg", caption: "再開初日からにぎわう朝市", alt: "朝市でにぎわう漁港の岸壁", credit: "写真：山本健太" },
      { url: "https://img.wangan-nippo.example/article/2026/11/asaichi-saikai-sazae.jpg", caption: "炭火で焼いたサザエを味わう家族連れ", alt: "炭火で焼かれるサザエ", credit: "写真＝湾岸日報" },
    ],
    lead: 0,
  },
  {
    name: "zh-sheying-credit",
    url: "https://www.qinghe-daily.example/city/2026-11/22/content_88231.html",
    shows: "lazy pictures in centred paragraphs (data-original over loading.gif), each captioned by the paragraph after it with \"摄影：\" / \"攝影：\"; share icons after the text",
    title: "江滨公园二期开放 新增五公里骑行道",
    first: "经过一年半的建设，江滨公园二期工程于昨日正式向市民开放。二期沿江延伸约三公里，新增骑行道五公里、步行道四公里。",
    last: "三期工程预计明年下半年动工，建成后江滨公园将与城北湿地公园连成一片。",
    images: [
      { url: "https://img.qinghe-daily.example/2026/11/22/jiangbin-gongyuan-erqi-01.jpg", caption: "市民在新开放的骑行道上骑车。", alt: "江滨公园二期骑行道", credit: "摄影：林晓东" },
      { url: "https://img.qinghe-daily.example/2026/11/22/jiangbin-gongyuan-erqi-02.jpg", caption: "新建的观景平台可以俯瞰江面。", alt: "观景平台", credit: "攝影：陈嘉怡" },
    ],
    lead: 0,
  },
  {
    name: "en-og-default-lazy",
    url: "https://www.millbrook-gazette.example/news/brickworks-homes-approved",
    shows: "og:image a default share image; data-src over blank.gif and loading=lazy srcset pictures captioned in a sibling <p class=\"caption\"> with \"Picture:\" and \"Photo:\"; author thumbnail and a related cards block",
    title: "Council approves plan for 400 homes on former brickworks site",
    first: "Plans for 400 homes on the site of the former Hatherley brickworks have been approved by Millbrook District Council, despite objections from nearby residents about traffic.",
    last: "Building work is expected to start next summer and take around six years.",
    images: [
      { url: "https://cdn.millbrook-gazette.example/2026/11/brickworks-site-aerial.jpg", caption: "The former brickworks has stood empty since 2009.", alt: "Aerial view of the former brickworks", credit: "Picture: Millbrook Gazette" },
      { url: "https://cdn.millbrook-gazette.example/2026/11/brickworks-kiln-1280.jpg", caption: "The listed Hoffmann kiln will become a community hall.", alt: "The listed kiln", credit: "Photo: Hatherley Heritage Trust" },
    ],
    lead: 0,
  },
];

describe.each(PAGES)('held-out pictures: $name ($shows)', (page) => {
  const records: Array<[string, ArticleRecord]> = [
    ['with its URL', extractPage(page.name, page.url)],
    ['without a URL', extractPage(page.name, null)],
  ];

  it.each(records)('reads the title and the story\'s first and last paragraphs %s', (_, record) => {
    expect(record.title).toBe(page.title);
    const body = paragraphs(record);
    expect(body[0]).toBe(page.first);
    expect(body.at(-1)).toBe(page.last);
  });

  it.each(records)('reads the story\'s pictures, each with its caption, alt text and credit, and nothing else %s', (_, record) => {
    expect(record.images).toHaveLength(page.images.length);
    page.images.forEach((image, index) => {
      expect(record.images[index].url).toBe(image.url);
      expect(record.images[index].caption).toBe(image.caption);
      expect(record.images[index].alt).toBe(image.alt);
      expect(record.images[index].credit).toBe(image.credit);
    });
  });

  it.each(records)('takes the picture the story shows first as its lead %s', (_, record) => {
    expect(record.leadImage).toEqual(page.images[page.lead]);
  });
});
