import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThan } from 'typeorm';
import { CustomerIndexService } from './customer-index.service';
import { SearchText } from './customer-search-text';
import { CustomerSearchBacklog } from './entities/customer-search-backlog.entity';
import { CustomerSearchTerm } from './entities/customer-search-term.entity';
import { CustomerSearchText } from './entities/customer-search-text.entity';

/**
 * How long an import may take to write its customers' terms: backlog rows older than this
 * belong to an import that died, not to one still running.
 */
const IMPORT_GRACE_MS = 60 * 60 * 1000;

/** Customers indexed per transaction. */
const BATCH = 200;

/**
 * Writes the terms an import left unwritten (CustomerSearchBacklog): the import died between
 * storing its customers and writing their terms. Each customer's text says which terms it
 * has; those not in the index yet are added, then its backlog row goes. Safe to repeat.
 */
@Injectable()
export class CustomerSearchBacklogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly index: CustomerIndexService,
  ) {}

  async writeStale(now: Date): Promise<{ customers: number; terms: number }> {
    const done = { customers: 0, terms: 0 };
    const backlog = this.dataSource.getRepository(CustomerSearchBacklog);
    const queuedBefore = new Date(now.getTime() - IMPORT_GRACE_MS);
    for (;;) {
      const due = await backlog.find({
        where: { queuedAt: LessThan(queuedBefore) },
        order: { customerId: 'ASC' },
        take: BATCH,
      });
      if (!due.length) return done;
      await this.dataSource.transaction(async (m) => {
        const ids = due.map((row) => row.customerId);
        const texts = await m.getRepository(CustomerSearchText).findBy({ customerId: In(ids) });
        const missing: CustomerSearchTerm[] = [];
        for (const { customerId, terms: text } of texts) {
          const terms = SearchText.terms(text);
          const stored = await m.getRepository(CustomerSearchTerm).find({
            select: { term: true },
            where: { customerId, term: In(terms) },
          });
          const have = new Set(stored.map((row) => row.term));
          missing.push(
            ...terms.filter((term) => !have.has(term)).map((term) => ({ customerId, term })),
          );
        }
        await this.index.storeTerms(m, missing);
        await m.getRepository(CustomerSearchBacklog).delete({ customerId: In(ids) });
        done.customers += ids.length;
        done.terms += missing.length;
      });
    }
  }
}
