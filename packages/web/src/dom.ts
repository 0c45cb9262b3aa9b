/** Builds elements from data with textContent only: nothing from the graph is ever parsed as HTML. */
type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

export function h(tag: string, attributes: Attributes = {}, ...children: (Child | Child[])[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") element.addEventListener(name.replace(/^on/, ""), value);
    else if (value === true) element.setAttribute(name, "");
    else element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "object" ? child : String(child));
  }
  return element;
}

/** Replaces what `root` shows. */
export function show(root: HTMLElement, ...children: (Child | Child[])[]): void {
  root.replaceChildren(
    ...children
      .flat()
      .filter((c): c is Node | string => c !== null && c !== undefined && c !== false)
      .map((c) => (typeof c === "number" ? String(c) : c)),
  );
}

/** A figure card; `data-figure` names the field it shows. */
export const card = (figure: string, label: string, value: number | null | undefined, unit = "") =>
  h(
    "div",
    { class: "card", "data-figure": figure },
    h("span", { class: "value" }, value ?? "—"),
    unit ? h("span", { class: "unit" }, unit) : null,
    h("span", { class: "label" }, label),
  );

export const section = (title: string, ...children: (Child | Child[])[]) =>
  h("section", { class: "panel" }, h("h2", {}, title), ...children);

export const loading = () => h("p", { class: "muted", role: "status" }, "加载中…");

export const notice = (text: string, kind: "error" | "ok" = "error") =>
  h("p", { class: `notice ${kind}`, role: kind === "error" ? "alert" : "status" }, text);

/** A table of rows; cells may be nodes (links) or text. */
export function table(headers: string[], rows: Child[][]): HTMLElement {
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      {},
      h("thead", {}, h("tr", {}, ...headers.map((text) => h("th", {}, text)))),
      h("tbody", {}, ...rows.map((cells) => h("tr", {}, ...cells.map((cell) => h("td", {}, cell))))),
    ),
  );
}

export const link = (href: string, text: string) => h("a", { href }, text);

/**
 * 导出 — the gateway's `/export/<operation>.csv|.xlsx` of the named operation a table comes from,
 * with the same variables (every page of a connection; `list` names another list of the answer).
 * Fetched with the signed-in token when there is one, then saved as a file.
 */
export function exportButtons(
  operation: string,
  variables: Record<string, unknown>,
  options: { list?: string; token?: string | null } = {},
): HTMLElement {
  const save = async (format: "csv" | "xlsx", button: HTMLElement) => {
    const query = new URLSearchParams({ variables: JSON.stringify(variables) });
    if (options.list) query.set("list", options.list);
    button.setAttribute("disabled", "");
    try {
      const response = await fetch(`/export/${operation}.${format}?${query}`, {
        headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
        cache: "no-store",
      });
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const anchor = h("a", { href: url, download: `${operation}.${format}` });
      anchor.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      button.replaceWith(h("span", { class: "notice error", role: "alert" }, "导出失败，请稍后重试。"));
    } finally {
      button.removeAttribute("disabled");
    }
  };
  const button = (format: "csv" | "xlsx", text: string) => {
    const element: HTMLElement = h(
      "button",
      {
        type: "button",
        class: "secondary",
        "data-export": `${operation}.${format}`,
        onclick: () => save(format, element),
      },
      text,
    );
    return element;
  };
  return h("p", { class: "exports" }, button("csv", "导出 CSV"), " ", button("xlsx", "导出 Excel"));
}

/** 县级总览 › 镇街 › 社区 › …: the way back up the tree; the last step is where the page is. */
export function crumbs(
  place: { subdistrict?: { id: string; name: string }; community?: { id: string; name: string } },
  here: string,
): HTMLElement {
  const steps: Node[] = [link("#/", "县级总览")];
  if (place.subdistrict) steps.push(link(`#/subdistrict/${place.subdistrict.id}`, place.subdistrict.name));
  if (place.community) steps.push(link(`#/community/${place.community.id}`, place.community.name));
  return h("p", { class: "crumbs" }, ...steps.flatMap((step) => [step, " › "]), here);
}
