import {
  ApproveBookingDocument,
  DeclineBookingDocument,
  type LiaisonBookingFragment,
  LiaisonUnitDocument,
  type LiaisonUnitQuery,
  UpdateSharedResourceDocument,
} from "@linli/schema/operations";
import { beginSignIn, endSession, signInSettings } from "./auth";
import { h, link, notice, section, show } from "./dom";
import { answered, GraphRequestError, request, session, tokenGrants } from "./graph";
import { bookingState, label, resourceKind, unitKind } from "./labels";

type Unit = NonNullable<LiaisonUnitQuery["unit"]>;
type Resource = Unit["sharedResources"][number];

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
  const shown = month ?? thisMonth();
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
        : h("div", { class: "resources" }, ...unit.sharedResources.map((r) => resourceForm(r, say))),
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

function resourceForm(resource: Resource, say: (node: HTMLElement) => void): HTMLElement {
  const field = (text: string, control: HTMLElement) => h("label", { class: "field" }, h("span", {}, text), control);
  const name = h("input", { name: "name", value: resource.name, maxlength: 100, required: true }) as HTMLInputElement;
  const description = h(
    "textarea",
    { name: "description", rows: 2, maxlength: 2000 },
    resource.description,
  ) as HTMLTextAreaElement;
  const capacity = h("input", {
    name: "capacity",
    type: "number",
    min: 1,
    max: 10000,
    value: resource.capacity,
    required: true,
  }) as HTMLInputElement;
  const approval = h("input", {
    name: "requiresApproval",
    type: "checkbox",
    checked: resource.requiresApproval,
  }) as HTMLInputElement;
  const save = h("button", { type: "submit" }, "保存");
  // The version this form shows; a save based on an older one is refused with CONFLICT (冲突).
  let version = resource.version;
  return h(
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
            {
              input: {
                id: resource.id,
                expectedVersion: version,
                name: name.value,
                description: description.value,
                capacity: Number(capacity.value),
                requiresApproval: approval.checked,
              },
            },
            { signedIn: true },
          );
          const saved = answered(data.updateSharedResource);
          version = saved.version;
          say(notice(`已保存“${saved.name}”。`, "ok"));
        } catch (error) {
          say(failure(error));
        } finally {
          save.removeAttribute("disabled");
        }
      },
    },
    h("h3", {}, `${label(resourceKind, resource.kind)}`),
    field("名称", name),
    field("说明", description),
    field("容量", capacity),
    h("label", { class: "check" }, approval, " 新预约需要审批"),
    save,
  );
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
  const act = async (booking: LiaisonBookingFragment, approve: boolean) => {
    try {
      const input = { id: booking.id };
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
              b.state === "PENDING"
                ? h(
                    "span",
                    { class: "actions" },
                    h("button", { type: "button", onclick: () => act(b, true) }, "批准"),
                    h("button", { type: "button", class: "secondary", onclick: () => act(b, false) }, "拒绝"),
                  )
                : null,
            ),
          ),
        ),
      ),
    ),
  );
}
