import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A throwaway certificate authority and one server certificate it signed, as PEM. */
export interface TestCertificates {
  /** The CA certificate's file: what `NODE_EXTRA_CA_CERTS` points a child process at. */
  caPath: string;
  ca: string;
  /** The server's private key and certificate (for `localhost` and `127.0.0.1`). */
  key: string;
  cert: string;
}

// Elliptic-curve keys: generated in milliseconds, where RSA takes a noticeable share of the test.
const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

const SERVER_EXTENSIONS = [
  'subjectAltName = DNS:localhost, IP:127.0.0.1',
  'basicConstraints = critical, CA:FALSE',
  'keyUsage = critical, digitalSignature',
  'extendedKeyUsage = serverAuth',
  '',
].join('\n');

async function openssl(dir: string, args: string[]): Promise<void> {
  try {
    await run('openssl', args, { cwd: dir });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') {
      // Loud on purpose: without certificates the HTTPS path would go untested, so this is no skip.
      throw new Error(
        'The HTTPS download tests need the `openssl` command to make test certificates, and it is ' +
          'not on PATH. Install it (Debian/Ubuntu: `apt-get install openssl`; macOS: `brew install openssl`).',
      );
    }
    const stderr = (error as { stderr?: unknown }).stderr;
    throw new Error(`openssl ${args[0]} failed: ${String(stderr ?? error)}`);
  }
}

/**
 * Makes a fresh CA and a server certificate for `localhost` / `127.0.0.1` (subject alternative
 * names) in `dir` with the `openssl` CLI, valid for a day. Nothing is trusted unless a process is
 * told to trust `caPath`, so a test can check both a trusted and an untrusted connection.
 */
export async function makeTestCertificates(dir: string): Promise<TestCertificates> {
  await openssl(dir, [
    'req',
    '-x509',
    ...EC_KEY,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '1',
    '-subj',
    '/CN=grok-imagine test CA',
    '-addext',
    'basicConstraints = critical, CA:TRUE',
    '-addext',
    'keyUsage = critical, keyCertSign, cRLSign',
  ]);
  await openssl(dir, [
    'req',
    ...EC_KEY,
    '-keyout',
    'server.key',
    '-out',
    'server.csr',
    '-subj',
    '/CN=localhost',
  ]);
  await writeFile(join(dir, 'server.ext'), SERVER_EXTENSIONS);
  await openssl(dir, [
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.pem',
    '-days',
    '1',
    '-extfile',
    'server.ext',
  ]);
  const caPath = join(dir, 'ca.pem');
  const [ca, key, cert] = await Promise.all([
    readFile(caPath, 'utf8'),
    readFile(join(dir, 'server.key'), 'utf8'),
    readFile(join(dir, 'server.pem'), 'utf8'),
  ]);
  return { caPath, ca, key, cert };
}
