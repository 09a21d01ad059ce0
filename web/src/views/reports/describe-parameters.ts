import { t } from '../../i18n/t';
import { REPORT_PARAMETERS, type ReportParameterValues } from './report-parameters';

/** A schedule's parameters as a person reads them: "开始日期 2026-12-01，班级 12". */
export function describeParameters(values: ReportParameterValues): string {
  const given = REPORT_PARAMETERS.filter(
    (name) => values[name] !== undefined && values[name] !== null,
  );
  if (!given.length) return t('reports.schedules.none');
  return given.map((name) => `${t(`reports.parameters.${name}`)} ${values[name]}`).join('，');
}
