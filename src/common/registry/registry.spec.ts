import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Contributes } from './contributes.decorator';
import { Registry } from './registry';
import { RegistryModule } from './registry.module';

interface Greeting {
  kinds: readonly string[];
  text(): string;
}

@Injectable()
class GreetingRegistry extends Registry<Greeting> {
  constructor() {
    super('Greeting', (greeting) => greeting.kinds);
  }
  protected override check(greeting: Greeting): void {
    if (greeting.kinds.length === 0) throw new Error('A greeting needs a kind.');
  }
}

@Injectable()
class Punctuation {
  readonly mark = '!';
}

@Contributes(GreetingRegistry)
class Hello implements Greeting {
  readonly kinds = ['hello', 'hi'];
  constructor(private readonly punctuation: Punctuation) {}
  text() {
    return `hello${this.punctuation.mark}`;
  }
}

@Module({ providers: [GreetingRegistry], exports: [GreetingRegistry] })
class OwnerModule {}

/** Contributes without importing anything of the owner's but the registry class. */
@Module({ providers: [Punctuation, Hello] })
class ContributorModule {}

describe('Registry', () => {
  it('finds a contribution under each of its keys, in registration order', () => {
    const registry = new GreetingRegistry();
    const a = { kinds: ['a', 'b'], text: () => 'a' };
    const c = { kinds: ['c'], text: () => 'c' };
    registry.register(a);
    registry.register(c);
    expect(registry.get('b')).toBe(a);
    expect(registry.get('nothing')).toBeUndefined();
    expect(registry.all()).toEqual([a, c]);
  });

  it('refuses a key registered twice, and what check() refuses, registering nothing of it', () => {
    const registry = new GreetingRegistry();
    registry.register({ kinds: ['a'], text: () => 'a' });
    expect(() => registry.register({ kinds: ['z', 'a'], text: () => 'z' })).toThrow(
      'Greeting "a" is registered twice.',
    );
    expect(registry.get('z')).toBeUndefined();
    expect(() => registry.register({ kinds: [], text: () => '' })).toThrow(/needs a kind/);
    expect(registry.all()).toHaveLength(1);
  });

  it('collects the @Contributes providers of every module at init, as injected singletons', async () => {
    const app = await Test.createTestingModule({
      imports: [RegistryModule, OwnerModule, ContributorModule],
    }).compile();
    await app.init();
    const registry = app.get(GreetingRegistry);
    expect(registry.all()).toEqual([app.get(Hello)]);
    expect(registry.get('hi')?.text()).toBe('hello!');
    await app.close();
  });
});
