import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const story = [
  'উপজেলার তিনটি ইউনিয়নে শীতকালীন সবজির আবাদ গত বছরের চেয়ে বেড়েছে বলে জানিয়েছে উপজেলা কৃষি কার্যালয়।',
  'কৃষকেরা বলছেন, সারের দাম স্থিতিশীল থাকায় এবার খরচ কিছুটা কম হয়েছে, তবে বাজারে দাম নিয়ে তাঁরা চিন্তিত।',
  'উপজেলা কৃষি কর্মকর্তা জানান, কৃষকদের সরাসরি পাইকারদের সঙ্গে যুক্ত করার উদ্যোগ নেওয়া হচ্ছে।',
];
const page = (meta: string) => '<!DOCTYPE html><html lang="bn"><head><meta charset="utf-8"><title>সবজির আবাদ বেড়েছে</title></head><body>'
  + `<header><nav><a href="/">প্রচ্ছদ</a> <a href="/country">সারাদেশ</a></nav></header><main><article><h1>সবজির আবাদ বেড়েছে</h1>${meta}`
  + `<div class="details">${story.map((p) => `<p>${p}</p>`).join('')}</div></article></main><footer>স্বত্ব © পল্লীবার্তা</footer></body></html>`;
const record = (meta: string) => extract(Buffer.from(page(meta)), { url: 'https://pollibarta.example/details.php?id=101', now });

describe('Bangladeshi Bangla portals', () => {
  it('reads the Sanskrit words for the part of the day after a 12-hour clock (rule "Bengali forenoon and afternoon")', () => {
    expect(record('<div class="time">প্রকাশের সময় : রবিবার, ০৬ ডিসেম্বর ২০২৬ ০৮:৪০ অপরাহ্ন</div>').publishedAt?.slice(0, 16)).toBe('2026-12-06T20:40');
    expect(record('<div class="time">প্রকাশের সময় : রবিবার, ০৬ ডিসেম্বর ২০২৬ ০৯:৪৫ পূর্বাহ্ন</div>').publishedAt?.slice(0, 16)).toBe('2026-12-06T09:45');
  });
});

describe('Bangladeshi Bangla portals\' clock', () => {
  it('reads a Bengali page stamped with the Sanskrit part of the day on Dhaka\'s clock (rule "Bangladesh\'s forenoon and afternoon")', () => {
    expect(record('<div class="time">প্রকাশের সময় : রবিবার, ০৬ ডিসেম্বর ২০২৬ ০৮:৪০ অপরাহ্ন</div>').publishedAt).toBe('2026-12-06T20:40:00+06:00');
  });
});

describe('Bangladeshi table layouts', () => {
  it('reads the views of a tools row whose first link is one Bengali word, above a box of other stories (rule "tool link is no story, in scripts with vowel signs")', () => {
    const table = '<table><tr><td class="hit">পঠিত : ৫৬৭ বার | <a href="print.php?nid=1">প্রিন্ট</a> | <a href="mail.php?nid=1">ই-মেইল</a></td></tr>'
      + '<tr><td><b>এই পাতার আরো খবর</b><br>&raquo; <a href="details.php?nid=2">বাঘায় আখ চাষিদের পাওনা পরিশোধের দাবি</a><br>&raquo; <a href="details.php?nid=3">পুঠিয়ায় মহাসড়কে দুর্ঘটনায় নিহত ২</a></td></tr></table>';
    const html = page('').replace('</article>', `</article>${table}`);
    expect(extract(Buffer.from(html), { url: 'https://pollibarta.example/details.php?id=1', now }).counters.views).toBe(567);
  });
});

describe('Bangladeshi Bangla portals\' update line', () => {
  it('reads the edit labelled "সর্বশেষ আপডেট" (rule "Bangladesh\'s last update")', () => {
    const meta = '<p class="t">প্রকাশিত: ০৯:৪৫ পূর্বাহ্ন, ০৭ ডিসেম্বর ২০২৬</p><p class="t">সর্বশেষ আপডেট: ১১:১০ পূর্বাহ্ন, ০৭ ডিসেম্বর ২০২৬</p>';
    expect(record(meta).modifiedAt).toBe('2026-12-07T11:10:00+06:00');
  });
});

describe('Bangladeshi Bangla portals\' writer\'s box', () => {
  it('reads the name field of a writer\'s box whose stamps and counter run it past a byline\'s length (rule "name field of a long writer\'s box")', () => {
    const meta = '<div class="dtl-author"><span class="name">আব্দুল করিম, বগুড়া</span> <span class="time">আপলোড সময় : ০৭-১২-২০২৬ ০৩:২৫ অপরাহ্ন</span> '
      + '<span class="edit-time">আপডেট সময় : ০৭-১২-২০২৬ ০৪:০২ অপরাহ্ন</span> <span class="hit">১,০৮৯ বার পড়া হয়েছে</span></div>';
    expect(record(meta).authors).toEqual(['আব্দুল করিম']);
  });
});
