/**
 * What a person can serve a class as (§5, §1.2 c): assistant 助教, coach 教练, forward assistant
 * 前瞻助教, interview coach 面谈教练, guest speaker 嘉宾.
 */
export const COACH_KINDS = [
  'assistant',
  'coach',
  'forward_assistant',
  'interview_coach',
  'guest_speaker',
] as const;
export type CoachKind = (typeof COACH_KINDS)[number];
