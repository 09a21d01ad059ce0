// Two projects: unit specs beside the code, e2e suites over HTTP in test/.
// ts-jest transpiles each file on its own (no type check: `npm run typecheck` does that),
// keeping the decorator metadata Nest's dependency injection needs. NestJS 12 ships ES
// modules, which Node 20 can require() but Jest's module runtime cannot, so those packages
// are turned into CommonJS for the tests as well.
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: false }],
  '^.+\\.js$': [
    'babel-jest',
    {
      babelrc: false,
      configFile: false,
      plugins: [
        require.resolve('./test/support/rename-module-require.babel.js'),
        'babel-plugin-transform-import-meta',
        '@babel/plugin-transform-dynamic-import',
        '@babel/plugin-transform-modules-commonjs',
      ],
    },
  ],
};
// content-disposition 3 (used by @fastify/static, which serves the API documentation's
// pages) ships ES modules too.
const transformIgnorePatterns = ['/node_modules/(?!(@nestjs|@fastify/static/node_modules/content-disposition|content-disposition)/)'];

// Some e2e suites test what only one kind of database does: `*.sqlite.e2e-spec.ts` (the
// embedded file: one connection, file locks) and `*.postgres.e2e-spec.ts` (a server: killed
// connections). Each runs where it applies; the rest run on both.
const onPostgres = process.env.DB_TYPE === 'postgres';
const otherDatabaseSuites = [onPostgres ? '\\.sqlite\\.e2e-spec\\.ts$' : '\\.postgres\\.e2e-spec\\.ts$'];

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
      testPathIgnorePatterns: ['/node_modules/', ...otherDatabaseSuites],
      transform,
      transformIgnorePatterns,
    },
  ],
  testTimeout: 60000,
};
