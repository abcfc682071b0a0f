// Folder cycles in the shipped code. Tests are left out: a spec beside the code it tests imports the
// test helpers, which import that code again, and that is no design flaw. Run after the file rules.
const base = require('./.dependency-cruiser.cjs');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycles',
      severity: 'error',
      comment: 'Folders depend one way: a folder cycle means a concept sits in the wrong folder.',
      scope: 'folder',
      from: { path: '^packages/' },
      to: { circular: true },
    },
  ],
  options: {
    ...base.options,
    exclude: { path: '(^|/)(dist|node_modules|coverage|testing|conformance|__fixtures__)/|\\.spec\\.ts$' },
  },
};
