/** What the MP4 header says about the video. */
export interface Mp4Info {
  width: number;
  height: number;
  /** Whole or fractional seconds; written into `mvhd`, `tkhd` and `mdhd`. */
  seconds: number;
}

const TIMESCALE = 1000;
const IDENTITY_MATRIX = [0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000];

function box(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length + 8);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
}

function fullBox(type: string, flags: number, ...parts: Buffer[]): Buffer {
  const versionAndFlags = Buffer.alloc(4);
  versionAndFlags.writeUInt32BE(flags & 0xffffff); // version 0
  return box(type, versionAndFlags, ...parts);
}

function u32(...values: number[]): Buffer {
  const out = Buffer.alloc(values.length * 4);
  values.forEach((value, i) => {
    out.writeUInt32BE(value >>> 0, i * 4);
  });
  return out;
}

/** An `avc1` visual sample entry: the frame size a player reads before any sample. */
function sampleEntry(info: Mp4Info): Buffer {
  const entry = Buffer.alloc(78);
  entry.writeUInt16BE(1, 6); // data reference index
  entry.writeUInt16BE(info.width, 24);
  entry.writeUInt16BE(info.height, 26);
  entry.writeUInt32BE(0x00480000, 28); // 72 dpi
  entry.writeUInt32BE(0x00480000, 32);
  entry.writeUInt16BE(1, 40); // frame count
  entry.writeUInt16BE(0x18, 74); // depth
  entry.writeInt16BE(-1, 76);
  return box('avc1', entry);
}

function trackBoxes(info: Mp4Info, duration: number): Buffer {
  const tkhd = fullBox(
    'tkhd',
    3, // enabled, in movie
    u32(0, 0, 1, 0, duration, 0, 0),
    Buffer.alloc(8), // layer, alternate group, volume, reserved
    u32(...IDENTITY_MATRIX),
    u32(info.width * 0x10000, info.height * 0x10000),
  );
  const mdhd = fullBox('mdhd', 0, u32(0, 0, TIMESCALE, duration), Buffer.from([0x55, 0xc4, 0, 0])); // "und"
  const hdlr = fullBox(
    'hdlr',
    0,
    u32(0),
    Buffer.from('vide', 'latin1'),
    Buffer.alloc(12),
    Buffer.from('VideoHandler\0'),
  );
  const dinf = box('dinf', fullBox('dref', 0, u32(1), fullBox('url ', 1)));
  // The sample tables are empty: the file is a valid container that says how long it is, not a playable clip.
  const stbl = box(
    'stbl',
    fullBox('stsd', 0, u32(1), sampleEntry(info)),
    fullBox('stts', 0, u32(0)),
    fullBox('stsc', 0, u32(0)),
    fullBox('stsz', 0, u32(0, 0)),
    fullBox('stco', 0, u32(0)),
  );
  const minf = box('minf', fullBox('vmhd', 1, Buffer.alloc(8)), dinf, stbl);
  return box('trak', tkhd, box('mdia', mdhd, hdlr, minf));
}

/** Encodes an ISO-BMFF (MP4) container: `ftyp`, `moov` (with the duration and frame size), `mdat`. */
export function encodeMp4(info: Mp4Info): Buffer {
  const duration = Math.round(info.seconds * TIMESCALE);
  const ftyp = box(
    'ftyp',
    Buffer.from('isom', 'latin1'),
    u32(0x200),
    Buffer.from('isomiso2avc1mp41', 'latin1'),
  );
  const mvhd = fullBox(
    'mvhd',
    0,
    u32(0, 0, TIMESCALE, duration, 0x00010000),
    Buffer.from([0x01, 0x00, 0, 0]), // volume 1.0, reserved
    Buffer.alloc(8),
    u32(...IDENTITY_MATRIX),
    Buffer.alloc(24), // pre_defined
    u32(2), // next track id
  );
  const mdat = box('mdat', Buffer.from('grok-imagine emulator video placeholder', 'latin1'));
  return Buffer.concat([ftyp, box('moov', mvhd, trackBoxes(info, duration)), mdat]);
}
