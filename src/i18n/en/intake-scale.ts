import type { Messages } from '../fi.js';

/** Short labels of the social-situation scale's levels; the full descriptions are in `triage.scale.domains`. */
export const scaleLevelsEn: Messages['intake']['scaleLevels'] = {
  'managing-affairs': ['handles affairs', 'with delay', 'needs guidance', 'needs help', 'left undone'],
  appointments: ['visits as agreed', 'visits partly', 'no motivation', 'no cooperation', 'many no-shows'],
  housing: [
    'no concerns',
    'keeping up the home',
    'arrears / moves',
    'disturbances, warnings',
    'eviction, homelessness',
  ],
  employment: [
    'short unemployment',
    'repeated unemployment',
    'subsidised work, trials',
    'rehab work, again',
    'rehab interrupted',
  ],
  finances: [
    'enough for basics',
    'occasional social assistance',
    'repeated need, debts',
    'bills overdue',
    'payday loans, gambling',
  ],
  health: [
    'basically healthy',
    'illness under treatment',
    'work ability not examined',
    'treatment not followed',
    'substances, many illnesses',
  ],
  'social-relationships': [
    'equal relationships',
    'caring for a relative burdens',
    'few relationships',
    'loneliness, isolation',
    'violence, unsafe relationships',
  ],
};
