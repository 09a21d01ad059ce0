import { ref } from 'vue';

export type Locale = 'zh-CN' | 'en';
const KEY = 'crm.locale';

/** The console's language: Chinese unless the user chose English (kept in this browser). */
export const locale = ref<Locale>(localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN');

export function currentLocale(): Locale {
  return locale.value;
}

export function setLocale(next: Locale): void {
  locale.value = next;
  localStorage.setItem(KEY, next);
  document.documentElement.lang = next;
}
