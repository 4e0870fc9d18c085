import { Fragment, type ComponentChildren } from 'preact';
import { t, type MessageKey } from '@/lib/i18n';

// Marks where a node goes; control characters never occur in a translation.
const mark = (i: number) => `\u0001${i}\u0002`;

/**
 * A message with elements inside it (a link, bold text): `$1`…`$9` are filled with
 * `nodes`, so a translation can put them wherever its word order needs them.
 * Text stays text (no HTML is parsed).
 */
export function tNodes(key: MessageKey, ...nodes: ComponentChildren[]): ComponentChildren {
  const parts = t(key, ...nodes.map((_, i) => mark(i))).split(/\u0001(\d)\u0002/);
  return parts.map((part, i) => <Fragment key={i}>{i % 2 ? nodes[Number(part)] : part}</Fragment>);
}
