/**
 * Colours that stay apart for readers with colour-blindness and on a greyscale printout:
 * a sequence with steadily falling lightness (viridis-like), so neighbouring slices differ
 * in brightness, not only in hue. Light colours get a dark outline where they are drawn. The
 * two-year comparison uses a light and a dark blue, also outlined.
 */
export const SERIES_PALETTE = ["#0f3d6e", "#2a788e", "#5ec962", "#fde725", "#9b5fc0", "#b8d8e8"] as const;

export const SINGLE_SERIES = "#1f5c99";

export const YEAR_PAIR = ["#9ecae1", "#0f3d6e"] as const;
