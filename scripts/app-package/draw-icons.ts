import { PNG } from 'pngjs';

/**
 * The app icons, drawn with plain pixel maths so they can be regenerated (`npx tsx scripts/make-icons.ts`).
 * The design: a speech bubble holding three figures, the three parties of TYM (employment services, the wellbeing
 * services county, Kela) talking one case through. Shapes are inside-tests; edges are anti-aliased by
 * supersampling each pixel.
 */

type Point = readonly [number, number];
type Shape = (x: number, y: number) => boolean;
type Rgb = readonly [number, number, number];

/** The calm teal of the colour icon; also the manifest's accentColor. */
export const ACCENT: Rgb = [0x0b, 0x6e, 0x78];
const WHITE: Rgb = [255, 255, 255];
const SAMPLES = 8;

const roundedRect =
  (left: number, top: number, right: number, bottom: number, r: number): Shape =>
  (x, y) => {
    const dx = Math.max(left + r - x, 0, x - (right - r));
    const dy = Math.max(top + r - y, 0, y - (bottom - r));
    return x >= left && x <= right && y >= top && y <= bottom && dx * dx + dy * dy <= r * r;
  };

const circle =
  ([cx, cy]: Point, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const triangle = (a: Point, b: Point, c: Point): Shape => {
  const side = (p: Point, q: Point, x: number, y: number) =>
    (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  return (x, y) => {
    const s1 = side(a, b, x, y);
    const s2 = side(b, c, x, y);
    const s3 = side(c, a, x, y);
    return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  };
};

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y));

/** The band of width `w` just inside a shape's edge, found by probing around each point. */
const innerStroke =
  (shape: Shape, w: number): Shape =>
  (x, y) =>
    shape(x, y) &&
    Array.from({ length: 24 }, (_, i) => (i * Math.PI) / 12).some(
      (a) => !shape(x + w * Math.cos(a), y + w * Math.sin(a)),
    );

/** Speech bubble with its tail at the lower left, in a box of `size` units. */
function bubble(
  size: number,
  box: { left: number; top: number; right: number; bottom: number; r: number },
): Shape {
  const u = size / 192;
  const { left, top, right, bottom, r } = box;
  const tail = triangle(
    [(left + 18) * u, (bottom - 12) * u],
    [(left + 60) * u, (bottom - 12) * u],
    [(left + 8) * u, (bottom + 30) * u],
  );
  return union(roundedRect(left * u, top * u, right * u, bottom * u, r * u), tail);
}

/** Head and shoulders, centred on `x`, in the 192-unit grid. */
function person(size: number, x: number, headY: number, scale = 1, grow = 0): Shape {
  const u = size / 192;
  const head = circle([x * u, headY * u], (10 * scale + grow) * u);
  const dome = circle([x * u, (headY + 38 * scale) * u], (19 * scale + grow) * u);
  const bottom = (headY + 34 * scale) * u;
  return union(head, (px, py) => py <= bottom && dome(px, py));
}

/** Fraction of a pixel's subsamples inside a shape. */
function coverage(shape: Shape, px: number, py: number): number {
  let inside = 0;
  for (let i = 0; i < SAMPLES; i++) {
    for (let j = 0; j < SAMPLES; j++) {
      if (shape(px + (i + 0.5) / SAMPLES, py + (j + 0.5) / SAMPLES)) inside++;
    }
  }
  return inside / (SAMPLES * SAMPLES);
}

function paint(
  size: number,
  pixel: (x: number, y: number) => readonly [number, number, number, number],
): PNG {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) png.data.set(pixel(x, y), (y * size + x) * 4);
  }
  return png;
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => {
  const channel = (i: 0 | 1 | 2) => Math.round(a[i] + (b[i] - a[i]) * t);
  return [channel(0), channel(1), channel(2)];
};

/** `#rrggbb` of a colour, as the manifest writes it. */
export const toHex = (rgb: Rgb): string =>
  `#${rgb.map((c) => c.toString(16).padStart(2, '0').toUpperCase()).join('')}`;

/** 192x192 full-colour icon: a white bubble holding three teal figures on a full-bleed teal square (Teams rounds the corners). */
export function drawColorIcon(): Buffer {
  const size = 192;
  // Painted in order; the white halo keeps the middle figure apart from the two behind it.
  const layers: readonly (readonly [Shape, Rgb])[] = [
    [bubble(size, { left: 34, top: 40, right: 158, bottom: 132, r: 26 }), WHITE],
    [union(person(size, 62, 70, 0.85), person(size, 130, 70, 0.85)), ACCENT],
    [person(size, 96, 62, 1, 5), WHITE],
    [person(size, 96, 62), ACCENT],
  ];
  const png = paint(size, (x, y) => {
    const rgb = layers.reduce<Rgb>(
      (below, [shape, colour]) => mix(below, colour, coverage(shape, x, y)),
      ACCENT,
    );
    return [...rgb, 255];
  });
  return PNG.sync.write(png, { colorType: 2 });
}

/** 32x32 outline icon, the same symbol in white line art; every other pixel transparent, as Teams requires. */
export function drawOutlineIcon(): Buffer {
  const size = 32;
  const outline = innerStroke(bubble(size, { left: 18, top: 30, right: 174, bottom: 140, r: 32 }), 2.2);
  const back = union(person(size, 56, 80, 1.05), person(size, 136, 80, 1.05));
  const front = person(size, 96, 70, 1.25);
  const halo = person(size, 96, 70, 1.25, 9);
  const shape: Shape = (x, y) => outline(x, y) || front(x, y) || (back(x, y) && !halo(x, y));
  const png = paint(size, (x, y) => [255, 255, 255, Math.round(coverage(shape, x, y) * 255)]);
  return PNG.sync.write(png, { colorType: 6 });
}
