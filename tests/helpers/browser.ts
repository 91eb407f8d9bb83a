import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, or the one named by CHROMIUM_PATH. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[];
  return candidates.find((p) => existsSync(p)) ?? null;
}

/**
 * Why browser tests cannot run here, or null when they can. Where the browser is required
 * (CI sets LEXGAP_REQUIRE_BROWSER=1), its absence is a failure, not a skip.
 */
export function browserSkipReason(): string | null {
  if (chromiumPath()) return null;
  const reason = 'no Chromium found (install Debian\'s "chromium" package or set CHROMIUM_PATH)';
  if (process.env.LEXGAP_REQUIRE_BROWSER === '1') throw new Error(reason);
  return reason;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath()!,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}
