import { i18n } from '#i18n';
import { useRef, useState, type PointerEvent } from 'react';

/** A creative minute: draw freely with the pointer, or switch to free writing. Nothing is saved. */
export function FreeCanvas() {
  const [mode, setMode] = useState<'draw' | 'write'>('draw');
  const last = useRef<{ x: number; y: number } | null>(null);

  function draw(event: PointerEvent<HTMLCanvasElement>) {
    if (event.buttons !== 1) {
      last.current = null;
      return;
    }
    const canvas = event.currentTarget;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const rect = canvas.getBoundingClientRect();
    const point = {
      x: ((event.clientX - rect.left) / rect.width) * canvas.width,
      y: ((event.clientY - rect.top) / rect.height) * canvas.height,
    };
    ctx.strokeStyle = getComputedStyle(canvas).color;
    ctx.lineWidth = 3;
    ctx.lineCap = 'round';
    ctx.beginPath();
    ctx.moveTo(last.current?.x ?? point.x, last.current?.y ?? point.y);
    ctx.lineTo(point.x, point.y);
    ctx.stroke();
    last.current = point;
  }

  return (
    <div className="free-canvas">
      <div role="group" aria-label={i18n.t('exercise.creative_mode')}>
        <button type="button" aria-pressed={mode === 'draw'} onClick={() => setMode('draw')}>
          {i18n.t('exercise.draw')}
        </button>{' '}
        <button type="button" aria-pressed={mode === 'write'} onClick={() => setMode('write')}>
          {i18n.t('exercise.write')}
        </button>
      </div>
      {mode === 'draw' ? (
        <canvas
          width={560}
          height={260}
          aria-label={i18n.t('exercise.canvas_label')}
          onPointerDown={draw}
          onPointerMove={draw}
          onPointerUp={() => (last.current = null)}
        />
      ) : (
        <textarea rows={8} aria-label={i18n.t('exercise.write_label')} maxLength={5000} />
      )}
    </div>
  );
}
