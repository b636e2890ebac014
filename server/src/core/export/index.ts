// The exporter: printed text of a case model, and its GB/T 9704-2012 DOCX (bytes, no file system).
export * from './printed';
export * from './docx';
export * from './layout';
export * from './guidance';
export * from './pages';
export * from './caseFile';
export * from './gate';
