/** What a group SMS needs of a customer to text them, or to say why it does not. */
export interface CampaignRecipient {
  id: number;
  name: string;
  /** the full number: the SMS goes to it; never shown */
  mobile: string;
  /** erased on request (PIPL) or deleted */
  gone: boolean;
  /** opted out of marketing texts, or of every care text */
  optedOut: boolean;
}
