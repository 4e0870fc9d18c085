import { isOneAddressOrEmpty } from '@/lib/plan/email-address';
import { t } from '@/lib/i18n';

/** The inline problem of a manager's email field as typed ('' when it is one address or empty). */
export function managerEmailProblem(value: string): string {
  return isOneAddressOrEmpty(value) ? '' : t('fieldManagerEmailNotOne');
}
