import { StoredInstant } from './stored-instant';

describe('StoredInstant', () => {
  it('is a Date that writes the text it was read from as JSON', () => {
    const instant = new StoredInstant('2026-03-04T05:06:07.089Z');
    expect(instant).toBeInstanceOf(Date);
    expect(instant.getTime()).toBe(Date.UTC(2026, 2, 4, 5, 6, 7, 89));
    expect(JSON.stringify({ at: instant })).toBe('{"at":"2026-03-04T05:06:07.089Z"}');
  });

  it('answers as any Date once changed, or when the Date corrected the text', () => {
    const changed = new StoredInstant('2026-03-04T05:06:07.089Z');
    changed.setUTCHours(1);
    expect(changed.toJSON()).toBe('2026-03-04T01:06:07.089Z');
    for (const text of ['2026-04-31T10:00:00.000Z', '2026-01-01T24:00:00.000Z'])
      expect(new StoredInstant(text).toJSON()).toBe(new Date(text).toJSON());
  });
});
