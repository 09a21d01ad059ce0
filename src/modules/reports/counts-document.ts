import { msg } from '../../common/i18n/msg';
import { translate } from '../../common/i18n/translate';
import type { CountDimension } from './count-dimension';
import type { CountSubjectKey } from './count-subject';
import type { CountsView } from './counts.view';
import type { ReportDocument } from './report-document';
import type { ReportRow } from './report-result';

/**
 * An ad-hoc count as a report document, for the Excel rendering every report uses: a column
 * per dimension (its values' names), the count, and the total of every group.
 */
export function countsDocument(view: CountsView, generatedAt: string): ReportDocument {
  const dimension = (key: string) =>
    translate(msg(`reports.counts.dimensions.${key as CountDimension}`));
  const subject = translate(msg(`reports.counts.subjects.${view.subject as CountSubjectKey}`));
  const period =
    view.from && view.to
      ? translate(msg('reports.period', { from: view.from, to: view.to }))
      : translate(msg('reports.allTime'));
  const by = view.by2 ? `${dimension(view.by)}、${dimension(view.by2)}` : dimension(view.by);
  return {
    key: 'counts',
    title: translate(msg('reports.counts.title', { subject })),
    subtitle: [translate(msg('reports.counts.by', { dimensions: by })), period].join('；'),
    generatedAt,
    columns: [
      { key: 'label', label: dimension(view.by), kind: 'text' },
      ...(view.by2 ? [{ key: 'label2', label: dimension(view.by2), kind: 'text' as const }] : []),
      { key: 'count', label: translate(msg('reports.counts.count')), kind: 'count' },
    ],
    rows: view.rows.map((row): ReportRow =>
      view.by2
        ? { label: row.label, label2: row.label2 ?? '', count: row.count }
        : { label: row.label, count: row.count },
    ),
    totals: { label: translate(msg('reports.total')), count: view.total },
    charts: [],
    facts: [],
    sections: [],
  };
}
