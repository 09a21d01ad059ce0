import { IsId } from '../../../../common/validation/is-id';
import { OptionalField } from '../../../../common/validation/optional-field';

/** The class a student comes back to (上车) or moves to (换班): of the same course. */
export class MoveClassDto {
  /** for a return, the same class when left out */
  @OptionalField() @IsId() classId?: number;
}
