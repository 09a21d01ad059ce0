import type { JobDefinition } from './job-definition';
import { JobRegistry } from './job-registry';

function job(overrides: Partial<JobDefinition> = {}): JobDefinition {
  return {
    name: 'care-messages',
    description: 'Queues the day’s care messages',
    cron: '0 30 8 * * *',
    maxIntervalMinutes: 1500,
    leaseSeconds: 600,
    run: async () => ({}),
    ...overrides,
  };
}

describe('JobRegistry', () => {
  it('keeps jobs in registration order and finds them by name', () => {
    const registry = new JobRegistry();
    registry.register(job());
    registry.register(job({ name: 'sms-dispatch', cron: '* * * * *' }));
    expect(registry.all().map((def) => def.name)).toEqual(['care-messages', 'sms-dispatch']);
    expect(registry.get('sms-dispatch')?.cron).toBe('* * * * *');
    expect(registry.get('nothing')).toBeUndefined();
  });

  it('refuses at start-up what would never run right', () => {
    const registry = new JobRegistry();
    registry.register(job());
    expect(() => registry.register(job())).toThrow(/registered twice/);
    expect(() => registry.register(job({ name: 'Care_Messages' }))).toThrow(/kebab-case/);
    expect(() => registry.register(job({ name: 'nightly', cron: 'every night' }))).toThrow(
      /invalid cron/,
    );
    expect(() => registry.register(job({ name: 'nightly', maxIntervalMinutes: 0 }))).toThrow(
      /positive/,
    );
  });
});
