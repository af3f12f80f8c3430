import { PNG } from 'pngjs';

/** Teams' icon rules: colour 192x192, outline 32x32 white on transparent. */

export const ICON_SIZES = { color: 192, outline: 32 } as const;
export type IconKind = keyof typeof ICON_SIZES;

function decode(png: Uint8Array, label: string): PNG | string {
  try {
    return PNG.sync.read(Buffer.from(png));
  } catch (e) {
    return `${label}: not a readable PNG (${e instanceof Error ? e.message : String(e)})`;
  }
}

/** Pixels that break the outline rule: every pixel must be fully transparent or white. */
export function countNonWhitePixels(image: PNG): number {
  let count = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const [r, g, b, a] = [image.data[i], image.data[i + 1], image.data[i + 2], image.data[i + 3]];
    if (a !== 0 && (r !== 255 || g !== 255 || b !== 255)) count++;
  }
  return count;
}

/** Problems of one icon file; empty when it meets the rule for its kind. */
export function checkIcon(kind: IconKind, png: Uint8Array, label: string): string[] {
  const image = decode(png, label);
  if (typeof image === 'string') return [image];
  const size = ICON_SIZES[kind];
  const problems: string[] = [];
  if (image.width !== size || image.height !== size) {
    problems.push(`${label}: the ${kind} icon must be ${size}x${size}, found ${image.width}x${image.height}`);
  }
  if (kind === 'outline') {
    const nonWhite = countNonWhitePixels(image);
    if (nonWhite > 0)
      problems.push(
        `${label}: the outline icon must be white on transparent; ${nonWhite} pixels are neither`,
      );
    if (!image.data.some((v, i) => i % 4 === 3 && v > 0))
      problems.push(`${label}: the outline icon is fully transparent`);
  }
  return problems;
}
