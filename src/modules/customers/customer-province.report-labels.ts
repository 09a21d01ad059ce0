import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { msg } from '../../common/i18n/msg';
import { translate } from '../../common/i18n/translate';
import { Contributes } from '../../common/registry/contributes.decorator';
import { RegionService } from '../dictionary/region.service';
import type { ReportLabelSource } from '../reports/report-label-source';
import { ReportLabelRegistry } from '../reports/report-label.registry';
import { Customer } from './entities/customer.entity';

/** Ids per query: SQL Server takes at most 2,100 parameters in one statement. */
const CHUNK = 1000;

/** A customer's province by name, for reports that group people by region (未填写 when none). */
@Contributes(ReportLabelRegistry)
export class CustomerProvinceReportLabels implements ReportLabelSource {
  readonly kind = 'customerProvince' as const;

  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    private readonly regions: RegionService,
  ) {}

  async labels(ids: readonly number[]): Promise<Map<number, string>> {
    const unknown = translate(msg('reports.elements.unknown'));
    const labels = new Map<number, string>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const found = await this.customers.find({
        select: { id: true, provinceCode: true },
        where: { id: In(ids.slice(i, i + CHUNK)) },
      });
      for (const row of found)
        labels.set(
          row.id,
          (row.provinceCode && this.regions.provinceName(row.provinceCode)) || unknown,
        );
    }
    return labels;
  }
}
