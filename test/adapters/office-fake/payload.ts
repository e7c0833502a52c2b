/**
 * How big a batch is on the wire. Office.js sends each batch (the calls between two
 * context.sync()) as one JSON request of "ObjectPaths" (each object reached: a method's result,
 * a navigation property) and "Actions" (instantiate, set a property, call a method, load), and
 * Excel answers with one JSON response of the loaded values. Microsoft's performance guide names
 * the three parts of a request's size: the number of API calls, the number of objects (such as
 * Range objects), and the length of the values set or read.
 *
 * The records below have the shape office.js builds (CommonActionFactory / ObjectPathFactory in
 * @microsoft/office-js: Id, ActionType, Name, ObjectPathId, ArgumentInfo; ObjectPathType,
 * ParentObjectPathId); their JSON length is what the fake counts against Excel on the web's 5 MB.
 */

export class Payload {
  private nextId = 1;
  /** request bytes queued since the last sync */
  request = 0;
  /** response bytes of the loads queued since the last sync (counted as they are answered) */
  response = 0;

  id(): number {
    return this.nextId++;
  }

  private add(record: unknown): void {
    this.request += JSON.stringify(record).length + 1; // a comma between records
  }

  /** An object reached by a method (getItem, getRangeByIndexes, add…): its path and its instantiation. */
  methodPath(parent: number, name: string, args: unknown[]): number {
    const id = this.id();
    this.add({
      Id: id,
      ObjectPathType: 3,
      Name: wire(name),
      ParentObjectPathId: parent,
      ArgumentInfo: { Arguments: args },
    });
    this.add({ Id: this.id(), ActionType: 1, Name: "", ObjectPathId: id });
    return id;
  }

  /** An object reached by a navigation property (range.format, format.font…). */
  propertyPath(parent: number, name: string): number {
    const id = this.id();
    this.add({ Id: id, ObjectPathType: 4, Name: wire(name), ParentObjectPathId: parent });
    return id;
  }

  setProperty(path: number, name: string, value: unknown): void {
    this.add({
      Id: this.id(),
      ActionType: 4,
      Name: wire(name),
      ObjectPathId: path,
      ArgumentInfo: { Arguments: [value] },
    });
  }

  method(path: number, name: string, args: unknown[]): void {
    this.add({
      Id: this.id(),
      ActionType: 3,
      Name: wire(name),
      ObjectPathId: path,
      ArgumentInfo: { Arguments: args },
    });
  }

  query(path: number, select: string[], expand: string[] = []): void {
    this.add({
      Id: this.id(),
      ActionType: 2,
      Name: "",
      ObjectPathId: path,
      QueryInfo: { Select: select.map(wire), Expand: expand.map(wire) },
    });
  }

  /** A loaded object's answer: its properties by wire name. */
  answer(values: Record<string, unknown>): void {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(values)) out[wire(k)] = v;
    this.response += JSON.stringify(out).length + 1;
  }

  reset(): void {
    this.request = 0;
    this.response = 0;
  }
}

/** Office.js sends member names in PascalCase ("numberFormat" → "NumberFormat"). */
function wire(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
