/** A small HTTP client for the benchmark: JSON calls with a bearer token. */
export class ApiClient {
  constructor(
    private readonly base: string,
    public token = '',
  ) {}

  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
    return (text ? JSON.parse(text) : {}) as T;
  }

  /** Signs in, doing the forced first password change if asked for one. */
  async signIn(username: string, password: string, newPassword: string): Promise<void> {
    this.token = '';
    const login = await this.call<{ accessToken: string; mustChangePassword: boolean }>(
      'POST',
      '/api/auth/login',
      { username, password },
    );
    this.token = login.accessToken;
    if (login.mustChangePassword) {
      const changed = await this.call<{ accessToken: string }>('POST', '/api/auth/password', {
        currentPassword: password,
        newPassword,
      });
      this.token = changed.accessToken;
    }
  }
}
