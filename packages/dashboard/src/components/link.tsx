import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { hrefOf, type Route } from '../routing/route.js';
import { AppContext } from '../app-context.js';

/** A link to a page of the dashboard; the "as known at" goes along unless `asOf` is given. */
export function Link({
  to,
  asOf,
  children,
  class: cls,
}: {
  to: Route;
  asOf?: string | null;
  children: ComponentChildren;
  class?: string;
}) {
  const app = useContext(AppContext);
  return (
    <a class={cls} href={hrefOf(to, asOf === null ? undefined : (asOf ?? app.asOf))}>
      {children}
    </a>
  );
}
