/** A permission of the catalogue (permission-catalogue.ts), as the admin pages list it. */
export class PermissionView {
  /** `Subject:action`, the key grants and denials name */
  key: string;
  action: string;
  subject: string;
  description: string;
  /** may be granted to a single user on top of the role */
  grantable: boolean;
}
