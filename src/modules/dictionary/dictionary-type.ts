/**
 * The kinds of coded values an admin maintains (§9.5). Records store the code; the label is
 * looked up, so renaming an entry renames it everywhere.
 */
export const DICTIONARY_TYPES = [
  'industry',
  'position',
  'company_size',
  'education',
  'source',
  'customer_status',
  'customer_level',
  'dropout_reason',
  'payment_method',
  'interaction_channel',
  'holiday',
  'coach_level',
] as const;

export type DictionaryType = (typeof DICTIONARY_TYPES)[number];

/** An entry's code: ASCII letters, digits and underscores, at most 32, not starting with `_` (levels are A, B, C). */
export const DICTIONARY_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_]{0,31}$/;

/** The message of a code's rule: a catalogue key, said in the reader's language. */
export const DICTIONARY_CODE_RULE = 'validation.rules.dictionaryCodeFormat';
