import * as React from 'react';
import { Button, Caption1, Checkbox, Field, Textarea } from '@fluentui/react-components';
import { LightbulbRegular } from '@fluentui/react-icons';
import { CATEGORY_LABELS_EN, REASON_CATEGORIES, displayLanguage, messages } from '../../messages';
import type { WizardAnswer } from '../../runtime/store';
import { useWizardStyles } from './wizard-styles';

/** The answer for the row in hand: reason categories, the suggested wording, and the two texts. */
export function WizardAnswerFields({
  answer,
  suggestion,
  update,
}: {
  answer: WizardAnswer;
  suggestion: { reason: string; improvement: string };
  update: (patch: Partial<WizardAnswer>) => void;
}): React.ReactElement {
  const m = messages();
  const s = useWizardStyles();
  const lang = displayLanguage();
  const label = (c: string): string => (/^zh/i.test(lang) ? c : (CATEGORY_LABELS_EN[c] ?? c));
  return (
    <>
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
    </>
  );
}
