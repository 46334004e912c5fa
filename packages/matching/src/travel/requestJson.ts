import { Effect, Schedule } from "effect";
import { isRetryable, type RoutingEngine, type RoutingServerError, routingServerError } from "./RoutingServerError.js";
import type { FetchLike } from "./RoutingServerOptions.js";

/** One HTTP request to a routing server. */
export interface RoutingRequest {
  readonly url: string;
  readonly method: "GET" | "POST";
  readonly body?: string;
}

/** Transport settings of a routing server (validated `RoutingServerOptions`). */
export interface TransportSettings {
  readonly fetch: FetchLike;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly backoffMs: number;
  readonly headers?: Record<string, string> | undefined;
}

const attempt = (engine: RoutingEngine, req: RoutingRequest, t: TransportSettings) =>
  Effect.tryPromise({
    try: async (signal: AbortSignal) => {
      const headers: Record<string, string> = { accept: "application/json", ...t.headers };
      if (req.body !== undefined) headers["content-type"] = "application/json";
      const res = await t.fetch(req.url, {
        method: req.method,
        headers,
        ...(req.body === undefined ? {} : { body: req.body }),
        signal,
      });
      return { status: res.status, text: await res.text() };
    },
    catch: (cause) =>
      routingServerError(engine, "network", req.url, cause instanceof Error ? cause.message : String(cause)),
  }).pipe(
    Effect.timeoutOrElse({
      duration: t.timeoutMs,
      orElse: () => Effect.fail(routingServerError(engine, "timeout", req.url, `no answer within ${t.timeoutMs} ms`)),
    }),
    Effect.flatMap(({ status, text }): Effect.Effect<unknown, RoutingServerError> => {
      if (status < 200 || status > 299)
        return Effect.fail(routingServerError(engine, "http-status", req.url, text || `HTTP ${status}`, status));
      return Effect.try({
        try: (): unknown => JSON.parse(text),
        catch: (e) => routingServerError(engine, "malformed-json", req.url, (e as Error).message),
      });
    }),
  );

/**
 * Sends one request and parses its JSON body, with a per-attempt time limit and retries with exponential back-off
 * (`backoffMs`, `2 × backoffMs`, …) on failures another attempt may cure (see `isRetryable`). Fails with the last
 * attempt's {@link RoutingServerError}.
 */
export const requestJson = (
  engine: RoutingEngine,
  req: RoutingRequest,
  t: TransportSettings,
): Effect.Effect<unknown, RoutingServerError> =>
  attempt(engine, req, t).pipe(
    Effect.retry({ schedule: Schedule.exponential(t.backoffMs), times: t.retries, while: isRetryable }),
  );
