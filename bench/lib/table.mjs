// Formats the goal table: one markdown row per goal of issue 14, with the measured figures.

const KB = 1024;
const fmt = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const ms = (value) => `${fmt(value, 3)} ms`;
const times = (value) => `×${fmt(value)}`;
const pct = (value) => `${fmt(value * 100, 0)} %`;
const mark = (ok) => (ok ? 'yes' : '**no**');

/** The rows of the goal table from the sections' results (a section left out gives no rows). */
export function goalRows(r) {
  const rows = [];
  const latency = (key, label, goal, limit) => {
    const m = r.latency?.[key];
    if (!m) return;
    rows.push([
      label,
      ms(m.raw.ms),
      `${ms(m.sdk.ms)} (${times(m.sdk.ratio)}; CPU ${times(m.sdk.cpuRatio)})`,
      `${ms(m.ai.ms)} (${times(m.ai.ratio)}; CPU ${times(m.ai.cpuRatio)})`,
      goal,
      mark(m.sdk.ratio <= limit && (key !== 'imageC1' || m.sdk.ratio < m.ai.ratio)),
    ]);
  };
  latency('imageC1', 'image generate latency ×raw fetch, c=1', '≤ ×1.15 and below the AI SDK', 1.15);
  latency('imageC64', 'image throughput slowdown ×raw, c=64 (ms per call)', '≤ ×1.1', 1.1);
  latency('videoC1', 'video submit + one poll latency ×raw, c=1', '≤ ×1.3', 1.3);
  latency('videoC64', 'video submit + one poll, c=64 (ms per call)', '(no goal)', Number.POSITIVE_INFINITY);
  if (r.requests) {
    rows.push([
      'HTTP requests per video job, c=64 (videos done at once)',
      '–',
      fmt(r.requests.instant.sdk),
      fmt(r.requests.instant.ai),
      '2 (submit + reads the schedule needs)',
      mark(r.requests.instant.sdk <= 2.05),
    ]);
    rows.push([
      'HTTP requests per video job, c=64 (videos of 3 s ± 30 %)',
      '–',
      fmt(r.requests['3s'].sdk),
      `${fmt(r.requests['3s'].ai)} (polls every 5 s)`,
      '(no goal: reads buy lag)',
      '–',
    ]);
  }
  if (r.rate) {
    const { images, videos } = r.rate;
    rows.push([
      '500 images, emulator limit 50/s, SDK told the limit',
      '–',
      `${pct(images.efficiency)} of the bound in ${fmt(images.seconds, 1)} s; 429s: ${images.emulator429} at the emulator, ${images.userVisible429} seen by callers`,
      '–',
      '≥ 95 %, 0 user-visible 429',
      mark(images.efficiency >= 0.95 && images.userVisible429 === 0),
    ]);
    rows.push([
      '120 videos (3 s ± 25 %) at the same limit, xAI cap of 15 jobs',
      '–',
      `${pct(videos.efficiency)} (${fmt(videos.seconds, 1)} s, bound ${fmt(videos.boundSeconds, 1)} s), ${fmt(videos.requestsPerJob, 1)} requests per job, ${videos.emulator429} × 429`,
      '–',
      '≥ 90 %',
      mark(videos.efficiency >= 0.9),
    ]);
  }
  if (r.lag) {
    const { c1, c4 } = r.lag;
    rows.push([
      'lag "done at provider" → `generate()` resolves, default polling and limits, c=1',
      '–',
      `median ${fmt(c1.median)} s, p90 ${fmt(c1.p90)} s, max ${fmt(c1.max)} s; ${fmt(c1.requestsPerJob, 1)} requests per job`,
      '–',
      'median ≤ 1 s, p90 ≤ 2 s',
      mark(c1.median <= 1 && c1.p90 <= 2),
    ]);
    rows.push([
      'the same at c=4 (xAI 60/min shared by 4 jobs)',
      '–',
      `median ${fmt(c4.median)} s, p90 ${fmt(c4.p90)} s, max ${fmt(c4.max)} s; peak ${c4.peakPerMinute} requests in a minute`,
      '–',
      'within 60 requests/min',
      mark(c4.peakPerMinute <= 60 && c1.peakPerMinute <= 60),
    ]);
  }
  if (r.download) {
    const mib = (bytes) => `${fmt(bytes / KB / KB, 1)} MiB`;
    rows.push([
      '200 MB download, peak RSS added',
      `${mib(r.download.raw)} (fetch piped to a file)`,
      mib(r.download.sdk),
      `${mib(r.download.ai)} (buffers the body)`,
      '≤ 32 MB',
      mark(r.download.sdk <= 32e6),
    ]);
  }
  if (r.bundle) {
    const kb = (bytes) => `${fmt(bytes / KB, 1)} KB`;
    rows.push([
      'bundle, one image program, min+gz (esbuild)',
      kb(r.bundle.raw.minGz),
      `${r.bundle.sdkXai ? `${kb(r.bundle.sdkXai.minGz)} (\`/xai\` entry); ` : ''}${kb(r.bundle.sdkAll.minGz)} (all providers)`,
      kb(r.bundle.ai.minGz),
      '≤ 21 KB for one provider',
      mark((r.bundle.sdkXai ?? r.bundle.sdkAll).minGz <= 21 * KB),
    ]);
  }
  if (r.cold) {
    rows.push([
      'cold import above the bare-node floor',
      `floor ${fmt(r.cold.floorMs, 0)} ms`,
      `${r.cold.sdkXai === undefined ? '' : `${fmt(r.cold.sdkXai, 0)} ms (\`/xai\`); `}${fmt(r.cold.sdkAll, 0)} ms (all)`,
      `${fmt(r.cold.ai, 0)} ms`,
      '≤ 50 ms',
      mark(r.cold.sdkAll <= 50),
    ]);
  }
  if (r.ledger) {
    const { memory, file } = r.ledger.ratios;
    rows.push([
      'per-call cost, 10k ÷ 1k jobs in flight (get, spend)',
      '–',
      `memory ${times(memory.get)}, ${times(memory.spend)}; file ${times(file.get)}, ${times(file.spend)}`,
      '–',
      'flat (≈ ×1; spend is a fraction of a µs, its ratio is noise)',
      mark(Math.max(memory.get, file.get) <= 1.5),
    ]);
  }
  return rows;
}

/** The rows as a markdown table. */
export function markdownTable(rows) {
  const header = ['measure', 'raw fetch', 'grok-imagine', 'Vercel AI SDK', 'goal', 'met'];
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
