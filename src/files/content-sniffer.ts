import { fromBuffer } from 'file-type';
import { ACTIVE_CONTENT } from './active-content';

export const OCTET_STREAM = 'application/octet-stream';

/** Lines of a text looked at to tell CSV from other text. */
const SAMPLE_LINES = 20;
/** Characters of a text looked at for markup: what browsers sniff HTML in. */
const MARKUP_SAMPLE = 1024;
/**
 * Tags a text may start with that browsers take for HTML (the WHATWG sniffing list), each
 * followed by a space or `>`.
 */
const HTML_START =
  /^<(!doctype\s+html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|!--|object|embed|form|img|meta|link|base)[\s>/]/;

/**
 * The content type of a file from its first bytes, never from its name: a PNG named
 * `.txt` is image/png, a workbook is xlsx whatever it is called. Binary formats by their
 * signatures (file-type, plus the executables it does not know); text that a browser or a
 * shell would run (HTML, XHTML, SVG, a `#!` script) by its start; other text is text/csv
 * when its lines are rows of the same number of comma-, semicolon- or tab-separated fields,
 * else text/plain; anything else application/octet-stream.
 * `complete` says that `head` is the whole file (so a cut character at its end is an error).
 */
export async function sniffContentType(head: Buffer, complete: boolean): Promise<string> {
  if (!head.length) return OCTET_STREAM;
  const executable = executableType(head);
  if (executable) return executable;
  const found = await fromBuffer(head);
  if (found && found.mime !== 'application/xml') return found.mime;
  const text = utf8Text(head, complete);
  if (text === null) return found?.mime ?? OCTET_STREAM;
  const active = activeText(text);
  if (active) return active;
  if (found) return found.mime;
  return looksLikeCsv(text, complete) ? 'text/csv' : 'text/plain';
}

/** ELF and Mach-O programs (file-type 16 knows PE, as application/x-msdownload, but not these). */
function executableType(head: Buffer): string | null {
  if (head.length < 4) return null;
  const magic = head.readUInt32BE(0);
  if (magic === 0x7f454c46) return ACTIVE_CONTENT.elf;
  // 32- and 64-bit, either byte order, and the universal ("fat") form.
  if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic))
    return ACTIVE_CONTENT.machO;
  return null;
}

/** The type of a text a browser or a shell would run, or null for inert text. */
function activeText(text: string): string | null {
  if (text.startsWith('#!')) return ACTIVE_CONTENT.script;
  const start = text.slice(0, MARKUP_SAMPLE).trimStart().toLowerCase();
  if (
    start.startsWith('<?xml') ||
    /^<!doctype\s+(svg|html\s+public\s+"-\/\/w3c\/\/dtd\s+xhtml)/.test(start)
  ) {
    if (start.includes('<svg')) return ACTIVE_CONTENT.svg;
    if (start.includes('<html') || start.includes('xhtml')) return ACTIVE_CONTENT.xhtml;
  }
  if (start.startsWith('<svg')) return ACTIVE_CONTENT.svg;
  if (HTML_START.test(start)) return ACTIVE_CONTENT.html;
  // Markup that runs further in: a browser that ignores the declared type would run it.
  if (/<(script|iframe|object|embed)[\s>/]|<\?php|<%[\s=@]/.test(start)) return ACTIVE_CONTENT.html;
  if (start.startsWith('<?xml')) return 'application/xml';
  return null;
}

/** The head as text when it is UTF-8 without control bytes, else null. */
function utf8Text(head: Buffer, complete: boolean): string | null {
  try {
    // Streaming mode lets a character cut by the end of the head pass when more follows.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !complete });
    // NUL and the like mean a binary format file-type does not know.
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code < 9 || (code > 13 && code < 32 && code !== 27) || code === 127) return null;
    }
    return text.replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

function looksLikeCsv(text: string, complete: boolean): boolean {
  const lines = text.split(/\r?\n/);
  // The last line may be cut off by the end of the head, and an empty one ends the file.
  if (!complete || lines[lines.length - 1] === '') lines.pop();
  const sample = lines.slice(0, SAMPLE_LINES).filter((line) => line.length > 0);
  if (!sample.length) return false;
  return [',', ';', '\t'].some((separator) => {
    const counts = sample.map((line) => fieldCount(line, separator));
    return counts[0] >= 2 && counts.every((count) => count === counts[0]);
  });
}

/** Fields of one line, quotes respected (a separator inside "…" does not count). */
function fieldCount(line: string, separator: string): number {
  let fields = 1;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === separator && !quoted) fields += 1;
  }
  return fields;
}
