/**
 * Examples in the planner's empty fields should speak to the person's own kind of work.
 * Their current role (in any of the UI's languages) picks a family; unknown roles get neutral examples.
 */
export type RoleFamily = 'engineering' | 'data' | 'sales' | 'operations' | 'design' | 'people' | 'neutral';

/** Word stems per family, lower case, accents removed. The first family with a match wins, in this order. */
const STEMS: [RoleFamily, RegExp][] = [
  ['data', /\b(data|analyst|analytics|analytic|scientist|bi\b|business intelligence|statistic|daten|donnees|datos|analista|analytique)/],
  ['design', /\b(design|ux|ui\b|user research|researcher|illustrat|gestalt|disen|graphi|grafik|grafic|creative|kreativ)/],
  ['people', /\b(hr\b|human resources|people|recruit|recrut|talent|personal|personnel|rh\b|ressources humaines|recursos humanos|reclut|payroll|l&d|learning)/],
  ['sales', /\b(sales|account (executive|manager)|business development|sdr\b|bdr\b|vertrieb|verkauf|commercial|ventas|vendedor|comercial|customer success|key account)/],
  ['engineering', /\b(engineer|developer|software|devops|sre\b|programm|entwickl|ingenieur|informati|developpeur|desarrollador|ingeniero|architect|qa\b|tester|it\b)/],
  ['operations', /\b(operations|ops\b|logistic|supply chain|procurement|project manager|program manager|office manager|betrieb|logistik|einkauf|operations|exploitation|achats|operaciones|logistica|compras|coordinat|koordinat)/],
];

const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

export function roleFamily(currentRole: string): RoleFamily {
  const role = fold(currentRole.trim());
  if (!role) return 'neutral';
  return STEMS.find(([, re]) => re.test(role))?.[0] ?? 'neutral';
}
