import type { CaseServer } from './caseServer';

/** The custom requests of the procedure timeline (filled in with the timeline feature). */
export function registerTimeline(_server: CaseServer): void {}
