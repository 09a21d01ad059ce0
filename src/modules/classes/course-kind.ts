/**
 * The company's business line (§9.1, DESIGN.md glossary): the main line of three stages, fixed,
 * and tool courses beside it, which admins keep.
 */
export const COURSE_KINDS = ['main', 'tool'] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];

/** The main line's stages: stage one TR1, stage two TR2, stage three TA. */
export const MAIN_LINE_STAGES = [1, 2, 3] as const;
export type MainLineStage = (typeof MAIN_LINE_STAGES)[number];
