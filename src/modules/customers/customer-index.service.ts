import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { CustomerSearchTerm } from './entities/customer-search-term.entity';
import type { Customer } from './entities/customer.entity';
import { searchTermsFor } from './customer-search-terms';
import { CustomerTotals } from './customer-totals';

/** Batches small enough for every driver's limit of parameters per statement. */
const INSERT_BATCH = 300;

/**
 * Keeps customer_search_term in step with the customers, inside the caller's transaction.
 * Every write of a customer passes through here, so it also drops the cached list totals.
 */
@Injectable()
export class CustomerIndexService {
  constructor(private readonly totals: CustomerTotals) {}

  async index(
    manager: EntityManager,
    customers: Pick<Customer, 'id' | 'code' | 'name' | 'mobile' | 'otherPhones'>[],
  ) {
    this.totals.clear();
    const rows: QueryDeepPartialEntity<CustomerSearchTerm>[] = customers.flatMap((customer) =>
      searchTermsFor(customer).map((term) => ({ customerId: customer.id, term })),
    );
    const repository = manager.getRepository(CustomerSearchTerm);
    for (let i = 0; i < rows.length; i += INSERT_BATCH)
      await repository.insert(rows.slice(i, i + INSERT_BATCH));
  }

  async reindex(
    manager: EntityManager,
    customer: Pick<Customer, 'id' | 'code' | 'name' | 'mobile' | 'otherPhones'>,
  ) {
    await this.remove(manager, customer.id);
    await this.index(manager, [customer]);
  }

  async remove(manager: EntityManager, customerId: number) {
    this.totals.clear();
    await manager.getRepository(CustomerSearchTerm).delete({ customerId });
  }
}
