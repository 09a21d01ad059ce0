/** What a sign-in or refresh hands the client. */
export class TokenPair {
  tokenType: 'Bearer';
  accessToken: string;
  /** seconds the access token lives */
  expiresIn: number;
  refreshToken: string;
  mustChangePassword: boolean;
  mustEnableTwoFactor: boolean;
}
