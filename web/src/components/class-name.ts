import { t } from '../i18n/t';

interface ClassLike {
  course: { name: string };
  term: number;
  startDate?: string;
}

/**
 * A class as people say it: 「TR1 第 12 期」, with its first day when `withStart` (a picker
 * offering classes of several months tells them apart by it).
 */
export function className(one: ClassLike, withStart = false): string {
  const words = { course: one.course.name, term: one.term, start: one.startDate ?? '' };
  return withStart && one.startDate
    ? t('common.classStarting', words)
    : t('common.className', words);
}
