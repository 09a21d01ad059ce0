import type { components } from '../../api/schema';
import { t } from '../../i18n/t';
import { dictionaryLabel } from './customer-lookups';

type CustomerListItem = components['schemas']['CustomerListItem'];

/** How a list row names its coded values, in the console's language and the dictionary's. */
export function rowLabels(row: CustomerListItem) {
  return {
    gender: t(`customers.gender.${row.gender}`),
    category: t(`customers.category.${row.category}`),
    stage: t(`customers.stage.${row.stage}`),
    level: dictionaryLabel('customer_level', row.level),
    status: dictionaryLabel('customer_status', row.statusTag),
  };
}
