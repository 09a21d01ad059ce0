import { PlatformFoundation1764000000000 } from './1764000000000-platform-foundation';
import { DataDictionary1764100000000 } from './1764100000000-data-dictionary';
import { CustomerBase1764200000000 } from './1764200000000-customer-base';
import { JobsAndSms1764300000000 } from './1764300000000-jobs-and-sms';
import { Interactions1764400000000 } from './1764400000000-interactions';
import { CustomerCare1764500000000 } from './1764500000000-customer-care';
import { ViewQuotaUnfreeze1764640000000 } from './1764640000000-view-quota-unfreeze';
import { CareKeysWithoutNames1764650000000 } from './1764650000000-care-keys-without-names';
import { CustomerSearchSurnames1764670000000 } from './1764670000000-customer-search-surnames';
import { NotificationsByReference1764680000000 } from './1764680000000-notifications-by-reference';
import { IdempotencyRecords1764690000000 } from './1764690000000-idempotency-records';
import { Files1764700000000 } from './1764700000000-files';
import { ListOrderIndexes1764710000000 } from './1764710000000-list-order-indexes';
import { ListTieBreakerIndexes1764720000000 } from './1764720000000-list-tie-breaker-indexes';
import { SearchTermsByCustomer1764730000000 } from './1764730000000-search-terms-by-customer';
import { SearchIndexClustered1764740000000 } from './1764740000000-search-index-clustered';
import { CoursesAndClasses1764750000000 } from './1764750000000-courses-and-classes';
import { EnrolmentAndMoney1764770000000 } from './1764770000000-enrolment-and-money';
import { CoachesAndClassStaff1764760000000 } from './1764760000000-coaches-and-class-staff';
import { GeneratedReports1764780000000 } from './1764780000000-generated-reports';
import { DashboardIndexes1764785000000 } from './1764785000000-dashboard-indexes';
import { ReportIndexes1764786000000 } from './1764786000000-report-indexes';
import { BulletinBoard1764810000000 } from './1764810000000-bulletin-board';
import { ScriptLibrary1764811000000 } from './1764811000000-script-library';
import { DocumentLibrary1764812000000 } from './1764812000000-document-library';
import { SmsTemplates1764813000000 } from './1764813000000-sms-templates';
import { GroupSms1764814000000 } from './1764814000000-group-sms';
import { BulletinAttachments1764815000000 } from './1764815000000-bulletin-attachments';
import { RefreshPreviousHash1764816000000 } from './1764816000000-refresh-previous-hash';

/** Every migration, oldest first. Listed by hand so that the same list runs from src and dist. */
export const ALL_MIGRATIONS = [
  PlatformFoundation1764000000000,
  DataDictionary1764100000000,
  CustomerBase1764200000000,
  JobsAndSms1764300000000,
  Interactions1764400000000,
  CustomerCare1764500000000,
  ViewQuotaUnfreeze1764640000000,
  CareKeysWithoutNames1764650000000,
  CustomerSearchSurnames1764670000000,
  NotificationsByReference1764680000000,
  IdempotencyRecords1764690000000,
  Files1764700000000,
  ListOrderIndexes1764710000000,
  ListTieBreakerIndexes1764720000000,
  SearchTermsByCustomer1764730000000,
  SearchIndexClustered1764740000000,
  CoursesAndClasses1764750000000,
  CoachesAndClassStaff1764760000000,
  EnrolmentAndMoney1764770000000,
  GeneratedReports1764780000000,
  DashboardIndexes1764785000000,
  ReportIndexes1764786000000,
  BulletinBoard1764810000000,
  ScriptLibrary1764811000000,
  DocumentLibrary1764812000000,
  SmsTemplates1764813000000,
  GroupSms1764814000000,
  BulletinAttachments1764815000000,
  RefreshPreviousHash1764816000000,
];
