/** How deep folders nest: the top level is 1. */
export const MAX_FOLDER_DEPTH = 5;
/** Most tags one document carries. */
export const MAX_TAGS = 10;
/** A tag: no comma (tags are stored between commas), no spaces at its ends. */
export const TAG_PATTERN = /^[^,\s](?:[^,]{0,28}[^,\s])?$/;
/** The file kind of an upload waiting for its document (FileStore kinds are kebab-case). */
export const UPLOAD_KIND = 'library-document';
/** An upload no document took is deleted after this long. */
export const UNCLAIMED_UPLOAD_MS = 24 * 3600_000;
