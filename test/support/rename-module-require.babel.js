// Babel plugin for the tests only. A few NestJS 12 ES modules declare their own
// `const require = createRequire(import.meta.url)`; once turned into CommonJS, that local
// binding would shadow the real `require` the transform adds above it. Rename it first.
module.exports = function renameModuleRequire() {
  return {
    name: 'rename-module-require',
    visitor: {
      Program(path) {
        if (path.scope.hasOwnBinding('require')) path.scope.rename('require', '_esmRequire');
      },
    },
  };
};
