/**
 * The one rule for SMS placeholders, shared by care greetings and the SMS templates: a
 * placeholder is a name in braces, `{name}`, and nothing else in a body may use a brace.
 * Names are ASCII identifiers because they double as the variables of a gateway template
 * (Aliyun's `${name}`), which takes no other characters.
 */
const TOKEN = /\{([^{}]*)\}/g;

/**
 * What in `body` is not one of the `allowed` placeholders: `{unknown}` tokens (once each,
 * in order) and, last, `an unmatched { or }` for braces that open or close nothing. Empty
 * when the body is fine.
 */
export function placeholderProblems(body: string, allowed: readonly string[]): string[] {
  const known = new Set(allowed);
  const problems: string[] = [];
  for (const match of body.matchAll(TOKEN)) if (!known.has(match[1])) problems.push(match[0]);
  if (/[{}]/.test(body.replace(TOKEN, ''))) problems.push('an unmatched { or }');
  return [...new Set(problems)];
}

/** The placeholder names a body uses, once each, in order. */
export function placeholdersIn(body: string): string[] {
  return [...new Set([...body.matchAll(TOKEN)].map((match) => match[1]))];
}

/** The body with each placeholder that has a value filled in; the others stay as they are. */
export function fillPlaceholders(body: string, values: Readonly<Record<string, string>>): string {
  return body.replace(TOKEN, (token, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? values[name] : token,
  );
}
