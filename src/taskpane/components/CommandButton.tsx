/**
 * A command with an icon, as the reason wizard and the offline page's summary show them. While
 * it cannot run it stays focusable and is announced as unavailable (aria-disabled), so that
 * keyboard and screen-reader users still reach it and hear its name.
 */
import * as React from 'react';
import { Button } from '@fluentui/react-components';

export interface CommandButtonProps {
  readonly icon: React.ReactElement;
  readonly testId: string;
  readonly onClick: () => void;
  readonly unavailable?: boolean;
  readonly appearance?: 'primary' | 'outline' | 'secondary';
  readonly small?: boolean;
  /** the icon after the label (a "next" arrow) */
  readonly iconAfter?: boolean;
  readonly children: React.ReactNode;
}

export function CommandButton(p: CommandButtonProps): React.ReactElement {
  return (
    <Button
      appearance={p.appearance ?? 'secondary'}
      size={p.small ? 'small' : 'medium'}
      icon={p.icon}
      iconPosition={p.iconAfter ? 'after' : 'before'}
      disabledFocusable={p.unavailable}
      onClick={p.onClick}
      data-testid={p.testId}
    >
      {p.children}
    </Button>
  );
}
