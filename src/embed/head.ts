// Runs in the embed page's <head>, before anything is painted: applies ?theme=, ?plain= and the
// compact mode, so a dark host never sees a light flash. No storage: embeds may run in a sandbox
// with an opaque origin, where localStorage throws.
import { parseEmbedOptions } from './options.ts';

const options = parseEmbedOptions(location.search, location.hash);
const root = document.documentElement;
// Scripts run: controls that only work with them (the chart filter) take their place from the
// first paint instead of pushing the chart down when the enhancement runs (a layout shift).
root.dataset['scripts'] = '';
if (options.theme !== 'auto') root.dataset['theme'] = options.theme;
if (options.plain) root.dataset['plain'] = '';
if (options.compact) root.dataset['compact'] = '';
