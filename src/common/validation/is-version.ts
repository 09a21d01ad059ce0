import { applyDecorators } from '@nestjs/common';
import { IsInt, Max, Min } from 'class-validator';
import { MAX_ID } from './is-id';

/** The `version` a change was based on: an integer column like an id, so bounded the same way. */
export const IsVersion = () => applyDecorators(IsInt(), Min(1), Max(MAX_ID));
