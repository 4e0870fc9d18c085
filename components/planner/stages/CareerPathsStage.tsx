import { ListEditor } from '@/components/common/ListEditor';
import { roleExample } from '@/components/common/role-examples';
import { SavingField } from '@/components/common/SavingField';
import { SelectField } from '@/components/common/SelectField';
import { useStorageAction } from '@/components/common/useStorageAction';
import { addListItem } from '@/lib/db/plans';
import { newId } from '@/lib/plan/factory';
import type { CareerPath, InformationalInterview, MoveType, TextEntry } from '@/lib/plan/types';
import { planListOps } from '../list-ops';
import type { StageProps } from '../stage-props';
import { Prompts, StageFrame } from './StageFrame';
import { t } from '@/lib/i18n';
import { tNodes } from '@/components/common/i18n-nodes';
import { ErrorText } from '@/components/common/ErrorText';

/** The kinds of move a path is, labelled in the person's language (looked up when shown). */
export const moveTypes = (): { value: MoveType; label: string }[] => [
  { value: 'lateral', label: t('stagePathsMoveLateral') },
  { value: 'vertical', label: t('stagePathsMoveVertical') },
  { value: 'other-function', label: t('stagePathsMoveOtherFunction') },
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
      title={t('stagePathsTitle')}
      intro={<p>{t('stagePathsIntro')}</p>}
    >
      <div class="card">
        <ListEditor
          title={t('stagePathsList')}
          itemName={t('stagePathsItem')}
          variant="cards"
          items={plan.paths}
          empty={t('stagePathsEmpty')}
          help={<Prompts items={[t('stagePathsPrompt1'), t('stagePathsPrompt2')]} />}
          describe={(p) => p.role}
          onAdd={paths.onAdd}
          onMove={paths.onMove}
          onRemove={paths.onRemove}
          renderItem={(p, _i, label) => {
            const link = safeUrl(p.sourceUrl);
            return (
              <div class="path-card">
                <div class="two-col">
                  <SavingField
                    label={t('stagePathsRoleLabel', label)}
                    value={p.role}
                    placeholder={roleExample('pathRole', plan.currentRole)}
                    draft={paths.draft(p.id, 'role')}
                  />
                  <SelectField label={t('stagePathsMoveTypeLabel', label)} value={p.moveType} options={moveTypes()} save={paths.saveField(p.id, 'moveType')} />
                </div>
                <SavingField label={t('stagePathsQualifications')} multiline value={p.qualifications} draft={paths.draft(p.id, 'qualifications')} />
                <SavingField label={t('stagePathsGaps')} multiline value={p.gaps} draft={paths.draft(p.id, 'gaps')} />
                <SavingField label={t('stagePathsNotes')} multiline value={p.notes} draft={paths.draft(p.id, 'notes')} />
                {link && (
                  <p class="source">
                    {tNodes(
                      'stagePathsSource',
                      <a href={link} target="_blank" rel="noopener noreferrer">
                        {p.sourceTitle?.trim() || link}
                      </a>,
                    )}
                  </p>
                )}
              </div>
            );
          }}
        />
      </div>

      <div class="card">
        <ListEditor
          title={t('stagePathsInterviews')}
          itemName={t('stagePathsInterview')}
          variant="cards"
          items={plan.interviews}
          empty={t('stagePathsInterviewsEmpty')}
          help={<Prompts items={[t('stagePathsInterviewsPrompt1'), t('stagePathsInterviewsPrompt2')]} />}
          describe={(i) => i.who}
          onAdd={interviews.onAdd}
          onMove={interviews.onMove}
          onRemove={interviews.onRemove}
          renderItem={(i, _n, label) => (
            <>
              <div class="three-col">
                <SavingField label={t('stagePathsWhoLabel', label)} value={i.who} draft={interviews.draft(i.id, 'who')} />
                <SavingField label={t('stagePathsTheirRole')} value={i.role} draft={interviews.draft(i.id, 'role')} />
                <SavingField label={t('stagePathsDate')} type="date" value={i.date} draft={interviews.draft(i.id, 'date')} />
              </div>
              <SavingField label={t('stagePathsLearned')} multiline value={i.learned} draft={interviews.draft(i.id, 'learned')} />
            </>
          )}
        />
      </div>

      <div class="card">
        <ListEditor
          title={t('stagePathsSavedNotes')}
          itemName={t('stagePathsNote')}
          items={plan.notes}
          empty={t('stagePathsSavedNotesEmpty')}
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
                    {t('stagePathsMakeCard')}
                    <span class="visually-hidden">{t('stagePathsMakeCardWhich', label.toLowerCase())}</span>
                  </button>
                </div>
              </>
            );
          }}
        />
        <ErrorText message={error} />
      </div>
    </StageFrame>
  );
}
