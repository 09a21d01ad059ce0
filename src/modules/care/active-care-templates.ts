import type { CareOccasion } from './care-occasions';
import type { CareTemplate } from './entities/care-template.entity';

/** A template's key: the occasion, and for a holiday's own template the holiday's code. */
export function templateKeyOf(
  occasion: CareOccasion,
  holidayCode: string | null | undefined,
): string {
  return holidayCode ? `${occasion}:${holidayCode}` : occasion;
}

/** The active templates by key, and which one an occasion uses. */
export class ActiveCareTemplates {
  constructor(private readonly byKey: ReadonlyMap<string, CareTemplate>) {}

  /** A holiday's own template, else the default holiday one; null when none is active. */
  for(occasion: CareOccasion, holidayCode?: string): CareTemplate | null {
    if (occasion === 'holiday' && holidayCode) {
      return (
        this.byKey.get(templateKeyOf('holiday', holidayCode)) ?? this.byKey.get('holiday') ?? null
      );
    }
    return this.byKey.get(occasion) ?? null;
  }
}
