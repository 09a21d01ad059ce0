import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DictionaryModule } from '../dictionary/dictionary.module';
import { LedgerEntry } from './entities/ledger-entry.entity';
import { Receivable } from './entities/receivable.entity';
import { ReportsModule } from '../reports/reports.module';
import { ClassMoneyReport } from './class-money.report';
import { PaidInFullFigure } from './paid-in-full.staff-figures';
import { ReceivedFigure } from './received.staff-figures';
import { EnrolmentMoney } from './enrolment-money';
import { FinanceService } from './finance.service';
import { MoneyTotals } from './money-totals';
import { FinanceViewsController } from './finance-views.controller';
import { FinanceViewsService } from './finance-views.service';
import { CustomersModule } from '../customers/customers.module';
import { UsersModule } from '../../users/users.module';
import { ReceivableListenerRegistry } from './receivable-listener.registry';
import { ReceivablesController } from './receivables.controller';
import { RefundRequest } from './entities/refund-request.entity';
import { RefundNotificationTexts } from './refund.notification-texts';
import { RefundsController } from './refunds.controller';
import { RefundsService } from './refunds.service';
import { MoneyOverview } from './money.overview';
import { MoneyErasure } from './money.erasure';
import { Instalment } from './entities/instalment.entity';
import { InstalmentsService } from './instalments.service';
import { InstalmentRemindersJob } from './instalment-reminders.job';
import { InstalmentNotificationTexts } from './instalment.notification-texts';
import { InteractionsModule } from '../interactions/interactions.module';
import { FilesModule } from '../../files/files.module';
import { NotificationsModule } from '../../notifications/notifications.module';

/**
 * The money of enrolments (§4.2.3): receivables and their append-only ledger. FinanceService
 * is its one door, and the only writer of money rows.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Receivable, LedgerEntry, RefundRequest, Instalment]),
    DictionaryModule,
    CustomersModule,
    UsersModule,
    FilesModule,
    NotificationsModule,
    InteractionsModule,
    ReportsModule,
  ],
  controllers: [ReceivablesController, RefundsController, FinanceViewsController],
  providers: [
    FinanceService,
    ClassMoneyReport,
    PaidInFullFigure,
    ReceivedFigure,
    RefundsService,
    FinanceViewsService,
    ReceivableListenerRegistry,
    RefundNotificationTexts,
    MoneyOverview,
    MoneyErasure,
    InstalmentsService,
    InstalmentRemindersJob,
    InstalmentNotificationTexts,
    MoneyTotals,
    EnrolmentMoney,
  ],
  exports: [FinanceService, ReceivableListenerRegistry, EnrolmentMoney],
})
export class FinanceModule {}
