import type {
  Attachment,
  Contact,
  Delegate,
  Finding,
  Material,
  Organisation,
  Recommendation,
  KeyPoint,
  Tour,
  TourEvent,
} from './entities';

/** Everything that belongs to one tour: the unit of import, backup and exchange. */
export interface TourBundle {
  tour: Tour;
  delegates: Delegate[];
  organisations: Organisation[];
  contacts: Contact[];
  events: TourEvent[];
  themes: KeyPoint[];
  findings: Finding[];
  recommendations: Recommendation[];
  materials: Material[];
  attachments: Attachment[];
}

/** The tables holding records that belong to a tour, in an order where references point backwards. */
export const TOUR_RECORD_KINDS = [
  'themes',
  'delegates',
  'organisations',
  'contacts',
  'events',
  'findings',
  'recommendations',
  'materials',
  'attachments',
] as const satisfies readonly (keyof TourBundle)[];
export type TourRecordKind = (typeof TOUR_RECORD_KINDS)[number];
