/** What kind of personal data a finding is. */
export type FindingKind =
  | 'identity-code'
  | 'phone'
  | 'email'
  | 'iban'
  | 'street-address'
  | 'postal-code'
  | 'business-id'
  | 'date-of-birth'
  | 'name';

/** `block` refuses the case until the worker removes the span; `warn` asks the worker to check it. */
export type Severity = 'block' | 'warn';

/**
 * How sure the detector is. Severity, not confidence, decides what happens: a wrongly typed
 * identity code still identifies a person, so it blocks with `low` confidence.
 */
export type Confidence = 'high' | 'medium' | 'low';

export interface Finding {
  kind: FindingKind;
  /** UTF-16 offsets into the scanned text, `end` exclusive. */
  start: number;
  end: number;
  /** the span masked for showing back to the worker, e.g. "131052-***T" or "M**** M*********" – never the full original */
  masked: string;
  severity: Severity;
  confidence?: Confidence;
}
