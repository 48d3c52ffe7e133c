import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createTtyProgress } from './tty-progress.ts';

function fakeTerminal() {
  let text = '';
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        text += chunk.toString();
        done();
      },
    }),
    { isTTY: true, columns: 120 },
  );
  return { stream, text: () => text };
}

describe('createTtyProgress', () => {
  it('draws a bar per job with its phase, percent and quote, and stops cleanly', () => {
    const terminal = fakeTerminal();
    const view = createTtyProgress(terminal.stream);
    const job = { id: 'xai:abc', provider: 'xai', status: 'pending', phase: 'processing', progress: 40 };
    view.update(job as never, '$0.42');
    view.update({ ...job, id: 'vydra:def', phase: 'queued', progress: 0 } as never, '150 credits');
    view.update({ ...job, status: 'done', phase: undefined, progress: 100 } as never);
    view.stop();
    const screen = terminal.text();
    expect(screen).toMatch(/xai:abc {35}done {7}█{24} 100% +\d+s {2}quoted \$0\.42/);
    expect(screen).toMatch(/vydra:def {33}queued {5}░{24} {3}0% +\d+s {2}quoted 150 credits/);
    view.stop();
  });

  it('fits a narrow terminal: long ids are shortened in the middle, the bar shrinks or goes', () => {
    const terminal = fakeTerminal();
    terminal.stream.columns = 60;
    const view = createTtyProgress(terminal.stream);
    const id = `pixazo:grok-imagine-video-text-to-video_${'0123456789'.repeat(4)}`;
    view.update(
      { id, provider: 'pixazo', status: 'pending', phase: 'processing', progress: 50 } as never,
      '$0.42',
    );
    view.stop();
    const line = terminal
      .text()
      .split(new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`))
      .find((part) => part.includes('pixazo:'))!;
    expect(line).toMatch(/^pixazo:grok…0123456789 {2}processing {2}50% +\d+s {2}quoted \$0\.42$/);
    expect(line.length).toBeLessThan(60);
  });
});
