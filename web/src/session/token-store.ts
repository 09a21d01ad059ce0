import { createStore, del, get, set } from 'idb-keyval';

/**
 * Where the tokens live: the access token in memory only, the refresh token in this
 * browser's IndexedDB so that a reload or a new tab stays signed in (it rotates on each use,
 * and a stolen one that is used twice ends the session on the server).
 *
 * Why IndexedDB and not localStorage: tabs take turns exchanging the one refresh token under
 * a Web Lock, and the next tab must read the token the previous one stored. Chromium hands a
 * localStorage write to other tabs' processes later, so a tab could take the lock, read the
 * old token and end the session as a stolen copy. An IndexedDB transaction that has
 * completed is seen by every transaction started after it, in any tab.
 */
const store = createStore('crm', 'session');
const REFRESH_KEY = 'refreshToken';
// earlier versions kept it in localStorage: no longer read, so not left lying there
localStorage.removeItem('crm.refreshToken');

let accessToken = '';
/**
 * The refresh token for a browser that refuses IndexedDB (storage blocked, some private
 * windows): this tab keeps working, and a reload asks to sign in again. Read only when
 * IndexedDB fails, as where it works another tab may have used this copy already.
 */
let refreshInThisTab = '';

export const tokenStore = {
  get access(): string {
    return accessToken;
  },
  async refresh(): Promise<string> {
    try {
      return (await get<string>(REFRESH_KEY, store)) ?? '';
    } catch {
      return refreshInThisTab;
    }
  },
  /** Resolves once the refresh token is stored for every tab to read. */
  async set(pair: { accessToken: string; refreshToken: string }): Promise<void> {
    accessToken = pair.accessToken;
    refreshInThisTab = pair.refreshToken;
    try {
      await set(REFRESH_KEY, pair.refreshToken, store);
    } catch {
      // kept in this tab only (above)
    }
  },
  async clear(): Promise<void> {
    accessToken = '';
    refreshInThisTab = '';
    try {
      await del(REFRESH_KEY, store);
    } catch {
      // nothing was stored
    }
  },
};
