import { reactive, shallowRef } from 'vue';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { unwrap } from '../../api/unwrap';

export type DictionaryType = components['schemas']['DictionaryEntryView']['type'];
type DictionaryEntry = components['schemas']['DictionaryEntryView'];
type Province = components['schemas']['ProvinceView'];

/**
 * The dictionary's entries and China's regions, asked once per page load and shared by every
 * customer screen: the selects offer them, the lists and the 360 page print their labels.
 */
const entries = reactive<Partial<Record<DictionaryType, DictionaryEntry[]>>>({});
const asked = new Map<DictionaryType, Promise<void>>();

export function loadDictionaries(...types: DictionaryType[]): Promise<void> {
  return Promise.all(
    types.map((type) => {
      let answer = asked.get(type);
      if (!answer) {
        answer = unwrap(api.GET('/api/dictionary/{type}', { params: { path: { type } } })).then(
          (list) => void (entries[type] = list),
          (error: unknown) => {
            asked.delete(type); // asked again next time
            throw error;
          },
        );
        asked.set(type, answer);
      }
      return answer;
    }),
  ).then(() => undefined);
}

export function dictionaryEntries(type: DictionaryType): DictionaryEntry[] {
  return entries[type] ?? [];
}

/** The entry's label; the code itself for one no longer offered (deactivated). */
export function dictionaryLabel(type: DictionaryType, code: string | null | undefined): string {
  if (!code) return '';
  return entries[type]?.find((entry) => entry.code === code)?.label ?? code;
}

export const provinces = shallowRef<Province[]>([]);
let regionsAsked: Promise<void> | undefined;

export function loadRegions(): Promise<void> {
  regionsAsked ??= unwrap(api.GET('/api/regions')).then(
    (list) => void (provinces.value = list),
    (error: unknown) => {
      regionsAsked = undefined;
      throw error;
    },
  );
  return regionsAsked;
}

/** `广东省 广州市` for the codes; what is known of them. */
export function regionName(
  provinceCode: string | null | undefined,
  cityCode: string | null | undefined,
): string {
  const province = provinces.value.find(
    (each) => each.code === provinceCode || (!!cityCode && cityCode.startsWith(each.code)),
  );
  const city = province?.cities.find((each) => each.code === cityCode);
  return [province?.name, city?.name].filter(Boolean).join(' ');
}

/** The city's name alone (the list's column). */
export function cityName(cityCode: string | null | undefined): string {
  if (!cityCode) return '';
  for (const province of provinces.value) {
    const city = province.cities.find((each) => each.code === cityCode);
    if (city) return city.name;
  }
  return '';
}
