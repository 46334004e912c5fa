import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { Translation } from "./Translation.js";
import { translationFor } from "./translationFor.js";

type Host = ReactiveControllerHost & HTMLElement;

/** Connected hosts, re-rendered when the document's `lang` changes (one observer for all of them). */
const hosts = new Set<Host>();
let documentLangObserver: MutationObserver | undefined;

/**
 * Gives a widget its translation table. The language is the element's own `lang`, else the closest ancestor's `lang`,
 * else the document's; the table is chosen by {@link translationFor}'s fallback chain (zh-CN → zh → en).
 * A change of `<html lang>` re-renders every connected widget; a change of an intermediate ancestor's `lang` is seen
 * on the next render (as in Shoelace's `LocalizeController`).
 *
 * @example
 * ```ts
 * class MyWidget extends LitElement {
 *   private readonly localize = new LocalizeController(this);
 *   override render(): TemplateResult { return html`${this.localize.translation().title}`; }
 * }
 * ```
 */
export class LocalizeController implements ReactiveController {
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    if (!documentLangObserver) {
      documentLangObserver = new MutationObserver(() => {
        for (const host of hosts) host.requestUpdate();
      });
      documentLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"] });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    if (hosts.size === 0) {
      documentLangObserver?.disconnect();
      documentLangObserver = undefined;
    }
  }

  /** The effective language tag: own `lang`, closest ancestor `[lang]`, then `<html lang>` (may be `""`). */
  lang(): string {
    return this.#host.closest("[lang]")?.getAttribute("lang") || document.documentElement.lang || "";
  }

  /** The translation table for {@link lang}. */
  translation(): Translation {
    return translationFor(this.lang());
  }
}
