/** The template engine: built-in emails, rendering to HTML and text, validation, the user's own templates. */
export { BUILTIN_TEMPLATES, builtinTemplate, type TemplateDef, type BuiltinTemplateId } from './builtins';
export { renderTemplate, TemplateSyntaxError, type RenderedEmail, type RenderOptions } from './render';
export { validateTemplate, MAX_BODY_LENGTH, MAX_SUBJECT_LENGTH, type ValidationResult } from './validate';
export { templateVariables, type TemplateVariable } from './variables';
export { escapeHtml } from './format';
export {
  allTemplates,
  resolveTemplate,
  duplicateTemplate,
  createTemplate,
  saveTemplateSource,
  renameTemplate,
  resetTemplate,
  deleteTemplate,
  restoreTemplate,
  userTemplateDef,
  TemplateError,
} from './store';
export { renderSummary, type SummaryLength } from './summary';
