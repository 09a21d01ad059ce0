/** What a job's run is told: the instant it started (from the Clock) and its run record. */
export interface JobContext {
  now: Date;
  runId: number;
}
