import type { DomainEvent, RecordedEvent } from '@grip/ledger';
import { contributions } from '../state/contributions.js';

/**
 * What figures an event can move, as tags: "<measureId>:plan", "<measureId>:realised:<year>",
 * "programme:phasing", ... A correction touches what the corrected event touched and what its
 * replacement touches (it may move an amount from one measure or year to another).
 */
function tagsOfData(event: DomainEvent): string[] {
  const tags: string[] = [];
  for (const [, v] of contributions(event)) {
    switch (v.k) {
      case 'programme':
        tags.push('programme:title');
        break;
      case 'measure':
        tags.push(`m:${v.measureId}:registration`);
        break;
      case 'measure-plan':
        tags.push(`m:${v.measureId}:plan`);
        break;
      case 'rag':
        tags.push(`m:${v.measureId}:rag`);
        break;
      case 'lifecycle':
        tags.push(`m:${v.measureId}:lifecycle`);
        break;
      case 'saving':
        tags.push(`m:${v.measureId}:realised:${v.year}`);
        break;
      case 'cost':
        tags.push(v.measureId === null ? 'programme:costs' : `m:${v.measureId}:costs`);
        break;
      case 'cost-realised':
        tags.push(v.measureId === null ? 'programme:realisedCosts' : `m:${v.measureId}:realisedCosts`);
        break;
      case 'programme-plan':
        tags.push('programme:phasing');
        break;
      case 'target-scope':
      case 'target-value':
        tags.push('programme:target');
        break;
      default:
        break;
    }
  }
  return tags;
}

export function tagsOf(event: RecordedEvent, byId: ReadonlyMap<string, RecordedEvent>): Set<string> {
  if (event.type !== 'EntryCorrected') return new Set(tagsOfData(event));
  const tags = new Set<string>();
  const original = byId.get(event.data.correctedEventId);
  if (original) tagsOfData(original).forEach((t) => tags.add(t));
  // The replacement is read loosely here: an invalid one has already stopped effectiveEvents.
  const replacement = { type: event.data.correctedType, data: event.data.replacement } as DomainEvent;
  try {
    tagsOfData(replacement).forEach((t) => tags.add(t));
  } catch {
    /* unknown shapes touch nothing beyond the original */
  }
  return tags;
}

/** Does a figure depend on a tag? Measure figures on their own tags; programme totals on any feeding tag. */
export function dependsOn(scope: string | null, figure: string, year: number | null, tag: string): boolean {
  if (scope !== null) {
    const own = `m:${scope}:`;
    if (!tag.startsWith(own)) return false;
    const rest = tag.slice(own.length);
    if (figure === 'realised') return rest === `realised:${year}`;
    if (['code', 'title', 'domain', 'category', 'owner'].includes(figure)) return rest === 'registration';
    return rest === figure;
  }
  const planTag = tag === 'programme:phasing' || tag.endsWith(':plan');
  const costTag = tag === 'programme:costs' || tag.endsWith(':costs');
  switch (figure) {
    case 'phasing':
      return tag === 'programme:phasing';
    case 'planned':
    case 'attributed':
    case 'unattributed':
      return planTag;
    case 'costs':
      return costTag;
    case 'net':
      return planTag || costTag;
    case 'realised':
      return tag.endsWith(`:realised:${year}`);
    case 'realisedCosts':
      return tag.endsWith('realisedCosts');
    case 'target':
      return tag === 'programme:target';
    default:
      return tag === `programme:${figure}`;
  }
}

/** The scopes whose figures an event's data feeds: "m:<measureId>" per measure, "programme" for its own lines. */
export function scopesOf(event: DomainEvent): string[] {
  return tagsOfData(event).map((tag) => (tag.startsWith('m:') ? `m:${tag.split(':')[1]!}` : 'programme'));
}
