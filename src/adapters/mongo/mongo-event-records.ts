import type { Collection } from 'mongodb';
import type { EventRecords, LocalEvent } from '../local-calendar/event-records.js';
import { fromEventDocument, toEventDocument, type EventDocument } from './mongo-mappers.js';
import { requireString } from './safe-filter.js';
import { isDuplicateKey, storeCall } from './store-call.js';

/** Largest number of events read for one person's window (six weeks of a busy calendar). */
const MAX_EVENTS = 1000;

/** The local calendar's events in MongoDB. */
export class MongoEventRecords implements EventRecords {
  constructor(private readonly events: Collection<EventDocument>) {}

  async insert(e: LocalEvent): Promise<boolean> {
    const op = 'events.insert';
    const doc = toEventDocument({ ...e, id: requireString(e.id, 'id', op) });
    return storeCall(op, async () => {
      try {
        await this.events.insertOne(doc);
        return true;
      } catch (e) {
        // generated (or created) before: the same occurrence or transaction
        if (!isDuplicateKey(e)) throw e;
        return false;
      }
    });
  }

  async get(id: string): Promise<LocalEvent | undefined> {
    const _id = requireString(id, 'id', 'events.get');
    const doc = await storeCall('events.get', () => this.events.findOne({ _id }));
    return doc ? fromEventDocument(doc) : undefined;
  }

  async replace(e: LocalEvent): Promise<void> {
    const { _id, ...rest } = toEventDocument({ ...e, id: requireString(e.id, 'id', 'events.replace') });
    await storeCall('events.replace', () => this.events.replaceOne({ _id }, rest));
  }

  async listForPerson(person: string, w: { start: number; end: number }): Promise<LocalEvent[]> {
    const op = 'events.listForPerson';
    const filter = {
      attendees: requireString(person, 'person', op),
      isCancelled: false,
      negEnd: { $lt: -w.start },
      start: { $lt: new Date(w.end) },
    };
    const docs = await storeCall(op, () => this.events.find(filter).limit(MAX_EVENTS).toArray());
    return docs.map(fromEventDocument);
  }
}
