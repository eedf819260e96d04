/** The second argument Next passes to a route handler. */
export function routeContext<P extends Record<string, string>>(params: P = {} as P): { params: Promise<P> } {
  return { params: Promise.resolve(params) };
}
