import type { Catalogue } from '../../catalogue';

/** English, SMS templates (§9.4) and the SMS gateway. */
export const SMS_TEMPLATES_EN: Pick<Catalogue, 'smsTemplates'> = {
  smsTemplates: {
    entity: 'SMS template',
    badTemplateRef:
      'the template needs a valid key (at most 64 characters) and at most 20 text values',
    duplicateName:
      'There is an SMS template named “{{name}}” already (id {{id}}): choose another name, or edit that one.',
    badPlaceholders:
      'The template has invalid placeholders: {{problems}}. A {{kind}} template may use only {{known}}.',
    unknownPlaceholder: 'unknown placeholder {{placeholder}}',
    unmatchedBrace: 'an unmatched { or }',
    missingValues: 'The template needs values for these placeholders: {{missing}}.',
    missingValuesDetail: 'no value for {{placeholder}}',
    unknownValues:
      'These values are not placeholders of a {{kind}} template: {{unknown}}. Use only {{known}}.',
    unknownValuesDetail: '{{placeholder}} is not a placeholder of this kind of template',
    inactive: 'The SMS template “{{name}}” is switched off: switch it on, or choose another one.',
  },
};
