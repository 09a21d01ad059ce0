/** A coach as a class shows them: who, and their level. */
export class ClassCoachView {
  id: number;
  name: string;
  /** the level's label */
  level: string;
}
