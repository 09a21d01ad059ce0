import { IsBoolean, IsString, Matches, MaxLength } from 'class-validator';
import { NestedObject } from '../../../../common/validation/nested-object';
import { OptionalField } from '../../../../common/validation/optional-field';
import { Trim } from '../../../../common/validation/trim';
import { ReportParametersDto } from '../../dto/report-parameters.dto';

/** A schedule: which report, with which parameters, when (cron, business time zone). */
export class CreateReportScheduleDto {
  /** a report of the catalogue (GET /api/reports) */
  @Matches(/^[a-z][a-z0-9-]{1,47}$/, { message: 'validation.rules.reportKey' })
  reportKey: string;

  /** the report's parameters, checked as a run checks them */
  @OptionalField()
  @NestedObject(() => ReportParametersDto)
  parameters?: ReportParametersDto;

  /** five fields (minute hour day month weekday), at most hourly, e.g. `0 2 * * 1` */
  @Trim()
  @IsString()
  @MaxLength(64)
  cron: string;

  /** false keeps it without running it (true when left out) */
  @OptionalField()
  @IsBoolean()
  enabled?: boolean;
}
