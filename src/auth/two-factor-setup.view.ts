/** A second factor being set up: the secret to enter by hand, or the URI to show as a QR code. */
export class TwoFactorSetupView {
  secret: string;
  /** `otpauth://totp/…`, for the authenticator app's QR code */
  otpauthUri: string;
}
