import { Matches } from 'class-validator';
import { NestedObject } from '../../../../common/validation/nested-object';
import { OptionalField } from '../../../../common/validation/optional-field';
import { ReportParametersDto } from '../../dto/report-parameters.dto';

/**
 * What to render now: a report and its parameters (PDF and Excel of it), or nothing, for the
 * nightly renderings (what changed since its last rendering).
 */
export class GenerateReportsDto {
  /** a report of the catalogue (GET /api/reports); leave out to run the nightly renderings */
  @OptionalField()
  @Matches(/^[a-z][a-z0-9-]{1,47}$/, { message: 'validation.rules.reportKey' })
  reportKey?: string;

  /** the report's parameters, as its run takes them (with `reportKey` only) */
  @OptionalField()
  @NestedObject(() => ReportParametersDto)
  parameters?: ReportParametersDto;
}
