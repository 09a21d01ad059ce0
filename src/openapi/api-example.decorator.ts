/** The classes that carry an example for the document, and their examples. */
const examples = new Map<abstract new (...args: never[]) => unknown, Record<string, unknown>>();

/**
 * A whole example of a DTO for the API document (one realistic request, in Chinese as the
 * users write it), set on the class's schema by the document post-processor.
 */
export function ApiExample(example: Record<string, unknown>): ClassDecorator {
  return (target) => {
    examples.set(target as unknown as abstract new (...args: never[]) => unknown, example);
  };
}

/** Every class given an example, by schema name (the class name). */
export function documentedExamples(): Map<string, Record<string, unknown>> {
  return new Map([...examples].map(([target, example]) => [target.name, example]));
}
