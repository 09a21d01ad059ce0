import { PlatformFoundation1764000000000 } from './1764000000000-platform-foundation';

/** Every migration, oldest first. Listed by hand so that the same list runs from src and dist. */
export const ALL_MIGRATIONS = [PlatformFoundation1764000000000];
