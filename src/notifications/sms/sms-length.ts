/** A single SMS holds 70 characters (UCS-2, which any Chinese text needs). */
export const SINGLE_SEGMENT_CHARS = 70;
/** A part of a longer, concatenated SMS holds 67: the rest carries the joining header. */
export const CONCATENATED_SEGMENT_CHARS = 67;

/** What the recipient's phone shows and what the gateway bills. */
export interface SmsLength {
  /** the text as received: the signature 【签名】 first, as Chinese gateways put it */
  text: string;
  /** characters, signature included (UTF-16 units, as the UCS-2 encoding counts them) */
  length: number;
  /** 1 up to 70 characters; above that ⌈length ÷ 67⌉ */
  segments: number;
}

/**
 * The length and segment count of `body` sent under `signName`, the way Chinese carriers and
 * Aliyun count: every character (Chinese, Latin, digit, punctuation) is one, the signature
 * with its brackets is counted in, 70 make one SMS and a longer one goes in parts of 67.
 */
export function smsLength(body: string, signName: string): SmsLength {
  const text = signName ? `【${signName}】${body}` : body;
  const length = text.length;
  const segments =
    length === 0
      ? 0
      : length <= SINGLE_SEGMENT_CHARS
        ? 1
        : Math.ceil(length / CONCATENATED_SEGMENT_CHARS);
  return { text, length, segments };
}
