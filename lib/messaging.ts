import type { EmailKind } from './plan/types';
import type { WordedFinding } from './templates/review';
import { parseFix, type Fix } from './templates/fix';

/**
 * Typed messages between content scripts / extension pages and the background.
 * Content scripts never open IndexedDB (it would be the webmail's); they send one
 * of these and the background answers from the extension-origin database.
 * `parseRequest` validates anything that arrives, since a compromised page could
 * try to talk to a content script's port.
 */

export type Webmail = 'gmail' | 'outlook';

export type Request =
  /** List the menu: built-ins then user templates, with missing fields for each. */
  | { type: 'templates:list' }
  /** Render one template against the active plan. */
  | { type: 'templates:render'; templateId: string; signature?: boolean }
  /** Record that a template was inserted into a draft. */
  | { type: 'email:inserted'; templateId: string; via: Webmail | 'clipboard' | 'link' }
  /** The compose holding a draft we recorded was sent (its Send control was used and it closed). */
  | { type: 'email:sent'; planId: string; draftId: string }
  /** Apply one fix from the review of an email to the active plan (remembered for that email). */
  | { type: 'email:fix'; templateId: string; fix: Fix; due?: string }
  /** Open an extension page (no plan yet, or "set up"). */
  | { type: 'open:planner'; stage?: string };

export interface TemplateMenuItem {
  id: string;
  name: string;
  kind?: EmailKind;
  /** Human labels of fields the template needs but the plan lacks ("Meeting date"). */
  missing: string[];
}

export type Response<R extends Request> = R extends { type: 'templates:list' }
  ? { ok: true; hasPlan: boolean; items: TemplateMenuItem[] } | ErrorResponse
  : R extends { type: 'templates:render' }
    ? { ok: true; subject: string; html: string; text: string; to: string; missing: string[]; review: WordedFinding[] } | ErrorResponse
    : R extends { type: 'email:inserted' }
      ? { ok: true; draft?: DraftRef } | ErrorResponse
      : { ok: true } | ErrorResponse;

/** Which recorded draft a compose holds, so its Send can be reported (ids are random, never guessed by a page). */
export interface DraftRef {
  planId: string;
  draftId: string;
}

export interface ErrorResponse {
  ok: false;
  error: string;
}

const TYPES = new Set(['templates:list', 'templates:render', 'email:inserted', 'email:sent', 'email:fix', 'open:planner']);
const VIAS = new Set(['gmail', 'outlook', 'clipboard', 'link']);

/** Returns the request if it is well-formed, else undefined. */
export function parseRequest(raw: unknown): Request | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const msg = raw as Record<string, unknown>;
  if (typeof msg.type !== 'string' || !TYPES.has(msg.type)) return undefined;
  const shortString = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 200;
  switch (msg.type) {
    case 'templates:list':
      return { type: 'templates:list' };
    case 'templates:render':
      return shortString(msg.templateId) ? { type: 'templates:render', templateId: msg.templateId as string, signature: msg.signature === true } : undefined;
    case 'email:inserted':
      return shortString(msg.templateId) && typeof msg.via === 'string' && VIAS.has(msg.via)
        ? { type: 'email:inserted', templateId: msg.templateId as string, via: msg.via as Webmail }
        : undefined;
    case 'email:sent':
      return shortString(msg.planId) && shortString(msg.draftId)
        ? { type: 'email:sent', planId: msg.planId as string, draftId: msg.draftId as string }
        : undefined;
    case 'email:fix': {
      const fix = parseFix(msg.fix);
      const due = typeof msg.due === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(msg.due) ? msg.due : undefined;
      return shortString(msg.templateId) && fix ? { type: 'email:fix', templateId: msg.templateId as string, fix, due } : undefined;
    }
    case 'open:planner':
      return { type: 'open:planner', stage: typeof msg.stage === 'string' && /^[a-z-]{1,40}$/.test(msg.stage) ? msg.stage : undefined };
  }
  return undefined;
}
