import { codePointHex } from '../../common/text/code-point-hex';
import { addPinyinSuffixTerms } from '../../common/text/pinyin-suffix-terms';
import { pinyinSyllables } from '../../common/text/pinyin-syllables';

/**
 * The script library's search index, as plain data.
 *
 * A "contains" search (`LIKE '%价格%'`) reads every row, on every database differently. So each
 * script gets terms, rows of script_search_term, and a search becomes indexed lookups of terms:
 *
 * - `w` a latin word or number of the title, body or tags (found by its beginning);
 * - `u` one Chinese (or other non-latin) character, `b` two that follow each other, as five
 *   hex digits of each code point: a Chinese text has no spaces to find words by, and a
 *   searched phrase's pairs all being in a script is what "contains" comes down to;
 * - `p` the title's pinyin and `i` its initials, from each syllable on (so "jgyy" finds
 *   "价格异议处理" and "yycl" does too).
 *
 * Terms keep to [0-9a-z] so that a prefix range is the same under any collation. A search is
 * every group of its terms matched (AND), each group by any of its ranges (OR).
 */
const MAX_VALUE = 63;
/** Groups a search looks up at most: the first ones of a long text decide well enough. */
export const MAX_SEARCH_GROUPS = 8;

/** An inclusive range of terms. */
export interface TermRange {
  from: string;
  to: string;
}

type Run = { latin: boolean; chars: string[] };

/** The text's runs of latin letters and digits, and of other letters (Chinese), lower-cased. */
function runs(text: string): Run[] {
  const found: Run[] = [];
  let current: Run | null = null;
  for (const char of text.normalize('NFKC').toLowerCase()) {
    const latin = /[a-z0-9]/.test(char);
    const letter = latin || /[\p{L}\p{N}]/u.test(char);
    if (!letter) {
      current = null;
      continue;
    }
    if (!current || current.latin !== latin) {
      current = { latin, chars: [] };
      found.push(current);
    }
    current.chars.push(char);
  }
  return found;
}

function textTerms(text: string, terms: Set<string>): void {
  for (const run of runs(text)) {
    if (run.latin) {
      terms.add(`w${run.chars.join('').slice(0, MAX_VALUE)}`);
      continue;
    }
    const hex = run.chars.map(codePointHex);
    hex.forEach((char, i) => {
      terms.add(`u${char}`);
      if (i + 1 < hex.length) terms.add(`b${char}${hex[i + 1]}`);
    });
  }
}

export interface SearchableScript {
  title: string;
  body: string;
  tags: string[];
}

export function scriptSearchTerms(script: SearchableScript): string[] {
  const terms = new Set<string>();
  for (const text of [script.title, script.body, ...script.tags]) textTerms(text, terms);
  const spoken = pinyinSyllables(script.title);
  addPinyinSuffixTerms(spoken, terms, MAX_VALUE);
  return [...terms];
}

function prefixRange(prefix: string): TermRange {
  // 'z' is the greatest of [0-9a-z] in every collation, so prefix + z… closes the range.
  return { from: prefix, to: prefix + 'z'.repeat(MAX_VALUE + 1 - prefix.length) };
}

function exact(term: string): TermRange {
  return { from: term, to: term };
}

/**
 * What a search text matches: a latin word is the beginning of a word, or of the title's
 * pinyin or initials; a Chinese character is itself; a Chinese phrase is each pair of it.
 * Null when there is nothing to search by (only punctuation).
 */
export function scriptSearchGroups(q: string): TermRange[][] | null {
  const groups = new Map<string, TermRange[]>();
  for (const run of runs(q)) {
    if (run.latin) {
      const word = run.chars.join('').slice(0, MAX_VALUE);
      const ranges = [prefixRange(`w${word}`)];
      if (/^[a-z]+$/.test(word)) ranges.push(prefixRange(`p${word}`), prefixRange(`i${word}`));
      groups.set(`w${word}`, ranges);
      continue;
    }
    const hex = run.chars.map(codePointHex);
    if (hex.length === 1) groups.set(`u${hex[0]}`, [exact(`u${hex[0]}`)]);
    for (let i = 0; i + 1 < hex.length; i += 1) {
      const pair = `b${hex[i]}${hex[i + 1]}`;
      groups.set(pair, [exact(pair)]);
    }
  }
  return groups.size ? [...groups.values()].slice(0, MAX_SEARCH_GROUPS) : null;
}
