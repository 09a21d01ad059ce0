import { ScriptAuthorView } from './script-author.view';
import { ScriptSummaryView } from './script-summary.view';

/** A script as it reads now (its current version). */
export class ScriptView extends ScriptSummaryView {
  /** plain text or Markdown: show it as text */
  body: string;
  createdAt: Date;
  createdBy: ScriptAuthorView;
  /** send it back with a change (409 when someone changed it in between) */
  version: number;
}
