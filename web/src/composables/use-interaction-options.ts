import { ref } from 'vue';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { unwrap } from '../api/unwrap';

type InteractionType = components['schemas']['InteractionType'];
type DictionaryEntry = components['schemas']['DictionaryEntryView'];

const types = ref<InteractionType[]>([]);
const channels = ref<DictionaryEntry[]>([]);
const statuses = ref<DictionaryEntry[]>([]);
let loading: Promise<void> | null = null;

/**
 * What the plan and record forms offer: the interaction types in use, the contact channels and
 * the customer statuses of the dictionary. Read once per page load and shared by the forms.
 */
export function useInteractionOptions() {
  loading ??= Promise.all([
    unwrap(api.GET('/api/interaction-types')),
    unwrap(
      api.GET('/api/dictionary/{type}', { params: { path: { type: 'interaction_channel' } } }),
    ),
    unwrap(api.GET('/api/dictionary/{type}', { params: { path: { type: 'customer_status' } } })),
  ]).then(
    ([typeList, channelList, statusList]) => {
      types.value = typeList.filter((type) => type.active);
      channels.value = channelList;
      statuses.value = statusList;
    },
    (error: unknown) => {
      loading = null; // asked again by the next form
      throw error;
    },
  );

  const label = (entries: DictionaryEntry[], code: string | null | undefined) =>
    code ? (entries.find((entry) => entry.code === code)?.label ?? code) : '';

  return {
    ready: loading,
    types,
    channels,
    statuses,
    channelLabel: (code: string | null | undefined) => label(channels.value, code),
    statusLabel: (code: string | null | undefined) => label(statuses.value, code),
    typeById: (id: number | undefined) => types.value.find((type) => type.id === id),
  };
}
