interface ImportMetaEnv {
  /** True only in the build the end-to-end tests make (see wxt.config.ts and lib/test-hooks.ts). */
  readonly CAREERTALK_E2E?: boolean;
}
