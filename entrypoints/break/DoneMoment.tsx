import { i18n } from '#i18n';
import { useEffect, useState, type ReactNode } from 'react';
import { useFocusOnMount } from '@/components/useFocusOnMount';

/** How long the end of an exercise is left on its own before "how do you feel now" joins it. */
export const DONE_MOMENT_MS = 2500;

/**
 * The end of the exercise, marked: a ring that closes and a short line, then (after a breath) the
 * question below it. Focus stays on the heading, so the question appearing moves nothing.
 */
export function DoneMoment(props: { stopped: boolean; children: ReactNode }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setAsking(true), DONE_MOMENT_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <>
      <section className="done-moment" aria-labelledby="done-moment-title">
        <svg className="done-ring" viewBox="0 0 120 120" width="120" height="120" aria-hidden="true">
          <circle className="ring-track" cx="60" cy="60" r="48" />
          <circle className="ring" cx="60" cy="60" r="48" pathLength={100} />
          <path className="ring-mark" d="M42 61 L55 74 L80 47" pathLength={100} />
        </svg>
        <h1 id="done-moment-title" ref={heading} tabIndex={-1}>
          {i18n.t(props.stopped ? 'break.stopped_title' : 'break.done_title')}
        </h1>
        <p className="muted">{i18n.t(props.stopped ? 'break.stopped_detail' : 'break.done_detail')}</p>
      </section>
      {asking && <div className="after-ask">{props.children}</div>}
    </>
  );
}
