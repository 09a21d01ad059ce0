/**
 * Characters that make a spreadsheet program read a cell as a formula (or, for tab and
 * carriage return, shift what a CSV reader sees as the next cell): `=cmd|' /C calc'!A0`
 * typed as a customer's name must stay text in every file we hand out.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A quote before such a cell: Excel shows the text and drops the quote, no formula runs. */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Undoes escapeFormula, so that a file we wrote (the rejected rows) can be corrected and
 * imported again without the quote entering the record.
 */
export function unescapeFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
