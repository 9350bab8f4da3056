import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const story = [
  'ঢাকা, ৭ ডিসেম্বর (ইউএনবি)- দক্ষিণ বঙ্গোপসাগরে একটি লঘুচাপ সৃষ্টি হয়েছে। এর প্রভাবে চট্টগ্রাম, কক্সবাজার, মোংলা ও পায়রা সমুদ্রবন্দরকে এক নম্বর দূরবর্তী সতর্কসংকেত দেখাতে বলা হয়েছে।',
  'সোমবার দুপুরে আবহাওয়া অধিদপ্তরের এক বিশেষ বিজ্ঞপ্তিতে এ তথ্য জানানো হয়।',
  'বিজ্ঞপ্তিতে বলা হয়, লঘুচাপটি আরও ঘনীভূত হয়ে উত্তর-পশ্চিম দিকে অগ্রসর হতে পারে। এর প্রভাবে আগামী দুই দিন দেশের দক্ষিণাঞ্চলে হালকা থেকে মাঝারি বৃষ্টি হতে পারে।',
  'উত্তর বঙ্গোপসাগরে অবস্থানরত মাছ ধরার নৌকা ও ট্রলারগুলোকে উপকূলের কাছাকাছি থেকে সাবধানে চলাচল করতে বলা হয়েছে।',
  'এদিকে লঘুচাপের প্রভাবে আগামী বৃহস্পতিবার থেকে দেশের উত্তরাঞ্চলে শীত বাড়তে পারে বলে জানিয়েছেন আবহাওয়াবিদেরা।'];
const record = (credit: string) => extract(Buffer.from(`<!DOCTYPE html><html lang="bn"><head><meta charset="utf-8"><title>বঙ্গোপসাগরে লঘুচাপ, চার সমুদ্রবন্দরে এক নম্বর সংকেত</title></head><body><div class="container main-area"><div class="row"><div class="col-md-8"><div class="single-news"><h2 class="news-title">বঙ্গোপসাগরে লঘুচাপ, চার সমুদ্রবন্দরে এক নম্বর সংকেত</h2><div class="row news-info"><div class="col-sm-7"><div class="rpt-name"><i class="fa fa-user"></i> ${credit}</div><div class="pub-date"><i class="fa fa-clock-o"></i> প্রকাশিত: ১২:৫০, ৭ ডিসেম্বর ২০২৬</div></div></div>`
  + `<div class="news-details">${story.map((p) => `<p>${p}</p>`).join('')}</div>`
  + '</div></div></div></div></div></body></html> '), { url: 'https://www.deshkhobor24.example/national/77412', now });

describe('Bangladeshi Bangla portals\' bylines', () => {
  it('leaves the desk credited in the byline\'s place out of the body (rule "Bengali desk credit")', () => {
    for (const credit of ['ডেস্ক রিপোর্ট',
  'নিউজ ডেস্ক']) {
      const { body, authors } = record(credit);
      expect(body.split('\n\n')[0]).toBe(story[0]);
      expect(authors).toEqual([]);
    }
  });
});

describe('Bangladeshi district portals\' bylines', () => {
  const text = [
    'কুড়িগ্রামের রৌমারী উপজেলায় ব্রহ্মপুত্র নদের ভাঙনে গত দুই সপ্তাহে দুই গ্রামের অন্তত ৭০টি পরিবার ঘরছাড়া হয়েছে।',
    'উপজেলার বন্দবেড় ইউনিয়নের চর বাগুয়ার গ্রামে গিয়ে দেখা যায়, নদীর পাড়ে বসতভিটা ভেঙে পড়েছে। অনেকে ঘরের টিন খুলে নৌকায় তুলছেন।',
    'উপজেলা নির্বাহী কর্মকর্তা বলেন, ক্ষতিগ্রস্ত প্রতিটি পরিবারকে চাল ও শীতবস্ত্র দেওয়া হবে।',
  ];
  const html = '<!DOCTYPE html><html lang="bn-BD"><head><meta charset="utf-8"><title>রৌমারীতে নদীভাঙন</title></head><body><article class="post">'
    + '<h1 class="post-title entry-title">রৌমারীতে নদীভাঙন</h1><div class="post-meta"><span class="meta-author"><a href="/author/rafiqul/" class="author-name">মো. রফিকুল ইসলাম</a></span> <span class="date">ডিসেম্বর ৭, ২০২৬</span></div>'
    + `<div class="entry-content"><p><strong>মো. রফিকুল ইসলাম, রৌমারী (কুড়িগ্রাম)</strong></p>${text.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;

  it('leaves the writer\'s name and upazila opening the text out of the body (rule "place after the name, in an uncased script")', () => {
    const { body, authors } = extract(Buffer.from(html), { url: 'https://uttareralo.example/kurigram/roumari/', now });
    expect(authors).toEqual(['মো. রফিকুল ইসলাম']);
    expect(body.split('\n\n')[0]).toBe(text[0]);
  });
});
