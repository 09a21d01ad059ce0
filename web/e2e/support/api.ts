import { request, type APIRequestContext } from '@playwright/test';

export const ADMIN_FIRST_PASSWORD = 'Browser-First-Start-1';
export const PASSWORD = 'Browser-Password-2026';

export interface Person {
  id: number;
  username: string;
  password: string;
  role: string;
  displayName: string;
}

interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

/**
 * The API as the stories' set-up uses it: people and data made directly, so that each story
 * clicks only through what it is about. Requests say zh-CN like the console does, and an
 * expired access token (they live 30 s on the test server) is refreshed as the console does.
 */
export class Api {
  private constructor(
    private readonly baseURL: string,
    private readonly http: APIRequestContext,
    private tokens: TokenPair,
  ) {}

  static async as(baseURL: string, username: string, password: string): Promise<Api> {
    const http = await request.newContext({
      baseURL,
      extraHTTPHeaders: { 'Accept-Language': 'zh-CN' },
    });
    const api = new Api(baseURL, http, { accessToken: '', refreshToken: '' });
    api.tokens = await api.call<TokenPair>('POST', '/api/auth/login', { username, password });
    return api;
  }

  /** The first admin (global-setup.ts chose its password). */
  static admin(baseURL: string): Promise<Api> {
    return Api.as(baseURL, 'admin', PASSWORD);
  }

  async call<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const send = () =>
      this.http.fetch(path, {
        method,
        headers: this.tokens.accessToken
          ? { Authorization: `Bearer ${this.tokens.accessToken}` }
          : {},
        data: body,
      });
    let response = await send();
    if (response.status() === 401 && (await response.text()).includes('TOKEN_EXPIRED')) {
      const refreshed = await this.http.post('/api/auth/refresh', {
        data: { refreshToken: this.tokens.refreshToken },
      });
      if (!refreshed.ok())
        throw new Error(`refresh: ${refreshed.status()} ${await refreshed.text()}`);
      this.tokens = (await refreshed.json()) as TokenPair;
      response = await send();
    }
    if (!response.ok())
      throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
    return (response.status() === 204 ? undefined : await response.json()) as T;
  }

  /**
   * A new account of the role with its first password already changed, so that it signs in
   * straight to the console; `firstSignIn` leaves the temporary password for the story.
   */
  async person(role: string, displayName: string, firstSignIn = false): Promise<Person> {
    const username = `${role}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
    const temporary = 'Temporary-Pass-2026';
    const created = await this.call<{ user: { id: number } }>('POST', '/api/admin/users', {
      username,
      displayName,
      role,
      password: temporary,
    });
    const person = { id: created.user.id, username, role, displayName, password: temporary };
    if (firstSignIn) return person;
    const own = await Api.as(this.baseURL, username, temporary);
    await own.call('POST', '/api/auth/password', {
      currentPassword: temporary,
      newPassword: PASSWORD,
    });
    return { ...person, password: PASSWORD };
  }

  async dispose(): Promise<void> {
    await this.http.dispose();
  }
}
