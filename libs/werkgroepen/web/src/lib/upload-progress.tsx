import { Button } from '@verbinder/web/ui';

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
      <Button variant="secondary" onClick={onCancel}>
        Annuleren
      </Button>
    </div>
  );
}
