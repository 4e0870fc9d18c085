/**
 * How much one plan may hold. The editors hold to these as the person types (every saving
 * field stops at MAX_TEXT_LENGTH, like a selection saved from the context menu; a list shows
 * no Add button at MAX_LIST_ITEMS), and an import is held to the same caps, so a shared file
 * cannot hold a 30 MB note or 200,000 goals.
 */
export const MAX_TEXT_LENGTH = 20_000;
/** Entries in one list of a plan (strengths, goals, agenda, check-ins, notes…). */
export const MAX_LIST_ITEMS = 500;
/** Action items of one plan. */
export const MAX_ACTION_ITEMS_PER_PLAN = 2_000;
/** What one import file may hold in all. */
export const MAX_IMPORT_PLANS = 2_000;
export const MAX_IMPORT_ACTION_ITEMS = 50_000;
export const MAX_IMPORT_TEMPLATES = 500;

/**
 * Ids: what CareerTalk makes (UUIDs, "builtin:recap") and nothing that could mean something
 * elsewhere: no spaces, line breaks, `|`, `;`, quotes or markup. Ids go into calendar UIDs,
 * notification ids and element ids.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
