import { t } from '@/lib/i18n';
import type { Plan, TextEntry } from '@/lib/plan/types';

const texts = (entries: TextEntry[]) => entries.map((e) => e.text.trim()).filter(Boolean);

function Group({ title, items }: { title: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <>
      <dt>{title}</dt>
      <dd>
        <ul>
          {items.map((x, i) => (
            <li key={i}>{x}</li>
          ))}
        </ul>
      </dd>
    </>
  );
}

/** The person's self-assessment and research, short enough to glance at while talking. */
export function MeetingBrief({ plan }: { plan: Plan }) {
  const sa = plan.selfAssessment;
  const groups = [
    { title: t('meetingModeBriefStrengths'), items: texts(sa.strengths) },
    { title: t('meetingModeBriefGrow'), items: texts(sa.areasToImprove) },
    { title: t('meetingModeBriefInterests'), items: [...texts(sa.interests), ...texts(sa.energizers)] },
    { title: t('meetingModeBriefVision'), items: sa.vision.trim() ? [sa.vision.trim()] : [] },
    { title: t('meetingModeBriefPaths'), items: plan.paths.map((p) => p.role.trim()).filter(Boolean) },
    {
      title: t('meetingModeBriefInterviews'),
      items: plan.interviews.filter((i) => i.learned.trim()).map((i) => t('meetingModeBriefInterview', i.who.trim() || '…', i.learned.trim())),
    },
  ];
  const any = groups.some((g) => g.items.length);
  return (
    <section class="card meeting-brief" aria-labelledby="meeting-brief-title">
      <h2 id="meeting-brief-title">{t('meetingModeBrief')}</h2>
      {any ? (
        <dl>
          {groups.map((g) => (
            <Group key={g.title} title={g.title} items={g.items} />
          ))}
        </dl>
      ) : (
        <p class="list-empty">{t('meetingModeBriefEmpty')}</p>
      )}
    </section>
  );
}
