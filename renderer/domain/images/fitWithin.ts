export interface Size {
  width: number;
  height: number;
}

/**
 * The size an image is scaled to so that neither side exceeds `maxSide`, keeping its aspect
 * ratio; never scaled up. Sides are whole pixels, at least 1, and the longer side lands exactly
 * on `maxSide` when the image is larger.
 */
export function fitWithin(source: Size, maxSide: number): Size {
  const { width, height } = source;
  if (!(width > 0 && height > 0)) throw new RangeError(`Not an image size: ${width}×${height}`);
  if (!(maxSide >= 1)) throw new RangeError(`Not a maximum side: ${maxSide}`);
  const longer = Math.max(width, height);
  if (longer <= maxSide) return { width: Math.round(width), height: Math.round(height) };
  const scale = maxSide / longer;
  return width >= height
    ? { width: Math.floor(maxSide), height: Math.max(1, Math.round(height * scale)) }
    : { width: Math.max(1, Math.round(width * scale)), height: Math.floor(maxSide) };
}
