/** 简体中文, the report files generated and kept, and the schedules that make them. */
export const GENERATED_REPORTS_ZH_CN = {
  generatedReports: {
    entities: {
      file: '报表文件',
      schedule: '报表计划',
    },
    triggers: {
      nightly: '每晚自动生成',
      schedule: '报表计划',
      request: '手动生成',
    },
    notice: {
      title: '已生成 {{files}} 个报表文件',
      body: '{{by}}：{{reports}} 份报表（PDF 和 Excel 共 {{files}} 个文件）已保存，可在“已生成的报表”中下载。',
    },
    cronInvalid:
      '计划时间“{{cron}}”不是有效的 cron 表达式：请写五段（分 时 日 月 周），例如 0 2 * * * 表示每天 2:00。',
    cronTooOften:
      '报表计划最多每 {{minutes}} 分钟运行一次：请改为更稀的时间，例如 0 * * * *（每小时整点）或 0 2 * * *（每天 2:00）。',
    cronRule: '五段 cron 表达式，最多每小时一次',
    parametersWithoutReport:
      '给出参数时须同时给出报表（reportKey）：请补上，或去掉参数以运行每晚的生成。',
    unknownReport: '没有代码为“{{key}}”的报表：请从报表目录（GET /api/reports）中选择。',
    unknownReportRule: '不是报表目录中的报表',
    nothingToChange: '没有要修改的内容：请给出 parameters、cron 或 enabled 中的至少一项。',
  },
};
