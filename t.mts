import { launch } from './tests/e2e/browser';
const context = await launch({ width: Number(process.argv[3] ?? 1280) });
const page = await context.newPage();
await page.goto(process.argv[2], { waitUntil: 'networkidle' });
console.log(await page.evaluate(() => {
  const W = document.documentElement.clientWidth;
  const out: string[] = [`scrollWidth ${document.documentElement.scrollWidth} client ${W}`];
  for (const el of document.querySelectorAll('body *')) { const r = el.getBoundingClientRect(); if (r.right > W + 1 && out.length < 12) out.push(`${el.tagName}.${el.getAttribute('class')} ${Math.round(r.left)}-${Math.round(r.right)}`); }
  return out.join('\n');
}));
await context.close();
