import type { H264Clip } from '../h264/encode-clip.ts';
import { BASELINE_PROFILE, CONSTRAINT_FLAGS } from '../h264/parameter-sets.ts';
import { box, u16 } from './iso-box.ts';

/** Bytes of the length written before each NAL unit in a sample. */
export const NAL_LENGTH_BYTES = 4;

/** `avcC`: the decoder configuration record (ISO/IEC 14496-15) holding the SPS and PPS. */
function avcConfiguration(clip: H264Clip): Buffer {
  return box(
    'avcC',
    Buffer.from([1, BASELINE_PROFILE, CONSTRAINT_FLAGS, clip.layout.level]),
    Buffer.from([0xfc | (NAL_LENGTH_BYTES - 1), 0xe0 | 1]), // length size; one SPS
    u16(clip.sps.length),
    clip.sps,
    Buffer.from([1]), // one PPS
    u16(clip.pps.length),
    clip.pps,
  );
}

/** An `avc1` visual sample entry: the display size and the `avcC` a player reads before any sample. */
export function avcSampleEntry(clip: H264Clip, width: number, height: number): Buffer {
  const entry = Buffer.alloc(78);
  entry.writeUInt16BE(1, 6); // data_reference_index
  entry.writeUInt16BE(width, 24);
  entry.writeUInt16BE(height, 26);
  entry.writeUInt32BE(0x00480000, 28); // 72 dpi
  entry.writeUInt32BE(0x00480000, 32);
  entry.writeUInt16BE(1, 40); // frame_count: one frame per sample
  const name = 'grok-imagine emulator';
  entry.writeUInt8(name.length, 42); // compressorname: a Pascal string in 32 bytes
  entry.write(name, 43, 'latin1');
  entry.writeUInt16BE(0x18, 74); // depth: colour, no alpha
  entry.writeInt16BE(-1, 76); // pre_defined
  return box('avc1', entry, avcConfiguration(clip));
}
