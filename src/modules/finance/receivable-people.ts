/** Whose receivables they are, for the record scope: the coordinator who enrolled the student. */
export const RECEIVABLE_PEOPLE = { owner: 'coordinatorId' } as const;
