import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { subgraphs } from "@linli/schema";
import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";

/**
 * deploy/k8s describes the same services as compose.yaml: the same image and command, ports,
 * probes on the process's own /health and /ready, the drain's delay matched by preStop, and
 * the variables each process needs. A change to one that the other misses fails here.
 */
const root = fileURLToPath(new URL("..", import.meta.url));
const k8sDir = `${root}deploy/k8s`;

interface EnvVar {
  name: string;
  value?: string;
}
interface Container {
  image: string;
  args: string[];
  ports: { name: string; containerPort: number }[];
  env: EnvVar[];
  readinessProbe: { httpGet: { path: string; port: number }; timeoutSeconds?: number };
  livenessProbe: { httpGet: { path: string; port: number }; timeoutSeconds?: number };
  lifecycle: { preStop: { sleep: { seconds: number } } };
}
interface Manifest {
  kind: string;
  metadata: { name: string };
  spec: {
    replicas?: number;
    ports?: { port: number; targetPort: number }[];
    template?: { spec: { terminationGracePeriodSeconds: number; containers: Container[] } };
  };
}
interface ComposeService {
  image: string;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
}

const manifests = readdirSync(k8sDir)
  .filter((file) => file.endsWith(".yaml") && file !== "kustomization.yaml")
  .flatMap((file) => parseAllDocuments(readFileSync(`${k8sDir}/${file}`, "utf8")).map((d) => d.toJS() as Manifest));
// `<<:` merge keys, as compose reads them.
const compose = parse(readFileSync(`${root}compose.yaml`, "utf8"), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const dockerfile = readFileSync(`${root}Dockerfile`, "utf8");
const imageDelayMs = Number(/SHUTDOWN_DELAY_MS=(\d+)/.exec(dockerfile)?.[1]);

const of = (kind: string, name: string) => {
  const found = manifests.find((m) => m.kind === kind && m.metadata.name === name);
  if (!found) throw new Error(`deploy/k8s has no ${kind} ${name}`);
  return found;
};
const envOf = (container: Container) => new Map(container.env.map((e) => [e.name, e.value]));

const services = [
  { name: "gateway", port: 4000, prefix: "GATEWAY" },
  ...subgraphs.map((s) => ({ name: s.name, port: s.port, prefix: s.envPrefix })),
];

describe("deploy/k8s against compose.yaml", () => {
  it.each(services)("runs $name as compose does: image, command, port, probes, drain", ({ name, port, prefix }) => {
    const deployment = of("Deployment", name);
    const pod = deployment.spec.template!.spec;
    const container = pod.containers[0]!;
    const service = compose.services[name]!;
    expect(container.image).toBe(service.image);
    expect(container.args).toEqual(service.command);
    expect(container.ports[0]?.containerPort).toBe(port);
    expect(envOf(container).get(`${prefix}_PORT`)).toBe(String(port));
    expect(service.environment?.[`${prefix}_PORT`] ?? String(port)).toBe(String(port));
    expect(container.readinessProbe.httpGet).toEqual({ path: "/ready", port });
    expect(container.livenessProbe.httpGet).toEqual({ path: "/health", port });
    // The gateway's probes ask every subgraph (up to 0.5 s while one hangs): Kubernetes' default
    // timeout of 1 s would leave no margin, and a timed-out readiness probe takes the copy out.
    expect(container.readinessProbe.timeoutSeconds ?? 1).toBeGreaterThanOrEqual(2);
    expect(container.livenessProbe.timeoutSeconds ?? 1).toBeGreaterThanOrEqual(2);
    // preStop waits as long as the process's own delay, and the grace period covers both and a drain.
    const delayMs = Number(envOf(container).get("SHUTDOWN_DELAY_MS"));
    expect(delayMs).toBe(imageDelayMs);
    expect(container.lifecycle.preStop.sleep.seconds * 1_000).toBe(delayMs);
    expect(pod.terminationGracePeriodSeconds * 1_000).toBeGreaterThanOrEqual(2 * delayMs + 30_000);
    expect(of("Service", name).spec.ports).toEqual([expect.objectContaining({ port, targetPort: port })]);
  });

  it.each(subgraphs)("gives $name the variables compose gives it, and the gateway its URL", (subgraph) => {
    const agency = envOf(of("Deployment", subgraph.name).spec.template!.spec.containers[0]!);
    const needed = Object.keys(compose.services[subgraph.name]?.environment ?? {}).filter((name) =>
      name.startsWith(`${subgraph.envPrefix}_`),
    );
    expect(needed.length).toBeGreaterThan(2);
    for (const name of needed) expect(agency.has(name), name).toBe(true);
    const gateway = envOf(of("Deployment", "gateway").spec.template!.spec.containers[0]!);
    const url = `${subgraph.envPrefix}_URL`;
    expect(gateway.get(url)).toBe(compose.services.gateway?.environment?.[url]);
    expect(gateway.has(`${subgraph.envPrefix}_GATEWAY_SECRET`)).toBe(true);
  });

  it("runs several gateway copies, reads the supergraph from its ConfigMap and keeps metrics off the Service", () => {
    const gateway = of("Deployment", "gateway");
    expect(gateway.spec.replicas).toBeGreaterThanOrEqual(2);
    const env = envOf(gateway.spec.template!.spec.containers[0]!);
    expect(env.get("SUPERGRAPH_PATH")).toBe("/etc/linli/supergraph.graphql");
    expect(env.get("REDIS_URL")).toBe(compose.services.gateway?.environment?.REDIS_URL);
    const metricsPort = Number(env.get("GATEWAY_METRICS_PORT"));
    expect(gateway.spec.template!.spec.containers[0]!.ports.map((p) => p.containerPort)).toContain(metricsPort);
    expect(of("Service", "gateway").spec.ports?.map((p) => p.port)).not.toContain(metricsPort);
    expect(compose.services.gateway?.ports).toEqual(["${LINLI_PORT:-4000}:4000"]);
  });
});
