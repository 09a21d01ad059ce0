import { Transform } from 'class-transformer';
import { IsBoolean } from 'class-validator';
import { OptionalField } from '../../../common/validation/optional-field';

/** `?dryRun=true` checks the file and stores nothing. */
export class ImportQueryDto {
  /** true: check only, store nothing; false (default): store the good rows */
  @OptionalField()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun: boolean = false;
}
