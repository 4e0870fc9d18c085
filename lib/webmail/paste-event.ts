/**
 * A synthetic `paste` event carrying HTML, for editors that handle paste themselves (RoosterJS).
 * Chromium takes the `clipboardData` of the init dictionary. Firefox ignores it (the event's
 * clipboardData comes out empty, so RoosterJS pasted nothing) and takes its own init members
 * `dataType` / `data` instead: one type, so the HTML. Detected from the event, not the browser name.
 */
export function htmlPasteEvent(html: string, text: string): ClipboardEvent {
  const data = new DataTransfer();
  data.setData('text/html', html);
  data.setData('text/plain', text);
  const init = { bubbles: true, cancelable: true };
  const event = new ClipboardEvent('paste', { ...init, clipboardData: data });
  if (event.clipboardData?.getData('text/html')) return event;
  return new ClipboardEvent('paste', { ...init, dataType: 'text/html', data: html } as ClipboardEventInit);
}
