import type { KoaContextWithOIDC } from "oidc-provider";

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/** The provider's pages: plain HTML, no script of ours but the logout's auto-submit. */
export function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · 邻里</title>
<style>body{font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;color:#222}
label{display:block;margin:.8rem 0 .2rem}input,select{width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box}
button{margin-top:1rem;padding:.6rem 1.2rem;font-size:1rem}.error{color:#b00020}table{border-collapse:collapse;font-size:.9rem}
td{padding:.15rem .5rem;border-bottom:1px solid #eee}</style></head>
<body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

export const redirect = (ctx: KoaContextWithOIDC, url: string) => {
  ctx.status = 303;
  ctx.redirect(url);
};
