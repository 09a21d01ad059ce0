import type { GeneratedFormat } from './generated-format';
import type { GenerationTrigger } from './generation-trigger';

/** The parameters a report file was rendered with (those the report takes). */
export class ReportParametersView {
  from?: string;
  to?: string;
  courseId?: number;
  classId?: number;
  customerId?: number;
  category?: string;
  top?: number;
}

/** A report file kept: what was rendered, for whom, and the file's size and checksum. */
export class GeneratedReportView {
  id: number;
  reportKey: string;
  parameters: ReportParametersView;
  format: GeneratedFormat;
  /** the name it downloads as */
  name: string;
  /** bytes */
  size: number;
  /** hex SHA-256 of the file */
  sha256: string;
  /** `nightly` (the job), `schedule` (an admin's schedule), `request` (a manager, now) */
  trigger: GenerationTrigger;
  /** the manager who asked; null for the job and schedules */
  requestedById: number | null;
  scheduleId: number | null;
  createdAt: Date;
  /** when the file is deleted (reports.generatedRetentionDays) */
  retainUntil: Date;
}
