import { describe, expect, it } from 'vitest';
import { createPlainProgress } from './plain-progress.ts';

describe('createPlainProgress', () => {
  it('writes one line per change of state or progress, with elapsed time and the quote', () => {
    const lines: string[] = [];
    let now = 1000;
    const stream = { write: (text: string) => lines.push(text) } as unknown as NodeJS.WritableStream;
    const view = createPlainProgress(stream, () => now);
    const job = { id: 'pixazo:r1', status: 'pending', phase: 'queued', progress: 0 } as const;
    view.update(job as never, '$0.42');
    now += 500;
    view.update(job as never);
    now += 1000;
    view.update({ ...job, phase: 'processing', progress: 40 } as never);
    view.update({ ...job, status: 'done', phase: undefined, progress: 100 } as never);
    expect(lines).toEqual([
      'pixazo:r1  queued  0%  0.0s  quoted $0.42\n',
      'pixazo:r1  processing  40%  1.5s  quoted $0.42\n',
      'pixazo:r1  done  100%  1.5s  quoted $0.42\n',
    ]);
  });
});
