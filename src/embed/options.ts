// What an embed page reads from its own address, and what it tells the page around it. Pure
// functions: the head script, the body script and the unit tests share them.

export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  /** `?theme=light|dark|auto`; anything else means auto (follow the reader's system). */
  theme: EmbedTheme;
  /** `?plain=1`: no visible headline (it stays for screen readers). */
  plain: boolean;
  /** `?compact=1`, or inside WordPress: at most 1,000 px tall, because WordPress clamps embeds there. */
  compact: boolean;
  /** pym.js names its child in `?childId=`; only a safe id is used (pym does not escape it). */
  childId?: string;
  /** WordPress puts a 10-character secret in the fragment (`#?secret=…`) and expects it back. */
  secret?: string;
}

/** WordPress's embed script clamps heights to 200–1000 px. */
export const wordPressMaxHeight = 1000;

export function parseEmbedOptions(search: string, hash: string): EmbedOptions {
  const query = new URLSearchParams(search);
  const theme = query.get('theme');
  const childId = query.get('childId') ?? '';
  const secret = /^#\?(?:.*&)?secret=([A-Za-z0-9]{10})(?:&|$)/.exec(hash)?.[1];
  return {
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    plain: query.get('plain') === '1',
    compact: query.get('compact') === '1' || secret !== undefined,
    ...(/^[A-Za-z0-9_-]{1,64}$/.test(childId) ? { childId } : {}),
    ...(secret ? { secret } : {}),
  };
}

/** Every message a host might be listening for, for one height: sent together, in one tick. */
export function heightMessages(height: number, chartId: string, options: EmbedOptions): unknown[] {
  const messages: unknown[] = [
    // AMP's amp-iframe (and our own /embed.js loader).
    { sentinel: 'amp', type: 'embed-size', height },
    // Pages that already carry Datawrapper's responsive-embed script resize any iframe that sends this.
    { 'datawrapper-height': { [chartId]: height } },
  ];
  if (options.childId) messages.push(`pymxPYMx${options.childId}xPYMxheightxPYMx${height}`);
  if (options.secret) messages.push({ message: 'height', value: height, secret: options.secret });
  return messages;
}
