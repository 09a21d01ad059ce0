/** What an access token carries: the user and the session it belongs to. */
export interface AccessTokenPayload {
  sub: number;
  sid: number;
  iat: number;
  exp: number;
}
