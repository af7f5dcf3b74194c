import { useEffect, useRef } from 'react';

/**
 * "Show more": a real button for keyboard and screen-reader users, which also loads by itself
 * when scrolled near (within about a screen), so reading on never needs a click.
 */
export function MoreButton(props: {
  onMore: () => void;
  loading: boolean;
  label: string;
  loadingLabel: string;
}) {
  const ref = useRef<HTMLButtonElement>(null);
  const { onMore, loading } = props;

  useEffect(() => {
    const button = ref.current;
    if (!button || loading || typeof IntersectionObserver === 'undefined') return;
    // A fresh observer after every load reports at once if the button is still in view.
    const observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && onMore(),
      {
        rootMargin: '0px 0px 800px 0px',
      },
    );
    observer.observe(button);
    return () => observer.disconnect();
  }, [onMore, loading]);

  return (
    // aria-disabled, not disabled: a disabled button would drop the keyboard focus while loading.
    <button ref={ref} type="button" className="more-button" onClick={onMore} aria-disabled={loading}>
      {loading ? props.loadingLabel : props.label}
    </button>
  );
}
