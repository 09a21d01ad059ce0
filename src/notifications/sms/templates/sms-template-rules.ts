import { DomainError } from '../../../common/errors/domain-error';
import { msg, type Msg } from '../../../common/i18n/msg';
import { placeholderProblems } from '../../../common/text/placeholder-text';
import { placeholdersOf, type SmsTemplateKind } from './sms-template-kinds';

/** 400 on `body` naming every placeholder it uses that its kind does not allow. */
export function assertTemplateBody(kind: SmsTemplateKind, body: string, field = 'body'): void {
  const known = placeholdersOf(kind);
  const problems = placeholderProblems(body, known);
  if (problems.length === 0) return;
  const messages = problems.map(placeholderProblem);
  throw DomainError.badRequest(
    msg('smsTemplates.badPlaceholders', {
      problems: messages,
      kind,
      known: known.map((name) => `{${name}}`),
    }),
    [{ field, messages }],
    'VALIDATION_FAILED',
  );
}

/** 400 naming each given value that is not a placeholder of the kind. */
export function assertKnownValues(kind: SmsTemplateKind, values: Record<string, string>): void {
  const known = placeholdersOf(kind);
  const unknown = Object.keys(values).filter((name) => !known.includes(name));
  if (unknown.length === 0) return;
  throw DomainError.badRequest(
    msg('smsTemplates.unknownValues', {
      kind,
      unknown: unknown.map((name) => `{${name}}`),
      known: known.map((name) => `{${name}}`),
    }),
    unknown.map((name) => ({
      field: `values.${name}`,
      messages: [msg('smsTemplates.unknownValuesDetail', { placeholder: `{${name}}` })],
    })),
    'VALIDATION_FAILED',
  );
}

/** A problem placeholderProblems found, as a message: `{unknown}` tokens, or an unmatched brace. */
function placeholderProblem(problem: string): Msg {
  return problem.startsWith('{')
    ? msg('smsTemplates.unknownPlaceholder', { placeholder: problem })
    : msg('smsTemplates.unmatchedBrace');
}
