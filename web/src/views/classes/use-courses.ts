import { ref } from 'vue';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { unwrap } from '../../api/unwrap';

type Course = components['schemas']['Course'];

const courses = ref<Course[]>([]);
let loading: Promise<void> | null = null;

/** The courses (few, read once per page load) for the class screens' filters and pickers. */
export function useCourses() {
  loading ??= unwrap(api.GET('/api/courses')).then(
    (list) => {
      courses.value = list;
    },
    () => {
      loading = null; // asked again next time
    },
  );
  return { ready: loading, courses };
}
