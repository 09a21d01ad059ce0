import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ROLES, type Role } from '../../access/role';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { Trim } from '../../common/validation/trim';
import { USER_STATUSES, type UserStatus } from '../user-status';

export class UserQueryDto extends PageQueryDto {
  /** part of the user name or display name */
  @IsOptional() @Trim() @IsString() @MaxLength(64) q?: string;
  @IsOptional() @IsIn(ROLES) role?: Role;
  @IsOptional() @IsIn(USER_STATUSES) status?: UserStatus;
}
