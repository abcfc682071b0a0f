/** A chart's key in HTML (the chart's text alternative already names every series for screen readers). */
export function Legend({ items }: { items: ReadonlyArray<{ swatch: string; label: string }> }) {
  return (
    <ul class="grip-legend" aria-hidden="true">
      {items.map((i) => (
        <li>
          {i.swatch ? <span class={`grip-swatch grip-swatch-${i.swatch}`} /> : null} {i.label}
        </li>
      ))}
    </ul>
  );
}
