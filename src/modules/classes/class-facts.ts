import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';
import { msg, type Msg } from '../../common/i18n/msg';
import type { RegionService } from '../dictionary/region.service';
import type { TrainingClass } from './entities/training-class.entity';

/**
 * The longest a class may last. Bounding it lets a period's classes be found by their start
 * date alone (those starting up to this many days before the period), from an index.
 */
export const MAX_CLASS_DAYS = 366;

/** Days from one `YYYY-MM-DD` to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The facts of a class whose consistency is checked together, on creation and on every change. */
export type ClassFacts = Pick<
  TrainingClass,
  'startDate' | 'endDate' | 'firstWeekDate' | 'lastWeekDate' | 'provinceCode' | 'cityCode'
>;

/**
 * Refuses dates out of order (`YYYY-MM-DD` texts compare as dates do) and a venue region that
 * does not exist, naming every field at fault at once.
 */
export function assertClassFacts(facts: ClassFacts, regions: RegionService): void {
  const { startDate, endDate, firstWeekDate, lastWeekDate } = facts;
  const problems: { field: string; text: Msg }[] = [];
  if (endDate < startDate) problems.push({ field: 'endDate', text: msg('classes.endBeforeStart') });
  else if (daysBetween(startDate, endDate) >= MAX_CLASS_DAYS)
    problems.push({ field: 'endDate', text: msg('classes.tooLong', { days: MAX_CLASS_DAYS }) });
  const within = (date: string) => date >= startDate && date <= endDate;
  if (firstWeekDate && !within(firstWeekDate))
    problems.push({ field: 'firstWeekDate', text: msg('classes.firstWeekOutside') });
  if (lastWeekDate && !within(lastWeekDate))
    problems.push({ field: 'lastWeekDate', text: msg('classes.lastWeekOutside') });
  else if (firstWeekDate && lastWeekDate && lastWeekDate < firstWeekDate)
    problems.push({ field: 'lastWeekDate', text: msg('classes.lastWeekBeforeFirst') });
  if (problems.length) {
    throw DomainError.badRequest(
      msg('classes.datesOutOfOrder', { problems: problems.map((problem) => problem.text) }),
      problems.map(({ field, text }): ErrorDetail => ({ field, messages: [text] })),
      'VALIDATION_FAILED',
    );
  }
  const { provinceCode, cityCode } = facts;
  const badProvince = provinceCode !== null && !regions.isValidProvince(provinceCode);
  const badCity =
    cityCode !== null && (provinceCode === null || !regions.isValidCity(provinceCode, cityCode));
  if (badProvince || badCity) {
    throw DomainError.badRequest(
      msg('classes.badRegion'),
      [
        ...(badProvince ? ['provinceCode'] : []),
        ...(badCity && !badProvince ? ['cityCode'] : []),
      ].map((field) => ({ field, messages: [msg('classes.badRegionDetail')] })),
      'VALIDATION_FAILED',
    );
  }
}
