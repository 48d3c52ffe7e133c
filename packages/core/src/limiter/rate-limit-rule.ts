/** One request-rate rule: at most `limit` requests per `intervalMs` for requests with a matching key. */
export interface RateLimitRule {
  /** Which requests count: `*` for all of this provider's, or a model family such as `image` / `video`. */
  key: string;
  /** Requests allowed per interval. */
  limit: number;
  /** Interval length in ms (1,000 for per second, 60,000 for per minute). */
  intervalMs: number;
}
