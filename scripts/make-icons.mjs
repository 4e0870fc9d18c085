#!/usr/bin/env node
// Renders assets/icon.svg to the PNG sizes the stores and browsers want (public/icon/N.png).
// Run after editing the SVG: node scripts/make-icons.mjs (needs Chromium, like the e2e tests).
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';

const svg = readFileSync('assets/icon.svg', 'utf8');
const sizes = [16, 19, 32, 38, 48, 96, 128];
mkdirSync('public/icon', { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of sizes) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log(`wrote ${sizes.map((s) => `public/icon/${s}.png`).join(', ')}`);
