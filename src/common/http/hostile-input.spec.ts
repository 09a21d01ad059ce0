import { findHostileInput, MAX_INPUT_DEPTH } from './hostile-input';

describe('findHostileInput', () => {
  it('passes ordinary bodies, surrogate pairs and control characters other than NUL', () => {
    expect(
      findHostileInput({
        name: '李明 😀',
        care: { anniversaries: [{ name: '结婚', date: '05-01' }] },
        note: 'a\tb\n',
      }),
    ).toBeUndefined();
    expect(findHostileInput(undefined)).toBeUndefined();
  });

  it('finds nesting deeper than the limit without overflowing its own stack', () => {
    let deep: unknown = 1;
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    expect(findHostileInput({ a: deep })).toEqual({
      kind: 'too_deep',
      field: `a${'.0'.repeat(MAX_INPUT_DEPTH - 1)}`,
    });
    let limit: unknown = 1;
    for (let level = 0; level < MAX_INPUT_DEPTH; level += 1) limit = [limit];
    expect(findHostileInput(limit)).toBeUndefined();
  });

  it('finds NUL bytes and lone surrogates in values and keys, naming the field', () => {
    expect(findHostileInput({ care: { familyNotes: 'a\u0000b' } })).toEqual({
      kind: 'nul_byte',
      field: 'care.familyNotes',
    });
    expect(findHostileInput({ email: 'a\ud800@example.com' })).toEqual({
      kind: 'lone_surrogate',
      field: 'email',
    });
    expect(findHostileInput({ list: ['ok', '\udc00'] })).toEqual({
      kind: 'lone_surrogate',
      field: 'list.1',
    });
    expect(findHostileInput({ 'k\u0000': 1 })).toEqual({ kind: 'nul_byte', field: 'k?' });
    expect(findHostileInput('\ud83d')).toEqual({ kind: 'lone_surrogate', field: 'body' });
  });
});
