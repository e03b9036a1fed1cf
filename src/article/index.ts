export { cleanArticle } from './clean.js';
export type { Article, CleanArticleOptions } from './types.js';
