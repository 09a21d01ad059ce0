import { t } from '../../../i18n/t';

/** A file's size for people: bytes, KB or MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return t('boards.documents.bytes', { size: bytes });
  if (bytes < 1024 * 1024) return t('boards.documents.kb', { size: (bytes / 1024).toFixed(1) });
  return t('boards.documents.mb', { size: (bytes / 1024 / 1024).toFixed(1) });
}
