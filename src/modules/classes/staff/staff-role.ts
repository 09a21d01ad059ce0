import type { CoachKind } from '../../coaches/coach-kind';

/**
 * What a coach does on one class: the head coach (主教练, one a class, a coach by kind), or
 * one of the kinds of service a coach is registered for.
 */
export const STAFF_MEMBER_ROLES = [
  'assistant',
  'coach',
  'forward_assistant',
  'interview_coach',
  'guest_speaker',
] as const satisfies readonly CoachKind[];
export type StaffMemberRole = (typeof STAFF_MEMBER_ROLES)[number];
export type StaffRole = 'head_coach' | StaffMemberRole;

/** The kind a coach must be registered for to take the role. */
export function kindFor(role: StaffRole): CoachKind {
  return role === 'head_coach' ? 'coach' : role;
}
