import type { ReactiveController, ReactiveControllerHost } from "lit";
import { afterEach, describe, expect, test, vi } from "vitest";
import { MAX_RESPONSE_BYTES, VenueSourceController } from "./VenueSourceController.js";

/** A minimal host that records controllers and update requests. */
const host = () => {
  const controllers: ReactiveController[] = [];
  const h: ReactiveControllerHost & { updates: number; controllers: ReactiveController[] } = {
    updates: 0,
    controllers,
    addController: (c) => void controllers.push(c),
    removeController: () => {},
    requestUpdate() {
      h.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return h;
};

/** A fetch whose responses the test releases one by one. */
const manualFetch = () => {
  const calls: { url: string; signal: AbortSignal; respond: (r: Response) => void }[] = [];
  const fetch = vi.fn(
    (url: string, init: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        const signal = init.signal as AbortSignal;
        signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
        calls.push({ url, signal, respond: resolve });
      }),
  );
  vi.stubGlobal("fetch", fetch);
  return calls;
};

const json = (body: unknown, init?: ResponseInit) =>
  new Response(JSON.stringify(body), { headers: { "content-type": "application/json" }, ...init });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("VenueSourceController", () => {
  test("loads JSON and requests updates", async () => {
    const calls = manualFetch();
    const h = host();
    const c = new VenueSourceController(h);
    c.hostConnected();
    c.load("venues.json");
    expect(c.state).toEqual({ status: "loading", url: "venues.json" });
    calls[0]?.respond(json([{ id: "a" }]));
    await vi.waitFor(() => expect(c.state.status).toBe("loaded"));
    expect(c.state).toEqual({ status: "loaded", url: "venues.json", records: [{ id: "a" }] });
    expect(h.updates).toBe(2);
  });

  test("aborts the stale request when the URL changes; its late answer is dropped", async () => {
    const calls = manualFetch();
    const c = new VenueSourceController(host());
    c.hostConnected();
    c.load("old.json");
    c.load("new.json");
    expect(calls[0]?.signal.aborted).toBe(true);
    expect(calls[1]?.signal.aborted).toBe(false);
    calls[1]?.respond(json(["new"]));
    await vi.waitFor(() => expect(c.state.status).toBe("loaded"));
    calls[0]?.respond(json(["old"]));
    await new Promise((r) => setTimeout(r, 10));
    expect(c.state).toEqual({ status: "loaded", url: "new.json", records: ["new"] });
  });

  test("going idle aborts the request", () => {
    const calls = manualFetch();
    const c = new VenueSourceController(host());
    c.hostConnected();
    c.load("a.json");
    c.load(undefined);
    expect(calls[0]?.signal.aborted).toBe(true);
    expect(c.state).toEqual({ status: "idle" });
  });

  test("aborts on disconnect and reloads on reconnect", async () => {
    const calls = manualFetch();
    const c = new VenueSourceController(host());
    c.hostConnected();
    c.load("a.json");
    c.hostDisconnected();
    expect(calls[0]?.signal.aborted).toBe(true);
    c.hostConnected();
    expect(calls).toHaveLength(2);
    calls[1]?.respond(json([]));
    await vi.waitFor(() => expect(c.state.status).toBe("loaded"));
    c.hostDisconnected();
    c.hostConnected();
    expect(calls).toHaveLength(2);
  });

  test("waits for the host to be on the page before fetching", () => {
    const calls = manualFetch();
    const c = new VenueSourceController(host());
    c.load("a.json");
    expect(calls).toHaveLength(0);
    expect(c.state).toEqual({ status: "loading", url: "a.json" });
    c.hostConnected();
    expect(calls.map((x) => x.url)).toEqual(["a.json"]);
  });

  test.each([
    ["an HTTP error", () => new Response("nope", { status: 404 }), { kind: "http", status: 404 }],
    ["invalid JSON", () => new Response("<html>"), { kind: "format" }],
    [
      "a declared length over the limit",
      () => new Response("[]", { headers: { "content-length": String(MAX_RESPONSE_BYTES + 1) } }),
      { kind: "too-large" },
    ],
    ["a body over the limit", () => new Response(`[${" ".repeat(MAX_RESPONSE_BYTES)}]`), { kind: "too-large" }],
  ])("turns %s into a failed state", async (_name, response, error) => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => response()),
    );
    const c = new VenueSourceController(host());
    c.hostConnected();
    c.load("x.json");
    await vi.waitFor(() => expect(c.state.status).toBe("failed"));
    expect(c.state).toEqual({ status: "failed", url: "x.json", error });
  });

  test("turns a network failure into a failed state", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    const c = new VenueSourceController(host());
    c.hostConnected();
    c.load("x.json");
    await vi.waitFor(() => expect(c.state.status).toBe("failed"));
    expect(c.state).toEqual({ status: "failed", url: "x.json", error: { kind: "network" } });
  });
});
