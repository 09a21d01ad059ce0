import { existsSync, readdirSync } from 'node:fs';
import { SCRATCH_DIR } from '../../files/scratch-files';
import { ImportTermRuns } from './import-term-runs';

/** A deterministic stream of pseudo-random numbers, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function termFiles(): string[] {
  return existsSync(SCRATCH_DIR)
    ? readdirSync(SCRATCH_DIR).filter((name) => name.endsWith('.terms'))
    : [];
}

describe('ImportTermRuns', () => {
  it.each([
    ['everything in memory', 1_000_000, 1],
    ['many runs on disk and a last one in memory', 97, 13],
    ['runs that end exactly on a chunk', 50, 25],
    // Runs of ~400 KB: each is read in more than one block, rows cut between two blocks.
    ['runs longer than a block of the file', 20_000, 997],
  ])('hands back every row in (term, customer) order: %s', async (_, runRows, chunkSize) => {
    const next = random(runRows + chunkSize);
    const runs = new ImportTermRuns(runRows);
    const expected: { term: string; customerId: number }[] = [];
    const before = termFiles().length;
    const customers = runRows > 10_000 ? 12_000 : 400;
    for (let customerId = 1; customerId <= customers; customerId += 1) {
      const terms = new Set<string>();
      const count = 1 + Math.floor(next() * 8);
      while (terms.size < count) terms.add(`p${Math.floor(next() * 60 ** 3).toString(36)}`);
      await runs.add(customerId, [...terms]);
      for (const term of terms) expected.push({ term, customerId });
    }
    expected.sort((a, b) =>
      a.term < b.term ? -1 : a.term > b.term ? 1 : a.customerId - b.customerId,
    );

    const chunks: { term: string; customerId: number }[][] = [];
    for await (const chunk of runs.sorted(chunkSize)) chunks.push(chunk);
    expect(chunks.flat()).toEqual(expected);
    // Full runs wait in files, kept until dispose().
    if (runRows < 1_000_000) expect(termFiles().length).toBeGreaterThan(before);
    expect(chunks.slice(0, -1).every((chunk) => chunk.length === chunkSize)).toBe(true);
    expect(runs.customerIds).toHaveLength(customers);
    // The runs are kept until dispose: the rows of some customers can be had again.
    const some = [3, 97, customers];
    expect(await runs.rowsOf(some)).toEqual(
      expect.arrayContaining(expected.filter((row) => some.includes(row.customerId))),
    );
    expect((await runs.rowsOf(some)).length).toBe(
      expected.filter((row) => some.includes(row.customerId)).length,
    );

    await runs.dispose();
    expect(termFiles().length).toBe(before);
  });

  it('hands back nothing when nothing was added', async () => {
    const runs = new ImportTermRuns();
    const chunks = [];
    for await (const chunk of runs.sorted(10)) chunks.push(chunk);
    expect(chunks).toEqual([]);
    await runs.dispose();
  });

  it('stops merging when its reader stops early, and removes its files', async () => {
    const before = termFiles().length;
    const runs = new ImportTermRuns(50);
    for (let customerId = 1; customerId <= 300; customerId += 1)
      await runs.add(customerId, [`p${customerId % 7}`, `t${customerId}`]);
    let taken = 0;
    for await (const chunk of runs.sorted(20)) {
      taken += chunk.length;
      if (taken >= 40) break;
    }
    expect(taken).toBe(40);
    expect(await runs.rowsOf([5])).toEqual(
      expect.arrayContaining([
        { term: 'p5', customerId: 5 },
        { term: 't5', customerId: 5 },
      ]),
    );
    await runs.dispose();
    await runs.dispose();
    expect(termFiles().length).toBe(before);
  });
});
