import type { MessageKey } from '../../common/i18n/catalogue';

/**
 * One figure of the staff performance report (§8.4), counted by the module that owns it over
 * its own tables: per user, in the period `[start, end)`.
 */
export interface StaffFigureSource {
  /** the column's key */
  readonly key: string;
  readonly label: MessageKey;
  readonly kind: 'count' | 'fen';
  /** where the column stands among the others (ascending) */
  readonly order: number;
  /** the figure of each user who has one (of `userId` alone when given) */
  figures(start: Date, end: Date, userId?: number): Promise<Map<number, number>>;
}
