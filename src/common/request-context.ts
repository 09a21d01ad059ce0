import { AsyncLocalStorage } from 'node:async_hooks';
import type { IdempotencyClaim } from '../idempotency/idempotency-claim';
import type { Locale } from './i18n/locale';

export interface RequestActor {
  id: number;
  username: string;
  role: string;
}

export interface RequestContextData {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  actor?: RequestActor;
  /** the language to answer in, from Accept-Language */
  locale?: Locale;
  /** the Idempotency-Key this request runs under, to be stored with its first committed transaction */
  idempotency?: IdempotencyClaim;
}

const storage = new AsyncLocalStorage<RequestContextData>();

/**
 * Who is asking and from where, for the length of one request, without threading it through
 * every call: the audit writer reads it.
 */
export const RequestContext = {
  run<T>(data: RequestContextData, fn: () => T): T {
    return storage.run(data, fn);
  },
  current(): RequestContextData | undefined {
    return storage.getStore();
  },
  /**
   * Runs `fn` outside any request: for work started by one request on behalf of many (the
   * audit group commit) or beside its business step (a code draw), which must not carry the
   * request's transaction-bound state.
   */
  outside<T>(fn: () => T): T {
    return storage.exit(fn);
  },
  setActor(actor: RequestActor): void {
    const store = storage.getStore();
    if (store) store.actor = actor;
  },
};
