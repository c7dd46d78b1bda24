/** Import rules checked by `npm run check:cycles` (and so by CI). */
module.exports = {
  forbidden: [
    {
      name: 'no-file-cycles',
      comment: 'No file may import itself through other files.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycles',
      comment: 'No folder may depend on itself through other folders (e.g. slack -> digest -> slack).',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'engine-through-public-module',
      comment: 'Outside src/engine/, the engine is used only through src/engine/index.ts.',
      severity: 'error',
      from: { path: '^src/(?!engine/)' },
      to: { path: '^src/engine/(?!index\\.ts$)' },
    },
    {
      name: 'engine-is-pure',
      comment: 'The engine imports nothing of the app, and no Slack, file system, network or env readers.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: {
        path: '^src/(?!engine/|types/)|^node_modules/(@slack|lowdb|dotenv|chokidar)/|^(node:)?(fs|fs/promises|http|https|net|child_process)$',
      },
    },
    {
      name: 'digest-without-slack',
      comment: 'The digest builds and schedules; Slack rendering and posting live in src/slack/.',
      severity: 'error',
      from: { path: '^src/digest/' },
      to: { path: '^(src/slack/|node_modules/@slack/)' },
    },
    {
      name: 'config-without-features',
      comment: 'config.ts reads the environment; it imports no feature code.',
      severity: 'error',
      from: { path: '^src/config\\.ts$' },
      to: { path: '^src/(?!config\\.ts$)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
