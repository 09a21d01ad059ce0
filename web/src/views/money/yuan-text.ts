/** Fen as the plain text a yuan field starts with: `128050` → `1280.50`. */
export function yuanText(fen: number): string {
  const digits = String(fen).padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
