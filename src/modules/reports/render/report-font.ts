/**
 * Noto Sans SC (TrueType, from an npm package): files carry the font they need, so a PDF or a
 * chart image shows Chinese on a machine with no fonts installed. pdfkit embeds only the
 * characters used; a character outside the font shows as a blank box, never an error.
 */
export const REPORT_FONT_FILE =
  require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');

/** The family name charts ask for (the font files above answer it). */
export const REPORT_FONT_FAMILY = 'Noto Sans SC';
