import type { ReportParameters } from '../report-parameter';

/** One report to render now: its parameters, and what its data looked like. */
export interface Rendering {
  parameters: ReportParameters;
  /**
   * Anything that changes when the report's figures would (a class's status and version, the
   * count and latest change of its enrolments): a rendering whose fingerprint was rendered
   * before for the same parameters is not rendered again.
   */
  fingerprint: string;
}

/**
 * What the nightly generation renders of one report: a business module lists, from its own
 * tables, the parameters worth a fresh file (e.g. the stage-one classes that finished or
 * changed). Contributed as `@Contributes(RenderingSourceRegistry)`.
 */
export interface RenderingSource {
  /** the report's key in ReportRegistry, e.g. `stage-one` */
  readonly key: string;
  renderings(): Promise<Rendering[]>;
}
