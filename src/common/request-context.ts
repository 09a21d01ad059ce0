import { AsyncLocalStorage } from 'node:async_hooks';
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
  setActor(actor: RequestActor): void {
    const store = storage.getStore();
    if (store) store.actor = actor;
  },
};
