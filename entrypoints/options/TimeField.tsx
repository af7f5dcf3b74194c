import { useSyncedText } from '@/components/useSyncedText';
import { formatTimeOfDay, parseTimeOfDay } from '@/utils/settings/validate';

/** A time of day (minutes after midnight) that saves when complete and follows the stored value. */
export function TimeField(props: {
  label: string;
  minutes: number;
  disabled: boolean;
  onSave: (minutes: number) => void;
}) {
  const [text, setText] = useSyncedText(props.minutes, formatTimeOfDay, parseTimeOfDay);
  return (
    <label>
      {props.label}{' '}
      <input
        type="time"
        disabled={props.disabled}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const minutes = parseTimeOfDay(e.target.value);
          if (minutes !== null) props.onSave(minutes);
        }}
      />
    </label>
  );
}
