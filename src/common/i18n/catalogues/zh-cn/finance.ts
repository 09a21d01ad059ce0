/** 简体中文, enrolment and its money (§4.2.2, §4.2.3). */
export const FINANCE_ZH_CN = {
  enrolment: {
    notClassDay: '{{day}} 不是这个班级的上课日期（{{from}} 至 {{to}}）。',
    notClassDayDetail: '不在班级日期内',
    notOnRoster:
      '报名 {{ids}} 不在这个班级的名单上（或重复出现）：只能给本班在读和已毕业的学员记考勤，每人一次。',
    notOnRosterDetail: '不在本班名单上',
    dropoutRisk: '流失风险：学员在{{course}}第{{term}}期连续 {{absences}} 次缺勤，请尽快联系。',
    winBack:
      '劝返：学员于 {{date}} 从{{course}}第{{term}}期下车（{{reason}}），请联系了解情况，争取重新上车。',
    transferTarget: '换班只能换到同一课程的另一个班级。',
    rejoinTarget: '重新上车只能回到原班级，或同一课程中开课不早于原班级的班级。',
    badStep: '学员现在是“{{status}}”状态，不能改为“{{to}}”。',
    notOnStaff: '助教/教练 {{id}} 没有以该身份服务这个班级：请先在班级的人员安排中加上。',
    notClassGroup: '分组 {{id}} 不属于这个班级。',
    recordInvalid: '学员档案中有的人员或分组不属于这个班级：请看 details。',
    status: {
      enrolled: '在读',
      graduated: '已毕业',
      dropped: '已下车',
      refunded: '已退费',
    },
    preClassTalk:
      '课前沟通：{{course}}第{{term}}期，{{start}} 开课；学费已付清，请帮学员做好课前准备。',
    notEnrolling:
      '班级{{course}}第{{term}}期现在是“{{status}}”状态，不能报名：只有“招生中”的班级接受报名。',
    full: '班级{{course}}第{{term}}期已满（{{capacity}} 人），不能再报名；请联系教务增加名额或选择其他班级。',
    alreadyEnrolled:
      '该客户已经报名了班级{{course}}第{{term}}期（报名编号 {{id}}），不能重复报名。',
    prerequisite:
      '报名{{stage}}需要先从{{previous}}毕业，该客户还没有毕业记录；如确需破格报名，请经理填写原因（overrideReason）后提交。',
    overrideForbidden: '只有经理可以破格报名（跳过前一阶段的毕业要求）。',
    overrideNotNeeded: '该客户不需要破格报名：请去掉 overrideReason。',
    discountNeedsReason: '有优惠时必须写明优惠原因（discountReason）。',
    discountNeedsReasonDetail: '有优惠时必填',
    oneFiller: '代报名人只能填一个：客户（filledInByCustomerId）或员工（filledInByUserId）。',
    selfFiller: '代报名人不能是学员本人。',
    fillerNotStaff: '代报名的员工（编号 {{id}}）不存在或已停用。',
  },
  finance: {
    discountTooLarge: '优惠不能超过课程学费 {{fee}} 元。',
    discountTooLargeDetail: '不能超过学费',
    othersMoney: '您只能查看自己报名的学员的收费情况。',
    keyRequired:
      '收付款请求必须带 Idempotency-Key 请求头（例如一个 UUID）：网络重试时，同一个键保证这笔钱只记一次。',
    paidInFuture: '收款时间不能晚于现在。',
    paidInFutureDetail: '不能晚于现在',
    notAPayment: '只能冲正收款记录；学费、优惠和冲正记录本身不能冲正。',
    alreadyReversed: '收款 {{receipt}} 已经冲正过了，不能再次冲正。',
    overpayment: '这笔 {{amount}} 元超过了尚欠的 {{outstanding}} 元：不能多收，请核对金额。',
    notReversible: '这笔应收现在是“{{status}}”状态，其中的收款不能再冲正。',
    notRefundable: '这笔应收现在是“{{status}}”状态，不能再退费。',
    refundTooLarge: '退费金额不能超过已收且未退的 {{refundable}} 元。',
    refundPending: '这笔应收已有一份待审批的退费申请（编号 {{id}}）：请等它审批完再提交新的。',
    refundDecided: '这份退费申请已经处理过了（{{status}}），不能再审批。',
    approverIsRequester: '退费申请不能由申请人自己审批：请由另一位财务或经理审批。',
    documentInvalid:
      '书面退费申请（documentId）无效：请先上传申请的扫描件或 PDF，再用返回的编号提交。',
    documentInvalidDetail: '请先上传书面申请',
    refundStatus: {
      pending: '待审批',
      rejected: '已驳回',
      executed: '已退费',
    },
    notPlannable: '这笔应收现在是“{{status}}”状态，不能再安排回款计划。',
    planOrder: '回款计划的各期日期必须依次递增。',
    planOrderDetail: '必须晚于上一期',
    planTotal: '回款计划各期合计 {{total}} 元，应等于应收的 {{due}} 元。',
    planTotalDetail: '合计必须等于应收金额',
    overdueReminder: '催缴：第 {{seq}} 期应于 {{date}} 前付清，目前尚欠 {{owed}} 元，请联系学员。',
    notPayable: '这笔应收现在是“{{status}}”状态，不能再登记收款。',
    status: {
      open: '未付款',
      partly_paid: '部分付款',
      paid: '已付清',
      refunded: '已退费',
      written_off: '已核销',
    },
  },
};
