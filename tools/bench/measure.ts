// Compression and statistics shared by every figure of the benchmark. The compressor settings
// are the static server's (tools/serve.ts: brotli quality 11, gzip level 9), so a size measured
// here is a size a reader downloads.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function brotliSize(data: string | Uint8Array): number {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  if (bytes.byteLength === 0) return 0;
  return brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength },
  }).byteLength;
}

export function gzipSize(data: string | Uint8Array): number {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  if (bytes.byteLength === 0) return 0;
  return gzipSync(bytes, { level: 9 }).byteLength;
}

/** The middle value (the mean of the two middle ones for an even count); undefined for none. */
export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Bytes as the table shows them: "12.3 KB" (1 KB = 1,024 bytes), "850 B" below 1 KB. */
export function kb(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

export function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`;
}

let ticksPerSecond: number | undefined;

/**
 * CPU time (user + system, ms) used so far by the child processes this process has waited for,
 * from /proc/self/stat; undefined off Linux. Taken before and after a build, it measures the
 * build's work rather than its wall time, which other programs on a shared machine stretch.
 */
export function childCpuMs(): number | undefined {
  try {
    ticksPerSecond ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
    // Fields after "(comm) ": state is field 3, so cutime (16) and cstime (17) sit at 13 and 14.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ').at(-1)!.split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticksPerSecond;
  } catch {
    return undefined;
  }
}
