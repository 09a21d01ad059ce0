import { IsInt, IsString, MaxLength, validateSync } from 'class-validator';
import { getMetadataStorage } from 'class-validator';
import { cacheValidationMetadata } from './validation-metadata-cache';

class Parent {
  @IsString() @MaxLength(3) name!: unknown;
}

class Child extends Parent {
  @IsInt() age!: unknown;
}

function failures(object: object, groups?: string[]): string[] {
  return validateSync(object, { groups })
    .flatMap((error) => Object.keys(error.constraints ?? {}).map((c) => `${error.property}:${c}`))
    .sort();
}

describe('cacheValidationMetadata', () => {
  beforeAll(() => cacheValidationMetadata());

  it('validates as class-validator does, inherited rules included, again and again', () => {
    const child = Object.assign(new Child(), { name: 'abcd', age: 'x' });
    const expected = ['age:isInt', 'name:maxLength'];
    for (let i = 0; i < 3; i += 1) expect(failures(child)).toEqual(expected);
    expect(failures(Object.assign(new Parent(), { name: 7 }))).toEqual([
      'name:isString',
      'name:maxLength',
    ]);
    expect(failures(Object.assign(new Child(), { name: 'ab', age: 3 }))).toEqual([]);
  });

  it('keeps answers apart by options', () => {
    const child = Object.assign(new Child(), { name: 'abcd', age: 'x' });
    expect(failures(child)).toHaveLength(2);
    // Rules without groups do not apply when groups are asked for (always is false): no
    // rule is left, which class-validator reports as an unknown value.
    expect(failures(child, ['admin'])).toEqual(['undefined:unknownValue']);
    expect(failures(child)).toHaveLength(2);
  });

  it('sees rules added after a class was validated', () => {
    class Late {
      @IsInt() count!: unknown;
    }
    expect(failures(Object.assign(new Late(), { count: 'x' }))).toEqual(['count:isInt']);
    // A rule declared afterwards (what a decorator of a class loaded later does).
    IsString()(Late.prototype, 'label');
    expect(failures(Object.assign(new Late(), { count: 1, label: 5 }))).toEqual(['label:isString']);
  });

  it('is installed once however often it is called', () => {
    const storage = getMetadataStorage();
    const installed = storage.getTargetValidationMetadatas;
    cacheValidationMetadata();
    expect(storage.getTargetValidationMetadatas).toBe(installed);
  });
});
