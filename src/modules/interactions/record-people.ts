/** A record is the staff member's who had the contact; lists, details and counts scope by it. */
export const RECORD_PEOPLE = { staff: 'staffId' } as const;
