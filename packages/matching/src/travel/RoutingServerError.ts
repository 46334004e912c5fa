import { Data } from "effect";

/** A routing engine the travel model can call. */
export type RoutingEngine = "osrm" | "valhalla";

/**
 * Why a routing-server request failed: `timeout` (no answer within the per-request limit), `network` (no connection),
 * `http-status` (an answer with a non-2xx status), `malformed-json` (a body that is not JSON), `unexpected-response`
 * (JSON of the wrong shape or size), `server-error` (the engine said it could not answer, e.g. OSRM `"NoTable"`).
 */
export type RoutingFailureReason =
  | "timeout"
  | "network"
  | "http-status"
  | "malformed-json"
  | "unexpected-response"
  | "server-error";

const REASON_ZH: Record<RoutingFailureReason, string> = {
  timeout: "请求超时",
  network: "无法连接",
  "http-status": "服务返回错误状态",
  "malformed-json": "返回内容不是合法 JSON",
  "unexpected-response": "返回数据格式不符",
  "server-error": "路径服务无法计算",
};

/**
 * A routing server (OSRM or Valhalla) did not give a usable answer, after the retries. The travel model normally
 * falls back to the embedded estimate and records this error with the affected block of the matrix; it is returned
 * only when fallback is turned off (`fallback: false`). `message` is English, `messageZh` is for a district officer.
 *
 * @example
 * ```ts
 * import { travelMatrix } from "@jiaolianti/matching";
 * const school = { lat: 31.1925, lng: 121.4366, crs: "WGS84" } as const;
 * const r = await travelMatrix([school], [school], {
 *   mode: "walk",
 *   server: { engine: "osrm", baseUrl: "http://127.0.0.1:9", retries: 0, fallback: false },
 * });
 * if (!r.ok && r.error._tag === "RoutingServerError") console.log(r.error.reason); // "network"
 * ```
 */
export class RoutingServerError extends Data.TaggedError("RoutingServerError")<{
  readonly engine: RoutingEngine;
  readonly reason: RoutingFailureReason;
  /** The request that failed (the last attempt). */
  readonly url: string;
  /** HTTP status, when the server answered. */
  readonly status?: number;
  /** What the server or the transport said, shortened to 300 characters. */
  readonly detail: string;
  readonly message: string;
  readonly messageZh: string;
}> {}

/** Builds a {@link RoutingServerError} with English and Chinese messages. */
export const routingServerError = (
  engine: RoutingEngine,
  reason: RoutingFailureReason,
  url: string,
  detail: string,
  status?: number,
): RoutingServerError => {
  const short = detail.length > 300 ? `${detail.slice(0, 300)}…` : detail;
  const code = status === undefined ? "" : ` ${status}`;
  return new RoutingServerError({
    engine,
    reason,
    url,
    ...(status === undefined ? {} : { status }),
    detail: short,
    message: `${engine} ${reason}${code}: ${short}`,
    messageZh: `${engine} 路径服务${REASON_ZH[reason]}${code}:${short}`,
  });
};

/** Whether another attempt may succeed: timeouts, lost connections, 5xx, 408/429 and truncated bodies. */
export const isRetryable = (e: RoutingServerError): boolean =>
  e.reason === "timeout" ||
  e.reason === "network" ||
  e.reason === "malformed-json" ||
  (e.reason === "http-status" && (e.status === undefined || e.status >= 500 || e.status === 408 || e.status === 429));
