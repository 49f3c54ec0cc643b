import * as React from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowSyncRegular,
  ArrowUndoRegular,
  CheckmarkCircleRegular,
  DocumentTableSearchRegular,
  NumberSymbolRegular,
  TableEditRegular,
} from '@fluentui/react-icons';
import { messages } from '../../messages';
import { scoreChanges, type ScoreChange } from '../../plan/values';
import { useAppState, usePane } from '../context';
import { formatScore, scoreDecimals } from '../format';
import { ProfilePicker } from './ProfilePicker';
import { plainList } from './list-style';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  steps: plainList(tokens.spacingVerticalXS),
  grid: {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  wide: { width: '100%', justifyContent: 'flex-start' },
  cell: { minWidth: 0, justifyContent: 'flex-start' },
  more: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  changes: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

type Confirm = 'adopt' | 'values' | 'remove' | null;

export function Actions(): React.ReactElement {
  const m = messages();
  const styles = useStyles();
  const { controller } = usePane();
  const busy = useAppState((s) => s.busy !== null);
  const report = useAppState((s) => s.report);
  const recorded = useAppState((s) => s.recorded);
  const annotated = useAppState((s) => s.annotated);
  const [confirm, setConfirm] = React.useState<Confirm>(null);
  // what 采用系统得分 will change, from its own plan (previewed when the button is pressed)
  const [preview, setPreview] = React.useState<ScoreChange[]>([]);

  const hasTables = (report?.tables.length ?? 0) > 0;
  const written = recorded || annotated;
  const candidates = React.useMemo(() => scoreChanges(report), [report]);
  const changes = preview;
  const ask = (mode: 'adopt' | 'values'): void => {
    void controller.previewAdopt().then((list) => {
      if (!list) return;
      setPreview(list);
      setConfirm(mode);
    });
  };

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
        size={opts.wide ? 'medium' : 'small'}
        icon={icon}
        className={opts.wide ? styles.wide : styles.cell}
        disabledFocusable={busy || opts.disabled}
        onClick={onClick}
        data-testid={opts.testId}
      >
        {label}
      </Button>
    </Tooltip>
  );

  const decimalsOf = (sheet: string): number => {
    const t = report?.tables.find((x) => x.sheet === sheet);
    return t ? scoreDecimals(t) : 2;
  };
  const multiSheet = new Set(changes.map((c) => c.sheet)).size > 1;
  const changeItems = changes.map((c) => {
    const d = decimalsOf(c.sheet);
    return m.actions.adoptChange(
      multiSheet ? `${c.sheet}!${c.cell}` : c.cell,
      c.from === null ? m.summary.none : formatScore(c.from, d),
      formatScore(c.to, d),
    );
  });

  const dialogText =
    confirm === 'remove'
      ? m.actions.confirmRemove
      : confirm === 'values'
        ? m.actions.confirmAdoptValues
        : m.actions.confirmAdoptRef;
  const title =
    confirm === 'remove'
      ? m.actions.remove
      : confirm === 'values'
        ? m.actions.adoptValues
        : m.actions.adopt;

  return (
    <section className={styles.root} aria-label={m.actions.groupLabel}>
      <ProfilePicker disabled={busy} />
      <ol className={styles.steps} aria-label={m.actions.steps}>
        <li>
          {action(
            m.actions.step1,
            m.actions.recognizeHint,
            <DocumentTableSearchRegular />,
            () => void controller.recognize(),
            { primary: !report, wide: true, testId: 'recognize' },
          )}
        </li>
        <li>
          {action(
            m.actions.step2,
            hasTables ? m.actions.annotateHint : m.actions.step2Disabled,
            <TableEditRegular />,
            () => void controller.annotate(),
            {
              primary: hasTables && !written,
              wide: true,
              disabled: !hasTables,
              testId: 'annotate',
            },
          )}
        </li>
        <li>
          {action(
            m.actions.step3,
            written ? m.actions.recalcHint : m.actions.step3Disabled,
            <ArrowSyncRegular />,
            () => void controller.recalc(),
            { primary: written, wide: true, disabled: !written, testId: 'recalc' },
          )}
        </li>
      </ol>
      <p className={styles.more}>{m.actions.moreTitle}</p>
      <div className={styles.grid}>
        {action(
          m.actions.adopt,
          hasTables && candidates.length === 0 ? m.actions.confirmAdoptNone : m.actions.adoptHint,
          <CheckmarkCircleRegular />,
          () => ask('adopt'),
          { disabled: candidates.length === 0, testId: 'adopt' },
        )}
        {action(
          m.actions.adoptValues,
          hasTables && candidates.length === 0
            ? m.actions.confirmAdoptNone
            : m.actions.adoptValuesHint,
          <NumberSymbolRegular />,
          () => ask('values'),
          { disabled: candidates.length === 0, testId: 'adopt-values' },
        )}
        {action(
          m.actions.remove,
          recorded ? m.actions.removeHint : m.actions.removeNothing,
          <ArrowUndoRegular />,
          () => setConfirm('remove'),
          { disabled: !recorded, testId: 'remove' },
        )}
      </div>
      <Dialog
        open={confirm !== null}
        onOpenChange={(_, d) => {
          if (!d.open) setConfirm(null);
        }}
        modalType="modal"
      >
        <DialogSurface aria-describedby="confirm-text" data-testid="confirm-dialog">
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent id="confirm-text">
              {confirm !== 'remove' &&
                (changes.length === 0 ? (
                  <p>{m.actions.confirmAdoptNone}</p>
                ) : (
                  <>
                    <p>{m.actions.confirmAdoptList(changes.length)}</p>
                    <ul className={styles.changes} data-testid="confirm-changes">
                      {changeItems.map((c) => (
                        <li key={c}>{c}</li>
                      ))}
                    </ul>
                  </>
                ))}
              <p>{dialogText}</p>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConfirm(null)}>
                {m.actions.cancel}
              </Button>
              <Button
                appearance="primary"
                data-testid="confirm-ok"
                disabled={confirm !== 'remove' && changes.length === 0}
                onClick={() => {
                  const c = confirm;
                  setConfirm(null);
                  if (c === 'remove') void controller.remove();
                  else if (c === 'values') void controller.adopt('values', preview);
                  else void controller.adopt('reference');
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
