/** A coach's level: the `coach_level` dictionary code and its label. */
export class CoachLevelView {
  code: string;
  label: string;
}
