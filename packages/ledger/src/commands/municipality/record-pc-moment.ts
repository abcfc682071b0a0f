import { err, ok } from '../../errors/result.js';
import { domainError } from '../../errors/domain-error.js';
import { pcMomentRecorded } from '../../events/types/pc-moment-recorded.js';
import { municipalityCommand } from '../define-command.js';

/** Names a moment of the P&C cycle (e.g. berap-2-2021) so reports can be asked "as known at" it. */
export const recordPcMoment = municipalityCommand({
  type: 'RecordPcMoment',
  schema: pcMomentRecorded.schema,
  decide: (data, state) =>
    state.pcMoments.has(data.name)
      ? err(
          domainError('PC_MOMENT_ALREADY_RECORDED', `P&C moment ${data.name} exists: correct it instead`, {
            name: data.name,
          }),
        )
      : ok([{ type: 'PcMomentRecorded', data }]),
});
