import { CustomerElementsReport } from './customer-elements.report';
import { CustomerReportLabels } from './customer.report-labels';
import { CustomerProvinceReportLabels } from './customer-province.report-labels';
import { StarfishPromotionReport } from './starfish-promotion.report';
import { NewCustomersFigure } from './new-customers.staff-figures';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '../../files/files.module';
import { NotificationsModule } from '../../notifications/notifications.module';
import { UsersModule } from '../../users/users.module';
import { DictionaryModule } from '../dictionary/dictionary.module';
import { CustomerErasureRegistry } from './customer-erasure.registry';
import { CustomerErasureService } from './customer-erasure.service';
import { CustomerExportService } from './customer-export.service';
import { CustomerHistoryService } from './customer-history.service';
import { CustomerImportService } from './customer-import.service';
import { CustomerIndexService } from './customer-index.service';
import { CustomerInput } from './customer-input';
import { CustomerOverviewRegistry } from './customer-overview.registry';
import { CustomerOverviewService } from './customer-overview.service';
import { CustomerQueryService } from './customer-query.service';
import { CustomerTotals } from './customer-totals';
import { CustomerTransferService } from './customer-transfer.service';
import { CustomerUpload } from './customer-upload';
import { CustomerFilesController } from './customer-files.controller';
import { CustomersApi } from './customers.api';
import { CustomerCampaignsApi } from './customer-campaigns.api';
import { CustomerSearchBacklogService } from './customer-search-backlog.service';
import { CustomerImportBatches } from './customer-import-batches';
import { SearchBacklogJob } from './search-backlog.job';
import { CustomersController } from './customers.controller';
import { CustomersCountSubject } from './customers.count-subject';
import { CustomersDashboardFigures } from './customers.dashboard-figures';
import { CustomersService } from './customers.service';
import { CustomerGoldImoController } from './customer-gold-imo.controller';
import { CustomerGoldImoService } from './customer-gold-imo.service';
import { CustomerErasure } from './entities/customer-erasure.entity';
import { CustomerSearchBacklog } from './entities/customer-search-backlog.entity';
import { CustomerSearchTerm } from './entities/customer-search-term.entity';
import { CustomerSearchText } from './entities/customer-search-text.entity';
import { CustomerStatusChange } from './entities/customer-status-change.entity';
import { Customer } from './entities/customer.entity';
import { ViewQuotaUsage } from './entities/view-quota-usage.entity';
import { ViewQuotaService } from './view-quota.service';
import { ViewQuotaUnfreeze } from './view-quota.unfreeze';

/**
 * The customer base (§3): the shared file, its search index, status history, referrals,
 * the 360 view's extension point, the daily view quota, transfers and erasure. Other modules
 * reach it through CustomersApi (customers.api.ts) and the registries, never its services.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Customer,
      CustomerSearchTerm,
      CustomerSearchText,
      CustomerSearchBacklog,
      CustomerStatusChange,
      CustomerErasure,
      ViewQuotaUsage,
    ]),
    UsersModule,
    NotificationsModule,
    DictionaryModule,
    FilesModule,
  ],
  // Files first: its static paths (export, import) must be matched before `:id`.
  controllers: [CustomerFilesController, CustomersController, CustomerGoldImoController],
  providers: [
    CustomerElementsReport,
    CustomerReportLabels,
    CustomerProvinceReportLabels,
    StarfishPromotionReport,
    NewCustomersFigure,
    CustomersDashboardFigures,
    CustomersCountSubject,
    CustomerGoldImoService,
    CustomersService,
    CustomerQueryService,
    CustomerOverviewService,
    CustomerOverviewRegistry,
    CustomerTransferService,
    CustomerErasureService,
    CustomerIndexService,
    CustomerSearchBacklogService,
    CustomerImportBatches,
    SearchBacklogJob,
    CustomerHistoryService,
    CustomerInput,
    ViewQuotaService,
    ViewQuotaUnfreeze,
    CustomerTotals,
    CustomerImportService,
    CustomerExportService,
    CustomerUpload,
    CustomersApi,
    CustomerCampaignsApi,
    CustomerErasureRegistry,
  ],
  // Other modules call CustomersApi only, and contribute through the two registries.
  exports: [CustomersApi, CustomerCampaignsApi, CustomerOverviewRegistry, CustomerErasureRegistry],
})
export class CustomersModule {}
