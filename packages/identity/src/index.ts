import { createServer } from "node:http";
import { xianyouCounty } from "@linli/demo-county";
import { createLogger, stopOnSignals } from "@linli/service-kit/edge";
import { demoAccounts } from "./accounts";
import { config } from "./env";
import { createIdentityProvider } from "./provider";

const logger = createLogger({ name: "identity", level: config.logLevel, format: config.logFormat });
const { handle, accounts } = createIdentityProvider({
  ...config,
  // The sign-out comes back to the same pages the sign-in does.
  postLogoutRedirectUris: config.redirectUris,
  accounts: config.demoPassword ? demoAccounts(xianyouCounty()) : [],
});
const server = createServer(handle);
server.listen(config.port, config.host, () => {
  logger.info({ issuer: config.issuer, demoLogins: accounts.size }, "identity provider ready");
});
stopOnSignals(logger, () => new Promise((resolve) => server.close(() => resolve())));
