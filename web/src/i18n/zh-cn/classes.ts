/** Courses, classes, coaches and the training record (§4.2.4–4.2.5, §5–§6). */
export const classes = {};
