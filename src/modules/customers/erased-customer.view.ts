/** A customer whose personal data was erased (PIPL): what remains to refer to it. */
export class ErasedCustomerView {
  id: number;
  code: string;
  erasedAt: Date;
}
