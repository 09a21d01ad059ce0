/** 简体中文, the script library (常用术语集, §7). */
export const SCRIPTS_ZH_CN = {
  scripts: {
    entity: '话术',
    versionEntity: '话术版本',
    situations: {
      first_call: '首次通话',
      course_intro: '课程介绍',
      price_objection: '价格异议',
      rejoin: '下车后再上车',
      pre_class: '课前沟通',
      referral: '感召',
      care_call: '关怀回访',
      other: '其他',
    },
    nextCourse: {
      first_course: '尚未进过主线课程，下一门是{{course}}',
      next_stage: '正在上或已结业上一阶段，下一门是{{course}}',
      rejoin: '曾在{{course}}下车，劝其重新上车',
    },
  },
};
