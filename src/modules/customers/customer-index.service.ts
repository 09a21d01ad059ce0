import { setImmediate as nextTurn } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
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
 * so it also drops the cached list totals, except an import's: its batches leave them to
 * expire (CustomerTotals keeps them five seconds), and the import drops them when it ends
 * (CustomerImportBatches.writeTerms). Dropped at every batch, they made each list recount the
 * whole base while an import ran: the list's p99 rose from 17 ms to 193–242 ms.
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
    this.totals.clear();
    await this.storeTexts(manager, customers);
    await this.storeTerms(
      manager,
      customers.flatMap(({ customerId, terms }) => terms.map((term) => ({ customerId, term }))),
    );
  }

  /** The customers' search texts alone: an import writes their terms at its end (writeImported). */
  async storeTexts(manager: EntityManager, customers: CustomerTerms[]) {
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
   * not written, or taken out again when it left while they were being written, so that no
   * old name or erased number stays in the index.
   */
  async writeImported(runs: ImportTermRuns) {
    const waiting = await this.waiting(runs.customerIds);
    const writing = new Set(waiting);
    for await (const rows of runs.sorted(TERM_ROWS_PER_COMMIT)) {
      await nextTurn();
      await this.writeImportedRows(rows, writing);
    }
    const still = await this.waiting([...waiting]);
    const left = [...waiting].filter((id) => !still.has(id));
    if (left.length) await this.removeStale(await runs.rowsOf(left));
    const ids = runs.customerIds;
    for (let from = 0; from < ids.length; from += IDS_PER_STATEMENT)
      await this.dataSource.getRepository(CustomerSearchBacklog).delete({
        customerId: In(ids.slice(from, from + IDS_PER_STATEMENT)),
      });
  }

  /**
   * One transaction of an import's terms, for the customers still `writing`. A customer
   * indexed anew meanwhile may have some of these rows already (its phone did not change):
   * the insert fails, the customers that left the backlog leave `writing`, and the rest is
   * tried again.
   */
  private async writeImportedRows(rows: CustomerSearchTerm[], writing: Set<number>) {
    for (let attempt = 1; ; attempt += 1) {
      const theirs = rows.filter((row) => writing.has(row.customerId));
      if (!theirs.length) return;
      try {
        await this.dataSource.transaction((m) => this.storeTerms(m, theirs));
        return;
      } catch (error) {
        if (!(error instanceof QueryFailedError) || attempt >= 3) throw error;
        const ids = [...new Set(theirs.map((row) => row.customerId))];
        const still = await this.waiting(ids);
        const left = ids.filter((id) => !still.has(id));
        if (!left.length) throw error;
        left.forEach((id) => writing.delete(id));
      }
    }
  }

  /** Which of these customers are still in the backlog. */
  private async waiting(customerIds: number[]): Promise<Set<number>> {
    const waiting = new Set<number>();
    for (let from = 0; from < customerIds.length; from += BACKLOG_IDS_PER_LOOKUP) {
      const part = customerIds.slice(from, from + BACKLOG_IDS_PER_LOOKUP);
      // Always as many ids (the last repeated): one statement, prepared once.
      while (part.length < BACKLOG_IDS_PER_LOOKUP) part.push(part[part.length - 1]);
      const found = await CUSTOMER_SEARCH_BACKLOG_IDS.rows(this.dataSource.manager, { ids: part });
      found.forEach((row) => waiting.add(row.customerId));
    }
    return waiting;
  }

  /**
   * Term rows an import wrote for customers that were indexed anew (or erased) meanwhile:
   * those that are not among the customer's terms now are deleted.
   */
  private async removeStale(rows: CustomerSearchTerm[]) {
    const byCustomer = new Map<number, string[]>();
    for (const { customerId, term } of rows) {
      const terms = byCustomer.get(customerId) ?? [];
      terms.push(term);
      byCustomer.set(customerId, terms);
    }
    for (const [customerId, terms] of byCustomer) {
      await this.dataSource.transaction(async (m) => {
        const text = await m
          .getRepository(CustomerSearchText)
          .findOne({ where: { customerId }, select: { terms: true } });
        const current = new Set(text ? SearchText.terms(text.terms) : []);
        const stale = terms.filter((term) => !current.has(term));
        if (stale.length)
          await m.getRepository(CustomerSearchTerm).delete({ customerId, term: In(stale) });
      });
    }
  }

  /** Term rows, sorted here into the index's order so that each page is visited once. */
  async storeTerms(manager: EntityManager, rows: CustomerSearchTerm[]) {
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
