import { TourSearchIndex } from '../../renderer/domain/search';
import type { TourBundle } from '../../renderer/domain/tourBundle';
import { RUNS, sample, summarise, timed, type Figure } from './stats';

/** Queries a delegate would type: Russian stems, a Hungarian name with ő, its Cyrillic form, English. */
const QUERIES = ['участков', 'Kővári', 'Кёвари', 'hotline', 'видеонаблюдение центре'];

/** Global search (domain/search, the index the app keeps in memory) over the large tour. */
export async function benchSearch(bundle: TourBundle): Promise<Figure[]> {
  const build = await sample(RUNS, () => timed(() => new TourSearchIndex().sync(bundle)));
  const index = new TourSearchIndex();
  index.sync(bundle);
  const perQuery = await sample(
    RUNS * QUERIES.length,
    (() => {
      let next = 0;
      return () => timed(() => index.search(QUERIES[next++ % QUERIES.length]!));
    })(),
    QUERIES.length,
  );
  return [
    summarise('Search: index the large tour (first open)', 'ms', build, `${index.size} documents`),
    summarise(
      'Search: one query over the large tour',
      'ms',
      perQuery,
      `target ≤ 50 ms; queries ${QUERIES.join(' | ')}`,
    ),
  ];
}
