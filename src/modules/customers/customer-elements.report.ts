import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../../access/principal';
import { RecordScope } from '../../access/record-scope';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { businessDayRange } from '../../common/calendar/business-day';
import { DomainError } from '../../common/errors/domain-error';
import { msg, type Msg } from '../../common/i18n/msg';
import { translate } from '../../common/i18n/translate';
import { Contributes } from '../../common/registry/contributes.decorator';
import { DictionaryService } from '../dictionary/dictionary.service';
import type { DictionaryType } from '../dictionary/dictionary-type';
import { RegionService } from '../dictionary/region.service';
import type { ReportChart } from '../reports/report-chart';
import type { ReportDefinition } from '../reports/report-definition';
import type { ReportParameters } from '../reports/report-parameter';
import type { ReportResult, ReportRow } from '../reports/report-result';
import { ReportRegistry } from '../reports/report.registry';
import { shareOf } from '../reports/share-of';
import { CUSTOMER_CATEGORIES, type CustomerCategory } from './customer-category';
import { Customer } from './entities/customer.entity';

/** Age bands by the years reached: [least age, key]; younger than the first is `under25`. */
const AGE_BANDS: readonly [number, string][] = [
  [55, 'from55'],
  [45, 'from45'],
  [35, 'from35'],
  [25, 'from25'],
];

/** One of the seven elements (§8.6): the column it is read from and how its values are named. */
interface Element {
  key: 'gender' | 'age' | 'education' | 'companySize' | 'industry' | 'province' | 'position';
  /** the customer column, or null for the age, worked out from the birthday */
  column: string | null;
  dictionary?: DictionaryType;
  chart: 'pie' | 'bar';
}

const ELEMENTS: readonly Element[] = [
  { key: 'gender', column: 'gender', chart: 'pie' },
  { key: 'age', column: null, chart: 'bar' },
  { key: 'education', column: 'education', dictionary: 'education', chart: 'pie' },
  { key: 'companySize', column: 'companySize', dictionary: 'company_size', chart: 'pie' },
  { key: 'industry', column: 'industry', dictionary: 'industry', chart: 'bar' },
  { key: 'province', column: 'provinceCode', chart: 'bar' },
  { key: 'position', column: 'position', dictionary: 'position', chart: 'bar' },
];

/** Whose customers they are, for the record scope. */
const CUSTOMER_OWNER = { owner: 'ownerId' } as const;

/**
 * 七要素 (§8.6): how the customers (students, or any category) are spread over gender, age,
 * education, company size, industry, province and position; a count and a share per value,
 * and a chart per element. Counted in the database, one grouped query per element, over the
 * customers the user may see (a coordinator, their own).
 */
@Contributes(ReportRegistry)
export class CustomerElementsReport implements ReportDefinition {
  readonly key = 'customer-elements';
  readonly title = 'reports.elements.title' as const;
  readonly ability = ['read', 'Customer'] as const;
  readonly parameters = ['from', 'to', 'category'] as const;
  readonly required = [] as const;

  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    private readonly calendar: BusinessCalendar,
    private readonly dictionary: DictionaryService,
    private readonly regions: RegionService,
  ) {}

  async run(principal: Principal, parameters: ReportParameters): Promise<ReportResult> {
    const category = parameters.category;
    if (category !== undefined && !CUSTOMER_CATEGORIES.includes(category as CustomerCategory))
      throw DomainError.badRequest(
        msg('reports.elements.unknownCategory', { categories: [...CUSTOMER_CATEGORIES] }),
        [{ field: 'category', messages: [msg('reports.elements.categoryRule')] }],
        'REPORT_PARAMETER_INVALID',
      );
    const rows: ReportRow[] = [];
    const charts: ReportChart[] = [];
    for (const element of ELEMENTS) {
      const counted = await this.count(principal, parameters, element);
      const total = counted.reduce((sum, [, n]) => sum + n, 0);
      const names = await this.names(
        element,
        counted.map(([value]) => value),
      );
      const elementName = translate(msg(`reports.elements.${element.key}`));
      for (const [value, n] of counted)
        rows.push({
          element: elementName,
          value: names.get(value) ?? value ?? '',
          count: n,
          share: shareOf(n, total),
        });
      charts.push({
        kind: element.chart,
        title: msg(`reports.elements.${element.key}`),
        categories: counted.map(([value]) => names.get(value) ?? value ?? ''),
        series: [{ name: msg('reports.elements.count'), values: counted.map(([, n]) => n) }],
      });
    }
    return {
      columns: [
        { key: 'element', label: msg('reports.elements.element'), kind: 'text' },
        { key: 'value', label: msg('reports.elements.value'), kind: 'text' },
        { key: 'count', label: msg('reports.elements.count'), kind: 'count' },
        { key: 'share', label: msg('reports.elements.share'), kind: 'percent' },
      ],
      rows,
      charts,
    };
  }

  /** [value, customers] of one element (no value: null). */
  private async count(
    principal: Principal,
    parameters: ReportParameters,
    element: Element,
  ): Promise<[string | null, number][]> {
    const query = this.customers
      .createQueryBuilder('c')
      .where('c.deletedAt IS NULL')
      .andWhere('c.erasedAt IS NULL');
    const zone = this.calendar.timeZone;
    if (parameters.from)
      query.andWhere('c.createdAt >= :from', {
        from: businessDayRange(parameters.from, zone).start,
      });
    if (parameters.to)
      query.andWhere('c.createdAt < :to', { to: businessDayRange(parameters.to, zone).end });
    if (parameters.category)
      query.andWhere('c.category = :category', { category: parameters.category });
    RecordScope.of(principal).where(query, 'c', CUSTOMER_OWNER);
    const value = element.column ? `c.${element.column}` : this.ageBand(query);
    const grouped = await query
      .select(value, 'value')
      .addSelect('COUNT(*)', 'n')
      .groupBy(value)
      .getRawMany<{ value: string | null; n: string | number }>();
    return (
      grouped
        .map((row): [string | null, number] => [row.value ?? null, Number(row.n)])
        // Most first; the unfilled last; ties by code, the same every time.
        .sort(
          (a, b) =>
            Number(a[0] === null) - Number(b[0] === null) ||
            b[1] - a[1] ||
            String(a[0]).localeCompare(String(b[0])),
        )
    );
  }

  /** The age band as a SQL expression: whole years reached today, by birthday thresholds. */
  private ageBand(query: SelectQueryBuilder<Customer>): string {
    const today = this.calendar.today().date;
    const cases = AGE_BANDS.map(([years, key]) => {
      query.setParameter(`born${years}`, addYears(today, -years));
      return `WHEN c.birthday <= :born${years} THEN '${key}'`;
    });
    return `CASE WHEN c.birthday IS NULL THEN NULL ${cases.join(' ')} ELSE 'under25' END`;
  }

  /** The values' names: dictionary labels, province names, gender and age bands from the catalogue. */
  private async names(
    element: Element,
    values: (string | null)[],
  ): Promise<Map<string | null, string>> {
    const named = new Map<string | null, string>([
      [null, translate(msg('reports.elements.unknown'))],
    ]);
    const labels = element.dictionary
      ? await this.dictionary.labels(element.dictionary)
      : undefined;
    for (const value of values) {
      if (value === null) continue;
      let name: string | Msg | undefined;
      if (element.key === 'gender') name = msg(`reports.elements.genders.${value as 'male'}`);
      else if (element.key === 'age') name = msg(`reports.elements.ages.${value as 'under25'}`);
      else if (element.key === 'province') name = this.regions.provinceName(value);
      else name = labels?.get(value);
      named.set(value, typeof name === 'object' ? translate(name) : (name ?? value));
    }
    return named;
  }
}

/** `YYYY-MM-DD` moved by whole years (29 February to 28 February where needed). */
function addYears(day: string, years: number): string {
  const year = Number(day.slice(0, 4)) + years;
  const candidate = `${String(year).padStart(4, '0')}${day.slice(4)}`;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day.slice(5) === '02-29' && !leap ? candidate.replace(/-29$/, '-28') : candidate;
}
