import { defineConfig } from "vite";

// Static files for the gateway to serve at `/`; the pages call `/graphql` on the same origin.
export default defineConfig({
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { "/graphql": "http://127.0.0.1:4000" } },
});
