import { createHash, createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One SendSms call as the stand-in understood it. */
export interface StandInCall {
  /** the Authorization header checked out against the shared secret */
  signatureValid: boolean;
  /** why it did not, in words */
  signatureProblem?: string;
  action: string | undefined;
  version: string | undefined;
  accessKeyId: string | undefined;
  query: Record<string, string>;
}

/** An answer the test has the stand-in give to the next valid request. */
export interface StandInAnswer {
  status?: number;
  body: Record<string, unknown>;
}

/** RFC 3986 encoding, as ACS3 canonicalises query values. */
function rfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Headers that must be signed: without them a request could be replayed or redirected. */
const MUST_SIGN = [
  'host',
  'x-acs-action',
  'x-acs-content-sha256',
  'x-acs-date',
  'x-acs-signature-nonce',
  'x-acs-version',
];

/**
 * A local stand-in for Alibaba Cloud's SMS API (dysmsapi, RPC style over ACS3): it checks
 * each request's ACS3-HMAC-SHA256 signature with the shared secret, written here from
 * Alibaba Cloud's published V3 signature rules and not from the SDK, so a change in how the
 * SDK signs shows up as a refused request. Valid requests get the next scripted answer
 * (default Code OK); invalid ones get SignatureDoesNotMatch as Aliyun answers it.
 */
export class AliyunSmsStandIn {
  readonly calls: StandInCall[] = [];
  readonly answers: StandInAnswer[] = [];
  /** the secret the stand-in believes the key has; change it to see a bad signature refused */
  secret: string;
  private server?: Server;

  constructor(
    readonly accessKeyId: string,
    secret: string,
  ) {
    this.secret = secret;
  }

  /** host:port, for sms.aliyun.endpoint */
  get endpoint(): string {
    const address = this.server?.address() as AddressInfo;
    return `127.0.0.1:${address.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.server?.close((error) => (error ? reject(error) : resolve())),
    );
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(request.url ?? '/', 'http://stand-in');
      const query = Object.fromEntries(url.searchParams.entries());
      const check = this.verify(request, url, body);
      this.calls.push({
        signatureValid: check.problem === undefined,
        signatureProblem: check.problem,
        action: request.headers['x-acs-action'] as string | undefined,
        version: request.headers['x-acs-version'] as string | undefined,
        accessKeyId: check.accessKeyId,
        query,
      });
      const answer: StandInAnswer =
        check.problem !== undefined
          ? {
              status: 400,
              body: {
                Code: 'SignatureDoesNotMatch',
                Message: 'Specified signature does not match our calculation.',
              },
            }
          : (this.answers.shift() ?? {
              body: { Code: 'OK', Message: 'OK', BizId: `biz-${this.calls.length}` },
            });
      response.statusCode = answer.status ?? 200;
      response.setHeader('content-type', 'application/json;charset=utf-8');
      response.end(JSON.stringify({ RequestId: randomUUID(), ...answer.body }));
    });
  }

  /** The ACS3-HMAC-SHA256 check: canonical request, string to sign, HMAC with the secret. */
  private verify(
    request: IncomingMessage,
    url: URL,
    body: Buffer,
  ): { problem?: string; accessKeyId?: string } {
    const authorization = String(request.headers.authorization ?? '');
    const match =
      /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(
        authorization,
      );
    if (!match) return { problem: 'no ACS3-HMAC-SHA256 Authorization header' };
    const [, accessKeyId, signedList, signature] = match;
    if (accessKeyId !== this.accessKeyId) return { problem: 'unknown access key', accessKeyId };
    const signed = signedList.split(';');
    const missing = MUST_SIGN.filter((name) => !signed.includes(name));
    if (missing.length) return { problem: `unsigned headers ${missing.join(',')}`, accessKeyId };
    const payloadHash = sha256Hex(body);
    if (request.headers['x-acs-content-sha256'] !== payloadHash)
      return { problem: 'x-acs-content-sha256 does not match the body', accessKeyId };
    const date = Date.parse(String(request.headers['x-acs-date'] ?? ''));
    if (!(Math.abs(Date.now() - date) < 15 * 60_000))
      return { problem: 'x-acs-date is missing or not within 15 minutes', accessKeyId };

    const canonicalQuery = [...url.searchParams.entries()]
      .map(([key, value]) => [rfc3986(key), rfc3986(value)])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, value]) => `${key}=${value}`)
      .join('&');
    const canonicalHeaders = [...signed]
      .sort()
      .map((name) => `${name}:${String(request.headers[name] ?? '').trim()}\n`)
      .join('');
    const canonicalRequest = [
      request.method,
      url.pathname,
      canonicalQuery,
      canonicalHeaders,
      signed.join(';'),
      payloadHash,
    ].join('\n');
    const stringToSign = `ACS3-HMAC-SHA256\n${sha256Hex(canonicalRequest)}`;
    const expected = createHmac('sha256', this.secret).update(stringToSign).digest('hex');
    return expected === signature
      ? { accessKeyId }
      : { problem: 'signature mismatch', accessKeyId };
  }
}
