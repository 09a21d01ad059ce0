import { IsIn } from 'class-validator';
import { ROLES, type Role } from '../../../access/role';

export class RoleParamDto {
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` }) role: Role;
}
