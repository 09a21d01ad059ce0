import { IsBoolean, IsString, MaxLength } from 'class-validator';
import { IsVersion } from '../../../../common/validation/is-version';
import { NestedObject } from '../../../../common/validation/nested-object';
import { OptionalField } from '../../../../common/validation/optional-field';
import { Trim } from '../../../../common/validation/trim';
import { ReportParametersDto } from '../../dto/report-parameters.dto';

/** A change to a schedule; its report stays (define another schedule for another report). */
export class UpdateReportScheduleDto {
  /** the version you loaded; a stale one is refused with 409 */
  @IsVersion()
  version: number;

  /** the report's parameters, all of them (they replace the old ones) */
  @OptionalField()
  @NestedObject(() => ReportParametersDto)
  parameters?: ReportParametersDto;

  @OptionalField()
  @Trim()
  @IsString()
  @MaxLength(64)
  cron?: string;

  @OptionalField()
  @IsBoolean()
  enabled?: boolean;
}
