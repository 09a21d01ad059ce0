/** How long the writer of a record may still change it (§4.2.1; the API's EDIT_WINDOW_MS). */
export const RECORD_EDIT_WINDOW_MS = 24 * 3600_000;

/**
 * Whether the reader may change a record now, and why (the server enforces the same rule):
 * `manager` may always (editLocked); the writer until `until`; after it `locked`; others never.
 */
export type RecordEditRule =
  | { kind: 'manager' }
  | { kind: 'open'; until: Date }
  | { kind: 'locked' }
  | { kind: 'not-writer' }
  | { kind: 'read-only' };

export function recordEditRule(
  record: { createdAt: string; staff: { id: number } | null },
  reader: { id: number | undefined; mayWrite: boolean; mayEditLocked: boolean },
  now: number,
): RecordEditRule {
  if (!reader.mayWrite) return { kind: 'read-only' };
  if (reader.mayEditLocked) return { kind: 'manager' };
  if (!record.staff || record.staff.id !== reader.id) return { kind: 'not-writer' };
  const until = new Date(new Date(record.createdAt).getTime() + RECORD_EDIT_WINDOW_MS);
  return now < until.getTime() ? { kind: 'open', until } : { kind: 'locked' };
}
