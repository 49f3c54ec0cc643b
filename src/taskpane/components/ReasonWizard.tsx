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
import { draftReason, formLanguage } from '../../messages/drafts';
import { pointsLost, rowNotes, stripCell, tagCell } from '../../runtime/findings';
import type { ReasonAnswer } from '../../runtime/core-api';
import { wizardKey, type WizardAnswer } from '../../runtime/store';
import { useAppState, usePane } from '../context';
import { formatScore, percent, scoreDecimals, withUnit } from '../format';

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
  nav: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap', rowGap: '4px' },
  grow: { flexGrow: 1 },
  footer: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  alert: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

const EMPTY: WizardAnswer = { ticks: [], reason: '', improvement: '' };

export function ReasonWizard(): React.ReactElement | null {
  const m = messages();
  const s = useStyles();
  const { store, controller, core } = usePane();
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
  const lost = pointsLost(i);
  const shortfall = i.weight && lost !== null ? Math.min(1, lost / i.weight) : 0;
  const lang = displayLanguage();
  // the suggested text follows the form's language, not Office's
  const textLang = formLanguage(
    (report?.tables ?? []).flatMap((t) => t.indicators.map((x) => x.name)),
  );
  const table = report?.tables.find((t) => t.sheet === row.sheet && t.indicators.includes(i));
  const d = table ? scoreDecimals(table) : 2;
  const actual = withUnit(i.actual, i.target);
  const facts = { name: i.name, target: i.target, actual };
  const draft = (ticks: string[]): { reason: string; improvement: string } =>
    draftReason(facts, ticks, shortfall, textLang);
  const suggestion = draft(answer.ticks);
  void core;
  const valid = (a: WizardAnswer | undefined): boolean =>
    !!a && (a.ticks.length > 0 || a.reason.trim() !== '');
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
    const list: ReasonAnswer[] = [];
    for (const r of st.rows) {
      const k = wizardKey(r.sheet, r.row);
      const a = st.answers[k];
      if (!a || (dropCurrent && k === key)) continue;
      // at least one category or the user's own words
      if (!valid(a)) continue;
      const ri = r.indicator;
      const auto =
        a.reason.trim() === ''
          ? draftReason(
              { name: ri.name, target: ri.target, actual: withUnit(ri.actual, ri.target) },
              a.ticks,
              ri.weight && pointsLost(ri) !== null ? Math.min(1, pointsLost(ri)! / ri.weight) : 0,
              textLang,
            )
          : null;
      list.push({
        sheet: r.sheet,
        row: r.row,
        ticks: a.ticks,
        reason: auto ? auto.reason : a.reason.trim(),
        improvement: a.improvement.trim() || (auto ? auto.improvement : ''),
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
          {cell ? ` · ${m.wizard.reasonCell(cell)}` : ''}
        </Caption1>
        <dl className={s.facts}>
          <dt className={s.dt}>{m.wizard.target}</dt>
          <dd className={s.dd}>{i.target ?? '—'}</dd>
          <dt className={s.dt}>{m.wizard.actual}</dt>
          <dd className={s.dd} data-testid="wizard-actual">
            {actual ?? '—'}
          </dd>
          <dt className={s.dt}>{m.wizard.completion}</dt>
          <dd className={s.dd} data-testid="wizard-completion">
            {completion === null ? '—' : percent(completion)}
          </dd>
          <dt className={s.dt}>{m.wizard.weight}</dt>
          <dd className={s.dd}>{formatScore(i.weight, d)}</dd>
          <dt className={s.dt}>{m.wizard.lost}</dt>
          <dd className={`${s.dd} ${s.lost}`}>{lost === null ? '—' : formatScore(lost, d)}</dd>
        </dl>
        {rowNotes(i).map((n) => (
          <Caption1 key={n} className={s.path}>
            {stripCell(n)}
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

      {/* not a live region: it would re-read the whole text after every tick */}
      <div className={s.suggestion} data-testid="suggestion">
        <span className={s.suggestionHead}>
          <LightbulbRegular aria-hidden /> {m.wizard.suggestion}
        </span>
        <span data-testid="suggested-reason">{suggestion.reason}</span>
        <span data-testid="suggested-improvement">{suggestion.improvement}</span>
        {answer.ticks.length === 0 && <Caption1 className={s.counter}>{m.wizard.needOne}</Caption1>}
        <div>
          <Button
            size="small"
            disabledFocusable={answer.ticks.length === 0}
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
      <div className={s.footer} data-testid="wizard-footer">
        {warn && !valid(answer) && (
          <span role="alert" className={s.alert} data-testid="wizard-need-one">
            {m.wizard.needOne}
          </span>
        )}
        <div className={s.nav}>
          <Button
            size="small"
            icon={<ArrowLeftRegular />}
            disabledFocusable={index === 0 || busy}
            onClick={() => go(index - 1)}
            data-testid="wizard-back"
          >
            {m.wizard.back}
          </Button>
          <Button
            size="small"
            icon={<NextRegular />}
            disabledFocusable={busy}
            onClick={skip}
            data-testid="wizard-skip"
          >
            {last ? m.wizard.skipLast(othersAnswered) : m.wizard.skip}
          </Button>
          <span className={s.grow} />
          {!last && (
            <Button
              size="small"
              appearance="primary"
              icon={<ArrowRightRegular />}
              iconPosition="after"
              disabledFocusable={busy}
              onClick={next}
              data-testid="wizard-next"
            >
              {m.wizard.next}
            </Button>
          )}
        </div>
        <Button
          appearance={last ? 'primary' : 'outline'}
          icon={<CheckmarkRegular />}
          disabledFocusable={busy}
          onClick={() => finish()}
          data-testid="wizard-finish"
        >
          {m.wizard.finishCount(answeredCount)}
        </Button>
      </div>
    </section>
  );
}
