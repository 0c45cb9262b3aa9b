import {
  ApproveBookingDocument,
  CreateSharedResourceDocument,
  DeclineBookingDocument,
  type LiaisonBookingFragment,
  LiaisonNextPendingDocument,
  type LiaisonResourceFragment,
  LiaisonUnitDocument,
  type LiaisonUnitQuery,
  type OpeningWindowInput,
  type ResourceKind,
  UpdateSharedResourceDocument,
} from "@linli/schema/operations";
import { beginSignIn, endSession, signInSettings } from "./auth";
import { h, link, notice, section, show } from "./dom";
import { answered, GraphRequestError, request, session, tokenGrants } from "./graph";
import { bookingState, fieldLabel, label, resourceKind, unitKind } from "./labels";

type Unit = NonNullable<LiaisonUnitQuery["unit"]>;
type Resource = LiaisonResourceFragment;
type Estate = { id: string; name: string };

const CHINA_OFFSET = "+08:00";
const monthStart = (month: string) => `${month}-01T00:00:00${CHINA_OFFSET}`;
const nextMonth = (month: string, step = 1) => {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(year, m - 1 + step, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
};
const thisMonth = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
/** A timestamp in China time, the county's clock. */
const chinaTime = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");

const failure = (error: unknown) =>
  notice(error instanceof GraphRequestError ? error.message : "操作失败，请稍后重试。");

/** The month (YYYY-MM, China time) of the unit's next pending booking; this month when there is none. */
async function monthOfNextPending(id: string): Promise<string> {
  try {
    const { data } = await request(
      LiaisonNextPendingDocument,
      { id, from: new Date().toISOString() },
      { signedIn: true },
    );
    const next = data.unit?.bookings.edges[0]?.node.startsAt;
    return next ? chinaTime(next).slice(0, 7) : thisMonth();
  } catch {
    // The calendar's own request says what went wrong.
    return thisMonth();
  }
}

/**
 * 驻区单位联络人 — sign in with a token, then keep the unit's shared resources and bookings.
 * `unitId` opens another unit: the graph decides what the token may do there, and the page says so.
 */
export async function liaisonPage(
  root: HTMLElement,
  unitId: string | undefined,
  month: string | undefined,
  message?: HTMLElement,
) {
  const token = session.token();
  if (!token) return show(root, signInForm(root, Boolean(await signInSettings())));
  const own = tokenGrants(token).find((g) => g.role === "unit_liaison")?.unit;
  const id = unitId ?? own;
  const signOut = h(
    "button",
    {
      type: "button",
      class: "secondary",
      onclick: async () => {
        session.signOut();
        // Signed in at the identity provider: it ends the session there and comes back to `/`.
        if (await endSession()) return;
        location.hash = "#/liaison";
        void liaisonPage(root, undefined, undefined);
      },
    },
    "退出登录",
  );
  if (!id) {
    return show(
      root,
      h("h1", {}, "驻区单位联络人"),
      notice("这个令牌不是驻区单位联络人的令牌，无法管理单位资源。"),
      signOut,
    );
  }
  const shown = month ?? (await monthOfNextPending(id));
  const calendarFrom = monthStart(shown);
  const calendarTo = monthStart(nextMonth(shown));
  let unit: Unit | null;
  let calendarError: string | null = null;
  try {
    const answer = await request(
      LiaisonUnitDocument,
      { id, from: calendarFrom, to: calendarTo, first: 100 },
      { signedIn: true },
    );
    unit = answer.data.unit;
    if (answer.partial.length > 0)
      calendarError = new GraphRequestError(answer.partial[0]?.extensions?.code ?? "", answer.partial).message;
  } catch (error) {
    return show(root, h("h1", {}, "驻区单位联络人"), failure(error), signOut);
  }
  if (!unit) return show(root, h("h1", {}, "驻区单位联络人"), notice("未找到该单位。"), signOut);
  const messages = h("div", { class: "messages", "aria-live": "assertive" }, message);
  const say = (node: HTMLElement) => messages.replaceChildren(node);
  const reload = (after: HTMLElement) => liaisonPage(root, unitId, shown, after);
  const base = unitId ? `#/liaison/${unitId}` : "#/liaison";
  // The estates a resource may be limited to: those whose big branch the unit joined, and any already listed.
  const estates = new Map<string, Estate>();
  for (const m of unit.bigBranchMemberships ?? []) estates.set(m.estate.id, m.estate);
  for (const r of unit.sharedResources) for (const e of r.openToEstates) estates.set(e.id, e);
  const choices = [...estates.values()].sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
  show(
    root,
    h("div", { class: "title-row" }, h("h1", {}, `${unit.name}`), signOut),
    h("p", { class: "muted" }, `${label(unitKind, unit.kind)} · ${unit.address}`),
    id !== own ? notice("这不是您所在的单位：您的操作会被拒绝。") : null,
    messages,
    section(
      "共享资源",
      unit.sharedResources.length === 0
        ? h("p", { class: "muted" }, "尚未登记共享资源。")
        : h("div", { class: "resources" }, ...unit.sharedResources.map((r) => resourceForm(r, choices, say))),
      newResourceForm(unit.id, choices, say, reload),
    ),
    section(
      "预约日历",
      h(
        "p",
        { class: "month-nav" },
        link(`${base}?month=${nextMonth(shown, -1)}`, "‹ 上月"),
        h("strong", { "data-month": shown }, ` ${shown.replace("-", "年")}月 `),
        link(`${base}?month=${nextMonth(shown)}`, "下月 ›"),
      ),
      calendarError
        ? notice(calendarError)
        : calendar(
            unit.bookings.edges.map((e) => e.node),
            say,
            reload,
          ),
    ),
  );
}

function signInForm(root: HTMLElement, withProvider: boolean): HTMLElement {
  const input = h("textarea", {
    id: "token",
    rows: 4,
    required: true,
    placeholder: "eyJhbGciOi…",
  }) as HTMLTextAreaElement;
  return h(
    "div",
    {},
    h("h1", {}, "驻区单位联络人登录"),
    withProvider
      ? h(
          "p",
          {},
          h(
            "button",
            {
              type: "button",
              id: "sign-in",
              onclick: (event: Event) => {
                (event.currentTarget as HTMLButtonElement).disabled = true;
                beginSignIn(location.hash).catch(() => show(root, notice("无法连接统一身份认证，请稍后重试。")));
              },
            },
            "统一身份认证",
          ),
          " 用您的账号进入（演示账号见 pnpm start 的输出）。",
        )
      : false,
    h("p", { class: "muted" }, "开发者也可以粘贴访问令牌（pnpm run token）。令牌只保存在本标签页中，关闭即清除。"),
    h(
      "form",
      {
        class: "signin",
        onsubmit: (event: Event) => {
          event.preventDefault();
          if (!input.value.trim()) return;
          session.signIn(input.value);
          void liaisonPage(root, undefined, undefined);
        },
      },
      h("label", { for: "token" }, "访问令牌"),
      input,
      h("button", { type: "submit" }, "登录"),
    ),
  );
}

const WEEKDAYS = ["", "周一", "周二", "周三", "周四", "周五", "周六", "周日"];
const WINDOW_LINE = /^(?:周)?([1-7一二三四五六日])\s+(\d{2}:\d{2})\s*[-–~至]\s*(\d{2}:\d{2})$/;

/** "周一 09:00-18:00", one window a line, as the opening hours' text box shows them. */
const windowsText = (windows: Resource["openingHours"]) =>
  windows.map((w) => `${WEEKDAYS[w.weekday]} ${w.startsAt}-${w.endsAt}`).join("\n");

/** The opening hours typed, or the number of the first line that is not a window. */
function parseWindows(text: string): OpeningWindowInput[] | { badLine: number } {
  const windows: OpeningWindowInput[] = [];
  const lines = text.split("\n").map((line) => line.trim());
  for (const [index, line] of lines.entries()) {
    if (!line) continue;
    const match = WINDOW_LINE.exec(line);
    if (!match) return { badLine: index + 1 };
    const [, day = "", startsAt = "", endsAt = ""] = match;
    const weekday = /\d/.test(day) ? Number(day) : WEEKDAYS.indexOf(`周${day}`);
    windows.push({ weekday, startsAt, endsAt });
  }
  return windows;
}

/** Every field of a resource as form controls, and the values they hold as the mutations' input. */
function resourceFields(resource: Resource | undefined, choices: Estate[]) {
  const field = (text: string, control: HTMLElement, hint?: string) =>
    h("label", { class: "field" }, h("span", {}, text), control, hint ? h("small", { class: "muted" }, hint) : null);
  const number = (name: string, value: number | null | undefined, min: number, max: number, required = true) =>
    h("input", { name, type: "number", min, max, value: value ?? "", required }) as HTMLInputElement;
  const name = h("input", {
    name: "name",
    value: resource?.name ?? "",
    maxlength: 100,
    required: true,
  }) as HTMLInputElement;
  const kind = h(
    "select",
    { name: "kind" },
    ...Object.entries(resourceKind).map(([value, text]) => h("option", { value }, text)),
  ) as HTMLSelectElement;
  const description = h(
    "textarea",
    { name: "description", rows: 2, maxlength: 2000 },
    resource?.description ?? "",
  ) as HTMLTextAreaElement;
  const capacity = number("capacity", resource?.capacity, 1, 10000);
  const quantity = number("quantity", resource?.quantity ?? 1, 1, 1000);
  const quota = number("monthlyQuotaPerEstate", resource?.monthlyQuotaPerEstate, 1, 1000, false);
  const approval = h("input", {
    name: "requiresApproval",
    type: "checkbox",
    checked: resource?.requiresApproval ?? true,
  }) as HTMLInputElement;
  const listed = new Set(resource?.openToEstates.map((e) => e.id));
  const allowList = choices.map(
    (estate) =>
      h("input", {
        type: "checkbox",
        name: "openToEstateIds",
        value: estate.id,
        checked: listed.has(estate.id),
      }) as HTMLInputElement,
  );
  const hours = h(
    "textarea",
    { name: "openingHours", rows: 3, placeholder: "周一 09:00-18:00" },
    windowsText(resource?.openingHours ?? []),
  ) as HTMLTextAreaElement;
  const controls = h(
    "div",
    { class: "fields" },
    field("名称", name),
    resource ? null : field("类型", kind),
    field("说明", description),
    field("容量", capacity, "一次可服务的人数或件数"),
    field("数量", quantity, "可同时出借的件数"),
    field("每月限额", quota, "每个小区每月可预约的次数；留空为不限"),
    h("label", { class: "check" }, approval, " 新预约需要审批"),
    h(
      "fieldset",
      { class: "allow-list", "data-field": "openToEstateIds" },
      h("legend", {}, "开放小区（不选则向所有小区开放）"),
      choices.length === 0
        ? h("span", { class: "muted" }, "本单位尚未加入小区大支部。")
        : choices.map((estate, i) => h("label", { class: "check" }, allowList[i] as HTMLElement, ` ${estate.name}`)),
    ),
    field("开放时间", hours, "每行一个时段，如“周一 09:00-18:00”；留空为全天开放"),
  );
  return {
    controls,
    kind: () => kind.value as ResourceKind,
    /** The input; throws, naming the field, when the opening hours cannot be read (the graph checks everything again). */
    values: () => {
      const windows = parseWindows(hours.value);
      if ("badLine" in windows) throw badHours(windows.badLine);
      return {
        name: name.value,
        description: description.value,
        capacity: Number(capacity.value),
        quantity: Number(quantity.value),
        requiresApproval: approval.checked,
        monthlyQuotaPerEstate: quota.value.trim() ? Number(quota.value) : null,
        openToEstateIds: allowList.filter((box) => box.checked).map((box) => box.value),
        openingHours: windows,
      };
    },
  };
}

/** Marks the control a refusal names (`extensions.field`, e.g. `openingHours.0.endsAt`) and says which it is. */
function showRefusal(form: HTMLElement, error: unknown, say: (node: HTMLElement) => void) {
  for (const marked of form.querySelectorAll("[aria-invalid]")) marked.removeAttribute("aria-invalid");
  const field = error instanceof GraphRequestError ? error.field : undefined;
  const name = field?.split(".")[0];
  const control = name ? form.querySelector<HTMLElement>(`[name="${name}"], [data-field="${name}"]`) : null;
  if (!field || !name) return say(failure(error));
  control?.setAttribute("aria-invalid", "true");
  control?.focus();
  const detail = (error as GraphRequestError).errors[0]?.message ?? "";
  say(notice(`“${fieldLabel(name)}”有误：${detail}（${(error as GraphRequestError).code}，字段 ${field}）`));
}

const badHours = (line: number) =>
  new GraphRequestError("BAD_USER_INPUT", [
    {
      message: `第 ${line} 行不是“周一 09:00-18:00”这样的时段。`,
      extensions: { code: "BAD_USER_INPUT", field: "openingHours" },
    },
  ]);

function resourceForm(resource: Resource, choices: Estate[], say: (node: HTMLElement) => void): HTMLElement {
  const fields = resourceFields(resource, choices);
  const save = h("button", { type: "submit" }, "保存");
  // The version this form shows; a save based on an older one is refused with CONFLICT (冲突).
  let version = resource.version;
  const form: HTMLElement = h(
    "form",
    {
      class: "resource",
      "data-resource": resource.id,
      onsubmit: async (event: Event) => {
        event.preventDefault();
        save.setAttribute("disabled", "");
        try {
          const { data } = await request(
            UpdateSharedResourceDocument,
            { input: { id: resource.id, expectedVersion: version, ...fields.values() } },
            { signedIn: true },
          );
          const saved = answered(data.updateSharedResource);
          version = saved.version;
          for (const marked of form.querySelectorAll("[aria-invalid]")) marked.removeAttribute("aria-invalid");
          say(notice(`已保存“${saved.name}”。`, "ok"));
        } catch (error) {
          showRefusal(form, error, say);
        } finally {
          save.removeAttribute("disabled");
        }
      },
    },
    h("h3", {}, `${label(resourceKind, resource.kind)}`),
    fields.controls,
    save,
  );
  return form;
}

/** 登记共享资源 — a new resource of the unit, every field of it. */
function newResourceForm(
  unitId: string,
  choices: Estate[],
  say: (node: HTMLElement) => void,
  reload: (message: HTMLElement) => Promise<void>,
): HTMLElement {
  const fields = resourceFields(undefined, choices);
  const add = h("button", { type: "submit" }, "登记");
  const form: HTMLElement = h(
    "form",
    {
      class: "resource new-resource",
      onsubmit: async (event: Event) => {
        event.preventDefault();
        add.setAttribute("disabled", "");
        try {
          const { data } = await request(
            CreateSharedResourceDocument,
            { input: { unitId, kind: fields.kind(), ...fields.values() } },
            { signedIn: true },
          );
          const created = answered(data.createSharedResource);
          await reload(notice(`已登记“${created.name}”。`, "ok"));
        } catch (error) {
          showRefusal(form, error, say);
          add.removeAttribute("disabled");
        }
      },
    },
    h("h3", {}, "登记新资源"),
    fields.controls,
    add,
  );
  return h("details", { class: "new-resource-panel" }, h("summary", {}, "＋ 登记新的共享资源"), form);
}

function calendar(
  bookings: LiaisonBookingFragment[],
  say: (node: HTMLElement) => void,
  reload: (message: HTMLElement) => Promise<void>,
) {
  if (bookings.length === 0) return h("p", { class: "muted" }, "本月没有预约。");
  const days = new Map<string, LiaisonBookingFragment[]>();
  for (const booking of bookings) {
    const day = chinaTime(booking.startsAt).slice(0, 10);
    days.set(day, [...(days.get(day) ?? []), booking]);
  }
  const act = async (booking: LiaisonBookingFragment, approve: boolean, note?: string) => {
    try {
      const input = { id: booking.id, ...(note ? { note } : {}) };
      const state = approve
        ? answered((await request(ApproveBookingDocument, { input }, { signedIn: true })).data.approveBooking).state
        : answered((await request(DeclineBookingDocument, { input }, { signedIn: true })).data.declineBooking).state;
      await reload(notice(`预约已${label(bookingState, state).replace(/^已/, "")}。`, "ok"));
    } catch (error) {
      say(failure(error));
    }
  };
  return h(
    "ol",
    { class: "calendar" },
    ...[...days].map(([day, list]) =>
      h(
        "li",
        { class: "day" },
        h("h3", {}, day),
        h(
          "ul",
          {},
          ...list.map((b) =>
            h(
              "li",
              { class: `booking state-${b.state}`, "data-booking": b.id },
              h("span", { class: "time" }, `${chinaTime(b.startsAt).slice(11)}–${chinaTime(b.endsAt).slice(11)}`),
              h("span", {}, `${b.resource.name} · ${b.estate.name} · ${b.purpose}`),
              h("span", { class: "state" }, label(bookingState, b.state)),
              b.state === "PENDING" ? actions(b, act) : null,
              history(b),
            ),
          ),
        ),
      ),
    ),
  );
}

/** 批准, or 拒绝 with a reason typed first: the reason is kept in the booking's history. */
function actions(
  booking: LiaisonBookingFragment,
  act: (booking: LiaisonBookingFragment, approve: boolean, note?: string) => Promise<void>,
) {
  const reason = h("input", {
    name: "reason",
    maxlength: 500,
    placeholder: "拒绝理由（申请方可见）",
  }) as HTMLInputElement;
  const declining = h(
    "form",
    {
      class: "decline",
      hidden: true,
      onsubmit: (event: Event) => {
        event.preventDefault();
        void act(booking, false, reason.value.trim());
      },
    },
    reason,
    h("button", { type: "submit", class: "secondary" }, "确认拒绝"),
  );
  return h(
    "span",
    { class: "actions" },
    h("button", { type: "button", onclick: () => act(booking, true) }, "批准"),
    h(
      "button",
      {
        type: "button",
        class: "secondary",
        onclick: () => {
          declining.hidden = false;
          reason.focus();
        },
      },
      "拒绝",
    ),
    declining,
  );
}

/** The booking's steps after the request, with the note given at each (a decline's reason). */
function history(booking: LiaisonBookingFragment) {
  const steps = booking.history.slice(1);
  if (steps.length === 0) return null;
  return h(
    "ul",
    { class: "history" },
    ...steps.map((step) =>
      h(
        "li",
        {},
        `${chinaTime(step.occurredAt)} ${label(bookingState, step.toState)}`,
        step.note ? h("span", { class: "note" }, `：${step.note}`) : null,
      ),
    ),
  );
}
