import { Contributes } from '../../common/registry/contributes.decorator';
import type { ReportLabelSource } from '../reports/report-label-source';
import { ReportLabelRegistry } from '../reports/report-label.registry';
import { CustomersApi } from './customers.api';

/** Ids per lookup: the summaries' statement binds them all. */
const CHUNK = 500;

/** How reports name a customer: by name, as the lists show it (an erased one as erased). */
@Contributes(ReportLabelRegistry)
export class CustomerReportLabels implements ReportLabelSource {
  readonly kind = 'customer' as const;

  constructor(private readonly customers: CustomersApi) {}

  async labels(ids: readonly number[]): Promise<Map<number, string>> {
    const labels = new Map<number, string>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const found = await this.customers.summaries(ids.slice(i, i + CHUNK));
      for (const [id, summary] of found) labels.set(id, summary.name);
    }
    return labels;
  }
}
