/**
 * What a notice is about (§6: the course schedule and the company's notices): a fixed list,
 * because the board's filter tabs and their colours are built for exactly these.
 */
export const NOTICE_CATEGORIES = ['schedule', 'company', 'policy'] as const;
export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number];
