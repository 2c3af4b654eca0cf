import type { ArticleRecord } from '../../src/output/record.js';
export function recordOfFixture(root: string, slug: string, lib: { processDocument: Function; toRecord: Function }): Promise<ArticleRecord>;
