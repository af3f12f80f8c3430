import type { Messages } from '../fi.js';

/** Strings of proactive notices. */
export const noticesEn: Messages['notices'] = {
  'case-scheduled': (p) => `Your case **${p.reference}** is on the consultation team's agenda: ${p.when}.`,
  'slot-reminder': (p) =>
    `Reminder: your case **${p.reference}** is discussed tomorrow, ${p.when}. The join link is in My cases.`,
  'agenda-ready': (p) => `The consultation team's agenda is ready: meeting ${p.when}.`,
  'case-returned': (p) =>
    `The consultation team returned your case **${p.reference}** with a question. Add to the case in My cases.`,
  'time-changed': (p) => `The time for your case **${p.reference}** changed: ${p.when}.`,
  'outcome-recorded': (p) =>
    `The consultation team recorded the outcome of your case **${p.reference}**. See My cases.`,
  'review-due': (p) => `Your case **${p.reference}** is due for follow-up.`,
  meetingChanged: {
    title: (p) => `Network consultation ${p.reference}: the meeting changed`,
    cancelled: (p) =>
      `The meeting of network consultation **${p.reference}** on ${p.when} was cancelled in the calendar.`,
    declined: (p) =>
      `A party invited to the meeting of network consultation **${p.reference}** on ${p.when} declined: ${p.party}.`,
    someParty: 'one of the parties',
    nextSlot: 'The next common free time of the same parties is below.',
    replaces: 'Booking the new time cancels the current meeting.',
    noSlot: 'No common free time was found now. Open the plan and look for common times again later.',
    openPlan: 'Open the plan',
  },
  fallback: 'You have a new notice in TYM Consult. See My cases.',
};
