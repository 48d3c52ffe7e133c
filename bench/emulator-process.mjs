// The emulator in its own process, for the rate-limit section: options come as JSON in argv[2];
// `{type:'stats'}` answers the answers it gave by status and its jobs' timelines.
import { startEmulator } from '@grok-imagine/emulator';

const emulator = await startEmulator(JSON.parse(process.argv[2] ?? '{}'));
process.on('message', (message) => {
  if (message.type !== 'stats') return;
  const statuses = {};
  for (const request of emulator.requests) statuses[request.status] = (statuses[request.status] ?? 0) + 1;
  const jobs = [...emulator.jobs.values()].map((job) => ({
    id: job.id,
    kind: job.kind,
    createdAt: job.createdAt,
    readyAt: job.readyAt,
  }));
  process.send({ type: 'stats', statuses, requests: emulator.requests.length, jobs });
});
process.send({ type: 'ready', xaiBaseURL: emulator.xaiBaseURL, key: emulator.keys.xai });
process.on('disconnect', () => emulator.close().then(() => process.exit(0)));
