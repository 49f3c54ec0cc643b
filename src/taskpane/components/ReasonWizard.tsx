import * as React from 'react';
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  ProgressBar,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowLeftRegular,
  ArrowRightRegular,
  CheckmarkRegular,
  DismissRegular,
  LightbulbRegular,
  NextRegular,
} from '@fluentui/react-icons';
import { CATEGORY_LABELS_EN, REASON_CATEGORIES, displayLanguage, messages } from '../../messages';
import { pointsLost, rowNotes } from '../../runtime/findings';
import type { ReasonAnswer } from '../../runtime/core-api';
import { wizardKey, type WizardAnswer } from '../../runtime/store';
import { useAppState, usePane } from '../context';
import { percent, score } from '../format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  top: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  title: { flexGrow: 1, margin: 0 },
  counter: { color: tokens.colorNeutralForeground3 },
  card: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere', outlineStyle: 'none' },
  path: { color: tokens.colorNeutralForeground3 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: '2px',
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, overflowWrap: 'anywhere' },
  lost: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  fieldset: { border: 'none', margin: 0, padding: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: '2px' },
  checks: { display: 'grid', gridTemplateColumns: '1fr 1fr', rowGap: 0 },
  suggestion: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorBrandBackground2,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
  },
  suggestionHead: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  nav: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  grow: { flexGrow: 1 },
});

const EMPTY: WizardAnswer = { ticks: [], reason: '', improvement: '' };

export function ReasonWizard(): React.ReactElement | null {
  const m = messages();
  const s = useStyles();
  const { store, controller, core } = usePane();
  const wizard = useAppState((st) => st.wizard);
  const busy = useAppState((st) => st.busy !== null);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const index = wizard?.index ?? 0;

  // the row in hand is selected in Excel, so that the sheet scrolls to it
  const current = wizard?.rows[index];
  const sheet = current?.sheet;
  const cell = current ? (current.indicator.statedScoreCell ?? `A${current.row}`) : null;
  React.useEffect(() => {
    headingRef.current?.focus();
    if (sheet && cell) void controller.select(sheet, cell);
  }, [index, sheet, cell, controller]);

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
  const lost = pointsLost(i);
  const shortfall = i.weight && lost !== null ? Math.min(1, lost / i.weight) : 0;
  const lang = displayLanguage();
  const suggestion = core.suggestReasonText(answer.ticks, shortfall, lang);
  const answeredCount = Object.keys(wizard.answers).length;
  const last = index === rows.length - 1;

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
    const list: ReasonAnswer[] = [];
    for (const r of st.rows) {
      const k = wizardKey(r.sheet, r.row);
      const a = st.answers[k];
      if (!a || (dropCurrent && k === key)) continue;
      if (!a.reason.trim() && !a.improvement.trim() && a.ticks.length === 0) continue;
      list.push({
        sheet: r.sheet,
        row: r.row,
        ticks: a.ticks,
        reason: a.reason.trim(),
        improvement: a.improvement.trim(),
      });
    }
    if (list.length === 0) {
      store.set({ wizard: null });
      return;
    }
    void controller.writeReasons(list);
  };
  const label = (c: string): string => (/^zh/i.test(lang) ? c : (CATEGORY_LABELS_EN[c] ?? c));
  const completion = i.completion ?? null;

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

      <div className={s.card}>
        <h3
          className={s.name}
          ref={headingRef}
          tabIndex={-1}
          style={{ margin: 0, fontSize: tokens.fontSizeBase300 }}
        >
          {i.name}
        </h3>
        <Caption1 className={s.path}>
          {[row.tableName, i.level1, i.level2].filter(Boolean).join(' › ')} · {row.sheet} ·{' '}
          {m.findings.row(row.row)}
        </Caption1>
        <dl className={s.facts}>
          <dt className={s.dt}>{m.wizard.target}</dt>
          <dd className={s.dd}>{i.target ?? '—'}</dd>
          <dt className={s.dt}>{m.wizard.actual}</dt>
          <dd className={s.dd}>{i.actual ?? '—'}</dd>
          <dt className={s.dt}>{m.wizard.completion}</dt>
          <dd className={s.dd}>{completion === null ? '—' : percent(completion)}</dd>
          <dt className={s.dt}>{m.wizard.weight}</dt>
          <dd className={s.dd}>{score(i.weight)}</dd>
          <dt className={s.dt}>{m.wizard.lost}</dt>
          <dd className={`${s.dd} ${s.lost}`}>{lost === null ? '—' : score(lost)}</dd>
        </dl>
        {rowNotes(i).map((n) => (
          <Caption1 key={n} className={s.path}>
            {n}
          </Caption1>
        ))}
      </div>

      <fieldset className={s.fieldset}>
        <legend className={s.legend}>{m.wizard.categories}</legend>
        <Caption1 className={s.counter}>{m.wizard.categoriesHint}</Caption1>
        <div className={s.checks}>
          {REASON_CATEGORIES.map((c) => (
            <Checkbox
              key={c}
              label={label(c)}
              checked={answer.ticks.includes(c)}
              onChange={(_, d) =>
                update({
                  ticks: d.checked ? [...answer.ticks, c] : answer.ticks.filter((t) => t !== c),
                })
              }
              data-testid={`tick-${c}`}
            />
          ))}
        </div>
      </fieldset>

      <div className={s.suggestion} aria-live="polite">
        <span className={s.suggestionHead}>
          <LightbulbRegular aria-hidden /> {m.wizard.suggestion}
        </span>
        <span data-testid="suggested-reason">{suggestion.reason}</span>
        <span data-testid="suggested-improvement">{suggestion.improvement}</span>
        <div>
          <Button
            size="small"
            onClick={() =>
              update({ reason: suggestion.reason, improvement: suggestion.improvement })
            }
            data-testid="use-suggestion"
          >
            {m.wizard.useSuggestion}
          </Button>
        </div>
      </div>

      <Field label={m.wizard.reason} size="small">
        <Textarea
          value={answer.reason}
          placeholder={m.wizard.reasonPlaceholder}
          onChange={(_, d) => update({ reason: d.value })}
          resize="vertical"
          rows={3}
          data-testid="reason"
        />
      </Field>
      <Field label={m.wizard.improvement} size="small">
        <Textarea
          value={answer.improvement}
          placeholder={m.wizard.improvementPlaceholder}
          onChange={(_, d) => update({ improvement: d.value })}
          resize="vertical"
          rows={3}
          data-testid="improvement"
        />
      </Field>

      <Caption1 className={s.counter}>{m.wizard.nothing}</Caption1>
      <div className={s.nav}>
        <Button
          icon={<ArrowLeftRegular />}
          disabled={index === 0 || busy}
          onClick={() => go(index - 1)}
          data-testid="wizard-back"
        >
          {m.wizard.back}
        </Button>
        <Button icon={<NextRegular />} disabled={busy} onClick={skip} data-testid="wizard-skip">
          {m.wizard.skip}
        </Button>
        <span className={s.grow} />
        {!last && (
          <Button
            appearance="primary"
            icon={<ArrowRightRegular />}
            iconPosition="after"
            disabled={busy}
            onClick={() => go(index + 1)}
            data-testid="wizard-next"
          >
            {m.wizard.next}
          </Button>
        )}
      </div>
      <Button
        appearance={last ? 'primary' : 'outline'}
        icon={<CheckmarkRegular />}
        disabled={busy}
        onClick={() => finish()}
        data-testid="wizard-finish"
      >
        {m.wizard.finish}
      </Button>
    </section>
  );
}
