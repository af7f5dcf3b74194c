/** Thaw's mark: a drop forming from a soft sun on a calm tile (the toolbar icon, drawn for any size). */
export function LogoMark(props: { size?: number }) {
  const size = props.size ?? 28;
  return (
    <svg
      className="logo-mark"
      width={size}
      height={size}
      viewBox="0 0 128 128"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="4" y="4" width="120" height="120" rx="28" fill="#2f6f78" />
      <path d="M64 22 C 50 44, 36 58, 36 76 A 28 28 0 0 0 92 76 C 92 58, 78 44, 64 22 Z" fill="#f6f1e7" />
      <path
        d="M52 78 a 12 12 0 0 0 12 12"
        stroke="#4f9a94"
        strokeWidth="6"
        fill="none"
        strokeLinecap="round"
      />
    </svg>
  );
}
