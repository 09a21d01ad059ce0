import { UserView } from './user-view';

/** A new account, with the temporary password when one was generated (shown this once). */
export class CreatedUserView {
  user: UserView;
  /** only when no password was given; must be changed at first sign-in */
  temporaryPassword?: string;
}
