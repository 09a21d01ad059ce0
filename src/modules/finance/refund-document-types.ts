/** What a written refund request may be, by its bytes: a PDF or a scan. */
export const REFUND_DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
