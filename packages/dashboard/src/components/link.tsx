import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { hrefOf, type Route } from '../routing/route.js';
import { AppContext } from '../app-context.js';

/** A link to a page of the dashboard; the "as known at" (and the programme's municipality) go along unless given. */
export function Link({
  to,
  asOf,
  municipality,
  children,
  class: cls,
}: {
  to: Route;
  asOf?: string | null;
  municipality?: string;
  children: ComponentChildren;
  class?: string;
}) {
  const app = useContext(AppContext);
  return (
    <a class={cls} href={hrefOf(to, asOf === null ? undefined : (asOf ?? app.asOf), municipality ?? app.municipality)}>
      {children}
    </a>
  );
}
