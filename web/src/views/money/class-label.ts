import type { components } from '../../api/schema';
import { t } from '../../i18n/t';

type ClassLike = Pick<components['schemas']['ClassView'], 'course' | 'term' | 'startDate'>;

/** `TR1 第 12 期（2027-03-06 开课）`: how a class is named in the money screens. */
export function classLabel(c: ClassLike): string {
  return t('money.enrol.classLabel', { course: c.course.name, term: c.term, start: c.startDate });
}
