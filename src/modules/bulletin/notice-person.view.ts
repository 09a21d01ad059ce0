/** A colleague as the board names them (a notice's author). */
export class NoticePersonView {
  id: number;
  displayName: string;
}
