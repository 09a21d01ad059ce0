import { t } from '../../i18n/t';

/** A class as people say it: 「TR1 第 12 期」. */
export function className(one: { course: { name: string }; term: number }): string {
  return t('classes.name', { course: one.course.name, term: one.term });
}
