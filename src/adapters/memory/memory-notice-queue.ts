import type { Notice, Notifier } from '../../ports/notifier.js';

/** Queued notices kept in process memory; nothing sends them yet (the outbox sender takes them from a store). */
export class MemoryNoticeQueue implements Notifier {
  readonly notices = new Map<string, Notice>();

  async enqueue(notice: Notice): Promise<void> {
    if (!this.notices.has(notice.id)) this.notices.set(notice.id, structuredClone(notice));
  }

  async cancel(idPrefix: string): Promise<number> {
    let n = 0;
    for (const id of [...this.notices.keys()])
      if (id.startsWith(idPrefix)) {
        this.notices.delete(id);
        n += 1;
      }
    return n;
  }
}
