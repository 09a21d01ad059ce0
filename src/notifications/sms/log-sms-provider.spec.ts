import { Writable } from 'node:stream';
import pino from 'pino';
import { LogSmsProvider } from './log-sms-provider';

describe('LogSmsProvider', () => {
  it('logs the message id, purpose, masked number and body length, never the number or the text', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    await new LogSmsProvider(pino(sink)).send({
      to: '13800138000',
      body: '您的课程明天开始',
      messageId: 7,
      purpose: 'care',
    });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).sms).toEqual({
      id: 7,
      purpose: 'care',
      to: '138****8000',
      bodyLength: 8,
    });
    expect(lines[0]).not.toContain('13800138000');
    expect(lines[0]).not.toContain('课程');
  });
});
