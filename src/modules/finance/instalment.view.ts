import type { Instalment } from './entities/instalment.entity';

/** An instalment with what the payments so far cover of it. */
export class InstalmentView {
  seq: number;
  /** `YYYY-MM-DD` */
  dueDate: string;
  amountFen: number;
  /** filled in due order by the receivable's payments */
  paidFen: number;
  /** pending, paid, or overdue (due before today and not paid) */
  status: 'pending' | 'paid' | 'overdue';

  static of(row: Instalment, receivablePaidFen: number, today: string): InstalmentView {
    const before = row.cumulativeFen - row.amountFen;
    const paidFen = Math.min(Math.max(receivablePaidFen - before, 0), row.amountFen);
    const status = paidFen === row.amountFen ? 'paid' : row.dueDate < today ? 'overdue' : 'pending';
    return { seq: row.seq, dueDate: row.dueDate, amountFen: row.amountFen, paidFen, status };
  }
}
