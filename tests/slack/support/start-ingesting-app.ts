import { createArticleExtractor } from '../../../src/corpus/create-extractor.js';
import { createIngestService, type IngestService } from '../../../src/corpus/create-ingest-service.js';
import type { CreateAppDeps } from '../../../src/slack/create-app.js';
import type { Subcommand } from '../../../src/slack/commands/subcommand.js';
import { serve, type Route } from '../../corpus/support/serve.js';
import { tempCorpus } from '../../corpus/support/temp-corpus.js';
import { startTestApp, type TestApp } from './start-test-app.js';

export interface IngestingApp {
  site: Awaited<ReturnType<typeof serve>>;
  corpus: Awaited<ReturnType<typeof tempCorpus>>;
  service: IngestService;
  t: TestApp;
  close(): Promise<void>;
}

/**
 * The real app over a temp corpus of `seedCount` seeds that can fetch pages from a loopback
 * "news site" serving `routes` (private addresses allowed for it), as `/minerals add` does.
 */
export async function startIngestingApp(options: {
  routes: Record<string, Route>;
  seedCount: number;
  subcommands?: (service: IngestService) => Subcommand[];
  extra?: (service: IngestService) => Partial<CreateAppDeps>;
}): Promise<IngestingApp> {
  const extractor = createArticleExtractor();
  const site = await serve(options.routes);
  const corpus = await tempCorpus(options.seedCount);
  const service = createIngestService({
    extractor,
    engine: corpus.engine,
    seedsDir: corpus.seedsDir,
    dataDir: corpus.dataDir,
    fetchOptions: { allowPrivateUrls: true },
    saveDelayMs: 10,
  });
  const t = await startTestApp({
    engine: corpus.engine,
    subcommands: options.subcommands?.(service) ?? [],
    ...(options.extra ? { extra: async () => options.extra!(service) } : {}),
  });
  // Adding is for editors; with MINERALS_EDITORS unset, workspace admins are editors, and the test asker is
  // one.
  t.fake.users.set('U0ASKER', { is_admin: true });
  return {
    site,
    corpus,
    service,
    t,
    async close() {
      await t.close();
      await service.close();
      await extractor.close();
      await corpus.cleanup();
      await site.close();
    },
  };
}
