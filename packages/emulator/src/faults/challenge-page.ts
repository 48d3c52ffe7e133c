import type { ApiResponse } from '../server/http-types.ts';

const PAGE = `<!DOCTYPE html>
<html lang="en-US">
<head><title>Just a moment...</title><meta http-equiv="refresh" content="390"></head>
<body>
<div class="main-wrapper" role="main">
<h1>gateway.pixazo.ai</h1>
<p>Verifying you are human. This may take a few seconds.</p>
<noscript>Enable JavaScript and cookies to continue</noscript>
</div>
</body>
</html>
`;

/** The 403 HTML bot-challenge page a CDN shows non-browser clients (seen on Pixazo's status endpoint). */
export function challengePage(): ApiResponse {
  return {
    status: 403,
    text: PAGE,
    contentType: 'text/html; charset=UTF-8',
    headers: { 'Cache-Control': 'private, max-age=0, no-store', 'cf-mitigated': 'challenge' },
  };
}
