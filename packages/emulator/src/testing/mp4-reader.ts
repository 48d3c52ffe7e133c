/** One ISO-BMFF box found by {@link readBoxes}. */
export interface Mp4Box {
  type: string;
  /** The box's payload (after the 8-byte header). */
  body: Buffer;
  /** File offset of the payload. */
  offset: number;
  children: Mp4Box[];
}

/** Boxes that hold only other boxes, and how many bytes of their own fields come first. */
const CONTAINERS: Record<string, number> = {
  moov: 0,
  trak: 0,
  mdia: 0,
  minf: 0,
  dinf: 0,
  stbl: 0,
  stsd: 8, // version/flags, entry_count
  dref: 8,
  avc1: 78, // the visual sample entry fields
};

/**
 * Reads a box tree the way a demuxer does, from the sizes alone, and fails loudly (for a test) when
 * a size runs past its parent.
 */
export function readBoxes(file: Buffer, start = 0, end = file.length): Mp4Box[] {
  const boxes: Mp4Box[] = [];
  for (let at = start; at < end; ) {
    const size = file.readUInt32BE(at);
    const type = file.toString('latin1', at + 4, at + 8);
    if (size < 8 || at + size > end)
      throw new RangeError(`box ${type} at ${at} has size ${size} past ${end}`);
    const skip = CONTAINERS[type];
    const children = skip === undefined ? [] : readBoxes(file, at + 8 + skip, at + size);
    boxes.push({ type, body: file.subarray(at + 8, at + size), offset: at + 8, children });
    at += size;
  }
  return boxes;
}

/** The box at a path such as `moov/trak/mdia/minf/stbl/stsz`. */
export function findBox(boxes: readonly Mp4Box[], path: string): Mp4Box {
  const [head, ...rest] = path.split('/');
  const found = boxes.find((b) => b.type === head);
  if (!found) throw new RangeError(`no ${head} among ${boxes.map((b) => b.type).join(', ')}`);
  return rest.length === 0 ? found : findBox(found.children, rest.join('/'));
}

/** The 32-bit big-endian words of a full box's body after version/flags. */
export function fullBoxWords(box: Mp4Box): number[] {
  const words: number[] = [];
  for (let at = 4; at + 4 <= box.body.length; at += 4) words.push(box.body.readUInt32BE(at));
  return words;
}

/** Splits a sample of 4-byte-length-prefixed NAL units. */
export function splitNalUnits(sample: Buffer): Buffer[] {
  const units: Buffer[] = [];
  for (let at = 0; at < sample.length; ) {
    const length = sample.readUInt32BE(at);
    if (at + 4 + length > sample.length) throw new RangeError(`NAL unit at ${at} runs past the sample`);
    units.push(sample.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return units;
}
