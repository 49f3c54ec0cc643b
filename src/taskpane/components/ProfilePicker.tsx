import * as React from 'react';
import { Dropdown, Field, Option } from '@fluentui/react-components';
import { messages } from '../../messages';
import { useAppState, usePane } from '../context';

/** The scoring rules to check with (评分规则): found automatically, or one the user picks. */
export function ProfilePicker({ disabled }: { disabled?: boolean }): React.ReactElement {
  const m = messages();
  const { controller } = usePane();
  const profile = useAppState((s) => s.profile);
  const profiles = useAppState((s) => s.profiles);
  const options = [{ id: '', label: m.actions.profileAuto }, ...profiles];
  const current = options.find((o) => o.id === profile) ?? options[0];
  return (
    <Field label={m.actions.profile} hint={m.actions.profileHint} size="small">
      <Dropdown
        size="small"
        value={current.label}
        selectedOptions={[current.id]}
        disabled={disabled}
        onOptionSelect={(_, data) => controller.setProfile(data.optionValue ?? '')}
        data-testid="profile"
      >
        {options.map((o) => (
          <Option key={o.id || 'auto'} value={o.id}>
            {o.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
