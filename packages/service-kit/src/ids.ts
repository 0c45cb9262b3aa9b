const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string is a well-formed UUID: every id of the graph is one. */
export const isUuid = (value: string): boolean => UUID.test(value);
