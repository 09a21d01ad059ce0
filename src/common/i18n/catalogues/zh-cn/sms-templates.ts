/** 简体中文, SMS templates (§9.4) and the SMS gateway. */
export const SMS_TEMPLATES_ZH_CN = {
  smsTemplates: {
    entity: '短信模板',
    badTemplateRef: '模板必须有有效的键（最多 64 个字符）和最多 20 个文字参数',
    duplicateName: '已有名为“{{name}}”的短信模板（编号 {{id}}）：请换一个名称，或修改那个模板。',
    badPlaceholders: '模板中有无效的占位符：{{problems}}。{{kind}}类模板只能使用 {{known}}。',
    unknownPlaceholder: '未知的占位符 {{placeholder}}',
    unmatchedBrace: '有不成对的 { 或 }',
    missingValues: '模板需要这些占位符的值：{{missing}}。',
    missingValuesDetail: '缺少 {{placeholder}} 的值',
    unknownValues: '这些值不是{{kind}}类模板的占位符：{{unknown}}。只能使用 {{known}}。',
    unknownValuesDetail: '{{placeholder}} 不是这一类模板的占位符',
    inactive: '短信模板“{{name}}”已停用：请先启用它，或选择其他模板。',
  },
};
