import MiniSearch, { type SearchResult } from 'minisearch';
import {
  contactDocument,
  delegateDocument,
  eventDocument,
  findingDocument,
  materialDocument,
  organisationDocument,
  recommendationDocument,
  SEARCH_KINDS,
  type SearchableRecords,
  type SearchDocument,
  type SearchKind,
} from './searchDocuments';
import { processTerm, queryTerms, tokenize } from './tokens';

export interface SearchHit {
  document: SearchDocument;
  score: number;
  /** Some word of the query matched the title (in any language): such hits rank first. */
  titleMatch: boolean;
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
}

/** What one `sync` changed: the index did only this much work. */
export interface SyncReport {
  added: number;
  updated: number;
  removed: number;
}

type Stamped = { id: string; revision: number; updatedAt: string; deletedAt: string | null };

/** Where each kind of record comes from and how it becomes a document. */
const SOURCES: {
  [K in SearchKind]: {
    records: (all: SearchableRecords) => readonly Stamped[];
    build: (record: never) => SearchDocument;
  };
} = {
  contact: { records: (all) => all.contacts, build: contactDocument },
  delegate: { records: (all) => all.delegates, build: delegateDocument },
  event: { records: (all) => all.events, build: eventDocument },
  organisation: { records: (all) => all.organisations, build: organisationDocument },
  finding: { records: (all) => all.findings, build: findingDocument },
  recommendation: { records: (all) => all.recommendations, build: recommendationDocument },
  material: { records: (all) => all.materials, build: materialDocument },
};

const versionOf = (record: Stamped) => `${record.revision}:${record.updatedAt}`;

const MIN_PREFIX_LENGTH = 2;

/** A title match outweighs a body match in the score too, not only in the final order. */
const TITLE_BOOST = 4;

/**
 * The search index of one tour. It is kept up to date by `sync`, which compares each record's
 * revision with the one indexed and re-indexes only what changed, so a keystroke costs one
 * lookup in the index and a saved record costs one document — never a rebuild or a scan.
 */
export class TourSearchIndex {
  private readonly index = new MiniSearch<SearchDocument>({
    fields: ['title', 'body'],
    idField: 'id',
    tokenize,
    processTerm,
    extractField: (document, field) => {
      if (field === 'title') return document.titles.map((entry) => entry.text).join('\n');
      if (field === 'body') return document.bodies.map((entry) => entry.text).join('\n');
      return document[field as keyof SearchDocument];
    },
  });
  private readonly documents = new Map<string, SearchDocument>();

  get size(): number {
    return this.documents.size;
  }

  /** Brings the index in line with the tour's records: adds new ones, replaces changed ones, drops removed ones. */
  sync(records: SearchableRecords): SyncReport {
    const steps = this.syncSteps(records);
    let step = steps.next();
    while (!step.done) step = steps.next();
    return step.value;
  }

  /**
   * The same as `sync`, handing control back (`pause`) after every `chunkSize` documents indexed, so
   * that indexing a large tour for the first time does not freeze the window.
   */
  async syncGradually(
    records: SearchableRecords,
    pause: () => Promise<void>,
    chunkSize = 200,
  ): Promise<SyncReport> {
    const steps = this.syncSteps(records);
    let done = 0;
    let step = steps.next();
    while (!step.done) {
      done += 1;
      if (done % chunkSize === 0) await pause();
      step = steps.next();
    }
    return step.value;
  }

  /** Does the work of a sync, yielding after each document it (re-)indexes or drops. */
  private *syncSteps(records: SearchableRecords): Generator<void, SyncReport> {
    const report: SyncReport = { added: 0, updated: 0, removed: 0 };
    const seen = new Set<string>();
    for (const kind of SEARCH_KINDS) {
      const source = SOURCES[kind];
      for (const record of source.records(records)) {
        if (record.deletedAt !== null) continue;
        const id = `${kind}:${record.id}`;
        seen.add(id);
        const known = this.documents.get(id);
        if (known && known.version === versionOf(record)) continue;
        const document = source.build(record as never);
        if (known) {
          this.index.replace(document);
          report.updated += 1;
        } else {
          this.index.add(document);
          report.added += 1;
        }
        this.documents.set(id, document);
        yield;
      }
    }
    for (const id of [...this.documents.keys()]) {
      if (seen.has(id)) continue;
      this.index.discard(id);
      this.documents.delete(id);
      report.removed += 1;
      yield;
    }
    return report;
  }

  /**
   * Records matching every word of the query, each word as a prefix of a word in any language
   * version of the record's text. Title matches come before body matches, then by score.
   */
  search(query: string, limit = 50): SearchHit[] {
    if (queryTerms(query).length === 0) return [];
    const results: SearchResult[] = this.index.search(query, {
      // A single letter as a prefix would match most of the index: it waits for a second letter.
      prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
      combineWith: 'AND',
      boost: { title: TITLE_BOOST },
    });
    return results
      .flatMap((result) => {
        const document = this.documents.get(String(result.id));
        if (!document) return [];
        const titleMatch = Object.values(result.match).some((fields) => fields.includes('title'));
        return [{ document, score: result.score, titleMatch }];
      })
      .sort((a, b) => Number(b.titleMatch) - Number(a.titleMatch) || b.score - a.score)
      .slice(0, limit);
  }
}

/**
 * Hits grouped by kind, each group keeping the hits' order; groups are listed in the order of
 * their best hit, so the best match overall is in the first group.
 */
export function groupHits(hits: readonly SearchHit[], perKind = 5): SearchGroup[] {
  const groups = new Map<SearchKind, SearchHit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.document.kind);
    if (!group) groups.set(hit.document.kind, [hit]);
    else if (group.length < perKind) group.push(hit);
  }
  return [...groups.entries()].map(([kind, kindHits]) => ({ kind, hits: kindHits }));
}
