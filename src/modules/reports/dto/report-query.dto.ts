import { IsIn } from 'class-validator';
import { OptionalField } from '../../../common/validation/optional-field';
import { REPORT_FORMATS, type ReportFormat } from '../report-format';
import { ReportParametersDto } from './report-parameters.dto';

/** How to run a report: the file format and its parameters. */
export class ReportQueryDto extends ReportParametersDto {
  /** `json` (default), `xlsx` or `pdf` */
  @OptionalField() @IsIn(REPORT_FORMATS) format: ReportFormat = 'json';
}
