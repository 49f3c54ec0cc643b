import * as React from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Option,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowSyncRegular,
  ArrowUndoRegular,
  CheckmarkCircleRegular,
  DocumentTableSearchRegular,
  TableEditRegular,
} from '@fluentui/react-icons';
import { messages } from '../../messages';
import { useAppState, usePane } from '../context';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  wide: { width: '100%' },
  cell: { minWidth: 0, justifyContent: 'flex-start' },
});

export function Actions(): React.ReactElement {
  const m = messages();
  const styles = useStyles();
  const { controller } = usePane();
  const busy = useAppState((s) => s.busy !== null);
  const hasReport = useAppState((s) => s.report !== null);
  const profile = useAppState((s) => s.profile);
  const profiles = useAppState((s) => s.profiles);
  const [confirmAdopt, setConfirmAdopt] = React.useState(false);

  const options = [{ id: '', label: m.actions.profileAuto }, ...profiles];
  const current = options.find((o) => o.id === profile) ?? options[0];

  const action = (
    label: string,
    hint: string,
    icon: React.ReactElement,
    onClick: () => void,
    opts: { primary?: boolean; wide?: boolean; disabled?: boolean; testId: string },
  ): React.ReactElement => (
    <Tooltip content={hint} relationship="description" withArrow>
      <Button
        appearance={opts.primary ? 'primary' : 'secondary'}
        size={opts.primary ? 'medium' : 'small'}
        icon={icon}
        className={opts.wide ? styles.wide : styles.cell}
        disabled={busy || opts.disabled}
        onClick={onClick}
        data-testid={opts.testId}
      >
        {label}
      </Button>
    </Tooltip>
  );

  return (
    <section className={styles.root} aria-label={m.actions.groupLabel}>
      <Field label={m.actions.profile} hint={m.actions.profileHint} size="small">
        <Dropdown
          size="small"
          value={current.label}
          selectedOptions={[current.id]}
          disabled={busy}
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
      {action(
        m.actions.recognize,
        m.actions.recognizeHint,
        <DocumentTableSearchRegular />,
        () => void controller.recognize(),
        {
          primary: true,
          wide: true,
          testId: 'recognize',
        },
      )}
      <div className={styles.grid}>
        {action(
          m.actions.annotate,
          m.actions.annotateHint,
          <TableEditRegular />,
          () => void controller.annotate(),
          {
            testId: 'annotate',
          },
        )}
        {action(
          m.actions.recalc,
          m.actions.recalcHint,
          <ArrowSyncRegular />,
          () => void controller.recalc(),
          {
            testId: 'recalc',
          },
        )}
        {action(
          m.actions.adopt,
          m.actions.adoptHint,
          <CheckmarkCircleRegular />,
          () => setConfirmAdopt(true),
          {
            disabled: !hasReport,
            testId: 'adopt',
          },
        )}
        {action(
          m.actions.remove,
          m.actions.removeHint,
          <ArrowUndoRegular />,
          () => void controller.remove(),
          {
            testId: 'remove',
          },
        )}
      </div>
      <Dialog
        open={confirmAdopt}
        onOpenChange={(_, d) => setConfirmAdopt(d.open)}
        modalType="alert"
      >
        <DialogSurface aria-describedby="adopt-text">
          <DialogBody>
            <DialogTitle>{m.actions.adopt}</DialogTitle>
            <DialogContent id="adopt-text">{m.actions.confirmAdopt}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConfirmAdopt(false)}>
                {m.actions.cancel}
              </Button>
              <Button
                appearance="primary"
                data-testid="adopt-confirm"
                onClick={() => {
                  setConfirmAdopt(false);
                  void controller.adopt();
                }}
              >
                {m.actions.confirm}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
