import { ref, watch, type Ref } from 'vue';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { unwrap } from '../../api/unwrap';
import { MOBILE, normalizedMobile } from './customer-form-model';

type CustomerListItem = components['schemas']['CustomerListItem'];

/**
 * Who already has the mobile being typed: once the number is complete, the list's search by
 * the whole number finds its holder (every user may search by a whole number, masked or
 * not). Each distinct number is asked once, after typing pauses: a search counts against
 * the day's view quota. The server still refuses a duplicate on save (409 DUPLICATE_MOBILE).
 */
export function useDuplicateMobile(mobile: Ref<string>, ownId?: number) {
  const holder = ref<CustomerListItem | null>(null);
  const checking = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = '';

  async function check(number: string) {
    asked = number;
    checking.value = true;
    try {
      const page = await unwrap(
        api.GET('/api/customers', { params: { query: { q: number, pageSize: 5 } } }),
      );
      if (asked === number) holder.value = page.items.find((item) => item.id !== ownId) ?? null;
    } catch {
      // the check is a courtesy: the save will say it if the number is taken
    } finally {
      if (asked === number) checking.value = false;
    }
  }

  watch(mobile, (text) => {
    clearTimeout(timer);
    const number = normalizedMobile(text);
    if (!MOBILE.test(number)) {
      asked = '';
      holder.value = null;
      checking.value = false;
      return;
    }
    if (number === asked) return;
    timer = setTimeout(() => void check(number), 400);
  });

  return { holder, checking };
}
