import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Static files for the gateway to serve at `/`; the pages call `/graphql` on the same origin.
// Two pages: the front end (index.html) and the GraphiQL IDE the gateway serves at /graphiql.
export default defineConfig({
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    rollupOptions: { input: { main: page("index.html"), graphiql: page("graphiql/index.html") } },
  },
  // The IDE's Monaco workers are ES modules.
  worker: { format: "es" },
  server: {
    proxy: {
      "/graphql": "http://127.0.0.1:4000",
      "/graphiql/": "http://127.0.0.1:4000",
      "/sign-in.json": "http://127.0.0.1:4000",
    },
  },
});
