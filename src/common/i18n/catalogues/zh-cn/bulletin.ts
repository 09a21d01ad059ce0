/** 简体中文, the bulletin board (§6). */
export const BULLETIN_ZH_CN = {
  bulletin: {
    entities: {
      notice: '公告',
    },
    notYours: '只有公告的发布人或管理人员可以修改、撤下公告或查看未读人员。',
    titleEmpty: '公告标题去掉 HTML 标签后为空：请填写文字标题。',
    rolesWithAll:
      '公告面向全体人员（audience 为 all）时不能再指定角色（roles）；只给部分角色看请把 audience 设为 roles。',
    rolesNeeded: '公告只给部分角色看（audience 为 roles）时，请在 roles 中至少选择一个角色。',
    attachmentsUnavailable:
      '这些资料无法附加到公告：{{ids}}。资料不存在、已删除，或您无权查看；请在资料库中确认后再选择。',
    periodReversed: '公告的结束展示时间（visibleTo）必须晚于开始展示时间（visibleFrom）。',
    calendarNotAllowed: '您没有查看班级的权限，看不到课程表：如需查看请联系管理员授权。',
  },
};
