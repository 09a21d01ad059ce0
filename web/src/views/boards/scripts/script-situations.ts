/** When a script is used, as the server lists them (src/modules/scripts/script-situation.ts). */
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
