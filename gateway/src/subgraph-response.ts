import type { RemoteGraphQLDataSource } from "@apollo/gateway";

type FetcherResponse = Awaited<ReturnType<RemoteGraphQLDataSource["fetcher"]>>;

/** A subgraph's answer, read in full. */
export interface SubgraphAnswer {
  url: string;
  status: number;
  headers: [string, string][];
  body: string;
}

/** Header pairs from undici's `request` (a repeated header comes as an array). */
export function headerPairs(headers: Record<string, string | string[] | undefined>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (Array.isArray(value)) for (const one of value) pairs.push([name, one]);
    else if (value !== undefined) pairs.push([name, value]);
  }
  return pairs;
}

/**
 * The response @apollo/gateway gets from a subgraph call: the fetch Response interface over a
 * body already read as text. WHATWG fetch and its streams cost more CPU per subgraph call than
 * the rest of the gateway's work on it (see gateway/README.md, Performance); undici's
 * `request` and this plain object do not. Each `clone()` is a fresh copy to read.
 */
export class SubgraphResponse implements FetcherResponse {
  readonly headers: FetcherResponse["headers"];
  readonly redirected = false;
  private used = false;

  constructor(private readonly answer: SubgraphAnswer) {
    this.headers = new Headers(answer.headers);
  }

  get url(): string {
    return this.answer.url;
  }
  get status(): number {
    return this.answer.status;
  }
  get ok(): boolean {
    return this.answer.status >= 200 && this.answer.status < 300;
  }
  get statusText(): string {
    return "";
  }
  get bodyUsed(): boolean {
    return this.used;
  }

  async text(): Promise<string> {
    if (this.used) throw new TypeError("Body is unusable: Body has already been read");
    this.used = true;
    return this.answer.body;
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return new TextEncoder().encode(await this.text()).buffer as ArrayBuffer;
  }

  clone(): SubgraphResponse {
    return new SubgraphResponse(this.answer);
  }
}
