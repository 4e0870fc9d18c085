import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { GuidanceNotes } from '../../components/guidance/GuidanceNotes';

let host: HTMLElement;
function mount(node: preact.ComponentChild): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(node, host);
  return host;
}
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('GuidanceNotes', () => {
  test('renders nothing when the text is fine', () => {
    const el = mount(<GuidanceNotes text="A review of my current role" kind="agenda" />);
    expect(el.innerHTML).toBe('');
  });

  test('shows a quiet note (role=note, not alert) with the terms and the explanation', () => {
    const el = mount(<GuidanceNotes text="Ask for a raise and a promotion" kind="draft" />);
    const note = el.querySelector('[role="note"]')!;
    expect(note).not.toBeNull();
    expect(note.classList.contains('warning')).toBe(true);
    expect(el.querySelector('[role="alert"]')).toBeNull();
    expect(note.textContent).toContain('“raise”');
    expect(note.textContent).toContain('“promotion”');
    expect(note.textContent).toMatch(/about how you want to grow/);
    expect(note.querySelectorAll('.guidance-framing')).toHaveLength(2);
  });

  test('for goals, shows the specificity suggestions unless a concrete request is given', () => {
    const vague = mount(<GuidanceNotes text="More leadership experience" kind="goal" />);
    expect(vague.querySelectorAll('.guidance-specificity li').length).toBeGreaterThanOrEqual(3);
    expect(vague.textContent).toContain('Lead a small project');
    render(<GuidanceNotes text="More leadership experience" kind="goal" request="Lead the Q3 billing migration" />, host);
    expect(host.innerHTML).toBe('');
  });

  test('specificity is only checked for goals', () => {
    expect(mount(<GuidanceNotes text="Learn more" kind="agenda" />).innerHTML).toBe('');
  });

  test('hostile text is shown as text, never as HTML', () => {
    const el = mount(<GuidanceNotes text={'<img src=x onerror=alert(1)> salary'} kind="text" />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('salary');
  });
});
