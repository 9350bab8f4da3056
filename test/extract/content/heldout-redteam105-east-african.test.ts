import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const story = [
  'Halmashauri ya jiji imetangaza kuwa soko jipya la samaki litafunguliwa rasmi mwezi ujao baada ya ukarabati wa miezi sita.',
  'Wafanyabiashara wa soko hilo wamesema wanatarajia kurejea katika vibanda vyao kabla ya sikukuu za mwisho wa mwaka.',
  'Mkurugenzi wa jiji amesema ujenzi umegharimu shilingi bilioni mbili, fedha zilizotolewa na serikali kuu.',
];
// A story in plain paragraphs with a box between two of them, as a theme sets its in-text slots, and a paragraph
// after them, as a site closes its stories with its own prompt.
const bodyWith = (box: string, closing = '') => extract(Buffer.from('<html lang="sw"><head><meta charset="utf-8"><title>Soko jipya la samaki | Habari Leo</title></head><body><article>'
  + `<h1>Soko jipya la samaki kufunguliwa</h1><p>${story[0]}</p><p>${story[1]}</p>${box}<p>${story[2]}</p>${closing && `<p>${closing}</p>`}`
  + '</article></body></html>'), { url: 'https://habari-leo.example/2026/12/soko', now }).body.split('\n\n');

describe('East African portals', () => {
  it('leaves the Swahili, Somali and Amharic ad labels out of the text (rule "East African ad labels")', () => {
    for (const label of ['Tangazo', '- Matangazo -', 'Xayeysiis', 'ማስታወቂያ']) {
      expect(bodyWith(`<div><span>${label}</span><a href="https://ads.example/c"><img src="https://ads.example/b.gif" alt=""></a></div>`)).toEqual(story);
    }
  });

  it('leaves a closing ask to join the site\'s WhatsApp or Telegram channel out of the text (rule "East African channels")', () => {
    for (const prompt of [
      'Jiunge na chaneli yetu ya WhatsApp upate habari zetu kila siku: <a href="https://whatsapp.com/channel/0029X">BOFYA HAPA</a>',
      'Pata habari zote moja kwa moja. Jiunge na Telegram yetu: <a href="https://t.me/habarileo">t.me/habarileo</a>',
      'Ku soo biir kanaalkayaga Telegram-ka si aad u hesho wararkii ugu dambeeyay: <a href="https://t.me/wararka">Halkan riix</a>',
      'ዜናዎችን በፍጥነት ለማግኘት የቴሌግራም ቻናላችንን ይቀላቀሉ፡ <a href="https://t.me/zena">@zena</a>',
    ]) {
      expect(bodyWith('', prompt)).toEqual(story);
    }
  });

  it('reads the Swahili, Somali and Amharic photo words as the credit\'s label (rule "East African photo words")', () => {
    for (const [caption, credit] of [
      ['Wafanyabiashara sokoni. Picha: Hamisi Juma', 'Picha: Hamisi Juma'],
      ['Wafanyabiashara sokoni. (Picha: Maktaba)', 'Picha: Maktaba'],
      ['Suuqa kalluunka ee Berbera. Sawir: Maxamed Cali', 'Sawir: Maxamed Cali'],
      ['የዓሣ ገበያው (ፎቶ፡ አዲስ ድምፅ)', 'ፎቶ፡ አዲስ ድምፅ'],
    ]) {
      const page = '<html lang="sw"><head><meta charset="utf-8"><title>Soko jipya la samaki | Habari Leo</title></head><body><article><h1>Soko jipya la samaki kufunguliwa</h1>'
        + `<figure><img src="https://habari-leo.example/picha/soko.jpg" width="800" height="500" alt=""><figcaption>${caption}</figcaption></figure>`
        + `${story.map((paragraph) => `<p>${paragraph}</p>`).join('')}</article></body></html>`;
      expect(extract(Buffer.from(page), { url: 'https://habari-leo.example/2026/12/soko', now }).leadImage?.credit).toBe(credit);
    }
  });

  it('leaves Xinhua\'s "Enditem" run onto the last sentence out of the text (rule "Xinhua\'s end mark after the sentence")', () => {
    const copy = [
      'KIGALI, Dec. 6 (Xinhua) -- Rwanda and Uganda on Sunday agreed to reopen two more border posts to goods traffic, officials said.',
      'The posts will open to trucks from next month, and to passenger buses once the customs buildings are finished next year.',
    ];
    const page = '<html lang="en"><head><meta charset="utf-8"><title>Rwanda, Uganda to reopen border posts | Hills Daily</title></head><body><article><h1>Rwanda, Uganda to reopen border posts</h1>'
      + `<p>${copy[0]}</p><p>${copy[1]} Enditem</p></article></body></html>`;
    expect(extract(Buffer.from(page), { url: 'https://hills-daily.example/news/border', now }).body.split('\n\n')).toEqual(copy);
  });

  it('reads "Maoni ya Wasomaji (2)" as the readers\' thread, counted and left out of the text (rule "readers\' comments, in Swahili")', () => {
    const page = '<html><head><meta charset="utf-8"><title>Habari :: Soko jipya</title></head><body><table><tr><td><h2>Soko jipya la samaki kufunguliwa</h2>'
      + `${story.map((paragraph) => `<p>${paragraph}</p>`).join('')}`
      + '<div class="maoni"><b>Maoni ya Wasomaji (2)</b><br><p><b>Omar, Malindi:</b> Hongereni sana kwa kazi hii.</p><p><b>Mzee Kombo:</b> Tunasubiri kwa hamu.</p></div>'
      + '</td></tr></table></body></html>';
    const record = extract(Buffer.from(page), { url: 'http://habari.example/habari.php?id=4', now });
    expect(record.body.split('\n\n')).toEqual(story);
    expect(record.counters.comments).toBe(2);
  });
});

