import { ArrayMaxSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { PERMISSION_CATALOGUE } from '../../access/permission-catalogue';
import { IsVersion } from '../../common/validation/is-version';

const KEYS = Object.keys(PERMISSION_CATALOGUE);

/** The whole set of a user's grants and denials on top of their role. */
export class UserPermissionsDto {
  @IsArray()
  @ArrayMaxSize(KEYS.length)
  @ArrayUnique()
  @IsIn(KEYS, { each: true, message: 'validation.rules.permission' })
  grants: string[];

  @IsArray()
  @ArrayMaxSize(KEYS.length)
  @ArrayUnique()
  @IsIn(KEYS, { each: true, message: 'validation.rules.permission' })
  denials: string[];

  @IsVersion() version: number;
}
