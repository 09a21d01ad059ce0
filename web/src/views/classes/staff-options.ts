import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { unwrap } from '../../api/unwrap';
import { t } from '../../i18n/t';

type BusyPeriod = components['schemas']['BusyPeriodView'];

/** One person a role could be given to, and whether their time is free. */
export interface StaffOption {
  id: number;
  label: string;
  clash: string;
}

function busyText(period: BusyPeriod): string {
  return period.kind === 'class'
    ? t('classes.staff.busyClass', {
        course: period.courseName ?? '',
        term: period.term ?? '',
        from: period.from,
        to: period.to,
      })
    : t('classes.staff.busyUnavailable', { from: period.from, to: period.to }) +
        (period.reason ? `：${period.reason}` : '');
}

/**
 * Who can take a kind of role on a class (GET /api/coaches/available over the class's days):
 * the free ones first, then the busy ones with what takes their time, so that a manager may
 * still choose one (and force it). The class's own assignments are not a clash.
 */
export async function staffOptions(
  kind: string,
  classId: number,
  from: string,
  to: string,
): Promise<StaffOption[]> {
  const answer = await unwrap(
    api.GET('/api/coaches/available', {
      params: { query: { from, to, kind: kind as 'coach', page: 1, pageSize: 200 } },
    }),
  );
  const options: StaffOption[] = answer.free.map((coach) => ({
    id: coach.id,
    label: `${coach.name}（${coach.level.label}）· ${t('classes.staff.free')}`,
    clash: '',
  }));
  for (const busy of answer.busy) {
    const elsewhere = busy.busyWith.filter((period) => period.classId !== classId);
    const clash = elsewhere.map(busyText).join('；');
    options.push({
      id: busy.coach.id,
      label: clash
        ? `${busy.coach.name} · ${t('classes.staff.busy', { what: clash })}`
        : `${busy.coach.name} · ${t('classes.staff.free')}`,
      clash,
    });
  }
  return options;
}
