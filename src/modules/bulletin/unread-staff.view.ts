/** A member of a notice's audience who has not read it yet. */
export class UnreadStaffView {
  id: number;
  displayName: string;
  role: string;
}
