/** A new calendar subscription: the token is shown once, never again. */
export class ScheduleFeedView {
  /** the secret; whoever has it reads the course calendar until it is replaced or revoked */
  token: string;
  /** where a calendar app subscribes: this path on the server's address */
  path: string;
}
