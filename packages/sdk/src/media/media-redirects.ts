/** Redirects a media transfer (`download`, `fetchOutputBytes`) follows before it gives up. */
export const MAX_MEDIA_REDIRECTS = 5;

/** The statuses a media transfer follows by hand, checking the next host first. */
export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
