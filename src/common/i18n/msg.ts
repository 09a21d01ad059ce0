import type { MessageKey } from './catalogue';

/** A value put into a message: lists are joined, messages translated, in the reader's language. */
export type MsgParam = string | number | Msg | readonly (string | number | Msg)[];

/**
 * A text for a person, not yet in any language: a catalogue key and the values it shows.
 * It is translated when it reaches its reader (the error filter, the inbox, a file).
 */
export interface Msg {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, MsgParam>>;
}

export function msg(key: MessageKey, params?: Record<string, MsgParam>): Msg {
  return params ? { key, params } : { key };
}

export function isMsg(value: unknown): value is Msg {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as Msg).key === 'string'
  );
}
