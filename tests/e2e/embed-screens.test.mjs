// Every host page, pressed, at desktop width and at 375 px, to be looked at: screenshots go
// to target/screenshots/embed-HOST-desktop.png and -375.png. On each, the panel lies within
// the viewport, adds no horizontal scrolling and leaves its own button free.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { SHOTS, press, startHosts } from "./embed-hosts.mjs";
import { watchedPage } from "./harness.mjs";

/** Each host page, and the widget to press on it. */
const HOSTS = { people: "policy-lens-widget", gov: "policy-lens-widget", spa: "policy-lens-widget", components: "policy-lens-widget",
  two: "#lead-widget", strict: "policy-lens-widget", "phone-dark": "policy-lens-widget" };
const SIZES = {
  desktop: { viewport: { width: 1300, height: 900 } },
  375: { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};
let env;
before(async () => { env = await startHosts(); });
after(async () => { await env?.close(); });

for (const [host, widget] of Object.entries(HOSTS)) {
  for (const [size, options] of Object.entries(SIZES)) {
    test(`${host}.html at ${size}`, async () => {
      const context = await env.browser.newContext(options);
      const { page, problems } = await watchedPage(context, env.base);
      await page.goto(`${env.base}${host}.html`);
      await page.waitForLoadState("networkidle");
      const widthBefore = await page.evaluate(() => document.documentElement.scrollWidth);
      await press(page, widget);
      const geometry = await page.evaluate((sel) => {
        const w = document.querySelector(sel);
        const panel = w.shadowRoot.querySelector(".panel").getBoundingClientRect();
        const button = w.getBoundingClientRect();
        return {
          inside: panel.left >= 0 && panel.top >= 0 && panel.right <= innerWidth && panel.bottom <= innerHeight,
          coversButton: panel.left < button.right && button.left < panel.right && panel.top < button.bottom && button.top < panel.bottom,
          scrollWidth: document.documentElement.scrollWidth,
        };
      }, widget);
      assert.ok(geometry.inside, "the panel lies within the viewport");
      assert.equal(geometry.coversButton, false, "the panel leaves its button free");
      assert.equal(geometry.scrollWidth, widthBefore, "the widget adds no horizontal scrolling");
      await page.screenshot({ path: `${SHOTS}/embed-${host}-${size}.png` });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}
