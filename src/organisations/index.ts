export * from './issues.js';
export * from './MemberRole.js';
