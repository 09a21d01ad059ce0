/** The second factor is on from now. */
export class TwoFactorEnabledView {
  twoFactorEnabled: true;
}
