import type { Route } from './provider-module.ts';

/** The route for a request: found, path known but not for this method, or nothing. */
export type RouteMatch = { route: Route; params: string[] } | 'method-not-allowed' | undefined;

/** Finds the route for `method` and `path` (the path after the provider prefix). */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  let pathKnown = false;
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (route.method === method)
      return { route, params: match.slice(1).map((part) => decodeURIComponent(part)) };
    pathKnown = true;
  }
  return pathKnown ? 'method-not-allowed' : undefined;
}
