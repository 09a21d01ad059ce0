import { PartialType } from '@nestjs/swagger';
import { IsVersion } from '../../../common/validation/is-version';
import { CreateScriptDto } from './create-script.dto';

/** Changes to a script at the version read: each saved edit is a new version of it. */
// skipNullProperties: false: null is checked by each field's rules rather than skipped.
export class UpdateScriptDto extends PartialType(CreateScriptDto, { skipNullProperties: false }) {
  @IsVersion()
  version: number;
}
