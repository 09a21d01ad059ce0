import { PartialType } from '@nestjs/swagger';
import { IsVersion } from '../../../common/validation/is-version';
import { CreateNoticeDto } from './create-notice.dto';

/**
 * Changes to a notice at the version read. Changing `audience` to `roles` sends `roles` too;
 * `roles` alone replaces the roles of a notice that already has them.
 */
// skipNullProperties: false: null is checked by each field's rules rather than skipped.
export class UpdateNoticeDto extends PartialType(CreateNoticeDto, { skipNullProperties: false }) {
  @IsVersion()
  version: number;
}
