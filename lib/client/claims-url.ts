/** The request for an article's claims; the article page preloads exactly this URL. */
export const claimsUrl = (articleId: string) => `/api/articles/${articleId}/claims`;
