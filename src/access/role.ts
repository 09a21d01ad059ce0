/** The five roles of DESIGN.md §1; a user has exactly one. */
export const ROLES = ['admin', 'clerk', 'coordinator', 'finance', 'manager'] as const;
export type Role = (typeof ROLES)[number];
