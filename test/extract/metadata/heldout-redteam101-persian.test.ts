import { findCreditedAgency } from '../../../lambdas/extract/metadata/wire-agencies';

describe('Iranian provincial and Afghan portals', () => {
  it('reads the agency before the place its provincial bureau reports from (rule "agency\'s provincial bureau")', () => {
    expect(findCreditedAgency('به گزارش خبرگزاري تسنيم از کرمان، مدير جهاد کشاورزي گفت: برداشت پسته کمتر شد.')).toBe('Tasnim');
    expect(findCreditedAgency('به گزارش ایرنا از یزد، معاون شهرسازی گفت: آب‌انبارها آبگیری می‌شوند.')).toBe('IRNA');
    // A site's own reporter from a city is no agency.
    expect(findCreditedAgency('به گزارش خبرنگار ما از کرمان، مدیر جهاد کشاورزی گفت: برداشت پسته کمتر شد.')).toBeNull();
  });
});
