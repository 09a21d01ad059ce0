import { getMetadataStorage, type ValidationError } from 'class-validator';
import type { ErrorDetail } from '../errors/domain-error';
import type { MessageKey } from '../i18n/catalogue';
import { msg, type Msg, type MsgParam } from '../i18n/msg';
import { isMessageKey } from '../i18n/translate';

/** The values a rule's message shows, from the rule's constraints (`@MaxLength(50)` → 50). */
const PARAMS_OF: Record<string, (constraints: unknown[]) => Record<string, MsgParam>> = {
  maxLength: ([limit]) => ({ limit: Number(limit) }),
  minLength: ([limit]) => ({ limit: Number(limit) }),
  max: ([limit]) => ({ limit: Number(limit) }),
  min: ([limit]) => ({ limit: Number(limit) }),
  arrayMaxSize: ([limit]) => ({ limit: Number(limit) }),
  arrayMinSize: ([limit]) => ({ limit: Number(limit) }),
  isLength: ([min, max]) => ({ min: Number(min), max: Number(max) }),
  isIn: ([values]) => ({ values: listOf(values) }),
  isEnum: ([, values]) => ({ values: listOf(values) }),
  maxPeriodDays: ([days]) => ({ days: Number(days) }),
  isFen: ([min, max]) => ({ min: Number(min), max: Number(max) }),
};

const storage = getMetadataStorage();
type ValidationMetadata = ReturnType<typeof storage.getTargetValidationMetadatas>[number];
// By the DTO class: what class-validator takes as a target (a constructor).
const rulesOfClass = new Map<
  Parameters<typeof storage.getTargetValidationMetadatas>[0],
  ValidationMetadata[]
>();

/**
 * class-validator's errors as field details, each rule's message from the catalogues
 * (`validation.maxLength`: "must be at most 50 characters long", translated when the
 * answer is written). A rule whose message option is a catalogue key says that message.
 * The errors must keep their target (validationError.target), which names the DTO class.
 */
export function validationDetails(errors: ValidationError[], prefix = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([name, text]) =>
      ruleMessage(error, name, text),
    );
    const nested = validationDetails(error.children ?? [], field);
    return own.length ? [{ field, messages: own }, ...nested] : nested;
  });
}

function ruleMessage(error: ValidationError, name: string, text: string): Msg {
  const rule = ruleOf(error, name);
  const params = rule ? (PARAMS_OF[name]?.(rule.constraints ?? []) ?? {}) : {};
  const key = isMessageKey(text) ? text : `validation.${name}`;
  const message = isMessageKey(key) ? msg(key as MessageKey, params) : msg('validation.invalid');
  return rule?.each ? msg('validation.eachItem', { rule: message }) : message;
}

/** The decorator behind a failed rule, found by the DTO class, the property and the rule's name. */
function ruleOf(error: ValidationError, name: string): ValidationMetadata | undefined {
  const target = error.target?.constructor;
  if (!target) return undefined;
  let rules = rulesOfClass.get(target);
  if (!rules) {
    rules = storage.getTargetValidationMetadatas(target, '', true, false);
    rulesOfClass.set(target, rules);
  }
  return rules.find((rule) => rule.propertyName === error.property && nameOf(rule) === name);
}

function nameOf(rule: ValidationMetadata): string {
  if (rule.type !== 'customValidation') return rule.type;
  return (
    storage.getTargetValidatorConstraints(rule.constraintCls)[0]?.name ?? rule.name ?? rule.type
  );
}

function listOf(values: unknown): string[] {
  return Array.isArray(values) ? values.map(String) : [];
}
