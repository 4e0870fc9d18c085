import { ListEditor } from '@/components/common/ListEditor';
import { SavingField } from '@/components/common/SavingField';
import { SelectField } from '@/components/common/SelectField';
import { useStorageAction } from '@/components/common/useStorageAction';
import { addListItem } from '@/lib/db/plans';
import { newId } from '@/lib/plan/factory';
import type { CareerPath, InformationalInterview, MoveType, TextEntry } from '@/lib/plan/types';
import { planListOps } from '../list-ops';
import type { StageProps } from '../stage-props';
import { Prompts, StageFrame } from './StageFrame';

export const MOVE_TYPES: { value: MoveType; label: string }[] = [
  { value: 'lateral', label: 'Lateral (same level, new area)' },
  { value: 'vertical', label: 'Vertical (a step up)' },
  { value: 'other-function', label: 'Different function' },
];

const newPath = (init: Partial<CareerPath> = {}): CareerPath => ({
  id: newId(),
  role: '',
  moveType: 'lateral',
  qualifications: '',
  gaps: '',
  notes: '',
  ...init,
});

const newInterview = (): InformationalInterview => ({ id: newId(), who: '', role: '', date: '', learned: '' });

/** Only web links are shown as links; anything else stays plain text. */
const safeUrl = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** Stage 2: roles worth growing towards, and what people in them said. */
export function CareerPathsStage({ db, plan }: StageProps) {
  const paths = planListOps(db, plan.id, 'paths', () => newPath());
  const interviews = planListOps(db, plan.id, 'interviews', newInterview);
  const notes = planListOps(db, plan.id, 'notes', (): TextEntry => ({ id: newId(), text: '' }));
  const [run, error] = useStorageAction();

  const pathFromNote = (note: TextEntry & { sourceUrl?: string; sourceTitle?: string }) =>
    run(() =>
      addListItem(
        db,
        plan.id,
        'paths',
        newPath({ role: note.sourceTitle?.trim() ?? '', notes: note.text, sourceUrl: safeUrl(note.sourceUrl), sourceTitle: note.sourceTitle }),
      ),
    );

  return (
    <StageFrame
      id="career-paths"
      title="Career paths"
      intro={
        <p>
          Look around your own company before you ask for anything: internal job postings show which roles exist and what they
          require, and the people already in those roles can tell you what the work is really like. A sideways move can teach you as
          much as a step up.
        </p>
      }
    >
      <div class="card">
        <ListEditor
          title="Paths you are considering"
          itemName="path"
          variant="cards"
          items={plan.paths}
          empty="No paths yet. Add a role you are curious about, or save a job posting from a web page with right-click → Save selection to CareerTalk."
          help={<Prompts items={['Which roles would use more of your strengths and interests?', 'What do their postings ask for that you already have, and what is missing?']} />}
          describe={(p) => p.role}
          onAdd={paths.onAdd}
          onMove={paths.onMove}
          onRemove={paths.onRemove}
          renderItem={(p, _i, label) => {
            const link = safeUrl(p.sourceUrl);
            return (
              <div class="path-card">
                <div class="two-col">
                  <SavingField label={`${label}: role`} value={p.role} placeholder="e.g. Staff engineer, Platform" draft={paths.draft(p.id, 'role')} />
                  <SelectField label={`${label}: move type`} value={p.moveType} options={MOVE_TYPES} save={paths.saveField(p.id, 'moveType')} />
                </div>
                <SavingField label="Qualifications asked for" multiline value={p.qualifications} draft={paths.draft(p.id, 'qualifications')} />
                <SavingField label="Gaps: what you would still need" multiline value={p.gaps} draft={paths.draft(p.id, 'gaps')} />
                <SavingField label="Notes" multiline value={p.notes} draft={paths.draft(p.id, 'notes')} />
                {link && (
                  <p class="source">
                    Source:{' '}
                    <a href={link} target="_blank" rel="noopener noreferrer">
                      {p.sourceTitle?.trim() || link}
                    </a>
                  </p>
                )}
              </div>
            );
          }}
        />
      </div>

      <div class="card">
        <ListEditor
          title="Informational interviews"
          itemName="interview"
          variant="cards"
          items={plan.interviews}
          empty="No conversations logged yet."
          help={
            <Prompts
              items={[
                'Ask someone in a role that interests you for twenty minutes of their time.',
                'What does a typical week look like? Which skills matter most? How did they get there, and what would they do differently?',
              ]}
            />
          }
          describe={(i) => i.who}
          onAdd={interviews.onAdd}
          onMove={interviews.onMove}
          onRemove={interviews.onRemove}
          renderItem={(i, _n, label) => (
            <>
              <div class="three-col">
                <SavingField label={`${label}: who`} value={i.who} draft={interviews.draft(i.id, 'who')} />
                <SavingField label="Their role" value={i.role} draft={interviews.draft(i.id, 'role')} />
                <SavingField label="Date" type="date" value={i.date} draft={interviews.draft(i.id, 'date')} />
              </div>
              <SavingField label="What you learned" multiline value={i.learned} draft={interviews.draft(i.id, 'learned')} />
            </>
          )}
        />
      </div>

      <div class="card">
        <ListEditor
          title="Saved notes"
          itemName="note"
          items={plan.notes}
          empty="Nothing saved yet. Select text on any web page (a job posting, an article), right-click and choose Save selection to CareerTalk; it lands here."
          describe={(n) => n.text}
          onAdd={notes.onAdd}
          onMove={notes.onMove}
          onRemove={notes.onRemove}
          renderItem={(n, _i, label) => {
            const note = n as TextEntry & { sourceUrl?: string; sourceTitle?: string };
            const link = safeUrl(note.sourceUrl);
            return (
              <>
                <SavingField label={label} hideLabel multiline value={n.text} draft={notes.draft(n.id, 'text')} />
                <div class="note-footer">
                  {link && (
                    <a href={link} target="_blank" rel="noopener noreferrer" class="source">
                      {note.sourceTitle?.trim() || link}
                    </a>
                  )}
                  <button type="button" class="link" onClick={() => pathFromNote(note)}>
                    Make a path card from this note<span class="visually-hidden"> ({label.toLowerCase()})</span>
                  </button>
                </div>
              </>
            );
          }}
        />
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </div>
    </StageFrame>
  );
}
