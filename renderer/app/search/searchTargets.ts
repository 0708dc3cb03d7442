import type { SearchKind } from '../../domain/search';

/**
 * Where a found record is opened: its screen, with the record's id in a query parameter named
 * after its kind (`/contacts?contact=<id>`), the convention the recommendations screen started
 * with `?propose=<finding id>`. A screen that does not read its parameter yet still opens.
 */
const TARGETS: Record<SearchKind, { path: string; parameter: string }> = {
  contact: { path: '/contacts', parameter: 'contact' },
  delegate: { path: '/programme', parameter: 'delegate' },
  organisation: { path: '/contacts', parameter: 'organisation' },
  event: { path: '/programme', parameter: 'event' },
  finding: { path: '/findings', parameter: 'finding' },
  recommendation: { path: '/recommendations', parameter: 'recommendation' },
  material: { path: '/materials', parameter: 'material' },
};

export function searchTarget(kind: SearchKind, recordId: string): string {
  const { path, parameter } = TARGETS[kind];
  return `${path}?${new URLSearchParams({ [parameter]: recordId }).toString()}`;
}
