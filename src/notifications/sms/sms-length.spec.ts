import { smsLength } from './sms-length';

describe('smsLength', () => {
  it('counts 70 characters as one SMS and 71 as two parts of 67', () => {
    expect(smsLength('字'.repeat(70), '').segments).toBe(1);
    expect(smsLength('字'.repeat(71), '').segments).toBe(2);
    expect(smsLength('字'.repeat(134), '').segments).toBe(2);
    expect(smsLength('字'.repeat(135), '').segments).toBe(3);
  });

  it('counts the signature with its brackets in', () => {
    const result = smsLength('a'.repeat(64), '培训中心');
    expect(result.text).toBe(`【培训中心】${'a'.repeat(64)}`);
    expect(result.length).toBe(70);
    expect(result.segments).toBe(1);
    expect(smsLength('a'.repeat(65), '培训中心').segments).toBe(2);
  });
});
