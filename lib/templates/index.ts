/**
 * The template engine: built-in emails, rendering to HTML and text, validation, the rules for the
 * user's own templates. Storing them is lib/db/templates.ts (only lib/db touches IndexedDB).
 */
export { BUILTIN_TEMPLATES, builtinTemplate, type TemplateDef, type BuiltinTemplateId } from './builtins';
export { renderTemplate, TemplateSyntaxError, type RenderedEmail, type RenderOptions } from './render';
export { validateTemplate, MAX_BODY_LENGTH, MAX_SUBJECT_LENGTH, type ValidationResult } from './validate';
export { templateVariables, type TemplateVariable } from './variables';
export { escapeHtml } from './format';
export {
  MAX_NAME_LENGTH,
  TemplateError,
  userTemplateDef,
  withBuiltins,
  checkTemplateName,
  checkTemplateSource,
  uniqueTemplateName,
} from './user-templates';
export { renderSummary, type SummaryLength } from './summary';
