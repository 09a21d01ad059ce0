/**
 * Where the tokens live: the access token in memory only, the refresh token in this
 * browser's storage so that a reload or a new tab stays signed in (it rotates on each use,
 * and a stolen one that is used twice ends the session on the server).
 */
const REFRESH_KEY = 'crm.refreshToken';

let accessToken = '';

export const tokenStore = {
  get access(): string {
    return accessToken;
  },
  get refresh(): string {
    return localStorage.getItem(REFRESH_KEY) ?? '';
  },
  set(pair: { accessToken: string; refreshToken: string }): void {
    accessToken = pair.accessToken;
    localStorage.setItem(REFRESH_KEY, pair.refreshToken);
  },
  clear(): void {
    accessToken = '';
    localStorage.removeItem(REFRESH_KEY);
  },
};
