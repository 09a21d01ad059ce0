/** An uploaded written refund request, to submit with the request by its id. */
export class RefundDocumentView {
  id: string;
  name: string;
  size: number;
  /** as sniffed from the bytes: application/pdf, image/jpeg or image/png */
  contentType: string;
}
