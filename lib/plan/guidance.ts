// PLACEHOLDER (owned by the guidance work): framing and specificity checks.
export {};
