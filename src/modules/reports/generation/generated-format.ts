/** The files a generation renders of each report: PDF and Excel. */
export const GENERATED_FORMATS = ['pdf', 'xlsx'] as const;

export type GeneratedFormat = (typeof GENERATED_FORMATS)[number];
