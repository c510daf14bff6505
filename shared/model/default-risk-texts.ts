/**
 * The default risk register's words, by code (default-risks.ts holds the figures). A register entry
 * is stored with these English words; the app and the documents translate a title, detail or
 * mitigation that still reads as here (`plan:registerTitle.<code>`, `registerDetail`,
 * `registerMitigation`), and words the user edited are the user's and are shown as written. The
 * texts name no workload, so their params are empty. Sources stay as written, like the estimator's
 * (they cite English publications).
 */

const JUDGEMENT = 'Decamp planning model (judgement)';

export interface DefaultRiskWords {
  readonly title: string;
  readonly description: string;
  readonly mitigation?: string;
  readonly source: string;
}

export const DEFAULT_RISK_WORDS = {
  'database-cutover-rollback': {
    title: 'A mission-critical database cutover fails and is rolled back',
    description:
      'Replication lag, a consistency check that fails or an application error after the switch sends the database back to the source; the wave waits for the cause to be fixed, the sync to catch up again and a new cutover window.',
    mitigation: 'Rehearse the cutover end to end twice on a production-sized copy, with the reverse sync running, before the real window.',
    source:
      `${JUDGEMENT}: one first cutover in five of a mission-critical database is rolled back or postponed. The impact follows GitLab's 2018 move from Azure to Google Cloud: the failover planned for 28 July ran on 11 August, two weeks late, after the rehearsal found problems (GitLab blog, 2018).`,
  },
  'icp-filing-sent-back': {
    title: 'The ICP filing is sent back for corrections',
    description:
      'The provincial communications administration rejects the filing (a name, document or address that does not match); it is corrected and resubmitted, and the review starts again.',
    source:
      'Alibaba Cloud ICP filing help (review progress): the provider checks a filing in about 1 working day, the provincial administration in 1-20 working days, and a rejected filing is corrected and submitted again; the 30% chance of one rejection is the model\'s judgement from the length of the providers\' lists of common rejection reasons.',
  },
  'mlps-rectification': {
    title: 'The MLPS assessment finds gaps that must be fixed before sign-off',
    description:
      'The assessor lists controls the new environment lacks (log retention, access control, backup); they are built and re-checked before the level is confirmed.',
    source:
      `${JUDGEMENT}: a rebuilt environment is assessed against GB/T 22239-2019 for the first time; rectification rounds are common in a first assessment, and each takes one to five weeks.`,
  },
  'pipl-supplements': {
    title: 'The CAC asks for supplementary material on the cross-border data assessment',
    description:
      'The review clock stops while the material is prepared and starts again when it is filed.',
    source:
      'Measures for the Security Assessment of Outbound Data Transfers (CAC, 2022), art. 12: the 45-working-day review may be extended, and the time to supplement material is not counted; the 40% chance is the model\'s judgement.',
  },
  'line-under-delivers': {
    title: 'The data line under-delivers',
    description:
      'The dedicated line is handed over late, shared with production traffic or throttled at one end, so the copies run well below the planned rate.',
    mitigation: 'Order the line early, test its real throughput with the migration tool a month ahead, and keep production traffic off it.',
    source:
      `${JUDGEMENT}: the line's ordinary variation is in transfer.efficiencyLow/High; this is the event on top of it, a copy taking a quarter to twice as long again. Alibaba Cloud's Data Online Migration guide asks for a rate limit or off-peak runs because a migration job competes with the business for the same network.`,
  },
  'unplanned-freeze': {
    title: 'A change freeze the calendar does not show catches a cutover',
    description:
      'A campaign, an audit or the review after an incident stops changes for a while, and a production cutover that was ready waits.',
    source:
      `${JUDGEMENT}: the calendar holds the freezes known today (Double 11, 618, Spring Festival, year-end close); shops and banks add freezes for their own campaigns and after incidents, about one production cutover in ten meets one, for one to three weeks.`,
  },
  'key-people-unavailable': {
    title: 'Key people are unavailable for weeks',
    description:
      'An engineer who knows a system leaves, falls ill or is pulled onto an incident; the team slows while someone else learns it.',
    source:
      'LinkedIn (2018 workforce report): software had the highest annual employee turnover of any industry, 13.2%; over a half-year program a team of four to six loses someone with a chance near 25-30%. The impact, a tenth to two fifths more time for that team, is the model\'s judgement of hand-over and learning time.',
  },
} as const satisfies Readonly<Record<string, DefaultRiskWords>>;
export type DefaultRiskCode = keyof typeof DEFAULT_RISK_WORDS;
export type DefaultRiskPart = 'title' | 'description' | 'mitigation';

/** The catalogue (`plan` namespace) that words each part. */
export const DEFAULT_RISK_KEYS: Readonly<Record<DefaultRiskPart, string>> = { title: 'registerTitle', description: 'registerDetail', mitigation: 'registerMitigation' };

/** The default titles by code. */
export const DEFAULT_RISK_TITLES = Object.fromEntries(Object.entries(DEFAULT_RISK_WORDS).map(([code, w]) => [code, w.title])) as Readonly<Record<DefaultRiskCode, string>>;

const CODE_OF: Readonly<Record<DefaultRiskPart, ReadonlyMap<string, DefaultRiskCode>>> = {
  title: codesBy('title'),
  description: codesBy('description'),
  mitigation: codesBy('mitigation'),
};

function codesBy(part: DefaultRiskPart): ReadonlyMap<string, DefaultRiskCode> {
  const words: Readonly<Record<string, DefaultRiskWords>> = DEFAULT_RISK_WORDS;
  return new Map(
    Object.entries(words).flatMap(([code, w]) => {
      const text = w[part];
      return text === undefined ? [] : [[text, code as DefaultRiskCode] as const];
    }),
  );
}

export interface DefaultRiskText {
  readonly code: DefaultRiskCode;
  /** The translation's key, `plan:registerTitle.<code>` and so on. */
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** A register text still worded as the default register's, by its code; undefined for the user's own words. */
export function defaultRiskText(part: DefaultRiskPart, text: string): DefaultRiskText | undefined {
  const code = CODE_OF[part].get(text);
  return code === undefined ? undefined : { code, key: `plan:${DEFAULT_RISK_KEYS[part]}.${code}`, params: {} };
}

/** The code of a register title still worded as the default register's, else undefined. */
export function defaultRiskTitleCode(title: string): DefaultRiskText | undefined {
  return defaultRiskText('title', title);
}
