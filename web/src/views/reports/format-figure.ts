import type { components } from '../../api/schema';
import { formatYuan } from '../../format/yuan';
import { t } from '../../i18n/t';
import { formatReportValue } from './format-report-value';

type DashboardFigure = components['schemas']['DashboardFigureView'];

/** A dashboard figure's value as it reads: a count, yuan from fen (¥2,780.00), or days. */
export function formatFigure(figure: DashboardFigure, value: number | null): string {
  if (value === null) return t('reports.dashboard.unknown');
  if (figure.kind === 'days') return t('reports.dashboard.days', { value: value.toFixed(1) });
  if (figure.kind === 'fen') return formatYuan(value);
  return formatReportValue(value, 'count');
}
