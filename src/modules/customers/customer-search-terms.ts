import { addPinyinSuffixTerms } from '../../common/text/pinyin-suffix-terms';
import { visiblePhoneDigits } from '../../common/phone/visible-phone-digits';
import { codePointHex as hexOf } from '../../common/text/code-point-hex';
import { pinyinSyllables as syllables } from '../../common/text/pinyin-syllables';

/**
 * The customer search index, as plain data.
 *
 * A "contains" search (`LIKE '%建国%'`) reads every row. Instead, each customer gets the
 * suffixes of its name, pinyin, initials and phone numbers as rows of
 * customer_search_term; "contains q" is then "some suffix starts with q", an indexed range
 * on one column that every database serves the same way.
 *
 * Terms are kept to [0-9a-z] so that the range is the same under any collation: a
 * namespace letter (n name, p pinyin, i initials, t phone digits, v the digits a masked phone
 * shows, w a whole phone number, c code), then the value; a name's characters are written as
 * five hex digits of their code point.
 *
 * Changing what a customer's terms are needs the stored terms of existing customers rebuilt:
 * a migration calls rebuildCustomerSearchTerms (customer-search-rebuild.ts).
 */
const MAX_VALUE = 63;
const NAME_CHARS = 12;
const MIN_PHONE_DIGITS = 4;

function hex(chars: string[]): string {
  return chars.map(hexOf).join('');
}

function nameChars(name: string): string[] {
  return [...name.toLowerCase().replace(/\s+/g, '')];
}

/**
 * The name's readings: the common one, and the one with the family name read as a surname
 * when that differs (曾 zeng, not ceng; 单 shan, 解 xie, 仇 qiu, 区 ou, 查 zha, 朴 piao, 尉迟
 * yuchi …). People search by either, so both are indexed.
 */
function readings(name: string): string[][] {
  let known = READINGS.get(name);
  if (!known) {
    const common = syllables(name, 'off');
    const surname = syllables(name, 'head');
    known = surname.join(' ') === common.join(' ') ? [common] : [common, surname];
    if (READINGS.size >= KEPT_READINGS) READINGS.clear();
    READINGS.set(name, known);
  }
  return known;
}

/**
 * Readings of names met lately: pinyin is most of the work of a customer's terms, and an
 * import meets the same names again and again (张伟, 王芳 …). Bounded: cleared when full.
 */
const READINGS = new Map<string, string[][]>();
const KEPT_READINGS = 20_000;

/**
 * A phone's digits: every run of 4 or more (t), the runs the mask leaves visible (v: within
 * `138` or `5678` of `138****5678`), and the whole number (w). Users who may not reveal
 * phones search only v and w, so a search never tells them a digit the mask hides.
 */
function phoneTerms(digits: string): string[] {
  const terms = [`w${digits.slice(0, MAX_VALUE)}`];
  for (let i = 0; i + MIN_PHONE_DIGITS <= digits.length; i += 1)
    terms.push(`t${digits.slice(i, i + MAX_VALUE)}`);
  const { start, end } = visiblePhoneDigits(digits);
  for (const shown of [start, end]) {
    for (let i = 0; i + MIN_PHONE_DIGITS <= shown.length; i += 1) terms.push(`v${shown.slice(i)}`);
  }
  return terms;
}

export interface SearchableCustomer {
  code: string;
  name: string;
  mobile: string;
  otherPhones: string[] | null;
}

export function searchTermsFor(customer: SearchableCustomer): string[] {
  const terms = new Set<string>([`c${customer.code.toLowerCase()}`]);
  // Each character's hex once; the suffixes are joined from them.
  const chars = nameChars(customer.name).map(hexOf);
  for (let i = 0; i < chars.length; i += 1)
    terms.add(`n${chars.slice(i, i + NAME_CHARS).join('')}`);
  for (const spoken of readings(customer.name)) {
    addPinyinSuffixTerms(spoken, terms, MAX_VALUE);
  }
  for (const phone of [customer.mobile, ...(customer.otherPhones ?? [])]) {
    const digits = phone.replace(/\D/g, '');
    if (digits) phoneTerms(digits).forEach((term) => terms.add(term));
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
 * Which digits of a phone a search may match: `all` for users who may reveal phones; `shown`
 * for the others, who see `138****5678` and may find a number only by digits they see
 * (`5678`) or by the whole number they already know.
 */
export type PhoneDigits = 'all' | 'shown';

/**
 * What a search text `q` matches: digits are a piece of a phone number (4 or more, see
 * PhoneDigits), a code like C2026… is a code prefix, latin letters are pinyin (full or
 * initials), anything else is part of a name. Null when q is too short to search by.
 */
export function rangesFor(q: string, phoneDigits: PhoneDigits): TermRange[] | null {
  const text = q.trim().toLowerCase().replace(/\s+/g, '');
  if (!text) return null;
  if (/^\d+$/.test(text)) {
    if (text.length < MIN_PHONE_DIGITS) return null;
    const digits = text.slice(0, MAX_VALUE);
    if (phoneDigits === 'all') return [prefixRange(`t${digits}`)];
    return [prefixRange(`v${digits}`), { from: `w${digits}`, to: `w${digits}` }];
  }
  if (/^c\d+$/.test(text)) return [prefixRange(`c${text}`)];
  if (/^[a-z]+$/.test(text)) {
    const value = text.slice(0, MAX_VALUE);
    return [prefixRange(`p${value}`), prefixRange(`i${value}`)];
  }
  return [prefixRange(`n${hex(nameChars(text).slice(0, NAME_CHARS))}`)];
}
