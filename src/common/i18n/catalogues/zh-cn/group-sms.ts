/** 简体中文, group SMS (§1.2 j 客户群发短信). */
export const GROUP_SMS_ZH_CN = {
  groupSms: {
    entity: '群发短信',
    audience:
      '请二选一指定收件人：audience 为 customers 时用 filter（客户列表的筛选条件），为 class 时填 classId。',
    notForAudience: '与所选的收件人类型不符',
    classRequired: '给班级群发时必须填写 classId',
    mayNotListCustomers: '您不能查看客户列表，因此不能按客户筛选条件群发。',
    mayNotReadRoster: '您不能查看班级名单，因此不能给班级群发。',
    noTemplate: '短信模板 {{id}} 不存在，或不是群发（group）、通知（notice）类的模板。',
    noTemplateDetail: '没有这个群发或通知类的短信模板',
    awaitingApproval:
      '这条群发短信有 {{count}} 位收件人，超过 {{limit}} 人，正在等待另一位经理批准，批准后才能开始发送。',
    notStartable: '群发短信现在是“{{status}}”状态，不能开始发送。',
    notAwaiting: '群发短信现在是“{{status}}”状态，不在等待审批。',
    notCancellable: '群发短信现在是“{{status}}”状态，不能取消。',
    ownApproval: '不能审批自己创建的群发短信：请另一位经理审批。',
    changedMeanwhile: '这条群发短信刚被他人改变了状态，请刷新后重试。',
    notify: {
      awaitingTitle: '群发短信“{{name}}”待您审批',
      awaitingBody: '{{by}}创建的群发短信有 {{count}} 位收件人，需要另一位经理批准后才能发送。',
      approvedTitle: '群发短信“{{name}}”已获批准',
      approvedBody: '{{by}}已批准，现在可以开始发送。',
      rejectedTitle: '群发短信“{{name}}”被驳回',
      rejectedBody: '{{by}}驳回了它：{{reason}}',
      missing: '这条群发短信已不存在',
    },
    status: {
      draft: '草稿',
      awaiting_approval: '待审批',
      approved: '已批准',
      rejected: '已驳回',
      queuing: '排队中',
      sending: '发送中',
      done: '已完成',
      cancelled: '已取消',
    },
  },
};
