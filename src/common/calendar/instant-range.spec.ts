import { DomainError } from '../errors/domain-error';
import { msg } from '../i18n/msg';
import { instantRange } from './instant-range';

describe('instantRange', () => {
  it('reads either end, both or neither', () => {
    expect(instantRange({})).toEqual({ from: undefined, to: undefined });
    expect(instantRange({ from: '2026-12-01' })).toEqual({
      from: new Date('2026-12-01T00:00:00Z'),
      to: undefined,
    });
    expect(instantRange({ from: '2026-12-01T08:00:00+08:00', to: '2026-12-01T00:00:01Z' })).toEqual(
      {
        from: new Date('2026-12-01T00:00:00Z'),
        to: new Date('2026-12-01T00:00:01Z'),
      },
    );
  });

  it('refuses an empty range, naming from', () => {
    for (const to of ['2026-12-01T00:00:00Z', '2026-11-30']) {
      let error: unknown;
      try {
        instantRange({ from: '2026-12-01', to });
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({
        kind: 'bad_request',
        text: msg('common.periodEmpty'),
        details: [{ field: 'from', messages: [msg('common.mustBeBeforeTo')] }],
      });
    }
  });
});
