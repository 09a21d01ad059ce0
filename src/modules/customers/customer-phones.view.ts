/** A customer's phone numbers in full (revealing them is audited and counts to the quota). */
export class CustomerPhonesView {
  mobile: string;
  otherPhones: string[];
}
