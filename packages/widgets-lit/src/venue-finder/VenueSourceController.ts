import type { ReactiveController, ReactiveControllerHost } from "lit";

/** Why loading the venue data failed. */
export type LoadError =
  | { readonly kind: "http"; readonly status: number }
  | { readonly kind: "network" }
  | { readonly kind: "format" }
  | { readonly kind: "too-large" };

/** The state of the venue data at `src`. `records` is untrusted parsed JSON: validate it before use. */
export type VenueSourceState =
  | { readonly status: "idle" }
  | { readonly status: "loading"; readonly url: string }
  | { readonly status: "loaded"; readonly url: string; readonly records: unknown }
  | { readonly status: "failed"; readonly url: string; readonly error: LoadError };

/**
 * Largest response read, bytes (4 MB): 5 000 records (`MAX_VENUE_RECORDS`) at the ≈ 685 bytes per record of core's
 * `xuhui-venues.json` (45 849 bytes for 67 venues, provenance notes included). Reading stops, and the load fails,
 * as soon as a response passes it, whatever its `content-length` says.
 */
export const MAX_RESPONSE_BYTES = 4_000_000;

/** Reads a body up to `limit` bytes; `undefined` when it is longer. */
const readBounded = async (response: Response, limit: number): Promise<string | undefined> => {
  if (!response.body) {
    const text = await response.text();
    return new TextEncoder().encode(text).length > limit ? undefined : text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
};

/**
 * Loads the venue JSON at a URL for its host element: one request at a time, the previous one aborted
 * (`AbortController`) when the URL changes or the host leaves the page, reloaded when the host comes back. Failures
 * become state (`status: "failed"`), never a rejected promise or console output.
 */
export class VenueSourceController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #state: VenueSourceState = { status: "idle" };
  #abort: AbortController | undefined;
  #connected = false;
  /** A load interrupted (or asked for) while the host is off the page, started when it comes back. */
  #interrupted = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The current state. */
  get state(): VenueSourceState {
    return this.#state;
  }

  /** Loads `url` (relative URLs resolve against the page), or goes idle when `url` is empty; aborts a stale load. */
  load(url: string | undefined): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#interrupted = false;
    if (!url) {
      this.#set({ status: "idle" });
      return;
    }
    this.#set({ status: "loading", url });
    if (!this.#connected) {
      this.#interrupted = true;
      return;
    }
    const abort = new AbortController();
    this.#abort = abort;
    void this.#fetch(url, abort.signal).then((next) => {
      if (!abort.signal.aborted) {
        this.#abort = undefined;
        this.#set(next);
      }
    });
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.#interrupted && this.#state.status === "loading") this.load(this.#state.url);
  }

  hostDisconnected(): void {
    this.#connected = false;
    if (this.#abort) {
      this.#abort.abort();
      this.#abort = undefined;
      this.#interrupted = true;
    }
  }

  async #fetch(url: string, signal: AbortSignal): Promise<VenueSourceState> {
    let text: string | undefined;
    try {
      const response = await fetch(url, { signal, headers: { accept: "application/json" } });
      if (!response.ok) return { status: "failed", url, error: { kind: "http", status: response.status } };
      if (Number(response.headers.get("content-length")) > MAX_RESPONSE_BYTES)
        return { status: "failed", url, error: { kind: "too-large" } };
      text = await readBounded(response, MAX_RESPONSE_BYTES);
    } catch {
      return { status: "failed", url, error: { kind: "network" } };
    }
    if (text === undefined) return { status: "failed", url, error: { kind: "too-large" } };
    try {
      return { status: "loaded", url, records: JSON.parse(text) as unknown };
    } catch {
      return { status: "failed", url, error: { kind: "format" } };
    }
  }

  #set(state: VenueSourceState): void {
    this.#state = state;
    this.#host.requestUpdate();
  }
}
