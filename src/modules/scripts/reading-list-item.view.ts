import { ScriptSummaryView } from './script-summary.view';

/** A script of the new staff's reading list, with the reader's own "read" mark. */
export class ReadingListItemView extends ScriptSummaryView {
  /** when the reader marked it read; null: not yet */
  readAt: Date | null;
  /** the version they read */
  readRevision: number | null;
  /** changed since they read it */
  changedSinceRead: boolean;
}
