import { IsIn, IsString, MaxLength } from 'class-validator';
import { ROLES, type Role } from '../../access/role';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { Trim } from '../../common/validation/trim';
import { USER_STATUSES, type UserStatus } from '../user-status';
import { OptionalField } from '../../common/validation/optional-field';

export class UserQueryDto extends PageQueryDto {
  /** part of the user name or display name */
  @OptionalField() @Trim() @IsString() @MaxLength(64) q?: string;
  @OptionalField() @IsIn(ROLES) role?: Role;
  @OptionalField() @IsIn(USER_STATUSES) status?: UserStatus;
}
