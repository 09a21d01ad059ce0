/** The sign-in lockout is lifted. */
export class UnlockedView {
  unlocked: true;
}
