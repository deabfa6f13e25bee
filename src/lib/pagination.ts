/** How many articles a reporter, series or rubric page lists before it continues on the next. */
export const ARTICLES_PER_LIST_PAGE = 20;
