import type { GeneratedReport } from './entities/generated-report.entity';
import type { GeneratedReportView } from './generated-report.view';

export function toGeneratedReportView(row: GeneratedReport): GeneratedReportView {
  return {
    id: row.id,
    reportKey: row.reportKey,
    parameters: JSON.parse(row.parameters) as GeneratedReportView['parameters'],
    format: row.format,
    name: row.name,
    size: row.size,
    sha256: row.sha256,
    trigger: row.trigger,
    requestedById: row.requestedById,
    scheduleId: row.scheduleId,
    createdAt: row.createdAt,
    retainUntil: row.retainUntil,
  };
}
