import { updatePlanFields } from '@/lib/db/plans';
import type { CareerTalkDB } from '@/lib/db/schema';
import type { Plan } from '@/lib/plan/types';
import { LANGUAGES, LANGUAGE_NAMES, YOU_FORMS, isLanguage, type Formality, type Language } from '@/lib/plan/language';
import { t, uiLanguage } from '@/lib/i18n';

/**
 * The language of this plan's emails (the interface language until the person picks
 * one) and, for German, French and Spanish, whether they address the manager politely
 * (Sie / vous / usted) or familiarly (du / tu / tú). Saved on change.
 */
export function EmailLanguageFields(props: { db: CareerTalkDB; plan: Plan }) {
  const { db, plan } = props;
  const lang: Language = isLanguage(plan.emailLanguage) ? plan.emailLanguage : uiLanguage();
  const formality: Formality = plan.formality === 'informal' ? 'informal' : 'formal';
  const save = (patch: Partial<Pick<Plan, 'emailLanguage' | 'formality'>>) => void updatePlanFields(db, plan.id, patch).catch(() => undefined);
  return (
    <>
      <div class="field">
        <label for="plan-emailLanguage">{t('plannerEmailLanguage')}</label>
        <select
          id="plan-emailLanguage"
          value={lang}
          onChange={(e) => {
            const value = (e.currentTarget as HTMLSelectElement).value;
            if (isLanguage(value)) save({ emailLanguage: value });
          }}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      {lang !== 'en' && (
        <div class="field">
          <label for="plan-formality">{t('plannerFormality')}</label>
          <select
            id="plan-formality"
            value={formality}
            onChange={(e) => {
              const value = (e.currentTarget as HTMLSelectElement).value;
              if (value === 'formal' || value === 'informal') save({ formality: value });
            }}
          >
            <option value="formal">{t('plannerFormalityFormal', YOU_FORMS[lang].formal)}</option>
            <option value="informal">{t('plannerFormalityInformal', YOU_FORMS[lang].informal)}</option>
          </select>
        </div>
      )}
    </>
  );
}
