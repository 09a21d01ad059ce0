import { ref, shallowRef, watch, type Ref } from 'vue';
import { ApiError } from '../api/api-error';

export interface PageOf<T> {
  items: T[];
  total: number;
}

/**
 * One page of a list at a time, as the API serves it: the page, its size and the sort are
 * state here; `load` asks the server for exactly that page. Reloads when they change;
 * `reload()` after a filter changes (it goes back to page 1).
 */
export function usePagedList<T>(
  load: (query: { page: number; pageSize: number; sort?: string }) => Promise<PageOf<T>>,
  options: { pageSize?: number; sort?: string } = {},
) {
  const items = shallowRef<T[]>([]) as Ref<T[]>;
  const total = ref(0);
  const page = ref(1);
  const pageSize = ref(options.pageSize ?? 20);
  const sort = ref<string | undefined>(options.sort);
  const loading = ref(false);
  const error = ref('');
  let asked = 0;

  async function fetchPage(): Promise<void> {
    const mine = (asked += 1);
    loading.value = true;
    error.value = '';
    try {
      const answer = await load({ page: page.value, pageSize: pageSize.value, sort: sort.value });
      if (mine !== asked) return;
      items.value = answer.items;
      total.value = answer.total;
    } catch (caught) {
      if (mine !== asked) return;
      if (!(caught instanceof ApiError)) throw caught;
      error.value = caught.message;
    } finally {
      if (mine === asked) loading.value = false;
    }
  }

  watch([page, pageSize, sort], () => void fetchPage());

  /** From the first page again (after the filters changed). */
  function reload(): Promise<void> {
    if (page.value !== 1) {
      page.value = 1; // the watcher fetches
      return Promise.resolve();
    }
    return fetchPage();
  }

  return { items, total, page, pageSize, sort, loading, error, reload, refresh: fetchPage };
}
