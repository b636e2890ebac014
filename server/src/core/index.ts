// The core as a library: no LSP, VS Code or file system. The CLI, the server and the tests use this.
export * from './types';
export * from './text';
export * from './model';
export * from './facts';
export * from './parse';
export * from './rule';
export * from './engine';
export * from './config';
export * from './catalog';
export * from './workspace';
export * from './service';
export * from './i18n';
export * from './translate';
export { DOCTYPES, findDocType } from './doctypes';
export { templateFor } from './templates';
export { findRedactions, publicParagraphs, publicTransform, servedTransform, type Redaction } from './redact';
