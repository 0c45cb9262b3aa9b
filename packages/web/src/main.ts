import "./style.css";
import { completeSignIn } from "./auth";
import { disposeCharts } from "./charts";
import { countyDashboard } from "./dashboard";
import { notice, show } from "./dom";
import { communityPage, subdistrictPage } from "./drilldown";
import { estatePage } from "./estate";
import { GraphRequestError } from "./graph";
import { liaisonPage } from "./liaison";

const root = document.getElementById("app") as HTMLElement;

/** Hash routes, so that the gateway serves one index.html for every page. */
async function route(): Promise<void> {
  disposeCharts();
  const [path = "", query = ""] = location.hash.replace(/^#/, "").split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query);
  // Each route renders into a view of its own. A page still loading when the reader moves on (the
  // dashboard's figures after a quick click to the liaison page) then writes into its own view,
  // which is no longer in the document, never over the page now shown.
  const view = document.createElement("div");
  root.replaceChildren(view);
  show(view, notice("加载中…", "ok"));
  try {
    switch (parts[0]) {
      case undefined:
        return await countyDashboard(view, { from: params.get("from"), to: params.get("to") });
      case "subdistrict":
        return await subdistrictPage(view, parts[1] ?? "");
      case "community":
        return await communityPage(view, parts[1] ?? "");
      case "estate":
        return await estatePage(view, parts[1] ?? "");
      case "liaison":
        return await liaisonPage(view, parts[1], params.get("month") ?? undefined);
      default:
        return show(view, notice("页面不存在。"));
    }
  } catch (error) {
    show(view, notice(error instanceof GraphRequestError ? error.message : "页面加载失败，请稍后重试。"));
  } finally {
    window.scrollTo(0, 0);
  }
}

window.addEventListener("hashchange", () => void route());
// Back from the identity provider with a code: exchange it before the page asks the graph.
completeSignIn().then(
  () => route(),
  () => show(root, notice("登录未完成，请重新登录。")),
);
