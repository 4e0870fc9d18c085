// PLACEHOLDER (owned by the guidance work): inline framing/specificity warnings for a piece of text.
export function GuidanceNotes(_props: { text: string; kind: 'goal' | 'agenda' | 'draft' | 'text' }) {
  return null;
}
