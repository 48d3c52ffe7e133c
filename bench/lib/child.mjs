// Runs a helper script (the fake provider, the emulator) in its own process and talks to it over IPC.
import { fork } from 'node:child_process';

/** Forks `script`, waits for its `{type:'ready'}` message; returns it with `ask(message)` and `stop()`. */
export async function startChild(script, args = []) {
  const child = fork(script, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  let queue = Promise.resolve();
  const ask = (message) => {
    const answer = queue.then(
      () =>
        new Promise((resolve) => {
          child.once('message', resolve);
          child.send(message);
        }),
    );
    queue = answer.catch(() => {});
    return answer;
  };
  return {
    ...ready,
    ask,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.disconnect();
      }),
  };
}
