import { GeneratedReportView } from './generated-report.view';

/** What one generation stored, and what it left alone. */
export class GenerationResultView {
  /** the files stored by this run (PDF and Excel of each rendering) */
  stored: GeneratedReportView[];
  /** renderings left alone: rendered before with the same data */
  unchanged: number;
  /** renderings that could not be made (the reason is in the log) */
  failed: number;
}
