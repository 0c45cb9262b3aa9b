# One image for every Linli service; the command picks it (compose.yaml, deploy/k8s):
#   node gateway/dist/index.js | node subgraphs/<party|property|units|volunteer>/dist/index.js
# Works with the official images anywhere, and with ../shared/containers' local ones (podman).

FROM node:24-bookworm-slim AS build
ENV CI=true
RUN npm install --global pnpm@12.4.2
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile \
 && pnpm build \
 && pnpm --filter @linli/web build
# Only what runs: the services' production dependencies (installed afresh from the store, so
# no dev tool or other package's dependency stays), the bundles, and the files they read beside
# them (SDL, migrations, the supergraph and operations, the web pages). No TypeScript source.
RUN find . -name node_modules -type d -prune -exec rm -rf {} + \
 && pnpm install --frozen-lockfile --prod --offline \
      --filter @linli/gateway... --filter @linli/party... --filter @linli/property... \
      --filter @linli/units... --filter @linli/volunteer... --filter @linli/runner... \
 && find . -name node_modules -prune -o -type f \( -name '*.ts' -o -name '*.js.map' -o -name 'meta.json' \) -print0 | xargs -0 rm -f \
 && rm -rf docs tests packages/bench packages/client packages/web/src packages/web/e2e \
 && mkdir -p .linli/keys

FROM node:24-bookworm-slim
# tini as PID 1: signals reach Node (which a PID 1 would otherwise ignore), children are reaped.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    GATEWAY_HOST=0.0.0.0 \
    PARTY_HOST=0.0.0.0 \
    PROPERTY_HOST=0.0.0.0 \
    UNITS_HOST=0.0.0.0 \
    VOLUNTEER_HOST=0.0.0.0 \
    GATEWAY_METRICS_PORT=9400 \
    GATEWAY_METRICS_HOST=0.0.0.0 \
    SHUTDOWN_DELAY_MS=5000 \
    HEALTH_URL=http://127.0.0.1:4000/health
WORKDIR /app
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 4000 4001 4002 4003 4004 9400
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch(process.env.HEALTH_URL).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "gateway/dist/index.js"]
