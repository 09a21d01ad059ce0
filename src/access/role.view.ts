import { ApiProperty } from '@nestjs/swagger';
import type { Role } from './role';

/** A role as the admin pages show it: its setting and the permissions it carries. */
export class RoleView {
  role: Role;
  /** members must sign in with a second factor */
  requireTwoFactor: boolean;
  /** permission keys, `Subject:action` */
  // Read-only (the role's own list), which the plugin cannot type: said here.
  @ApiProperty({ type: [String] })
  permissions: readonly string[];
}
