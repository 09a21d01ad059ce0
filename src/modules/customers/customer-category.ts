/** §3.2: who a customer is to the company. */
export const CUSTOMER_CATEGORIES = ['prospect', 'student', 'guest', 'assistant', 'coach'] as const;
export type CustomerCategory = (typeof CUSTOMER_CATEGORIES)[number];

/** Where a customer is on the main line of courses. */
export const CUSTOMER_STAGES = ['none', 'TR1', 'TR2', 'TA'] as const;
export type CustomerStage = (typeof CUSTOMER_STAGES)[number];

export const GENDERS = ['male', 'female', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];
