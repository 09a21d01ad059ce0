import type { components } from '../../api/schema';
import { businessDay } from '../../format/business-time-input';

type Receivable = Pick<
  components['schemas']['ReceivableView'],
  'nextDueDate' | 'outstandingFen' | 'status'
>;

/** An instalment not covered by the payments fell due before today (business day). */
export function isOverdue(receivable: Receivable): boolean {
  return (
    !!receivable.nextDueDate &&
    receivable.outstandingFen > 0 &&
    (receivable.status === 'open' || receivable.status === 'partly_paid') &&
    receivable.nextDueDate < businessDay()
  );
}
