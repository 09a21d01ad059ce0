/** The colleague who wrote or changed a script. */
export class ScriptAuthorView {
  id: number;
  displayName: string;
}
