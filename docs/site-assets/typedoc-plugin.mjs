// A typedoc plugin for the co-commissioning documentation site. Before typedoc turns a page's
// markdown into HTML, it replaces each `<!-- co-commissioning:NAME -->` marker in the guides with
// a block drawn from the library's data (docs/site-assets/renderData.ts): the responsibility
// matrix, the state machine diagram as inline SVG, the guards, the rules and the sources. The
// site therefore needs no script and no network to show them, and they cannot drift from the code.

import { tsImport } from 'tsx/esm/api';
import { MarkdownEvent } from 'typedoc';

/** @param {import('typedoc').Application} app */
export async function load(app) {
  const { expandMarkers } = await tsImport('./renderData.ts', import.meta.url);
  const cache = new Map();
  app.renderer.on(
    MarkdownEvent.PARSE,
    (event) => {
      if (!event.parsedText.includes('<!--')) return;
      const cached = cache.get(event.parsedText);
      if (cached !== undefined) {
        event.parsedText = cached;
        return;
      }
      try {
        const expanded = expandMarkers(event.parsedText);
        cache.set(event.parsedText, expanded);
        event.parsedText = expanded;
      } catch (error) {
        app.logger.error(error instanceof Error ? error.message : String(error));
      }
    },
    // Before typedoc's own listener, which turns the markdown into HTML.
    100,
  );
}
