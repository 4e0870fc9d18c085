import { useState } from 'preact/hooks';
import { setTemplateLanguage } from '@/lib/db/templates';
import type { CareerTalkDB } from '@/lib/db/schema';
import type { TemplateDef } from '@/lib/templates';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from '@/lib/plan/language';
import { describeStorageError } from '@/lib/db/errors';
import { ErrorText } from '@/components/common/ErrorText';
import { t } from '@/lib/i18n';

/**
 * Which plans an own template is offered for: those whose emails are in its language, or
 * all of them when it is written to work in any ("language-neutral"). Saved on change.
 */
export function TemplateLanguageField(props: { db: CareerTalkDB; template: TemplateDef }) {
  const { db, template } = props;
  const [error, setError] = useState('');
  const id = `template-language-${template.id}`;
  return (
    <div class="field">
      <label for={id}>{t('templatesLanguage')}</label>
      <select
        id={id}
        value={template.language ?? ''}
        onChange={(e) => {
          const value = (e.currentTarget as HTMLSelectElement).value;
          setTemplateLanguage(db, template.id, isLanguage(value) ? value : undefined)
            .then(() => setError(''))
            .catch((err) => setError(describeStorageError(err)));
        }}
      >
        <option value="">{t('templatesLanguageAny')}</option>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
      <ErrorText message={error} />
    </div>
  );
}
