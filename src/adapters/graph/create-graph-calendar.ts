import {
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
  type TokenCredential,
} from '@azure/identity';
import type { GraphCalendarConfig } from '../../config.js';
import type { CalendarProvider } from '../../ports/calendar-provider.js';
import { GraphCalendarProvider } from './graph-calendar-provider.js';
import { createGraphClient } from './graph-client.js';

/** The app-only credential the configuration names: a client secret, a certificate, or a managed identity. */
function createGraphCredential(config: GraphCalendarConfig): TokenCredential {
  const c = config.credential;
  switch (c.kind) {
    case 'secret':
      return new ClientSecretCredential(config.tenantId, config.clientId, c.secret);
    case 'certificate':
      return new ClientCertificateCredential(config.tenantId, config.clientId, { certificatePath: c.path });
    case 'managed-identity':
      // the identity's own service principal holds the Graph application permissions
      return c.clientId === 'system'
        ? new ManagedIdentityCredential()
        : new ManagedIdentityCredential({ clientId: c.clientId });
  }
}

/** The Graph calendar the configuration describes: free/busy through, and meetings in, the organizer mailbox. */
export function createGraphCalendar(config: GraphCalendarConfig): CalendarProvider {
  const client = createGraphClient({ baseUrl: config.baseUrl, credential: createGraphCredential(config) });
  return new GraphCalendarProvider(client, { scheduleMailbox: config.organizer });
}
