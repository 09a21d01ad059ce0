import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, Matches, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';

/** Filters of the audit history: who, what, on which record, when. */
export class AuditQueryDto extends PageQueryDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) userId?: number;

  /** exact action, or a prefix ending in `.` (e.g. `auth.`) */
  @IsOptional() @MaxLength(64) @Matches(/^[a-z][a-zA-Z.]*$/, { message: 'action must be like auth.login or auth.' })
  action?: string;

  @IsOptional() @MaxLength(64) @Matches(/^[A-Za-z]+$/, { message: 'entityType must be a word like User' })
  entityType?: string;

  @IsOptional() @MaxLength(64) entityId?: string;

  @IsOptional() @IsIn(['success', 'failure', 'denied']) outcome?: 'success' | 'failure' | 'denied';

  /** ISO date or date-time, inclusive */
  @IsOptional() @IsDateString({ strict: true }) from?: string;

  /** ISO date or date-time, exclusive */
  @IsOptional() @IsDateString({ strict: true }) to?: string;
}
