// Run before the tests: the queue package's tests start their own `redis-server` and must fail, not
// skip, without one. On a Debian machine where we are root (CI, the project's machines) it is
// installed here from Debian's package, so the README's test command needs nothing else; elsewhere
// this says how to install it and stops the run.
import { spawnSync } from 'node:child_process';

const found = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
if (!found.error && found.status === 0) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
const apt = !spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).error;
if (root && apt) {
  console.log("redis-server is missing: installing Debian's package for the queue tests…");
  const installed = spawnSync('bash', ['.ci/install-redis.sh'], { stdio: 'inherit' });
  process.exit(installed.status ?? 1);
}
console.error(
  'redis-server is not installed, and the queue tests need it. Install it (Debian/Ubuntu: `sudo apt-get install -y redis-server`; macOS: `brew install redis`), then run the tests again.',
);
process.exit(1);
