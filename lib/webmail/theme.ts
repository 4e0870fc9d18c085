/** Gmail's and Outlook's dark themes don't follow prefers-color-scheme: read the compose's background. */
export function themeOf(el: HTMLElement): 'light' | 'dark' {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const m = getComputedStyle(node).backgroundColor.match(/\d+(\.\d+)?/g);
    if (!m) continue;
    const [r, g, b, a = '1'] = m.map(String);
    if (Number(a) === 0) continue;
    const lum = (0.2126 * Number(r) + 0.7152 * Number(g) + 0.0722 * Number(b)) / 255;
    return lum < 0.45 ? 'dark' : 'light';
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
