import { currentLocale } from '../i18n/locale';
import { tokenStore } from './token-store';

/** Codes after which no refresh helps: the session is over, and why. */
const ENDED = new Set([
  'SESSION_REVOKED',
  'SESSION_EXPIRED',
  'SESSION_INVALID',
  'REFRESH_REUSED',
  'REFRESH_INVALID',
  'ACCOUNT_FROZEN',
  'ACCOUNT_DISABLED',
  // 403: the day's view quota is used up and the account frozen with it
  'VIEW_QUOTA_EXCEEDED',
]);

type SessionEndListener = (code: string, message: string) => void;
let onSessionEnd: SessionEndListener = () => undefined;

/** Who is told when the server ends the session (the session store: back to sign-in). */
export function whenSessionEnds(listener: SessionEndListener): void {
  onSessionEnd = listener;
}

let refreshing: Promise<boolean> | null = null;

/**
 * Exchanges the refresh token kept in this browser for a new pair. Tabs share that token:
 * the browser's lock lets one tab at a time exchange it, and each reads it inside the lock,
 * so a tab never presents the token another tab has just used (the server would take that
 * for a stolen copy and end the session).
 */
async function exchange(): Promise<boolean> {
  const refreshToken = await tokenStore.refresh();
  if (!refreshToken) return false;
  const response = await fetch('/api/auth/refresh', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': currentLocale() },
    body: JSON.stringify({ refreshToken }),
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { code?: string; message?: string };
    await tokenStore.clear();
    onSessionEnd(body.code ?? 'SESSION_EXPIRED', body.message ?? '');
    return false;
  }
  // stored before the lock is let go, so that the next tab reads this token
  await tokenStore.set((await response.json()) as { accessToken: string; refreshToken: string });
  return true;
}

/** One refresh at a time: requests that find the token expired together wait for the same one. */
export function refreshTokens(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      return navigator.locks
        ? await navigator.locks.request('crm-refresh-token', exchange)
        : await exchange();
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

function withHeaders(request: Request): Request {
  const next = new Request(request);
  next.headers.set('Accept-Language', currentLocale());
  if (tokenStore.access) next.headers.set('Authorization', `Bearer ${tokenStore.access}`);
  return next;
}

/**
 * fetch for the API client: sends the token and the console's language, refreshes an
 * expired access token once and repeats the request, and reports a session the server
 * ended (signed out elsewhere, frozen, disabled) with the server's own reason.
 */
export async function authorizedFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  const response = await fetch(withHeaders(request));
  if (response.status !== 401 && response.status !== 403) return response;
  const body = (await response
    .clone()
    .json()
    .catch(() => ({}))) as { code?: string; message?: string };
  const expired =
    body.code === 'TOKEN_EXPIRED' ||
    (body.code === 'TOKEN_INVALID' && (await tokenStore.refresh()) !== '');
  if (response.status === 401 && expired) {
    if (await refreshTokens()) return fetch(withHeaders(retry));
    return response;
  }
  if (body.code && ENDED.has(body.code)) {
    await tokenStore.clear();
    onSessionEnd(body.code, body.message ?? '');
  }
  return response;
}
