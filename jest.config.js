// Two projects: unit specs beside the code, e2e suites over HTTP in test/.
// SWC transpiles TypeScript with decorator metadata (Nest's dependency injection needs it).
// NestJS 12 ships ES modules, which Node 20 can require() but Jest's module runtime cannot,
// so SWC also turns those packages into CommonJS for the tests.
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};
const swcJs = {
  jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' },
  module: { type: 'commonjs' },
};
const transform = {
  '^.+\\.ts$': ['@swc/jest', swc],
  '^.+\\.m?js$': ['@swc/jest', swcJs],
};
const transformIgnorePatterns = ['/node_modules/(?!(@nestjs)/)'];

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      transform,
      transformIgnorePatterns,
      testTimeout: 60000,
    },
  ],
};
