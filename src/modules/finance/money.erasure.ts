import type { EntityManager } from 'typeorm';
import { Contributes } from '../../common/registry/contributes.decorator';
import { FileStore } from '../../files/file-store';
import {
  CustomerErasureRegistry,
  type CustomerErasureStep,
} from '../customers/customer-erasure.registry';
import { ERASED_NAME } from '../customers/customer-erasure.service';
import { LedgerEntry } from './entities/ledger-entry.entity';
import { Receivable } from './entities/receivable.entity';
import { RefundRequest } from './entities/refund-request.entity';

/**
 * A customer's erasure (PIPL) keeps every money row (the books must add up, and the law
 * keeps accounting records for years) and removes what was written about the person: the
 * notes of money rows, the reasons of refund requests, and the scanned written requests,
 * which the file sweep deletes once the erasure commits.
 */
@Contributes(CustomerErasureRegistry)
export class MoneyErasure implements CustomerErasureStep {
  readonly name = 'money';

  constructor(private readonly files: FileStore) {}

  async erase(customerId: number, m: EntityManager): Promise<void> {
    const receivables = await m.getRepository(Receivable).find({
      select: { id: true },
      where: { customerId },
    });
    if (!receivables.length) return;
    const ids = receivables.map((row) => row.id);
    await m
      .createQueryBuilder()
      .update(LedgerEntry)
      .set({ note: null })
      .where('receivable_id IN (:...ids)', { ids })
      .execute();
    const refunds = await m
      .getRepository(RefundRequest)
      .createQueryBuilder('f')
      .where('f.receivableId IN (:...ids)', { ids })
      .getMany();
    for (const refund of refunds) {
      await this.files.retain(refund.documentFileId, new Date(0), m);
    }
    await m
      .createQueryBuilder()
      .update(RefundRequest)
      .set({ reason: ERASED_NAME, decisionNote: null })
      .where('receivable_id IN (:...ids)', { ids })
      .execute();
  }
}
