/**
 * Redraws appPackage/color.png and appPackage/outline.png. Run after changing scripts/app-package/draw-icons.ts:
 * `npx tsx scripts/make-icons.ts`. A unit test checks that the committed icons are what this draws.
 */
import { writeFile } from 'node:fs/promises';
import { drawColorIcon, drawOutlineIcon } from './app-package/draw-icons.js';

const dir = new URL('../appPackage/', import.meta.url);
await writeFile(new URL('color.png', dir), drawColorIcon());
await writeFile(new URL('outline.png', dir), drawOutlineIcon());
console.log('Wrote appPackage/color.png (192x192) and appPackage/outline.png (32x32).');
