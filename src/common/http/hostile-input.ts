/** How deep a request body or query may nest: real bodies go 4 levels down; 10,000 overflow the stack. */
export const MAX_INPUT_DEPTH = 32;

export type HostileInputKind = 'too_deep' | 'nul_byte' | 'lone_surrogate';

export interface HostileInput {
  kind: HostileInputKind;
  /** where, e.g. `care.anniversaries.0.name` */
  field: string;
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one: text
// that is not valid UTF-16 and that no database or validator can take (PostgreSQL refuses
// NUL bytes in text, validator.js throws on lone surrogates).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function textFault(text: string): HostileInputKind | undefined {
  if (text.includes('\u0000')) return 'nul_byte';
  if (LONE_SURROGATE.test(text)) return 'lone_surrogate';
  return undefined;
}

/**
 * The first thing in parsed input (a JSON body, a query) that no field may hold: nesting
 * deeper than MAX_INPUT_DEPTH, a NUL byte, or a lone surrogate, in a value or a key. Walks
 * with its own stack, never by recursion, so that the depth it measures cannot overflow it.
 */
export function findHostileInput(
  input: unknown,
  maxDepth = MAX_INPUT_DEPTH,
): HostileInput | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: input, path: '', depth: 0 },
  ];
  while (stack.length) {
    const { value, path, depth } = stack.pop() as (typeof stack)[number];
    if (typeof value === 'string') {
      const kind = textFault(value);
      if (kind) return { kind, field: path || 'body' };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) return { kind: 'too_deep', field: path || 'body' };
    for (const [key, child] of Object.entries(value)) {
      const field = path ? `${path}.${key}` : key;
      const kind = textFault(key);
      // eslint-disable-next-line no-control-regex
      if (kind) return { kind, field: field.replace(/[\ud800-\udfff\u0000]/g, '?') };
      stack.push({ value: child, path: field, depth: depth + 1 });
    }
  }
  return undefined;
}
