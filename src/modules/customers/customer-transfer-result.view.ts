/** What a transfer of customers to another owner changed. */
export class CustomerTransferResultView {
  /** customers that changed owner */
  moved: number;
}
