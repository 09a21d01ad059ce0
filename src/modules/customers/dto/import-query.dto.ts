import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

/** `?dryRun=true` checks the file and stores nothing. */
export class ImportQueryDto {
  /** true: check only, store nothing; false (default): store the good rows */
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun: boolean = false;
}
