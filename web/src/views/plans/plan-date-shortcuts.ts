import { addDays, businessDay, isoToWallTime } from '../../format/business-time-input';
import { t } from '../../i18n/t';

/**
 * Quick picks of the due-time pickers, in business wall time: a phone user taps one instead of
 * working the calendar. Each is a Date whose local fields show that wall time, as the picker
 * reads them.
 */
export function planDateShortcuts() {
  const wall = (text: string) => () => new Date(text.replace(' ', 'T'));
  const at10 = (days: number) => wall(`${addDays(businessDay(), days)} 10:00`);
  return [
    {
      text: t('workbench.shortcuts.inOneHour'),
      value: () => wall(isoToWallTime(new Date(Date.now() + 3600_000)))(),
    },
    { text: t('workbench.shortcuts.tomorrowMorning'), value: at10(1) },
    { text: t('workbench.shortcuts.inThreeDays'), value: at10(3) },
    { text: t('workbench.shortcuts.inOneWeek'), value: at10(7) },
  ];
}
