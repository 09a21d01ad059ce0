/** A reader's "read" mark on a script. */
export class ScriptReadView {
  scriptId: number;
  /** the version read */
  revision: number;
  readAt: Date;
}
