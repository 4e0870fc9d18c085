import { t, type MessageKey } from './i18n';

/** Built-in templates are named in the interface language; the person's own keep the name they gave. */
const BUILTIN_NAME_KEYS: Record<string, MessageKey> = {
  'meeting-request': 'templateNameMeetingRequest',
  agenda: 'templateNameAgenda',
  recap: 'templateNameRecap',
  'check-in': 'templateNameCheckIn',
  'informational-interview': 'templateNameInformationalInterview',
};

export function templateName(tpl: { id: string; name: string; builtin: boolean }): string {
  const key = tpl.builtin ? BUILTIN_NAME_KEYS[tpl.id] : undefined;
  return (key && t(key)) || tpl.name;
}
