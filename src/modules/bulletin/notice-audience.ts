/** Who a notice is for: every member of staff, or only the roles it names. */
export const NOTICE_AUDIENCES = ['all', 'roles'] as const;
export type NoticeAudience = (typeof NOTICE_AUDIENCES)[number];
