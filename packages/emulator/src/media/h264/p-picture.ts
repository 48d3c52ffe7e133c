import { BitWriter } from './bit-writer.ts';
import { NAL_TYPE, nalUnit } from './nal-unit.ts';
import { writeSliceHeader } from './slice-header.ts';
import type { StreamLayout } from './stream-layout.ts';
import type { TestCard } from './test-card.ts';

/** `mb_type` of I_PCM inside a P slice (intra types follow the five inter ones). */
const P_SLICE_PCM_MB_TYPE = 5 + 25;

/**
 * A later frame, as one P slice NAL unit: every macroblock is skipped (copied from the previous
 * frame, motion vector zero) except the bar columns `[barFrom, barTo)`, sent as I_PCM with the bar
 * drawn in. An unchanged frame is a handful of bytes.
 */
export function writePPicture(
  layout: StreamLayout,
  card: TestCard,
  frameNum: number,
  barFrom: number,
  barTo: number,
): Uint8Array {
  const out = new BitWriter();
  writeSliceHeader(out, layout, 'p', frameNum);
  const first = card.barRow * layout.widthInMbs + barFrom;
  const last = card.barRow * layout.widthInMbs + barTo;
  const total = layout.widthInMbs * layout.heightInMbs;
  let skipped = 0;
  for (let address = 0; address < total; address++) {
    if (address < first || address >= last) {
      skipped++;
      continue;
    }
    out.ue(skipped); // mb_skip_run before this coded macroblock
    skipped = 0;
    out.ue(P_SLICE_PCM_MB_TYPE).alignWithZeros();
    out.bytes(card.pcmMacroblock(address % layout.widthInMbs, true));
  }
  if (skipped > 0) out.ue(skipped);
  return nalUnit(NAL_TYPE.slice, 2, out.finishRbsp());
}
