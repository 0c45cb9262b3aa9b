import { parseArgs } from "node:util";
import {
  AGENCIES,
  ensureLocalKeys,
  type Grant,
  grantSchema,
  LOCAL_KEYS_DIR,
  ROLES,
  readPrivateKey,
  signToken,
} from "@linli/service-kit";
import { config } from "./env";

const usage = `Prints a token signed with the local key, for trying the graph (never for production).

  pnpm run token -- --role <role> [scope] [--subject <name>] [--expires <span>]

roles and the scope each needs:
  county_admin        [--personal-data]        reads everything; personal data only with --personal-data
  agency_admin        --agency <${AGENCIES.join("|")}>
  community_worker    --community <id>
  branch_secretary    --branch <id>
  property_manager    --company <id>
  unit_liaison        --unit <id>
  volunteer_lead      --team <id>
  resident            --estate <id>
Several grants: repeat --grant '<json>' instead, e.g. --grant '{"role":"unit_liaison","unit":"…"}'.
Use it as: curl -H "authorization: Bearer <token>" …`;

const args = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === "--"));
const { values } = parseArgs({
  args,
  options: {
    role: { type: "string" },
    agency: { type: "string" },
    community: { type: "string" },
    branch: { type: "string" },
    company: { type: "string" },
    unit: { type: "string" },
    team: { type: "string" },
    estate: { type: "string" },
    "personal-data": { type: "boolean", default: false },
    grant: { type: "string", multiple: true },
    subject: { type: "string" },
    expires: { type: "string", default: "8h" },
    help: { type: "boolean", short: "h" },
  },
});

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${usage}\n`);
  process.exit(2);
}

if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}

const requested: unknown[] = [];
if (values.role) {
  if (!ROLES.includes(values.role as (typeof ROLES)[number])) fail(`Unknown role "${values.role}".`);
  const { role, agency, community, branch, company, unit, team, estate } = values;
  requested.push({
    role,
    agency,
    community,
    branch,
    company,
    unit,
    team,
    estate,
    personalData: values["personal-data"],
  });
}
for (const json of values.grant ?? []) {
  try {
    requested.push(JSON.parse(json));
  } catch {
    fail(`--grant is not JSON: ${json}`);
  }
}
if (requested.length === 0) fail("Say which role the token is for.");

const grants: Grant[] = requested.map((candidate) => {
  // Keep only the keys the role knows, so a stray flag cannot widen a grant.
  const parsed = grantSchema.safeParse(candidate);
  if (!parsed.success) {
    fail(
      `Not a valid grant: ${parsed.error.issues.map((i) => `${i.path.length ? `--${i.path.join(".")}` : "grant"}: ${i.message}`).join("; ")}`,
    );
  }
  return parsed.data;
});

const keys = await ensureLocalKeys(LOCAL_KEYS_DIR);
const token = await signToken(readPrivateKey(keys.privateKeyPath), {
  subject: values.subject ?? `local-${grants.map((g) => g.role).join("+")}`,
  grants,
  expiresIn: values.expires,
  // As the embedded identity provider signs, with the same key: `pnpm start`'s processes verify both.
  issuer: config.identityIssuer,
});
process.stdout.write(`${token}\n`);
