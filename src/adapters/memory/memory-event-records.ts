import type { EventRecords, LocalEvent } from '../local-calendar/event-records.js';

/** The local calendar's events in process memory. */
export class MemoryEventRecords implements EventRecords {
  private readonly byId = new Map<string, LocalEvent>();

  async insert(e: LocalEvent): Promise<boolean> {
    if (this.byId.has(e.id)) return false;
    this.byId.set(e.id, structuredClone(e));
    return true;
  }

  async get(id: string): Promise<LocalEvent | undefined> {
    const e = this.byId.get(id);
    return e && structuredClone(e);
  }

  async replace(e: LocalEvent): Promise<void> {
    this.byId.set(e.id, structuredClone(e));
  }

  async listForPerson(person: string, w: { start: number; end: number }): Promise<LocalEvent[]> {
    return [...this.byId.values()]
      .filter((e) => !e.isCancelled && e.attendees.includes(person))
      .filter((e) => e.start.getTime() < w.end && e.end.getTime() > w.start)
      .map((e) => structuredClone(e));
  }
}
