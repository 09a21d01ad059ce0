/** 简体中文, courses and classes (§9.1, §9.2). */
export const CLASSES_ZH_CN = {
  courses: {
    codeTaken: '课程代码 {{code}} 已被使用，请换一个。',
    mainLineFixed:
      '{{name}}属于三阶段主线课程（一阶段 TR1 → 二阶段 TR2 → 三阶段 TA）：主线课程不能改名、调整顺序、改阶段、停用或删除，只能修改默认学费和说明。',
    mainLineFixedDetail: '主线课程不能修改此项',
    stageFixed: '课程的阶段不能修改：只有三门主线课程有阶段，工具课程没有。',
    inUse:
      '课程 {{name}} 已有班级使用，不能删除；请改为停用（active 设为 false），已有班级不受影响。',
    tooMany: '课程已达 {{limit}} 门的上限：请先删除或停用不再开设的工具课程。',
    retired: '课程 {{name}} 已停用，不能再开新班：请先启用它，或选择其他课程。',
    retiredDetail: '课程已停用',
  },
  classes: {
    termTaken: '{{course}}第 {{term}} 期已经存在，请换一个期数。',
    termTakenDetail: '本课程已有此期数',
    datesOutOfOrder: '班级的日期顺序不对：{{problems}}。',
    endBeforeStart: '结束日期不能早于开始日期',
    firstWeekOutside: '首周日期必须在开始和结束日期之间',
    lastWeekOutside: '末周日期必须在开始和结束日期之间',
    lastWeekBeforeFirst: '末周日期不能早于首周日期',
    badRegion: '会场的省份或城市无效：请从 GET /api/regions 中选择。',
    badRegionDetail: '不是有效的地区代码，或城市不属于该省份',
    badTransition: '班级现在是“{{from}}”，不能改为“{{to}}”。{{allowed}}',
    allowedNext: '可以改为：{{statuses}}。',
    noNext: '该班级已经{{from}}，状态不能再改变。',
    closed: '班级已经{{status}}，只能修改备注。',
    closedDetail: '班级已结束或取消',
    status: {
      planning: '筹备中',
      enrolling: '招生中',
      running: '进行中',
      finished: '已结束',
      cancelled: '已取消',
    },
  },
};
