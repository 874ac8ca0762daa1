/** Shown on every MineWatch page while the data is the demo dataset. */
export function SampleNotice({ text }: { text: string }) {
  return (
    <p className="mw-sample" role="note">
      <strong>{text}</strong>
    </p>
  )
}
