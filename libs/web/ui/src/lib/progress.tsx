import type { HTMLAttributes, ReactNode } from 'react';
import { CancelButton } from './button';

/** Traffic-light colours; the word next to the colour carries the meaning. */
export type StatusTone = 'green' | 'orange' | 'red' | 'grey';

const toneIcons: Record<StatusTone, string> = {
  green: '✓',
  orange: '!',
  red: '✕',
  grey: '‖',
};

export interface StatusBadgeProps {
  tone: StatusTone;
  /** The status in words, always visible (colour is never the only signal). */
  children: ReactNode;
  /** Text before the status for screen readers, e.g. "Status:". */
  prefix?: string;
  /** Replaces the tone's icon (decorative), e.g. "–" for "no status". */
  icon?: string;
}

/** A coloured status pill with an icon and the status in words (e.g. "Op koers"). */
export function StatusBadge({ tone, children, prefix, icon }: StatusBadgeProps) {
  return (
    <span className={`vb-status vb-status--${tone}`}>
      <span className="vb-status__icon" aria-hidden="true">
        {icon ?? toneIcons[tone]}
      </span>
      {prefix && <span className="vb-visually-hidden">{prefix} </span>}
      {children}
    </span>
  );
}

export interface ProgressBarProps extends Omit<HTMLAttributes<HTMLDivElement>, 'role' | 'children'> {
  /** 0..100; values outside are clamped. */
  value: number;
  /** Accessible name, e.g. "Voortgang lijn 1". */
  label: string;
  tone?: StatusTone | 'primary';
  size?: 'normal' | 'large';
}

/** A horizontal progress bar with the percentage as visible text. */
export function ProgressBar({ value, label, tone = 'primary', size = 'normal', className, ...rest }: ProgressBarProps) {
  const percent = Math.max(0, Math.min(100, Math.round(Number.isFinite(value) ? value : 0)));
  return (
    <div
      {...rest}
      role="progressbar"
      aria-label={label}
      aria-valuenow={percent}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuetext={`${percent}%`}
      className={['vb-progress', `vb-progress--${tone}`, size === 'large' ? 'vb-progress--large' : '', className].filter(Boolean).join(' ')}
    >
      <span className="vb-progress__track" aria-hidden="true">
        <span className="vb-progress__fill" style={{ width: `${percent}%` }} />
      </span>
      <span className="vb-progress__value">{percent}%</span>
    </div>
  );
}

/** A visible upload progress bar with the percentage in text and a cancel button. */
export function UploadProgress({ percent, fileName, onCancel }: { percent: number; fileName: string; onCancel: () => void }) {
  return (
    <div className="vb-upload-progress" aria-live="polite">
      <label>
        <span>
          {fileName} wordt geüpload: <strong>{percent}%</strong>
        </span>
        <progress
          className="vb-upload-progress__bar"
          role="progressbar"
          aria-label="Voortgang van het uploaden"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${percent}%`}
          max={100}
          value={percent}
        />
      </label>
      <CancelButton onClick={onCancel} />
    </div>
  );
}
