// `node packages/runner/dist/keys.js`: makes the local signing key once (compose runs it before
// the services, which read `jwks.json`; `token.js` signs with it). Local and demo use only.
import { ensureLocalKeys, LOCAL_KEYS_DIR } from "@linli/service-kit";

const keys = await ensureLocalKeys(LOCAL_KEYS_DIR);
process.stdout.write(`token keys: ${keys.jwksPath}\n`);
