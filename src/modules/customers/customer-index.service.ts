import { setImmediate as nextTurn } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Clock } from '../../common/clock';
import { CustomerSearchBacklog } from './entities/customer-search-backlog.entity';
import { INSERT_SEARCH_BACKLOG } from './customer-search-backlog-insert.query';
import {
  BACKLOG_IDS_PER_LOOKUP,
  CUSTOMER_SEARCH_BACKLOG_IDS,
} from './customer-search-backlog-ids.query';
import type { ImportTermRuns } from './import-term-runs';
import { CustomerSearchTerm } from './entities/customer-search-term.entity';
import { CustomerSearchText } from './entities/customer-search-text.entity';
import type { Customer } from './entities/customer.entity';
import { searchTermsFor } from './customer-search-terms';
import { INSERT_SEARCH_TERMS } from './customer-search-terms-insert.query';
import { INSERT_SEARCH_TEXTS } from './customer-search-texts-insert.query';
import { SearchText } from './customer-search-text';
import { CustomerTotals } from './customer-totals';

/**
 * Term rows an import writes per transaction: on SQLite each one holds up every other
 * request, 5,000 rows in order ~10 ms.
 */
const TERM_ROWS_PER_COMMIT = 5000;

/** Customer ids per DELETE of the backlog: under every driver's limit of parameters. */
const IDS_PER_STATEMENT = 1000;

/** A customer's search terms, worked out (searchTermsFor) before they are stored. */
export interface CustomerTerms {
  customerId: number;
  terms: string[];
}

/**
 * Keeps the search index (customer_search_text and customer_search_term) in step with the
 * customers, inside the caller's transaction. Every write of a customer passes through here,
 * so it also drops the cached list totals.
 */
@Injectable()
export class CustomerIndexService {
  constructor(
    private readonly totals: CustomerTotals,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

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
    await this.storeTexts(manager, customers);
    await this.storeTerms(
      manager,
      customers.flatMap(({ customerId, terms }) => terms.map((term) => ({ customerId, term }))),
    );
  }

  /** The customers' search texts alone: an import writes their terms at its end (writeImported). */
  async storeTexts(manager: EntityManager, customers: CustomerTerms[]) {
    this.totals.clear();
    await INSERT_SEARCH_TEXTS.run(
      manager,
      customers
        .filter(({ terms }) => terms.length)
        .map(({ customerId, terms }) => ({ customerId, terms: SearchText.of(terms) })),
    );
  }

  /**
   * An import's batch: the customers' texts now, and a backlog row each, in the batch's
   * transaction; their terms go to `runs`, written by writeImported when the import ends.
   */
  async storeImported(manager: EntityManager, customers: CustomerTerms[]) {
    await this.storeTexts(manager, customers);
    const queuedAt = this.clock.now();
    await INSERT_SEARCH_BACKLOG.run(
      manager,
      customers.map(({ customerId }) => ({ customerId, queuedAt })),
    );
  }

  /**
   * Writes an import's terms in the index's order, TERM_ROWS_PER_COMMIT rows a transaction
   * (each short, so that other requests are not held up), then empties the backlog of its
   * customers. Until then a search by a rare term does not find them yet; one by a common
   * term (which asks each customer's text) already does. A customer changed or erased
   * meanwhile was indexed anew and left the backlog (remove): its terms from the file are
   * skipped, so that no old name or erased number comes back into the index.
   */
  async writeImported(runs: ImportTermRuns) {
    const backlog = (m: EntityManager) => m.getRepository(CustomerSearchBacklog);
    for await (const rows of runs.sorted(TERM_ROWS_PER_COMMIT)) {
      await nextTurn();
      await this.dataSource.transaction(async (m) => {
        const ids = [...new Set(rows.map((row) => row.customerId))];
        const waiting = new Set<number>();
        for (let from = 0; from < ids.length; from += BACKLOG_IDS_PER_LOOKUP) {
          const part = ids.slice(from, from + BACKLOG_IDS_PER_LOOKUP);
          // Always as many ids (the last repeated): one statement, prepared once.
          while (part.length < BACKLOG_IDS_PER_LOOKUP) part.push(part[part.length - 1]);
          const found = await CUSTOMER_SEARCH_BACKLOG_IDS.rows(m, { ids: part });
          found.forEach((row) => waiting.add(row.customerId));
        }
        await this.storeTerms(
          m,
          rows.filter((row) => waiting.has(row.customerId)),
        );
      });
    }
    const ids = runs.customerIds;
    for (let from = 0; from < ids.length; from += IDS_PER_STATEMENT)
      await backlog(this.dataSource.manager).delete({
        customerId: In(ids.slice(from, from + IDS_PER_STATEMENT)),
      });
    this.totals.clear();
  }

  /** Term rows, sorted here into the index's order so that each page is visited once. */
  async storeTerms(manager: EntityManager, rows: CustomerSearchTerm[]) {
    this.totals.clear();
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

  /**
   * Removes a customer's terms, found through its search text (the terms have no index by
   * customer), and takes it off an import's backlog: what the import would still write is
   * no longer its terms.
   */
  async remove(manager: EntityManager, customerId: number) {
    this.totals.clear();
    await manager.getRepository(CustomerSearchBacklog).delete({ customerId });
    const texts = manager.getRepository(CustomerSearchText);
    const text = await texts.findOne({ where: { customerId }, select: { terms: true } });
    if (!text) return;
    const terms = SearchText.terms(text.terms);
    if (terms.length)
      await manager.getRepository(CustomerSearchTerm).delete({ customerId, term: In(terms) });
    await texts.delete({ customerId });
  }
}
