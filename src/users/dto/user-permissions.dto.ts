import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, Min } from 'class-validator';
import { PERMISSION_CATALOGUE } from '../../access/permission-catalogue';

const KEYS = Object.keys(PERMISSION_CATALOGUE);

/** The whole set of a user's grants and denials on top of their role. */
export class UserPermissionsDto {
  @IsArray() @ArrayMaxSize(KEYS.length) @ArrayUnique()
  @IsIn(KEYS, { each: true, message: 'each grant must be a permission of GET /api/admin/permissions' })
  grants: string[];

  @IsArray() @ArrayMaxSize(KEYS.length) @ArrayUnique()
  @IsIn(KEYS, { each: true, message: 'each denial must be a permission of GET /api/admin/permissions' })
  denials: string[];

  @IsInt() @Min(1) version: number;
}
