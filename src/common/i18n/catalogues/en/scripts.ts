import type { Catalogue } from '../../catalogue';

/** English, the script library (§7). */
export const SCRIPTS_EN: Pick<Catalogue, 'scripts'> = {
  scripts: {
    entity: 'script',
    versionEntity: 'script version',
    situations: {
      first_call: 'First call',
      course_intro: 'Introducing a course',
      price_objection: 'Price objection',
      rejoin: 'Rejoining after a dropout',
      pre_class: 'Pre-class talk',
      referral: 'Referral',
      care_call: 'Care call',
      other: 'Other',
    },
    nextCourse: {
      first_course: 'Never on the main line yet: the next course is {{course}}',
      next_stage: 'In or graduated from the stage before: the next course is {{course}}',
      rejoin: 'Dropped out of {{course}}: win them back to it',
    },
  },
};
