import { pinyin } from 'pinyin-pro';

/**
 * The customer search index, as plain data.
 *
 * A "contains" search (`LIKE '%建国%'`) reads every row. Instead, each customer gets the
 * suffixes of its name, pinyin, initials and phone numbers as rows of
 * customer_search_term; "contains q" is then "some suffix starts with q", an indexed range
 * on one column that every database serves the same way.
 *
 * Terms are kept to [0-9a-z] so that the range is the same under any collation: a
 * namespace letter (n name, p pinyin, i initials, t phone digits, c code), then the value;
 * a name's characters are written as five hex digits of their code point.
 */
const MAX_VALUE = 63;
const NAME_CHARS = 12;
const MIN_PHONE_DIGITS = 4;

function hex(chars: string[]): string {
  return chars.map((char) => (char.codePointAt(0) ?? 0).toString(16).padStart(5, '0')).join('');
}

function nameChars(name: string): string[] {
  return [...name.toLowerCase().replace(/\s+/g, '')];
}

function syllables(name: string): string[] {
  // Chinese characters become syllables; a latin run comes back whole, so split it into words.
  return pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .flatMap((part) => part.split(/\s+/))
    .map((syllable) => syllable.toLowerCase().replace(/[^a-z]/g, ''))
    .filter(Boolean);
}

export interface SearchableCustomer {
  code: string;
  name: string;
  mobile: string;
  otherPhones: string[] | null;
}

export function searchTermsFor(customer: SearchableCustomer): string[] {
  const terms = new Set<string>([`c${customer.code.toLowerCase()}`]);
  const chars = nameChars(customer.name);
  for (let i = 0; i < chars.length; i += 1) terms.add(`n${hex(chars.slice(i, i + NAME_CHARS))}`);
  const spoken = syllables(customer.name);
  for (let i = 0; i < spoken.length; i += 1) {
    terms.add(`p${spoken.slice(i).join('').slice(0, MAX_VALUE)}`);
    terms.add(`i${spoken.slice(i).map((syllable) => syllable[0]).join('').slice(0, MAX_VALUE)}`);
  }
  for (const phone of [customer.mobile, ...(customer.otherPhones ?? [])]) {
    const digits = phone.replace(/\D/g, '');
    for (let i = 0; i + MIN_PHONE_DIGITS <= digits.length; i += 1) terms.add(`t${digits.slice(i, i + MAX_VALUE)}`);
  }
  return [...terms];
}

/** An inclusive range of terms: every term that starts with `from`. */
export interface TermRange {
  from: string;
  to: string;
}

function prefixRange(prefix: string): TermRange {
  // 'z' is the greatest of [0-9a-z] in every collation, so prefix + z… closes the range.
  return { from: prefix, to: prefix + 'z'.repeat(MAX_VALUE + 1 - prefix.length) };
}

/**
 * What a search text `q` matches: digits are a piece of a phone number (4 or more), a code
 * like C2026… is a code prefix, latin letters are pinyin (full or initials), anything else is
 * part of a name. Null when q is too short to search by.
 */
export function rangesFor(q: string): TermRange[] | null {
  const text = q.trim().toLowerCase().replace(/\s+/g, '');
  if (!text) return null;
  if (/^\d+$/.test(text)) {
    return text.length >= MIN_PHONE_DIGITS ? [prefixRange(`t${text.slice(0, MAX_VALUE)}`)] : null;
  }
  if (/^c\d+$/.test(text)) return [prefixRange(`c${text}`)];
  if (/^[a-z]+$/.test(text)) {
    const value = text.slice(0, MAX_VALUE);
    return [prefixRange(`p${value}`), prefixRange(`i${value}`)];
  }
  return [prefixRange(`n${hex(nameChars(text).slice(0, NAME_CHARS))}`)];
}
