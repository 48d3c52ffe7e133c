import type { ApiRequest, ApiResponse } from '../server/http-types.ts';
import { jsonResponse } from '../server/http-types.ts';
import type { CallContext } from '../server/provider-module.ts';
import { refundJob } from '../state/create-job.ts';
import { vydraError } from './vydra-errors.ts';
import { vydraJobBody, vydraStatusLabel } from './vydra-job-body.ts';

const LIST_STATUSES = ['pending', 'running', 'processing', 'completed', 'failed', 'cancelled'] as const;

function notFound(id: string): ApiResponse {
  return vydraError(404, `Job ${id} not found`, 'JOB_NOT_FOUND');
}

/** `GET /jobs/{id}`. */
export function handleVydraGetJob(_req: ApiRequest, call: CallContext): ApiResponse {
  const id = call.params[0]!;
  const job = call.state.jobs.find('vydra', id, call.key);
  return job ? jsonResponse(200, vydraJobBody(job, call.state.clock.now())) : notFound(id);
}

/** `DELETE /jobs/{id}`: cancels a pending or processing job and refunds its credits. */
export function handleVydraCancelJob(_req: ApiRequest, call: CallContext): ApiResponse {
  const id = call.params[0]!;
  const { state } = call;
  const job = state.jobs.find('vydra', id, call.key);
  if (!job) return notFound(id);
  const now = state.clock.now();
  const status = vydraStatusLabel(job, now);
  if (status !== 'pending' && status !== 'processing') {
    return vydraError(400, `Job ${id} is already ${status} and cannot be cancelled`, 'INVALID_INPUT', {
      status,
    });
  }
  job.cancelledAt = now;
  refundJob(state, job);
  return jsonResponse(200, { ...vydraJobBody(job, now), message: 'Job cancelled.' });
}

interface Paging {
  limit: number;
  offset: number;
  status?: string;
}

function readPaging(query: URLSearchParams): { paging: Paging } | { refusal: ApiResponse } {
  const limit = Number(query.get('limit') ?? 20);
  const offset = Number(query.get('offset') ?? 0);
  const status = query.get('status') ?? undefined;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    return {
      refusal: vydraError(400, 'limit must be an integer from 1 to 100', 'INVALID_INPUT', { field: 'limit' }),
    };
  }
  if (!Number.isInteger(offset) || offset < 0) {
    return {
      refusal: vydraError(400, 'offset must be a non-negative integer', 'INVALID_INPUT', { field: 'offset' }),
    };
  }
  if (status !== undefined && !(LIST_STATUSES as readonly string[]).includes(status)) {
    const message = `status must be one of ${LIST_STATUSES.join(', ')}`;
    return { refusal: vydraError(400, message, 'INVALID_INPUT', { field: 'status' }) };
  }
  return { paging: status === undefined ? { limit, offset } : { limit, offset, status } };
}

/** `GET /jobs?limit&offset&status`: the key's jobs, newest first, as `{data, total, limit, offset}`. */
export function handleVydraListJobs(req: ApiRequest, call: CallContext): ApiResponse {
  const read = readPaging(req.query);
  if ('refusal' in read) return read.refusal;
  const { limit, offset, status } = read.paging;
  const now = call.state.clock.now();
  // `running` is the list filter's word for a job being processed.
  const wanted = status === 'running' ? 'processing' : status;
  const bodies = call.state.jobs
    .listFor('vydra', call.key)
    .map((job) => vydraJobBody(job, now))
    .filter((body) => wanted === undefined || body.status === wanted);
  return jsonResponse(200, {
    data: bodies.slice(offset, offset + limit),
    total: bodies.length,
    limit,
    offset,
  });
}
