import { sniffContentType } from './content-sniffer';

describe('sniffContentType', () => {
  const sniff = (text: string | Buffer, complete = true) =>
    sniffContentType(typeof text === 'string' ? Buffer.from(text) : text, complete);

  it('knows signatures whatever the file is called', async () => {
    expect(await sniff(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))).toBe('image/png');
    expect(await sniff('%PDF-1.7\n')).toBe('application/pdf');
  });

  it('tells CSV from other text by its rows of equal fields', async () => {
    expect(await sniff('a,b,c\n1,2,3\n')).toBe('text/csv');
    expect(await sniff('\uFEFF姓名;手机\n张三;139\n')).toBe('text/csv');
    expect(await sniff('名称,"含, 逗号"\n甲,乙\n')).toBe('text/csv');
    expect(await sniff('one line of prose.\nanother, with a comma.\n')).toBe('text/plain');
    expect(await sniff('plain\n')).toBe('text/plain');
  });

  it('lets a character cut by the end of the head pass only when more follows', async () => {
    const cut = Buffer.from('a,b\n张,三\n').subarray(0, -2);
    expect(await sniff(cut, false)).toBe('text/csv');
    expect(await sniff(cut, true)).toBe('application/octet-stream');
  });

  it('calls bytes it cannot read application/octet-stream', async () => {
    expect(await sniff(Buffer.from([0, 1, 2, 3]))).toBe('application/octet-stream');
    expect(await sniff(Buffer.alloc(0))).toBe('application/octet-stream');
  });

  it('names programs, scripts and markup that would run, whatever they are called', async () => {
    const padded = (magic: number[]) => Buffer.concat([Buffer.from(magic), Buffer.alloc(64)]);
    expect(await sniff(padded([0x4d, 0x5a]))).toBe('application/x-msdownload');
    expect(await sniff(padded([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]))).toBe('application/x-elf');
    expect(await sniff(padded([0xcf, 0xfa, 0xed, 0xfe]))).toBe('application/x-mach-binary');
    expect(await sniff('#!/bin/sh\nrm -rf /\n')).toBe('text/x-script');
    expect(await sniff('\uFEFF  <!DOCTYPE html><html><body>报告</body></html>')).toBe('text/html');
    expect(await sniff('<p>hello</p>')).toBe('text/html');
    expect(await sniff('note\n<script>alert(1)</script>\n')).toBe('text/html');
    expect(await sniff('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')).toBe(
      'image/svg+xml',
    );
    expect(
      await sniff('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"></html>'),
    ).toBe('application/xhtml+xml');
    expect(await sniff('<?xml version="1.0"?><note>hi</note>')).toBe('application/xml');
  });

  it('leaves text that merely mentions markup as text', async () => {
    expect(await sniff('价格 < 100 的课程\n')).toBe('text/plain');
    expect(await sniff('a,b\n1<2,3\n')).toBe('text/csv');
  });
});
