import { PLATFORM_ZH_CN } from './platform';
import { VALIDATION_ZH_CN } from './validation';
import { FILES_ZH_CN } from './files';
import { ACCOUNTS_ZH_CN } from './accounts';
import { CUSTOMERS_ZH_CN } from './customers';
import { INTERACTIONS_ZH_CN } from './interactions';
import { CLASSES_ZH_CN } from './classes';
import { FINANCE_ZH_CN } from './finance';
import { REPORTS_ZH_CN } from './reports';
import { GENERATED_REPORTS_ZH_CN } from './generated-reports';
import { SMS_TEMPLATES_ZH_CN } from './sms-templates';
import { DOCUMENTS_ZH_CN } from './documents';
import { SCRIPTS_ZH_CN } from './scripts';
import { BULLETIN_ZH_CN } from './bulletin';
import { GROUP_SMS_ZH_CN } from './group-sms';

/**
 * 简体中文: the default language, and the shape every other catalogue must have (catalogue.ts).
 * Keys by module, one file per domain; `{{name}}` is a value the message shows. Messages say
 * what to do. A key added here is added to the same file under ../en/ as well.
 */
export const ZH_CN = {
  ...PLATFORM_ZH_CN,
  ...VALIDATION_ZH_CN,
  ...FILES_ZH_CN,
  ...ACCOUNTS_ZH_CN,
  ...CUSTOMERS_ZH_CN,
  ...INTERACTIONS_ZH_CN,
  ...CLASSES_ZH_CN,
  ...FINANCE_ZH_CN,
  ...REPORTS_ZH_CN,
  ...GENERATED_REPORTS_ZH_CN,
  ...GROUP_SMS_ZH_CN,
  ...SMS_TEMPLATES_ZH_CN,
  ...DOCUMENTS_ZH_CN,
  ...SCRIPTS_ZH_CN,
  ...BULLETIN_ZH_CN,
};
