import pino, { DestinationStream, Logger } from 'pino';
import type { LogLevel } from '../../config/app-config';

/**
 * JSON logs on stdout. Paths that could carry a secret are censored wherever they appear,
 * as a second line of defence: request bodies and headers are never logged in the first place.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'crm' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'password',
        '*.password',
        '*.newPassword',
        '*.currentPassword',
        '*.refreshToken',
        '*.accessToken',
        '*.otp',
        'req.headers.authorization',
        'req.headers.cookie',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
