/** What a notice is about, as the server lists them (src/modules/bulletin/notice-category.ts). */
export const NOTICE_CATEGORIES = ['schedule', 'company', 'policy'] as const;
export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number];
