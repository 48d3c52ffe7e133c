import {
  type ProviderRequest,
  type ResolvedMedia,
  type UploadMedia,
  ValidationError,
} from '@grok-imagine/core';
import type { EndpointParam } from './endpoint-types.ts';
import type { PixazoEndpoint } from './endpoints.ts';
import { toPublicURL } from './media-url.ts';
import { toPixazoPrompt } from './reference-tags.ts';

/** A submit body as Pixazo reads it: the endpoint's documented parameter names. */
export type PixazoSubmitBody = Record<string, string | number | boolean | string[]>;

async function wireValue(
  param: EndpointParam,
  value: unknown,
  request: ProviderRequest,
  uploadMedia: UploadMedia | undefined,
): Promise<string | number | boolean | string[]> {
  switch (param.field) {
    case 'prompt':
      return request.type === 'reference-to-video' ? toPixazoPrompt(String(value)) : String(value);
    case 'delivery':
      // `sync_mode: true` makes Pixazo return base64 data URIs instead of CDN URLs.
      return value === 'data';
    case 'image':
    case 'video':
      return toPublicURL(value as ResolvedMedia, param.field, uploadMedia);
    case 'images':
    case 'references': {
      const urls: string[] = [];
      // One at a time, so uploads keep the order the prompt's @ImageN tags rely on and do not burst.
      for (const [index, media] of (value as ResolvedMedia[]).entries())
        urls.push(await toPublicURL(media, `${param.field}[${index}]`, uploadMedia));
      return urls;
    }
    default:
      return value as string | number;
  }
}

/**
 * Builds the JSON body for an endpoint. Every documented parameter is sent with core's value, so
 * nothing is left to Pixazo's own defaults; media inputs become public URLs (uploading bytes
 * through `uploadMedia`); reference tags are written as Pixazo documents them.
 */
export async function buildSubmitBody(
  request: ProviderRequest,
  endpoint: PixazoEndpoint,
  uploadMedia: UploadMedia | undefined,
): Promise<PixazoSubmitBody> {
  const fields = request as unknown as Record<string, unknown>;
  const body: PixazoSubmitBody = {};
  for (const param of endpoint.params) {
    if (!param.wire) continue;
    const value = fields[param.field];
    if (value === undefined) {
      throw new ValidationError(`${param.field} is required by Pixazo endpoint ${endpoint.id}.`, {
        provider: 'pixazo',
        field: param.field,
        value,
      });
    }
    body[param.wire] = await wireValue(param, value, request, uploadMedia);
  }
  return body;
}
