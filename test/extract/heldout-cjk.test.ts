/**
 * Held-out short Chinese, Japanese and Korean stories: hand-written briefs of three short paragraphs with two captioned
 * pictures and a date row under the headline, in Japanese, Simplified and Traditional Chinese and Korean. A brief
 * like these is short in characters, not in what it says, so the body must be its main pass: the paragraphs alone,
 * the captions on the pictures and the date row out. Each page is read with its URL and without one.
 */
import type { ArticleRecord } from '../../lambdas/extract';
import { heldoutPageReader, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-cjk');

interface CjkPage {
  name: string;
  url: string;
  title: string;
  publishedAt: string;
  /** The date row printed under the headline, which is no paragraph of the story. */
  dateRow: string;
  body: string[];
  images: Array<{ url: string; caption: string }>;
}

function describePage(summary: string, page: CjkPage): void {
  describe(summary, () => {
    const records: Array<[string, ArticleRecord]> = [
      ['with its URL', extractPage(page.name, page.url)],
      ['without a URL', extractPage(page.name, null)],
    ];
    it.each(records)('reads the title and the date %s', (_, record) => {
      expect(record.title).toBe(page.title);
      expect(record.publishedAt).toBe(page.publishedAt);
    });
    it.each(records)('reads the story\'s paragraphs as the body, by the main pass, %s', (_, record) => {
      expect(paragraphs(record)).toEqual(page.body);
      expect(record.extraction.method).toBe('main-pass');
    });
    it.each(records)('keeps the captions on the pictures and out of the body %s', (_, record) => {
      expect(record.images.map(({ url, caption }) => ({ url, caption }))).toEqual(page.images);
      for (const { caption } of page.images) expect(record.body).not.toContain(caption);
    });
    it.each(records)('leaves the date row out of the body %s', (_, record) => {
      expect(record.body).not.toContain(page.dateRow);
    });
  });
}

describePage('Japanese town paper: "2024年5月3日 10時15分" under the headline, figcaptions, the zone in the meta tag only', {
  name: 'ja-brief-photos', url: 'https://www.mizuumi-shinpo.example/local/20240503-sakura',
  title: '湖畔の町で桜並木の植え替え始まる', publishedAt: '2024-05-03T10:15:00+09:00', dateRow: '2024年5月3日 10時15分',
  body: [
    '北浜町の湖岸道路沿いで、樹齢六十年を超える桜並木の植え替え作業が三日に始まった。幹が傷んだ四十本を来年春までに若木へ替える。',
    '作業初日は重機二台で古木三本を掘り起こした。見物に訪れた近所の女性は「毎年ここで花見をしてきたので寂しいが、若い木が育つのも楽しみ」と話していた。',
    '町は植え替えの費用として約二千万円を計上した。切り出した古木は地元の工房が器や家具に加工し、秋の町民祭で展示する予定という。',
  ],
  images: [
    { url: 'https://www.mizuumi-shinpo.example/photos/2024/0503/sakura-1.jpg', caption: '古い桜の根元を掘り起こす作業員たち＝3日午前、北浜町' },
    { url: 'https://www.mizuumi-shinpo.example/photos/2024/0503/sakura-2.jpg', caption: '植え付けを待つ若木。町内の苗木園で三年育てられた' },
  ],
});

describePage('Japanese daily: "2024年5月3日（金）10:15" with its weekday, caption-classed paragraphs, the date in JSON-LD', {
  name: 'ja-weekday-row', url: 'https://www.asanagi-nippo.example/news/20240503/library',
  title: '県立図書館、夜間開館を試行へ 平日は午後9時まで', publishedAt: '2024-05-03T10:15:00+09:00', dateRow: '2024年5月3日（金）10:15',
  body: [
    '県立図書館は、平日の閉館時間を午後7時から午後9時に延ばす試行を6月から始めると発表した。仕事帰りの利用者の要望に応える。',
    '試行は9月末まで。期間中は貸し出しと返却の窓口も午後9時まで開け、夜間の利用者数や利用目的を調べて本格実施を判断する。',
    '館長は「学生や働く世代にもっと足を運んでほしい」と話している。',
  ],
  images: [
    { url: 'https://img.asanagi-nippo.example/2024/05/library-night.jpg', caption: '夜間開館の試行が決まった県立図書館の閲覧室' },
    { url: 'https://img.asanagi-nippo.example/2024/05/library-counter.jpg', caption: '夜間も開けることになった貸し出し窓口' },
  ],
});

describePage('Simplified Chinese evening paper: "2024年05月03日 10:15", the only date on the page', {
  name: 'zh-hans-brief', url: 'https://www.changhe-wanbao.example/city/2024-05/03/content_5521.html',
  title: '城西新建社区医院开诊 可提供夜间门诊', publishedAt: '2024-05-03T10:15:00+08:00', dateRow: '2024年05月03日 10:15',
  body: [
    '位于城西新区的社区医院今天正式开诊，设有全科、儿科、口腔科等八个科室，周边约五万名居民看病将更加方便。',
    '据介绍，该院每天晚上开设夜间门诊至九点，并与市第一医院建立转诊通道，重症病人可直接转院治疗。',
    '院方表示，下个月还将开通网上预约挂号服务。',
  ],
  images: [
    { url: 'https://img.changhe-wanbao.example/2024/05/03/yiyuan-01.jpg', caption: '新开诊的社区医院门诊大厅。' },
    { url: 'https://img.changhe-wanbao.example/2024/05/03/yiyuan-02.jpg', caption: '儿科诊室内的候诊区。' },
  ],
});

describePage('Traditional Chinese daily: "發布時間：2024年5月3日 下午2:30", the zone in the meta tag only', {
  name: 'zh-hant-brief', url: 'https://www.dongan-times.example/local/20240503/boardwalk',
  title: '海濱步道整修完工 週末重新開放', publishedAt: '2024-05-03T14:30:00+08:00', dateRow: '2024年5月3日',
  body: [
    '颱風受損的海濱步道經過半年整修終於完工，縣府宣布本週六起重新開放，民眾可再度沿著海岸散步、騎車。',
    '工務處表示，這次整修更換了全線木棧板，並加裝夜間照明與緊急求救鈴，總經費約三千萬元。',
    '縣府提醒，颱風或大浪期間步道將暫停開放。',
  ],
  images: [
    { url: 'https://img.dongan-times.example/2024/0503/budao-1.jpg', caption: '整修後的海濱步道換上防滑木棧板。' },
    { url: 'https://img.dongan-times.example/2024/0503/budao-2.jpg', caption: '步道中段新設的觀景台。' },
  ],
});

describePage('Korean daily: "입력 2024.05.03 10:15 수정 2024.05.03 11:20" inside the article body, the reporter under it', {
  name: 'ko-brief', url: 'https://www.hanbit-ilbo.example/culture/20240503-museum',
  title: '시립미술관, 어린이날 맞아 무료 개방', publishedAt: '2024-05-03T10:15:00+09:00', dateRow: '2024.05.03',
  body: [
    '시립미술관은 어린이날인 5일 모든 전시를 무료로 개방하고 어린이 그리기 체험 행사를 연다고 3일 밝혔다.',
    '체험 행사는 오전 10시부터 오후 4시까지 미술관 앞마당에서 열리며, 참가 어린이에게는 색연필 세트를 나눠준다.',
    '미술관 측은 주차 공간이 부족하니 대중교통을 이용해 달라고 당부했다.',
  ],
  images: [
    { url: 'https://img.hanbit-ilbo.example/2024/05/03/museum-01.jpg', caption: '어린이 관람객을 위한 체험 전시가 열리는 시립미술관 전시실.' },
    { url: 'https://img.hanbit-ilbo.example/2024/05/03/museum-02.jpg', caption: '체험 행사가 열릴 미술관 앞마당.' },
  ],
});
