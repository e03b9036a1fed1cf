/**
 * tanqih (تنقيح): clean, normalize and structure raw Arabic news text.
 *
 * @packageDocumentation
 */
export type { Span } from './types.js';
export * from './chars/index.js';
export * from './stream/index.js';
export * from './dates/index.js';
export * from './repair/index.js';
export * from './boilerplate/index.js';
export * from './article/index.js';
