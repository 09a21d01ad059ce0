import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CustomerSearchTerm } from './entities/customer-search-term.entity';
import type { Customer } from './entities/customer.entity';
import { searchTermsFor } from './customer-search-terms';
import { INSERT_SEARCH_TERMS } from './customer-search-terms-insert.query';
import { CustomerTotals } from './customer-totals';

/** A customer's search terms, worked out (searchTermsFor) before they are stored. */
export interface CustomerTerms {
  customerId: number;
  terms: string[];
}

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
    await this.store(
      manager,
      customers.map((customer) => ({ customerId: customer.id, terms: searchTermsFor(customer) })),
    );
  }

  /**
   * Stores terms worked out beforehand: an import computes them (pinyin takes time) before
   * its transaction, which on SQLite holds up every other request while it is open.
   */
  async store(manager: EntityManager, customers: CustomerTerms[]) {
    this.totals.clear();
    const rows = customers.flatMap(({ customerId, terms }) =>
      terms.map((term) => ({ customerId, term })),
    );
    // In the order of the term index: each of its pages is then visited once, not once per
    // customer (a customer's terms are scattered over the whole index).
    rows.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : a.customerId - b.customerId));
    await INSERT_SEARCH_TERMS.run(manager, rows);
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
