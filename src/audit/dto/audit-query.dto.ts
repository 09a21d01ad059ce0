import { Type } from 'class-transformer';
import { IsDateString, IsIn, Matches, MaxLength } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { AUDIT_ENTITY_TYPES } from '../audit-entity-type';
import { IsId } from '../../common/validation/is-id';
import { OptionalField } from '../../common/validation/optional-field';

/** Filters of the audit history: who, what, on which record, when. */
export class AuditQueryDto extends PageQueryDto {
  @OptionalField() @Type(() => Number) @IsId() userId?: number;

  /** exact action, or a prefix ending in `.` (e.g. `auth.`) */
  @OptionalField()
  @MaxLength(64)
  @Matches(/^[a-z][a-zA-Z.]*$/, { message: 'validation.rules.auditAction' })
  action?: string;

  // Listed for clients; still checked by pattern only, so that rows of a kind since renamed
  // can be found.
  @ApiPropertyOptional({ enum: AUDIT_ENTITY_TYPES, description: 'the kind of record' })
  @OptionalField()
  @MaxLength(64)
  @Matches(/^[A-Za-z]+$/, { message: 'validation.rules.entityType' })
  entityType?: string;

  @OptionalField() @MaxLength(64) entityId?: string;

  @OptionalField() @IsIn(['success', 'failure', 'denied']) outcome?:
    'success' | 'failure' | 'denied';

  /** ISO date or date-time, inclusive */
  @OptionalField() @IsDateString({ strict: true }) from?: string;

  /** ISO date or date-time, exclusive */
  @OptionalField() @IsDateString({ strict: true }) to?: string;
}
