import { BitWriter } from './bit-writer.ts';
import { NAL_TYPE, nalUnit } from './nal-unit.ts';
import { writeSliceHeader } from './slice-header.ts';
import type { StreamLayout } from './stream-layout.ts';
import type { TestCard } from './test-card.ts';

/** `mb_type` in an I slice. */
const I_MB_TYPE = { vertical16x16NoResidual: 1, pcm: 25 } as const;
/** `intra_chroma_pred_mode` 2: copy the row above. */
const CHROMA_VERTICAL = 2;
/** What CAVLC's nC counts for a neighbouring I_PCM macroblock (9.2.1). */
const PCM_COEFFICIENT_COUNT = 16;

/** `coeff_token` for a block with no coefficients, from the table the neighbours' count nC selects (9-5). */
function writeEmptyCoeffToken(out: BitWriter, nC: number): void {
  if (nC < 2) out.bits(1, 0b1);
  else if (nC < 4) out.bits(2, 0b11);
  else if (nC < 8) out.bits(4, 0b1111);
  else out.bits(6, 0b000011);
}

/**
 * nC for the luma DC block of an Intra 16×16 macroblock: the coefficient counts of its left and
 * upper neighbours, averaged when both exist. Only row 0 is I_PCM (16); the rest code none (0).
 */
function neighbourCount(mbX: number, mbY: number): number {
  const above = mbY === 0 ? undefined : mbY === 1 ? PCM_COEFFICIENT_COUNT : 0;
  const left = mbX === 0 ? undefined : mbY === 0 ? PCM_COEFFICIENT_COUNT : 0;
  if (above !== undefined && left !== undefined) return (above + left + 1) >> 1;
  return above ?? left ?? 0;
}

/**
 * The first frame, as one IDR slice NAL unit. Row 0 is raw I_PCM samples carrying the gradient;
 * every other macroblock is Intra 16×16 vertical prediction with no residual, so it copies the row
 * above and costs a few bits. The whole picture is then the gradient, at about 400 bytes per column.
 */
export function writeIdrPicture(layout: StreamLayout, card: TestCard): Uint8Array {
  const out = new BitWriter();
  writeSliceHeader(out, layout, 'idr', 0);
  for (let mbY = 0; mbY < layout.heightInMbs; mbY++) {
    for (let mbX = 0; mbX < layout.widthInMbs; mbX++) {
      if (mbY === 0) {
        out.ue(I_MB_TYPE.pcm).alignWithZeros().bytes(card.pcmMacroblock(mbX, false));
        continue;
      }
      out.ue(I_MB_TYPE.vertical16x16NoResidual).ue(CHROMA_VERTICAL);
      out.se(0); // mb_qp_delta
      // An Intra 16×16 macroblock always codes its luma DC block, even when it is empty.
      writeEmptyCoeffToken(out, neighbourCount(mbX, mbY));
    }
  }
  return nalUnit(NAL_TYPE.idrSlice, 3, out.finishRbsp());
}
