import { sampleCounty } from "@linli/demo-county";
import type { AuthorizationCase } from "../types";

const county = sampleCounty();
const quanan = county.units.find((u) => u.name === "全安消防技术有限公司")!;
const training = county.resources.find((r) => r.unitId === quanan.id && r.name === "消防安全培训")!;
const shunan = county.units.find((u) => u.name === "顺安工程有限公司")!;
const meetingRoom = county.resources.find((r) => r.unitId === shunan.id && r.name === "会议室")!;
const dongmen = county.estates.find((e) => e.name === "东门顺安")!;

/** A slot of its own for every attempt: two hours from 2035-01-01 on, one after another. */
const slotOf = (attempt: number) => {
  const start = Date.UTC(2035, 0, 1) + attempt * 2 * 3_600_000;
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 3_600_000).toISOString() };
};

/** A fresh PENDING booking of 顺安工程's meeting room (it needs approval) for 东门顺安, made by the observer. */
const pendingBooking = (attempt: number) => ({
  query: "mutation ($input: RequestBookingInput!) { requestBooking(input: $input) { id state } }",
  variables: { input: { resourceId: meetingRoom.id, estateId: dongmen.id, ...slotOf(attempt) } },
});
const bookingState = (setup: { requestBooking: { id: string }[] }) => ({
  query: "query ($id: ID!) { booking(id: $id) { id state history { toState } } }",
  variables: { id: setup.requestBooking[0]?.id },
});
const transition = (mutation: string) => (_attempt: number, setup: { requestBooking: { id: string }[] }) => ({
  query: `mutation ($input: BookingTransitionInput!) { ${mutation}(input: $input) { id state } }`,
  variables: { input: { id: setup.requestBooking[0]?.id } },
});

/** What either mutation can change: 全安消防's shared resources, read as an all-seeing admin. */
const readBack = {
  query: "query ($unit: ID!) { unit(id: $unit) { sharedResources { id name capacity } } }",
  variables: { unit: quanan.id },
};

/** What the liaison mutations change: 全安消防's liaison people, read as an all-seeing admin. */
const liaisonsOfQuanan = {
  query: "query ($unit: ID!) { unit(id: $unit) { liaisons { id name phone } } }",
  variables: { unit: quanan.id },
};

/** What the calendar mutations change: 全安消防's booking calendars, read as an all-seeing admin. */
const calendarsOfQuanan = {
  query: "query ($unit: ID!) { unit(id: $unit) { bookingCalendars { id revokedAt } } }",
  variables: { unit: quanan.id },
};

/**
 * The units agency's mutations: only 全安消防's own liaison and the units admin may change its
 * resources; bookings are asked for by residents (their own estate) and administrators, answered
 * by the owning unit's liaison and cancelled by the requester.
 */
export const unitsCases: AuthorizationCase[] = [
  {
    mutation: "createSharedResource",
    subgraph: "units",
    target: { unit: quanan.id },
    operation: (attempt) => ({
      query:
        "mutation ($input: CreateSharedResourceInput!) { createSharedResource(input: $input) { id name capacity } }",
      variables: {
        input: { unitId: quanan.id, name: `应急疏散讲座 ${attempt}`, kind: "EXPERTISE", capacity: 30 },
      },
    }),
    allowed: ["units_admin", "unit_liaison_own"],
    readBack,
  },
  {
    mutation: "updateSharedResource",
    subgraph: "units",
    target: { unit: quanan.id },
    operation: (attempt) => ({
      query:
        "mutation ($input: UpdateSharedResourceInput!) { updateSharedResource(input: $input) { id name capacity } }",
      variables: { input: { id: training.id, name: `消防安全培训 ${attempt}` } },
    }),
    allowed: ["units_admin", "unit_liaison_own"],
    readBack,
  },
  {
    mutation: "requestBooking",
    subgraph: "units",
    target: { estate: dongmen.id, unit: quanan.id },
    operation: (attempt) => ({
      query: "mutation ($input: RequestBookingInput!) { requestBooking(input: $input) { id state } }",
      variables: { input: { resourceId: training.id, estateId: dongmen.id, ...slotOf(attempt) } },
    }),
    // A resident for their own estate, and the agencies that run bookings for estates and living rooms.
    allowed: ["units_admin", "party_admin", "resident_own"],
    readBack: {
      query: "query ($id: ID!) { sharedResource(id: $id) { bookings(first: 100) { edges { node { id } } } } }",
      variables: { id: training.id },
    },
  },
  {
    mutation: "approveBooking",
    subgraph: "units",
    target: { unit: shunan.id, estate: dongmen.id },
    setup: pendingBooking,
    operation: transition("approveBooking"),
    allowed: ["units_admin", "unit_liaison_own"],
    readBack: bookingState,
  },
  {
    mutation: "declineBooking",
    subgraph: "units",
    target: { unit: shunan.id, estate: dongmen.id },
    setup: pendingBooking,
    operation: transition("declineBooking"),
    allowed: ["units_admin", "unit_liaison_own"],
    readBack: bookingState,
  },
  {
    mutation: "cancelBooking",
    subgraph: "units",
    target: { unit: shunan.id, estate: dongmen.id },
    setup: pendingBooking,
    operation: transition("cancelBooking"),
    // The requesting estate's resident; a units admin for any booking.
    allowed: ["units_admin", "resident_own"],
    readBack: bookingState,
  },
  {
    mutation: "addUnitLiaison",
    subgraph: "units",
    target: { unit: quanan.id },
    operation: (attempt) => ({
      query: "mutation ($input: AddUnitLiaisonInput!) { addUnitLiaison(input: $input) { id name } }",
      variables: { input: { unitId: quanan.id, name: `联络人 ${attempt}`, phone: "13800001234" } },
    }),
    allowed: ["units_admin", "unit_liaison_own"],
    readBack: liaisonsOfQuanan,
  },
  {
    mutation: "removeUnitLiaison",
    subgraph: "units",
    target: { unit: quanan.id },
    // A fresh liaison of 全安消防 for every attempt, added by the observer (a units admin).
    setup: (attempt) => ({
      query: "mutation ($input: AddUnitLiaisonInput!) { addUnitLiaison(input: $input) { id } }",
      variables: { input: { unitId: quanan.id, name: `待移除 ${attempt}`, phone: "13800004321" } },
    }),
    operation: (_attempt, setup: { addUnitLiaison: { id: string } }) => ({
      query: "mutation ($input: RemoveUnitLiaisonInput!) { removeUnitLiaison(input: $input) { id } }",
      variables: { input: { id: setup.addUnitLiaison.id } },
    }),
    allowed: ["units_admin", "unit_liaison_own"],
    readBack: liaisonsOfQuanan,
  },
  {
    mutation: "createBookingCalendar",
    subgraph: "units",
    target: { unit: quanan.id },
    operation: () => ({
      query: "mutation ($input: CreateBookingCalendarInput!) { createBookingCalendar(input: $input) { id path } }",
      variables: { input: { unitId: quanan.id } },
    }),
    allowed: ["units_admin", "unit_liaison_own"],
    readBack: calendarsOfQuanan,
  },
  {
    mutation: "revokeBookingCalendar",
    subgraph: "units",
    target: { unit: quanan.id },
    // A fresh calendar of 全安消防's training for every attempt, made by the observer (a units admin).
    setup: () => ({
      query: "mutation ($input: CreateBookingCalendarInput!) { createBookingCalendar(input: $input) { id } }",
      variables: { input: { resourceId: training.id } },
    }),
    operation: (_attempt, setup: { createBookingCalendar: { id: string } }) => ({
      query: "mutation ($input: RevokeBookingCalendarInput!) { revokeBookingCalendar(input: $input) { id revokedAt } }",
      variables: { input: { id: setup.createBookingCalendar.id } },
    }),
    allowed: ["units_admin", "unit_liaison_own"],
    readBack: calendarsOfQuanan,
  },
];
