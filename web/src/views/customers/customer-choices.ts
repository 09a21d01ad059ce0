import type { components } from '../../api/schema';

type CustomerView = components['schemas']['CustomerView'];

/** The fixed lists of a customer's fields (not in the dictionary), in the order offered. */
export const CATEGORIES: readonly CustomerView['category'][] = [
  'prospect',
  'student',
  'guest',
  'assistant',
  'coach',
];
export const STAGES: readonly CustomerView['stage'][] = ['none', 'TR1', 'TR2', 'TA'];
export const GENDERS: readonly CustomerView['gender'][] = ['male', 'female', 'unknown'];
