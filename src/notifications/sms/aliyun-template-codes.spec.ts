import { AliyunTemplateCodes } from './aliyun-template-codes';

describe('AliyunTemplateCodes', () => {
  const codes = new AliyunTemplateCodes([
    'care=SMS_CARE',
    'care:holiday=SMS_HOLIDAY',
    'group:12=SMS_G12',
    'alert=SMS_ALERT',
  ]);

  it('takes the most specific key, then its prefixes, then the purpose', () => {
    const template = (key: string) => ({ key, params: {} });
    expect(
      codes.codeFor({ purpose: 'care', template: template('care:holiday:mid_autumn') }),
    ).toEqual({ key: 'care:holiday', code: 'SMS_HOLIDAY' });
    expect(codes.codeFor({ purpose: 'care', template: template('care:birthday') })?.code).toBe(
      'SMS_CARE',
    );
    expect(codes.codeFor({ purpose: 'group-sms', template: template('group:12') })?.code).toBe(
      'SMS_G12',
    );
    expect(codes.codeFor({ purpose: 'alert' })?.code).toBe('SMS_ALERT');
  });

  it('finds nothing when neither key nor purpose is configured', () => {
    expect(codes.codeFor({ purpose: 'group-sms', template: { key: 'group:13', params: {} } })).toBe(
      null,
    );
    expect(
      AliyunTemplateCodes.candidates({
        purpose: 'group-sms',
        template: { key: 'group:13', params: {} },
      }),
    ).toEqual(['group:13', 'group', 'group-sms']);
  });
});
