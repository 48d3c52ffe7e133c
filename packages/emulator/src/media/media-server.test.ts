import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PIXAZO_EXAMPLES, XAI_EXAMPLES } from '../testing/doc-examples.ts';
import { type TestEmulator, authed, send, startTestEmulator } from '../testing/harness.ts';
import { readSps } from '../testing/h264-reader.ts';
import { findBox, fullBoxWords, readBoxes } from '../testing/mp4-reader.ts';

let t: TestEmulator;

beforeEach(async () => {
  t = await startTestEmulator();
});
afterEach(async () => {
  await t.emulator.close();
});

async function imageUrl(aspect = '16:9'): Promise<string> {
  const body = { ...XAI_EXAMPLES.imageGeneration, aspect_ratio: aspect };
  const answer = await send(`${t.emulator.xaiBaseURL}/images/generations`, authed('xai', body));
  return (answer.json as { data: Array<{ url: string }> }).data[0]!.url;
}

async function fetchBytes(
  url: string,
  init?: RequestInit,
): Promise<{ status: number; type: string | null; length: string | null; bytes: Buffer }> {
  const response = await fetch(url, init);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    length: response.headers.get('content-length'),
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

describe('media server', () => {
  it('serves from a different origin than the APIs', async () => {
    const url = new URL(await imageUrl());
    expect(url.origin).toBe(t.emulator.mediaURL);
    expect(url.origin).not.toBe(new URL(t.emulator.xaiBaseURL).origin);
  });

  it('serves a JPEG in the requested aspect ratio with the right Content-Type and Content-Length', async () => {
    const file = await fetchBytes(await imageUrl('9:16'));
    expect(file.status).toBe(200);
    expect(file.type).toBe('image/jpeg');
    expect(Number(file.length)).toBe(file.bytes.length);
    const sof = file.bytes.indexOf(Buffer.from([0xff, 0xc0]));
    const [height, width] = [file.bytes.readUInt16BE(sof + 5), file.bytes.readUInt16BE(sof + 7)];
    expect(height / width).toBeCloseTo(16 / 9, 1);
  });

  it('serves PNG and WebP as Pixazo output_format asks, and an MP4 for videos', async () => {
    const pixazo = async (index: number, patch: object): Promise<string> => {
      const example = PIXAZO_EXAMPLES[index]!;
      const submit = await send(
        `${t.emulator.pixazoBaseURL}/${example.model}/v1/${example.path}`,
        authed('pixazo', { ...example.body, ...patch }),
      );
      return (submit.json as { request_id: string }).request_id;
    };
    const png = await pixazo(2, { output_format: 'png', aspect_ratio: '2:1' });
    const webp = await pixazo(2, { output_format: 'webp' });
    const mp4 = await pixazo(4, { duration: 4 });
    t.clock.advance(10_000);
    const urlOf = async (id: string) => {
      const status = await send(`${t.emulator.pixazoBaseURL}/v2/requests/status/${id}`, authed('pixazo'));
      return (status.json as { output: { media_url: string[] } }).output.media_url[0]!;
    };
    const pngFile = await fetchBytes(await urlOf(png));
    expect(pngFile.type).toBe('image/png');
    expect(pngFile.bytes.readUInt32BE(16) / pngFile.bytes.readUInt32BE(20)).toBe(2);
    const webpFile = await fetchBytes(await urlOf(webp));
    expect(webpFile.type).toBe('image/webp');
    expect(webpFile.bytes.toString('latin1', 8, 12)).toBe('WEBP');
    const mp4File = await fetchBytes(await urlOf(mp4));
    expect(mp4File.type).toBe('video/mp4');
    const boxes = readBoxes(mp4File.bytes);
    expect(boxes.map((b) => b.type)).toEqual(['ftyp', 'moov', 'mdat']);
    const stbl = 'moov/trak/mdia/minf/stbl';
    expect(fullBoxWords(findBox(boxes, `${stbl}/stsz`))[1]).toBe(4 * 24); // duration 4 at 24 fps
    const avcC = findBox(findBox(boxes, `${stbl}/stsd/avc1`).children, 'avcC').body;
    const sps = readSps(avcC.subarray(8, 8 + avcC.readUInt16BE(6)));
    const tkhd = fullBoxWords(findBox(boxes, 'moov/trak/tkhd'));
    expect([sps.width, sps.height]).toEqual([tkhd[18]! / 0x10000, tkhd[19]! / 0x10000]);
    expect(sps.profileIdc).toBe(66);
  });

  it('answers 404 before the job is done and 410 once the URL expired', async () => {
    const example = PIXAZO_EXAMPLES[4];
    await send(
      `${t.emulator.pixazoBaseURL}/${example.model}/v1/${example.path}`,
      authed('pixazo', example.body),
    );
    const [job] = [...t.emulator.jobs.values()];
    expect((await send(job!.mediaUrls[0]!)).status).toBe(404);
    t.clock.advance(10_000);
    expect((await send(job!.mediaUrls[0]!)).status).toBe(200);
    t.clock.advance(60_000);
    expect((await send(job!.mediaUrls[0]!)).status).toBe(410);
  });

  it('records whether a media request carried an API key', async () => {
    const url = await imageUrl();
    await fetch(url);
    await fetch(url, { headers: { Authorization: `Bearer ${t.emulator.keys.xai}` } });
    await fetch(url, { headers: { 'Ocp-Apim-Subscription-Key': 'anything' } });
    await fetch(`${url}?key=${t.emulator.keys.vydra}`);
    expect(t.emulator.mediaRequests.map((r) => r.hadApiKey)).toEqual([false, true, true, true]);
  });

  it('answers HEAD with the headers only, and 404 for unknown tokens', async () => {
    const url = await imageUrl();
    const head = await fetchBytes(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.length)).toBeGreaterThan(0);
    expect(head.bytes.length).toBe(0);
    expect((await send(`${t.emulator.mediaURL}/media/0123abcd.jpeg`)).status).toBe(404);
  });
});
