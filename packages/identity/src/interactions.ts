import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type Provider from "oidc-provider";
import type { KoaContextWithOIDC } from "oidc-provider";
import type { Account } from "./accounts";
import { escapeHtml, page, redirect } from "./pages";
import type { IdentitySettings } from "./settings";

type Middleware = (ctx: KoaContextWithOIDC, next: () => Promise<unknown>) => Promise<unknown>;

const INTERACTION = /^\/interaction\/([\w-]+)(\/login)?$/;

/**
 * Linli's own login page for oidc-provider's interactions: a login and the demo password (or the
 * external issuer's button), then back to the protocol. Consent is never asked of the county's
 * own web client (the provider's `loadExistingGrant` grants it).
 */
export function interactionRoutes(
  provider: Provider,
  settings: IdentitySettings,
  accounts: Map<string, Account>,
): Middleware {
  return async (ctx, next) => {
    if (ctx.path === "/logins" && ctx.method === "GET" && settings.demoPassword) {
      ctx.type = "html";
      ctx.body = page("演示账号", demoLoginList(settings.accounts));
      return;
    }
    const match = INTERACTION.exec(ctx.path);
    if (!match) return next();
    ctx.set("cache-control", "no-store");
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    if (match[1] !== details.uid) return next();
    if (details.prompt.name !== "login") {
      // Only another client could get here (ours is granted up front); it has no consent page.
      const result = { error: "access_denied", error_description: "this client needs a consent Linli does not ask" };
      return redirect(ctx, await provider.interactionResult(ctx.req, ctx.res, result));
    }
    if (ctx.method === "GET" && !match[2]) return loginPage(ctx, details.uid, settings);
    if (ctx.method === "POST" && match[2]) {
      const form = await readForm(ctx.req);
      const login = form.get("login")?.trim() ?? "";
      const account = accounts.get(login);
      const password = form.get("password") ?? "";
      if (!account || !settings.demoPassword || !sameSecret(password, settings.demoPassword)) {
        ctx.status = 401;
        return loginPage(ctx, details.uid, settings, login, "账号或密码不正确。");
      }
      const result = { login: { accountId: account.login } };
      return redirect(
        ctx,
        await provider.interactionResult(ctx.req, ctx.res, result, { mergeWithLastSubmission: false }),
      );
    }
    return next();
  };
}

function loginPage(ctx: KoaContextWithOIDC, uid: string, settings: IdentitySettings, login = "", error?: string) {
  ctx.type = "html";
  const upstream = settings.federation
    ? `<p><a href="/interaction/${uid}/upstream">使用 ${escapeHtml(settings.federation.displayName)} 登录</a></p>`
    : "";
  const demo = settings.demoPassword
    ? `<form method="post" action="/interaction/${uid}/login" autocomplete="off">
<label for="login">账号</label><input id="login" name="login" required value="${escapeHtml(login)}" autofocus>
<label for="password">密码</label><input id="password" name="password" type="password" required>
<button type="submit">登录</button></form>
<p>演示账号见 <a href="/logins" target="_blank">演示账号列表</a>（每个角色一个账号）。</p>`
    : "";
  ctx.body = page(
    "登录邻里",
    `${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}${demo}${upstream}`,
  );
}

function demoLoginList(accounts: readonly Account[]): string {
  const rows = accounts.map(
    (a) =>
      `<tr><td><code>${escapeHtml(a.login)}</code></td><td>${escapeHtml(a.name)}</td><td>${a.grants.map((g) => g.role).join(", ")}</td></tr>`,
  );
  return `<p>每个账号的密码相同（见 <code>pnpm start</code> 的输出）。</p><table>${rows.join("")}</table>`;
}

/** Constant-time, so the password cannot be guessed byte by byte from timings. */
function sameSecret(presented: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

// A login form is two short fields: read it here rather than add a body parser to oidc-provider's Koa.
async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = "";
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 4_096) break;
  }
  return new URLSearchParams(body);
}
