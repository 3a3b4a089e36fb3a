/**
 * The mortality endpoints the concentration-response functions act on: ischaemic heart disease,
 * stroke, chronic obstructive pulmonary disease, lung cancer, lower respiratory infections,
 * non-communicable diseases plus lower respiratory infections (GEMM NCD+LRI), and all natural
 * (non-accidental) causes, and respiratory diseases (`resp`, the ozone endpoint of Jerrett et al. 2009).
 * @category Impacts
 */
export const ENDPOINTS = ["ihd", "stroke", "copd", "lc", "lri", "ncd+lri", "natural", "resp"] as const;

/**
 * One of {@link ENDPOINTS}.
 * @category Impacts
 */
export type Endpoint = (typeof ENDPOINTS)[number];
