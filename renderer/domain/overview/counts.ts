import type { Attachment, Contact, Finding, Material, Recommendation, TourEvent } from '../entities';
import { countByKind, type KindCounts } from '../findings';

type Live = { deletedAt: string | null };
const isLive = (record: Live) => record.deletedAt === null;

/** The kinds of event that are a visit or a meeting with hosts, as opposed to travel, briefings and free time. */
const VISIT_KINDS: readonly TourEvent['kind'][] = ['visit', 'meeting'];

export interface TourCounts {
  /** Visits and meetings in the programme. */
  visits: number;
  contacts: number;
  findings: number;
  findingsByKind: KindCounts;
  recommendations: number;
  materials: number;
  photos: number;
}

export interface CountSources {
  events: readonly TourEvent[];
  contacts: readonly Contact[];
  findings: readonly Finding[];
  recommendations: readonly Recommendation[];
  materials: readonly Material[];
  attachments: readonly Pick<Attachment, 'kind' | 'deletedAt'>[];
}

/** The tour in numbers; tombstones never count. */
export function tourCounts(sources: CountSources): TourCounts {
  const findings = sources.findings.filter(isLive);
  return {
    visits: sources.events.filter((event) => isLive(event) && VISIT_KINDS.includes(event.kind)).length,
    contacts: sources.contacts.filter(isLive).length,
    findings: findings.length,
    findingsByKind: countByKind(findings),
    recommendations: sources.recommendations.filter(isLive).length,
    materials: sources.materials.filter(isLive).length,
    photos: sources.attachments.filter((attachment) => isLive(attachment) && attachment.kind === 'photo')
      .length,
  };
}
