import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { RecordScope } from '../../access/record-scope';
import { Contributes } from '../../common/registry/contributes.decorator';
import {
  CustomerOverviewRegistry,
  type CustomerOverviewSection,
} from '../customers/customer-overview.registry';
import { LedgerEntry } from './entities/ledger-entry.entity';
import { Receivable } from './entities/receivable.entity';
import { RefundRequest } from './entities/refund-request.entity';
import { LedgerEntryView } from './ledger-entry.view';
import { ReceivableView } from './receivable.view';
import { RefundRequestView } from './refund-request.view';

/** Receivables shown: one per enrolment. */
const SHOWN = 50;

/**
 * The `money` section of the customer 360 view (§4.2.3): the customer's receivables with
 * their payments, reversals, refunds and refund requests, limited by the same rule as the
 * money lists: finance and managers see all of it, a coordinator the money of the students
 * they enrolled, others nothing (the section is null).
 */
@Contributes(CustomerOverviewRegistry)
export class MoneyOverview implements CustomerOverviewSection {
  readonly key = 'money';

  constructor(@InjectRepository(Receivable) private readonly receivables: Repository<Receivable>) {}

  async load(customerId: number, principal: Principal) {
    if (!principal.ability.can('read', 'Receivable')) return null;
    const scope = RecordScope.forMoney(principal);
    const rows = await scope
      .where(
        this.receivables
          .createQueryBuilder('r')
          .where('r.customerId = :customerId', { customerId }),
        'r',
        { owner: 'coordinatorId' },
      )
      .orderBy('r.id', 'DESC')
      .take(SHOWN)
      .getMany();
    if (!rows.length) return [];
    const ids = rows.map((row) => row.id);
    const m = this.receivables.manager;
    const [entries, refunds] = await Promise.all([
      m.getRepository(LedgerEntry).find({ where: { receivableId: In(ids) }, order: { id: 'ASC' } }),
      m
        .getRepository(RefundRequest)
        .find({ where: { receivableId: In(ids) }, order: { id: 'ASC' } }),
    ]);
    return rows.map((row) => ({
      ...ReceivableView.of(row),
      entries: entries.filter((entry) => entry.receivableId === row.id).map(LedgerEntryView.of),
      refunds: refunds.filter((refund) => refund.receivableId === row.id).map(RefundRequestView.of),
    }));
  }
}
