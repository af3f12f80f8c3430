import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ACCENT, drawColorIcon, drawOutlineIcon, toHex } from '../../../scripts/app-package/draw-icons.js';
import { checkIcon, countNonWhitePixels } from '../../../scripts/app-package/icons.js';

const icon = async (file: string) => readFile(new URL(`../../../appPackage/${file}`, import.meta.url));

/** An RGBA PNG of one colour. */
function solid(size: number, rgba: readonly [number, number, number, number]): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let i = 0; i < png.data.length; i += 4) png.data.set(rgba, i);
  return PNG.sync.write(png);
}

describe('the committed icons', () => {
  it.each([
    ['color.png', 192],
    ['outline.png', 32],
  ])('%s is %ix%i', async (file, size) => {
    const png = PNG.sync.read(await icon(file));
    expect([png.width, png.height]).toEqual([size, size]);
  });

  it('pass the Teams icon checks: the outline is white on transparent and not empty', async () => {
    expect(checkIcon('color', await icon('color.png'), 'color.png')).toEqual([]);
    expect(checkIcon('outline', await icon('outline.png'), 'outline.png')).toEqual([]);
    expect(countNonWhitePixels(PNG.sync.read(await icon('outline.png')))).toBe(0);
  });

  it('are exactly what scripts/make-icons.ts draws', async () => {
    const pixels = (png: Buffer) => PNG.sync.read(png).data;
    expect(pixels(await icon('color.png')).equals(pixels(drawColorIcon()))).toBe(true);
    expect(pixels(await icon('outline.png')).equals(pixels(drawOutlineIcon()))).toBe(true);
  });
});

describe('the accent colour', () => {
  it('is the background colour of the colour icon', async () => {
    const template = await readFile(
      new URL('../../../appPackage/manifest.template.json', import.meta.url),
      'utf8',
    );
    const { accentColor } = JSON.parse(template) as { accentColor: string };
    expect(accentColor).toBe(toHex(ACCENT));
    expect([...PNG.sync.read(await icon('color.png')).data.subarray(0, 3)]).toEqual([...ACCENT]);
  });
});

describe('checkIcon', () => {
  it.each([
    [
      'a colour icon of the wrong size',
      'color',
      solid(96, [11, 110, 120, 255]),
      'must be 192x192, found 96x96',
    ],
    [
      'an outline icon of the wrong size',
      'outline',
      solid(48, [255, 255, 255, 255]),
      'must be 32x32, found 48x48',
    ],
    [
      'an outline icon with coloured pixels',
      'outline',
      solid(32, [11, 110, 120, 255]),
      '1024 pixels are neither',
    ],
    [
      'an outline icon with grey anti-aliasing',
      'outline',
      solid(32, [200, 200, 200, 128]),
      'white on transparent',
    ],
    ['a fully transparent outline icon', 'outline', solid(32, [255, 255, 255, 0]), 'fully transparent'],
    ['a file that is not a PNG', 'color', Buffer.from('GIF89a'), 'not a readable PNG'],
  ] as const)('refuses %s', (_, kind, png, message) => {
    expect(checkIcon(kind, png, 'icon.png')).toEqual([expect.stringContaining(message)]);
  });
});
