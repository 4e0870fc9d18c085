import type { ComponentChildren } from 'preact';
import { StageIntro } from './StageIntro';

/**
 * The common frame of a planner page: its heading (focusable, so keyboard and
 * screen reader users land on it after choosing a stage) and its short intro.
 */
export function StageFrame(props: { id: string; title: string; intro?: ComponentChildren; children: ComponentChildren }) {
  return (
    <section class="stage" aria-labelledby={`stage-${props.id}-title`} data-stage={props.id}>
      <h2 id={`stage-${props.id}-title`} class="stage-title" tabIndex={-1} data-stage-focus>
        {props.title}
      </h2>
      {props.intro && <StageIntro>{props.intro}</StageIntro>}
      {props.children}
    </section>
  );
}

/** A short list of questions to think about, shown as help next to a field or list. */
export function Prompts(props: { items: string[] }) {
  return (
    <ul class="prompts">
      {props.items.map((q) => (
        <li key={q}>{q}</li>
      ))}
    </ul>
  );
}
