/**
 * `npx tsx tests/e2e/screenshot.ts URL OUT.png [width] [scrollTo]`: a screenshot for looking at pages;
 * full page, or one viewport scrolled to the element matching `scrollTo`.
 */
import { launch } from './browser';

const [url, out, width = '1280', scrollTo] = process.argv.slice(2);
const context = await launch({ width: Number(width), height: 800 });
const page = await context.newPage();
await page.goto(url, { waitUntil: 'networkidle' });
if (scrollTo) await page.locator(scrollTo).first().evaluate((el) => el.scrollIntoView());
await page.screenshot({ path: out, fullPage: !scrollTo });
await context.close();
