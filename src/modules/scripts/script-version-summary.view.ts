import { ScriptAuthorView } from './script-author.view';

/** One version in a script's history: who changed what, when. */
export class ScriptVersionSummaryView {
  revision: number;
  title: string;
  /** the fields changed from the version before (all of them in the first) */
  changes: string[];
  changedBy: ScriptAuthorView;
  changedAt: Date;
}
