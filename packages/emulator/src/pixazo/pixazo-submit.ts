import type { ApiRequest, ApiResponse } from '../server/http-types.ts';
import { jsonResponse } from '../server/http-types.ts';
import type { CallContext } from '../server/provider-module.ts';
import { createJob } from '../state/create-job.ts';
import type { WebhookTarget } from '../state/job-record.ts';
import { readOutcome } from '../state/outcome.ts';
import { webhookUrlProblem } from '../webhooks/webhook-url.ts';
import { pixazoError } from './pixazo-errors.ts';
import { PIXAZO_MODELS } from './pixazo-models.ts';
import { pixazoOutput } from './pixazo-output.ts';
import { pixazoCostTicks } from './pixazo-pricing.ts';
import { readPixazoBody } from './pixazo-validate.ts';

function header(req: ApiRequest, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Reads `X-Webhook-URL` / `X-Webhook-Mode`; an error response when they are unacceptable. */
function readWebhook(req: ApiRequest, allowHttp: boolean): WebhookTarget | ApiResponse | undefined {
  const url = header(req, 'x-webhook-url');
  if (url === undefined) return undefined;
  const problem = webhookUrlProblem(url, allowHttp);
  if (problem) return pixazoError(400, 'Invalid webhook URL', `X-Webhook-URL ${problem}`);
  const mode = header(req, 'x-webhook-mode') ?? 'terminal';
  if (mode !== 'terminal' && mode !== 'sync') {
    return pixazoError(400, 'Invalid webhook mode', 'X-Webhook-Mode must be "terminal" or "sync"');
  }
  return { url, mode };
}

/** `POST /<model>/v1/<model>-request`: validates, charges the wallet, queues a job, answers 202. */
export function handlePixazoSubmit(req: ApiRequest, call: CallContext): ApiResponse {
  const [modelId = '', requestPath] = call.params;
  const model = PIXAZO_MODELS[modelId];
  if (!model) return pixazoError(400, 'Model not found', `Model '${modelId}' not found or is disabled`);
  if (requestPath !== model.requestPath) return pixazoError(404, 'Not Found', 'Resource not found');
  const read = readPixazoBody(model, req.body);
  if ('problem' in read) return pixazoError(400, 'Bad Request', read.problem.message);
  const { state, key } = call;
  const webhook = readWebhook(req, state.allowHttpWebhooks);
  if (webhook && 'status' in webhook) return webhook;
  const outcome = readOutcome(read.values.prompt);
  if (outcome === 'policy') {
    return pixazoError(
      400,
      'Content policy violation',
      'The prompt was rejected by the content moderation policy.',
    );
  }
  const output = pixazoOutput(model, read.values, state);
  const cost = pixazoCostTicks(model.id, read.values, output.seconds ?? 0, output.resolution);
  if (!state.balances.charge('pixazo', key, cost)) {
    return pixazoError(402, 'Insufficient Balance', 'Your wallet does not have enough balance.');
  }
  const job = createJob(state, {
    provider: 'pixazo',
    id: `${model.id}_${state.ids.uuid(7)}`,
    key,
    kind: output.kind,
    endpoint: model.id,
    model: model.id,
    request: req.body,
    outcome,
    durationMs: output.kind === 'image' ? state.timings.imageMs : state.timings.videoMs,
    media: output.media,
    cost,
    ...(output.seconds === undefined ? {} : { seconds: output.seconds }),
    ...(webhook ? { webhook } : {}),
  });
  return jsonResponse(202, {
    request_id: job.id,
    status: 'QUEUED',
    polling_url: `${state.urls.pixazoBaseURL}/v2/requests/status/${job.id}`,
  });
}
