/** The second share of the red-team rounds (see test/support/red-team-rounds.ts). */
import { describeRedTeamRounds } from '../support/red-team-rounds';

describeRedTeamRounds(1);
