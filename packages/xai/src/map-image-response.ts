import type { JobOutput, StartResult } from '@grok-imagine/core';
import type { XaiImageResponse } from './api.ts';
import { xaiImageMimeType } from './image-mime-type.ts';
import { xaiReportedCost } from './reported-cost.ts';

// base64 images can be megabytes; the job keeps them once, in outputs, not again in `raw`.
function withoutImageData(body: XaiImageResponse): unknown {
  const data = body.data.map((d) =>
    d.b64_json ? { ...d, b64_json: `(${d.b64_json.length} base64 characters; see outputs)` } : d,
  );
  return { ...body, data };
}

function imageOutput(image: XaiImageResponse['data'][number]): JobOutput | undefined {
  const mimeType = xaiImageMimeType(image);
  // Withheld by moderation: kept as a blocked output so core can tell "some" from "all" withheld.
  if (image.respect_moderation === false) return { mimeType, blocked: true };
  if (!image.url && !image.b64_json) return undefined;
  const output: JobOutput = { mimeType };
  if (image.url) output.url = image.url;
  if (image.b64_json) output.data = image.b64_json;
  return output;
}

/**
 * Maps a synchronous image answer to a finished start: the images (a moderated one as a blocked
 * output, one with neither URL nor data left out) and the reported cost. Core decides what a job
 * with none left means (failed, `no_output` or `content_policy`).
 */
export function mapImageResponse(body: XaiImageResponse, providerJobId: string): StartResult {
  const outputs = body.data.map(imageOutput).filter((output) => output !== undefined);
  const cost = xaiReportedCost(body.usage);
  return { providerJobId, status: 'done', outputs, ...(cost ? { cost } : {}), raw: withoutImageData(body) };
}
