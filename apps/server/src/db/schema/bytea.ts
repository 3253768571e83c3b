import { customType } from 'drizzle-orm/pg-core';

// drizzle has no built-in bytea column; both drivers hand back a Buffer/Uint8Array.
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});
