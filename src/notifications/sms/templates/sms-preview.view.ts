/** A template filled in, as the recipient's phone shows it, and what it costs. */
export class SmsPreviewView {
  /** the text without the signature */
  body: string;
  /** the configured signature 签名 (sms.signName), empty when none is configured */
  signName: string;
  /** what the phone shows: 【signature】 then the text */
  text: string;
  /** characters of `text`, the signature counted in */
  length: number;
  /** SMS billed: 1 up to 70 characters, else ⌈length ÷ 67⌉ (concatenated parts of 67) */
  segments: number;
  /** the values filled in, by placeholder (the ones the text uses) */
  values: Record<string, string>;
  /** the rule applied, single/concatenated characters a segment: `70/67` */
  segmentRule: string;
}
