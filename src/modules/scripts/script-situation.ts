/**
 * The situations a script is for (§7): a fixed list, since each is a moment of the company's
 * own sales and care process and the briefing picks scripts by them; labels in the catalogue
 * (`scripts.situations.*`).
 */
export const SCRIPT_SITUATIONS = [
  'first_call',
  'course_intro',
  'price_objection',
  'rejoin',
  'pre_class',
  'referral',
  'care_call',
  'other',
] as const;
export type ScriptSituation = (typeof SCRIPT_SITUATIONS)[number];
