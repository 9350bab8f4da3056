import { extract } from '../../../lambdas/extract';
import { seedPage, SEED_URL } from '../../fixtures/seed';

describe('seed page body', () => {
  const record = extract(seedPage(), { url: SEED_URL });

  it('starts with the first article paragraph', () => {
    expect(record.body.startsWith('نقل حوالى سبعين جنديا')).toBe(true);
  });

  it('carries no comment form, counters, share or related blocks, nor caption paragraphs', () => {
    expect(record.body).not.toContain('إضافة تعليق');
    expect(record.body).not.toMatch(/\b1116\b|شارك|غرّد/);
    expect(record.body).not.toMatch(/الأكثر قراءة|اقرأ أيضا|ذات صلة/);
    const paragraphs = record.body.split('\n\n');
    for (const image of record.images) if (image.caption) expect(paragraphs).not.toContain(image.caption);
    expect(record.images.some((image) => image.caption !== null)).toBe(true);
  });
});
