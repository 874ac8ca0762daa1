/** Whether a value is a full http(s) address: "not a url", "example.org" and "javascript:…" are not. */
function isWebAddress(value: string): boolean {
  if (/\s/.test(value)) return false
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

/** A text field's check that its value, when there is one, is a full web address. */
export const webAddress = (value: string | null | undefined) => !value || isWebAddress(value) || 'Enter a full web address starting with http:// or https://'
