/**
 * Held-out audit of visible dates in news languages the first date rounds did not cover: hand-written pages in
 * Vietnamese (month names in words, the afternoon word after the clock, "Ngày đăng"/"Cập nhật" labels), Slovenian
 * (genitive month, "ob 8.15"), Albanian (update label first), Macedonian (ј in the month), Belarusian, Icelandic ("kl.
 * 08.15"), Uzbek (the day joined by a hyphen), Kazakh and Mongolian (year first with a word for the year or the month
 * numbered) and Basque (the year's suffix, the genitive month). All but the Belarusian page carry no date in JSON-LD,
 * so the visible date must be read; the Belarusian one declares its date, which stands over the dateline. Each page
 * is read with its URL and without one, and each case states the record a reader expects, field by field.
 */
import type { ArticleRecord } from '../../lambdas/extract';
import { expectParagraphsInOrder, heldoutPageReader, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-dates2');

interface DatedPage {
  name: string;
  url: string;
  title: string;
  authors: string[];
  publishedAt: string;
  /** The publication date's raw string: its item of the dateline as the page shows it, or the declared value. */
  publishedAtRaw: string;
  /** The update, where the dateline shows one beside the publication. */
  modified?: { iso: string; raw: string };
  language: string;
  /** The story's paragraphs in order: the first and last whole, or patterns for the ones between. */
  body: Array<string | RegExp>;
  paragraphCount: number;
  /** Chrome around the story that must stay out of the body. */
  notInBody: RegExp;
}

function describePage(summary: string, page: DatedPage): void {
  describe(summary, () => {
    const records: Array<[string, ArticleRecord]> = [
      ['with its URL', extractPage(page.name, page.url)],
      ['without a URL', extractPage(page.name, null)],
    ];
    it.each(records)('reads the title and language %s', (_, record) => {
      expect(record.title).toBe(page.title);
      expect(record.language).toBe(page.language);
    });
    it.each(records)('reads the publication date and the text it was read from %s', (_, record) => {
      expect(record.publishedAt).toBe(page.publishedAt);
      expect(record.publishedAtRaw).toBe(page.publishedAtRaw);
    });
    it.each(records)('reads the update beside the publication, or none %s', (_, record) => {
      expect({ iso: record.modifiedAt, raw: record.modifiedAtRaw }).toEqual(page.modified ?? { iso: null, raw: null });
    });
    it.each(records)('reads the writer %s', (_, record) => expect(record.authors).toEqual(page.authors));
    it.each(records)('reads the story\'s paragraphs and nothing around them %s', (_, record) => {
      const body = paragraphs(record);
      expectParagraphsInOrder(body, page.body);
      expect(body).toHaveLength(page.paragraphCount);
      expect(record.body).not.toMatch(page.notInBody);
    });
  });
}

describePage('Vietnamese: "Ngày đăng: 5 Tháng Ba, 2024 - 3:15 chiều | Cập nhật: …", today\'s date in the masthead, the writer closing the story', {
  name: 'vi-thang-ba-chieu', url: 'https://songhan-news.example/thoi-su/da-nang-mo-them-tuyen-xe-buyt-ra-san-bay-4711.html',
  title: 'Đà Nẵng mở thêm tuyến xe buýt ra sân bay', authors: ['Phan Thị Thu Hà'],
  publishedAt: '2024-03-05T15:15:00+07:00',
  publishedAtRaw: 'Ngày đăng: 5 Tháng Ba, 2024 - 3:15 chiều',
  modified: { iso: '2024-03-06T09:00:00+07:00', raw: 'Cập nhật: 6 Tháng Ba, 2024 - 9:00 sáng' },
  language: 'vi',
  body: [
    'Từ tuần sau, hành khách có thể đi xe buýt từ trung tâm thành phố ra sân bay với giá vé mười lăm nghìn đồng.',
    /^Sở Giao thông vận tải thành phố cho biết/, /^Mỗi ngày sẽ có khoảng sáu mươi chuyến/, /^Theo đại diện doanh nghiệp vận hành/,
    'Nhiều người dân mong rằng tuyến xe mới sẽ giảm bớt tình trạng ùn tắc trước cổng sân bay vào giờ cao điểm, nhất là trong mùa du lịch hè.',
  ],
  paragraphCount: 5,
  notInBody: /Thứ Hai, 30\/11\/2026|Đọc nhiều|Giá xăng|Giấy phép|Phan Thị Thu Hà/,
});

describePage('Slovenian: "Avtor:" and "torek, 5. marca 2024 ob 8.15", the genitive month and a dotted clock after "ob"', {
  name: 'sl-torek-ob', url: 'https://savski-glas.example/slovenija/ljubljana-novi-avtobusi',
  title: 'Ljubljanski potniški promet bo dobil dvanajst novih avtobusov', authors: ['Maja Kranjc'],
  publishedAt: '2024-03-05T08:15:00+01:00', publishedAtRaw: 'torek, 5. marca 2024 ob 8.15', language: 'sl',
  body: [
    /^Mestno podjetje za javni prevoz je podpisalo pogodbo/, /^Direktor podjetja je povedal/, /^Vsi avtobusi bodo imeli nizko dno/,
    'Nakup bo v večjem delu financiran iz evropskih sredstev, preostanek pa bo zagotovila mestna občina iz letošnjega proračuna.',
  ],
  paragraphCount: 4,
  notInBody: /Avtor:|Preberite tudi|kolesarska steza|pravice pridržane/,
});

describePage('Albanian: "Përditësuar: 6 shkurt 2024, 10:00 · Publikuar: 5 shkurt 2024, 08:15", the update first, and "Autori:"', {
  name: 'sq-publikuar-perditesuar', url: 'https://zeri-i-bregut.example/lajme/tirana-parku-i-ri-liqeni',
  title: 'Tirana nis punimet për parkun e ri në lagjen e Liqenit', authors: ['Arben Kola'],
  publishedAt: '2024-02-05T08:15:00+01:00', publishedAtRaw: 'Publikuar: 5 shkurt 2024, 08:15',
  modified: { iso: '2024-02-06T10:00:00+01:00', raw: 'Përditësuar: 6 shkurt 2024, 10:00' },
  language: 'sq',
  body: [
    /^Bashkia e Tiranës ka nisur punimet/, /^Sipas projektit, parku do të ketë/, /^Kryetari i bashkisë tha/,
    'Banorët e zonës kanë kërkuar prej kohësh më shumë hapësira të gjelbra, pasi lagjja është zgjeruar shpejt gjatë dekadës së fundit.',
  ],
  paragraphCount: 4,
  notInBody: /Autori:|Më të lexuarat|reshje shiu|rezervuara/,
});

describePage('Macedonian: the writer in JSON-LD without a date, the dateline "среда, 5 јуни 2024, 08:15" with ј in the month', {
  name: 'mk-juni', url: 'https://vardarski-vesnik.example/makedonija/ohrid-novo-pristaniste',
  title: 'Охрид ја отвора летната сезона со нов пристаниште за бродови', authors: ['Елена Стојановска'],
  publishedAt: '2024-06-05T08:15:00+02:00', publishedAtRaw: 'среда, 5 јуни 2024, 08:15', language: 'mk',
  body: [
    /^Новото пристаниште на охридскиот кеј/, /^Од општината велат/, /^Изградбата траеше речиси две години/,
    'Угостителите во центарот на градот очекуваат повеќе посетители веќе од почетокот на јули.',
  ],
  paragraphCount: 4,
  notInBody: /Најчитано|возен ред|среда, 5 јуни/,
});

describePage('Belarusian: JSON-LD date without a writer, "Аўтар:" in the meta line beside "5 сакавіка 2024, 08:15"', {
  name: 'be-jsonld-sakavik', url: 'https://niomanskija-naviny.example/hrodna/dziciachaja-biblijateka',
  title: 'У Гродна адкрылі новую бібліятэку для дзяцей', authors: ['Алесь Навіцкі'],
  publishedAt: '2024-03-05T08:15:00+03:00', publishedAtRaw: '2024-03-05T08:15:00+03:00', language: 'be',
  body: [
    /^У цэнтры Гродна ў аўторак адкрылася/, /^Будынак, дзе раней месціўся склад/, /^Загадчыца бібліятэкі расказала/,
    'Запісацца ў бібліятэку можна бясплатна, для гэтага дастаткова прыйсці з адным з бацькоў.',
  ],
  paragraphCount: 4,
  notInBody: /Аўтар|Самае чытанае|Надвор'е/,
});

describePage('Icelandic: the writer and "5. febrúar 2024 kl. 08.15" in one header line', {
  name: 'is-kl-punktur', url: 'https://fjardarposturinn.example/innlent/2024/gongubru-olfusa',
  title: 'Ný göngubrú yfir Ölfusá opnuð í vor', authors: ['Sigrún Ólafsdóttir'],
  publishedAt: '2024-02-05T08:15:00+00:00', publishedAtRaw: '5. febrúar 2024 kl. 08.15', language: 'is',
  body: [
    /^Framkvæmdir við nýja göngu- og hjólabrú/, /^Brúin verður um hundrað og tíu metra löng/, /^Bæjarstjórinn segir/,
    'Kostnaður við verkið er áætlaður um fjögur hundruð milljónir króna og skiptist á milli ríkis og sveitarfélagsins.',
  ],
  paragraphCount: 4,
  notInBody: /Mest lesið|Snjókoma|ehf\./,
});

describePage('Uzbek (Latin): "Muallif:" and "08:15 / 5-sentabr, 2024", the clock before the date and the day joined by a hyphen', {
  name: 'uz-defis-sana', url: 'https://zarafshon-xabarlari.example/jamiyat/samarqand-yangi-bekat',
  title: 'Samarqandda yangi avtobus bekati ochildi', authors: ['Dilnoza Karimova'],
  publishedAt: '2024-09-05T08:15:00+05:00', publishedAtRaw: '08:15 / 5-sentabr, 2024', language: 'uz',
  body: [
    /^Samarqand shahrining markazida/, /^Bekatda kutish zali/, /^Shahar hokimligi ma’lumotiga ko‘ra/,
    'Yangi bekatdan Toshkent, Buxoro va Qarshi yo‘nalishlarida har soatda avtobuslar jo‘naydi.',
  ],
  paragraphCount: 4,
  notInBody: /Muallif|Ko‘p o‘qilgan|Ob-havo/,
});

describePage('Kazakh: "2024 жылғы 5 наурыз, 08:15", year first with the word for "year", no byline', {
  name: 'kk-jylgy', url: 'https://zhetisu-zharshysy.example/qogam/almaty-velosiped-zholy',
  title: 'Алматыда жаңа велосипед жолы ашылды', authors: [],
  publishedAt: '2024-03-05T08:15:00+05:00', publishedAtRaw: '2024 жылғы 5 наурыз, 08:15', language: 'kk',
  body: [
    /^Алматының орталығында ұзындығы сегіз шақырым/, /^Қала әкімдігінің мәліметінше/, /^Велосипедшілер қауымдастығының өкілі/,
    'Келесі жылы осындай жолдарды қаланың басқа аудандарында да салу жоспарланып отыр.',
  ],
  paragraphCount: 4,
  notInBody: /Көп оқылған|Ауа райы/,
});

describePage('Mongolian: "2024 оны 3 сарын 5, 08:15", the month numbered, no byline', {
  name: 'mn-saryn', url: 'https://tuul-medee.example/niigem/shine-tsetserleg',
  title: 'Улаанбаатарт шинэ цэцэрлэг ашиглалтад орлоо', authors: [],
  publishedAt: '2024-03-05T08:15:00+08:00', publishedAtRaw: '2024 оны 3 сарын 5, 08:15', language: 'mn',
  body: [
    /^Нийслэлийн Баянзүрх дүүрэгт/, /^Дүүргийн засаг даргын тамгын газрын/, /^Тус дүүрэгт цэцэрлэгийн хүртээмж/,
    'Ирэх онд дахин хоёр цэцэрлэг барихаар төлөвлөж байна.',
  ],
  paragraphCount: 4,
  notInBody: /Их уншсан|Цаг агаар/,
});

describePage('Basque: "Egilea:" and "2024ko martxoaren 5a, 08:15" in a <time> without datetime', {
  name: 'eu-martxoaren', url: 'https://kostaldeko-albisteak.example/gizartea/amara-bizikleta-bidea',
  title: 'Donostiak bizikleta bide berria izango du Amara auzoan', authors: ['Ane Etxeberria'],
  publishedAt: '2024-03-05T08:15:00+01:00', publishedAtRaw: '2024ko martxoaren 5a, 08:15', language: 'eu',
  body: [
    /^Donostiako Udalak bizikleta bide berri bat eraikiko du/, /^Udal arduradunen arabera/, /^Auzotarrek aspalditik eskatzen zuten/,
    'Proiektuak zuhaitz berriak landatzea eta argiteria hobetzea ere jasotzen ditu.',
  ],
  paragraphCount: 4,
  notInBody: /Egilea|Irakurrienak|Eguraldia/,
});
