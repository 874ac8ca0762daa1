export const CORRECTION_FIELDS = ['name', 'email', 'record', 'problem', 'source'] as const
export type CorrectionField = (typeof CORRECTION_FIELDS)[number]

export type CorrectionState = {
  status: 'idle' | 'invalid' | 'error' | 'sent'
  values: Record<CorrectionField, string>
  errors: Partial<Record<CorrectionField, string>>
  message?: string
}

export const INITIAL_CORRECTION: CorrectionState = {
  status: 'idle',
  values: { name: '', email: '', record: '', problem: '', source: '' },
  errors: {},
}
