import {
  IsBoolean,
  IsInt,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { OptionalField } from '../../../common/validation/optional-field';

export class CreateInteractionTypeDto {
  /** letters, digits and `_`, e.g. `visit_home` */
  @Matches(/^[a-z][a-z0-9_]{1,31}$/, { message: 'validation.rules.interactionTypeCode' })
  code: string;

  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  name: string;

  @OptionalField()
  @IsBoolean()
  resultRequired?: boolean;

  /** minutes before a plan falls due that its assignee is reminded (0 to 7 days) */
  @OptionalField()
  @IsInt()
  @Min(0)
  @Max(10080)
  reminderLeadMinutes?: number;

  @OptionalField()
  @IsInt()
  @Min(0)
  @Max(100000)
  sortOrder?: number;
}
