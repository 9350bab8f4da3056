import { detectTextLanguage } from '../../../lambdas/extract/language';
import { extract } from '../../../lambdas/extract';
import { ROLE_WORDS } from '../../../lambdas/extract/metadata/byline-vocabulary';
import { readUnmarkedBylines } from '../../../lambdas/extract/metadata/bylines';
import { indexedPage } from '../../support/indexed-page';

const now = new Date('2026-12-06T12:00:00Z');
const published = (html: string) => extract(Buffer.from(html), { url: 'https://paper.example/story', now }).publishedAt;

describe('West African pages', () => {
  it('reads a Yoruba ordinal month and an Igbo month (rule "Yoruba and Igbo months")', () => {
    const story = '<p>Ìjọba ìpínlẹ̀ náà ti ṣí ọ̀nà tuntun ní ìlú náà lọ́jọ́ Ẹtì, àwọn olùgbé sì dúpẹ́.</p>'.repeat(3);
    expect(published(`<html lang="yo"><body><h1>Ọ̀nà tuntun</h1><p class="when">Ọjọ́ Àbámẹ́ta, 5 Oṣù Kejìlá 2026 | 10:30</p>${story}</body></html>`))
      .toBe('2026-12-05T10:30:00+01:00');
    const igbo = '<p>Ndị ahịa na-eme mkpesa maka ọnụ ahịa ụgbọ njem n\'ahịa ahụ.</p>'.repeat(3);
    expect(published(`<html lang="ig"><body><h1>Ahịa</h1><p class="when">Disemba 5, 2026 | 14:15</p>${igbo}</body></html>`))
      .toBe('2026-12-05T14:15:00+01:00');
  });

  it('reads a text whose only Vietnamese-block letters are vowels dotted below as Yoruba or Igbo (rule "vowels dotted below, and nothing else")', () => {
    expect(detectTextLanguage('Àwọn àgbẹ̀ kòkó ní ìpínlẹ̀ Oǹdó ti ké sí ìjọba àpapọ̀ láti kéde owó tuntun fún kòkó kí ọdún tó parí.')?.language).toBe('yo');
    expect(detectTextLanguage('Ndị ahịa n\'ahịa Ọkpụrụ-Mmiri dị n\'Onitsha na-eme mkpesa maka ọnụ ahịa ụgbọ njem si rịgoo n\'ime izu abụọ.')?.language).toBe('ig');
    expect(detectTextLanguage('Chính phủ đã quyết định tăng lương tối thiểu cho người lao động từ đầu năm tới, theo thông báo mới nhất.')?.language).toBe('vi');
  });

  it('reads the Yoruba byline and the Igbo and Hausa writer\'s labels on a line of their own (rules "Yoruba byline", "West African writer\'s labels")', () => {
    const line = (credit: string) => readUnmarkedBylines(indexedPage(`<h1>Labari</h1><p>${credit}</p><p>${'Gwamnatin jihar ta ce za ta fara biyan sabon albashi daga watan Janairu. '.repeat(4)}</p>`));
    expect(line('Láti ọwọ́ Adébáyọ̀ Ọlániyì')).toEqual(['Láti ọwọ́ Adébáyọ̀ Ọlániyì']);
    expect(line('Onye edemede: Chinedu Okafor')).toEqual(['Onye edemede: Chinedu Okafor']);
    expect(line('Mai rahoto: Bashir Yahaya')).toEqual(['Mai rahoto: Bashir Yahaya']);
  });

  it('reads the Yoruba editor\'s account as a post, composed or decomposed (rule "the Yoruba editor\'s account")', () => {
    expect(ROLE_WORDS.test('Olóòtú')).toBe(true);
    expect(ROLE_WORDS.test('Olóòtú'.normalize('NFD'))).toBe(true);
    expect(ROLE_WORDS.test('Oluwaseun Ogunleye')).toBe(false);
  });

  it('reads the Hausa and Yoruba view counts (rule "read so many times, in Hausa and Yoruba")', () => {
    const views = (html: string) => extract(Buffer.from(html), { url: 'https://paper.example/story', now }).counters.views;
    const hausa = '<p>Hukumomin kasar sun sanar da sake bude iyakar bayan shafe fiye da shekara biyu a rufe, in ji ministan.</p>'.repeat(3);
    expect(views(`<html lang="ha"><body><h1>Iyaka</h1><div class="meta"><span>Daga AFP</span> · <span>An karanta sau 2,310</span></div>${hausa}</body></html>`)).toBe(2310);
    const yoruba = '<p>Àwọn àgbẹ̀ kòkó ní ìpínlẹ̀ náà ti ké sí ìjọba láti kéde owó tuntun fún kòkó kí ọdún tó parí.</p>'.repeat(3);
    expect(views(`<html lang="yo"><body><h1>Kòkó</h1>${yoruba}<div class="tools"><a href="/p">Tẹ̀ ẹ́ jáde</a> | Àwọn tó ti kà á: 233</div></body></html>`)).toBe(233);
  });

  it('reads the clock of the words\' language under the CMS\'s default "en-US" (rule "the CMS\'s default locale")', () => {
    const hausa = '<p>Rundunar \'yan sandan jihar ta ce ta ceto mutum goma sha biyu da \'yan bindiga suka sace a karamar hukumar, kuma an kama wasu uku.</p>'.repeat(3);
    expect(published(`<html lang="en-US"><body><h1>'Yan sanda sun ceto mutum 12</h1><div class="entry-meta"><span class="posted-on">December 5, 2026 3:40 pm</span></div>${hausa}</body></html>`))
      .toBe('2026-12-05T15:40:00+01:00');
  });

  it('cuts the Yoruba weekday off the writer\'s name in a byline row that runs into the date (rule "Yoruba weekdays")', () => {
    const story = '<p>Àwọn àgbẹ̀ kòkó ní ìpínlẹ̀ náà ti ké sí ìjọba láti kéde owó tuntun fún kòkó kí ọdún tó parí.</p>'.repeat(3);
    const authors = (row: string) => extract(Buffer.from(`<html lang="yo"><body><h1>Kòkó</h1><p><font size="1">${row}</font></p>${story}</body></html>`), { url: 'https://paper.example/story', now }).authors;
    expect(authors('Láti ọwọ́ Ìyábọ̀ Adéníyì | Ọjọ́ Ẹtì, 4 Oṣù Kejìlá 2026, 18:05')).toEqual(['Ìyábọ̀ Adéníyì']);
    expect(authors('Láti ọwọ́ Ìyábọ̀ Adéníyì :: Ọjọ́ Ẹtì, 4 Oṣù Kejìlá 2026, 18:05')).toEqual(['Ìyábọ̀ Adéníyì']);
  });
});

