// Chinese labels for the graph's enums and error codes, in the domain's own terms.

export const problemCategory: Record<string, string> = {
  PARKING: "车辆乱停放",
  FACILITY_DAMAGE: "公共设施损毁",
  ILLEGAL_CONSTRUCTION: "违章搭建",
  EBIKE_CHARGING: "电动车集中充电",
  OTHER: "其他",
};

export const problemStatus: Record<string, string> = {
  REPORTED: "已点题",
  ACCEPTED: "已受理",
  ASSIGNED: "已派单",
  IN_PROGRESS: "解题中",
  RESOLVED: "已解决",
  ANSWERED: "已答题",
  CLOSED: "已办结",
  REJECTED: "不予受理",
  DUPLICATE: "重复",
  REOPENED: "重新办理",
};

export const secretaryBackground: Record<string, string> = {
  SERVING_CADRE: "在任党员干部",
  RETIRED_CADRE: "退休党员干部",
  COMMUNITY_WORKER: "社区工作者",
  SOCIAL_ORG_LEADER: "社会组织负责人",
  OTHER: "其他",
};

export const estateType: Record<string, string> = {
  HIGH_RISE_MANAGED: "高层物业住宅",
  MIXED_USE_MANAGED: "商住混合物业",
  OPEN_UNMANAGED: "开放式无物业",
};

export const subdistrictKind: Record<string, string> = { TOWN: "镇", SUBDISTRICT: "街道" };

export const branchFormation: Record<string, string> = {
  STANDALONE: "单独组建",
  JOINT: "联合组建",
  COMBINED: "兼合式",
};

export const branchStage: Record<string, string> = {
  NEW: "新增",
  COVERED: "覆盖",
  MATURE: "成熟",
  ESTABLISHED: "建成",
};

export const managementMode: Record<string, string> = {
  COMPANY: "物业服务企业",
  SELF_GOVERNED: "业主自治",
  UNMANAGED: "失管",
};

export const livingRoomFunction: Record<string, string> = {
  PARTY_ACTIVITIES: "党员活动",
  DELIBERATION: "议事坊",
  PROBLEM_WALL: "问题墙",
  ECHO_WALL: "回音壁",
  DISPUTE_MEDIATION: "睦邻调解",
  RED_PROXY_DESK: "红色代办",
};

export const unitKind: Record<string, string> = {
  COMPANY: "企业",
  AGENCY: "机关单位",
  SCHOOL: "学校",
  HOSPITAL: "医院",
  SOCIAL_ORGANIZATION: "社会组织",
};

export const resourceKind: Record<string, string> = {
  VENUE: "场地",
  EQUIPMENT: "设备",
  EXPERTISE: "专业力量",
  SERVICE: "服务",
};

export const bookingState: Record<string, string> = {
  PENDING: "待审批",
  APPROVED: "已批准",
  DECLINED: "已拒绝",
  CANCELLED: "已取消",
};

export const answeredBy: Record<string, string> = {
  PartyBranch: "小区党支部",
  PropertyCompany: "物业服务企业",
  Unit: "驻区单位",
  VolunteerTeam: "志愿者队伍",
};

/** The four agencies by their subgraph names (`extensions.serviceName`). */
export const agency: Record<string, string> = {
  party: "党组织",
  property: "物业",
  units: "驻区单位",
  volunteer: "志愿服务",
};

/** The agencies named in one phrase, e.g. 物业、志愿服务. */
export const agencyNames = (names: string[]) => names.map((name) => agency[name] ?? (name || "未知")).join("、");

const errorMeanings: Record<string, string> = {
  FORBIDDEN: "无权操作：当前身份不能查看或修改这项内容（例如它属于其他单位）。",
  UNAUTHENTICATED: "登录凭证无效或已过期，请重新粘贴令牌登录。",
  NOT_FOUND: "未找到：该记录不存在或已被删除。",
  CONFLICT: "数据冲突：记录已被他人修改，请刷新后重试。",
  BOOKING_CONFLICT: "时间冲突：该时段已有批准或待审批的预约。",
  QUOTA_EXCEEDED: "超出限额：该小区本月的预约次数已用完。",
  INVALID_TRANSITION: "状态不允许此操作：该预约已被处理。",
  BAD_USER_INPUT: "输入有误，请检查后重试。",
  SUBGRAPH_UNAVAILABLE: "部分服务暂时无法访问，请稍后重试。",
  SUBGRAPH_TIMEOUT: "部分服务响应超时，相关内容暂缺，请稍后重试。",
  DEPENDENCY_UNAVAILABLE: "这项内容要用到其他单位的数据，暂时无法获取，请稍后重试。",
  RATE_LIMITED: "请求过于频繁，请稍候再试。",
  NETWORK: "网络错误：无法连接到服务器。",
};

/** The Chinese names of the input fields a refusal may name (`extensions.field`). */
const fieldLabels: Record<string, string> = {
  name: "名称",
  kind: "类型",
  description: "说明",
  capacity: "容量",
  quantity: "数量",
  requiresApproval: "需要审批",
  monthlyQuotaPerEstate: "每月限额",
  openToEstateIds: "开放小区",
  openingHours: "开放时间",
  note: "理由",
  unitId: "单位",
};

export const fieldLabel = (field: string) => fieldLabels[field] ?? field;

/** The Chinese meaning of a GraphQL error code, with the code itself for support. */
export const errorMeaning = (code: string) => `${errorMeanings[code] ?? "操作失败，请稍后重试。"}（${code}）`;

export const label = (labels: Record<string, string>, value: string | null | undefined) =>
  value ? (labels[value] ?? value) : "—";
