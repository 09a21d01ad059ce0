/**
 * active: may sign in. frozen: stopped (by hand or by the view quota) until a clerk, manager
 * or admin unfreezes. disabled: left the company; kept for history, never deleted.
 */
export const USER_STATUSES = ['active', 'frozen', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
