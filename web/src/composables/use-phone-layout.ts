import { onBeforeUnmount, ref } from 'vue';

/** Below this width the console lays itself out for a phone (§10): one column, a menu drawer. */
export const PHONE_MAX_WIDTH = 767;

/** Whether the window is phone-sized now, kept up to date as it changes. */
export function usePhoneLayout() {
  const query = window.matchMedia(`(max-width: ${PHONE_MAX_WIDTH}px)`);
  const phone = ref(query.matches);
  const update = (event: MediaQueryListEvent) => (phone.value = event.matches);
  query.addEventListener('change', update);
  onBeforeUnmount(() => query.removeEventListener('change', update));
  return phone;
}
