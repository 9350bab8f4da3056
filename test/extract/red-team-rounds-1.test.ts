/** The first share of the red-team rounds (see test/support/red-team-rounds.ts), and the check that none is left unrun. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeRedTeamRounds, ROUND_CLOCKS } from '../support/red-team-rounds';

const FIXTURES = join(__dirname, '../fixtures');

describeRedTeamRounds(0);

it('leaves no folder of pages with expectations unrun', () => {
  const suites = readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => readFileSync(join(__dirname, name), 'utf8'))
    .join('\n');
  const unrun = readdirSync(FIXTURES).filter(
    (folder) => existsSync(join(FIXTURES, folder, 'expectations.json')) && !(folder in ROUND_CLOCKS) && !suites.includes(`'../fixtures/${folder}'`),
  );
  expect(unrun).toEqual([]);
});
