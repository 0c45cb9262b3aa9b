import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A server on a free port whose handler is set once its address (an issuer's URL) is known. */
export async function listenLater(): Promise<{
  server: Server;
  base: string;
  serve: (handle: (req: IncomingMessage, res: ServerResponse) => void) => void;
  [Symbol.asyncDispose]: () => Promise<void>;
}> {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer((req, res) => (handler ? handler(req, res) : res.writeHead(503).end()));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    base: `http://127.0.0.1:${port}`,
    serve: (handle) => {
      handler = handle;
    },
    [Symbol.asyncDispose]: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A browser's part in a redirect flow, for tests: cookies per host (paths ignored: the flows
 * here never set two cookies of one name), redirects followed by hand so each hop is seen,
 * and forms submitted with their hidden fields.
 */
export class Browser {
  private readonly cookies = new Map<string, Map<string, string>>();

  async get(url: string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const jar = this.cookies.get(target.host) ?? new Map<string, string>();
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set("cookie", [...jar].map(([k, v]) => `${k}=${v}`).join("; "));
    const response = await fetch(target, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const [name = "", value = ""] = pair.split("=", 2).map((part) => part.trim());
      const expired = !value || attributes.some((a) => /expires=Thu, 01 Jan 1970/i.test(a));
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
    this.cookies.set(target.host, jar);
    return response;
  }

  /** Follows redirects until `stop` says a URL is the end (the client's redirect URI), or a page. */
  async follow(url: string, stop: (url: URL) => boolean, init?: RequestInit): Promise<{ url: URL; page?: Response }> {
    let current = new URL(url);
    let response = await this.get(current.href, init);
    for (let hops = 0; hops < 20; hops += 1) {
      const location = response.headers.get("location");
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, page: response };
      current = new URL(location, current);
      if (stop(current)) return { url: current };
      response = await this.get(current.href);
    }
    throw new Error("too many redirects");
  }

  /** Submits the page's first form with its hidden fields plus `fields`. */
  async submit(pageUrl: URL, html: string, fields: Record<string, string>, stop: (url: URL) => boolean) {
    const form = /<form[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
    if (!form) throw new Error(`no form on the page: ${html.slice(0, 300)}`);
    const body = new URLSearchParams();
    for (const input of (form[2] ?? "").matchAll(/<input[^>]*type="hidden"[^>]*>/gi)) {
      const name = /name="([^"]*)"/.exec(input[0])?.[1];
      const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? "";
      if (name) body.set(name, value);
    }
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    const action = new URL((form[1] ?? "").replaceAll("&amp;", "&"), pageUrl);
    return this.follow(action.href, stop, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    });
  }
}
