import { memo } from 'preact/compat';
import { useMemo, useRef } from 'preact/hooks';
import { useWindowedRange, WINDOW_FROM } from '@/components/common/useWindowedRange';
import { focusElement, whenReady } from '@/components/common/focus';
import { tabAcrossWindow } from '@/components/common/windowed-tab';
import { templateName } from '@/lib/template-names';
import type { TemplateDef } from '@/lib/templates';
import { t } from '@/lib/i18n';

/** Height of one entry before any has been measured (a one-line button and its gap). */
const PICK_GUESS_PX = 40;
const NO_IDS: string[] = [];

interface PickProps {
  id: string;
  name: string;
  pressed: boolean;
  /** Place in the whole list, only when not every entry is rendered. */
  place?: { index: number; count: number };
  onSelect: (id: string) => void;
}

/** One template's button; re-renders only when its name or being selected changes. */
const Pick = memo(function Pick({ id, name, pressed, place, onSelect }: PickProps) {
  return (
    <li data-item-id={id} aria-posinset={place && place.index + 1} aria-setsize={place?.count}>
      <button type="button" class="template-pick" data-template-id={id} aria-pressed={pressed} onClick={() => onSelect(id)}>
        {name}
      </button>
    </li>
  );
}, samePick);

function samePick(a: PickProps, b: PickProps): boolean {
  return a.id === b.id && a.name === b.name && a.pressed === b.pressed && a.onSelect === b.onSelect && a.place?.index === b.place?.index && a.place?.count === b.place?.count;
}

/**
 * The Email templates page's list: the built-ins, then the person's own templates (up to
 * MAX_IMPORT_TEMPLATES, 500, after an import). Past WINDOW_FROM own templates only the entries
 * on screen are rendered (the page keeps its own scroll; each entry keeps its place in the list
 * for assistive tech), and selecting one re-renders only the two entries whose state changed.
 * Tab walks the entries as before (on into entries not yet rendered); Up and Down move between
 * them, Home and End to the first and the last, rendering it first when it is off screen.
 */
export function TemplateList(props: { templates: TemplateDef[]; selectedId: string; onSelect: (id: string) => void }) {
  const { templates, selectedId, onSelect } = props;
  const builtins = useMemo(() => templates.filter((x) => x.builtin), [templates]);
  const own = useMemo(() => templates.filter((x) => !x.builtin), [templates]);
  const ownIds = useMemo(() => own.map((x) => x.id), [own]);
  const ownList = useRef<HTMLUListElement>(null);
  const nav = useRef<HTMLElement>(null);
  const windowed = own.length > WINDOW_FROM;
  const range = useWindowedRange(ownList, windowed ? ownIds : NO_IDS, windowed, PICK_GUESS_PX);
  const latest = useRef({ templates, range, windowed, ownIds });
  latest.current = { templates, range, windowed, ownIds };

  const buttonOf = (id: string) => nav.current?.querySelector<HTMLButtonElement>(`.template-pick[data-template-id="${CSS.escape(id)}"]`) ?? null;
  const onKeyDown = async (e: KeyboardEvent) => {
    const now = latest.current;
    if (now.windowed && tabAcrossWindow(e, ownList.current, now.ownIds, now.range.reveal)) return;
    const from = (e.target as HTMLElement).closest?.('.template-pick') as HTMLElement | null;
    if (!from || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const all = latest.current.templates;
    const at = all.findIndex((x) => x.id === from.dataset.templateId);
    const to = e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowUp' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? all.length - 1 : -2;
    if (to === -2 || at < 0) return;
    e.preventDefault();
    const target = all[Math.max(0, Math.min(all.length - 1, to))];
    const find = () => {
      if (latest.current.windowed && !target.builtin) latest.current.range.reveal(target.id);
      return buttonOf(target.id);
    };
    focusElement(find() ?? (await whenReady(find)));
  };

  const pick = (tpl: TemplateDef, index?: number) => (
    <Pick
      key={tpl.id}
      id={tpl.id}
      name={templateName(tpl)}
      pressed={tpl.id === selectedId}
      place={index === undefined ? undefined : { index, count: own.length }}
      onSelect={onSelect}
    />
  );
  const shown = windowed ? own.slice(range.start, range.end) : own;
  return (
    <nav class="templates-list" aria-label={t('templatesListLabel')} ref={nav} onKeyDown={onKeyDown}>
      <h3>{t('templatesBuiltIn')}</h3>
      <ul>{builtins.map((x) => pick(x))}</ul>
      <h3>{t('templatesYours')}</h3>
      {own.length ? (
        <ul ref={ownList} style={windowed ? { paddingTop: `${range.padTop}px`, paddingBottom: `${range.padBottom}px` } : undefined}>
          {shown.map((x, k) => pick(x, windowed ? range.start + k : undefined))}
        </ul>
      ) : (
        <p class="help">{t('templatesNoneYet')}</p>
      )}
    </nav>
  );
}
