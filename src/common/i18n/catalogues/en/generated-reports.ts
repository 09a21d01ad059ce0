import type { Catalogue } from '../../catalogue';

/** English, the report files generated and kept, and the schedules that make them. */
export const GENERATED_REPORTS_EN: Pick<Catalogue, 'generatedReports'> = {
  generatedReports: {
    entities: {
      file: 'report file',
      schedule: 'report schedule',
    },
    triggers: {
      nightly: 'Nightly generation',
      schedule: 'A report schedule',
      request: 'Generated on request',
    },
    notice: {
      title: '{{files}} report files generated',
      body: '{{by}}: {{reports}} reports ({{files}} PDF and Excel files) are stored; download them from the generated reports.',
    },
    cronInvalid:
      'The schedule "{{cron}}" is not a valid cron expression: write five fields (minute hour day month weekday), e.g. 0 2 * * * for 2:00 every day.',
    cronTooOften:
      'A report schedule runs at most once every {{minutes}} minutes: choose a sparser time, e.g. 0 * * * * (every hour) or 0 2 * * * (2:00 every day).',
    cronRule: 'a five-field cron expression, at most hourly',
    parametersWithoutReport:
      'Parameters need a report (reportKey): add it, or leave the parameters out to run the nightly generation.',
    unknownReport: 'There is no report "{{key}}": choose one of the catalogue (GET /api/reports).',
    unknownReportRule: 'not a report of the catalogue',
    nothingToChange: 'Nothing to change: give at least one of parameters, cron or enabled.',
  },
};
