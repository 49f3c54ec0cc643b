/** The top of the offline page: choosing or dropping files, the options, and the progress. */
import * as React from 'react';
import {
  Button,
  Caption1,
  Field,
  ProgressBar,
  Radio,
  RadioGroup,
  Subtitle2,
} from '@fluentui/react-components';
import { DocumentArrowUpRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { messages } from '../messages';
import type { WebMessages } from '../messages/web';
import { ProfilePicker } from '../taskpane/components/ProfilePicker';
import { collectDropped, collectInput } from './files';
import type { JobMode } from './job';
import { useWeb, type WebApp } from './state';
import { useWebStyles } from './styles';

export function DropZone({ app, w }: { app: WebApp; w: WebMessages }): React.ReactElement {
  const s = useWebStyles();
  const [over, setOver] = React.useState(false);
  const files = React.useRef<HTMLInputElement>(null);
  const folder = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => {
    folder.current?.setAttribute('webkitdirectory', '');
  }, []);
  const take = (list: FileList | null, inFolder: boolean): void => {
    if (!list) return;
    void collectInput(list, inFolder).then((got) => app.addFiles(got));
  };
  return (
    <section
      className={`${s.drop} ${over ? s.dropActive : ''}`}
      data-testid="drop"
      aria-label={w.drop.label}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void collectDropped(e.dataTransfer).then((got) => app.addFiles(got));
      }}
    >
      <DocumentArrowUpRegular fontSize={40} aria-hidden />
      <Subtitle2>{w.drop.label}</Subtitle2>
      <div className={s.dropButtons}>
        <Caption1>{w.drop.or}</Caption1>
        <Button
          appearance="primary"
          icon={<DocumentArrowUpRegular />}
          onClick={() => files.current?.click()}
        >
          {w.drop.chooseFiles}
        </Button>
        <Button icon={<FolderOpenRegular />} onClick={() => folder.current?.click()}>
          {w.drop.chooseFolder}
        </Button>
      </div>
      <Caption1 className={s.muted}>{w.drop.hint}</Caption1>
      <Caption1 className={s.muted}>{w.network}</Caption1>
      <input
        ref={files}
        type="file"
        multiple
        accept=".xlsx,.xlsm,.xls,.et,.ett,.csv,.ods,.xlsb"
        hidden
        data-testid="input-files"
        onChange={(e) => {
          take(e.target.files, false);
          e.target.value = '';
        }}
      />
      <input
        ref={folder}
        type="file"
        multiple
        hidden
        data-testid="input-folder"
        onChange={(e) => {
          take(e.target.files, true);
          e.target.value = '';
        }}
      />
    </section>
  );
}

export function Options({ app, w }: { app: WebApp; w: WebMessages }): React.ReactElement {
  const s = useWebStyles();
  const m = messages();
  const mode = useWeb(app, (st) => st.mode);
  return (
    <section className={s.panel} aria-label={w.options.title}>
      <ProfilePicker />
      <Field label={w.options.title} size="small">
        <RadioGroup
          value={mode}
          onChange={(_, d) => app.setMode(d.value as JobMode)}
          data-testid="mode"
        >
          <Radio value="fix" label={`${m.actions.annotate}（${w.files.downloadHint}）`} />
          <Radio value="adopt" label={`${w.options.adopt}：${w.options.adoptHint}`} />
          <Radio value="remove" label={`${w.options.remove}：${w.options.removeHint}`} />
        </RadioGroup>
      </Field>
    </section>
  );
}

export function Progress({ app, w }: { app: WebApp; w: WebMessages }): React.ReactElement | null {
  const m = messages();
  const progress = useWeb(app, (st) => st.progress);
  const count = useWeb(app, (st) => st.files.length);
  if (!progress) {
    return count > 0 ? (
      <Caption1 data-testid="progress-done">{w.progressDone(count)}</Caption1>
    ) : null;
  }
  return (
    <div role="status" data-testid="progress">
      <ProgressBar
        value={progress.done / progress.total}
        thickness="large"
        aria-label={m.a11y.progress}
      />
      <Caption1 data-testid="progress-text">
        {w.progress(progress.done + 1, progress.total, progress.current)}
      </Caption1>
    </div>
  );
}
