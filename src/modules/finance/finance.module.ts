import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DictionaryModule } from '../dictionary/dictionary.module';
import { LedgerEntry } from './entities/ledger-entry.entity';
import { Receivable } from './entities/receivable.entity';
import { FinanceService } from './finance.service';
import { FinanceViewsController } from './finance-views.controller';
import { FinanceViewsService } from './finance-views.service';
import { CustomersModule } from '../customers/customers.module';
import { UsersModule } from '../../users/users.module';
import { PaidInFullRegistry } from './paid-in-full.registry';
import { ReceivablesController } from './receivables.controller';

/**
 * The money of enrolments (§4.2.3): receivables and their append-only ledger. FinanceService
 * is its one door, and the only writer of money rows.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Receivable, LedgerEntry]),
    DictionaryModule,
    CustomersModule,
    UsersModule,
  ],
  controllers: [ReceivablesController, FinanceViewsController],
  providers: [FinanceService, FinanceViewsService, PaidInFullRegistry],
  exports: [FinanceService, PaidInFullRegistry],
})
export class FinanceModule {}
