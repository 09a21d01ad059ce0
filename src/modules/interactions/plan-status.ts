export const PLAN_STATUSES = ['open', 'done', 'cancelled'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_ORIGINS = ['manual', 'cycle', 'record', 'enrolment'] as const;
export type PlanOrigin = (typeof PLAN_ORIGINS)[number];
