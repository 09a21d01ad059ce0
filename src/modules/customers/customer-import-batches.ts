import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, QueryFailedError, Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { CustomerHistoryService } from './customer-history.service';
import type { ValidRow } from './customer-import-run';
import { CustomerIndexService, type CustomerTerms } from './customer-index.service';
import { INSERT_CUSTOMER_ROWS } from './customer-rows-insert.query';
import { searchTermsFor } from './customer-search-terms';
import { CustomerTotals } from './customer-totals';
import { CustomersService } from './customers.service';
import { CUSTOMERS_BY_MOBILE, MOBILES_PER_LOOKUP } from './customers-by-mobile.query';
import { Customer } from './entities/customer.entity';
import type { ImportTermRuns } from './import-term-runs';
import { newCustomerRow } from './new-customer';

/** A row about to be stored: the customer's row, and its search terms worked out already. */
interface NewCustomer {
  mobile: string;
  row: Partial<Customer>;
  terms: string[];
}

/**
 * Where an import's checked rows go into the base: which numbers are taken, one batch per
 * transaction, and the search terms of all of them at the end (CustomerImportService reads
 * and checks the file).
 */
@Injectable()
export class CustomerImportBatches {
  private readonly logger = new Logger(CustomerImportBatches.name);

  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    private readonly service: CustomersService,
    private readonly index: CustomerIndexService,
    private readonly history: CustomerHistoryService,
    private readonly totals: CustomerTotals,
  ) {}

  /** mobile → code of the customers that have these numbers. */
  async holders(mobiles: string[], manager?: EntityManager): Promise<Map<string, string>> {
    const found = await this.byMobile(mobiles, manager);
    return new Map([...found].map(([mobile, customer]) => [mobile, customer.code]));
  }

  private async byMobile(
    mobiles: string[],
    manager = this.customers.manager,
  ): Promise<Map<string, { id: number; code: string }>> {
    const found = new Map<string, { id: number; code: string }>();
    for (let from = 0; from < mobiles.length; from += MOBILES_PER_LOOKUP) {
      const part = mobiles.slice(from, from + MOBILES_PER_LOOKUP);
      for (const customer of await CUSTOMERS_BY_MOBILE.rows(manager, { mobiles: part }))
        found.set(customer.mobile, customer);
    }
    return found;
  }

  /**
   * One batch (ImportRun's STORE_BATCH rows) in one transaction. Codes are drawn first, as
   * one block in the sequence's own short transaction, as for a single creation; search terms
   * are worked out before the transaction too, so that it holds only the writes. A number
   * another request took since the batch was checked fails the insert: those rows are set
   * aside and the rest tried again. The lists' totals are not dropped here: while an import
   * runs they may lag behind it by CustomerTotals' few seconds, as behind another server's
   * writes, instead of every list recounting the base after every batch.
   */
  async store(
    principal: Principal,
    rows: ValidRow[],
    terms: ImportTermRuns,
  ): Promise<Map<string, string>> {
    const codes = await this.service.nextCodes(rows.length);
    let pending = rows.map((row, i): NewCustomer => {
      const customer = newCustomerRow(row.changes, {
        code: codes[i],
        ownerId: row.ownerId ?? principal.id,
        createdById: principal.id,
      });
      const { mobile, name, otherPhones } = row.changes;
      const terms = searchTermsFor({
        code: codes[i],
        name,
        mobile,
        otherPhones: otherPhones ?? null,
      });
      return { mobile, row: customer, terms };
    });
    const lost = new Map<string, string>();
    for (let attempt = 1; ; attempt += 1) {
      try {
        const stored = await this.customers.manager.transaction((m) => this.insert(m, pending));
        for (const customer of stored) await terms.add(customer.customerId, customer.terms);
        return lost;
      } catch (error) {
        if (!(error instanceof QueryFailedError) || attempt >= 3) throw error;
        const taken = await this.holders(pending.map(({ mobile }) => mobile));
        if (!taken.size) throw error;
        taken.forEach((code, mobile) => lost.set(mobile, code));
        pending = pending.filter(({ mobile }) => !taken.has(mobile));
        if (!pending.length) return lost;
      }
    }
  }

  /**
   * The rows through statements built once, many rows each; their ids read back by mobile.
   * Answers each customer's terms, which the import writes at its end.
   */
  private async insert(m: EntityManager, customers: NewCustomer[]): Promise<CustomerTerms[]> {
    await INSERT_CUSTOMER_ROWS.run(
      m,
      customers.map(({ row }) => row),
    );
    const saved = await this.byMobile(
      customers.map(({ mobile }) => mobile),
      m,
    );
    const idOf = (mobile: string) => {
      const id = saved.get(mobile)?.id;
      if (id === undefined) throw new Error('an imported customer was not found after its insert');
      return id;
    };
    const stored = customers.map(({ mobile, terms }) => ({ customerId: idOf(mobile), terms }));
    await this.index.storeImported(m, stored);
    await this.history.recordMany(
      m,
      customers.map(({ mobile, row }) => ({
        customerId: idOf(mobile),
        before: {},
        after: row as Customer,
      })),
    );
    return stored;
  }

  /**
   * The terms of the customers stored, after the last batch (or a failure: what was committed
   * stays, and is found). Should this fail, the customers keep their backlog rows and the
   * search-backlog job writes their terms.
   */
  async writeTerms(terms: ImportTermRuns): Promise<void> {
    const started = Date.now();
    try {
      await this.index.writeImported(terms);
      this.logger.log(
        `import: search terms of ${terms.customerIds.length} customers written in ${Date.now() - started} ms`,
      );
    } catch (error) {
      this.logger.warn(
        `import: search terms of ${terms.customerIds.length} customers left to the backlog job (${(error as Error).name})`,
      );
    } finally {
      // The lists' totals, kept a few seconds while the import ran (see store), count what
      // it stored from now on.
      this.totals.clear();
      await terms.dispose();
    }
  }
}
