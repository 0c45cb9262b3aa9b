import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { subgraphs } from "@linli/schema";
import { ensureLocalKeys, LOCAL_KEYS_DIR } from "@linli/service-kit";
import { type Child, startChild, stopChildren, waitUntilAnswers } from "./children";
import { directoryEnvironments, REGISTRY } from "./directory";
import { config } from "./env";

// First start on a bare machine migrates four PGlite databases and loads the demo data.
const READY_DEADLINE_MS = 180_000;
// `pnpm start` built every service first (`pnpm build`); no tsx in a running service.
const BUILT_ENTRY = "dist/index.js";
const gatewayDir = fileURLToPath(new URL("../../../gateway", import.meta.url));
const identityDir = fileURLToPath(new URL("../../identity", import.meta.url));
/** The demo logins' password (packages/identity); printed, since it is for the demo only. */
const DEMO_PASSWORD = "linli-demo";

const children: Child[] = [];
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  process.stdout.write("runner   | stopping every service…\n");
  await stopChildren(children);
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
// `pnpm start` does not pass SIGTERM on: when whatever started us goes away, stop too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void shutdown(0);
}, 500).unref();

function watch(child: Child) {
  void child.exited.then((code) => {
    if (!stopping) process.stdout.write(`runner   | ${child.name} exited (code ${code}); the others keep running\n`);
  });
}

try {
  // Tokens are verified against the local key (made once; `pnpm token` signs with it) unless
  // AUTH_JWKS_URL / AUTH_JWKS_PATH point elsewhere.
  if (!config.externalKeys) await ensureLocalKeys(LOCAL_KEYS_DIR);
  // A fresh credential per subgraph for this run: only this gateway can reach them.
  const secrets = Object.fromEntries(
    subgraphs.map((s) => [`${s.envPrefix}_GATEWAY_SECRET`, randomBytes(32).toString("base64url")]),
  );
  // The embedded identity provider signs with the local key, so every process verifies its
  // tokens as it verifies `pnpm token`'s. With keys elsewhere, that identity provider signs.
  const identity = config.externalKeys
    ? undefined
    : startChild(
        "identity",
        identityDir,
        {
          IDENTITY_PORT: String(config.identityPort),
          IDENTITY_ISSUER: config.identityIssuer,
          IDENTITY_WEB_REDIRECT_URIS: `http://127.0.0.1:${config.gatewayPort}/,http://localhost:5173/`,
          IDENTITY_DEMO_PASSWORD: DEMO_PASSWORD,
          LOG_FORMAT: "pretty",
        },
        subgraphs.length + 1,
        undefined,
        BUILT_ENTRY,
      );
  if (identity) {
    children.push(identity);
    watch(identity);
  }
  const issuerEnv = identity ? { AUTH_ISSUER: config.identityIssuer } : {};
  const subgraphUrls: Record<string, string> = {};
  const directoryEnv = directoryEnvironments(`http://127.0.0.1:${config.subgraphPorts[REGISTRY]}`);
  const started = subgraphs.map((subgraph, index) => {
    const port = config.subgraphPorts[subgraph.name] as number;
    subgraphUrls[subgraph.name] = `http://127.0.0.1:${port}/graphql`;
    const child = startChild(
      subgraph.name,
      subgraph.packageDir,
      {
        [`${subgraph.envPrefix}_PORT`]: String(port),
        [`${subgraph.envPrefix}_GATEWAY_SECRET`]: secrets[`${subgraph.envPrefix}_GATEWAY_SECRET`],
        ...directoryEnv(subgraph.name),
        LOAD_DEMO_DATA: "if-empty",
        LOG_FORMAT: "pretty",
        ...issuerEnv,
      },
      index,
      undefined,
      BUILT_ENTRY,
    );
    children.push(child);
    watch(child);
    return { child, port };
  });
  await Promise.all([
    ...started.map(({ child, port }) => waitUntilAnswers(`http://127.0.0.1:${port}/ready`, child, READY_DEADLINE_MS)),
    identity &&
      waitUntilAnswers(`${config.identityIssuer}/.well-known/openid-configuration`, identity, READY_DEADLINE_MS),
  ]);

  const gateway = startChild(
    "gateway",
    gatewayDir,
    {
      GATEWAY_PORT: String(config.gatewayPort),
      LOG_FORMAT: "pretty",
      ...issuerEnv,
      // The pages sign in there (the gateway tells them at /sign-in.json).
      ...(identity ? { SIGN_IN_ISSUER: config.identityIssuer } : {}),
      ...secrets,
      ...Object.fromEntries(subgraphs.map((s) => [`${s.envPrefix}_URL`, subgraphUrls[s.name]])),
    },
    subgraphs.length,
    undefined,
    BUILT_ENTRY,
  );
  children.push(gateway);
  watch(gateway);
  await waitUntilAnswers(`http://127.0.0.1:${config.gatewayPort}/health`, gateway, READY_DEADLINE_MS);

  const base = `http://127.0.0.1:${config.gatewayPort}`;
  // The gateway serves the web pages only when it found a build; ask it rather than guess.
  const servesPage = (path: string) =>
    fetch(`${base}${path}`).then(
      (response) => response.ok && (response.headers.get("content-type") ?? "").startsWith("text/html"),
      () => false,
    );
  const [pages, ide] = await Promise.all([servesPage("/"), servesPage("/graphiql")]);
  process.stdout.write(
    `\nLinli is running. Query the unified graph at ${base}/graphql\n` +
      (pages ? `The county dashboard, estate pages and the liaison's page are at ${base}/\n` : "") +
      (ide ? `GraphiQL, with the named operations as tabs, is at ${base}/graphiql\n` : "") +
      (identity
        ? `Sign in on the pages with a demo login, password ${DEMO_PASSWORD}: county-admin, admin-units, worker-01, ` +
          `liaison-01, resident-001 … one for every role; all of them at ${config.identityIssuer}/logins\n`
        : "") +
      "Without a token you are the anonymous public; `pnpm run token -- --role county_admin` prints one.\n" +
      "Press Ctrl-C to stop.\n\n",
  );
} catch (error) {
  process.stderr.write(`runner   | ${(error as Error).message}\n`);
  await shutdown(1);
}
