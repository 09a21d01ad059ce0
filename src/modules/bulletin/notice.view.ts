import { NoticeAttachmentView } from './notice-attachment.view';
import { NoticeSummaryView } from './notice-summary.view';

/**
 * A notice in full. Its body twice: the sanitised Markdown (for editing) and the same
 * rendered to safe HTML (for showing), and the documents of the library attached to it.
 */
export class NoticeView extends NoticeSummaryView {
  /** sanitised Markdown: no HTML tags, no script links */
  bodyMarkdown: string;
  /** the body rendered and sanitised: only formatting tags and http(s)/mailto/tel links */
  bodyHtml: string;
  /**
   * the attached documents the reader may see, in the author's order; one whose library
   * visibility leaves the reader out, or that was deleted, is not listed
   */
  attachments: NoticeAttachmentView[];
  /** `all` staff or only `roles` */
  audience: string;
  /** the roles that see it (all five for `all`) */
  roles: string[];
  /** the reader may change or withdraw it (its author, or a manager) */
  mayEdit: boolean;
  /** how many have read it; only for those who may change it, else null */
  readCount: number | null;
  version: number;
}
