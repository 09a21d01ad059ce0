/** A refusal of the API, as its error body says it: `message` for people, `code` for programs. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  /** The per-field messages of a 400/422 answer, by field name. */
  fieldMessages(): Record<string, string> {
    const out: Record<string, string> = {};
    if (Array.isArray(this.details)) {
      for (const detail of this.details as { field?: string; messages?: string[] }[]) {
        if (detail.field && detail.messages?.length) out[detail.field] = detail.messages.join('；');
      }
    }
    return out;
  }
}
