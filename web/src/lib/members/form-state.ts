/** What a membership form's server action answers: errors per field, and what was typed (never a password). */
export type FormState = {
  status: 'idle' | 'error' | 'done'
  message?: string
  errors: Record<string, string>
  values: Record<string, string>
}

export const INITIAL_FORM_STATE: FormState = { status: 'idle', errors: {}, values: {} }

/** The form's text values, to put back in the fields when the form comes back with errors. */
export function typedValues(form: FormData, skip: string[] = ['password']): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string' && !skip.includes(name) && !name.startsWith('$')) values[name] = value
  }
  return values
}
