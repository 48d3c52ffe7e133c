import type { BitWriter } from './bit-writer.ts';
import type { StreamLayout } from './stream-layout.ts';

/** `slice_type` values meaning "every slice of this picture has this type". */
const SLICE_TYPE = { p: 5, i: 7 } as const;

/** Which kind of picture a slice header starts. */
export type SliceKind = 'idr' | 'p';

/**
 * Writes a slice header for a picture of one slice (PPS 0, `pic_order_cnt_type` 2, no reference
 * list changes), with the deblocking filter off: the picture has no coded residual to smooth.
 */
export function writeSliceHeader(
  out: BitWriter,
  layout: StreamLayout,
  kind: SliceKind,
  frameNum: number,
): void {
  out.ue(0); // first_mb_in_slice
  out.ue(kind === 'idr' ? SLICE_TYPE.i : SLICE_TYPE.p);
  out.ue(0); // pic_parameter_set_id
  out.bits(layout.log2MaxFrameNum, frameNum % 2 ** layout.log2MaxFrameNum);
  if (kind === 'idr') out.ue(0); // idr_pic_id: the clip has a single IDR picture
  if (kind === 'p') {
    out.flag(false); // num_ref_idx_active_override_flag: one reference, as the PPS says
    out.flag(false); // ref_pic_list_modification_flag_l0
  }
  // dec_ref_pic_marking: every picture is a reference; the sliding window keeps the latest one.
  if (kind === 'idr')
    out.flag(false).flag(false); // no_output_of_prior_pics_flag, long_term_reference_flag
  else out.flag(false); // adaptive_ref_pic_marking_mode_flag
  out.se(0); // slice_qp_delta
  out.ue(1); // disable_deblocking_filter_idc: off
}
