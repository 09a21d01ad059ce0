import type { SmsTemplateKind } from './sms-template-kinds';

/** A placeholder a kind of template may use, with the sample a preview shows for it. */
export class SmsPlaceholderView {
  /** written in a template as {name} */
  name: string;
  sample: string;
}

/** A kind of SMS template and its placeholders. */
export class SmsTemplateKindView {
  kind: SmsTemplateKind;
  placeholders: SmsPlaceholderView[];
}
