import { UserView } from './user-view';

/** An account whose password was reset: the temporary password, shown this once. */
export class PasswordResetView {
  user: UserView;
  /** to hand to the user; must be changed at the next sign-in */
  temporaryPassword: string;
}
