import { extract } from '../../../lambdas/extract';
import { FURNITURE_HEADING } from '../../../lambdas/extract/content/vocabulary';

const now = new Date('2026-12-08T12:00:00Z');
const story = [
  'कोटा। चंबल नदी पर बन रहे नए पुल का काम तय समय से दो महीने पहले पूरा हो गया है। पुल को अगले सप्ताह यातायात के लिए खोला जाएगा।',
  'लोक निर्माण विभाग के अधिकारियों ने बताया कि पुल की लंबाई 1.2 किलोमीटर है और इस पर 86 करोड़ रुपये खर्च हुए हैं। पुल से शहर के दोनों हिस्सों के बीच की दूरी आठ किलोमीटर कम हो जाएगी।',
  'स्थानीय व्यापारियों ने कहा कि पुल खुलने से मंडी तक माल लाना आसान होगा और जाम से राहत मिलेगी।',
  '“हम बरसों से इस पुल का इंतजार कर रहे थे,” व्यापार संघ के अध्यक्ष रमेश जैन ने कहा।',
].join('<br><br>\n');
const page = (before: string, after: string) => '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>चंबल पर नया पुल तैयार :: हाड़ौती समाचार</title></head><body><table><tr><td>'
  + `<font size="5"><b>चंबल पर नया पुल तैयार</b></font><br>${before}<font size="2">${story}<br><br></font>${after}</td></tr></table></body></html>`;
const body = (before: string, after: string) => extract(Buffer.from(page(before, after)), { url: 'http://hadautisamachar.example/news.php?id=91', now }).body;

describe('Hindi legacy portal furniture', () => {
  it('leaves the list of the portal\'s other news under its heading out (rule "other news in Hindi")', () => {
    for (const heading of ['अन्य समाचार :', 'अन्य खबरें', 'संबंधित समाचार']) expect(FURNITURE_HEADING.test(heading)).toBe(true);
    // A sentence that opens with the words is the story's.
    expect(FURNITURE_HEADING.test('अन्य समाचार पत्रों ने भी यह खबर छापी।')).toBe(false);
    const text = body('', '<br><b>अन्य समाचार :</b><br>\n<a href="news.php?id=90">बूंदी में धान की खरीद शुरू</a><br>\n<a href="news.php?id=89">झालावाड़ में संतरे की बंपर पैदावार</a><br>\n');
    expect(text.split('\n\n').at(-1)).toBe('“हम बरसों से इस पुल का इंतजार कर रहे थे,” व्यापार संघ के अध्यक्ष रमेश जैन ने कहा।');
    expect(text).not.toContain('बूंदी में धान');
  });

  it('leaves a Hindi caption in small print under the picture in a table cell out of the text (rule "words with vowel signs")', () => {
    const text = body('<img src="photos/pul.jpg" width="400" height="260" alt=""><br><font size="1">नए पुल पर आखिरी परत बिछाते मजदूर</font><br><br>', '');
    expect(text.split('\n\n')[0]).toMatch(/^कोटा। चंबल नदी/);
    expect(text).not.toContain('आखिरी परत');
  });
});
