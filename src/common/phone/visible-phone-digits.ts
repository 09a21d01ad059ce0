/**
 * The digits a masked phone still shows, at its start and at its end: `138****5678` shows
 * `138` and `5678`. maskPhone draws the mask from this, and the customer search lets users
 * who may not reveal phones search by these digits only, so that no search can tell them a
 * digit the mask hides.
 */
export function visiblePhoneDigits(phone: string): { start: string; end: string } {
  if (phone.length <= 6) return { start: '', end: '' };
  const keepStart = phone.length >= 11 ? 3 : 2;
  return { start: phone.slice(0, keepStart), end: phone.slice(-4) };
}
