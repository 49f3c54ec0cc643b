import * as React from 'react';
import { Button, Caption1, ProgressBar, Subtitle2 } from '@fluentui/react-components';
import {
  ArrowLeftRegular,
  ArrowRightRegular,
  CheckmarkRegular,
  DismissRegular,
  NextRegular,
} from '@fluentui/react-icons';
import { messages } from '../../messages';
import { formLanguage } from '../../messages/drafts';
import { tagCell } from '../../runtime/findings';
import { wizardKey, type WizardAnswer } from '../../runtime/store';
import { useAppState, usePane } from '../context';
import { scoreDecimals, withUnit } from '../format';
import { CommandButton } from './CommandButton';
import { WizardAnswerFields } from './WizardAnswerFields';
import { WizardRowCard } from './WizardRowCard';
import { EMPTY, draftFor, reasonAnswers, valid } from './wizard-answers';
import { useWizardStyles } from './wizard-styles';

export function ReasonWizard(): React.ReactElement | null {
  const m = messages();
  const s = useWizardStyles();
  const { store, controller } = usePane();
  const wizard = useAppState((st) => st.wizard);
  const busy = useAppState((st) => st.busy !== null);
  const report = useAppState((st) => st.report);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const index = wizard?.index ?? 0;
  const [warn, setWarn] = React.useState(false);

  // the row in hand: its reason cell is selected in Excel, so that the sheet scrolls to it
  const current = wizard?.rows[index];
  const sheet = current?.sheet;
  const cell = current ? (tagCell(current.indicator, 'missingReason') ?? `A${current.row}`) : null;
  React.useEffect(() => {
    headingRef.current?.focus();
    setWarn(false);
    if (sheet && cell) void controller.select(sheet, cell);
  }, [index, sheet, cell, controller]);
  // Esc closes the wizard (without writing), as it closes dialogs
  React.useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape' && !e.defaultPrevented) store.set({ wizard: null });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);

  if (!wizard) return null;
  const { rows } = wizard;
  if (rows.length === 0) {
    return (
      <div className={s.root}>
        <div>{m.wizard.empty}</div>
        <Button onClick={() => store.set({ wizard: null })}>{m.wizard.exit}</Button>
      </div>
    );
  }
  const row = rows[index];
  const key = wizardKey(row.sheet, row.row);
  const answer = wizard.answers[key] ?? EMPTY;
  const i = row.indicator;
  // the suggested text follows the form's language, not Office's
  const textLang = formLanguage(
    (report?.tables ?? []).flatMap((t) => t.indicators.map((x) => x.name)),
  );
  const table = report?.tables.find((t) => t.sheet === row.sheet && t.indicators.includes(i));
  const d = table ? scoreDecimals(table) : 2;
  const actual = withUnit(i.actual, i.target);
  const suggestion = draftFor(i, answer.ticks, textLang);
  const answeredCount = Object.keys(wizard.answers).filter((k) => valid(wizard.answers[k])).length;
  const last = index === rows.length - 1;
  const othersAnswered = Object.keys(wizard.answers).filter(
    (k) => k !== key && valid(wizard.answers[k]),
  ).length;

  const update = (patch: Partial<WizardAnswer>): void =>
    store.set((st) => {
      if (!st.wizard) return {};
      const next = { ...(st.wizard.answers[key] ?? EMPTY), ...patch };
      return { wizard: { ...st.wizard, answers: { ...st.wizard.answers, [key]: next } } };
    });
  const go = (to: number): void =>
    store.set((st) => (st.wizard ? { wizard: { ...st.wizard, index: to } } : {}));
  const skip = (): void => {
    store.set((st) => {
      if (!st.wizard) return {};
      const answers = { ...st.wizard.answers };
      delete answers[key];
      return { wizard: { ...st.wizard, answers } };
    });
    if (!last) go(index + 1);
    else finish(true);
  };
  const finish = (dropCurrent = false): void => {
    const st = store.get().wizard;
    if (!st) return;
    const list = reasonAnswers(st, textLang, dropCurrent ? key : null);
    if (list.length === 0) {
      store.set({ wizard: null });
      return;
    }
    void controller.writeReasons(list);
  };
  const next = (): void => {
    if (!valid(answer)) {
      setWarn(true);
      return;
    }
    go(index + 1);
  };

  return (
    <section className={s.root} aria-labelledby="wizard-heading" data-testid="wizard">
      <div className={s.top}>
        <Subtitle2 as="h2" id="wizard-heading" className={s.title}>
          {m.wizard.title}
        </Subtitle2>
        <Button
          appearance="subtle"
          size="small"
          icon={<DismissRegular />}
          aria-label={`${m.wizard.exit}：${m.wizard.exitHint}`}
          title={m.wizard.exitHint}
          onClick={() => store.set({ wizard: null })}
          disabled={busy}
          data-testid="wizard-exit"
        />
      </div>
      <div>
        <ProgressBar
          value={(index + 1) / rows.length}
          thickness="medium"
          aria-label={m.a11y.progress}
          aria-valuetext={m.wizard.progress(index + 1, rows.length)}
        />
        <Caption1 className={s.counter} aria-live="polite" data-testid="wizard-counter">
          {m.wizard.progress(index + 1, rows.length)} ·{' '}
          {m.wizard.remaining(rows.length - index - 1)} ·{' '}
          {m.wizard.answered(answeredCount, rows.length)}
        </Caption1>
      </div>

      <WizardRowCard row={row} cell={cell} actual={actual} decimals={d} headingRef={headingRef} />

      <WizardAnswerFields answer={answer} suggestion={suggestion} update={update} />

      <Caption1 className={s.counter}>{m.wizard.nothing}</Caption1>
      <div className={s.footer} data-testid="wizard-footer">
        {warn && !valid(answer) && (
          <span role="alert" className={s.alert} data-testid="wizard-need-one">
            {m.wizard.needOne}
          </span>
        )}
        <div className={s.nav}>
          <CommandButton
            small
            icon={<ArrowLeftRegular />}
            unavailable={index === 0 || busy}
            onClick={() => go(index - 1)}
            testId="wizard-back"
          >
            {m.wizard.back}
          </CommandButton>
          <CommandButton
            small
            icon={<NextRegular />}
            unavailable={busy}
            onClick={skip}
            testId="wizard-skip"
          >
            {last ? m.wizard.skipLast(othersAnswered) : m.wizard.skip}
          </CommandButton>
          <span className={s.grow} />
          {!last && (
            <CommandButton
              small
              appearance="primary"
              icon={<ArrowRightRegular />}
              iconAfter
              unavailable={busy}
              onClick={next}
              testId="wizard-next"
            >
              {m.wizard.next}
            </CommandButton>
          )}
        </div>
        <CommandButton
          appearance={last ? 'primary' : 'outline'}
          icon={<CheckmarkRegular />}
          unavailable={busy}
          onClick={() => finish()}
          testId="wizard-finish"
        >
          {m.wizard.finishCount(answeredCount)}
        </CommandButton>
      </div>
    </section>
  );
}
