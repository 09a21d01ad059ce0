import { Matches } from 'class-validator';
import { PageQueryDto } from '../../../../common/pagination/page-query.dto';
import { OptionalField } from '../../../../common/validation/optional-field';

/** The generated report files, newest first; `reportKey` for one report's. */
export class GeneratedReportQueryDto extends PageQueryDto {
  @OptionalField()
  @Matches(/^[a-z][a-z0-9-]{1,47}$/, { message: 'validation.rules.reportKey' })
  reportKey?: string;
}
