// Ratios measured in the same run, so they survive a noisy machine: our chapter pages' client
// code against the full D3 bundle, and our embed loader against pym.js. Both sides of each ratio
// are compressed here with the same settings.
import { readFileSync } from 'node:fs';
import { brotliSize, gzipSize } from './measure.ts';

export interface Comparison {
  ours: { what: string; brotli: number; gzip: number; raw: number };
  theirs: { what: string; brotli: number; gzip: number; raw: number };
  /** ours / theirs, brotli. */
  ratio: number;
}

const sizes = (what: string, text: string | Uint8Array) => ({
  what,
  brotli: brotliSize(text),
  gzip: gzipSize(text),
  raw: typeof text === 'string' ? Buffer.byteLength(text) : text.byteLength,
});

export function compare(ours: { what: string; text: string | Uint8Array }, theirsFile: { what: string; path: string }): Comparison {
  const a = sizes(ours.what, ours.text);
  const b = sizes(theirsFile.what, readFileSync(theirsFile.path));
  return { ours: a, theirs: b, ratio: a.brotli / b.brotli };
}
