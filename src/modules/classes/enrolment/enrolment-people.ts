/** Whose enrolments they are, for the record scope: the coordinator who enrolled the student. */
export const ENROLMENT_PEOPLE = { owner: 'enrolledById' } as const;
