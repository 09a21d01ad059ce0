/** What marking the whole inbox read changed. */
export class ReadAllResultDto {
  /** how many notifications were unread and are read now */
  updated: number;
}
