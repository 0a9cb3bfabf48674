import { Chip, Stack } from '@mui/material';
import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';

export type ActorType = 'AGENT' | 'USER' | 'SYSTEM';

/**
 * Who acted (a message's sender, a status change's author): a chip with the actor type and,
 * for agents and customers, their name (the agent directory and the profiles table).
 */
export const ActorField = ({ typeSource, idSource }: { typeSource: string; idSource: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const type = record[typeSource] as ActorType | null | undefined;
  const id = record[idSource] as string | null | undefined;
  const reference = type === 'AGENT' ? 'agent_directory' : type === 'USER' ? 'profiles' : null;
  return (
    <Stack direction="row" spacing={1} alignItems="center" component="span">
      {type ? (
        <Chip
          size="small"
          variant="outlined"
          color={type === 'AGENT' ? 'primary' : type === 'USER' ? 'secondary' : 'default'}
          label={translate(`app.dossier_detail.sender.${type}`, { _: type })}
        />
      ) : (
        <span>-</span>
      )}
      {reference && id ? <ReferenceField source={idSource} reference={reference} link={false} /> : null}
    </Stack>
  );
};
