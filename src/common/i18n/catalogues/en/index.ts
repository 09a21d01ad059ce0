import type { Catalogue } from '../../catalogue';
import { PLATFORM_EN } from './platform';
import { VALIDATION_EN } from './validation';
import { FILES_EN } from './files';
import { ACCOUNTS_EN } from './accounts';
import { CUSTOMERS_EN } from './customers';
import { INTERACTIONS_EN } from './interactions';
import { CLASSES_EN } from './classes';
import { FINANCE_EN } from './finance';
import { REPORTS_EN } from './reports';
import { GENERATED_REPORTS_EN } from './generated-reports';
import { SMS_TEMPLATES_EN } from './sms-templates';
import { DOCUMENTS_EN } from './documents';
import { SCRIPTS_EN } from './scripts';
import { BULLETIN_EN } from './bulletin';
import { GROUP_SMS_EN } from './group-sms';

/**
 * English, for clients that ask for it (`Accept-Language: en`); typed by the Chinese one's keys,
 * file by file (each names the sections it holds).
 */
export const EN: Catalogue = {
  ...PLATFORM_EN,
  ...VALIDATION_EN,
  ...FILES_EN,
  ...ACCOUNTS_EN,
  ...CUSTOMERS_EN,
  ...INTERACTIONS_EN,
  ...CLASSES_EN,
  ...FINANCE_EN,
  ...REPORTS_EN,
  ...GENERATED_REPORTS_EN,
  ...GROUP_SMS_EN,
  ...SMS_TEMPLATES_EN,
  ...DOCUMENTS_EN,
  ...SCRIPTS_EN,
  ...BULLETIN_EN,
};
