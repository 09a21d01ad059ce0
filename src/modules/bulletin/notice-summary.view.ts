import { NoticePersonView } from './notice-person.view';

/** A notice as the board's lists show it: no body (the detail has it). */
export class NoticeSummaryView {
  id: number;
  title: string;
  /** schedule (课程安排), company (公司通知) or policy (制度) */
  category: string;
  pinned: boolean;
  visibleFrom: Date;
  /** null: until withdrawn */
  visibleTo: Date | null;
  author: NoticePersonView;
  /** the reader has marked it read */
  read: boolean;
  createdAt: Date;
  updatedAt: Date;
}
