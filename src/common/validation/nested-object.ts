import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';

/**
 * A field holding one object of a DTO class. `@ValidateNested()` alone accepts an array
 * (each element is validated as the class, and `[]` passes), which then reaches the service
 * as a list where it expects an object.
 */
export const NestedObject = (type: () => new () => object) =>
  applyDecorators(IsObject(), ValidateNested(), Type(type));
