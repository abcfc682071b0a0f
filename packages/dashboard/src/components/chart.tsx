import { useEffect, useRef } from 'preact/hooks';

/**
 * Hosts a chart drawn by Observable Plot (SVG). Plot puts a <style> element inside each chart; the
 * dashboard's Content-Security-Policy allows no inline styles, so that element is removed before
 * the chart is attached and the same rules live in the stylesheet (.grip-plot). The chart is an
 * image with a text alternative; the table next to it carries the same figures.
 */
export function Chart({ render, label }: { render: () => SVGElement | HTMLElement; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = render();
    for (const style of node.querySelectorAll('style')) style.remove();
    // Plot labels its mark groups ("bar", "rule"); inside an image those labels only add noise.
    for (const el of node.querySelectorAll('[aria-label], [aria-description]')) {
      el.removeAttribute('aria-label');
      el.removeAttribute('aria-description');
    }
    node.setAttribute('role', 'img');
    node.setAttribute('aria-label', label);
    host.current?.replaceChildren(node);
    return () => host.current?.replaceChildren();
  });
  return <div class="grip-chart" ref={host} />;
}
