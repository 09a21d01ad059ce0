import { defineStore } from 'pinia';
import { ref } from 'vue';
import { api } from '../api/client';
import { unwrap } from '../api/unwrap';

/** How often the header asks for new notifications while the console is open. */
const POLL_MS = 60_000;

/** The user's unread notifications, for the header's badge; the inbox page refreshes it too. */
export const useInbox = defineStore('inbox', () => {
  const unread = ref(0);
  let timer: ReturnType<typeof setInterval> | undefined;

  async function refresh(): Promise<void> {
    const page = await unwrap(
      api.GET('/api/notifications', { params: { query: { pageSize: 1 } } }),
    );
    unread.value = page.unread;
  }

  function watchUnread(): void {
    void refresh().catch(() => undefined);
    timer ??= setInterval(() => void refresh().catch(() => undefined), POLL_MS);
  }

  function stop(): void {
    clearInterval(timer);
    timer = undefined;
    unread.value = 0;
  }

  return { unread, refresh, watchUnread, stop };
});
