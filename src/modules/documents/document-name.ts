import { DOCUMENT_TYPES } from './document-types';

/**
 * File names of library documents: whether a name fits the type of its bytes (a PDF named
 * `.exe` does not), and the ASCII stand-in a download offers clients that cannot read
 * `filename*`.
 */
export const DocumentName = {
  fits(name: string, contentType: string): boolean {
    const extension = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase();
    return !!extension && (DOCUMENT_TYPES[contentType] ?? []).includes(extension);
  },

  asciiFallback(name: string, documentId: number, versionNumber: number): string {
    const extension = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[0] ?? '';
    return `document-${documentId}-v${versionNumber}${extension.toLowerCase()}`;
  },
};
