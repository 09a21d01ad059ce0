import { ValidateIf } from 'class-validator';

/**
 * A field that may be left out or sent as null to clear it (its column is nullable); any
 * other value is checked by the field's rules.
 */
export const Nullable = () => ValidateIf((_, value) => value !== undefined && value !== null);
