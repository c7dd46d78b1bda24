import type { Engine } from '../../engine/index.js';
import { renderSources } from '../render/render-sources.js';
import type { Subcommand } from './subcommand.js';

/** `/minerals sources`: the articles in the corpus with title, source, date and passage count. */
export function createSourcesCommand(deps: { engine: Engine }): Subcommand {
  return {
    name: 'sources',
    usage: 'sources',
    description: 'List the articles I can quote from.',
    async run({ respond }) {
      await respond({ response_type: 'ephemeral', ...renderSources(deps.engine.articles()) });
    },
  };
}
