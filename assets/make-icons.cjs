// Draws the add-in's icons (assets/icon-16.png … icon-128.png) in Debian's chromium:
//   node assets/make-icons.cjs
// The PNGs are committed; run this only to change the design.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { chromium } = require('playwright-core');

const SIZES = [16, 32, 64, 80, 128];

/** A Fluent-blue tile with three rising bars: prices built up from costs. */
function draw(size) {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const g = canvas.getContext('2d');
  const r = size * 0.18;
  g.fillStyle = '#0f6cbd';
  g.beginPath();
  g.roundRect(0, 0, size, size, r);
  g.fill();
  g.fillStyle = '#ffffff';
  const base = size * 0.8;
  const width = size * 0.16;
  const gap = size * 0.08;
  const left = (size - 3 * width - 2 * gap) / 2;
  [0.3, 0.45, 0.6].forEach((h, i) => {
    const x = Math.round(left + i * (width + gap));
    const top = Math.round(base - h * size);
    g.fillRect(x, top, Math.max(1, Math.round(width)), Math.round(base) - top);
  });
  g.fillStyle = '#9fd89f';
  g.fillRect(Math.round(size * 0.18), Math.round(base), Math.round(size * 0.64), Math.max(1, Math.round(size * 0.06)));
  return canvas.toDataURL('image/png');
}

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage();
  for (const size of SIZES) {
    const url = await page.evaluate(draw, size);
    writeFileSync(join(__dirname, `icon-${size}.png`), Buffer.from(url.split(',')[1], 'base64'));
  }
  await browser.close();
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
