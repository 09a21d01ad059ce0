import { QueryFailedError } from 'typeorm';
import { shortErrorMessage } from './short-error-message';

describe('shortErrorMessage', () => {
  it('keeps the first line only, shortened', () => {
    const error = new Error('gateway refused\n    at send (provider.ts:1:1)');
    expect(shortErrorMessage(error)).toBe('gateway refused');
    expect(shortErrorMessage(new Error('x'.repeat(900)), 20)).toHaveLength(20);
  });

  it('masks phone numbers', () => {
    expect(shortErrorMessage(new Error('number 13800138000 is unreachable'))).toBe(
      'number 138****8000 is unreachable',
    );
  });

  it('says only the code of a database error', () => {
    const error = new QueryFailedError('INSERT INTO x VALUES (?)', ['13800138000'], {
      code: '23505',
      message: 'duplicate',
    } as never);
    expect(shortErrorMessage(error)).toBe('database error (23505)');
  });

  it('copes with things that are not errors', () => {
    expect(shortErrorMessage('plain text')).toBe('plain text');
    expect(shortErrorMessage(new Error(''))).toBe('Error');
  });
});
