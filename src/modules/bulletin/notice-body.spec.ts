import { NoticeBody } from './notice-body';

const HOSTILE = [
  '# 通知 <script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1)) [y](JavaScript\\:alert(2)) [z](&#106;avascript:alert(3))',
  '[d](data:text/html,abc) [e]( <file:///etc/passwd>)',
  '<a href="javascript:alert(4)">a</a> <svg onload=alert(5)>',
].join('\n');

describe('NoticeBody', () => {
  it('keeps no tag and no script-running scheme in the stored source', () => {
    const source = NoticeBody.source(HOSTILE);
    expect(source).not.toMatch(/<|script\s*:|onerror|onload|data:|file:/i);
    expect(source).toContain('[x](#blocked:alert(1))');
    expect(source).toContain('# 通知');
  });

  it('renders harmless HTML, even from a source stored before the rules', () => {
    const html = NoticeBody.html(HOSTILE);
    expect(html).not.toMatch(/<script|onerror|onload|javascript:|data:|file:|<svg/i);
    expect(html).toContain('<h1>通知</h1>');
  });

  it('keeps ordinary Markdown working: quotes, emphasis, links, lists, prose with colons', () => {
    const text =
      '> 引用 a & b\n\n**粗体** metadata: fine\n\n- [官网](https://example.com/a?b=1&c=2)\n- 二';
    const source = NoticeBody.source(text);
    expect(source).toContain('> 引用');
    expect(source).toContain('metadata: fine');
    expect(NoticeBody.source(source)).toBe(source);
    const html = NoticeBody.html(text);
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<strong>粗体</strong>');
    expect(html).toContain(
      '<a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer nofollow" target="_blank">官网</a>',
    );
    expect(html).toContain('<li>二</li>');
  });

  it('makes a title plain text', () => {
    expect(NoticeBody.plain(' 开课 <b>通知</b> & <script>alert(1)</script> a > b ')).toBe(
      '开课 通知 &  a  b',
    );
  });
});
