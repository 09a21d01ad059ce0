import { fromBuffer } from 'file-type';

export const OCTET_STREAM = 'application/octet-stream';

/** Lines of a text looked at to tell CSV from other text. */
const SAMPLE_LINES = 20;

/**
 * The content type of a file from its first bytes, never from its name: a PNG named
 * `.txt` is image/png, a workbook is xlsx whatever it is called. Binary formats by their
 * signatures (file-type); text that no signature matches is text/csv when its lines are
 * rows of the same number of comma-, semicolon- or tab-separated fields, else text/plain;
 * anything else application/octet-stream.
 * `complete` says that `head` is the whole file (so a cut character at its end is an error).
 */
export async function sniffContentType(head: Buffer, complete: boolean): Promise<string> {
  if (!head.length) return OCTET_STREAM;
  const found = await fromBuffer(head);
  if (found) return found.mime;
  const text = utf8Text(head, complete);
  if (text === null) return OCTET_STREAM;
  return looksLikeCsv(text, complete) ? 'text/csv' : 'text/plain';
}

/** The head as text when it is UTF-8 without control bytes, else null. */
function utf8Text(head: Buffer, complete: boolean): string | null {
  try {
    // Streaming mode lets a character cut by the end of the head pass when more follows.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !complete });
    // NUL and the like mean a binary format file-type does not know.
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code < 9 || (code > 13 && code < 32 && code !== 27)) return null;
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
