import type { Messages } from '../fi.js';

/** English texts of the receipt, the worker's own cases, referrals and notices. */
export const casesEn: Messages['cases'] = {
  statuses: {
    submitted: 'Sent to the team',
    scheduled: 'On the agenda',
    returned: 'Returned for more information',
    discussed: 'Discussed',
    closed: 'Closed',
    withdrawn: 'Withdrawn',
  },
  received: {
    title: (p) => `Consultation request ${p.reference} received`,
    updatedTitle: (p) => `Consultation request ${p.reference} updated`,
    status: 'Status',
    recommendation: 'Recommendation',
    reasons: 'Reasons',
    kelaAdvised: 'Consider cooperation with Kela rehabilitation.',
    nextTeam:
      "The request is now in the consultation team's queue. You will be told when it is on the agenda, and you can join the meeting.",
    nextChoice:
      "The request is in the consultation team's queue. If the recommendation is enough, you can close the request; otherwise the team will discuss it.",
    closeByRecommendation: 'Enough: close request',
  },
  list: {
    title: 'My cases',
    empty: 'You have no cases yet. Start a new consultation request.',
    open: 'Open',
    row: (p) => `**${p.reference}** · ${p.status} · ${p.date}`,
  },
  detail: {
    title: (p) => `Case ${p.reference}`,
    status: 'Status',
    created: 'Sent',
    area: 'Area',
    organisation: 'Organisation',
    form: 'Form of consultation',
    description: 'Description of the situation',
    question: 'Question to the team',
    textPurged: 'The free text was deleted when its retention period ended.',
    history: 'History',
    edit: 'Edit',
    withdraw: 'Withdraw request',
  },
  events: {
    submitted: 'sent',
    edited: 'edited',
    scheduled: 'on the agenda',
    rescheduled: 'time changed',
    returned: 'returned for more information',
    postponed: 'moved to the next meeting',
    discussed: 'discussed',
    closed: 'closed',
    withdrawn: 'withdrawn',
    'network-consent': 'consent to a network consultation recorded',
    'network-consent-withdrawn': 'consent withdrawn',
    'network-booked': 'network consultation booked',
    'network-reviewed': 'consultation gone through with the client',
    'network-declined': 'a party declined the network consultation',
    'network-cancelled': 'network consultation cancelled in the calendar',
  },
  notices: {
    withdrawn: (p) => `Request ${p.reference} has been withdrawn.`,
    closed: (p) => `Request ${p.reference} has been closed as recommended.`,
    outOfDate: (p) =>
      `This card is out of date, so nothing was changed. Request ${p.reference} is now: ${p.status}.`,
    notFound: 'The case was not found. You can only see your own cases.',
    notEditable: 'The case can no longer be changed: the team has already discussed it.',
    notWithdrawable: 'The request can no longer be withdrawn: the team has already discussed it.',
    notClosable:
      'This request cannot be closed on the recommendation; the consultation team will discuss it.',
    stale: 'The case has changed since this card was made. Open it again from My cases.',
    areaNotOffered: 'The chosen area is not offered by this service. Please choose the area again.',
    warningsOnly:
      "Please check these passages. If they are not personal data (for example an organisation's business ID or a service's name), send the card again as it is:",
  },
  withdraw: {
    title: (p) => `Withdraw request ${p.reference}?`,
    text: 'The consultation team will not discuss a withdrawn request, and a withdrawal cannot be undone. You can always make a new request.',
    confirm: 'Yes, withdraw',
    cancel: 'Do not withdraw',
  },
  referral: {
    title: 'Record a direct referral to TYM',
    intro:
      'Record a client you referred to a TYM client relationship without the consultation team. No text is stored; the count helps the pilot follow-up.',
    submit: 'Record referral',
    recorded: 'The direct referral has been recorded. Thank you!',
  },
  menu: { referral: 'Record a direct referral' },
};
