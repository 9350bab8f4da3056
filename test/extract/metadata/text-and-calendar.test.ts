import { collapseWhitespace, withAtomicChillu, wordsBeforeTail } from '../../../lambdas/extract/metadata/text';
import { hasUtcOffset, isPlausiblePublicationDate, toIsoString, withUtcOffset } from '../../../lambdas/extract/metadata/calendar';

describe('text helpers', () => {
  it('collapses whitespace including zero-width characters', () => {
    expect(collapseWhitespace(' a\u200B \n b ')).toBe('a b');
  });

  it('drops direction marks and embeddings', () => {
    expect(collapseWhitespace('\u200Fوزير المالية\u200F \u202Bالعجز\u202C\u2067 \u2069')).toBe('وزير المالية العجز');
  });

  it('keeps the zero-width non-joiner and joiner inside a word and drops them at its edges', () => {
    expect(collapseWhitespace('تصویب می\u200Cکند')).toBe('تصویب می\u200Cکند');
    expect(collapseWhitespace('\u200C a \u200D\u200C b\u200C c \u200C d\u200D')).toBe('a b c d');
  });

  it('keeps the joiner that closes a virama at a word\'s end, Malayalam\'s old chillu (rule "old Malayalam chillu")', () => {
    expect(collapseWhitespace('പാതയില്\u200D പരീക്ഷണ ഓട്ടം ജനുവരിയില്\u200D')).toBe('പാതയില്\u200D പരീക്ഷണ ഓട്ടം ജനുവരിയില്\u200D');
    expect(collapseWhitespace('ഓട്ടം\u200D ജനുവരി')).toBe('ഓട്ടം ജനുവരി');
  });
});

describe('Malayalam\'s old chillu', () => {
  it('writes the consonant, virama and joiner as the one chillu character, and leaves other text alone', () => {
    expect(withAtomicChillu('ഡിസംബര്\u200D')).toBe('ഡിസംബർ');
    expect(withAtomicChillu('ലേഖകന്\u200D')).toBe('ലേഖകൻ');
    expect(withAtomicChillu('മാർച്ച്')).toBe('മാർച്ച്');
  });
});

describe('a kicker run into a headline', () => {
  it('counts the words before the headline, and none when the text does not end with it after a space', () => {
    expect(wordsBeforeTail('second division kiel turn the derby round', 'kiel turn the derby round')).toBe(2);
    expect(wordsBeforeTail('kiel turn the derby round', 'kiel turn the derby round')).toBe(-1);
    expect(wordsBeforeTail('mykiel turn the derby round', 'kiel turn the derby round')).toBe(-1);
    expect(wordsBeforeTail('kiel turn the derby round today', 'kiel turn the derby round')).toBe(-1);
  });
});

describe('calendar', () => {
  it('writes ISO 8601 with offset and refuses impossible dates', () => {
    expect(toIsoString({ year: 2017, month: 1, day: 23, hour: 9, minute: 5, second: 0, offsetMinutes: -330 })).toBe('2017-01-23T09:05:00-05:30');
    expect(toIsoString({ year: 2017, month: 2, day: 29 })).toBeNull();
    expect(toIsoString({ year: 2016, month: 2, day: 29, offsetMinutes: 0 })).toBe('2016-02-29T00:00:00+00:00');
    expect(toIsoString({ year: 2017, month: 1, day: 23, hour: 24 })).toBeNull();
  });

  it('writes a wall-clock time without an offset when the fields have none, for the page\'s zone to complete', () => {
    const local = toIsoString({ year: 2026, month: 12, day: 1, hour: 9, minute: 45 });
    expect(local).toBe('2026-12-01T09:45:00');
    expect(hasUtcOffset(local!)).toBe(false);
    expect(withUtcOffset(local!, 210)).toBe('2026-12-01T09:45:00+03:30');
    expect(withUtcOffset(local!, -150)).toBe('2026-12-01T09:45:00-02:30');
    expect(hasUtcOffset(withUtcOffset(local!, 0))).toBe(true);
  });

  it('gives a time read in an unknown zone up to 14 hours past now, the furthest a clock runs ahead of UTC', () => {
    const now = new Date('2026-12-01T07:00:00Z');
    // 18:30 in Sydney (UTC+11) is 07:30 UTC: read as UTC it lies 11 hours ahead.
    expect(isPlausiblePublicationDate('2026-12-01T18:30:00+00:00', now)).toBe(false);
    expect(isPlausiblePublicationDate('2026-12-01T18:30:00+00:00', now, false)).toBe(true);
    expect(isPlausiblePublicationDate('2026-12-01T21:30:00+00:00', now, false)).toBe(false);
  });

  it('accepts publication dates between 1900 and now', () => {
    const now = new Date('2026-11-29T12:00:00Z');
    expect(isPlausiblePublicationDate('1900-01-01T00:00:00+00:00', now)).toBe(true);
    expect(isPlausiblePublicationDate('1899-12-31T00:00:00+00:00', now)).toBe(false);
    expect(isPlausiblePublicationDate('2026-11-30T00:00:00+00:00', now)).toBe(false);
  });

  it('refuses the Unix epoch, a zero timestamp, in any time zone, and accepts the days around it', () => {
    const now = new Date('2026-11-29T12:00:00Z');
    expect(isPlausiblePublicationDate('1970-01-01T01:00:00+01:00', now)).toBe(false);
    expect(isPlausiblePublicationDate('1970-01-01T00:00:00+00:00', now)).toBe(false);
    expect(isPlausiblePublicationDate('1969-12-31T19:00:00-05:00', now)).toBe(false);
    expect(isPlausiblePublicationDate('1970-01-03T00:00:00+00:00', now)).toBe(true);
    expect(isPlausiblePublicationDate('1969-12-29T00:00:00+00:00', now)).toBe(true);
  });
});
