/**
 * Held-out pages dated only by the time since publication or by a word for today or yesterday, the way news sites
 * print the stamp beside the story ("3 часа назад", "۳ ساعت پیش", "3 घंटे पहले", "לפני שעתיים", "Dün 18:40", "Ieri,
 * 18:40", "Hôm nay 08:15"), each with its view and comment counters in the page's language and number format ("1 204
 * просмотра", "1,2 mila visualizzazioni", "조회 2,418", "۱۲۳۴ بازدید"). Every date is measured from the reader's fixed
 * now, 2026-11-29 12:00 UTC. Each page is read with its URL and without one, and each test states the record a
 * reader expects, field by field.
 */
import type { ArticleRecord } from '../../lambdas/extract';
import { expectParagraphsInOrder, heldoutPageReader, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-relative');

interface RelativePage {
  name: string;
  url: string;
  title: string;
  authors: string[];
  publishedAt: string;
  /** Null where the page prints no view counter. */
  views: number | null;
  comments: number;
  /** The first and last paragraphs of the story, whole. */
  firstParagraph: string;
  lastParagraph: string;
  paragraphCount: number;
  /** The meta row and the chrome around the story, which must stay out of the body. */
  notInBody: RegExp;
}

function describePage(summary: string, page: RelativePage): void {
  describe(summary, () => {
    const records: Array<[string, ArticleRecord]> = [
      ['with its URL', extractPage(page.name, page.url)],
      ['without a URL', extractPage(page.name, null)],
    ];
    it.each(records)('reads the title %s', (_, record) => expect(record.title).toBe(page.title));
    it.each(records)('dates the story from its stamp %s', (_, record) => expect(record.publishedAt).toBe(page.publishedAt));
    it.each(records)('reads the writer %s', (_, record) => expect(record.authors).toEqual(page.authors));
    it.each(records)('reads the view and comment counters %s', (_, record) => {
      expect(record.counters).toEqual({ views: page.views, comments: page.comments });
    });
    it.each(records)('reads the story\'s paragraphs and nothing around them %s', (_, record) => {
      const body = paragraphs(record);
      expectParagraphsInOrder(body, [page.firstParagraph, page.lastParagraph]);
      expect(body[0]).toBe(page.firstParagraph);
      expect(body).toHaveLength(page.paragraphCount);
      expect(record.body).not.toMatch(page.notInBody);
    });
  });
}

describePage('Russian city paper: "3 часа назад", "1 204 просмотра" with a space between thousands, "5 комментариев"', {
  name: 'ru-hours-ago', url: 'https://volzhsky-vestnik.example/city/most-tatyanka',
  title: 'В Самаре открыли новый мост через реку Татьянку', authors: ['Григорий Лапшин'], publishedAt: '2026-11-29T09:00:00+00:00',
  views: 1204, comments: 5,
  firstParagraph: 'В Самаре в субботу открыли движение по новому мосту через реку Татьянку. Строители закончили работы на два месяца раньше срока, сообщили в мэрии.',
  lastParagraph: 'Пешеходные дорожки на мосту откроют после установки ограждений, ориентировочно к середине декабря.',
  paragraphCount: 4, notInBody: /назад|просмотр|комментари|Читайте также|Все права/,
});

describePage('Turkish daily: "Dün 18:40" (yesterday), "2.318 okunma", "3 yorum", the reporter as "Haber:"', {
  name: 'tr-yesterday', url: 'https://anadolu-postasi.example/gundem/kutuphane-24-saat',
  title: 'Eskişehir\'de kütüphane 24 saat açık kalacak', authors: ['Selin Karaosmanoğlu'], publishedAt: '2026-11-28T18:40:00+03:00',
  views: 2318, comments: 3,
  firstParagraph: 'Eskişehir Büyükşehir Belediyesi, sınav dönemi boyunca merkez kütüphanenin gece gündüz açık kalacağını duyurdu. Uygulama pazartesi günü başlayacak.',
  lastParagraph: 'Uygulamanın ocak ayının sonuna kadar sürmesi planlanıyor.',
  paragraphCount: 4, notInBody: /Dün 18:40|okunma|yorum|Çok okunanlar/,
});

describePage('Persian agency: "۳ ساعت پیش" and counters in Persian digits, "۱۲۳۴ بازدید", "۵ نظر"', {
  name: 'fa-hours-ago', url: 'https://parsnow.example/news/shiraz-library',
  title: 'بازگشایی کتابخانه مرکزی شیراز پس از مرمت', authors: ['مهسا کاظمی‌نژاد'], publishedAt: '2026-11-29T12:30:00+03:30',
  views: 1234, comments: 5,
  firstParagraph: 'کتابخانه مرکزی شیراز پس از هجده ماه مرمت، از امروز دوباره به روی مراجعه‌کنندگان باز شد. سقف سالن اصلی و سامانه گرمایش ساختمان به‌طور کامل نوسازی شده است.',
  lastParagraph: 'ساعت کار کتابخانه در روزهای عادی از هشت صبح تا ده شب خواهد بود.',
  paragraphCount: 3, notInBody: /پیش|بازدید|پربازدیدترین/,
});

describePage('Hindi regional paper: "3 घंटे पहले", "1.2K व्यूज़", "3 टिप्पणी"', {
  name: 'hi-hours-ago', url: 'https://malwa-samachar.example/shahar/indore-e-bus',
  title: 'इंदौर में शुरू हुई नई इलेक्ट्रिक बस सेवा', authors: ['अनुराधा त्रिवेदी'], publishedAt: '2026-11-29T14:30:00+05:30',
  views: 1200, comments: 3,
  firstParagraph: 'इंदौर नगर निगम ने शनिवार को शहर में बीस नई इलेक्ट्रिक बसों की सेवा शुरू की। ये बसें हवाई अड्डे से रेलवे स्टेशन तक चलेंगी।',
  lastParagraph: 'अगले महीने तक पच्चीस और बसें बेड़े में शामिल की जाएंगी।',
  paragraphCount: 3, notInBody: /घंटे पहले|व्यूज़|टिप्पणी|और पढ़ें/,
});

describePage('Indonesian regional site: "2 jam yang lalu", "Dibaca 1.234 kali" (the count between the label\'s words), "Komentar: 4"', {
  name: 'id-hours-ago', url: 'https://kabar-borneo.example/daerah/pasar-terapung',
  title: 'Pasar Terapung Banjarmasin Kembali Ramai Dikunjungi Wisatawan', authors: ['Rizky Maulana Hakim'], publishedAt: '2026-11-29T17:00:00+07:00',
  views: 1234, comments: 4,
  firstParagraph: 'Pasar terapung di Sungai Martapura kembali dipadati wisatawan pada akhir pekan ini. Puluhan perahu pedagang sayur dan kue tradisional sudah berjajar sejak pukul enam pagi.',
  lastParagraph: 'Pemerintah kota berencana menambah dermaga kecil agar pengunjung lebih mudah naik ke perahu.',
  paragraphCount: 3, notInBody: /yang lalu|Dibaca|Komentar|Berita Terkait/,
});

describePage('Italian local paper: "Ieri, 18:40" (yesterday), "1,2 mila visualizzazioni", "12 commenti", the writer after "di"', {
  name: 'it-yesterday', url: 'https://gazzetta-estense.example/cultura/museo-cattedrale',
  title: 'Ferrara, riapre dopo i lavori il museo della cattedrale', authors: ['Matilde Fioravanti'], publishedAt: '2026-11-28T18:40:00+01:00',
  views: 1200, comments: 12,
  firstParagraph: 'Dopo due anni di restauri il museo della cattedrale di Ferrara riapre al pubblico da sabato. Le sale del primo piano sono state ridisegnate e ospitano i codici miniati della collezione.',
  lastParagraph: 'Per il primo mese l\'ingresso sarà gratuito per i residenti della provincia.',
  paragraphCount: 3, notInBody: /Ieri|visualizzazioni|commenti|Leggi anche/,
});

describePage('Chinese city daily: "3小时前", "阅读 1234" and "评论 12", the label before the count', {
  name: 'zh-hours-ago', url: 'https://haian-daily.example/local/2026/binhai-trail',
  title: '青岛新建海滨步道本周末开放', authors: ['林晓雯'], publishedAt: '2026-11-29T17:00:00+08:00',
  views: 1234, comments: 12,
  firstParagraph: '记者从市政部门获悉，青岛东部新建的海滨步道将于本周六正式向市民开放。步道全长六公里，沿途设有十二处观景平台。',
  lastParagraph: '相关负责人表示，明年还将在步道北段增设两处公共卫生间和一座自行车驿站。',
  paragraphCount: 3, notInBody: /小时前|阅读 1234|评论 12|相关阅读/,
});

describePage('Korean regional daily: "5시간 전", "조회 2,418", "댓글 7", the reporter\'s title after the name', {
  name: 'ko-hours-ago', url: 'https://honam-ilbo.example/news/articleView.html?idxno=5521',
  title: '전주 한옥마을에 야간 관광 코스 생겨', authors: ['박서연'], publishedAt: '2026-11-29T16:00:00+09:00',
  views: 2418, comments: 7,
  firstParagraph: '전주시는 다음 달부터 한옥마을에서 야간 관광 코스를 운영한다고 밝혔다. 코스는 경기전에서 시작해 오목대까지 이어진다.',
  lastParagraph: '야간 코스는 매주 금요일과 토요일에 운영되며 참가비는 없다.',
  paragraphCount: 3, notInBody: /시간 전|조회|댓글|많이 본 뉴스/,
});

describePage('Vietnamese paper: "Hôm nay 08:15" (today), "3.456 lượt xem", "6 bình luận", the writer as "Tác giả:"', {
  name: 'vi-today', url: 'https://bao-mientrung.example/thoi-su/xe-buyt-son-tra',
  title: 'Đà Nẵng mở thêm tuyến xe buýt ra bán đảo Sơn Trà', authors: ['Trần Minh Khoa'], publishedAt: '2026-11-29T08:15:00+07:00',
  views: 3456, comments: 6,
  firstParagraph: 'Từ đầu tháng tới, người dân và du khách có thể đi xe buýt từ trung tâm thành phố ra bán đảo Sơn Trà với giá vé mười nghìn đồng.',
  lastParagraph: 'Thành phố dự kiến đánh giá hiệu quả của tuyến sau ba tháng vận hành.',
  paragraphCount: 3, notInBody: /Hôm nay|lượt xem|bình luận|Tin liên quan/,
});

describePage('Hebrew local site: "לפני שעתיים" (the dual: two hours ago), "1,876 צפיות", "4 תגובות"', {
  name: 'he-two-hours', url: 'https://hamifratz-news.example/local/bike-path',
  title: 'בחיפה נפתח מסלול אופניים חדש לאורך החוף', authors: ['נועה ברקוביץ'], publishedAt: '2026-11-29T12:00:00+02:00',
  views: 1876, comments: 4,
  firstParagraph: 'עיריית חיפה חנכה הבוקר מסלול אופניים חדש באורך ארבעה קילומטרים לאורך החוף הדרומי של העיר. המסלול מחבר בין שכונת בת גלים לחוף דדו.',
  lastParagraph: 'בחודש הבא צפוי להיפתח גם קטע נוסף שיוביל עד לחוף הכרמל.',
  paragraphCount: 3, notInBody: /לפני שעתיים|צפיות|תגובות|עוד בנושא/,
});

describePage('Brazilian regional paper: "Atualizado há uma hora" (an hour, counted by a word) as the text\'s first paragraph, "1.204 visualizações", "7 comentários"', {
  name: 'pt-hour-ago', url: 'https://diario-litoral-sul.example/cidades/balsa-horario-extra',
  title: 'Balsa entre Santos e Guarujá ganha horário extra nos fins de semana', authors: ['Mariana Tavares'], publishedAt: '2026-11-29T08:00:00-03:00',
  views: 1204, comments: 7,
  firstParagraph: 'A travessia de balsa entre Santos e Guarujá terá uma partida extra às 23h30 aos sábados e domingos a partir do próximo mês. A mudança foi anunciada pela secretaria estadual de transportes nesta manhã.',
  lastParagraph: 'Os pedestres e ciclistas continuam a embarcar sem custo em todos os horários.',
  paragraphCount: 3, notInBody: /Atualizado|visualizações|comentários|Leia também|direitos reservados/,
});

describePage('Polish town paper: the byline row "Katarzyna Zielińska | przed 2 godzinami" (instrumental case) as a paragraph, "4 komentarze" and no view counter', {
  name: 'pl-hours-before', url: 'https://gazeta-nadwislanska.example/region/prom-kazimierz',
  title: 'Nowy prom na Wiśle kursuje od soboty', authors: ['Katarzyna Zielińska'], publishedAt: '2026-11-29T11:00:00+01:00',
  views: null, comments: 4,
  firstParagraph: 'Od soboty mieszkańcy obu brzegów Wisły mogą znowu przeprawiać się promem między Kazimierzem a Janowcem. Nowa jednostka zabiera jednocześnie sześć samochodów i czterdziestu pasażerów.',
  lastParagraph: 'Bilet dla pieszych kosztuje pięć złotych, rowerzyści płacą złotówkę więcej.',
  paragraphCount: 3, notInBody: /Zielińska|godzinami|komentarze|Czytaj też/,
});
