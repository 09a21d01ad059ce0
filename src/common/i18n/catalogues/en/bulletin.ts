import type { Catalogue } from '../../catalogue';

/** English, the bulletin board (§6). */
export const BULLETIN_EN: Pick<Catalogue, 'bulletin'> = {
  bulletin: {
    entities: {
      notice: 'notice',
    },
    notYours:
      'Only the author of a notice or a manager may change or withdraw it, or see who has not read it.',
    titleEmpty: 'The title is empty once HTML tags are taken out: write the title as text.',
    rolesWithAll:
      'A notice for all staff (audience "all") names no roles; to show it to some roles only, set audience to "roles".',
    rolesNeeded:
      'A notice for some roles only (audience "roles") needs at least one role in roles.',
    attachmentsUnavailable:
      'These documents cannot be attached to the notice: {{ids}}. They do not exist, were deleted, or are not shown to you; check them in the document library and choose again.',
    periodReversed:
      "The end of the notice's display period (visibleTo) must be after its start (visibleFrom).",
    calendarNotAllowed:
      'You may not read classes, so the course calendar is not shown: ask an administrator for access.',
  },
};
