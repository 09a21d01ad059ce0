/** A colleague as lists name them. */
export class StaffMemberView {
  id: number;
  displayName: string;
}
