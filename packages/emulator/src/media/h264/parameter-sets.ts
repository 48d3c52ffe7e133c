import { BitWriter } from './bit-writer.ts';
import { NAL_TYPE, nalUnit } from './nal-unit.ts';
import type { StreamLayout } from './stream-layout.ts';

/** `profile_idc` of the Baseline profile. */
export const BASELINE_PROFILE = 66;
/**
 * constraint_set0 and constraint_set1: the stream obeys Baseline and Main alike, which makes it
 * Constrained Baseline, the profile every browser decodes.
 */
export const CONSTRAINT_FLAGS = 0b1100_0000;

function writeVui(out: BitWriter, layout: StreamLayout): void {
  out.flag(true).bits(8, 1); // aspect_ratio_idc 1: square pixels
  out.flag(false); // overscan_info_present_flag
  // Limited-range BT.601 colours, as the samples are computed (ycbcr.ts).
  out.flag(true).bits(3, 5).flag(false).flag(true).bits(8, 6).bits(8, 6).bits(8, 6);
  out.flag(false); // chroma_loc_info_present_flag
  // A frame lasts two ticks (one per field), so time_scale is twice the frame rate.
  out
    .flag(true)
    .bits(32, 1)
    .bits(32, 2 * layout.fps)
    .flag(true);
  out.flag(false).flag(false); // no NAL or VCL HRD parameters
  out.flag(false); // pic_struct_present_flag
  // bitstream_restriction: no reordering and a one-frame buffer, so decoders output every frame at once.
  out.flag(true).flag(true).ue(0).ue(0).ue(16).ue(16).ue(0).ue(1);
}

/** The sequence parameter set NAL unit: Constrained Baseline, one reference frame, cropped to the size. */
export function writeSps(layout: StreamLayout): Uint8Array {
  const out = new BitWriter();
  out.bits(8, BASELINE_PROFILE).bits(8, CONSTRAINT_FLAGS).bits(8, layout.level);
  out.ue(0); // seq_parameter_set_id
  out.ue(layout.log2MaxFrameNum - 4);
  out.ue(2); // pic_order_cnt_type 2: output order is decoding order, nothing more to signal
  out.ue(1); // max_num_ref_frames: every P frame refers to the one before
  out.flag(false); // gaps_in_frame_num_value_allowed_flag
  out.ue(layout.widthInMbs - 1).ue(layout.heightInMbs - 1);
  out.flag(true); // frame_mbs_only_flag: progressive frames only
  out.flag(true); // direct_8x8_inference_flag
  const cropRight = layout.widthInMbs * 16 - layout.width;
  const cropBottom = layout.heightInMbs * 16 - layout.height;
  out.flag(cropRight > 0 || cropBottom > 0);
  // Crop offsets count chroma samples: two pixels each in 4:2:0.
  if (cropRight > 0 || cropBottom > 0)
    out
      .ue(0)
      .ue(cropRight / 2)
      .ue(0)
      .ue(cropBottom / 2);
  out.flag(true); // vui_parameters_present_flag
  writeVui(out, layout);
  return nalUnit(NAL_TYPE.sps, 3, out.finishRbsp());
}

/** The picture parameter set NAL unit: CAVLC, one slice group, deblocking switchable per slice. */
export function writePps(): Uint8Array {
  const out = new BitWriter();
  out.ue(0).ue(0); // pic_parameter_set_id, seq_parameter_set_id
  out.flag(false); // entropy_coding_mode_flag: CAVLC
  out.flag(false); // bottom_field_pic_order_in_frame_present_flag
  out.ue(0); // num_slice_groups_minus1
  out.ue(0).ue(0); // num_ref_idx_l0/l1_default_active_minus1
  out.flag(false).bits(2, 0); // weighted_pred_flag, weighted_bipred_idc
  out.se(0).se(0).se(0); // pic_init_qp_minus26, pic_init_qs_minus26, chroma_qp_index_offset
  out.flag(true); // deblocking_filter_control_present_flag
  out.flag(false); // constrained_intra_pred_flag
  out.flag(false); // redundant_pic_cnt_present_flag
  return nalUnit(NAL_TYPE.pps, 3, out.finishRbsp());
}
