import { Type } from 'class-transformer';
import { IsId } from '../../../common/validation/is-id';
import { OptionalField } from '../../../common/validation/optional-field';

/** `?userId=`: whose to-do; one's own when left out, anyone's for managers. */
export class UserScopeQueryDto {
  @OptionalField()
  @Type(() => Number)
  @IsId()
  userId?: number;
}
