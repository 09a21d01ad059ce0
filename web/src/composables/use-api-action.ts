import { ref } from 'vue';
import { ApiError } from '../api/api-error';

/**
 * One request a person starts (save, freeze, run now): busy while it runs, and the server's
 * refusal kept as it said it (the message, and the per-field messages for the form).
 */
export function useApiAction() {
  const busy = ref(false);
  const error = ref('');
  const fieldErrors = ref<Record<string, string>>({});

  /** Runs `work`; on a refusal of the API returns undefined and keeps its words. */
  async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
    busy.value = true;
    error.value = '';
    fieldErrors.value = {};
    try {
      return await work();
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      error.value = caught.message;
      fieldErrors.value = caught.fieldMessages();
      return undefined;
    } finally {
      busy.value = false;
    }
  }

  function clear(): void {
    error.value = '';
    fieldErrors.value = {};
  }

  return { busy, error, fieldErrors, run, clear };
}
