/**
 * A template edit with a syntax error can't be saved (the last good version stays in
 * use in the webmail menu), but the words typed must not be lost when the tab closes.
 * Such a draft is kept in the extension's localStorage until a valid version is saved.
 */

export interface TemplateSource {
  subject: string;
  body: string;
}

const key = (templateId: string) => `careertalk:template-draft:${templateId}`;

export function readUnsavedDraft(templateId: string): TemplateSource | undefined {
  try {
    const raw = localStorage.getItem(key(templateId));
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<TemplateSource>;
    return typeof parsed.subject === 'string' && typeof parsed.body === 'string' ? { subject: parsed.subject, body: parsed.body } : undefined;
  } catch {
    return undefined;
  }
}

export function keepUnsavedDraft(templateId: string, source: TemplateSource): void {
  try {
    localStorage.setItem(key(templateId), JSON.stringify(source));
  } catch {
    // Storage full: the text is still on screen; nothing more can be done here.
  }
}

export function dropUnsavedDraft(templateId: string): void {
  try {
    localStorage.removeItem(key(templateId));
  } catch {
    // Nothing to drop.
  }
}
