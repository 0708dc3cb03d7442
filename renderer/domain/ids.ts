/** Record ids are random UUIDs so records made on different laptops never collide. */
export function newId(): string {
  return crypto.randomUUID();
}
