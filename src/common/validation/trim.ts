import { Transform } from 'class-transformer';

/** Trims text input and removes control characters, which have no place in a name or note. */
export const Trim = () =>
  Transform(({ value }) =>
    typeof value === 'string'
      ? // eslint-disable-next-line no-control-regex
        value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim()
      : value,
  );
