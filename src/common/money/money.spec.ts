import 'reflect-metadata';
import { validateSync } from 'class-validator';
import { type Fen, isFenAmount, MAX_FEN, toFen } from './fen';
import { formatYuan } from './format-yuan';
import { IsFen } from './is-fen';
import { parseYuan } from './parse-yuan';

/** A small seeded generator (mulberry32): the same "random" amounts on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Amounts of every size: 0–99 fen, round yuan, up to MAX_FEN, negative ones. */
function amounts(count: number, seed = 20261202): number[] {
  const next = random(seed);
  const out = [0, 1, 99, 100, 101, 999_99, 1_000_00, MAX_FEN, MAX_FEN - 1];
  for (let i = 0; i < count; i++) {
    const digits = 1 + Math.floor(next() * 11);
    const value = Math.min(MAX_FEN, Math.floor(next() * 10 ** digits));
    out.push(next() < 0.2 && value !== 0 ? -value : value);
  }
  return out;
}

describe('money in fen', () => {
  describe('formatYuan', () => {
    it('writes yuan with thousands separators and two decimals', () => {
      expect(formatYuan(toFen(123450), 'en')).toBe('¥1,234.50');
      expect(formatYuan(toFen(123450), 'zh-CN')).toBe('1,234.50 元');
      expect(formatYuan(toFen(5), 'en')).toBe('¥0.05');
      expect(formatYuan(toFen(0))).toBe('0.00 元');
      expect(formatYuan(toFen(-100_000_00), 'en')).toBe('-¥100,000.00');
      expect(formatYuan(toFen(MAX_FEN), 'en')).toBe('¥100,000,000.00');
    });

    it('refuses what is not a whole number of fen', () => {
      expect(() => formatYuan(12.5, 'en')).toThrow(RangeError);
      expect(() => formatYuan(Number.NaN)).toThrow(RangeError);
    });
  });

  describe('parseYuan', () => {
    it('reads yuan as typed or printed', () => {
      expect(parseYuan('1234.5')).toBe(123450);
      expect(parseYuan('¥1,234.50')).toBe(123450);
      expect(parseYuan('￥１２３４.５０')).toBe(123450);
      expect(parseYuan(' 1,234.50 元 ')).toBe(123450);
      expect(parseYuan('-12')).toBe(-1200);
      expect(parseYuan('-0.00')).toBe(0);
      expect(parseYuan('0.07')).toBe(7);
    });

    it('refuses fractions of a fen, stray text and amounts out of bounds', () => {
      for (const text of [
        '',
        '1.234',
        '12,34',
        '1,2345',
        'abc',
        '1e3',
        '0x10',
        '¥',
        '.5',
        '12.',
        '100000000.01',
        '--1',
      ]) {
        expect([text, parseYuan(text)]).toEqual([text, null]);
      }
    });

    it('reads back whatever formatYuan writes, in either language (many amounts)', () => {
      for (const value of amounts(5000)) {
        expect(parseYuan(formatYuan(toFen(value), 'en'))).toBe(value);
        expect(parseYuan(formatYuan(toFen(value), 'zh-CN'))).toBe(value);
      }
    });

    it('agrees with decimal arithmetic done by hand (many amounts)', () => {
      for (const value of amounts(2000, 7)) {
        const abs = Math.abs(value);
        const text = `${value < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
        expect(parseYuan(text)).toBe(value);
      }
    });
  });

  describe('@IsFen()', () => {
    class Payment {
      @IsFen() amount!: unknown;
    }
    class Correction {
      @IsFen({ min: -MAX_FEN, max: 1_000_00 }) amount!: unknown;
    }
    const errorsOf = (type: new () => { amount: unknown }, amount: unknown) =>
      validateSync(Object.assign(new type(), { amount })).flatMap((e) =>
        Object.values(e.constraints ?? {}),
      );

    it('takes whole fen from 0 to MAX_FEN', () => {
      for (const amount of [0, 1, 123450, MAX_FEN]) expect(errorsOf(Payment, amount)).toEqual([]);
    });

    it('refuses fractions, negatives, text, and amounts beyond the bound, with the catalogue key', () => {
      for (const amount of [
        0.5,
        -1,
        '100',
        MAX_FEN + 1,
        Number.MAX_SAFE_INTEGER + 1,
        NaN,
        Infinity,
        null,
      ]) {
        expect(errorsOf(Payment, amount)).toEqual(['money.fen']);
      }
    });

    it('takes negatives and another maximum when told', () => {
      expect(errorsOf(Correction, -500)).toEqual([]);
      expect(errorsOf(Correction, 1_000_01)).toEqual(['money.fen']);
    });

    it('agrees with isFenAmount over many values', () => {
      for (const value of amounts(1000, 99)) {
        const fen = value as Fen;
        expect(errorsOf(Payment, fen).length === 0).toBe(isFenAmount(fen));
      }
    });
  });
});
