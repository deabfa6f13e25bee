/**
 * How many articles a reporter, series or rubric page lists before it continues on the next.
 * Test builds of small fixture archives lower it with YZB_LIST_PAGE_SIZE to exercise paging.
 */
export const ARTICLES_PER_LIST_PAGE = Number(process.env.YZB_LIST_PAGE_SIZE ?? 20);
