/**
 * The kinds of message an SMS template is for, and per kind the placeholders it may use
 * with the sample each one shows in a preview. Care greetings are not here: their templates
 * and placeholders ({name}, {occasion}, {date}) live in the care module.
 *
 * Placeholder names are ASCII identifiers (common/text/placeholder-text.ts): the same names
 * are the variables of the gateway's template (Aliyun `${course}`).
 */
export const SMS_TEMPLATE_KINDS = {
  /** 通知: a notice to customers */
  notice: { name: '张三', date: '5月10日', time: '19:30', venue: '上海市徐汇区培训中心' },
  /** 开课提醒: a class is about to start */
  'class-reminder': {
    name: '张三',
    course: 'TR1 领袖素质管理',
    className: 'TR1 第12期',
    startDate: '5月10日',
    time: '09:00',
    venue: '上海市徐汇区培训中心',
  },
  /** 缴费提醒: money is due */
  'payment-reminder': {
    name: '张三',
    course: 'TR1 领袖素质管理',
    amount: '3800.00元',
    dueDate: '5月10日',
  },
  /** 群发/营销: group SMS to a selection of customers */
  group: { name: '张三', course: 'TR1 领袖素质管理', startDate: '5月10日' },
} as const satisfies Record<string, Record<string, string>>;

export type SmsTemplateKind = keyof typeof SMS_TEMPLATE_KINDS;

export const SMS_TEMPLATE_KIND_NAMES = Object.keys(SMS_TEMPLATE_KINDS) as SmsTemplateKind[];

/** The placeholders a kind allows. */
export function placeholdersOf(kind: SmsTemplateKind): string[] {
  return Object.keys(SMS_TEMPLATE_KINDS[kind]);
}

/** The sample values a preview fills in where the caller gave none. */
export function samplesOf(kind: SmsTemplateKind): Record<string, string> {
  return { ...SMS_TEMPLATE_KINDS[kind] };
}

/** A template body is at most this long before its placeholders are filled in. */
export const SMS_TEMPLATE_MAX_LENGTH = 500;
