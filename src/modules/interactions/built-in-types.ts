/**
 * The interaction types every training company has (§4, §4.2.7). Seeded by the migration;
 * other modules find theirs by code (enrolment, payment, class record, care).
 */
export const BUILT_IN_TYPES = [
  { code: 'follow_up', name: '跟进', resultRequired: true, reminderLeadMinutes: 30 },
  { code: 'enrolment', name: '报名', resultRequired: false, reminderLeadMinutes: 60 },
  { code: 'pre_class_talk', name: '课前沟通', resultRequired: true, reminderLeadMinutes: 60 },
  { code: 'class_record', name: '上课记录', resultRequired: false, reminderLeadMinutes: 60 },
  { code: 'payment', name: '缴费', resultRequired: false, reminderLeadMinutes: 60 },
  { code: 'care', name: '关怀', resultRequired: false, reminderLeadMinutes: 60 },
] as const;

/** The type the follow-up cycles plan. */
export const FOLLOW_UP_TYPE = 'follow_up';
