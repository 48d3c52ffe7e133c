import { describe, expect, it } from 'vitest';
import { assertJobDone } from '../client/assert-job-done.ts';
import { JobFailedError } from '../errors/job-failed-error.ts';
import { MAX_RAW_DEPTH } from './bounded-raw.ts';
import { buildJob, type JobFacts } from './build-job.ts';
import type { JobOutput } from './job.ts';
import { outputProblem } from './output-problem.ts';

const NOW = Date.parse('2026-01-01T00:01:00Z');
const facts: JobFacts = {
  provider: 'vydra',
  providerJobId: 'job_1',
  type: 'text-to-video',
  createdAt: '2026-01-01T00:00:00.000Z',
};
const video = (url: string): JobOutput => ({ url, mimeType: 'video/mp4' });

describe('outputProblem', () => {
  it.each([['https://cdn.test/v.mp4'], ['http://cdn.test/v.mp4?sig=abc'], ['HTTPS://CDN.TEST/V.MP4']])(
    '%s is kept',
    (url) => {
      expect(outputProblem(video(url))).toBeUndefined();
    },
  );

  it.each([
    ['file:///etc/passwd', 'its URL has the scheme "file:"; only https: and http: outputs are kept'],
    ['javascript:alert(1)', 'its URL has the scheme "javascript:"; only https: and http: outputs are kept'],
    [
      'data:text/html,<script>1</script>',
      'its URL has the scheme "data:"; only https: and http: outputs are kept',
    ],
    ['ftp://cdn.test/v.mp4', 'its URL has the scheme "ftp:"; only https: and http: outputs are kept'],
    ['/videos/v.mp4', 'its URL is not an absolute URL'],
    ['v.mp4', 'its URL is not an absolute URL'],
    ['https://user:secret-pass@cdn.test/v.mp4', 'its URL carries credentials (user:password@)'],
    ['https://token@cdn.test/v.mp4', 'its URL carries credentials (user:password@)'],
  ])('%s is refused: %s', (url, problem) => {
    expect(outputProblem(video(url))).toBe(problem);
  });

  it('inline data must be base64 (standard or URL-safe, wrapped lines allowed)', () => {
    expect(outputProblem({ data: 'aGVsbG8=', mimeType: 'image/png' })).toBeUndefined();
    expect(outputProblem({ data: 'aGVs\nbG8-_w==', mimeType: 'image/png' })).toBeUndefined();
    expect(outputProblem({ data: '<script>', mimeType: 'image/png' })).toBe('its inline data is not base64');
  });
});

describe('buildJob: outputs the SDK will not fetch', () => {
  it('every output unusable: failed invalid_output at status time, credentials not echoed', () => {
    const job = buildJob(
      facts,
      { status: 'done', outputs: [video('file:///etc/passwd'), video('https://me:hunter2@cdn.test/v.mp4')] },
      NOW,
    );
    expect(job.status).toBe('failed');
    expect(job.outputs).toEqual([]);
    expect(job.error).toEqual({
      code: 'invalid_output',
      message:
        'The provider reported the job done, but no output can be used: output 1: its URL has the scheme "file:"; only https: and http: outputs are kept; output 2: its URL carries credentials (user:password@).',
      retryable: false,
    });
    expect(JSON.stringify(job.error)).not.toContain('hunter2');
    expect(() => assertJobDone(job)).toThrow(JobFailedError);
  });

  it('some unusable: done with the rest and an output_rejected warning', () => {
    const good = video('https://cdn.test/v.mp4');
    const job = buildJob(facts, { status: 'done', outputs: [video('javascript:alert(1)'), good] }, NOW);
    expect(job.status).toBe('done');
    expect(job.outputs).toEqual([good]);
    expect(job.warnings).toEqual([
      {
        type: 'output_rejected',
        provider: 'vydra',
        message:
          '1 of 2 outputs were dropped: output 1: its URL has the scheme "javascript:"; only https: and http: outputs are kept.',
      },
    ]);
  });

  it('thousands of unusable outputs: the message names three and counts the rest', () => {
    const outputs = Array.from({ length: 5000 }, () => video('/relative.mp4'));
    const job = buildJob(facts, { status: 'done', outputs }, NOW);
    expect(job.error?.message).toMatch(/output 3: its URL is not an absolute URL; and 4997 more\.$/);
  });

  it('a raw body nested 100,000 levels deep is kept bounded and serialisable', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const job = buildJob(facts, { status: 'pending', raw: deep }, NOW);
    const text = JSON.stringify(job.raw);
    expect(text).toContain('[nested too deep]');
    expect(text.length).toBeLessThan(10 * MAX_RAW_DEPTH);
  });
});
