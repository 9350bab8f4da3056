/**
 * Held-out robustness, world languages beyond the first round of non-Latin pages: hand-written news pages in
 * Traditional Chinese (Big5 and UTF-8), Japanese (EUC-JP declared and undeclared, and an era-dated town paper),
 * Korean, Ukrainian, Bulgarian (windows-1251), Serbian in both scripts, Greek (windows-1253 and ISO-8859-7), Hebrew
 * (windows-1255), Thai with Buddhist-Era years, Vietnamese, Indonesian, Malay, Hungarian, Romanian, Czech
 * (windows-1250), Croatian, Lithuanian, Latvian, Finnish, Catalan, Bengali, Tamil, Malayalam, Swahili, Persian with a
 * solar Hijri date, and pages whose clock carries a zone word (JST, MSK). Each page is read with its URL and without one, as the grader reads it, and each test states
 * the record a reader expects, field by field.
 */
import { expectParagraphsInOrder, heldoutPageReader, paragraphs, readWithAndWithoutUrl } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-intl');

interface IntlPage {
  name: string;
  url: string;
  /** The charset the site serves the page in; UTF-8 when absent. */
  charset?: string;
  title: string;
  /** Absent where the page's credit is not read yet (see the notes in each case). */
  authors?: string[];
  /** The tags of the page's tag line, where it has one. */
  tags?: string[];
  publishedAt: string;
  /** The page's language tag as read; only its primary subtag is scored. */
  language: string;
  direction?: 'rtl' | 'ltr';
  /** The story's paragraphs in order: the first and last whole, or patterns for the ones between. */
  body: Array<string | RegExp>;
  /** How many paragraphs the body has, when all of them are the story's. */
  paragraphCount?: number;
  /** Chrome around the story that must stay out of the body. */
  notInBody: RegExp;
}

function describePage(summary: string, page: IntlPage): void {
  describe(summary, () => {
    const records = readWithAndWithoutUrl(extractPage, page);
    it.each(records)('reads the title, date, language and direction %s', (_, record) => {
      expect(record.title).toBe(page.title);
      expect(record.publishedAt).toBe(page.publishedAt);
      expect(record.language).toBe(page.language);
      expect(record.direction).toBe(page.direction ?? 'ltr');
    });
    if (page.tags) {
      const tags = page.tags;
      it.each(records)('reads the tag line %s', (_, record) => expect(record.tags).toEqual(tags));
    }
    if (page.authors) {
      const authors = page.authors;
      it.each(records)('reads the writer %s', (_, record) => expect(record.authors).toEqual(authors));
    }
    it.each(records)('reads the story\'s paragraphs and nothing around them %s', (_, record) => {
      const body = paragraphs(record);
      expectParagraphsInOrder(body, page.body);
      if (page.paragraphCount !== undefined) expect(body).toHaveLength(page.paragraphCount);
      expect(record.body).not.toMatch(page.notInBody);
    });
  });
}

describePage('Taiwanese daily in Big5: "發布時間" with the afternoon marker before the clock, the reporter in the same line', {
  name: 'zh-tw-big5', tags: ['捷運', '綠線', '彰化'], charset: 'big5', url: 'http://www.zhongtai-daily.example/news/local/20230305/a123.htm',
  title: '台中捷運綠線延伸案通過環評 預計2028年完工', authors: ['王志明'], publishedAt: '2023-03-05T14:30:00+08:00', language: 'zh',
  body: [/^台中捷運綠線延伸至彰化段的計畫/, /^市府交通局表示/, /^環評委員要求/, /由中央與地方共同分擔。$/], paragraphCount: 4,
  notInBody: /字級|關鍵字|熱門新聞|颱風假|版權所有/,
});

describePage('Taiwanese news site in UTF-8: "文／記者林美玲", a slashed date, zh-Hant-TW', {
  name: 'zh-tw-utf8', tags: ['高雄港', '航運'], url: 'https://www.nanfang-news.example/economy/20230305/port',
  title: '高雄港新貨櫃中心啟用 年吞吐量增三成', authors: ['林美玲'], publishedAt: '2023-03-05T14:30:00+08:00', language: 'zh-Hant-TW',
  body: [/^高雄港第七貨櫃中心今天舉行啟用典禮/, /^港務公司表示/, /^新中心採用/, /^航商代表指出/, /減少港區周邊的空氣污染。$/], paragraphCount: 5,
  notInBody: /標籤|熱門排行|油價|All Rights Reserved|記者林美玲攝/,
});

describePage('Japanese regional paper in EUC-JP: "14時30分", a layout table, the writer in brackets closing the story', {
  name: 'ja-eucjp', charset: 'euc-jp', url: 'http://www.hokuriku-shimpo.example/news/2023030501.html',
  title: '県内の桜、平年より一週間早く開花 気象台が発表', authors: ['山本健太'], publishedAt: '2023-03-05T14:30:00+09:00', language: 'ja',
  body: [/^金沢地方気象台は５日/, /^気象台によると/, /^兼六園では/, /公共交通機関の利用を呼びかけている。$/], paragraphCount: 4,
  notInBody: /山本健太|関連記事|梅まつり|無断転載|トップ ＞/,
});

describePage('Japanese town paper: a date in the Reiwa era, "取材・文：" with a space between family and given name', {
  name: 'ja-reiwa', url: 'https://minami-town.example/news/102',
  title: '町営バス、４月から新路線を運行 高齢者の通院を支援', authors: ['佐藤 花子'], publishedAt: '2023-03-05T14:30:00+09:00', language: 'ja',
  body: [/^みなみ町は、４月１日から/, /^北部地区では昨年/, /^運賃は一回二百円で/, /と話しています。$/], paragraphCount: 4,
  notInBody: /シェアする|新着記事|ごみ収集日/,
});

describePage('Korean daily: "입력 … 오후 2:30 수정 …", the reporter\'s title after the name and his e-mail', {
  name: 'ko-news', url: 'https://www.dongnam-ilbo.example/news/articleView.html?idxno=88231',
  title: '부산 북항 재개발 1단계 준공…시민 공원 개방', authors: ['김민수'], publishedAt: '2023-03-05T14:30:00+09:00', language: 'ko',
  body: [/^부산 북항 재개발 1단계 사업이/, /^1단계 사업은/, /^항만공사 관계자는/, '2단계 사업은 철도 시설 이전과 함께 내년부터 본격 추진된다.'], paragraphCount: 4,
  notInBody: /무단전재|많이 본 뉴스|해운대|minsu@/,
});

describePage('Ukrainian news site: "5 березня 2023", "Автор:" in its own element', {
  name: 'uk-news', tags: ['Львів', 'ветерани'], url: 'https://zakhidni-novyny.example/news/lviv-rehab-centre',
  title: 'У Львові відкрили новий реабілітаційний центр для ветеранів', authors: ['Олена Коваленко'], publishedAt: '2023-03-05T14:30:00+02:00', language: 'uk',
  body: [/^У Львові в неділю відкрили/, /^За словами директорки/, /^Міський голова/, /в реєстратурі центру\.$/], paragraphCount: 4,
  notInBody: /Теги|Читайте також|електричок|Усі права/,
});

describePage('Bulgarian regional site in windows-1251, no lang attribute: date, writer and read count in one meta line', {
  name: 'bg-news', charset: 'windows-1251', url: 'http://www.trakia-dnes.example/news.php?id=77120',
  title: 'Пловдив получава нова линия на градския транспорт', authors: ['Иван Петров'], publishedAt: '2023-03-05T14:30:00+02:00', language: 'bg',
  body: [/^От следващия понеделник в Пловдив/, /^Според общината/, /^Кметът на района/, /валидни и в новите автобуси\.$/], paragraphCount: 4,
  notInBody: /Още от рубриката|Бунарджика|Прочетена/,
});

describePage('Serbian daily in Cyrillic: "5. март 2023. 14:30", "Аутор:"', {
  name: 'sr-cyrl', url: 'https://www.dnevni-list.example/drustvo/most-sava',
  title: 'Нови мост преко Саве биће завршен до краја године', authors: ['Милан Јовановић'], publishedAt: '2023-03-05T14:30:00+01:00', language: 'sr-Cyrl',
  body: [/^Радови на изградњи новог моста/, /^Мост је дугачак/, /^Према речима извођача/, /двадесет хиљада возила\.$/], paragraphCount: 4,
  notInBody: /Најчитаније|упис у средње|Временска прогноза/,
});

describePage('Serbian portal in Latin script: "05.03.2023. 14:30", sr-Latn', {
  name: 'sr-latn', tags: ['Novi Sad', 'prevoz'], url: 'https://vojvodjanski-portal.example/vesti/elektricna-linija',
  title: 'Novi Sad dobija prvu električnu liniju gradskog prevoza', authors: ['Jelena Petrović'], publishedAt: '2023-03-05T14:30:00+01:00', language: 'sr-Latn',
  body: [/^Javno gradsko saobraćajno preduzeće/, /^Linija povezuje Liman/, /^Iz preduzeća navode/, 'Cena karte ostaje ista, a građani mogu da koriste postojeće mesečne karte.'], paragraphCount: 4,
  notInBody: /Tagovi|Najnovije|Štrand/,
});

describePage('Greek regional site in windows-1253, no lang attribute: "Κυριακή, 5 Μαρτίου 2023 14:30", "Γράφει:"', {
  name: 'el-1253', charset: 'windows-1253', url: 'http://www.voreia-nea.example/article.php?id=5521',
  title: 'Νέα γραμμή τραμ στη Θεσσαλονίκη μέχρι το 2025', authors: ['Γιώργος Παπαδόπουλος'], publishedAt: '2023-03-05T14:30:00+02:00', language: 'el',
  body: [/^Ο δήμος Θεσσαλονίκης παρουσίασε/, /^Η γραμμή θα έχει μήκος/, /^Σύμφωνα με τον δήμαρχο/, /έως το τέλος του μήνα\.$/], paragraphCount: 4,
  notInBody: /Διαβάστε επίσης|Καλαμαριάς/,
});

describePage('Greek site in ISO-8859-7: the abbreviated month "05 Μαρ 2023", a writer credited in the genitive', {
  name: 'el-iso88597', tags: ['τουρισμός', 'Κρήτη'], charset: 'iso-8859-7', url: 'http://www.kritiki-enimerosi.example/topika/4410',
  // "Της Μαρίας Νικολάου" ("of Maria Nikolaou"): the name as printed, in the genitive, without the article.
  title: 'Ρεκόρ αφίξεων τουριστών στην Κρήτη τον Φεβρουάριο', authors: ['Μαρίας Νικολάου'], publishedAt: '2023-03-05T14:30:00+02:00', language: 'el',
  body: [/^Αύξηση σαράντα τοις εκατό/, /^Οι ξενοδόχοι του νησιού/, /από κάθε άλλη χρονιά\.$/], paragraphCount: 3,
  notInBody: /Ετικέτες|Κρητική Ενημέρωση/,
});

describePage('Hebrew regional site in windows-1255, dir="rtl" without lang: "5 במרץ 2023", the writer before the date', {
  name: 'he-1255', charset: 'windows-1255', url: 'http://www.hadashot-hatsafon.example/article.asp?id=3391',
  // "דנה כהן | 5 במרץ 2023, 14:30": the name with no label in the dated row's first field.
  title: 'רכבת קלה חדשה תחבר את חיפה לקריות', authors: ['דנה כהן'], publishedAt: '2023-03-05T14:30:00+02:00', language: 'he', direction: 'rtl',
  body: [/^משרד התחבורה אישר ביום ראשון/, /^לפי התוכנית/, /^ראש העירייה אמר/, 'העבודות צפויות להתחיל בשנה הבאה ולהימשך כחמש שנים.'], paragraphCount: 4,
  notInBody: /עוד בנושא|הרכבל|כל הזכויות/,
});

describePage('Thai site: the weekday, the full month and the Buddhist-Era marker ("พ.ศ. 2566"), "ผู้เขียน:"', {
  name: 'th-be', url: 'https://www.khao-nuea.example/local/2023/03/05/pm25',
  title: 'เชียงใหม่เร่งแก้ปัญหาฝุ่นควัน สั่งห้ามเผาในที่โล่ง 60 วัน', authors: ['กมลชนก ศรีสุข'], publishedAt: '2023-03-05T00:00:00+07:00', language: 'th',
  body: [/^ผู้ว่าราชการจังหวัดเชียงใหม่ออกประกาศ/, /^ประกาศดังกล่าว/, /^สำนักงานสาธารณสุขจังหวัด/, /ตลอด 24 ชั่วโมง$/], paragraphCount: 4,
  notInBody: /ข่าวที่น่าสนใจ|ดอยสุเทพ/,
});

describePage('Vietnamese daily: "Chủ nhật, 5/3/2023, 14:30 (GMT+7)" day first, the writer signing in bold at the end', {
  name: 'vi-news', tags: ['Đà Nẵng', 'cầu vượt biển'], url: 'https://baomientrung.example/thoi-su/da-nang-khoi-cong-cau-vuot-bien-4578812.html',
  title: 'Đà Nẵng khởi công cầu vượt biển nối hai quận', authors: ['Nguyễn Văn An'], publishedAt: '2023-03-05T14:30:00+07:00', language: 'vi',
  body: [/^Cây cầu dài 1,2 km/, /^Sáng 5\/3, UBND thành phố Đà Nẵng/, /^Cầu có sáu làn xe/, /^Theo Sở Giao thông Vận tải/, /để người dân chủ động đi lại\.$/],
  paragraphCount: 5, notInBody: /Nguyễn Văn An|Xem nhiều|Giá xăng/,
});

describePage('Indonesian portal: "Minggu, 05 Mar 2023 14:30 WIB", the site\'s name after the writer\'s, a read-also plug', {
  name: 'id-wib', tags: ['bus listrik', 'surabaya'], url: 'https://www.kabarjatim.example/berita/d-6601234/pemkot-surabaya-tambah-20-bus-listrik',
  title: 'Pemkot Surabaya Tambah 20 Bus Listrik untuk Rute Baru', authors: ['Budi Santoso'], publishedAt: '2023-03-05T14:30:00+07:00', language: 'id',
  body: [/^Surabaya - Pemerintah Kota Surabaya/, /^Kepala Dinas Perhubungan/, /^"Kami ingin masyarakat/, /Rp 5\.000 untuk umum\.$/], paragraphCount: 4,
  notInBody: /Baca juga|Tarif Parkir|Terpopuler|Imsakiyah/,
});

describePage('Malaysian daily: "Ahad, 05 Mac 2023 2:30 PTG" (afternoon), "Oleh"', {
  name: 'ms-news', url: 'https://www.suara-semenanjung.example/nasional/2023/03/lrt-baharu',
  title: 'Laluan LRT baharu di Lembah Klang dibuka bulan depan', authors: ['Ahmad Faizal'], publishedAt: '2023-03-05T14:30:00+08:00', language: 'ms',
  body: [/^KUALA LUMPUR: Laluan transit aliran ringan/, /^Menteri Pengangkutan/, /^Menurut beliau/, /dibuka secara rasmi\.$/], paragraphCount: 4,
  notInBody: /Berita berkaitan|Tambang bas|Hak cipta/,
});

describePage('Hungarian site: "2023. március 5. 14:30" year first, "Szerző:"', {
  name: 'hu-news', tags: ['Debrecen', 'villamos'], url: 'https://alfoldi-hirek.example/belfold/2023/03/05/villamos-debrecen',
  title: 'Új villamosvonal épül Debrecenben', authors: ['Kovács Anna'], publishedAt: '2023-03-05T14:30:00+01:00', language: 'hu',
  body: [/^Debrecenben jövő tavasszal/, /^A város vezetése szerint/, /^A beruházást részben/, /tájékoztatja az utasokat\.$/], paragraphCount: 4,
  notInBody: /Címkék|Legolvasottabb|Nagyerdei/,
});

describePage('Romanian site: "5 martie 2023, 14:30", "de" and a linked writer', {
  name: 'ro-news', tags: ['Cluj', 'parc'], url: 'https://stiri-transilvania.example/local/cluj-parc-nou',
  title: 'Cluj-Napoca va avea un nou parc de 40 de hectare', authors: ['Andrei Popescu'], publishedAt: '2023-03-05T14:30:00+02:00', language: 'ro',
  body: [/^Primăria Cluj-Napoca a anunțat/, /^Parcul va avea alei/, /^Primarul a declarat/, /pe site-ul primăriei\.$/], paragraphCount: 4,
  notInBody: /Etichete|Cele mai citite|Memorandumului/,
});

describePage('Czech regional paper in windows-1250, no lang attribute: "Autor: … | 5. března 2023 14:30"', {
  name: 'cs-1250', charset: 'windows-1250', url: 'http://www.jihomoravsky-denik.example/zpravy/clanek.php?id=20230305',
  title: 'V Brně začne stavba nového nádraží', authors: ['Jan Novák'], publishedAt: '2023-03-05T14:30:00+01:00', language: 'cs',
  body: [/^Správa železnic v neděli oznámila/, /^Nové nádraží vznikne/, /^Podle primátorky/, /až do otevření nového\.$/], paragraphCount: 4,
  notInBody: /Související články|Husovu/,
});

describePage('Croatian portal: "5. ožujka 2023. u 14:30"', {
  name: 'hr-news', tags: ['Split', 'katamaran'], url: 'https://dalmatinski-portal.example/vijesti/split-katamaran',
  title: 'Split dobiva novu brodsku liniju prema otocima', authors: ['Ivana Horvat'], publishedAt: '2023-03-05T14:30:00+01:00', language: 'hr',
  body: [/^Od početka lipnja iz splitske luke/, /^Iz agencije za obalni promet/, /^Otočani su godinama/, /povlaštene cijene\.$/], paragraphCount: 4,
  notInBody: /Oznake|Najčitanije|Riva se zatvara/,
});

describePage('Lithuanian portal: "2023 m. kovo 5 d. 14:30", "Autorius:"', {
  name: 'lt-news', url: 'https://kauno-zinios.example/naujienos/tiltas-per-neri',
  title: 'Kaune atidarytas naujas pėsčiųjų tiltas per Nerį', authors: ['Tomas Kazlauskas'], publishedAt: '2023-03-05T14:30:00+02:00', language: 'lt',
  body: [/^Sekmadienį Kaune iškilmingai/, /^Tilto ilgis siekia/, /^Miesto meras sakė/, /poilsio aikštelės su suolais\.$/], paragraphCount: 4,
  notInBody: /Skaitomiausi|Laisvės alėjoje/,
});

describePage('Finnish paper: "5.3.2023 klo 14.30", the writer without a label', {
  name: 'fi-news', url: 'https://pirkanmaan-sanomat.example/kotimaa/raitiotie-haara',
  title: 'Tampereelle rakennetaan uusi raitiotiehaara', authors: ['Matti Virtanen'], publishedAt: '2023-03-05T14:30:00+02:00', language: 'fi',
  body: [/^Tampereen kaupunginvaltuusto hyväksyi/, /^Uusi osuus on noin kuusi kilometriä/, /^Kaupungin mukaan/, /asukkaille erikseen\.$/], paragraphCount: 4,
  notInBody: /Luetuimmat|Näsijärven/,
});

describePage('Bangladeshi daily: Bengali digits and month, "পিএম" after the clock, the writer\'s place after a comma', {
  name: 'bn-news', url: 'https://www.dainik-purbanchal.example/chattogram/flyover-2023',
  title: 'চট্টগ্রামে নতুন ফ্লাইওভার চালু, কমবে যানজট', authors: ['রহিম উদ্দিন'], publishedAt: '2023-03-05T14:30:00+00:00', language: 'bn',
  body: [/^চট্টগ্রাম নগরের লালখান বাজার থেকে/, /^চট্টগ্রাম উন্নয়ন কর্তৃপক্ষ/, /^স্থানীয় ব্যবসায়ীরা/, /টোল দিতে হবে।$/], paragraphCount: 4,
  notInBody: /সর্বাধিক পঠিত|সবজির দাম/,
});

describePage('Tamil news site without a lang attribute: "5 மார்ச் 2023, 14:30", "எழுதியவர்:"', {
  name: 'ta-news', url: 'https://www.thennaga-seithigal.example/tamilnadu/metro-station',
  title: 'சென்னையில் புதிய மெட்ரோ ரயில் நிலையம் திறப்பு', authors: ['கார்த்திக் ராஜா'], publishedAt: '2023-03-05T14:30:00+05:30', language: 'ta',
  body: [/^சென்னை மெட்ரோ ரயில் நிறுவனம்/, /^புதிய நிலையத்தில்/, /^தினமும் சுமார்/, /ரயில்கள் இயக்கப்படும்.$/], paragraphCount: 4,
  notInBody: /அதிகம் படித்தவை|மெரினா/,
});

describePage('Tanzanian news site in Swahili: "Jumapili, Machi 5, 2023", "Na" before the writer', {
  name: 'sw-news', url: 'https://habaripwani.example/kitaifa/reli-dodoma',
  title: 'Reli mpya ya kisasa kuanza safari za Dodoma mwezi ujao', authors: ['Juma Mwinyi'], publishedAt: '2023-03-05T00:00:00+03:00', language: 'sw',
  body: [/^Shirika la Reli Tanzania limetangaza/, /^Mkurugenzi wa shirika/, /^Abiria wataweza/, /kwa haraka zaidi\.$/], paragraphCount: 4,
  notInBody: /Habari zaidi|Bei ya mafuta/,
});

describePage('Iranian agency: a solar Hijri date in Persian digits ("۱۴ اسفند ۱۴۰۱ - ۱۴:۳۰") converted, the raw string kept', {
  name: 'fa-solar', url: 'https://www.sharq-news.example/fa/news/1401121405',
  title: 'افتتاح خط جدید مترو در مشهد', authors: ['علی رضایی'], publishedAt: '2023-03-05T14:30:00+03:30', language: 'fa', direction: 'rtl',
  body: [/^خط سوم قطار شهری مشهد/, /^مدیرعامل شرکت قطار شهری/, /^به گفته او/, 'مرحله دوم این خط تا پایان سال آینده به بهره‌برداری می‌رسد.'], paragraphCount: 4,
  notInBody: /پربازدیدترین|قیمت طلا/,
});

describePage('English-language Asian wire site: Japan time written as "JST" after the clock', {
  name: 'en-zones', url: 'https://asiawiredaily.example/japan/tokyo-bike-share',
  title: 'Tokyo to expand bike-share network before summer', authors: ['Kenji Watanabe'], publishedAt: '2023-03-05T14:30:00+09:00', language: 'en',
  body: [/^Tokyo's metropolitan government said on Sunday/, /^The city hopes/, /^Officials said/, /in the past year\.$/], paragraphCount: 4,
  notInBody: /Most read|Seoul subway/,
});

describePage('Russian regional paper: Moscow time written in Cyrillic ("14:30 МСК"), the writer after the date', {
  name: 'ru-msk', url: 'https://povolzhskie-vedomosti.example/society/kazan-metro',
  title: 'В Казани открыли новую станцию метро', authors: ['Анна Смирнова'], publishedAt: '2023-03-05T14:30:00+03:00', language: 'ru',
  body: [/^В Казани в воскресенье открылась/, /^По словам мэра/, /^Станция оборудована/, /двух станций на этой линии\.$/], paragraphCount: 4,
  notInBody: /Популярное|Погода в Казани/,
});

describePage('Catalan daily: "5 d\'abril de 2023", the elided "de" before the month, "Per" and the writer', {
  name: 'ca-news', url: 'https://diaridelescomarques.example/societat/girona-carril-bici',
  title: 'Girona amplia el carril bici fins al campus de Montilivi', authors: ['Marta Puig'], publishedAt: '2023-04-05T14:30:00+02:00', language: 'ca',
  body: [/^L'Ajuntament de Girona ha començat/, /^Segons el consistori/, /^Les obres duraran/, /pla de mobilitat sostenible aprovat l'any passat\.$/], paragraphCount: 4,
  notInBody: /El més llegit|Sant Feliu|Girona, 5 d'abril/,
});

describePage('Latvian portal: "5. marts, 2023 14:30", "Autors:"', {
  name: 'lv-news', url: 'https://rigas-vestis.example/latvija/tramvajs-skanste',
  title: 'Rīgā atklāts jauns tramvaja maršruts uz Skanstes rajonu', authors: ['Jānis Bērziņš'], publishedAt: '2023-03-05T14:30:00+02:00', language: 'lv',
  body: [/^Svētdien Rīgā atklāts jauns tramvaja maršruts/, /^Rīgas satiksmes pārstāvji/, /^Pilsētas dome cer/, /pārējā sabiedriskajā transportā\.$/], paragraphCount: 4,
  notInBody: /Lasītākie|ledus iešana/,
});

describePage('Malayalam news site without a lang attribute: year first ("2023 മാർച്ച് 5, 14:30 IST")', {
  name: 'ml-news', url: 'https://www.kerala-vartha.example/kerala/kochi-metro-new-line',
  title: 'കൊച്ചി മെട്രോയുടെ പുതിയ പാത തുറന്നു', authors: [], publishedAt: '2023-03-05T14:30:00+05:30', language: 'ml',
  body: [/^കൊച്ചി മെട്രോയുടെ പേട്ട മുതൽ/, /^പുതിയ പാതയിൽ/, /പൂർത്തിയാകുമെന്ന് അധികൃതർ അറിയിച്ചു\.$/], paragraphCount: 3,
  notInBody: /കൂടുതൽ വായിച്ചവ|സ്വർണവില/,
});

describePage('Thai regional site: the Buddhist-Era year in two digits ("5 ก.พ. 66"), "โดย" and the date in one row', {
  name: 'th-short-year', url: 'https://www.khao-isan.example/agri/2566/02/organic-market',
  title: 'ขอนแก่นเปิดตลาดนัดสินค้าเกษตรอินทรีย์ทุกวันเสาร์', authors: ['ณัฐพล วงศ์ใหญ่'], publishedAt: '2023-02-05T14:30:00+07:00', language: 'th',
  body: [/^จังหวัดขอนแก่นเปิดตลาดนัดสินค้าเกษตรอินทรีย์/, /^เกษตรกรกว่า 80 ราย/, /ผ่านการตรวจสอบมาตรฐานเกษตรอินทรีย์แล้ว$/], paragraphCount: 3,
  notInBody: /โดย ณัฐพล|ก\.พ\. 66/,
});

describePage('Japanese city paper in EUC-JP that declares no charset: its bytes alone tell EUC-JP from EUC-KR', {
  name: 'ja-eucjp-undeclared', charset: 'euc-jp', url: 'http://www.higashiyama-times.example/local/0305.html',
  title: '市立図書館、開館時間を午後９時まで延長へ', authors: [], publishedAt: '2023-03-05T14:30:00+09:00', language: 'ja',
  body: [/^東山市は５日、市立中央図書館の平日の開館時間を/, /^市によると/, /と話している。$/], paragraphCount: 3,
  notInBody: /無断転載|東山タイムス/,
});

describe('Persian solar Hijri date: the record keeps the string as the page writes it', () => {
  it('keeps the Persian digits in publishedAtRaw and converts publishedAt', () => {
    const record = extractPage('fa-solar');
    expect(record.publishedAtRaw).toBe('۱۴ اسفند ۱۴۰۱ - ۱۴:۳۰');
    expect(record.publishedAt).toBe('2023-03-05T14:30:00+03:30');
  });
});
