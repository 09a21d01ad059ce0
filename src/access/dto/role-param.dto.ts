import { IsIn } from 'class-validator';
import { ROLES, type Role } from '../role';

export class RoleParamDto {
  @IsIn(ROLES, { message: 'validation.rules.role' }) role: Role;
}
