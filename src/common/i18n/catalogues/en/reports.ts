import type { Catalogue } from '../../catalogue';

/** English, the reports (§8). */
export const REPORTS_EN: Pick<Catalogue, 'reports'> = {
  reports: {
    forbidden: 'You may not run “{{title}}”: ask an admin for the permission.',
    unknownParameters: '“{{title}}” does not take {{names}}: leave them out.',
    notTaken: 'this report does not take it',
    missingParameters: 'Missing {{names}}: add them and run the report again.',
    required: 'required',
    periodReversed: 'The period starts (from) after it ends (to): swap them.',
    periodTooLong: 'A period is at most {{days}} days: shorten it, or run the report in parts.',
    period: 'Period {{from}} to {{to}}',
    course: 'Course {{id}}',
    allTime: 'All time',
    generatedAt: 'Generated {{at}}',
    noRows: '(no data)',
    chartsSheet: 'Charts',
    classLabel: '{{course}} term {{term}}',
    total: 'Total',
    financeClasses: {
      title: 'Finance: fees by class',
      className: 'Class',
      students: 'Students',
      due: 'Due',
      paid: 'Received',
      refunded: 'Refunded',
      outstanding: 'Outstanding',
      overdue: 'Overdue',
      chart: 'Received and outstanding by class (yuan)',
    },
  },
};
