/**
 * Launches Debian's Chromium for the project's real-browser tests (never a downloaded browser). The flags keep it
 * quiet on a machine with no network; Playwright gives every launch a fresh temporary profile.
 */
import { type Browser, chromium } from "playwright-core";

/** Path of the system Chromium; override with `JLT_CHROMIUM`. */
export const CHROMIUM_PATH = process.env.JLT_CHROMIUM ?? "/usr/bin/chromium";

/** Flags for headless Chromium on a sandboxed machine without network access. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** Options for Playwright's `chromium.launch` (also usable by Vitest browser mode's playwright provider). */
export const chromiumLaunchOptions = () => ({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });

/** Starts headless Chromium. */
export const launchChromium = (): Promise<Browser> => chromium.launch(chromiumLaunchOptions());
