import { maskPhone, normalizeMobile, normalizeOtherPhone } from './mobile-number';

describe('mobile numbers', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['008613812345678', '13812345678'],
    ['8613812345678', '13812345678'],
  ])('normalises %s', (input, expected) => {
    expect(normalizeMobile(input)).toBe(expected);
  });

  it.each(['12812345678', '1381234567', '138123456789', 'abc', '', '010-12345678'])(
    'refuses %s',
    (input) => {
      expect(normalizeMobile(input)).toBeNull();
    },
  );

  it('accepts landlines as other phones', () => {
    expect(normalizeOtherPhone('010-8888 6666')).toBe('01088886666');
    expect(normalizeOtherPhone('12')).toBeNull();
  });

  it('masks the middle', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('01088886666')).toBe('010****6666');
    expect(maskPhone('12345678')).toBe('12**5678');
    expect(maskPhone(null)).toBeNull();
  });
});
