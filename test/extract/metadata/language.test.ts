import { detectTextLanguage, isRightToLeft, normalizeLanguageTag, resolveLanguage } from '../../../lambdas/extract/language';

const ENGLISH = 'The government said on Monday that the road would be closed for the rest of the week, and that it was working with the police to find a solution for the people who live there.';
const GERMAN = 'Die Regierung hat am Montag mitgeteilt, dass die Straße für den Rest der Woche gesperrt wird und dass sie mit der Polizei an einer Lösung für die Menschen arbeitet, die dort wohnen.';
const FRENCH = 'Le gouvernement a annoncé lundi que la route sera fermée pour le reste de la semaine et qu\'il travaille avec la police pour trouver une solution pour les habitants qui sont dans la région.';
const SPANISH = 'El gobierno dijo el lunes que la carretera estará cerrada durante el resto de la semana y que trabaja con la policía para encontrar una solución para los vecinos que viven allí.';
const ARABIC = 'نقل حوالى سبعين جنديا من الجيش الليبي الموالي للسلطات غير المعترف بها في شرق ليبيا التي تشهد فوضى هذا الاسبوع الى روسيا للعلاج حسب ما اعلن متحدث باسم الجيش';
const PERSIAN = 'دولت روز دوشنبه اعلام کرد که این جاده برای بقیه هفته بسته خواهد بود و با پلیس برای پیدا کردن راه حلی برای مردمی که آنجا زندگی می‌کنند همکاری می‌کند';
const JAPANESE = '政府は月曜日、道路は今週いっぱい閉鎖されると発表し、そこに住む人々のための解決策を見つけるために警察と協力していると述べました。';
const CHINESE = '政府星期一表示，这条道路将在本周余下时间关闭，并正在与警方合作，为住在那里的人们寻找解决方案。这是一个重要的决定。';
const RUSSIAN = 'Правительство в понедельник заявило, что дорога будет закрыта до конца недели и что оно работает с полицией над решением для жителей.';

describe('detectTextLanguage', () => {
  it.each([
    ['en', ENGLISH], ['de', GERMAN], ['fr', FRENCH], ['es', SPANISH], ['ar', ARABIC], ['fa', PERSIAN],
    ['ja', JAPANESE], ['zh', CHINESE], ['ru', RUSSIAN],
  ])('detects %s', (language, text) => expect(detectTextLanguage(text)?.language).toBe(language));

  it('declines to guess from too little text', () => {
    expect(detectTextLanguage('OK')).toBeNull();
  });

  it('reads words between emoji and other characters outside the basic plane as it reads them between spaces', () => {
    const spaced = ENGLISH.replace(/ /g, ' \u{1F600} ');
    expect(detectTextLanguage(spaced)).toEqual(detectTextLanguage(ENGLISH));
  });

  it('counts letters outside the basic plane towards the total', () => {
    // 𝐀 (mathematical bold A) is a letter of no counted script: 200 of them leave English under half of the letters.
    expect(detectTextLanguage(`${'\u{1D400}'.repeat(200)} ${ENGLISH}`)).toBeNull();
  });
});

describe('resolveLanguage', () => {
  it('keeps a declared tag the text agrees with, region included', () => {
    expect(resolveLanguage('en-GB', ENGLISH)).toBe('en-GB');
  });

  it('lets the text overrule markup it clearly contradicts', () => {
    expect(resolveLanguage('en', ARABIC)).toBe('ar');
    expect(resolveLanguage('en-US', GERMAN)).toBe('de');
  });

  it('keeps the declaration when the text is too short to judge', () => {
    expect(resolveLanguage('pt-BR', 'Olá')).toBe('pt-BR');
  });

  it('detects the language when nothing is declared', () => {
    expect(resolveLanguage(null, FRENCH)).toBe('fr');
  });
});

describe('normalizeLanguageTag and direction', () => {
  it('normalises BCP-47 casing and separators', () => {
    expect(normalizeLanguageTag('en_us')).toBe('en-US');
    expect(normalizeLanguageTag('ZH-hant-tw')).toBe('zh-Hant-TW');
    expect(normalizeLanguageTag('ar')).toBe('ar');
    expect(normalizeLanguageTag('{{lang}}')).toBeNull();
  });

  it('knows right-to-left languages', () => {
    expect(isRightToLeft('ar-EG')).toBe(true);
    expect(isRightToLeft('fa')).toBe(true);
    expect(isRightToLeft('en')).toBe(false);
    expect(isRightToLeft(null)).toBe(false);
  });
});
