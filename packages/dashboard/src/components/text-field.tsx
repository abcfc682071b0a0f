import type { JSX } from 'preact';

type Props = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'onInput' | 'value'> & {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onValue: (value: string) => void;
};

/** A labelled input (the label names it for screen readers and enlarges its click target). */
export function TextField({ id, label, value, onValue, ...input }: Props) {
  return (
    <div class="grip-field">
      <label for={id}>{label}</label>
      <input {...input} id={id} value={value} onInput={(e) => onValue(e.currentTarget.value)} />
    </div>
  );
}
