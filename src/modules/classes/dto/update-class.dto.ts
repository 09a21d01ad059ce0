import { OmitType, PartialType } from '@nestjs/swagger';
import { IsVersion } from '../../../common/validation/is-version';
import { CreateClassDto } from './create-class.dto';

/**
 * Changes to a class at the version read; its course stays (a class of another course is
 * another class). Status moves through PUT /api/classes/:id/status.
 */
// skipNullProperties: false: null is checked by each field's rules rather than skipped.
export class UpdateClassDto extends PartialType(OmitType(CreateClassDto, ['courseId'] as const), {
  skipNullProperties: false,
}) {
  @IsVersion()
  version: number;
}
